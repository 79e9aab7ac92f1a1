"""The leave slip PDF: what a secretary checks on the printed sheet."""

from __future__ import annotations

import re

import pytest

from core.documents.leave_slip import render_leave_slip, render_leave_slips
from core.documents.models import SignatureLine, SlipDocument
from tests.core.documents import samples
from tests.core.documents.pdf_tools import all_text, fonts, page_sizes, page_texts, reader, render

A5 = (419.53, 595.28)
A4 = (595.28, 841.89)
TAMGA_SERIF = re.compile(r"^/[A-Z]{6}\+NotoSerif-(Regular|Bold|Italic)$")  # the faces behind "TamgaSerif"


def test_slip_prints_every_field_in_official_form() -> None:
    text = all_text(render(render_leave_slip, samples.slip()))
    for expected in (
        "АРХАНГАЙ АЙМГИЙН ЗАСАГ ДАРГЫН ТАМГЫН ГАЗАР",
        "ЧӨЛӨӨНИЙ ХУУДАС",
        "Дугаар 2026-0042",
        "2026 оны 11 дүгээр сарын 25-ны өдөр",
        "Цэцэрлэг",
        "Баатарын Өлзийбат",
        "Хууль, эрх зүйн хэлтсийн ахлах мэргэжилтэн",
        "Хүндэтгэн үзэх шалтгаанаар олгох чөлөө",
        "(журмын 6.8.1 дэх заалт)",
        "2026 оны 11 дүгээр сарын 26-ны өдрөөс 11 дүгээр сарын 30-ны өдөр хүртэл",
        "3 ажлын өдөр",
        "Цалинтай (журмын 6.6-д заасны дагуу)",
        "журмын 6.5 дахь заалт",
        "Хэлтсийн даргын санал: чөлөө олгохыг зөвшөөрч байна. (2026.11.24)",
        "Чөлөө хүссэн:",
        "Тамгын газрын даргын үүрэг гүйцэтгэгч",
        "Д.ГАНТУЛГА",
        "Р.ОТГОНЖАРГАЛ",
    ):
        assert expected in text


def test_an_original_is_neither_copy_nor_void() -> None:
    text = all_text(render(render_leave_slip, samples.slip()))
    assert "ХУУЛБАР" not in text
    assert "ХҮЧИНГҮЙ" not in text


def test_a_reprint_is_marked_as_copy() -> None:
    text = all_text(render(render_leave_slip, samples.slip(is_copy=True)))
    assert "ХУУЛБАР" in text
    assert "ХҮЧИНГҮЙ" not in text


def test_a_void_slip_carries_the_mark_and_its_reason() -> None:
    text = all_text(render(render_leave_slip, samples.slip(is_void=True, void_reason="Буруу бүртгэсэн")))
    assert "ХҮЧИНГҮЙ" in text
    assert "Шалтгаан: Буруу бүртгэсэн" in text
    assert "ХУУЛБАР" not in text


def test_only_the_bundled_font_is_used_and_it_is_embedded() -> None:
    data = render(render_leave_slip, samples.slip(is_copy=True, is_void=True))
    used = fonts(data)
    assert used
    assert all(TAMGA_SERIF.match(name) and embedded for name, embedded in used), used


def test_metadata_names_the_slip_and_the_office() -> None:
    meta = reader(render(render_leave_slip, samples.slip())).metadata
    assert meta is not None
    assert meta.title == "Чөлөөний хуудас 2026-0042"
    assert meta.author == samples.OFFICE


@pytest.mark.parametrize("slip", [samples.slip(), samples.long_slip()], ids=["usual", "longest"])
def test_a5_slip_is_one_a5_page(slip: SlipDocument) -> None:
    data = render(render_leave_slip, slip)
    assert page_sizes(data) == [A5]
    text = page_texts(data)[0]
    assert slip.signatures[-1].title.split()[-1] in text  # the last signature line made it onto the page
    assert slip.number in text


def test_the_longest_titles_are_printed_whole() -> None:
    text = all_text(render(render_leave_slip, samples.long_slip()))
    assert samples.LONG_TITLE in text
    assert "Т.ӨЛЗИЙБАЯРМАГНАЙ" in text
    assert "18 ажлын өдөр 4 цаг 30 минут" in text


def test_even_an_absurdly_long_reason_stays_on_one_sheet() -> None:
    reason = "Эмчилгээ, асаргаа шаардлагатай болсон " * 40
    titles = tuple(SignatureLine(f"Гарын үсэг {n}", samples.LONG_TITLE, "Ө.ҮҮРЭГ") for n in range(5))
    for layout, size in (("a5", A5), ("a4x2", A4)):
        data = render(render_leave_slip, samples.long_slip(reason=reason, signatures=titles), layout=layout)
        assert page_sizes(data) == [size]
        assert all_text(data).count("Ө.ҮҮРЭГ") == 5 * (2 if layout == "a4x2" else 1)


def test_a4x2_prints_one_slip_twice_on_one_a4_sheet() -> None:
    data = render(render_leave_slip, samples.slip(), layout="a4x2")
    assert page_sizes(data) == [A4]
    assert page_texts(data)[0].count("Дугаар 2026-0042") == 2


def test_a4x2_pairs_several_slips_per_sheet() -> None:
    slips = [samples.slip(number=f"2026-00{n}") for n in (41, 42, 43)]
    pages = page_texts(render(render_leave_slips, slips, layout="a4x2"))
    assert len(pages) == 2
    assert "2026-0041" in pages[0] and "2026-0042" in pages[0]
    assert "2026-0043" in pages[1] and pages[1].count("ЧӨЛӨӨНИЙ ХУУДАС") == 1


def test_a5_prints_several_slips_one_per_page() -> None:
    slips = [samples.slip(number="2026-0041"), samples.slip(number="2026-0042", is_copy=True)]
    data = render(render_leave_slips, slips)
    pages = page_texts(data)
    assert page_sizes(data) == [A5, A5]
    assert "2026-0041" in pages[0] and "ХУУЛБАР" not in pages[0]
    assert "2026-0042" in pages[1] and "ХУУЛБАР" in pages[1]


def test_a_missing_name_leaves_dots_to_fill_by_hand() -> None:
    signature = SignatureLine("Зөвшөөрсөн", "Тамгын газрын дарга", "")
    text = all_text(render(render_leave_slip, samples.slip(signatures=(signature,))))
    assert re.search(r"Тамгын газрын дарга \.{20,} \.{20,}", text)


def test_nothing_to_print_is_refused() -> None:
    with pytest.raises(ValueError, match="no leave slip"):
        render(render_leave_slips, [])


def test_an_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="layout"):
        render(render_leave_slip, samples.slip(), layout="a6")
