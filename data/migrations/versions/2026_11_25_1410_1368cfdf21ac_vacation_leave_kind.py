"""vacation leave kind

Revision ID: 1368cfdf21ac
Revises: 7b1e84993b3d
Create Date: 2026-11-25 14:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '1368cfdf21ac'
down_revision: str | None = '7b1e84993b3d'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
