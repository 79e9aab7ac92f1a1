"""payment kinds settings

Revision ID: cea58ab8fbfb
Revises: 98ff5d547eca
Create Date: 2026-11-25 16:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "cea58ab8fbfb"
down_revision: str | None = "98ff5d547eca"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "payment_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kinds_json", sa.Text(), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_payment_settings_single_row")),
        sa.CheckConstraint("kinds_json IS NULL OR json_valid(kinds_json)", name=op.f("ck_payment_settings_kinds_json")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_settings")),
    )


def downgrade() -> None:
    op.drop_table("payment_settings")
