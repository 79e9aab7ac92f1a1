"""The job description as a form: the template's five sections, one tab each (house style 5).

``populate`` / ``read`` map the whole :class:`JobDescription`; ``show_issues`` puts every
issue beside its field, on its tree row or list line, marks the tabs that hold problems, and
shows whatever no widget claims at the top, so nothing the rules say is hidden.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QScrollArea, QStyle, QTabWidget, QVBoxLayout, QWidget

from core.i18n import N_, _
from core.job_description.entities import JobDescription
from core.validation import Severity, ValidationIssue, ValidationReport
from gui.forms.job_description_endorsement import EndorsementSection
from gui.forms.job_description_general import GeneralSection
from gui.forms.job_description_issues import under, worst
from gui.forms.job_description_objectives import ObjectivesSection
from gui.forms.job_description_relations import RelationsSection
from gui.forms.job_description_requirements import RequirementsSection
from gui.forms.read_only import set_read_only
from gui.forms.tab_order import chain_tab_order
from gui.widgets.field_message import FieldMessage

TAB_TITLES = (N_("I. General"), N_("II. Purpose and functions"), N_("III. Requirements"), N_("IV. Relations"),
              N_("V. Endorsement"))


class Section(Protocol):
    """What the form asks of each section: its part of the mapping, and a signal on every edit."""

    changed: Any

    def populate(self, description: JobDescription) -> None: ...

    def read(self, description: JobDescription) -> JobDescription: ...

    def tab_widgets(self) -> list[QWidget]: ...


class JobDescriptionForm(QWidget):
    """``changed`` fires on every edit the user makes (never on ``populate``)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._description = JobDescription(position_id=None)
        self.general = GeneralSection()
        self.objectives = ObjectivesSection()
        self.requirements = RequirementsSection()
        self.relations = RelationsSection()
        self.endorsement = EndorsementSection()
        self.general_message = FieldMessage(self)
        self.general_message.setObjectName("general_message")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("section_tabs")
        sections: list[Section] = list(self.sections)
        for section, widget, title in zip(sections, self.sections, TAB_TITLES, strict=True):
            self.tabs.addTab(self._scrolled(widget, scroll=widget is not self.objectives), _(title))
            section.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_message)
        layout.addWidget(self.tabs, 1)
        for section in sections:
            chain_tab_order(section.tab_widgets())

    @property
    def sections(self) -> tuple[GeneralSection, ObjectivesSection, RequirementsSection, RelationsSection,
                                EndorsementSection]:
        return self.general, self.objectives, self.requirements, self.relations, self.endorsement

    @staticmethod
    def _scrolled(section: QWidget, *, scroll: bool) -> QWidget:
        """Long sections scroll; section II keeps its tree filling the tab instead."""
        if not scroll:
            return section
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(section)
        return area

    @property
    def first_widget(self) -> QWidget:
        return self.general.first_widget

    @property
    def description(self) -> JobDescription:
        """What was populated (its id, version and status), before any typing."""
        return self._description

    # -- entity mapping --------------------------------------------------------------------------

    def populate(self, description: JobDescription) -> None:
        self._description = description
        for section in self.sections:
            section.populate(description)
        self.show_issues(ValidationReport(), focus=False)
        self.tabs.setCurrentIndex(0)

    def read(self) -> JobDescription:
        description = self._description
        for section in self.sections:
            description = section.read(description)
        return description

    def set_saved(self, saved: JobDescription) -> None:
        """After a save: keep what is typed on screen, take the record's id, version and status."""
        self._description = replace(self._description, id=saved.id, version=saved.version, status=saved.status,
                                    position_id=saved.position_id, based_on_id=saved.based_on_id)

    def set_read_only(self, read_only: bool) -> None:
        set_read_only(self.tabs, read_only)

    # -- issues ----------------------------------------------------------------------------------

    def show_issues(self, report: ValidationReport, *, focus: bool = True) -> None:
        """Each issue beside its widget; with *focus*, the first error's tab and field are brought forward."""
        rest = list(report.issues)
        placed: list[list[ValidationIssue]] = []
        for section in (self.general, self.requirements, self.relations, self.endorsement):
            left = section.show_issues(rest)
            placed.append([i for i in rest if i not in left])
            rest = left
        purpose, rest = under(rest, "purpose")
        objectives, rest = under(rest, "objectives")
        self.objectives.show_issues(purpose.get("", []), objectives)
        placed.insert(1, [i for found in (*purpose.values(), *objectives.values()) for i in found])
        self.general_message.show_issues(rest)
        self._mark_tabs(placed)
        if focus:
            self._focus_first_error(placed)

    def _mark_tabs(self, placed: list[list[ValidationIssue]]) -> None:
        style = QApplication.style()
        for tab, issues in enumerate(placed):
            severity = worst(issues)
            if severity is None:
                self.tabs.setTabIcon(tab, QIcon())
                self.tabs.setTabToolTip(tab, "")
                continue
            pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical if severity is Severity.ERROR
                      else QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tabs.setTabIcon(tab, style.standardIcon(pixmap))
            self.tabs.setTabToolTip(tab, "\n".join(i.message for i in issues))

    def _focus_first_error(self, placed: list[list[ValidationIssue]]) -> None:
        tab = next((t for t, issues in enumerate(placed) if worst(issues) is Severity.ERROR), None)
        if tab is None:
            return
        self.tabs.setCurrentIndex(tab)
        section = self.sections[tab]
        if isinstance(section, ObjectivesSection):
            section.focus_row(section.first_marked_row())
            return
        widget = section.first_error_widget()
        if widget is not None:
            widget.setFocus()
