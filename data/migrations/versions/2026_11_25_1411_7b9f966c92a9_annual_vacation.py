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
    op.create_table('vacation_schedules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('approved_by', sa.String(length=120), nullable=False),
    sa.Column('approver_title', sa.String(length=200), nullable=False),
    sa.CheckConstraint('year BETWEEN 2000 AND 2100', name=op.f('ck_vacation_schedules_year')),
    sa.CheckConstraint("(approved_on IS NULL) = (approved_by = '')", name=op.f('ck_vacation_schedules_approved')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vacation_schedules')),
    sa.UniqueConstraint('year', name=op.f('uq_vacation_schedules_year'))
    )
    op.create_table('vacation_schedule_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('schedule_id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('wish_starts_on', sa.Date(), nullable=True),
    sa.Column('wish_month', sa.Integer(), nullable=True),
    sa.Column('wish_days', sa.Integer(), nullable=True),
    sa.Column('wish_note', sa.String(length=500), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('working_days', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('submission_id', sa.String(length=36), nullable=True),
    sa.CheckConstraint('(starts_on IS NULL) = (ends_on IS NULL)', name=op.f('ck_vacation_schedule_entries_dates_pair')),
    sa.CheckConstraint('ends_on >= starts_on', name=op.f('ck_vacation_schedule_entries_period')),
    sa.CheckConstraint('working_days >= 0', name=op.f('ck_vacation_schedule_entries_working_days')),
    sa.CheckConstraint('wish_month IS NULL OR wish_month BETWEEN 1 AND 12',
                       name=op.f('ck_vacation_schedule_entries_wish_month')),
    sa.CheckConstraint('wish_days IS NULL OR wish_days > 0', name=op.f('ck_vacation_schedule_entries_wish_days')),
    sa.ForeignKeyConstraint(['schedule_id'], ['vacation_schedules.id'],
                            name=op.f('fk_vacation_schedule_entries_schedule_id_vacation_schedules')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'],
                            name=op.f('fk_vacation_schedule_entries_employee_id_employees')),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'],
                            name=op.f('fk_vacation_schedule_entries_department_id_departments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vacation_schedule_entries'))
    )
    with op.batch_alter_table('vacation_schedule_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vacation_schedule_entries_schedule_id'), ['schedule_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vacation_schedule_entries_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vacation_schedule_entries_department_id'), ['department_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_vacation_schedule_entries_submission_id'), ['submission_id'], unique=True)
    op.create_table('vacation_schedule_agreements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('schedule_id', sa.Integer(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('agreed_on', sa.Date(), nullable=False),
    sa.Column('head_name', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['schedule_id'], ['vacation_schedules.id'],
                            name=op.f('fk_vacation_schedule_agreements_schedule_id_vacation_schedules')),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'],
                            name=op.f('fk_vacation_schedule_agreements_department_id_departments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vacation_schedule_agreements')),
    sa.UniqueConstraint('schedule_id', 'department_id', name='uq_vacation_schedule_agreements_unit')
    )
    with op.batch_alter_table('vacation_schedule_agreements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vacation_schedule_agreements_schedule_id'), ['schedule_id'], unique=False)
        batch_op.create_index(
            batch_op.f('ix_vacation_schedule_agreements_department_id'), ['department_id'], unique=False
        )
    op.create_table('vacation_schedule_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('old_starts_on', sa.Date(), nullable=True),
    sa.Column('old_ends_on', sa.Date(), nullable=True),
    sa.Column('old_working_days', sa.Integer(), nullable=False),
    sa.Column('new_starts_on', sa.Date(), nullable=True),
    sa.Column('new_ends_on', sa.Date(), nullable=True),
    sa.Column('new_working_days', sa.Integer(), nullable=False),
    sa.CheckConstraint("reason <> ''", name=op.f('ck_vacation_schedule_changes_reason')),
    sa.ForeignKeyConstraint(['entry_id'], ['vacation_schedule_entries.id'],
                            name=op.f('fk_vacation_schedule_changes_entry_id_vacation_schedule_entries')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vacation_schedule_changes'))
    )
    with op.batch_alter_table('vacation_schedule_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vacation_schedule_changes_entry_id'), ['entry_id'], unique=False)


def downgrade() -> None:
    op.drop_table('vacation_schedule_changes')
    op.drop_table('vacation_schedule_agreements')
    op.drop_table('vacation_schedule_entries')
    op.drop_table('vacation_schedules')
