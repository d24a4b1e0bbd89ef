"""chancen conditions: which §25a/§25b conditions a §104c client meets

Revision ID: 0002_chancen
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002_chancen'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('chancen_conditions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('condition', sa.String(length=32), nullable=False),
    sa.Column('met', sa.Boolean(), nullable=False),
    sa.Column('met_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_chancen_conditions_client_id_clients'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chancen_conditions')),
    sa.UniqueConstraint('client_id', 'condition', name=op.f('uq_chancen_conditions_client_id'))
    )
    with op.batch_alter_table('chancen_conditions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_chancen_conditions_client_id'), ['client_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('chancen_conditions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_chancen_conditions_client_id'))

    op.drop_table('chancen_conditions')
