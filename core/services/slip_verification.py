"""Checking a paper slip against the records: "Verify a slip" in the GUI and ``main.py verify``.

The paper's seal (``core.leave.seal``) is compared with the seal the record gives today, so a
slip edited by hand, a forged code and a record changed behind Tamga's back are all caught.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.entities import Employee
from core.i18n import N_, _
from core.leave.durations import format_duration
from core.leave.entities import PAY_LABELS, LeaveSlip, PayDecision, SlipNumber, SlipStatus
from core.leave.seal import (
    PrintedCode,
    Seal,
    SealField,
    SealFormatError,
    UnknownReason,
    Verdict,
    check_seal,
    read_code,
    seal_slip,
)
from core.names import short_name
from core.ports import UnitOfWork

#: How a differing fact is named in "does not match: days differ".
FIELD_LABELS: dict[SealField, str] = {
    SealField.EMPLOYEE: N_("employee"),
    SealField.STARTS_AT: N_("start"),
    SealField.ENDS_AT: N_("end"),
    SealField.WORKING_MINUTES: N_("days"),
    SealField.PAY: N_("pay"),
    SealField.FORM: N_("form"),
}


@dataclass(frozen=True, slots=True)
class SlipVerification:
    """The answer for one paper slip, with the record's facts to compare the paper with.

    ``reason`` is set on UNKNOWN only; ``unreadable`` means the text was no code at all.
    The record's facts are empty when there is no record to show.
    """

    verdict: Verdict
    number: SlipNumber | None = None
    altered: tuple[SealField, ...] = ()
    reason: UnknownReason | None = None
    unreadable: bool = False
    employee_name: str = ""
    duration: str = ""  # as printed: "3 ажлын өдөр"
    pay: PayDecision | None = None
    status: SlipStatus | None = None

    def message(self) -> str:
        """One sentence for the dialog and the command line, in the interface language."""
        if self.verdict is Verdict.MATCH:
            text = _("Matches slip {number} of {name}, {duration}, {pay}.").format(
                number=self.number, name=self.employee_name, duration=self.duration, pay=self._pay_words()
            )
        elif self.verdict is Verdict.ALTERED:
            fields = ", ".join(_(FIELD_LABELS[name]) for name in self.altered)
            text = _("Does not match slip {number}: {fields} differ from the record.").format(
                number=self.number, fields=fields
            )
        else:
            text = self._unknown_words()
        if self.status is SlipStatus.VOIDED:
            text += " " + _("The slip is void.")
        return text

    def _pay_words(self) -> str:
        return _(PAY_LABELS[self.pay]).lower() if self.pay is not None else _("pay not decided")

    def _unknown_words(self) -> str:
        if self.unreadable:
            return _("This is not a slip code. Type the code printed under the QR code, e.g. 2026-0042-7KQ4-M9XD.")
        if self.reason is UnknownReason.NO_KEY:
            return _("The office key of this database is not on this computer, so no slip can be verified here.")
        if self.reason is UnknownReason.NO_SLIP:
            return _("There is no slip numbered {number} in the records.").format(number=self.number)
        if self.reason is UnknownReason.CODE_MISMATCH:
            return _(
                "The code does not match slip {number}. Check that it was typed correctly; if it was, the paper "
                "or the record has been changed. Open a scan of the QR code to see which details differ."
            ).format(number=self.number)
        return _("The QR code was not issued by this office's Tamga, or it was altered: it does not verify.")


def verify_slip(uow: UnitOfWork, code_or_payload: str) -> SlipVerification:
    """Check a typed short code or a scanned QR payload against the records.

    Args:
        uow: A fresh unit of work; nothing is written.
        code_or_payload: "2026-0042-7KQ4-M9XD" as typed, or the QR code's text.

    Returns:
        MATCH, ALTERED (naming the facts that differ) or UNKNOWN (not a code, no such slip,
        or a signature this office's key did not make), with the record's facts when found.
    """
    try:
        code = read_code(code_or_payload)
    except SealFormatError:
        return SlipVerification(Verdict.UNKNOWN, unreadable=True)
    with uow:
        key = uow.signing_key
        slip = uow.leave_slips.by_number(code.number)
        employee = uow.employees.get(slip.employee_id) if slip is not None else None
        minutes_per_day = uow.leave_settings.get().schedule.minutes_per_day
    if not key:  # a database opened without its key file can vouch for no paper
        return SlipVerification(Verdict.UNKNOWN, code.number, reason=UnknownReason.NO_KEY)
    record = _record_seal(slip, employee.registration_number if employee else "", key)
    check = check_seal(code, record, key=key)
    return _answer(code, check.verdict, check.altered, check.reason, slip, employee, minutes_per_day)


def _record_seal(slip: LeaveSlip | None, registration_number: str, key: bytes) -> Seal | None:
    """The seal the record gives today; a slip without a number (never printed) has none."""
    if slip is None or slip.number is None:
        return None
    return seal_slip(slip, registration_number=registration_number, key=key)


def _answer(
    code: PrintedCode,
    verdict: Verdict,
    altered: tuple[SealField, ...],
    reason: UnknownReason | None,
    slip: LeaveSlip | None,
    employee: Employee | None,
    minutes_per_day: int,
) -> SlipVerification:
    """The verification with the record's facts, shown only for a genuine seal."""
    if verdict is Verdict.UNKNOWN or slip is None:
        return SlipVerification(verdict, code.number, altered, reason)
    return SlipVerification(
        verdict,
        code.number,
        altered,
        reason,
        employee_name=short_name(employee) if employee is not None else "",
        duration=format_duration(slip.working_minutes, minutes_per_day),
        pay=slip.pay,
        status=slip.status,
    )
