"""Tamga's domain: entities, the office's rules and the use cases, free of Qt and SQLAlchemy."""
