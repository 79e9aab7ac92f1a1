"""File ▸ Import / Export: the employee list to and from Excel, off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from core import services
from core.i18n import _
from core.ports import UnitOfWorkFactory
from gui.confirm import show_notice
from gui.import_dialog import EXCEL_FILTER, ImportDialog
from gui.settings import GuiSettings
from gui.tasks import BackgroundTask, run_in_background


def with_xlsx_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class EmployeeTransfer(QObject):
    """Emits ``employees_changed`` after an import."""

    employees_changed = Signal()

    def __init__(self, uow_factory: UnitOfWorkFactory, gui_settings: GuiSettings, window: QWidget) -> None:
        super().__init__(window)
        self._uow_factory = uow_factory
        self._gui_settings = gui_settings
        self._window = window

    def open_import_dialog(self) -> ImportDialog:
        dialog = ImportDialog(self._uow_factory, self._gui_settings, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._on_imported)
        dialog.open()
        return dialog

    def _on_imported(self, count: int) -> None:
        self.employees_changed.emit()
        show_notice(self._window, _("Import finished"), _("{count} employees were added.").format(count=count))

    def export_employees(self) -> BackgroundTask | None:
        """Ask where to write, then write in the background."""
        folder = self._gui_settings.last_export_folder or Path.home()
        suggested = folder / _("employees-{date}.xlsx").format(date=date.today().isoformat())
        name, _filter = QFileDialog.getSaveFileName(
            self._window, _("Export employees to Excel"), str(suggested), EXCEL_FILTER,
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if not name:
            return None
        return self.export_to(with_xlsx_suffix(Path(name)))

    def export_to(self, path: Path) -> BackgroundTask:
        self._gui_settings.last_export_folder = path.parent
        return run_in_background(
            lambda: services.export_employees(self._uow_factory(), path), label=_("Writing the Excel file…"),
            window=self._window, done=lambda count: self._on_exported(path, count),
            write_error=_("The file could not be written: {error}\nIf it is open in Excel, close it and try again."))

    def _on_exported(self, path: Path, count: object) -> None:
        show_notice(self._window, _("Export finished"),
                    _("{count} employees were written to {path}.").format(count=count, path=path))
