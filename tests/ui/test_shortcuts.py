"""Window shortcuts from inside fields: undo/redo reach the register, Ctrl+E and the page keys work
from any field, every page has a key and the keyboard lands in it, toolbar undo keeps its size."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLabel, QLineEdit, QWidget

from ropa.i18n import Translator
from ropa.service import RegisterStore
from tests.ui.app_fixtures import IGNORED_QT_NOTICES, make_ctx, settle, show
from ui.context import AppContext
from ui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def ctx(qapp, register_store: RegisterStore, tmp_path: Path) -> AppContext:  # type: ignore[no-untyped-def]
    return make_ctx(register_store, tmp_path)


@pytest.fixture
def window(qtbot, ctx: AppContext) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(ctx, Translator("en"), load="sync")
    show(qtbot, win)
    yield win
    dialog = getattr(win, "export_dialog", None)
    if dialog is not None:
        dialog.close()


class EmacsLineEdit(QLineEdit):
    """A line edit as Qt makes it on Linux desktops (KDE/GNOME key bindings): Ctrl+E and Ctrl+A are
    line movements, so it claims them before the window's shortcuts (the offscreen test platform
    uses other bindings, so the field says so itself here)."""

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.modifiers() == CTRL and event.key() in (K.Key_E, K.Key_A, K.Key_K)):
            event.accept()
            return True
        return super().event(event)


def focus(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


def fields_of_every_kind(window: MainWindow) -> dict[str, QWidget]:
    """A line, a multi-line text, a combo, a date, a picker's search line and a Linux-style line edit."""
    identity = window.editor.by_key["identity"]
    review = window.editor.by_key["review"]
    date = review.findChild(QAbstractSpinBox)
    emacs = EmacsLineEdit(window.editor)
    emacs.show()
    return {
        "line": identity.name, "text": identity.description, "combo": identity.status, "date": date,
        "picker": identity.joint.findChild(QLineEdit), "linux line edit": emacs,
    }


def test_ctrl_z_in_a_field_with_nothing_to_undo_reaches_the_register(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.ctx.store
    uuid = store.find_activity("PA-008").uuid
    window.open_activity(uuid)
    identity = window.editor.by_key["identity"]
    old_name = store.activity(uuid).name
    name = focus(qtbot, identity.name)
    name.selectAll()
    qtbot.keyClicks(name, "IT accounts")
    qtbot.keyClick(name, K.Key_Return)  # saved
    assert store.activity(uuid).name == "IT accounts"
    qtbot.keyClick(name, K.Key_Z, CTRL)  # the field's own typing is saved: the register's undo runs
    assert store.activity(uuid).name == old_name
    settle(qtbot)
    assert name.text() == old_name
    qtbot.keyClick(name, K.Key_Z, CTRL | SHIFT)
    assert store.activity(uuid).name == "IT accounts"
    description = focus(qtbot, identity.description)  # never typed in: nothing of its own to undo
    qtbot.keyClick(description, K.Key_Z, CTRL)
    assert store.activity(uuid).name == old_name
    qtbot.keyClick(description, K.Key_Y, CTRL)
    assert store.activity(uuid).name == "IT accounts"


def test_ctrl_z_undoes_unsaved_typing_in_the_field_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.ctx.store
    uuid = store.find_activity("PA-008").uuid
    window.open_activity(uuid)
    identity = window.editor.by_key["identity"]
    name = focus(qtbot, identity.name)
    name.selectAll()
    qtbot.keyClicks(name, "IT accounts")
    qtbot.keyClick(name, K.Key_Return)
    owner = focus(qtbot, identity.owner)
    before = owner.text()
    qtbot.keyClicks(owner, " team")  # not saved yet
    qtbot.keyClick(owner, K.Key_Z, CTRL)  # undoes the typing, in the field
    assert owner.text() == before
    assert store.activity(uuid).name == "IT accounts"
    qtbot.keyClick(owner, K.Key_Z, CTRL)  # nothing left in the field: the register's last edit
    assert store.activity(uuid).name != "IT accounts"
    assert store.activity(uuid).owner == before


def test_window_shortcuts_work_from_every_kind_of_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_activity(window.ctx.store.find_activity("PA-003").uuid)
    for kind, field in fields_of_every_kind(window).items():
        assert field is not None, kind
        window.show_page("activities")
        window.open_activity(window.ctx.store.find_activity("PA-003").uuid)
        focus(qtbot, field)
        qtbot.keyClick(QApplication.focusWidget(), K.Key_E, CTRL)
        dialog = getattr(window, "export_dialog", None)
        assert dialog is not None and dialog.isVisible(), f"Ctrl+E from the {kind}"
        dialog.close()
        window.export_dialog = None
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        focus(qtbot, field)
        qtbot.keyClick(field, K.Key_7, CTRL)
        assert window.current_key() == "data_categories", f"Ctrl+7 from the {kind}"


def test_plain_keys_and_text_editing_keys_stay_with_the_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    emacs = EmacsLineEdit(window.editor)
    emacs.show()
    window.open_activity(window.ctx.store.find_activity("PA-003").uuid)
    emacs.setParent(window.editor)
    emacs.show()
    focus(qtbot, emacs)
    qtbot.keyClicks(emacs, "abc")
    qtbot.keyClick(emacs, K.Key_A, CTRL)  # the field's own binding: no window action has it
    qtbot.keyClick(emacs, K.Key_Delete)  # Del deletes a character, not the activity
    assert window.ctx.store.find_activity("PA-003") is not None
    assert window.stack.currentWidget() is window.editor


def test_every_page_has_a_shortcut_and_the_keyboard_lands_in_the_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    keys = window.navigator.keys()
    assert set(window.page_actions) == set(keys)
    sequences = [window.page_actions[k].shortcut() for k in keys]
    assert all(not s.isEmpty() for s in sequences) and len(set(s.toString() for s in sequences)) == len(keys)
    search = window.current_list().search  # type: ignore[union-attr]
    for key in keys:
        window.show_page("activities")
        focus(qtbot, search)  # from a text field, the hardest place
        sequence = window.page_actions[key].shortcut()
        combination = sequence[0]
        qtbot.keyClick(QApplication.focusWidget(), combination.key(), combination.keyboardModifiers())
        settle(qtbot, 1)
        page = window.pages[key]
        assert window.current_key() == key and window.stack.currentWidget() is page, key
        focused = QApplication.focusWidget()
        assert focused is not None and page.isAncestorOf(focused), f"{key}: focus in {focused!r}"
    window.show_page("activities")
    qtbot.keyClick(search, K.Key_3, CTRL)
    assert QApplication.focusWidget() is window.current_list().table  # type: ignore[union-attr]


def test_toolbar_undo_keeps_its_size_and_tells_the_whole_step_in_its_tooltip(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    undo_button = window.toolbar.widgetForAction(window.undo_action)
    export_button = window.toolbar.widgetForAction(window.export_action)
    width = undo_button.width()
    window.open_activity(window.ctx.store.find_activity("PA-008").uuid)
    name = focus(qtbot, window.editor.by_key["identity"].name)
    name.selectAll()
    qtbot.keyClicks(name, "A much longer name for the IT accounts activity")
    qtbot.keyClick(name, K.Key_Return)
    settle(qtbot)
    assert window.undo_action.isEnabled()
    assert undo_button.width() == width
    assert export_button.isVisible()  # not pushed behind the toolbar's overflow
    assert window.undo_action.toolTip() == "Undo: Edit PA-008: Name (Ctrl+Z)"
    assert window.undo_action.text() == "&Undo Edit PA-008: Name"  # the Edit menu says it in full too




def test_undo_texts_follow_a_language_switch(qtbot, register_store: RegisterStore, tmp_path: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch) -> None:
    from PySide6.QtCore import QCoreApplication

    from tests.ui.app_fixtures import make_settings
    from tests.ui.test_translations import use_compiled_translations
    from ui.app import RopaApp

    use_compiled_translations(tmp_path, monkeypatch)
    ropa = RopaApp(make_settings(tmp_path), load="sync")
    try:
        path = register_store.path
        register_store.close()
        assert ropa.open_path(path)
        window = ropa.window
        assert window is not None and ropa.ctx is not None
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.open_activity(ropa.ctx.store.find_activity("PA-008").uuid)
        name = focus(qtbot, window.editor.by_key["identity"].name)
        name.selectAll()
        qtbot.keyClicks(name, "IT accounts")
        qtbot.keyClick(name, K.Key_Return)
        assert window.undo_action.text() == "&Undo Edit PA-008: Name"
        ropa.set_language("fr")
        settle(qtbot)
        french = ropa.window
        assert french is not None and french is not window

        def fr(context: str, text: str) -> str:
            return QCoreApplication.translate(context, text)

        step = fr("Section", "Edit %1: %2").replace("%1", "PA-008").replace("%2", fr("IdentitySection", "Name"))
        assert "Name" not in step and "Edit" not in step  # really French
        assert french.undo_action.text() == fr("MainWindow", "&Undo %1").replace("%1", step)
        assert french.undo_action.toolTip().startswith(fr("MainWindow", "Undo: %1").replace("%1", step))
        ropa.set_language("en")
        settle(qtbot)
        assert ropa.window is not None and ropa.window.undo_action.text() == "&Undo Edit PA-008: Name"
    finally:
        ropa.set_language("en")
        ropa.close_register(show_start=False)
        ropa.start.close()


MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonics(root: QWidget) -> dict[str, set[str]]:
    """Alt+letter -> the texts of the visible labels with a buddy that underline that letter."""
    found: dict[str, set[str]] = {}
    for label in root.findChildren(QLabel):
        match = MNEMONIC.search(label.text())
        if match and label.buddy() is not None and label.isVisibleTo(root.window()):
            found.setdefault(match.group(1).casefold(), set()).add(label.text())
    return found


@pytest.mark.parametrize("language", ["en", "fr", "nl", "de"])
def test_editor_mnemonics_are_unique_and_move_the_keyboard(qtbot, ctx: AppContext, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                           monkeypatch, language: str) -> None:
    from tests.ui.test_translations import use_compiled_translations
    from ui.app import install_translators

    use_compiled_translations(tmp_path, monkeypatch)
    app = QApplication.instance()
    translators = install_translators(app, language)
    try:
        window = MainWindow(ctx, Translator(language), load="sync")
        show(qtbot, window)
        menus = {m.group(1).casefold() for a in window.menuBar().actions() if (m := MNEMONIC.search(a.text()))}
        for reference, expected in (("PA-003", {"identity", "purposes", "data", "sources", "recipients", "retention",
                                                "security", "dpia", "review"}),
                                    ("PR-001", {"identity", "controllers", "recipients", "security", "review"})):
            window.open_activity(window.ctx.store.find_activity(reference).uuid)
            settle(qtbot)
            found = mnemonics(window.editor)
            clashes = {k: t for k, t in found.items() if len(t) > 1 or k in menus}
            assert not clashes, f"{language} {reference}: {clashes}"
            sections = {s.key for s in window.editor.sections
                        if s.isVisibleTo(window) and any(MNEMONIC.search(lb.text()) for lb in s.findChildren(QLabel))}
            assert expected <= sections, f"{language} {reference}: no Alt+letter in {expected - sections}"
            for key, texts in found.items():
                buddies = [lb.buddy() for lb in window.editor.findChildren(QLabel) if lb.text() in texts]
                start = focus(qtbot, window.editor.by_key["identity"].name if key != "n" else window.editor.by_key["identity"].owner)
                qtbot.keyClick(start, Qt.Key(ord(key.upper())) if key.isascii() else Qt.Key(ord(key.upper())),
                               Qt.KeyboardModifier.AltModifier)
                focused = QApplication.focusWidget()
                assert any(focused is b or b.isAncestorOf(focused) for b in buddies), f"{language}: Alt+{key} -> {focused!r}"
        window.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        install_translators(app, "en")


def test_every_label_with_a_buddy_points_at_a_widget_that_takes_the_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """QLabel focuses its buddy on Alt+letter only if the buddy accepts focus itself; a picker or a
    date with a check box hands focus to a child, so a label pointing at the container does nothing."""
    from ui.dialogs.export import ExportDialog

    roots: list[QWidget] = []
    page_keys = window.navigator.keys()
    for key in page_keys:
        window.show_page(key)
        settle(qtbot, 1)
        roots.append(window.pages[key])
    for reference in ("PA-003", "PA-011", "PR-001"):
        window.open_activity(window.ctx.store.find_activity(reference).uuid)
        settle(qtbot, 1)
        roots.append(window.editor)
        wrong = [(lb.text(), type(lb.buddy()).__name__) for root in roots for lb in root.findChildren(QLabel)
                 if MNEMONIC.search(lb.text()) and lb.buddy() is not None
                 and lb.buddy().focusPolicy() == Qt.FocusPolicy.NoFocus]
        assert not wrong, wrong
    dialog = ExportDialog(window.ctx, window.translator, window)
    qtbot.addWidget(dialog)
    assert not [lb.text() for lb in dialog.findChildren(QLabel) if MNEMONIC.search(lb.text())
                and lb.buddy() is not None and lb.buddy().focusPolicy() == Qt.FocusPolicy.NoFocus]
