"""Forms (entity ↔ widgets) and the dialogs that save them through a service."""

from __future__ import annotations
