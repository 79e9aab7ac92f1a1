"""The office's payment and award kinds: one row holding only what it changed, as JSON per kind code."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from core.i18n import _
from core.payments.catalogue import OFFICE_KINDS, Frequency, PaymentKind, PaymentPolicy
from core.payments.family import Relation
from core.services.errors import RefusedError
from data.records import PaymentSettingsRecord
from data.repositories.conduct_settings import ROW_ID

_TEXTS = ("clause", "text")
_SUMS = ("amount", "salary_percent", "default_percent")
_FLAGS = ("up_to", "offered")
_EDITABLE = (*_TEXTS, *_SUMS, *_FLAGS, "frequency", "relations")
_SHIPPED = {kind.code: kind for kind in OFFICE_KINDS}


class UnreadablePaymentSettingsError(RefusedError):
    """The stored kinds are not in a form this build reads: a message, never a guess at the sums."""

    def __init__(self, detail: str) -> None:
        message = _("The stored payment and award kinds cannot be read ({detail}).").format(detail=detail)
        super().__init__(message)
        self.detail = detail


def _encoded(value: Any) -> Any:
    if isinstance(value, Frequency):
        return value.value
    if isinstance(value, tuple):
        return [relation.value for relation in value]
    return value


def encode_kinds(policy: PaymentPolicy) -> str | None:
    """Each kind's fields that differ from the regulation's; ``None`` when nothing does."""
    changes = {}
    for kind in policy.kinds:
        shipped = _SHIPPED[kind.code]
        fields = {
            name: _encoded(getattr(kind, name)) for name in _EDITABLE if getattr(kind, name) != getattr(shipped, name)
        }
        if fields:
            changes[kind.code] = fields
    return json.dumps(changes, ensure_ascii=False, sort_keys=True) if changes else None


def _field(code: str, name: str, value: Any) -> Any:
    """One stored value checked against its field's type; anything else is refused by name."""
    if name in _TEXTS and isinstance(value, str):
        return value
    if name in _SUMS and (value is None or (isinstance(value, int) and not isinstance(value, bool))):
        return value
    if name in _FLAGS and isinstance(value, bool):
        return value
    if name == "frequency" and isinstance(value, str):
        return Frequency(value)
    if name == "relations" and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(Relation(v) for v in value)
    raise ValueError(f"{code}.{name} = {value!r}")


def decode_kinds(text: str) -> PaymentPolicy:
    """The regulation's catalogue with the stored changes applied.

    Raises:
        UnreadablePaymentSettingsError: Not JSON, a code that is not the regulation's, a field
            this build does not know, or a value of the wrong type.
    """
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not an object of kind codes")
        unknown = sorted(set(data) - set(_SHIPPED))
        if unknown:
            raise ValueError(f"unknown kinds {', '.join(unknown)}")
        changed: dict[str, PaymentKind] = {}
        for code, fields in data.items():
            if not isinstance(fields, dict) or not set(fields) <= set(_EDITABLE):
                raise ValueError(f"{code}: unknown fields")
            values = {name: _field(code, name, value) for name, value in fields.items()}
            changed[code] = replace(_SHIPPED[code], **values)
    except ValueError as error:
        raise UnreadablePaymentSettingsError(str(error)) from error
    return PaymentPolicy(tuple(changed.get(kind.code, kind) for kind in OFFICE_KINDS))


class SqlPaymentSettingsRepository:
    """``core.ports.PaymentSettingsRepository``: a fresh database reads as the regulation's catalogue."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self) -> PaymentPolicy:
        """The stored catalogue, or the regulation's until the first save."""
        record = self._session.get(PaymentSettingsRecord, ROW_ID)
        if record is None or record.kinds_json is None:
            return PaymentPolicy()
        return decode_kinds(record.kinds_json)

    def save(self, policy: PaymentPolicy) -> None:
        """Create or overwrite the single row; the regulation's catalogue as shipped is stored as NULL."""
        record = self._session.get(PaymentSettingsRecord, ROW_ID)
        if record is None:
            record = PaymentSettingsRecord(id=ROW_ID)
            self._session.add(record)
        record.kinds_json = encode_kinds(policy)
        self._session.flush()
