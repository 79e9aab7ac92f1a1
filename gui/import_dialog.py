"""Import employees from an Excel sheet: choose, preview every row with its problems, import the valid ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import services, spreadsheet
from core.i18n import _
from core.ports import UnitOfWorkFactory
from gui.import_model import ImportPreviewTableModel
from gui.settings import GuiSettings
from gui.tasks import BackgroundTask, show_failure
from gui.views import configure_list_view
from gui.widgets.field_message import FieldMessage

EXCEL_FILTER = "Excel (*.xlsx)"
MAX_COLUMN_WIDTH = 240
PROBLEMS_WIDTH = 340


class ImportDialog(QDialog):
    """Nothing is saved until Import; then the valid rows are saved all together or not at all."""

    imported = Signal(int)

    def __init__(self, uow_factory: UnitOfWorkFactory, gui_settings: GuiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Import employees from Excel"))
        self._uow_factory = uow_factory
        self._gui_settings = gui_settings
        self.preview: spreadsheet.ImportPreview | None = None
        self.task: BackgroundTask | None = None
        self.model = ImportPreviewTableModel(self)
        self.file_label = QLabel(_("No file chosen."), self)
        self.choose_button = QPushButton(_("&Choose file…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.banner = FieldMessage(self)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary_label")
        self.view = self._build_view()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = self.buttons.addButton(_("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_rows)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()
        self.resize(1100, 640)

    def _build_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("preview_view")
        view.setModel(self.model)
        configure_list_view(view)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        hint = QLabel(_("Rows with problems are shaded and will not be imported; fix them in Excel and "
                        "choose the file again."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        folder = self._gui_settings.last_import_folder or Path.home()
        name, _filter = QFileDialog.getOpenFileName(
            self, _("Choose the Excel file"), str(folder), EXCEL_FILTER,
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> BackgroundTask:
        """Read and check the sheet in the background; the preview appears when it is done."""
        self._gui_settings.last_import_folder = path.parent
        self.file_label.setText(str(path))
        self.show_preview(None)
        uow = self._uow_factory
        positions, departments = services.list_positions(uow()), services.list_departments(uow())
        existing = [item.employee for item in services.list_employee_items(uow())]
        today = date.today()

        def work() -> spreadsheet.ImportPreview:
            return spreadsheet.read_employee_sheet(
                path, positions=positions, departments=departments, existing=existing, today=today
            )

        task = BackgroundTask(work, label=_("Reading the sheet…"), parent=self, cancellable=True)
        task.finished.connect(self.show_preview)
        task.failed.connect(self._on_failed)
        return self._run(task)

    def show_preview(self, preview: spreadsheet.ImportPreview | None) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        self.banner.clear_message()
        if preview is None:
            self.summary_label.setText("")
            self.import_button.setEnabled(False)
            return
        if preview.problems:
            self.banner.show_text("\n".join(preview.problems))
        valid, invalid = len(preview.valid_rows), len(preview.invalid_rows)
        self.summary_label.setText(
            _("{valid} rows will be imported, {invalid} have problems.").format(valid=valid, invalid=invalid)
        )
        self.import_button.setEnabled(valid > 0)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Contents decide the widths, within reason: a long address must not push the rest away."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))
        header.resizeSection(self.model.problems_column(), PROBLEMS_WIDTH)

    def import_rows(self) -> BackgroundTask | None:
        preview = self.preview
        if preview is None or not preview.valid_rows:
            return None
        self.import_button.setEnabled(False)
        task = BackgroundTask(lambda: services.import_employees(self._uow_factory(), preview),
                              label=_("Importing employees…"), parent=self)
        task.finished.connect(self._on_imported)
        task.failed.connect(self._on_failed)
        return self._run(task)

    def _run(self, task: BackgroundTask) -> BackgroundTask:
        self.task = task
        task.start()
        return task

    def _on_imported(self, count: object) -> None:
        assert isinstance(count, int)
        self.imported.emit(count)
        super().accept()

    def _on_failed(self, exc: object) -> None:
        self.import_button.setEnabled(bool(self.preview and self.preview.valid_rows))
        show_failure(self, exc, refused=(OSError,), show=self.banner.show_text)
