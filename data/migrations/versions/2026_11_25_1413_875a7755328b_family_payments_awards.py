"""family payments awards

Revision ID: 875a7755328b
Revises: cea09994a558
Create Date: 2026-11-25 14:13:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '875a7755328b'
down_revision: str | None = 'cea09994a558'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
