"""Who is logged in to this running app, asked by every unit of work for its actor.

``main.py`` makes one :class:`CurrentUser`, hands it to the unit-of-work factory as ``actor``
and to the GUI, which sets it after the login and clears it at "Log out". A login or a
logout therefore needs no new factory, and every service call checks the role of whoever is
logged in at that moment (``core.access``).
"""

from __future__ import annotations

from core.users import User


class CurrentUser:
    """A callable holder: ``current()`` is the logged-in user, ``None`` before the login."""

    def __init__(self, user: User | None = None) -> None:
        self.user = user

    def __call__(self) -> User | None:
        return self.user
