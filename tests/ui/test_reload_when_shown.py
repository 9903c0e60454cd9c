"""ReloadWhenShown: a hidden page reloads when it is next shown, a visible one once per burst."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from tests.ui.app_fixtures import IGNORED_QT_NOTICES
from ui.widgets.reload import ReloadWhenShown

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]


def test_hidden_pages_wait_and_visible_pages_coalesce(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    qtbot.addWidget(page)
    calls: list[int] = []

    def reload() -> None:
        calls.append(1)
        reloader.done()

    reloader = ReloadWhenShown(page, reload, 10)
    reloader.schedule()
    reloader.schedule()
    qtbot.wait(30)
    assert calls == []  # hidden: nothing read for edits made elsewhere
    page.show()
    qtbot.waitExposed(page)
    assert calls == [1]  # first shown: loaded once
    page.hide()
    page.show()
    assert calls == [1]  # nothing changed meanwhile: not again
    for _ in range(5):
        reloader.schedule()
    assert reloader.is_pending()
    qtbot.waitUntil(lambda: not reloader.is_pending())
    assert calls == [1, 1]  # a burst of five events: one reload
