"""officials printed on leave slips

Revision ID: bcc0abe9b7c2
Revises: cc5f63545419
Create Date: 2026-11-25 10:41:49.348771

Reviewed by hand: a numbered slip keeps the approving official and the recommending head
(title and name) it was first printed with, so a copy (ХУУЛБАР) says what the original said.
New NOT NULL text columns with the server default '' (existing slips: "not taken", and their
copies name the officials from the records as before). Batch mode: adding columns is a plain
ALTER TABLE; the downgrade drops them, which SQLite does by copying the table.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "bcc0abe9b7c2"
down_revision: str | None = "cc5f63545419"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("leave_slips", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approver_role", sa.String(length=20), server_default="", nullable=False))
        batch_op.add_column(sa.Column("approver_title", sa.String(length=200), server_default="", nullable=False))
        batch_op.add_column(sa.Column("approver_name", sa.String(length=200), server_default="", nullable=False))
        batch_op.add_column(sa.Column("recommender_title", sa.String(length=200), server_default="", nullable=False))
        batch_op.add_column(sa.Column("recommender_name", sa.String(length=200), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("leave_slips", schema=None) as batch_op:
        batch_op.drop_column("recommender_name")
        batch_op.drop_column("recommender_title")
        batch_op.drop_column("approver_name")
        batch_op.drop_column("approver_title")
        batch_op.drop_column("approver_role")
