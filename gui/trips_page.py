"""Business trips (regulation section 9): the year's trips, drafts, the chief's signature, 9.2 changes, reports."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QTableView, QVBoxLayout, QWidget

from core import services
from core.i18n import _
from core.ports import UnitOfWorkFactory
from core.trips.certificate import TripCertificate
from core.trips.entities import BusinessTrip, TripFilter, TripStatus
from core.validation import ValidationError
from gui.forms.entity_dialog import StayOpen
from gui.forms.slip_step_dialog import SlipStepDialog
from gui.forms.slip_step_form import SlipStepForm, StepValue
from gui.forms.trip_dialog import TripDialog
from gui.pdf_preview_dialog import PdfPreviewDialog, open_preview
from gui.tasks import DOCUMENT_NOT_WRITTEN, BackgroundTask, run_in_background
from gui.trips_model import TripColumn, TripTableModel
from gui.views import configure_list_view, heading
from gui.widgets.buttons import action_button
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.period_pickers import year_spin

#: Trips whose dates or report may still be recorded.
OPEN = (TripStatus.ISSUED, TripStatus.EXTENDED, TripStatus.RECALLED)
StepService = Callable[[BusinessTrip, dict[str, StepValue]], Any]


def certificate_files(document: TripCertificate) -> tuple[bytes, bytes]:
    """The certificate as PDF and .docx; reportlab and python-docx load here, off the GUI thread."""
    from core.documents.trip_certificate import render_certificate_docx, render_certificate_pdf

    pdf, word = io.BytesIO(), io.BytesIO()
    render_certificate_pdf(document, pdf)
    render_certificate_docx(document, word)
    return pdf.getvalue(), word.getvalue()


class TripsPage(QWidget):
    """The trips of a year (or a month of it), of a unit or a person, newest first."""

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None, *, load_now: bool = True) -> None:
        super().__init__(parent)
        self._uow_factory = uow_factory
        self.model = TripTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = self._build_view()
        self._build_filters()
        self._build_buttons()
        self.last_dialog: SlipStepDialog | TripDialog | None = None
        self.last_preview: PdfPreviewDialog | None = None
        self._build_layout()
        self.view.selectionModel().currentRowChanged.connect(lambda *_args: self._update_buttons())
        for combo in (self.month_combo, self.unit_combo, self.employee_combo):
            combo.currentIndexChanged.connect(lambda _index: self.reload_trips())
        self.year_spin.valueChanged.connect(lambda _value: self.reload_trips())
        self._update_buttons()
        if load_now:
            self.reload()

    def _build_filters(self) -> None:
        self.year_spin = year_spin(self, date.today().year)
        self.month_combo = ChoiceCombo(self, none_text=_("All months"))
        self.month_combo.setObjectName("month_combo")
        self.month_combo.set_choices((f"{month:02d}", month) for month in range(1, 13))
        self.unit_combo = ChoiceCombo(self, none_text=_("All units"))
        self.unit_combo.setObjectName("unit_combo")
        self.employee_combo = ChoiceCombo(self, none_text=_("All employees"))
        self.employee_combo.setObjectName("employee_combo")

    def _build_buttons(self) -> None:
        self.new_button = action_button(self, _("Add"), self.open_new)
        self.edit_button = action_button(self, _("Edit draft…"), self.edit_selected)
        self.issue_button = action_button(
            self,
            _("Issue…"),
            self.issue_selected,
            tip=_("The chief signs the certificate (9.1); it takes the year's number"),
        )
        self.extend_button = action_button(self, _("Extend…"), self.extend_selected, tip=_("Regulation 9.2"))
        self.recall_button = action_button(self, _("Recall…"), self.recall_selected, tip=_("Regulation 9.2"))
        self.report_button = action_button(
            self, _("Report received…"), self.report_selected, tip=_("The trip report (9.3) was handed in")
        )
        self.cancel_button = action_button(self, _("Cancel trip…"), self.cancel_selected)
        self.certificate_button = action_button(
            self,
            _("Certificate…"),
            self.certificate,
            tip=_("Preview, print or save the trip certificate, PDF and Word"),
        )

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.year_spin, self.month_combo, self.unit_combo, self.employee_combo):
            filters.addWidget(widget)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.issue_button,
            self.extend_button,
            self.recall_button,
            self.report_button,
            self.cancel_button,
            self.certificate_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("Business trips (regulation section 9)"), self))
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def _build_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("trip_view")
        view.setModel(self.proxy)
        configure_list_view(view)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TripColumn.DESTINATION, QHeaderView.ResizeMode.Stretch)
        return view

    def reload(self) -> None:
        employees = [i.employee for i in services.list_employee_items(self._uow_factory())]
        self.employee_combo.blockSignals(True)
        self.unit_combo.blockSignals(True)
        self.employee_combo.set_employees(employees)
        self.unit_combo.set_units(services.list_departments(self._uow_factory()))
        self.employee_combo.blockSignals(False)
        self.unit_combo.blockSignals(False)
        self.reload_trips()

    def filters(self) -> TripFilter:
        unit = self.unit_combo.value()
        return TripFilter(
            year=self.year_spin.value(),
            month=self.month_combo.value(),
            department_ids=(unit,) if unit is not None else (),
            employee_id=self.employee_combo.value(),
        )

    def reload_trips(self) -> None:
        self.model.set_items(services.list_trips(self._uow_factory(), self.filters()))
        self._update_buttons()

    def selected(self) -> BusinessTrip | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        trip: BusinessTrip = self.model.item_at(self.proxy.mapToSource(index).row()).trip
        return trip

    def _update_buttons(self) -> None:
        status = trip.status if (trip := self.selected()) is not None else None
        self.edit_button.setEnabled(status is TripStatus.DRAFT)
        self.issue_button.setEnabled(status is TripStatus.DRAFT)
        for button in (self.extend_button, self.recall_button, self.report_button):
            button.setEnabled(status in OPEN)
        self.cancel_button.setEnabled(status is not None and status not in (TripStatus.COMPLETED, TripStatus.CANCELLED))
        self.certificate_button.setEnabled(status is not None and status is not TripStatus.CANCELLED)

    def open_new(self) -> TripDialog:
        return self._open_dialog(TripDialog(self._uow_factory, parent=self))

    def edit_selected(self, report: Any = None) -> TripDialog | None:
        trip = self.selected()
        if trip is None or trip.status is not TripStatus.DRAFT:
            return None
        dialog = self._open_dialog(TripDialog(self._uow_factory, trip, parent=self))
        if report is not None:
            dialog.trip_form.show_issues(report)
        return dialog

    def _open_dialog(self, dialog: TripDialog) -> TripDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _saved: self.reload_trips())
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def issue_selected(self) -> SlipStepDialog | TripDialog | None:
        """A refusal about the trip's own fields (the 9.4 agreement) opens the draft with the message beside them."""
        trip = self.selected()
        if trip is None or trip.id is None:
            return None
        trip_id = trip.id
        form = self._step_form(trip, _("The chief signs the certificate (regulation 9.1)."))
        form.add_date("issued_on", _("Signed on"), date.today())
        return self._open_step(form, _("Issue the trip"), lambda values: self._issue(trip_id, values))

    def _issue(self, trip_id: int, values: dict[str, StepValue]) -> BusinessTrip:
        try:
            return services.issue_trip(self._uow_factory(), trip_id, on=_date(values, "issued_on"))
        except ValidationError as exc:
            if all(issue.field == "issued_on" for issue in exc.report.errors):
                raise
            self.reopen_with(exc)
            raise StayOpen from exc  # the step dialog is closed already; the draft shows why

    def reopen_with(self, exc: ValidationError) -> None:
        """The draft's fields are at fault: say so beside them, in the draft's own dialog."""
        if isinstance(self.last_dialog, SlipStepDialog):
            self.last_dialog.reject()
        self.edit_selected(exc.report)

    def extend_selected(self) -> SlipStepDialog | None:
        return self._change("extend")

    def recall_selected(self) -> SlipStepDialog | None:
        return self._change("recall")

    def _change(self, kind: str) -> SlipStepDialog | None:
        trip = self.selected()
        if trip is None or trip.id is None or trip.status not in OPEN:
            return None
        trip_id, extend = trip.id, kind == "extend"
        form = self._step_form(trip, _("The chief's decision (regulation 9.2); the original dates are kept."))
        if extend:
            form.add_date("new_end", _("New last day"), trip.current_end)
        else:
            form.add_date("returned_on", _("Returned on"), min(date.today(), trip.current_end))
        form.add_date("decided_on", _("Decided on"), date.today())
        form.add_text("reference", _("Decision no."))

        def save(values: dict[str, StepValue]) -> BusinessTrip:
            decided_on, reference = _date(values, "decided_on"), _text(values, "reference")
            if extend:
                new_end = _date(values, "new_end")
                return services.extend_trip(
                    self._uow_factory(), trip_id, new_end=new_end, decided_on=decided_on, reference=reference
                )
            return services.recall_trip(
                self._uow_factory(),
                trip_id,
                returned_on=_date(values, "returned_on"),
                decided_on=decided_on,
                reference=reference,
            )

        return self._open_step(form, _("Extend the trip") if extend else _("Recall the employee"), save)

    def report_selected(self) -> SlipStepDialog | None:
        trip = self.selected()
        if trip is None or trip.id is None or trip.status not in OPEN:
            return None
        trip_id = trip.id
        form = self._step_form(trip, _("The employee handed in the trip report (regulation 9.3)."))
        form.add_date("report_submitted_on", _("Handed in on"), max(date.today(), trip.current_end))
        return self._open_step(
            form,
            _("Trip report"),
            lambda values: services.record_trip_report(
                self._uow_factory(), trip_id, submitted_on=_date(values, "report_submitted_on")
            ),
        )

    def cancel_selected(self) -> SlipStepDialog | None:
        trip = self.selected()
        if trip is None or trip.id is None:
            return None
        trip_id = trip.id
        form = self._step_form(trip, _("A cancelled trip is kept with its reason; its number is not given again."))
        form.add_text("cancel_reason", _("Reason"))
        return self._open_step(
            form,
            _("Cancel the trip"),
            lambda values: services.cancel_trip(
                self._uow_factory(), trip_id, reason=_text(values, "cancel_reason"), on=date.today()
            ),
        )

    def _step_form(self, trip: BusinessTrip, note: str) -> SlipStepForm:
        summary = f"{trip.number or _('Draft')} · {trip.destination} · {trip.starts_on} – {trip.current_end}"
        form = SlipStepForm(summary)
        form.add_note(note)
        return form

    def _open_step(self, form: SlipStepForm, title: str, save: Callable[[dict[str, StepValue]], Any]) -> SlipStepDialog:
        dialog = SlipStepDialog(form, title=title, save=save, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _saved: self.reload_trips())
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def certificate(self) -> BackgroundTask | None:
        """The certificate as a PDF preview (print, save) with the .docx to save for Word."""
        trip = self.selected()
        if trip is None or trip.id is None:
            return None
        uow_factory, trip_id = self._uow_factory, trip.id

        def work() -> tuple[bytes, bytes]:
            return certificate_files(services.certificate_document(uow_factory(), trip_id))

        name = _("trip-certificate-{number}").format(number=trip.number or _("draft"))
        return run_in_background(
            work,
            label=_("Preparing the trip certificate…"),
            window=self,
            done=lambda files: self._show_certificate(name, files),
            write_error=_(DOCUMENT_NOT_WRITTEN),
        )

    def _show_certificate(self, name: str, files: object) -> None:
        assert isinstance(files, tuple)
        pdf, word = files
        dialog = PdfPreviewDialog(
            pdf,
            title=_("Trip certificate: {name}").format(name=name),
            file_name=f"{name}.pdf",
            extra_files=[(_("Save for &Word…"), f"{name}.docx", word)],
            parent=self,
        )
        self.last_preview = open_preview(dialog)


def _date(values: dict[str, StepValue], name: str) -> date:
    value = values[name]
    assert isinstance(value, date)
    return value


def _text(values: dict[str, StepValue], name: str) -> str:
    value = values[name]
    assert isinstance(value, str)
    return value
