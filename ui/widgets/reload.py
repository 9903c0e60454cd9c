"""Reloading a page only when someone can see it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class ReloadWhenShown(QObject):
    """Change events coalesce into one reload of a page: after ``delay_ms`` when the page is visible,
    else when it is next shown, so hidden pages do no work for edits made elsewhere."""

    def __init__(self, page: QWidget, reload: Callable[[], object], delay_ms: int = 0) -> None:
        super().__init__(page)
        self._page = page
        self._reload = reload
        self._pending_when_shown = True  # nothing is loaded yet
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(lambda: self._reload())
        page.installEventFilter(self)

    def schedule(self) -> None:
        if self._page.isVisible():
            self._timer.start()
        else:
            self._pending_when_shown = True

    def done(self) -> None:
        """The page has just reloaded: nothing is pending any more."""
        self._timer.stop()
        self._pending_when_shown = False

    def is_pending(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self._pending_when_shown:
            self._reload()
        return False
