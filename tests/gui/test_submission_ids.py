"""Dialogs that create a record carry one submission id per opening (reliability.md R3)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from core import services
from core.entities import EventKind
from gui.forms.employee_dialog import EmployeeDialog
from gui.forms.event_dialog import EventDialog
from tests.fakes import FakeUnitOfWork


def fill_suspension(dialog: EventDialog) -> None:
    form = dialog.event_form
    form.kind_combo.set_value(EventKind.SUSPENDED)
    form.effective_on_edit.setDate(QDate(2026, 5, 1))
    form.order_number_edit.setText("Б/45")
    form.order_date_edit.set_value(date(2026, 4, 28))


def test_an_event_form_sent_twice_is_recorded_once(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    head = office["head"]
    before = len(services.employee_history(uow, head.id))
    dialog = EventDialog(uow, head)
    qtbot.addWidget(dialog)
    fill_suspension(dialog)
    first = dialog.save(dialog.event_form.read())
    again = dialog.save(dialog.event_form.read())  # the same form sent again, as after a crash
    assert again == first
    history = services.employee_history(uow, head.id)
    assert len(history) == before + 1 and history[-1].submission_id == dialog.submission_id


def test_each_opening_has_its_own_id(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    dialogs = [EventDialog(uow, office["head"]) for _ in range(2)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    ids = [dialog.submission_id for dialog in dialogs]
    assert ids[0] != ids[1] and all(uuid.UUID(i).version == 4 for i in ids)


def test_a_new_employee_has_an_id_and_an_edit_none(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    new, edit = EmployeeDialog(uow), EmployeeDialog(uow, office["head"])
    qtbot.addWidget(new)
    qtbot.addWidget(edit)
    assert new.submission_id is not None and edit.submission_id is None
