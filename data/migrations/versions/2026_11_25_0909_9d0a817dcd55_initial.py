"""initial: the office, its units, positions, employees and their history

Revision ID: 9d0a817dcd55
Revises:
Create Date: 2026-11-25 09:09:53.009239

Reviewed by hand: departments.head_employee_id refers to employees, created later; SQLite
accepts forward references and writes use_alter constraints inline (it has no ALTER ... ADD
CONSTRAINT). CHECK constraints are listed here because Alembic cannot compare them later:
keep them in step with data/records.py by hand.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '9d0a817dcd55'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('departments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('head_employee_id', sa.Integer(), nullable=True),
    sa.Column('head_title', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('department', 'section', 'agency', 'staff')", name=op.f('ck_departments_kind')),
    sa.ForeignKeyConstraint(['head_employee_id'], ['employees.id'], name=op.f('fk_departments_head_employee_id_employees'), use_alter=True),
    sa.ForeignKeyConstraint(['parent_id'], ['departments.id'], name=op.f('fk_departments_parent_id_departments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_departments'))
    )
    with op.batch_alter_table('departments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_departments_parent_id'), ['parent_id'], unique=False)

    op.create_table('positions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('class_number', sa.Integer(), nullable=True),
    sa.Column('rank', sa.String(length=60), nullable=False),
    sa.Column('posts', sa.Integer(), nullable=False),
    sa.CheckConstraint("category IN ('ТЗ', 'ТТ', 'ТҮ', 'УТ')", name=op.f('ck_positions_category')),
    sa.CheckConstraint('posts >= 0', name=op.f('ck_positions_posts')),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_positions_department_id_departments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_positions'))
    )
    with op.batch_alter_table('positions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_positions_department_id'), ['department_id'], unique=False)

    op.create_table('employees',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('patronymic', sa.String(length=60), nullable=False),
    sa.Column('given_name', sa.String(length=60), nullable=False),
    sa.Column('surname', sa.String(length=60), nullable=False),
    sa.Column('registration_number', sa.String(length=10), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('gender', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=True),
    sa.Column('appointed_on', sa.Date(), nullable=True),
    sa.Column('career_started_on', sa.Date(), nullable=True),
    sa.Column('service_kind', sa.String(length=20), nullable=False),
    sa.Column('contract_kind', sa.String(length=20), nullable=False),
    sa.Column('contract_ends_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('search_key', sa.String(length=193), nullable=False),
    sa.CheckConstraint("contract_kind IN ('indefinite', 'fixed_term', 'probation')", name=op.f('ck_employees_contract_kind')),
    sa.CheckConstraint("gender IN ('male', 'female')", name=op.f('ck_employees_gender')),
    sa.CheckConstraint("service_kind IN ('career', 'service', 'political')", name=op.f('ck_employees_service_kind')),
    sa.CheckConstraint("status IN ('active', 'suspended', 'released', 'dismissed')", name=op.f('ck_employees_status')),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_employees_position_id_positions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employees')),
    sa.UniqueConstraint('registration_number', name=op.f('uq_employees_registration_number'))
    )
    with op.batch_alter_table('employees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employees_position_id'), ['position_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_employees_search_key'), ['search_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_employees_status'), ['status'], unique=False)

    op.create_table('acting_assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('acting_employee_id', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('order_number', sa.String(length=40), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.CheckConstraint("role IN ('chief', 'department_head')", name=op.f('ck_acting_assignments_role')),
    sa.CheckConstraint('ends_on >= starts_on', name=op.f('ck_acting_assignments_period')),
    sa.ForeignKeyConstraint(['acting_employee_id'], ['employees.id'], name=op.f('fk_acting_assignments_acting_employee_id_employees')),
    sa.ForeignKeyConstraint(['department_id'], ['departments.id'], name=op.f('fk_acting_assignments_department_id_departments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acting_assignments'))
    )
    with op.batch_alter_table('acting_assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_acting_assignments_acting_employee_id'), ['acting_employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_acting_assignments_department_id'), ['department_id'], unique=False)
        batch_op.create_index('ix_acting_assignments_period', ['starts_on', 'ends_on'], unique=False)

    op.create_table('employment_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=True),
    sa.Column('order_number', sa.String(length=40), nullable=False),
    sa.Column('order_date', sa.Date(), nullable=True),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.CheckConstraint("kind IN ('appointed', 'transferred', 'suspended', 'reinstated', 'released', 'dismissed')", name=op.f('ck_employment_events_kind')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_employment_events_employee_id_employees')),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_employment_events_position_id_positions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employment_events'))
    )
    with op.batch_alter_table('employment_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employment_events_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_employment_events_position_id'), ['position_id'], unique=False)

    op.create_table('office_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('official_name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=60), nullable=False),
    sa.Column('city', sa.String(length=60), nullable=False),
    sa.Column('chief_employee_id', sa.Integer(), nullable=True),
    sa.Column('chief_title', sa.String(length=200), nullable=False),
    sa.Column('superior_title', sa.String(length=200), nullable=False),
    sa.Column('superior_name', sa.String(length=200), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_office_settings_single_row')),
    sa.ForeignKeyConstraint(['chief_employee_id'], ['employees.id'], name=op.f('fk_office_settings_chief_employee_id_employees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office_settings'))
    )
    op.create_table('onboarding',
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('job_description_on', sa.Date(), nullable=True),
    sa.Column('salary_on', sa.Date(), nullable=True),
    sa.Column('ethics_code_on', sa.Date(), nullable=True),
    sa.Column('internal_regulation_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_onboarding_employee_id_employees')),
    sa.PrimaryKeyConstraint('employee_id', name=op.f('pk_onboarding'))
    )


def downgrade() -> None:
    op.drop_table('onboarding')
    op.drop_table('office_settings')
    with op.batch_alter_table('employment_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employment_events_position_id'))
        batch_op.drop_index(batch_op.f('ix_employment_events_employee_id'))

    op.drop_table('employment_events')
    with op.batch_alter_table('acting_assignments', schema=None) as batch_op:
        batch_op.drop_index('ix_acting_assignments_period')
        batch_op.drop_index(batch_op.f('ix_acting_assignments_department_id'))
        batch_op.drop_index(batch_op.f('ix_acting_assignments_acting_employee_id'))

    op.drop_table('acting_assignments')
    with op.batch_alter_table('employees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employees_status'))
        batch_op.drop_index(batch_op.f('ix_employees_search_key'))
        batch_op.drop_index(batch_op.f('ix_employees_position_id'))

    op.drop_table('employees')
    with op.batch_alter_table('positions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_positions_department_id'))

    op.drop_table('positions')
    with op.batch_alter_table('departments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_departments_parent_id'))

    op.drop_table('departments')
