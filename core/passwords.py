"""Password hashing with argon2id, behind a small protocol so tests can hash fast.

The stored value is argon2's PHC string (``$argon2id$v=19$m=…,t=…,p=…$salt$hash``), which
carries its own parameters: raising them later makes ``needs_rehash`` true for old hashes, and
the login service stores a new hash the next time the right password is typed
(reliability.md §4.1). Production uses argon2-cffi's defaults, the RFC 9106 low-memory profile
(64 MiB, t=3, p=4).
"""

from __future__ import annotations

from typing import Protocol

import argon2
from argon2.profiles import CHEAPEST, RFC_9106_LOW_MEMORY


class PasswordHasher(Protocol):
    def hash(self, password: str) -> str:
        """The PHC string for *password*, with a fresh random salt."""
        ...

    def verify(self, stored: str, password: str) -> bool:
        """Whether *password* matches *stored*; ``False`` (never an exception) for a mismatch."""
        ...

    def needs_rehash(self, stored: str) -> bool:
        """Whether *stored* was made with other parameters than this hasher's."""
        ...


class Argon2Hasher:
    """``PasswordHasher`` with argon2id; ``Argon2Hasher.for_tests()`` is fast and weak."""

    def __init__(self, parameters: argon2.Parameters = RFC_9106_LOW_MEMORY) -> None:
        self._hasher = argon2.PasswordHasher.from_parameters(parameters)

    @classmethod
    def for_tests(cls) -> Argon2Hasher:
        """argon2id with the smallest parameters: microseconds per hash, for the test suite only."""
        return cls(CHEAPEST)

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (argon2.exceptions.VerificationError, argon2.exceptions.InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        try:
            return self._hasher.check_needs_rehash(stored)
        except argon2.exceptions.InvalidHashError:
            return True
