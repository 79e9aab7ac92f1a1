"""Tamga's domain: entities, the office's rules and the use cases, free of Qt and SQLAlchemy."""

__version__ = "0.1.0"
