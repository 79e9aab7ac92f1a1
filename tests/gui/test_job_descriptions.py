"""The job description editor: seed 000 shown and read back, the tree by keyboard and drag, issues, read-only."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _
from core.job_description.entities import TEMPLATE_GROUNDS, JobDescription, Participation, SkillArea
from core.validation import Severity
from gui.forms.job_description_dialog import JobDescriptionDialog
from gui.job_description_tree import CODE_COLUMNS, ObjectiveTreeModel, TreeColumn
from tests.fakes import FakeUnitOfWork
from tests.gui.job_description_helpers import Answers, approved_seed, saved_seed
from tests.gui.keys import type_text
from tests.job_descriptions.seed_000 import OBJECTIVES

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def seed(uow: FakeUnitOfWork, office: dict[str, Any]) -> JobDescription:
    return saved_seed(uow, office)


def open_editor(qtbot: QtBot, uow: FakeUnitOfWork, description: JobDescription, **options: Any) -> JobDescriptionDialog:
    dialog = JobDescriptionDialog(uow, description, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def editor(qtbot: QtBot, uow: FakeUnitOfWork, seed: JobDescription, answers: Answers) -> JobDescriptionDialog:
    return open_editor(qtbot, uow, seed)


def function_texts(description: JobDescription) -> list[list[str]]:
    return [[f.text for f in o.functions] for o in description.objectives]


def seed_texts() -> list[list[str]]:
    return [[f.text for f in o.functions] for o in OBJECTIVES]


def ticked(model: ObjectiveTreeModel, objective: int, function: int) -> set[Participation]:
    """The codes whose column is ticked on a function's row."""
    checked = Qt.CheckState.Checked.value
    return {code for column, code in CODE_COLUMNS.items()
            if model.index_of((objective, function), column).data(Qt.ItemDataRole.CheckStateRole) == checked}


def select(editor: JobDescriptionDialog, objective: int, function: int | None = None) -> QModelIndex:
    section = editor.form.objectives
    editor.form.tabs.setCurrentWidget(section)
    index = section.model.index_of((objective, function))
    section.tree.setCurrentIndex(index)
    section.tree.setFocus()
    return index


def test_the_seed_shows_four_objectives_and_eighteen_functions_with_their_codes(editor: JobDescriptionDialog) -> None:
    model = editor.form.objectives.model
    assert model.rowCount() == 4
    assert sum(model.rowCount(model.index(row, 0)) for row in range(4)) == 18
    for o, objective in enumerate(OBJECTIVES):
        for f, function in enumerate(objective.functions):
            assert ticked(model, o, f) == set(function.participation), f"function {o + 1}.{f + 1}"
    assert ticked(model, 3, 6) == {Participation.DECIDE, Participation.PERFORM}  # printed "Ш, Г" in the seed
    assert ticked(model, 3, 4) == set()  # the seed leaves 4.5 without a code
    assert model.index_of((3, 6), TreeColumn.CRITERION).data().startswith("Хамт олныг хамруулан")


def test_the_other_sections_show_the_seed(editor: JobDescriptionDialog) -> None:
    form = editor.form
    assert [c.isChecked() for c in form.general.grounds_editor.ground_checks] == [True, True, False, False, False]
    assert form.general.text_edits["classification"].text() == "Ахлах түшмэл, ТТ-3"
    assert form.requirements.profession_table.rows()[2] == ("менежмент ба удирдахуй", "041303, 041305, 041306, 041307")
    assert form.requirements.civil_service_years_spin.value() == 6
    assert {area: len(e.lines()) for area, e in form.requirements.skill_editors.items()} == {
        SkillArea.ORGANISING: 8, SkillArea.ANALYSIS: 4, SkillArea.PROBLEM_SOLVING: 6, SkillArea.LEADERSHIP: 9,
        SkillArea.OTHER: 10}
    assert form.relations.total_label.text() == _("Total: {total}").format(total=23)
    assert form.endorsement.fields["review.number"].text() == "062"
    assert editor.windowTitle() == _("Job description: {title}, version {version} (draft)").format(
        title="Мэдээллийн технологийн газрын дарга", version=1)


def test_reading_the_form_back_gives_the_seed(editor: JobDescriptionDialog, seed: JobDescription) -> None:
    assert editor.form.read() == seed
    assert not editor.is_modified()


def test_keyboard_moves_adds_and_removes_functions(qtbot: QtBot, editor: JobDescriptionDialog) -> None:
    tree = editor.form.objectives.tree
    select(editor, 0, 0)
    qtbot.keyClick(tree, Qt.Key.Key_Down, CTRL)
    expected = seed_texts()
    expected[0][0], expected[0][1] = expected[0][1], expected[0][0]
    assert function_texts(editor.form.read()) == expected
    qtbot.keyClick(tree, Qt.Key.Key_Insert)  # a new function after 1.2, where 1.1 now is
    panel = editor.form.objectives.panel
    assert panel.title_label.text() == _("Function {number}").format(number="1.3")
    type_text(qtbot, panel.text_edit, "Шинэ чиг үүрэг")
    assert function_texts(editor.form.read())[0][2] == "Шинэ чиг үүрэг"
    assert editor.is_modified()
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert function_texts(editor.form.read()) == expected
    select(editor, 1, 0)
    qtbot.keyClick(tree, Qt.Key.Key_Up, CTRL)  # 2.1 crosses into objective 1, at its end
    assert function_texts(editor.form.read())[0][-1] == seed_texts()[1][0]
    assert editor.form.objectives.current_key() == (0, 5)


def test_keyboard_moves_an_objective_with_its_functions(qtbot: QtBot, editor: JobDescriptionDialog) -> None:
    select(editor, 3)
    qtbot.keyClick(editor.form.objectives.tree, Qt.Key.Key_Up, CTRL)
    objectives = editor.form.read().objectives
    assert [o.text for o in objectives] == [OBJECTIVES[i].text for i in (0, 1, 3, 2)]
    assert objectives[2].functions == OBJECTIVES[3].functions


def test_removing_an_objective_with_functions_asks_first(qtbot: QtBot, editor: JobDescriptionDialog,
                                                         answers: Answers) -> None:
    answers.remove = False
    select(editor, 1)
    qtbot.keyClick(editor.form.objectives.tree, Qt.Key.Key_Delete)
    assert answers.asked == ["remove"] and len(editor.form.read().objectives) == 4
    answers.remove = True
    editor.form.objectives.remove_button.click()
    assert [o.text for o in editor.form.read().objectives] == [OBJECTIVES[i].text for i in (0, 2, 3)]


def test_a_drop_moves_a_function_between_objectives(editor: JobDescriptionDialog) -> None:
    model = editor.form.objectives.model
    data = model.mimeData([model.index_of((3, 6))])  # 4.7
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(0, 0))
    texts = function_texts(editor.form.read())
    assert texts[0][0] == seed_texts()[3][6] and len(texts[3]) == 6
    assert not model.dropMimeData(model.mimeData([model.index_of((0, 0))]), Qt.DropAction.MoveAction, 0, 0,
                                  QModelIndex())  # never a function at the top level


def test_the_panel_edits_the_current_row(qtbot: QtBot, editor: JobDescriptionDialog) -> None:
    select(editor, 3, 4)  # 4.5: no codes in the seed
    panel = editor.form.objectives.panel
    assert panel.criterion_edit.isVisible() and panel.text_edit.toPlainText().startswith("Архив")
    panel.code_checks[Participation.ASSIST].click()
    assert editor.form.read().objectives[3].functions[4].participation == {Participation.ASSIST}
    model = editor.form.objectives.model
    model.setData(model.index_of((3, 4), TreeColumn.CONTROL), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)  # ticked in the tree: the panel follows
    assert panel.code_checks[Participation.CONTROL].isChecked()
    select(editor, 2)
    assert not panel.criterion_edit.isVisible()


def test_a_missing_criterion_warns_on_its_row_but_the_draft_is_saved(editor: JobDescriptionDialog,
                                                                      uow: FakeUnitOfWork,
                                                                      seed: JobDescription) -> None:
    select(editor, 0, 1)
    panel = editor.form.objectives.panel
    panel.criterion_edit.setPlainText("")
    saved = editor.save_draft()
    assert saved is not None and saved.id == seed.id
    assert services.get_job_description(uow, seed.id or 0).objectives[0].functions[1].criterion == ""
    message = _("Function {label} has no performance criterion.").format(label="1.2")
    model = editor.form.objectives.model
    assert message in model.index_of((0, 1)).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index_of((0, 1), TreeColumn.CRITERION).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index_of((0, 1)).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index_of((0, 0)).data(Qt.ItemDataRole.DecorationRole) is None
    assert panel.criterion_message.isVisible() and panel.criterion_message.text() == message
    assert message in editor.form.objectives.tree_message.text()
    assert editor.status_label.text().startswith(_("Saved as a draft, version {version}.").format(version=1))
    assert not editor.is_modified() and not editor.banner.isVisible()


def test_a_broken_value_blocks_the_save_and_keeps_what_was_typed(editor: JobDescriptionDialog,
                                                                uow: FakeUnitOfWork, seed: JobDescription) -> None:
    table = editor.form.requirements.profession_table.table
    table.item(0, 1).setText("0612, 61")
    assert editor.save_draft() is None
    assert editor.banner.isVisible()
    assert "“61”" in editor.form.requirements.profession_table.message.text()
    assert editor.form.tabs.currentIndex() == 2  # the error's section is brought forward
    assert table.item(0, 1).text() == "0612, 61"
    assert services.get_job_description(uow, seed.id or 0) == seed
    assert editor.is_modified()


def test_live_check_marks_a_field_as_it_is_edited(editor: JobDescriptionDialog) -> None:
    edit = editor.form.general.text_edits["organisation"]
    edit.clear()
    edit.textEdited.emit("")
    editor.check_now()
    message = editor.form.general._binder.message_for("general.organisation")
    assert message.text() == _("Write the organisation's name.") and message.severity is Severity.WARNING
    assert not editor.form.general_message.isVisible()


def test_the_total_follows_the_subordinates(editor: JobDescriptionDialog) -> None:
    relations = editor.form.relations
    relations.subordinate_table.table.item(1, 1).setData(Qt.ItemDataRole.EditRole, 25)
    assert relations.total_label.text() == _("Total: {total}").format(total=28)
    relations.subordinate_table.add_row()
    assert relations.total_label.text() == _("Total: {total}").format(total=29)


def test_grounds_keep_the_template_order_and_other_wording(editor: JobDescriptionDialog) -> None:
    grounds = editor.form.general.grounds_editor
    grounds.ground_checks[4].click()
    grounds.other_editor.add_line("Аймгийн Засаг даргын захирамжаар")
    assert editor.form.read().general.grounds == (*TEMPLATE_GROUNDS[:2], TEMPLATE_GROUNDS[4],
                                                  "Аймгийн Засаг даргын захирамжаар")


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, editor: JobDescriptionDialog, answers: Answers) -> None:
    editor.form.objectives.purpose_edit.setPlainText("Шинэ зорилго")
    answers.unsaved = "cancel"
    editor.reject()
    assert answers.asked == ["unsaved"] and editor.isVisible()
    answers.unsaved = "discard"
    editor.reject()
    assert not editor.isVisible()


def test_closing_unchanged_does_not_ask(editor: JobDescriptionDialog, answers: Answers) -> None:
    editor.reject()
    assert answers.asked == [] and not editor.isVisible()


def test_approval_refused_shows_the_errors_in_the_editor(editor: JobDescriptionDialog, answers: Answers,
                                                         uow: FakeUnitOfWork, seed: JobDescription) -> None:
    assert editor.approve() is None
    assert answers.asked == ["approve"]
    assert editor.banner.isVisible()
    [(part, issue)] = editor.form.objectives.model.issues_at((3, 4))
    assert part == "participation" and issue.severity is Severity.ERROR
    assert editor.form.tabs.currentIndex() == 1
    assert editor.form.objectives.current_key() == (3, 4)
    assert services.get_job_description(uow, seed.id or 0).is_editable


def test_an_approved_version_opens_read_only(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any],
                                             answers: Answers) -> None:
    approved = approved_seed(uow, office)
    dialog = open_editor(qtbot, uow, approved)
    form = dialog.form
    assert dialog.read_only and not dialog.save_button.isVisible() and dialog.revise_button.isVisible()
    assert all(e.isReadOnly() for e in form.findChildren(QLineEdit) + form.findChildren(QPlainTextEdit))
    assert all(s.isReadOnly() for s in form.findChildren(QAbstractSpinBox))
    assert not any(c.isEnabled() for c in form.findChildren(QCheckBox))
    editing_buttons = [b for b in form.findChildren(QPushButton) if b.isVisible()]
    assert editing_buttons and not any(b.isEnabled() for b in editing_buttons)
    model = form.objectives.model
    assert not model.flags(model.index_of((0, 0), TreeColumn.PERFORM)) & Qt.ItemFlag.ItemIsUserCheckable
    select(dialog, 0, 0)
    qtbot.keyClick(form.objectives.tree, Qt.Key.Key_Delete)
    assert form.read() == approved and not dialog.is_modified()
    with qtbot.waitSignal(dialog.revise_requested) as revise:
        dialog.revise_button.click()
    assert revise.args == [approved.id]


def test_a_new_description_is_saved_as_the_positions_draft(qtbot: QtBot, uow: FakeUnitOfWork,
                                                           office: dict[str, Any], answers: Answers) -> None:
    fresh = services.new_job_description(uow, office["head_post"].id)
    dialog = open_editor(qtbot, uow, fresh)
    assert dialog.windowTitle() == _("New job description: {title}").format(title="Хэлтсийн дарга")
    assert dialog.form.general.text_edits["unit"].text() == "Хууль, эрх зүйн хэлтэс"
    dialog.form.objectives.add_function()
    type_text(qtbot, dialog.form.objectives.panel.text_edit, "Хууль тогтоомжийн хэрэгжилтийг хангах")
    with qtbot.waitSignal(dialog.saved):
        saved = dialog.save_draft()
    assert saved is not None and saved.id is not None and saved.version == 1
    assert [f.text for f in saved.objectives[0].functions] == ["Хууль тогтоомжийн хэрэгжилтийг хангах"]
    assert dialog.description.id == saved.id


def test_imported_lines_must_be_seen_before_saving(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any],
                                                   answers: Answers, seed: JobDescription) -> None:
    services.delete_job_description_draft(uow, seed.id or 0)
    imported = replace(seed, id=None)
    lines = ("Хуудас 2", "Гарын үсэг: .....")
    dialog = open_editor(qtbot, uow, imported, unplaced=lines)
    panel = dialog.unplaced_panel
    assert panel is not None and panel.isVisible()
    assert [panel.list_widget.item(i).text() for i in range(panel.list_widget.count())] == list(lines)
    assert dialog.is_modified()  # read from a file, never saved
    assert dialog.save_draft() is None and dialog.banner.isVisible()
    assert services.list_job_descriptions(uow) == []
    panel.done_check.setChecked(True)
    saved = dialog.save_draft()
    assert saved is not None and saved.objectives == seed.objectives
    assert not dialog.is_modified()


def test_closing_can_save_the_changes_first(editor: JobDescriptionDialog, answers: Answers, uow: FakeUnitOfWork,
                                            seed: JobDescription) -> None:
    editor.form.objectives.purpose_edit.setPlainText("Шинэ зорилго")
    answers.unsaved = "save"
    editor.reject()
    assert not editor.isVisible()
    assert services.get_job_description(uow, seed.id or 0).purpose == "Шинэ зорилго"


def test_a_description_without_objectives_says_so_under_the_tree(qtbot: QtBot, uow: FakeUnitOfWork,
                                                                 office: dict[str, Any], answers: Answers) -> None:
    dialog = open_editor(qtbot, uow, services.new_job_description(uow, office["head_post"].id))
    dialog.form.tabs.setCurrentIndex(1)
    message = dialog.form.objectives.tree_message
    assert message.isVisible() and message.text() == _("Add at least one objective.")
    assert not dialog.form.objectives.remove_button.isEnabled()
