"""attendance and discipline settings

Revision ID: cea09994a558
Revises: 7b9f966c92a9
Create Date: 2026-11-25 14:12:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'cea09994a558'
down_revision: str | None = '7b9f966c92a9'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
