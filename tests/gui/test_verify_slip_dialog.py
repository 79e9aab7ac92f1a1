"""The "Verify a slip" dialog: a typed code and a scanned image give a coloured answer."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pypdfium2
import pytest
from pytestqt.qtbot import QtBot

from core import services
from core.documents.fonts import default_font_dir, register_fonts
from core.documents.leave_slip import render_leave_slip
from core.documents.models import SlipDocument
from core.i18n import _
from core.leave.entities import SlipNumber
from gui.verify_slip_dialog import VerifySlipDialog
from tests.core.leave.conftest import build_office, leave
from tests.fakes import FakeUnitOfWork


@pytest.fixture(autouse=True, scope="module")
def registered_fonts() -> None:
    register_fonts(default_font_dir())


@pytest.fixture
def printed(uow: FakeUnitOfWork) -> SlipDocument:
    office = build_office(uow)
    draft = services.save_draft(uow, leave(office.specialist, "2026-07-01", "2026-07-03"))
    return services.print_slip(uow, draft.id or 0, now=datetime(2026, 6, 30, 10)).document


@pytest.fixture
def dialog(qtbot: QtBot, uow: FakeUnitOfWork) -> VerifySlipDialog:
    widget = VerifySlipDialog(uow)
    qtbot.addWidget(widget)
    return widget


def _scan(document: SlipDocument, folder: Path, layout: str = "a5") -> Path:
    """The slip printed and scanned at 200 dpi, as a PNG."""
    out = io.BytesIO()
    render_leave_slip(document, out, layout=layout)  # type: ignore[arg-type]
    pdf = pypdfium2.PdfDocument(out.getvalue())
    path = folder / "scan.png"
    pdf[0].render(scale=200 / 72).to_pil().save(path)
    pdf.close()
    return path


def _answer(qtbot: QtBot, dialog: VerifySlipDialog, start: object) -> list[object]:
    with qtbot.waitSignal(dialog.answered, timeout=20_000) as answered:
        start()  # type: ignore[operator]
    assert not dialog.result_label.isHidden()
    result: list[object] = answered.args[0]
    return result


def _matches() -> str:
    return _("Matches slip {number} of {name}, {duration}, {pay}.").format(
        number="2026-0001", name="Ч.Тамираа", duration="3 ажлын өдөр", pay=_("Paid").lower()
    )


def test_a_typed_code_that_matches_is_green(qtbot: QtBot, dialog: VerifySlipDialog, printed: SlipDocument) -> None:
    assert printed.seal is not None
    qtbot.keyClicks(dialog.code_edit, printed.seal.code.lower())
    _answer(qtbot, dialog, dialog.verify_button.click)
    assert dialog.result_label.text() == _matches()
    assert dialog.result_label.property("verdict") == "match"
    assert "#dff3e3" in dialog.result_label.styleSheet()


def test_a_mistyped_code_is_not_green(qtbot: QtBot, dialog: VerifySlipDialog, printed: SlipDocument) -> None:
    assert printed.seal is not None
    qtbot.keyClicks(dialog.code_edit, printed.seal.code[:-1] + ("0" if printed.seal.code[-1] != "0" else "1"))
    _answer(qtbot, dialog, dialog.verify_button.click)
    assert dialog.result_label.property("verdict") == "unknown"
    assert "2026-0001" in dialog.result_label.text()


def test_a_scanned_sheet_of_two_slips_is_checked_once(
    qtbot: QtBot, dialog: VerifySlipDialog, printed: SlipDocument, tmp_path: Path
) -> None:
    results = _answer(qtbot, dialog, lambda: dialog.open_image(_scan(printed, tmp_path, "a4x2")))
    assert len(results) == 1
    assert dialog.result_label.text() == _matches()
    assert dialog.result_label.property("verdict") == "match"


def test_a_scan_of_a_slip_whose_record_changed_is_red(
    qtbot: QtBot, dialog: VerifySlipDialog, printed: SlipDocument, uow: FakeUnitOfWork, tmp_path: Path
) -> None:
    scan = _scan(printed, tmp_path)
    with uow:
        slip = uow.leave_slips.by_number(SlipNumber(2026, 1))
        assert slip is not None
        uow.leave_slips.update(replace(slip, working_minutes=slip.working_minutes + 480))
        uow.commit()
    _answer(qtbot, dialog, lambda: dialog.open_image(scan))
    expected = _("Does not match slip {number}: {fields} differ from the record.").format(
        number="2026-0001", fields=_("days")
    )
    assert dialog.result_label.text() == expected
    assert dialog.result_label.property("verdict") == "altered"
    assert "#fde2e1" in dialog.result_label.styleSheet()


def test_a_file_that_is_no_image_or_has_no_code_is_explained(
    qtbot: QtBot, dialog: VerifySlipDialog, tmp_path: Path
) -> None:
    text_file = tmp_path / "notes.png"
    text_file.write_text("not an image", encoding="utf-8")
    assert _answer(qtbot, dialog, lambda: dialog.open_image(text_file)) == []
    assert "notes.png" in dialog.result_label.text()
    blank = tmp_path / "blank.png"
    from PIL import Image

    Image.new("L", (400, 300), 255).save(blank)
    assert _answer(qtbot, dialog, lambda: dialog.open_image(blank)) == []
    assert "blank.png" in dialog.result_label.text()
    assert dialog.result_label.property("verdict") == "unknown"
    assert dialog.verify_button.isEnabled() and dialog.image_button.isEnabled()
