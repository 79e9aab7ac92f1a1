"""12.10 in the event dialog: a promotion under a sanction is refused beside the date, then allowed."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from core import services
from core.discipline.entities import Sanction, SanctionKind
from core.entities import EventKind
from core.i18n import _
from gui.forms.event_dialog import EventDialog
from tests.fakes import FakeUnitOfWork


def test_a_promotion_under_a_sanction_is_refused_beside_the_date(
    qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    specialist, post = office["specialist"], office["head_post"]
    start = date(2026, 1, 15)
    services.record_sanction(uow, Sanction(specialist.id, "11.1.5", "", SanctionKind.WARNING, "А/12", start, start))
    dialog = EventDialog(uow, specialist)
    qtbot.addWidget(dialog)
    form = dialog.event_form
    form.kind_combo.set_value(EventKind.PROMOTED)
    assert form.position_combo.isEnabled()
    form.position_combo.set_value(post.id)
    form.effective_on_edit.setDate(QDate(2027, 1, 14))
    form.order_number_edit.setText("А/300")
    form.order_date_edit.set_value(date(2027, 1, 10))
    dialog.accept()
    shown = form.findChild(type(form.general_message), "effective_on_message").text()
    assert shown == _(
        "Regulation {clause}: no award, bonus or promotion while a disciplinary sanction is in force "
        "(order {order}, in force until {until})."
    ).format(clause="12.10", order="А/12", until="2027-01-14")
    assert services.employee_history(uow, specialist.id) == []
    form.effective_on_edit.setDate(QDate(2027, 1, 15))  # the day after the sanction lapses
    dialog.accept()
    assert services.get_employee(uow, specialist.id).position_id == post.id
    assert services.employee_history(uow, specialist.id)[-1].kind is EventKind.PROMOTED
