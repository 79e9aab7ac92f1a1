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
    op.create_table('attendance_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('justified', sa.Boolean(), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.CheckConstraint("kind IN ('late', 'left_early', 'absent')", name=op.f('ck_attendance_entries_kind')),
    sa.CheckConstraint('minutes > 0', name=op.f('ck_attendance_entries_minutes')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'],
                            name=op.f('fk_attendance_entries_employee_id_employees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_entries')),
    sa.UniqueConstraint('employee_id', 'day', 'kind', name='uq_attendance_entries_employee_day_kind')
    )
    with op.batch_alter_table('attendance_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_entries_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_entries_employee_id'), ['employee_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('attendance_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_entries_employee_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_entries_day'))
    op.drop_table('attendance_entries')
