"""performance contracts

Revision ID: 1aeec8bf7f5c
Revises: 875a7755328b
Create Date: 2026-11-25 14:14:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '1aeec8bf7f5c'
down_revision: str | None = '875a7755328b'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('performance_contracts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('concluded_on', sa.Date(), nullable=True),
    sa.Column('half_year_report_on', sa.Date(), nullable=True),
    sa.Column('year_report_on', sa.Date(), nullable=True),
    sa.Column('half_year_rating', sa.String(length=20), nullable=True),
    sa.Column('half_year_evaluated_on', sa.Date(), nullable=True),
    sa.Column('half_year_evaluator', sa.String(length=200), nullable=True),
    sa.Column('year_rating', sa.String(length=20), nullable=True),
    sa.Column('year_evaluated_on', sa.Date(), nullable=True),
    sa.Column('year_evaluator', sa.String(length=200), nullable=True),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.CheckConstraint('year BETWEEN 2000 AND 2200', name=op.f('ck_performance_contracts_year')),
    sa.CheckConstraint('concluded_on IS NOT NULL OR (half_year_report_on IS NULL AND year_report_on IS NULL '
                       'AND half_year_rating IS NULL AND year_rating IS NULL)',
                       name=op.f('ck_performance_contracts_concluded_first')),
    sa.CheckConstraint('half_year_report_on IS NULL OR half_year_report_on >= concluded_on',
                       name=op.f('ck_performance_contracts_half_year_report_after')),
    sa.CheckConstraint('year_report_on IS NULL OR year_report_on >= concluded_on',
                       name=op.f('ck_performance_contracts_year_report_after')),
    sa.CheckConstraint('(half_year_rating IS NULL) = (half_year_evaluated_on IS NULL) '
                       'AND (half_year_rating IS NULL) = (half_year_evaluator IS NULL)',
                       name=op.f('ck_performance_contracts_half_year_evaluation')),
    sa.CheckConstraint('(year_rating IS NULL) = (year_evaluated_on IS NULL) '
                       'AND (year_rating IS NULL) = (year_evaluator IS NULL)',
                       name=op.f('ck_performance_contracts_year_evaluation')),
    sa.CheckConstraint('half_year_evaluated_on IS NULL OR half_year_evaluated_on >= concluded_on',
                       name=op.f('ck_performance_contracts_half_year_evaluated_after')),
    sa.CheckConstraint('year_evaluated_on IS NULL OR year_evaluated_on >= concluded_on',
                       name=op.f('ck_performance_contracts_year_evaluated_after')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'],
                            name=op.f('fk_performance_contracts_employee_id_employees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_performance_contracts')),
    sa.UniqueConstraint('employee_id', 'year', name='uq_performance_contracts_employee_year')
    )
    with op.batch_alter_table('performance_contracts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_performance_contracts_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_performance_contracts_year'), ['year'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('performance_contracts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_performance_contracts_year'))
        batch_op.drop_index(batch_op.f('ix_performance_contracts_employee_id'))
    op.drop_table('performance_contracts')
