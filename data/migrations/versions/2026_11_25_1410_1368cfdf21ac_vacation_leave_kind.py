"""vacation leave kind

Revision ID: 1368cfdf21ac
Revises: 7b1e84993b3d
Create Date: 2026-11-25 14:10:00

Reviewed by hand (issue 7). Annual vacation becomes a kind of leave: ``leave_slips.kind``
accepts 'vacation', and a vacation names the year it is counted against (``vacation_year``,
set for vacations and only for them). SQLite cannot alter a CHECK constraint, so leave_slips
is rebuilt in batch mode; every other constraint and index of the table is carried over
(compared with ``sqlite3 .schema`` before and after). The office's vacation table is one row
of ``vacation_settings``; employees get ``has_disability`` (the longer base vacation), a plain
ADD COLUMN defaulting to false for everyone already recorded.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1368cfdf21ac"
down_revision: str | None = "7b1e84993b3d"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = "kind IN ('personal', 'childcare')"
NEW_KINDS = "kind IN ('personal', 'childcare', 'vacation')"


def upgrade() -> None:
    op.create_table(
        "vacation_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("base_days", sa.Integer(), nullable=False),
        sa.Column("protected_base_days", sa.Integer(), nullable=False),
        sa.Column("protected_below_age", sa.Integer(), nullable=False),
        sa.Column("earned_after_months", sa.Integer(), nullable=False),
        sa.Column("least_long_part_days", sa.Integer(), nullable=False),
        sa.Column("clause", sa.String(length=20), nullable=False),
        sa.Column("bands_json", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "base_days >= 0 AND protected_base_days >= base_days AND protected_below_age >= 0 "
            "AND earned_after_months >= 0 AND least_long_part_days > 0",
            name=op.f("ck_vacation_settings_numbers"),
        ),
        sa.CheckConstraint("id = 1", name=op.f("ck_vacation_settings_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vacation_settings")),
    )
    with op.batch_alter_table("employees", schema=None) as batch_op:
        batch_op.add_column(sa.Column("has_disability", sa.Boolean(), server_default=sa.text("0"), nullable=False))
    with op.batch_alter_table("leave_slips", schema=None, recreate="always") as batch_op:
        batch_op.add_column(sa.Column("vacation_year", sa.Integer(), nullable=True))
        batch_op.drop_constraint(batch_op.f("ck_leave_slips_kind"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_leave_slips_kind"), sa.text(NEW_KINDS))
        batch_op.create_check_constraint(
            batch_op.f("ck_leave_slips_vacation_year"), sa.text("(kind = 'vacation') = (vacation_year IS NOT NULL)")
        )
        batch_op.create_index(batch_op.f("ix_leave_slips_vacation_year"), ["vacation_year"], unique=False)


def downgrade() -> None:
    # The older schema has no place for a vacation: they go, with anything pointing at them.
    vacations = "SELECT id FROM leave_slips WHERE kind = 'vacation'"
    op.execute(f"DELETE FROM slip_prints WHERE slip_id IN ({vacations})")
    op.execute("DELETE FROM leave_slips WHERE kind = 'vacation'")
    with op.batch_alter_table("leave_slips", schema=None, recreate="always") as batch_op:
        batch_op.drop_index(batch_op.f("ix_leave_slips_vacation_year"))
        batch_op.drop_constraint(batch_op.f("ck_leave_slips_vacation_year"), type_="check")
        batch_op.drop_constraint(batch_op.f("ck_leave_slips_kind"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_leave_slips_kind"), sa.text(OLD_KINDS))
        batch_op.drop_column("vacation_year")
    with op.batch_alter_table("employees", schema=None) as batch_op:
        batch_op.drop_column("has_disability")
    op.drop_table("vacation_settings")
