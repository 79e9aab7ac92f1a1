"""discipline register

Revision ID: 7b1e84993b3d
Revises: e2bfd74a5b67
Create Date: 2026-11-25 13:05:58.436221
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '7b1e84993b3d'
down_revision: str | None = 'e2bfd74a5b67'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
