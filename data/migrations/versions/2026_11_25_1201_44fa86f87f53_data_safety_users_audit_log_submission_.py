"""data safety: users, audit log, submission ids

Revision ID: 44fa86f87f53
Revises: fbe14c39972e
Create Date: 2026-11-25 12:01:21.247169

Reviewed by hand (issue 6). New tables: users (logins, argon2id hashes, throttling state) and
audit_log (append-only, hash-chained; no foreign keys so an entry outlives what it names).
The append-only rule is also two triggers that abort UPDATE and DELETE on audit_log: a guard
against bugs, not a security boundary (anyone with the file can drop them; the keyed chain is
what detects that). Submission ids on the four kinds of record a form creates are plain
nullable columns with a UNIQUE index, added by ALTER TABLE ADD COLUMN and CREATE INDEX, so
no table is copied (job_descriptions' partial index stays as it is). The downgrade drops
the indexes, the columns (SQLite copies those tables then), the triggers and the tables.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '44fa86f87f53'
down_revision: str | None = 'fbe14c39972e'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


SUBMITTED = ("employees", "employment_events", "job_descriptions", "leave_slips")


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('user_login', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_log_hash'))
    )
    op.create_index(op.f('ix_audit_log_at'), 'audit_log', ['at'], unique=False)
    op.create_index('ix_audit_log_entity', 'audit_log', ['entity', 'entity_id'], unique=False)
    op.create_index(op.f('ix_audit_log_user_id'), 'audit_log', ['user_id'], unique=False)
    op.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('login', sa.String(length=60), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('last_failed_at', sa.DateTime(), nullable=True),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("role IN ('administrator', 'hr', 'viewer')", name=op.f('ck_users_role')),
    sa.CheckConstraint('failed_logins >= 0', name=op.f('ck_users_failed_logins')),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_users_employee_id_employees')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('login', name=op.f('uq_users_login'))
    )
    for table in SUBMITTED:
        op.add_column(table, sa.Column('submission_id', sa.String(length=36), nullable=True))
        op.create_index(op.f(f'ix_{table}_submission_id'), table, ['submission_id'], unique=True)


def downgrade() -> None:
    for table in reversed(SUBMITTED):
        op.drop_index(op.f(f'ix_{table}_submission_id'), table_name=table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('submission_id')
    op.drop_table('users')
    op.execute("DROP TRIGGER audit_log_no_delete")
    op.execute("DROP TRIGGER audit_log_no_update")
    op.drop_index(op.f('ix_audit_log_user_id'), table_name='audit_log')
    op.drop_index('ix_audit_log_entity', table_name='audit_log')
    op.drop_index(op.f('ix_audit_log_at'), table_name='audit_log')
    op.drop_table('audit_log')
