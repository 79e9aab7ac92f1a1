"""business trips

Revision ID: 98ff5d547eca
Revises: 1aeec8bf7f5c
Create Date: 2026-11-25 14:15:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '98ff5d547eca'
down_revision: str | None = '1aeec8bf7f5c'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('business_trips',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('scope', sa.String(length=20), nullable=False),
    sa.Column('country', sa.String(length=60), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('purpose', sa.String(length=500), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('governor_agreed_on', sa.Date(), nullable=True),
    sa.Column('governor_reference', sa.String(length=40), nullable=False),
    sa.Column('advance_amount', sa.Integer(), nullable=True),
    sa.Column('number_year', sa.Integer(), nullable=True),
    sa.Column('number_seq', sa.Integer(), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('signed_by_title', sa.String(length=200), nullable=False),
    sa.Column('signed_by_name', sa.String(length=200), nullable=False),
    sa.Column('report_submitted_on', sa.Date(), nullable=True),
    sa.Column('cancelled_on', sa.Date(), nullable=True),
    sa.Column('cancel_reason', sa.String(length=500), nullable=False),
    sa.Column('submission_id', sa.String(length=36), nullable=True),
    sa.CheckConstraint("scope IN ('domestic', 'abroad')", name=op.f('ck_business_trips_scope')),
    sa.CheckConstraint('ends_on >= starts_on', name=op.f('ck_business_trips_period')),
    sa.CheckConstraint('advance_amount IS NULL OR advance_amount > 0', name=op.f('ck_business_trips_advance')),
    sa.CheckConstraint("(scope = 'abroad') = (country != '')", name=op.f('ck_business_trips_country')),
    sa.CheckConstraint('(number_year IS NULL) = (number_seq IS NULL) AND (number_year IS NULL) = (issued_on IS NULL)',
                       name=op.f('ck_business_trips_issued')),
    sa.CheckConstraint('number_seq IS NULL OR number_seq > 0', name=op.f('ck_business_trips_number_seq')),
    sa.CheckConstraint("(cancelled_on IS NULL) = (cancel_reason = '')", name=op.f('ck_business_trips_cancelled')),
    sa.CheckConstraint('report_submitted_on IS NULL OR issued_on IS NOT NULL',
                       name=op.f('ck_business_trips_report_after_issue')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_business_trips_employee_id_employees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_business_trips')),
    sa.UniqueConstraint('number_year', 'number_seq', name='uq_business_trips_number')
    )
    with op.batch_alter_table('business_trips', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_business_trips_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_business_trips_starts_on'), ['starts_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_business_trips_submission_id'), ['submission_id'], unique=True)

    op.create_table('business_trip_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trip_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('new_end', sa.Date(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('reference', sa.String(length=40), nullable=False),
    sa.CheckConstraint("kind IN ('extension', 'recall')", name=op.f('ck_business_trip_changes_kind')),
    sa.CheckConstraint('seq >= 1', name=op.f('ck_business_trip_changes_seq')),
    sa.ForeignKeyConstraint(['trip_id'], ['business_trips.id'],
                            name=op.f('fk_business_trip_changes_trip_id_business_trips')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_business_trip_changes')),
    sa.UniqueConstraint('trip_id', 'seq', name='uq_business_trip_changes_trip_seq')
    )
    with op.batch_alter_table('business_trip_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_business_trip_changes_trip_id'), ['trip_id'], unique=False)

    op.create_table('trip_counters',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.CheckConstraint('last_seq >= 0', name=op.f('ck_trip_counters_last_seq')),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_trip_counters'))
    )


def downgrade() -> None:
    op.drop_table('trip_counters')
    with op.batch_alter_table('business_trip_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_business_trip_changes_trip_id'))
    op.drop_table('business_trip_changes')
    with op.batch_alter_table('business_trips', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_business_trips_submission_id'))
        batch_op.drop_index(batch_op.f('ix_business_trips_starts_on'))
        batch_op.drop_index(batch_op.f('ix_business_trips_employee_id'))
    op.drop_table('business_trips')
