"""retention and transfer: anonymised deletion traces, per-record sync state

Revision ID: 0003_retention
Revises: 0002_chancen
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003_retention'
down_revision = '0002_chancen'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deletion_traces',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('opened_year', sa.Integer(), nullable=False),
    sa.Column('opened_quarter', sa.Integer(), nullable=False),
    sa.Column('closed_year', sa.Integer(), nullable=True),
    sa.Column('closed_quarter', sa.Integer(), nullable=True),
    sa.Column('closure_reason', sa.String(length=32), nullable=True),
    sa.Column('legal_area', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deletion_traces'))
    )
    op.create_table('sync_state',
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=True),
    sa.Column('agreed', sa.String(length=32), nullable=True),
    sa.Column('sent', sa.String(length=200), nullable=True),
    sa.Column('erased', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('entity', 'record_id', name=op.f('pk_sync_state'))
    )
    with op.batch_alter_table('sync_state', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_state_client_id'), ['client_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_state', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_state_client_id'))

    op.drop_table('sync_state')
    op.drop_table('deletion_traces')
