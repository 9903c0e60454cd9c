"""Typed access to what the app remembers between runs (QSettings): recent files, last folder,
window geometry, splitter and table header states, interface language.

QSettings returns strings, lists or None depending on the platform backend; these accessors hide
that so callers never see a wrong type.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ui.models import LANGUAGE_KEY, ui_language

MAX_RECENT = 10

RECENT_KEY = "files/recent"
LAST_FOLDER_KEY = "files/last_folder"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"


class Settings:
    """A thin typed wrapper around one QSettings object (the one in ``AppContext.settings``)."""

    def __init__(self, qsettings: QSettings) -> None:
        self.q = qsettings

    # --- files -----------------------------------------------------------------------------------

    def recent_files(self) -> list[Path]:
        value = self.q.value(RECENT_KEY)
        if isinstance(value, str):
            value = [value] if value else []
        if not isinstance(value, list):
            return []
        return [Path(str(v)) for v in value if v]

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent list (no duplicates, at most MAX_RECENT)."""
        path = Path(path).resolve()
        files = [p for p in self.recent_files() if p != path]
        self._set_recent([path, *files][:MAX_RECENT])
        self.set_last_folder(path.parent)

    def remove_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        self._set_recent([p for p in self.recent_files() if p != path])

    def _set_recent(self, files: list[Path]) -> None:
        self.q.setValue(RECENT_KEY, [str(p) for p in files])

    def last_folder(self) -> Path:
        """The folder of the last file dialog, or the home folder the first time (or if it is gone)."""
        value = self.q.value(LAST_FOLDER_KEY)
        if isinstance(value, str) and value and Path(value).is_dir():
            return Path(value)
        return Path.home()

    def set_last_folder(self, folder: Path) -> None:
        self.q.setValue(LAST_FOLDER_KEY, str(folder))

    # --- window state ----------------------------------------------------------------------------

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.q.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes) and value:
            return QByteArray(value)
        return None

    def window_geometry(self) -> QByteArray | None:
        return self._bytes(GEOMETRY_KEY)

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self.q.setValue(GEOMETRY_KEY, geometry)

    def window_state(self) -> QByteArray | None:
        return self._bytes(STATE_KEY)

    def set_window_state(self, state: QByteArray) -> None:
        self.q.setValue(STATE_KEY, state)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        self.q.setValue(f"splitters/{name}", state)

    def header_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"headers/{name}")

    def set_header_state(self, name: str, state: QByteArray) -> None:
        self.q.setValue(f"headers/{name}", state)

    # --- language --------------------------------------------------------------------------------

    def language(self) -> str:
        return ui_language(self.q)

    def set_language(self, language: str) -> None:
        self.q.setValue(LANGUAGE_KEY, language)
