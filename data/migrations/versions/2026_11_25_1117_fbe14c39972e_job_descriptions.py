"""job descriptions

Revision ID: fbe14c39972e
Revises: bcc0abe9b7c2
Create Date: 2026-11-25 11:17:25.746754

Reviewed by hand: job description versions. The header columns are what lists and rules
query; the five sections are one JSON body (data/job_description_json.py, format 1). One
draft per position is a partial unique index (status = 'draft'); (position_id, version) is
unique. The onboarding row gains the version the newcomer read (nullable: older rows name
none); adding a foreign key makes batch mode copy the onboarding table, which runs inside the
migration's transaction. CHECK constraints mirror data/records.py by hand (Alembic does not
compare them). The downgrade drops the column first, then the table.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'fbe14c39972e'
down_revision: str | None = 'bcc0abe9b7c2'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('job_descriptions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=True),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('based_on_id', sa.Integer(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.CheckConstraint("status != 'approved' OR effective_on IS NOT NULL", name=op.f('ck_job_descriptions_approved_dated')),
    sa.CheckConstraint("status IN ('draft', 'approved')", name=op.f('ck_job_descriptions_status')),
    sa.CheckConstraint('version > 0', name=op.f('ck_job_descriptions_version')),
    sa.ForeignKeyConstraint(['based_on_id'], ['job_descriptions.id'], name=op.f('fk_job_descriptions_based_on_id_job_descriptions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_job_descriptions_position_id_positions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_descriptions')),
    sa.UniqueConstraint('position_id', 'version', name='uq_job_descriptions_position_version')
    )
    with op.batch_alter_table('job_descriptions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_descriptions_position_id'), ['position_id'], unique=False)
        batch_op.create_index('uq_job_descriptions_one_draft', ['position_id'], unique=True, sqlite_where=sa.text("status = 'draft'"))

    with op.batch_alter_table('onboarding', schema=None) as batch_op:
        batch_op.add_column(sa.Column('job_description_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_onboarding_job_description_id'), ['job_description_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_onboarding_job_description_id_job_descriptions'), 'job_descriptions', ['job_description_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('onboarding', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_onboarding_job_description_id_job_descriptions'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_onboarding_job_description_id'))
        batch_op.drop_column('job_description_id')

    with op.batch_alter_table('job_descriptions', schema=None) as batch_op:
        batch_op.drop_index('uq_job_descriptions_one_draft', sqlite_where=sa.text("status = 'draft'"))
        batch_op.drop_index(batch_op.f('ix_job_descriptions_position_id'))

    op.drop_table('job_descriptions')
