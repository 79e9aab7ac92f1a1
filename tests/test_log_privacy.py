"""No personal data in the log file: Tamga's log calls name no person, and exception texts are blanked."""

from __future__ import annotations

import ast
import logging
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy.exc

import main
from core import services
from core.log_privacy import redact
from core.passwords import Argon2Hasher
from core.services import LoginRefusedError
from data import open_database
from tests.core.builders import employee

ROOT = Path(__file__).resolve().parent.parent
PERSONAL_NAMES = {"given_name", "patronymic", "surname", "registration_number", "phone", "address", "email",
                  "full_name", "password", "login"}


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    main.setup_logging(tmp_path / "logs")
    yield tmp_path / "logs" / "tamga.log"
    for handler in root.handlers[len(before):]:
        handler.close()
        root.removeHandler(handler)
    root.setLevel(level)


def test_services_and_a_failure_leave_no_personal_data_in_the_log(log_file: Path, tmp_path: Path) -> None:
    database = open_database(tmp_path / "tamga.db", backup_dir=tmp_path / "backups")
    person = employee(given_name="Өлзийбат", patronymic="Ганбат", phone="99112233", address="Баянгол дүүрэг")
    try:
        saved = services.save_employee(database.uow_factory(), person)
        services.create_first_administrator(database.uow_factory(), login="saraa", full_name="Б.Сараа",
                                            password="нууц үг 123", repeated="нууц үг 123",
                                            hasher=Argon2Hasher.for_tests())
        with pytest.raises(LoginRefusedError):
            services.login(database.uow_factory(), "saraa", "буруу", now=datetime(2026, 11, 25),
                           hasher=Argon2Hasher.for_tests())
        with database.uow_factory() as uow, pytest.raises(sqlalchemy.exc.IntegrityError) as caught:
            uow.employees.add(saved)  # the same РД again: the error quotes the values it refused
        logging.getLogger("tamga.gui").error("Unexpected error", exc_info=caught.value)
        logging.getLogger("tamga").info("saved employee %s named %s", saved.id, saved.given_name)
    finally:
        database.dispose()
    logging.getLogger().handlers[-1].flush()
    text = log_file.read_text(encoding="utf-8")
    assert "IntegrityError" in text and "saved employee 1 named" in text  # the log still says what happened
    assert re.search(r"[\u0400-\u04FF]", text) is None
    assert person.registration_number[2:] not in text and "99112233" not in text


def test_redact_keeps_ids_and_code_and_blanks_people() -> None:
    line = "employee 12 Өлзийбат Ганбат УБ90070912, 99112233, a@b.mn at core/x.py line 345"
    assert redact(line) == "employee 12 <…><…>, <…>, <…> at core/x.py line 345"


def _logging_calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"debug", "info", "warning", "error", "exception", "critical"}
                and isinstance(node.func.value, ast.Name) and node.func.value.id in {"log", "logger", "logging"}):
            yield node


def test_no_log_call_in_the_code_names_a_personal_field() -> None:
    """A review by grep, kept: every log call's arguments are checked for person-naming attributes."""
    offenders = []
    for path in [ROOT / "main.py", *(ROOT / "core").rglob("*.py"), *(ROOT / "data").rglob("*.py"),
                 *(ROOT / "gui").rglob("*.py")]:
        for call in _logging_calls(ast.parse(path.read_text(encoding="utf-8"))):
            names = {n.attr for arg in call.args for n in ast.walk(arg) if isinstance(n, ast.Attribute)}
            names |= {n.id for arg in call.args for n in ast.walk(arg) if isinstance(n, ast.Name)}
            if names & PERSONAL_NAMES:
                offenders.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert offenders == []
