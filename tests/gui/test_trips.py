"""The Business trips section: the draft form, issuing with 9.4 refused beside its field, 9.2 steps, the certificate."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLineEdit
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _
from core.trips.entities import BusinessTrip, TripScope, TripStatus
from gui.employee_trips import EmployeeTrips
from gui.forms.slip_step_dialog import SlipStepDialog
from gui.forms.trip_dialog import TripDialog
from gui.trips_model import TripColumn, TripTableModel
from gui.trips_page import TripsPage
from gui.widgets.field_message import FieldMessage
from tests.fakes import FakeUnitOfWork

START = date.today() + timedelta(days=10)
#: Translated where compared: the suite sets its language after import.
ABROAD_AGREEMENT = "Regulation {clause}: a trip abroad is issued only with the Governor's agreement; enter its date."


def trip(employee_id: int, **changes: Any) -> BusinessTrip:
    values: dict[str, Any] = {
        "employee_id": employee_id,
        "scope": TripScope.DOMESTIC,
        "place": "Өвөрхангай аймаг, Арвайхээр",
        "purpose": "Хяналт шалгалт",
        "starts_on": START,
        "ends_on": START + timedelta(days=3),
    }
    return BusinessTrip(**(values | changes))


def message(widget: Any, field: str) -> str:
    found = widget.findChild(FieldMessage, f"{field}_message")
    assert found is not None, field
    return str(found.text())


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


@pytest.fixture
def page(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> TripsPage:
    page = TripsPage(uow)
    qtbot.addWidget(page)
    page.year_spin.setValue(START.year)
    return page


def select_first(page: TripsPage) -> None:
    page.reload_trips()
    page.view.setCurrentIndex(page.proxy.index(0, 0))


def test_the_model_passes_the_model_tester(qtmodeltester: Any, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    model = TripTableModel()
    services.save_trip_draft(uow, trip(office["head"].id))
    model.set_items(services.list_trips(uow))
    qtmodeltester.check(model)
    row = model.item_at(0)
    assert model.display(row, TripColumn.STATUS) == _("Draft")
    assert model.display(row, TripColumn.EMPLOYEE) == "Раднаа Отгонжаргал"


def test_the_dialog_saves_a_draft_and_refuses_beside_the_fields(
    qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    dialog = TripDialog(uow)
    qtbot.addWidget(dialog)
    form = dialog.trip_form
    form.employee_combo.set_value(office["specialist"].id)
    form.starts_on_edit.setDate(qdate(START))
    form.ends_on_edit.setDate(qdate(START - timedelta(days=1)))
    dialog.accept()
    assert dialog.result() == 0
    assert message(form, "place") == _("Enter the aimag, soum or city.")
    assert message(form, "ends_on") == _("The trip cannot end before it starts.")
    form.place_edit.setText("Улаанбаатар")
    form.purpose_edit.setText("Сургалтад оролцох")
    form.ends_on_edit.setDate(qdate(START + timedelta(days=2)))
    form.advance_amount_spin.setValue(250_000)
    dialog.accept()
    saved = dialog.saved_entity
    assert saved is not None and saved.advance_amount == 250_000 and saved.status is TripStatus.DRAFT


def test_abroad_is_warned_once_then_saved(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    dialog = TripDialog(uow)
    qtbot.addWidget(dialog)
    form = dialog.trip_form
    form.employee_combo.set_value(office["specialist"].id)
    form.scope_combo.set_value(TripScope.ABROAD)
    form.country_edit.setText("ОХУ")
    form.place_edit.setText("Улаан-Үд")
    form.purpose_edit.setText("Уулзалт")
    form.starts_on_edit.setDate(qdate(START))
    form.ends_on_edit.setDate(qdate(START))
    dialog.accept()
    assert dialog.result() == 0 and dialog.saved_entity is None
    assert message(form, "governor_agreed_on") == _(ABROAD_AGREEMENT).format(clause="9.4")
    dialog.accept()
    assert dialog.saved_entity is not None and dialog.saved_entity.country == "ОХУ"


def test_issuing_abroad_without_the_agreement_opens_the_draft_with_the_reason(
    qtbot: QtBot, page: TripsPage, uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    services.save_trip_draft(uow, trip(office["head"].id, scope=TripScope.ABROAD, country="ОХУ", place="Эрхүү"))
    select_first(page)
    step = page.issue_selected()
    assert isinstance(step, SlipStepDialog)
    step.accept()
    draft = page.last_dialog
    assert isinstance(draft, TripDialog)
    assert message(draft.trip_form, "governor_agreed_on") == _(ABROAD_AGREEMENT).format(clause="9.4")
    assert services.list_trips(uow)[0].trip.number is None
    draft.trip_form.governor_agreed_on_edit.set_value(date.today())
    draft.trip_form.governor_reference_edit.setText("01/345")
    draft.accept()
    select_first(page)
    page.issue_selected().accept()  # type: ignore[union-attr]
    assert page.model.item_at(0).trip.status is TripStatus.ISSUED
    assert page.model.display(page.model.item_at(0), TripColumn.NUMBER) == f"{date.today().year}-001"


def test_extend_recall_report_keep_the_original_dates(
    qtbot: QtBot, page: TripsPage, uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    draft = services.save_trip_draft(uow, trip(office["head"].id))
    assert draft.id is not None
    services.issue_trip(uow, draft.id, on=date.today())
    select_first(page)
    assert page.extend_button.isEnabled() and not page.issue_button.isEnabled()
    extend = page.extend_selected()
    assert extend is not None
    new_end = START + timedelta(days=6)
    extend.step_form.field("new_end").setDate(qdate(new_end))  # type: ignore[attr-defined]
    extend.accept()
    select_first(page)
    assert page.model.item_at(0).trip.status is TripStatus.EXTENDED
    assert _("(was {end})").format(end=(START + timedelta(days=3)).isoformat()) in page.model.display(
        page.model.item_at(0), TripColumn.PERIOD
    )
    recall = page.recall_selected()
    assert recall is not None
    field = recall.step_form.field("returned_on")
    assert isinstance(field, QDateEdit)
    field.setDate(qdate(START + timedelta(days=8)))  # after the end: refused beside the field
    recall.accept()
    assert recall.result() == 0 and message(recall.step_form, "returned_on")
    recall.reject()
    report = page.report_selected()
    assert report is not None
    report.accept()
    select_first(page)
    stored = page.model.item_at(0).trip
    assert stored.status is TripStatus.COMPLETED and stored.ends_on == START + timedelta(days=3)
    assert stored.current_end == new_end
    assert not page.cancel_button.isEnabled()


def test_cancel_needs_a_reason(qtbot: QtBot, page: TripsPage, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    services.save_trip_draft(uow, trip(office["head"].id))
    select_first(page)
    dialog = page.cancel_selected()
    assert dialog is not None
    dialog.accept()
    assert message(dialog.step_form, "cancel_reason") == _("Say why the trip is cancelled.")
    reason = dialog.step_form.field("cancel_reason")
    assert isinstance(reason, QLineEdit)
    reason.setText("Хойшилсон")
    dialog.accept()
    select_first(page)
    assert page.model.item_at(0).trip.status is TripStatus.CANCELLED
    assert not page.certificate_button.isEnabled()


def test_filters_by_month_and_unit(page: TripsPage, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    services.save_trip_draft(uow, trip(office["head"].id))
    services.save_trip_draft(uow, trip(office["specialist"].id))
    page.reload()
    assert page.model.rowCount() == 2
    page.unit_combo.set_value(office["legal"].id)
    assert [row.employee_name for row in page.model.items()] == ["Раднаа Отгонжаргал"]
    page.month_combo.set_value(START.month % 12 + 1 if START.day < 20 else START.month)
    assert page.model.rowCount() == (1 if START.day >= 20 else 0)


def test_the_certificate_opens_as_a_preview_with_the_word_file(
    qtbot: QtBot, page: TripsPage, uow: FakeUnitOfWork, office: dict[str, Any]
) -> None:
    draft = services.save_trip_draft(uow, trip(office["head"].id))
    assert draft.id is not None
    services.issue_trip(uow, draft.id, on=date.today())
    select_first(page)
    assert page.certificate() is not None
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=20000)
    preview = page.last_preview
    assert preview is not None
    preview.close()


def test_the_employee_tab_lists_their_trips(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    services.save_trip_draft(uow, trip(office["head"].id))
    tab = EmployeeTrips(uow, office["head"].id)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 1 and tab.view.isColumnHidden(TripColumn.EMPLOYEE)
