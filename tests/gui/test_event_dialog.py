"""Release, dismissal, re-appointment: by an order, and only the steps the status allows."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from core import services
from core.entities import EmployeeStatus, EventKind
from core.i18n import _
from gui.forms.event_dialog import EventDialog
from tests.fakes import FakeUnitOfWork


@pytest.fixture
def head(uow: FakeUnitOfWork, office: dict[str, Any]) -> Any:
    return office["head"]


def offered(dialog: EventDialog) -> list[EventKind]:
    combo = dialog.event_form.kind_combo
    return [combo._values[i] for i in range(combo.count())]


def message(dialog: EventDialog, field: str) -> str:
    form = dialog.event_form
    return form.findChild(type(form.general_message), f"{field}_message").text()


def test_release_is_recorded_with_its_order(qtbot: QtBot, uow: FakeUnitOfWork, head: Any) -> None:
    dialog = EventDialog(uow, head)
    qtbot.addWidget(dialog)
    assert offered(dialog) == [EventKind.TRANSFERRED, EventKind.PROMOTED, EventKind.SUSPENDED, EventKind.RELEASED,
                               EventKind.DISMISSED]
    form = dialog.event_form
    form.kind_combo.set_value(EventKind.RELEASED)
    assert not form.position_combo.isEnabled()
    form.effective_on_edit.setDate(QDate(2026, 5, 1))
    form.order_number_edit.setText("Б/45")
    form.order_date_edit.set_value(date(2026, 4, 28))
    dialog.accept()
    assert services.get_employee(uow, head.id).status is EmployeeStatus.RELEASED
    last = services.employee_history(uow, head.id)[-1]
    assert (last.kind, last.effective_on, last.order_number, last.order_date) == (
        EventKind.RELEASED, date(2026, 5, 1), "Б/45", date(2026, 4, 28))


def test_missing_order_is_shown_beside_its_fields(qtbot: QtBot, uow: FakeUnitOfWork, head: Any) -> None:
    dialog = EventDialog(uow, head)
    qtbot.addWidget(dialog)
    dialog.event_form.kind_combo.set_value(EventKind.DISMISSED)
    dialog.accept()
    assert message(dialog, "order_number") == _("This field is required.")
    assert message(dialog, "order_date") == _("Give the date of the order.")
    assert services.get_employee(uow, head.id).status is EmployeeStatus.ACTIVE


def test_reappointment_needs_a_position_and_says_so(qtbot: QtBot, uow: FakeUnitOfWork, head: Any,
                                                    office: dict[str, Any]) -> None:
    dialog = EventDialog(uow, head)
    qtbot.addWidget(dialog)
    form = dialog.event_form
    form.kind_combo.set_value(EventKind.RELEASED)
    form.order_number_edit.setText("Б/1")
    form.order_date_edit.set_value(date.today())
    dialog.accept()
    again = EventDialog(uow, services.get_employee(uow, head.id))
    qtbot.addWidget(again)
    assert offered(again) == [EventKind.APPOINTED]
    form = again.event_form
    assert form.position_combo.isEnabled()
    form.position_combo.set_value(None)
    form.order_number_edit.setText("А/7")
    form.order_date_edit.set_value(date.today())
    again.accept()
    assert again.banner.text() == _("Choose the position of the appointment.")
    form.position_combo.set_value(office["head_post"].id)
    again.accept()
    assert services.get_employee(uow, head.id).status is EmployeeStatus.ACTIVE
