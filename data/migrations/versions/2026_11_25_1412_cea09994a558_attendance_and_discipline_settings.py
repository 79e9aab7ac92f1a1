"""attendance and discipline settings

The office's attendance and discipline rules become single-row settings tables; a sanction can
be a proposal (no order yet) answering an attendance flag, decided or rejected by the chief;
and a promotion is an employment event (refused while a sanction is in force, 12.10).

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

_EVENT_KINDS = ('appointed', 'transferred', 'suspended', 'reinstated', 'released', 'dismissed')
_SANCTION_KINDS = "('warning', 'salary_cut', 'dismissal')"


def _kinds(kinds: tuple[str, ...]) -> str:
    return "kind IN (" + ", ".join(f"'{kind}'" for kind in kinds) + ")"


def upgrade() -> None:
    op.create_table('attendance_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('absence_after_days', sa.Integer(), nullable=False),
    sa.Column('absence_clause', sa.String(length=20), nullable=False),
    sa.Column('accumulated_kinds', sa.String(length=200), nullable=False),
    sa.Column('lateness_per_week', sa.Integer(), nullable=False),
    sa.Column('warning_clause', sa.String(length=20), nullable=False),
    sa.Column('warning_kinds', sa.String(length=200), nullable=False),
    sa.Column('overrun_clause', sa.String(length=20), nullable=False),
    sa.Column('absence_breach', sa.String(length=20), nullable=False),
    sa.Column('absence_sanction', sa.String(length=20), nullable=False),
    sa.Column('warning_breach', sa.String(length=20), nullable=False),
    sa.Column('warning_sanction', sa.String(length=20), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_attendance_settings_single_row')),
    sa.CheckConstraint('absence_after_days >= 1', name=op.f('ck_attendance_settings_absence_after_days')),
    sa.CheckConstraint('lateness_per_week >= 1', name=op.f('ck_attendance_settings_lateness_per_week')),
    sa.CheckConstraint("accumulated_kinds != '' AND warning_kinds != ''", name=op.f('ck_attendance_settings_kinds')),
    sa.CheckConstraint(f'absence_sanction IN {_SANCTION_KINDS}', name=op.f('ck_attendance_settings_absence_sanction')),
    sa.CheckConstraint(f'warning_sanction IN {_SANCTION_KINDS}', name=op.f('ck_attendance_settings_warning_sanction')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_settings'))
    )
    op.create_table('discipline_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('max_cut_percent', sa.Integer(), nullable=False),
    sa.Column('max_cut_months', sa.Integer(), nullable=False),
    sa.Column('warning_months', sa.Integer(), nullable=False),
    sa.Column('dismissal_months', sa.Integer(), nullable=False),
    sa.Column('breaches_json', sa.Text(), nullable=True),
    sa.CheckConstraint('id = 1', name=op.f('ck_discipline_settings_single_row')),
    sa.CheckConstraint('max_cut_percent BETWEEN 1 AND 20', name=op.f('ck_discipline_settings_max_cut_percent')),
    sa.CheckConstraint('max_cut_months BETWEEN 1 AND 6', name=op.f('ck_discipline_settings_max_cut_months')),
    sa.CheckConstraint('warning_months >= 1 AND dismissal_months >= 1', name=op.f('ck_discipline_settings_periods')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_discipline_settings'))
    )
    with op.batch_alter_table('sanctions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status', sa.String(length=20), server_default='decided', nullable=False))
        batch_op.add_column(sa.Column('reject_reason', sa.String(length=500), server_default='', nullable=False))
        batch_op.add_column(sa.Column('flag_clause', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('flag_period', sa.Date(), nullable=True))
        batch_op.alter_column('order_date', existing_type=sa.Date(), nullable=True)
        batch_op.alter_column('lapses_on', existing_type=sa.Date(), nullable=True)
        batch_op.create_check_constraint('status', "status IN ('proposed', 'decided', 'rejected')")
        batch_op.create_check_constraint(
            'decided_order', "status != 'decided' OR (order_date IS NOT NULL AND lapses_on IS NOT NULL)"
        )
        batch_op.create_check_constraint('rejected', "(status = 'rejected') = (reject_reason != '')")
        batch_op.create_check_constraint('flag', '(flag_clause IS NULL) = (flag_period IS NULL)')
        batch_op.create_index(
            'uq_sanctions_flag', ['employee_id', 'flag_clause', 'flag_period'], unique=True,
            sqlite_where=sa.text('flag_clause IS NOT NULL AND annulled_on IS NULL'),
        )
    with op.batch_alter_table('employment_events', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_employment_events_kind'), type_='check')
        batch_op.create_check_constraint('kind', _kinds((*_EVENT_KINDS[:2], 'promoted', *_EVENT_KINDS[2:])))


def downgrade() -> None:
    # A promotion was a move to a new position: it goes back as a transfer, which did the same.
    op.execute("UPDATE employment_events SET kind = 'transferred' WHERE kind = 'promoted'")
    with op.batch_alter_table('employment_events', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_employment_events_kind'), type_='check')
        batch_op.create_check_constraint('kind', _kinds(_EVENT_KINDS))
    # Proposals had no order: the older schema cannot hold them.
    op.execute("DELETE FROM sanctions WHERE status != 'decided'")
    with op.batch_alter_table('sanctions', schema=None) as batch_op:
        batch_op.drop_index('uq_sanctions_flag')
        batch_op.drop_constraint(batch_op.f('ck_sanctions_flag'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_sanctions_rejected'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_sanctions_decided_order'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_sanctions_status'), type_='check')
        batch_op.alter_column('lapses_on', existing_type=sa.Date(), nullable=False)
        batch_op.alter_column('order_date', existing_type=sa.Date(), nullable=False)
        batch_op.drop_column('flag_period')
        batch_op.drop_column('flag_clause')
        batch_op.drop_column('reject_reason')
        batch_op.drop_column('status')
    op.drop_table('discipline_settings')
    op.drop_table('attendance_settings')
