"""The Job descriptions section: positions with their versions, and each action from the list."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from core import services
from core.i18n import _
from core.job_description.entities import DescriptionReading, DescriptionStatus, JobDescription
from gui import job_description_choices as choices
from gui import job_description_documents as documents
from gui.job_description_list_model import IN_FORCE_MARK, POSITION_ID_ROLE, ListColumn
from gui.job_description_page import JobDescriptionPage
from gui.settings import GuiSettings
from tests.fakes import FakeUnitOfWork
from tests.gui.job_description_helpers import Answers, approved_seed, saved_seed
from tests.job_descriptions.seed_000 import seed_description

SEED_TITLE = "Мэдээллийн технологийн газрын дарга"


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    shown: dict[str, list[Any]] = {"warning": [], "information": [], "question": []}
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown["warning"].append(args))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown["information"].append(args))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: shown["question"].append(args) or QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def page(qtbot: QtBot, uow: FakeUnitOfWork, office: dict[str, Any], answers: Answers,
         tmp_path: Path) -> JobDescriptionPage:
    page = JobDescriptionPage(uow, GuiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.fixture
def other_post(uow: FakeUnitOfWork, office: dict[str, Any]) -> int:
    post = services.save_position(uow, replace(office["head_post"], id=None, title="Ахлах мэргэжилтэн"))
    assert post.id is not None
    return post.id


def versions(page: JobDescriptionPage, position_id: int) -> list[tuple[str, ...]]:
    """The version rows under a position: name, status, applies from, approved on, in force."""
    position = page.model.find(POSITION_ID_ROLE, position_id)
    return [tuple(page.model.index(row, column, position).data() for column in ListColumn)
            for row in range(page.model.rowCount(position))]


def close(dialog: Any) -> None:
    dialog.close()


def test_the_list_model_passes_the_model_tester(qtmodeltester: ModelTester, page: JobDescriptionPage,
                                                uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    approved_seed(uow, office)
    page.reload()
    qtmodeltester.check(page.model)


def test_positions_are_listed_by_unit_with_their_versions(page: JobDescriptionPage, uow: FakeUnitOfWork,
                                                          office: dict[str, Any], other_post: int) -> None:
    saved_seed(uow, office)
    page.reload()
    unit = page.model.item(0, 0)
    assert unit.text() == "Хууль, эрх зүйн хэлтэс"
    assert [unit.child(row, 0).text() for row in range(unit.rowCount())] == ["Ахлах мэргэжилтэн (ТЗ-8)",
                                                                             "Хэлтсийн дарга (ТЗ-8)"]
    assert unit.child(0, ListColumn.STATUS).text() == _("No description yet")
    assert versions(page, office["head_post"].id) == [
        (_("Version {version}").format(version=1), _("Draft"), "2022-01-01", "", "")]


def test_revise_creates_version_two_and_the_approved_one_stays_in_force(qtbot: QtBot, page: JobDescriptionPage,
                                                                       uow: FakeUnitOfWork,
                                                                       office: dict[str, Any]) -> None:
    approved = approved_seed(uow, office)
    page.reload()
    page.select_description(approved.id or 0)
    assert page.revise_button.isEnabled() and not page.approve_button.isEnabled()
    with qtbot.waitSignal(page.job_descriptions_changed):
        dialog = page.revise_selected()
    assert dialog is not None and dialog.description.version == 2 and not dialog.read_only
    assert versions(page, office["head_post"].id) == [
        (_("Version {version}").format(version=2), _("Draft"), "", "", ""),
        (_("Version {version}").format(version=1), _("Approved"), "2022-01-01", "", IN_FORCE_MARK)]
    page.select_description(approved.id or 0)
    assert not page.revise_button.isEnabled()  # version 2 is the position's draft
    close(dialog)


def test_an_approved_version_opens_read_only_with_enter(qtbot: QtBot, page: JobDescriptionPage,
                                                        uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    approved = approved_seed(uow, office)
    page.reload()
    page.select_description(approved.id or 0)
    assert page.open_button.text() == _("&View")
    page.view.activated.emit(page.view.currentIndex())
    dialog = page.last_dialog
    assert dialog is not None and dialog.read_only and dialog.isVisible()
    close(dialog)


def test_approve_from_the_list(page: JobDescriptionPage, uow: FakeUnitOfWork, office: dict[str, Any],
                               answers: Answers) -> None:
    draft = saved_seed(uow, office, fixed=True)
    page.reload()
    page.select_description(draft.id or 0)
    assert page.approve_selected() is None
    assert answers.asked == ["approve"]
    assert services.get_job_description(uow, draft.id or 0).status is DescriptionStatus.APPROVED
    assert versions(page, office["head_post"].id)[0][1:] == (_("Approved"), "2022-01-01", "", IN_FORCE_MARK)


def test_approval_refused_opens_the_editor_with_the_errors(page: JobDescriptionPage, uow: FakeUnitOfWork,
                                                           office: dict[str, Any]) -> None:
    draft = saved_seed(uow, office)  # function 4.5 has no participation code
    page.reload()
    page.select_description(draft.id or 0)
    dialog = page.approve_selected()
    assert dialog is not None and dialog.isVisible()
    assert dialog.banner.isVisible()
    model = dialog.form.objectives.model
    message = _("Function {label} has no participation code (Т, Г, Х, Ш).").format(label="4.5")
    assert message in model.index_of((3, 4)).data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.form.objectives.panel.codes_message.text() == message
    assert services.get_job_description(uow, draft.id or 0).is_editable
    close(dialog)


def test_new_asks_for_a_position_without_a_draft(qtbot: QtBot, page: JobDescriptionPage, uow: FakeUnitOfWork,
                                                 office: dict[str, Any], other_post: int,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    saved_seed(uow, office)
    page.reload()
    offered: list[list[tuple[str, int]]] = []
    monkeypatch.setattr(choices, "choose_position",
                        lambda _p, _t, _e, items, _s: offered.append(list(items)) or other_post)
    dialog = page.open_new()
    assert [pid for _text, pid in offered[0]] == [other_post]  # the head post has a draft already
    assert dialog is not None and dialog.description.id is None
    assert dialog.form.general.text_edits["position_title"].text() == "Ахлах мэргэжилтэн"
    with qtbot.waitSignal(page.job_descriptions_changed):
        saved = dialog.save_draft()
    assert saved is not None
    assert page.selected_summary() is not None and page.selected_summary().id == saved.id  # type: ignore[union-attr]
    close(dialog)


def test_start_from_another_positions_description(page: JobDescriptionPage, uow: FakeUnitOfWork,
                                                  office: dict[str, Any], other_post: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    approved = approved_seed(uow, office)
    page.reload()
    monkeypatch.setattr(choices, "choose_copy", lambda _p, sources, targets, source, _t: (source, targets[0][1]))
    page.select_description(approved.id or 0)
    dialog = page.copy_from_other()
    assert dialog is not None
    copy = dialog.description
    assert copy.position_id == other_post and copy.based_on_id == approved.id and copy.id is not None
    assert copy.objectives == approved.objectives
    assert dialog.form.general.text_edits["position_title"].text() == "Ахлах мэргэжилтэн"
    assert _("Started from {title}, version {version}.").format(title="Хэлтсийн дарга", version=1) \
        in page.summary_label.text()
    close(dialog)


def test_delete_draft_asks_and_removes_it(page: JobDescriptionPage, uow: FakeUnitOfWork, office: dict[str, Any],
                                          messages: dict[str, list[Any]]) -> None:
    draft = saved_seed(uow, office)
    page.reload()
    page.select_description(draft.id or 0)
    page.delete_selected()
    assert len(messages["question"]) == 1
    assert services.list_job_descriptions(uow) == []
    assert versions(page, office["head_post"].id) == []


def test_import_shows_the_lines_that_could_not_be_placed(qtbot: QtBot, page: JobDescriptionPage,
                                                         uow: FakeUnitOfWork, office: dict[str, Any],
                                                         monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    file = tmp_path / "тодорхойлолт.docx"
    reading = DescriptionReading(seed_description(None), unplaced=("Хуудас 2", "(тамга/тэмдэг) хэвлэсэн"))
    monkeypatch.setattr(documents, "ask_word_file", lambda _parent, _settings: file)
    monkeypatch.setattr(services, "read_job_description_file", lambda path: reading if path == file else None)
    monkeypatch.setattr(choices, "choose_position", lambda *_args: office["head_post"].id)
    page.import_word()
    qtbot.waitUntil(lambda: page.last_dialog is not None)
    dialog = page.last_dialog
    assert dialog is not None and dialog.unplaced_panel is not None and dialog.unplaced_panel.isVisible()
    assert dialog.unplaced_panel.lines() == reading.unplaced
    assert dialog.form.read().objectives == reading.description.objectives
    assert dialog.save_draft() is None  # not before the lines were looked at
    dialog.unplaced_panel.done_check.setChecked(True)
    saved = dialog.save_draft()
    assert saved is not None and saved.position_id == office["head_post"].id
    assert versions(page, office["head_post"].id)[0][1] == _("Draft")
    close(dialog)


def test_save_as_pdf_writes_the_description(qtbot: QtBot, page: JobDescriptionPage, uow: FakeUnitOfWork,
                                            office: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
                                            messages: dict[str, list[Any]], tmp_path: Path) -> None:
    draft: JobDescription = saved_seed(uow, office)
    page.reload()
    page.select_description(draft.id or 0)
    target = tmp_path / "out.pdf"
    asked: list[str] = []
    monkeypatch.setattr(documents, "ask_save_path",
                        lambda _parent, _title, name, _settings: asked.append(name) or target)
    page.save_selected(".pdf")
    qtbot.waitUntil(lambda: page.documents.last_saved == target, timeout=20_000)
    assert asked == ["Мэдээллийн-технологийн-газрын-дарга-v1.pdf"]
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert SEED_TITLE in " ".join(text.split())
    assert len(messages["information"]) == 1


def test_preview_shows_the_description_with_print_and_word(qtbot: QtBot, page: JobDescriptionPage,
                                                           uow: FakeUnitOfWork, office: dict[str, Any]) -> None:
    pytest.importorskip("core.documents.job_description_docx")
    draft = saved_seed(uow, office)
    page.reload()
    page.select_description(draft.id or 0)
    page.preview_selected()
    qtbot.waitUntil(lambda: page.documents.last_preview is not None, timeout=20_000)
    preview = page.documents.last_preview
    assert preview is not None and preview.data.startswith(b"%PDF")
    assert preview.windowTitle() == _("Job description: {title}, version {version}").format(title=SEED_TITLE,
                                                                                          version=1)
    assert [b.text() for b in preview.extra_buttons] == [_("Save for &Word…")]
    preview.reject()


def test_save_as_word_writes_the_description(qtbot: QtBot, page: JobDescriptionPage, uow: FakeUnitOfWork,
                                             office: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
                                             messages: dict[str, list[Any]], tmp_path: Path) -> None:
    pytest.importorskip("core.documents.job_description_docx")
    from docx import Document

    approved = approved_seed(uow, office)
    page.reload()
    page.select_description(approved.id or 0)
    target = tmp_path / "out.docx"
    monkeypatch.setattr(documents, "ask_save_path", lambda *_args: target)
    page.save_selected(".docx")
    qtbot.waitUntil(lambda: page.documents.last_saved == target, timeout=20_000)
    texts = [p.text for p in Document(str(target)).paragraphs]
    texts += [cell.text for table in Document(str(target)).tables for row in table.rows for cell in row.cells]
    assert any(SEED_TITLE in text for text in texts)


def test_a_word_file_read_back_opens_as_the_positions_draft(qtbot: QtBot, page: JobDescriptionPage,
                                                            uow: FakeUnitOfWork, office: dict[str, Any],
                                                            monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    docx_module = pytest.importorskip("core.documents.job_description_docx")
    pytest.importorskip("core.job_description.docx_import")
    file = tmp_path / "seed.docx"
    file.write_bytes(docx_module.job_description_docx(seed_description(None)))
    monkeypatch.setattr(documents, "ask_word_file", lambda *_args: file)
    monkeypatch.setattr(choices, "choose_position", lambda *_args: office["head_post"].id)
    page.import_word()
    qtbot.waitUntil(lambda: page.last_dialog is not None, timeout=20_000)
    dialog = page.last_dialog
    assert dialog is not None
    assert dialog.form.read().objectives == seed_description(None).objectives
    saved = dialog.save_draft()
    assert saved is not None and saved.general == seed_description(None).general
    close(dialog)
