"""Errors a use case raises besides :class:`core.validation.ValidationError`."""

from __future__ import annotations


class NotFoundError(LookupError):
    """The record the action names does not exist (deleted by another action, or a bad id)."""


class RefusedError(Exception):
    """The action is refused as a whole (not one field's fault); the message says why."""
