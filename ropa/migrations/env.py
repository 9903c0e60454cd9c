"""Alembic environment: runs on the connection ropa hands over (see ropa.store.database)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from ropa.store.orm import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # command-line use by developers: `alembic -x url=sqlite:///file revision --autogenerate`
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.ropa")
    engine = create_engine(url)
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
        context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    context.run_migrations()
