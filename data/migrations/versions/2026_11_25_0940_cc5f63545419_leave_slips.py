"""leave slips, numbering, prints, office calendar, leave settings

Revision ID: cc5f63545419
Revises: 9d0a817dcd55
Create Date: 2026-11-25 09:40:19.081123

Reviewed by hand: slip numbers are (number_year, number_seq) under the named UNIQUE
constraint uq_leave_slips_number and come from slip_counters inside the printing
transaction, never from AUTOINCREMENT (reliability.md §3.1). The CHECK constraints mirror
data/records.py and must be kept in step by hand (Alembic does not compare them). New
tables only, so the downgrade simply drops them, children first.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'cc5f63545419'
down_revision: str | None = '9d0a817dcd55'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('calendar_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('is_working', sa.Boolean(), nullable=False),
    sa.Column('decision', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_changes')),
    sa.UniqueConstraint('day', name=op.f('uq_calendar_changes_day'))
    )
    op.create_table('leave_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day_starts', sa.Time(), nullable=False),
    sa.Column('day_ends', sa.Time(), nullable=False),
    sa.Column('lunch_starts', sa.Time(), nullable=False),
    sa.Column('lunch_ends', sa.Time(), nullable=False),
    sa.Column('head_decides_up_to_days', sa.Float(), nullable=False),
    sa.Column('order_from_days', sa.Float(), nullable=False),
    sa.Column('paid_up_to_days', sa.Float(), nullable=False),
    sa.Column('extended_paid_up_to_days', sa.Float(), nullable=False),
    sa.Column('paid_beyond_limit_needs_listed_reason', sa.Boolean(), nullable=False),
    sa.Column('decision_clause', sa.String(length=20), nullable=False),
    sa.Column('pay_clause', sa.String(length=20), nullable=False),
    sa.Column('recommendation_clause', sa.String(length=20), nullable=False),
    sa.Column('reasons_clause', sa.String(length=20), nullable=False),
    sa.Column('childcare_clause', sa.String(length=20), nullable=False),
    sa.Column('overrun_clause', sa.String(length=20), nullable=False),
    sa.Column('register_clause', sa.String(length=20), nullable=False),
    sa.Column('reasons_json', sa.Text(), nullable=True),
    sa.CheckConstraint('id = 1', name=op.f('ck_leave_settings_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leave_settings'))
    )
    op.create_table('slip_counters',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.CheckConstraint('last_seq >= 0', name=op.f('ck_slip_counters_last_seq')),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_slip_counters'))
    )
    op.create_table('leave_slips',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('reason_code', sa.String(length=20), nullable=False),
    sa.Column('reason_text', sa.String(length=500), nullable=False),
    sa.Column('working_minutes', sa.Integer(), nullable=False),
    sa.Column('pay', sa.String(length=20), nullable=True),
    sa.Column('recommended_by', sa.String(length=200), nullable=False),
    sa.Column('recommended_on', sa.Date(), nullable=True),
    sa.Column('position_title', sa.String(length=200), nullable=False),
    sa.Column('department_name', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('number_year', sa.Integer(), nullable=True),
    sa.Column('number_seq', sa.Integer(), nullable=True),
    sa.Column('printed_on', sa.Date(), nullable=True),
    sa.Column('print_count', sa.Integer(), nullable=False),
    sa.Column('signed_by', sa.String(length=200), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('order_number', sa.String(length=40), nullable=False),
    sa.Column('void_reason', sa.String(length=500), nullable=False),
    sa.Column('returned_at', sa.DateTime(), nullable=True),
    sa.Column('overrun_minutes', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('personal', 'childcare')", name=op.f('ck_leave_slips_kind')),
    sa.CheckConstraint("pay IS NULL OR pay IN ('paid', 'unpaid')", name=op.f('ck_leave_slips_pay')),
    sa.CheckConstraint("status != 'draft' OR number_seq IS NULL", name=op.f('ck_leave_slips_draft_unnumbered')),
    sa.CheckConstraint("status IN ('draft', 'printed', 'signed', 'closed', 'voided')", name=op.f('ck_leave_slips_status')),
    sa.CheckConstraint('(number_year IS NULL) = (number_seq IS NULL)', name=op.f('ck_leave_slips_number_pair')),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_leave_slips_period')),
    sa.CheckConstraint('number_seq IS NULL OR number_seq > 0', name=op.f('ck_leave_slips_number_seq')),
    sa.CheckConstraint('working_minutes >= 0 AND overrun_minutes >= 0 AND print_count >= 0', name=op.f('ck_leave_slips_counts')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_leave_slips_employee_id_employees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leave_slips')),
    sa.UniqueConstraint('number_year', 'number_seq', name='uq_leave_slips_number')
    )
    with op.batch_alter_table('leave_slips', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leave_slips_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_leave_slips_starts_at'), ['starts_at'], unique=False)

    op.create_table('slip_prints',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slip_id', sa.Integer(), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.Column('is_copy', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['slip_id'], ['leave_slips.id'], name=op.f('fk_slip_prints_slip_id_leave_slips')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_slip_prints'))
    )
    with op.batch_alter_table('slip_prints', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_slip_prints_slip_id'), ['slip_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('slip_prints', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_slip_prints_slip_id'))

    op.drop_table('slip_prints')
    with op.batch_alter_table('leave_slips', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leave_slips_starts_at'))
        batch_op.drop_index(batch_op.f('ix_leave_slips_employee_id'))

    op.drop_table('leave_slips')
    op.drop_table('slip_counters')
    op.drop_table('leave_settings')
    op.drop_table('calendar_changes')
