"""Shared wording helpers: clause suffixes follow vowel harmony like the official dates (§5)."""

from __future__ import annotations

import pytest

from core.documents.layout import caption_text, clause_at, clause_to, office_caps


@pytest.mark.parametrize(
    ("clause", "printed"),
    [
        ("6.5", "6.5 дахь заалт"),  # тав
        ("6.6", "6.6 дахь заалт"),  # зургаа
        ("6.8.1", "6.8.1 дэх заалт"),  # нэг
        ("6.8.4", "6.8.4 дэх заалт"),  # дөрөв
        ("6.9", "6.9 дэх заалт"),  # ес
        ("6.10", "6.10 дахь заалт"),  # арав
        ("6.11", "6.11 дэх заалт"),  # арван нэг
        ("6.6а", "6.6а дахь заалт"),  # an office-edited code: зургаа
        ("6.8.1б", "6.8.1б дэх заалт"),  # нэг
    ],
)
def test_clause_at(clause: str, printed: str) -> None:
    assert clause_at(clause) == printed


@pytest.mark.parametrize(
    ("clause", "printed"),
    [
        ("6.6", "6.6-д"),
        ("6.5", "6.5-д"),
        ("6.1", "6.1-д"),
        ("6.2", "6.2-т"),
        ("6.3", "6.3-т"),
        ("6.4", "6.4-т"),
        ("6.10", "6.10-т"),
        ("6.9", "6.9-д"),
    ],
)
def test_clause_to(clause: str, printed: str) -> None:
    assert clause_to(clause) == printed


def test_caption_gets_one_colon() -> None:
    assert caption_text("Зөвшөөрсөн") == "Зөвшөөрсөн:"
    assert caption_text("Зөвшөөрсөн:") == "Зөвшөөрсөн:"


def test_office_caps_keeps_mongolian_letters() -> None:
    printed = office_caps(" Өвөрхангай аймгийн Засаг даргын Тамгын газар ")
    assert printed == "ӨВӨРХАНГАЙ АЙМГИЙН ЗАСАГ ДАРГЫН ТАМГЫН ГАЗАР"
