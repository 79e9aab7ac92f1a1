"""Section III, special requirements: education, professions with ISCED-F codes, experience, skills."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from core.i18n import _
from core.job_description import wording
from core.job_description.entities import SKILL_AREA_TITLES, Experience, JobDescription, Profession, SkillArea
from core.validation import ValidationIssue
from gui.forms.job_description_issues import FieldBinder, by_index, under
from gui.views import heading
from gui.widgets.line_list_editor import LineListEditor
from gui.widgets.table_rows_editor import TableRowsEditor

_CODE_SEPARATORS = re.compile(r"[,;\s]+")
#: Wider than any rule allows, so an imported figure is shown as it is and reported, not clamped.
YEARS_LIMIT = 999
NOT_SET = -1


def codes_text(codes: Sequence[str]) -> str:
    """ "0612, 0613" as typed in the table's codes column."""
    return ", ".join(codes)


def parse_codes(text: str) -> tuple[str, ...]:
    """Codes as typed, separated by commas, semicolons or spaces; checking them is core's job."""
    return tuple(code for code in _CODE_SEPARATORS.split(text) if code)


def _years_spin(parent: QWidget, name: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(NOT_SET, YEARS_LIMIT)
    spin.setSpecialValueText(_("not set"))
    spin.setSuffix(_(" years"))
    spin.setMinimumWidth(110)
    spin.setMaximumWidth(160)
    return spin


class RequirementsSection(QWidget):
    """``populate`` / ``read``; ``show_issues`` places the ``requirements.*`` issues and returns the rest."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.education_edit = self._line_edit("education_edit")
        self.qualification_edit = self._line_edit("qualification_edit")
        self.profession_table = TableRowsEditor([_("Profession"), _("ISCED-F codes")], ("", ""), self)
        self.profession_table.setObjectName("profession_table")
        self.profession_table.table.setToolTip(_("Codes are 4 to 6 digits, separated by commas: 0612, 041303"))
        self.profession_table.changed.connect(self.changed)
        self.civil_service_years_spin = _years_spin(self, "civil_service_years_spin")
        self.rank_years_spin = _years_spin(self, "rank_years_spin")
        for spin in (self.civil_service_years_spin, self.rank_years_spin):
            spin.valueChanged.connect(lambda _value: self.changed.emit())
        self.rank_phrase_edit = self._line_edit("rank_phrase_edit")
        self.rank_phrase_edit.setPlaceholderText("дэс түшмэлийн албан тушаалд")
        self.experience_other_edit = self._line_edit("experience_other_edit")
        self.skill_editors: dict[SkillArea, LineListEditor] = {}
        for area in SkillArea:
            editor = LineListEditor(self, visible_rows=3)
            editor.setObjectName(f"skills_{area.value}_editor")
            editor.changed.connect(self.changed)
            self.skill_editors[area] = editor
        self._binder = FieldBinder()
        self._build_layout()

    def _line_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.textEdited.connect(lambda _text: self.changed.emit())
        return edit

    def _build_layout(self) -> None:
        bind = self._binder.bind
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_label(_("Education"), wording.EDUCATION), bind("requirements.education", self.education_edit))
        form.addRow(_label(_("Professions"), wording.PROFESSION), self.profession_table)
        form.addRow(_label(_("Qualification"), wording.QUALIFICATION),
                    bind("requirements.qualification", self.qualification_edit))
        experience = "requirements.experience."
        form.addRow(_label(_("Years in civil service"), wording.EXPERIENCE),
                    bind(experience + "civil_service_years", self.civil_service_years_spin))
        form.addRow(_label(_("Years at the rank"), wording.EXPERIENCE),
                    bind(experience + "rank_years", self.rank_years_spin))
        form.addRow(_label(_("…served in"), wording.EXPERIENCE),
                    bind(experience + "rank_phrase", self.rank_phrase_edit))
        form.addRow(_label(_("Other experience"), wording.EXPERIENCE),
                    bind(experience + "other", self.experience_other_edit))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(heading(_("Skills, one per line under each heading"), self))
        for area, editor in self.skill_editors.items():
            layout.addWidget(QLabel(SKILL_AREA_TITLES[area], self))
            layout.addWidget(editor)
        layout.addStretch(1)

    def tab_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = [self.education_edit, *self.profession_table.tab_widgets(), self.qualification_edit,
                                  self.civil_service_years_spin, self.rank_years_spin, self.rank_phrase_edit,
                                  self.experience_other_edit]
        for editor in self.skill_editors.values():
            widgets.extend(editor.tab_widgets())
        return widgets

    def populate(self, description: JobDescription) -> None:
        requirements = description.requirements
        self.education_edit.setText(requirements.education)
        self.qualification_edit.setText(requirements.qualification)
        self.profession_table.set_rows([(p.name, codes_text(p.codes)) for p in requirements.professions])
        experience = requirements.experience
        for spin, years in ((self.civil_service_years_spin, experience.civil_service_years),
                            (self.rank_years_spin, experience.rank_years)):
            spin.blockSignals(True)
            spin.setValue(NOT_SET if years is None else years)
            spin.blockSignals(False)
        self.rank_phrase_edit.setText(experience.rank_phrase)
        self.experience_other_edit.setText(experience.other)
        for area, editor in self.skill_editors.items():
            editor.set_lines(requirements.skills_in(area))
        for edit in (self.education_edit, self.qualification_edit, self.rank_phrase_edit, self.experience_other_edit):
            edit.setCursorPosition(0)

    def read(self, description: JobDescription) -> JobDescription:
        experience = Experience(
            civil_service_years=_years(self.civil_service_years_spin),
            rank_years=_years(self.rank_years_spin),
            rank_phrase=self.rank_phrase_edit.text(),
            other=self.experience_other_edit.text(),
        )
        professions = tuple(Profession(str(name), parse_codes(str(codes)))
                            for name, codes in self.profession_table.rows())
        skills = tuple((area, editor.lines()) for area, editor in self.skill_editors.items() if editor.lines())
        requirements = replace(description.requirements, education=self.education_edit.text(),
                               professions=professions, qualification=self.qualification_edit.text(),
                               experience=experience, skills=skills)
        return replace(description, requirements=requirements)

    def show_issues(self, issues: Sequence[ValidationIssue]) -> list[ValidationIssue]:
        professions, rest = under(issues, "requirements.professions")
        whole, entries = by_index(professions)
        self.profession_table.show_issues(whole, {self._profession_row(e): found for e, found in entries.items()})
        for area, editor in self.skill_editors.items():
            skills, rest = under(rest, f"requirements.skills.{area.value}")
            editor.show_issues(*by_index(skills))
        return self._binder.show(rest)

    def _profession_row(self, entry: int) -> int:
        """Core drops a profession row with neither a name nor a code: count only the filled rows."""
        filled = [row for row, (name, codes) in enumerate(self.profession_table.rows())
                  if str(name).strip() or parse_codes(str(codes))]
        return filled[entry] if 0 <= entry < len(filled) else entry

    def first_error_widget(self) -> QWidget | None:
        return self._binder.first_error_widget()


def _label(text: str, printed: str) -> QLabel:
    label = QLabel(text)
    label.setToolTip(printed)
    return label


def _years(spin: QSpinBox) -> int | None:
    return None if spin.value() == NOT_SET else spin.value()
