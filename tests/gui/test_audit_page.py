"""The audit trail section: filters by record, user and days; a banner when the chain is broken."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from core.audit import AuditEntry, ChainProblem, ChainReport
from core.i18n import _
from gui.audit_model import AuditColumn, AuditTableModel, changes_text
from gui.audit_page import AuditPage
from gui.main_window import SECTION_TITLES, MainWindow
from gui.settings import GuiSettings
from tests.fakes import FakeUnitOfWork

NOW = datetime.now().replace(microsecond=0)


def entry(entry_id: int, *, entity: str = "employees", entity_id: int = 1, login: str = "saraa",
          action: str = "update", changes: str = '{"phone":["99112233","88001122"]}', days_ago: int = 0) -> AuditEntry:
    utc = (NOW - timedelta(days=days_ago)).astimezone(UTC).replace(tzinfo=None)  # stored in UTC
    return AuditEntry(entry_id, utc, 7 if login else None, login, action, entity, entity_id, changes)


@pytest.fixture
def log(uow: FakeUnitOfWork) -> FakeUnitOfWork:
    uow.store.audit.entries = [
        entry(1, action="create", changes='{"given_name":"Сараа","phone":"99112233"}', days_ago=10, login=""),
        entry(2, days_ago=3),
        entry(3, entity="leave_slips", entity_id=4, action="print", changes='{"status":["draft","printed"]}'),
        entry(4, entity="users", entity_id=2, login="admin", changes='{"password_hash":"changed"}'),
    ]
    uow.store.audit.report = ChainReport(entries=4)
    return uow


@pytest.fixture
def page(qtbot: QtBot, log: FakeUnitOfWork) -> AuditPage:
    page = AuditPage(log)
    qtbot.addWidget(page)
    page.show()
    return page


def shown(page: AuditPage) -> list[int]:
    return [page.model.item_at(row).id for row in range(page.model.rowCount())]


def test_everything_newest_first_in_readable_form(page: AuditPage) -> None:
    assert shown(page) == [4, 3, 2, 1]
    model = page.model
    assert model.display(model.item_at(1), AuditColumn.ACTION) == _("printed")
    assert model.display(model.item_at(1), AuditColumn.RECORD) == _("Leave slip") + " #4"
    assert model.display(model.item_at(1), AuditColumn.CHANGES) == "status: draft → printed"
    assert model.display(model.item_at(3), AuditColumn.USER) == _("system (command line)")
    assert model.display(model.item_at(0), AuditColumn.CHANGES) == _("{field}: changed").format(field="password_hash")
    assert not page.banner.isVisible()


def test_filter_by_record(page: AuditPage) -> None:
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("leave_slips"))
    page.record_id_spin.setValue(4)
    page.reload()
    assert shown(page) == [3]
    page.record_id_spin.setValue(5)
    page.reload()
    assert shown(page) == []
    assert page.count_label.text() == _("{shown} of {total} entries, newest first.").format(shown=0, total=0)


def test_filter_by_user(page: AuditPage) -> None:
    assert [page.user_combo.itemData(i) for i in range(page.user_combo.count())] == [None, "", "admin", "saraa"]
    page.user_combo.setCurrentIndex(page.user_combo.findData("saraa"))
    page.reload()
    assert shown(page) == [3, 2]
    page.user_combo.setCurrentIndex(page.user_combo.findData(""))
    page.reload()
    assert shown(page) == [1]


def test_filter_by_days(page: AuditPage) -> None:
    page.days_check.setChecked(True)
    today = QDate.currentDate()
    page.since_edit.setDate(today.addDays(-5))
    page.until_edit.setDate(today.addDays(-1))
    page.reload()
    assert shown(page) == [2]


def test_a_broken_chain_shows_a_banner_naming_the_entry(qtbot: QtBot, log: FakeUnitOfWork) -> None:
    log.store.audit.report = ChainReport(entries=4, problem=ChainProblem.DELETED, entry_id=3)
    page = AuditPage(log)
    qtbot.addWidget(page)
    page.show()
    assert page.banner.isVisible()
    assert page.banner.text() == _("Audit entries before entry {id} were deleted outside Tamga.").format(id=3)


def test_a_missing_anchor_is_a_warning_too(page: AuditPage) -> None:
    page.show_report(ChainReport(entries=4, end_checked=False))
    assert page.banner.isVisible()
    expected = _("The audit trail verifies, but its end cannot be checked: the anchor file is missing.")
    assert page.banner.text() == expected
    page.show_report(ChainReport(entries=4))
    assert not page.banner.isVisible()


def test_the_tooltip_has_every_field_whole(qtmodeltester: ModelTester) -> None:
    long = "Ө" * 200
    item = entry(1, action="create", changes=f'{{"address":"{long}","phone":"1"}}')
    assert changes_text(item, limit=None) == f"address: {long}; phone: 1"
    assert len(changes_text(item)) < 100
    model = AuditTableModel()
    model.set_items([item])
    qtmodeltester.check(model)


def test_the_main_window_lists_the_section_and_warns_at_start(qtbot: QtBot, log: FakeUnitOfWork,
                                                                   tmp_path: Path) -> None:
    log.store.audit.report = ChainReport(entries=4, problem=ChainProblem.EDITED, entry_id=2)
    window = MainWindow(uow_factory=log, database_label="x.db", settings=GuiSettings(tmp_path / "ui.ini"),
                        language="mn")
    qtbot.addWidget(window)
    assert SECTION_TITLES.index("Audit trail") > SECTION_TITLES.index("Leave settings")  # after the existing ones
    window.show_section(SECTION_TITLES.index("Audit trail"))
    assert window.stack.currentWidget() is window.audit_page
    assert shown(window.audit_page) == [4, 3, 2, 1]  # loaded when first shown
    warning = _("Audit entry {id} was changed outside Tamga.").format(id=2)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == warning)  # checked beside the first screen
