"""discipline register

Revision ID: 7b1e84993b3d
Revises: e2bfd74a5b67
Create Date: 2026-11-25 13:05:58.436221
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '7b1e84993b3d'
down_revision: str | None = 'e2bfd74a5b67'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sanctions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('breach_code', sa.String(length=20), nullable=False),
    sa.Column('breach_text', sa.String(length=500), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('cut_percent', sa.Integer(), nullable=True),
    sa.Column('cut_months', sa.Integer(), nullable=True),
    sa.Column('order_number', sa.String(length=40), nullable=False),
    sa.Column('order_date', sa.Date(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('lapses_on', sa.Date(), nullable=False),
    sa.Column('repeated', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('annulled_on', sa.Date(), nullable=True),
    sa.Column('annul_reason', sa.String(length=500), nullable=False),
    sa.CheckConstraint("kind IN ('warning', 'salary_cut', 'dismissal')", name=op.f('ck_sanctions_kind')),
    sa.CheckConstraint("(kind = 'salary_cut') = (cut_percent IS NOT NULL AND cut_months IS NOT NULL)",
                       name=op.f('ck_sanctions_cut_pair')),
    sa.CheckConstraint('cut_percent IS NULL OR cut_percent BETWEEN 1 AND 20', name=op.f('ck_sanctions_cut_percent')),
    sa.CheckConstraint('cut_months IS NULL OR cut_months BETWEEN 1 AND 6', name=op.f('ck_sanctions_cut_months')),
    sa.CheckConstraint('order_date <= starts_on AND lapses_on >= starts_on', name=op.f('ck_sanctions_period')),
    sa.CheckConstraint("(annulled_on IS NULL) = (annul_reason = '')", name=op.f('ck_sanctions_annulled')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_sanctions_employee_id_employees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sanctions'))
    )
    with op.batch_alter_table('sanctions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sanctions_employee_id'), ['employee_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sanctions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sanctions_employee_id'))
    op.drop_table('sanctions')
