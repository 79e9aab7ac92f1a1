"""attendance log

Revision ID: e2bfd74a5b67
Revises: 44fa86f87f53
Create Date: 2026-11-25 13:05:50.359682
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'e2bfd74a5b67'
down_revision: str | None = '44fa86f87f53'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
