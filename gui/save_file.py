"""Where to save a document: the Qt file dialog (not the native one), with the suffix ensured."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from gui.settings import GuiSettings

PDF_FILTER = "PDF (*.pdf)"
EXCEL_FILTER = "Excel (*.xlsx)"
WORD_FILTER = "Word (*.docx)"
FILTERS = {".pdf": PDF_FILTER, ".xlsx": EXCEL_FILTER, ".docx": WORD_FILTER}


def with_suffix(path: Path, suffix: str) -> Path:
    """ "register" → "register.pdf"; a name already ending in the suffix (any case) is kept."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def ask_save_path(parent: QWidget, title: str, file_name: str, settings: GuiSettings | None) -> Path | None:
    """Ask where to write *file_name* (its suffix chooses the filter); remembers the folder.

    Returns:
        The chosen path with the right suffix, or ``None`` when the user cancelled.
    """
    suffix = Path(file_name).suffix.lower()
    folder = (settings.last_export_folder if settings else None) or Path.home()
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(folder / file_name), FILTERS.get(suffix, ""),
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    if not name:
        return None
    path = with_suffix(Path(name), suffix)
    if settings is not None:
        settings.last_export_folder = path.parent
    return path
