"""Alembic environment: migrations always run on a connection handed in by the vault.

The vault opens the encrypted connection itself (``kimdesk.data.migrate``) and passes
it as ``config.attributes["connection"]``; there is no URL and no ini file.
"""

from __future__ import annotations

from alembic import context

from kimdesk.data.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("KIMdesk migrations run only through kimdesk.data.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite needs batch mode for ALTER; harmless on PostgreSQL
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
