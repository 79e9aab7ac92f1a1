"""“Who signs on [date]?”: the answer every later document prints (regulation 2.3)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from core import services
from core.entities import Department, Signatory, SigningRole
from core.i18n import _
from core.names import short_name
from core.ports import UnitOfWorkFactory
from core.services import NotFoundError
from gui.widgets.choice_combo import ChoiceCombo
from gui.widgets.optional_date_edit import make_date_edit, to_date


class SignatoryPanel(QGroupBox):
    """Shows the chief's and the chosen unit's signatory on the chosen date."""

    def __init__(self, uow_factory: UnitOfWorkFactory, parent: QWidget | None = None) -> None:
        super().__init__(_("Who signs?"), parent)
        self._uow_factory = uow_factory
        self.date_edit = make_date_edit(self)
        self.date_edit.setObjectName("signing_date_edit")
        self.date_edit.setDate(QDate.currentDate())
        self.unit_combo = ChoiceCombo(self, none_text=_("— choose a unit —"))
        self.unit_combo.setObjectName("signing_unit_combo")
        self.chief_title_label, self.chief_name_label = self._answer_labels()
        self.unit_title_label, self.unit_name_label = self._answer_labels()
        form = QFormLayout()
        form.addRow(_("On"), self.date_edit)
        form.addRow(_("Chief of office"), self._stack(self.chief_title_label, self.chief_name_label))
        form.addRow(_("Unit"), self.unit_combo)
        form.addRow(_("Head of unit"), self._stack(self.unit_title_label, self.unit_name_label))
        self.setLayout(form)
        self.date_edit.dateChanged.connect(self.refresh)
        self.unit_combo.currentIndexChanged.connect(self.refresh)

    def _answer_labels(self) -> tuple[QLabel, QLabel]:
        title, name = QLabel(self), QLabel(self)
        title.setWordWrap(True)
        name.setWordWrap(True)  # also carries sentences ("Choose a unit …"), which must not be clipped
        title.setStyleSheet("font-weight: bold;")
        return title, name

    def _stack(self, *labels: QLabel) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        for label in labels:
            layout.addWidget(label)
        return box

    def set_units(self, units: Sequence[Department]) -> None:
        self.unit_combo.set_units(units)
        self.refresh()

    def set_date(self, on: date) -> None:
        self.date_edit.setDate(QDate(on))

    def refresh(self) -> None:
        on = to_date(self.date_edit.date())
        chief = services.signatory_for(self._uow_factory(), SigningRole.CHIEF, on)
        self._show(chief, self.chief_title_label, self.chief_name_label)
        unit_id = self.unit_combo.value()
        if unit_id is None:
            self.unit_title_label.setText("")
            self.unit_name_label.setText(_("Choose a unit to see who signs for its head."))
            return
        try:
            head = services.signatory_for(self._uow_factory(), SigningRole.DEPARTMENT_HEAD, on, department_id=unit_id)
        except NotFoundError as exc:
            self.unit_title_label.setText("")
            self.unit_name_label.setText(str(exc))
            return
        self._show(head, self.unit_title_label, self.unit_name_label)

    def _show(self, signatory: Signatory, title_label: QLabel, name_label: QLabel) -> None:
        title_label.setText(signatory.title)
        if signatory.employee is None:
            name_label.setText(_("No one is recorded in this post."))
            return
        name = short_name(signatory.employee)
        name_label.setText(_("{name} (acting)").format(name=name) if signatory.is_acting else name)
