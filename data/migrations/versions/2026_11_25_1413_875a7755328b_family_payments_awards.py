"""family payments awards

Revision ID: 875a7755328b
Revises: cea09994a558
Create Date: 2026-11-25 14:13:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '875a7755328b'
down_revision: str | None = 'cea09994a558'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('family_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('relation', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('registration_number', sa.String(length=10), nullable=False),
    sa.Column('submission_id', sa.String(length=36), nullable=True),
    sa.CheckConstraint("relation IN ('spouse', 'child', 'father', 'mother', 'father_in_law', 'mother_in_law', 'grandparent', 'sibling', 'grandchild')",
                       name=op.f('ck_family_members_relation')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_family_members_employee_id_employees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_family_members'))
    )
    with op.batch_alter_table('family_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_family_members_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_family_members_submission_id'), ['submission_id'], unique=True)

    op.create_table('payments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('kind_code', sa.String(length=20), nullable=False),
    sa.Column('clause', sa.String(length=20), nullable=False),
    sa.Column('kind_text', sa.String(length=500), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=True),
    sa.Column('base_salary', sa.Integer(), nullable=True),
    sa.Column('family_member_id', sa.Integer(), nullable=True),
    sa.Column('relation', sa.String(length=20), nullable=True),
    sa.Column('order_number', sa.String(length=40), nullable=False),
    sa.Column('order_date', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('annulled_on', sa.Date(), nullable=True),
    sa.Column('annul_reason', sa.String(length=500), nullable=False),
    sa.Column('submission_id', sa.String(length=36), nullable=True),
    sa.CheckConstraint("relation IN ('spouse', 'child', 'father', 'mother', 'father_in_law', 'mother_in_law', 'grandparent', 'sibling', 'grandchild')",
                       name=op.f('ck_payments_relation')),
    sa.CheckConstraint('amount IS NULL OR amount > 0', name=op.f('ck_payments_amount')),
    sa.CheckConstraint('base_salary IS NULL OR base_salary > 0', name=op.f('ck_payments_base_salary')),
    sa.CheckConstraint('(family_member_id IS NULL) = (relation IS NULL)', name=op.f('ck_payments_relative')),
    sa.CheckConstraint("(annulled_on IS NULL) = (annul_reason = '')", name=op.f('ck_payments_annulled')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_payments_employee_id_employees')),
    sa.ForeignKeyConstraint(['family_member_id'], ['family_members.id'],
                            name=op.f('fk_payments_family_member_id_family_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
    )
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payments_employee_id'), ['employee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payments_family_member_id'), ['family_member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payments_kind_code'), ['kind_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_payments_order_date'), ['order_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_payments_submission_id'), ['submission_id'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_submission_id'))
        batch_op.drop_index(batch_op.f('ix_payments_order_date'))
        batch_op.drop_index(batch_op.f('ix_payments_kind_code'))
        batch_op.drop_index(batch_op.f('ix_payments_family_member_id'))
        batch_op.drop_index(batch_op.f('ix_payments_employee_id'))
    op.drop_table('payments')
    with op.batch_alter_table('family_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_family_members_submission_id'))
        batch_op.drop_index(batch_op.f('ix_family_members_employee_id'))
    op.drop_table('family_members')
