"""annual vacation

Revision ID: 7b9f966c92a9
Revises: 1368cfdf21ac
Create Date: 2026-11-25 14:11:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '7b9f966c92a9'
down_revision: str | None = '1368cfdf21ac'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
