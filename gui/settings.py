"""UI state that belongs to this PC, not to the office's records (house style 12)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from core.i18n import DEFAULT_LANGUAGE, LANGUAGES

ORGANIZATION = "Tamga"
APPLICATION = "Tamga"


class GuiSettings:
    """A typed wrapper over ``QSettings`` (IniFormat, UserScope); keys are lowercase_underscore."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._qsettings = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
            )
        else:
            self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._qsettings.fileName()

    def _text(self, key: str, default: str = "") -> str:
        value = self._qsettings.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def language(self) -> str:
        value = self._text("language", DEFAULT_LANGUAGE)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._qsettings.setValue("language", value)

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._qsettings.value("window_geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._qsettings.setValue("window_geometry", value)

    @property
    def last_export_folder(self) -> Path | None:
        text = self._text("last_export_folder")
        return Path(text) if text else None

    @last_export_folder.setter
    def last_export_folder(self, value: Path) -> None:
        self._qsettings.setValue("last_export_folder", str(value))

    @property
    def last_import_folder(self) -> Path | None:
        text = self._text("last_import_folder")
        return Path(text) if text else None

    @last_import_folder.setter
    def last_import_folder(self, value: Path) -> None:
        self._qsettings.setValue("last_import_folder", str(value))

    @property
    def slip_layout(self) -> str:
        """How leave slips are printed: "a5" (one A5 sheet) or "a4x2" (two copies on one A4 sheet)."""
        value = self._text("slip_layout", "a5")
        return value if value in ("a5", "a4x2") else "a5"

    @slip_layout.setter
    def slip_layout(self, value: str) -> None:
        if value not in ("a5", "a4x2"):
            raise ValueError(f"unknown slip layout {value!r}")
        self._qsettings.setValue("slip_layout", value)

    def sync(self) -> None:
        """Write to disk now (QSettings otherwise writes on its own schedule)."""
        self._qsettings.sync()
