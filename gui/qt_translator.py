"""Qt's own texts (standard buttons, context menus, file dialog) through our gettext catalogue.

Qt asks every installed translator for each text it shows; returning ``None`` (a null
QString) lets it fall back to the English source. An empty string would not: it would
blank the button, which is why no translation is ``None`` and not ``""``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

from core import i18n


def NC_(context: str, text: str) -> tuple[str, str]:  # noqa: N802 - gettext's naming, Babel keyword NC_:1c,2
    """Mark a Qt (context, source text) pair for extraction; returns it unchanged."""
    return context, text


#: Qt 6 strings the secretary meets, with the exact contexts Qt asks for (checked offscreen).
QT_STRINGS: tuple[tuple[str, str], ...] = (
    NC_("QPlatformTheme", "OK"),
    NC_("QPlatformTheme", "&OK"),
    NC_("QPlatformTheme", "Cancel"),
    NC_("QPlatformTheme", "&Yes"),
    NC_("QPlatformTheme", "&No"),
    NC_("QPlatformTheme", "Yes to &All"),
    NC_("QPlatformTheme", "N&o to All"),
    NC_("QPlatformTheme", "Save"),
    NC_("QPlatformTheme", "Save All"),
    NC_("QPlatformTheme", "Open"),
    NC_("QPlatformTheme", "Close"),
    NC_("QPlatformTheme", "Apply"),
    NC_("QPlatformTheme", "Discard"),
    NC_("QPlatformTheme", "Don't Save"),
    NC_("QPlatformTheme", "Restore Defaults"),
    NC_("QPlatformTheme", "Help"),
    NC_("QPlatformTheme", "Reset"),
    NC_("QPlatformTheme", "Abort"),
    NC_("QPlatformTheme", "Retry"),
    NC_("QPlatformTheme", "Ignore"),
    NC_("QMessageBox", "Show Details..."),
    NC_("QMessageBox", "Hide Details..."),
    NC_("QProgressDialog", "Cancel"),
    NC_("QLineEdit", "&Undo"),
    NC_("QLineEdit", "&Redo"),
    NC_("QLineEdit", "Cu&t"),
    NC_("QLineEdit", "&Copy"),
    NC_("QLineEdit", "&Paste"),
    NC_("QLineEdit", "Delete"),
    NC_("QLineEdit", "Select All"),
    NC_("QWidgetTextControl", "&Undo"),
    NC_("QWidgetTextControl", "&Redo"),
    NC_("QWidgetTextControl", "Cu&t"),
    NC_("QWidgetTextControl", "&Copy"),
    NC_("QWidgetTextControl", "&Paste"),
    NC_("QWidgetTextControl", "Delete"),
    NC_("QWidgetTextControl", "Select All"),
    NC_("QFileDialog", "&Open"),
    NC_("QFileDialog", "&Save"),
    NC_("QFileDialog", "&Look in:"),
    NC_("QFileDialog", "File &name:"),
    NC_("QFileDialog", "Files of &type:"),
    NC_("QFileDialog", "All Files (*)"),
    NC_("QFileDialog", "Back"),
    NC_("QFileDialog", "Forward"),
    NC_("QFileDialog", "Parent Directory"),
    NC_("QFileDialog", "Create New Folder"),
    NC_("QFileDialog", "List View"),
    NC_("QFileDialog", "Detail View"),
    NC_("QFileDialog", "&New Folder"),
    NC_("QFileDialog", "&Rename"),
    NC_("QFileDialog", "&Delete"),
    NC_("QFileDialog", "Show &hidden files"),
    NC_("QFileDialog", "Go back"),
    NC_("QFileDialog", "Go forward"),
    NC_("QFileDialog", "Go to the parent directory"),
    NC_("QFileDialog", "Create a New Folder"),
    NC_("QFileDialog", "Change to list view mode"),
    NC_("QFileDialog", "Change to detail view mode"),
    NC_("QFileDialog", "Sidebar"),
    NC_("QFileDialog", "List of places and bookmarks"),
    NC_("QFileDialog", "Files"),
    NC_("QFileSystemModel", "Name"),
    NC_("QFileSystemModel", "Size"),
    NC_("QFileSystemModel", "Type"),
    NC_("QFileSystemModel", "Date Modified"),
    NC_("QFileSystemModel", "Computer"),
    NC_("QAbstractFileIconProvider", "Folder"),
    NC_("QAbstractFileIconProvider", "Drive"),
)


class GettextQtTranslator(QTranslator):
    """Answers Qt's ``translate`` calls from ``core.i18n``'s catalogue (``pgettext`` by Qt context)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if not context or not source_text:
            return None
        translated = i18n.pgettext(context, source_text)
        return translated if translated != source_text else None

    def isEmpty(self) -> bool:
        return False
