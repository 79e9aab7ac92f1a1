"""performance deadline settings

Revision ID: 6ffb923b3e08
Revises: cea58ab8fbfb
Create Date: 2026-11-25 16:01:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '6ffb923b3e08'
down_revision: str | None = 'cea58ab8fbfb'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('performance_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deadlines_json', sa.Text(), nullable=True),
    sa.Column('reminder_days', sa.Integer(), nullable=False),
    sa.Column('due_horizon_days', sa.Integer(), nullable=False),
    sa.Column('jubilee_ages_json', sa.Text(), nullable=False),
    sa.Column('service_years', sa.Integer(), nullable=False),
    sa.Column('gift_days_json', sa.Text(), nullable=False),
    sa.Column('child_max_age', sa.Integer(), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_performance_settings_single_row')),
    sa.CheckConstraint('reminder_days BETWEEN 1 AND 366', name=op.f('ck_performance_settings_reminder_days')),
    sa.CheckConstraint('due_horizon_days BETWEEN 1 AND 366', name=op.f('ck_performance_settings_due_horizon_days')),
    sa.CheckConstraint('service_years BETWEEN 1 AND 60', name=op.f('ck_performance_settings_service_years')),
    sa.CheckConstraint('child_max_age BETWEEN 1 AND 18', name=op.f('ck_performance_settings_child_max_age')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_performance_settings'))
    )


def downgrade() -> None:
    op.drop_table('performance_settings')
