"""Small reusable widgets shared by forms and screens."""

from __future__ import annotations
