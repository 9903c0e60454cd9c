"""Persistence: the SQLAlchemy schema, the one-file store, migrations and the change history."""
