"""The integrity check the command line and the GUI both run."""

from __future__ import annotations

from core.entities import DatabaseReport
from core.ports import UnitOfWork


def check_database(uow: UnitOfWork) -> DatabaseReport:
    with uow:
        return uow.maintenance.report()
