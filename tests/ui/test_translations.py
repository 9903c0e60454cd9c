"""The GUI in four languages: the .ts files follow the code, every message is translated with its
placeholders, every string on screen goes through the translator, and switching language works."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from ropa.i18n import Translator
from ropa.resources import resources_dir
from ropa.service import RegisterStore
from tests.ui.app_fixtures import IGNORED_QT_NOTICES, make_ctx, make_settings, settle, show

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resources_dir() / "translations"
LANGUAGES = ("fr", "nl", "de")
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%(?:\d|n)")
ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")


def lupdate(folder: Path, *options: str) -> Path:
    """The messages of the code as they are now, in a fresh .ts file."""
    target = folder / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", *options,
                    "-ts", str(target)], check=True, capture_output=True)
    return target


def lrelease(ts: Path, qm: Path) -> Path:
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm


def messages(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    out = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def translations(message: ElementTree.Element) -> list[str]:
    element = message.find("translation")
    assert element is not None
    forms = element.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [element.text or ""]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return lupdate(tmp_path_factory.mktemp("ts"))


def test_ts_files_follow_the_code(fresh: Path) -> None:
    """A new or changed GUI string fails here until ``make ts`` adds it and it is translated."""
    expected = messages(fresh)
    for language in LANGUAGES:
        have = set(messages(TRANSLATIONS / f"ropa_{language}.ts"))
        assert not set(expected) - have, f"run make ts: new in the code, missing in ropa_{language}.ts"
        assert not have - set(expected), f"run make ts: gone from the code, still in ropa_{language}.ts"
    plural = {key for key, m in expected.items() if m.get("numerus") == "yes"}
    assert set(messages(TRANSLATIONS / "ropa_en.ts")) == plural


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    problems = []
    for (context, source), message in messages(TRANSLATIONS / f"ropa_{language}.ts").items():
        element = message.find("translation")
        assert element is not None
        texts = translations(message)
        where = f"{context}: {source!r}"
        if element.get("type") is not None or not all(t.strip() for t in texts):
            problems.append(f"not translated: {where}")
            continue
        for i, text in enumerate(texts):
            wanted = Counter(PLACEHOLDER.findall(source))
            if message.get("numerus") == "yes" and i < len(texts) - 1:
                wanted.pop("%n", None)  # a singular may say "one" instead of %n
            found = Counter(PLACEHOLDER.findall(text))
            if any(found[p] < n for p, n in wanted.items()) or set(found) - set(wanted) - {"%n"}:
                problems.append(f"placeholders differ: {where} -> {text!r}")
            if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                problems.append(f"accelerator (&) differs: {where} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_translations_load(tmp_path: Path) -> None:
    for language in LANGUAGES:
        translator = QTranslator()
        assert translator.load(str(lrelease(TRANSLATIONS / f"ropa_{language}.ts", tmp_path / f"{language}.qm")))
        assert translator.translate("MainWindow", "&File") not in ("", "&File")


# --- every string on screen goes through the translator ------------------------------------------

WRAP = "\u27e6{}\u27e7"  # a pseudo-translation: ⟦text⟧


def pseudo_translation(fresh: Path, folder: Path) -> Path:
    """Every message translated as ⟦source⟧ (with its placeholders, so the code can fill them)."""
    tree = ElementTree.parse(fresh)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        element = message.find("translation")
        assert element is not None
        element.attrib.pop("type", None)
        forms = element.findall("numerusform")
        for target in forms or [element]:
            target.text = WRAP.format(source)
    ts = folder / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return lrelease(ts, folder / "pseudo.qm")


PRODUCT_NAMES = {"ropa"}  # the window title of the start screen: a name, the same in every language
CHROME_LISTS = {"navigator", "sectionIndex"}  # lists whose entries are the app's own words, not data


def screen_texts(root: QWidget) -> list[str]:
    """The text a user can read in a window: labels, buttons, fields, tabs, menus, headers, tooltips."""
    texts: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        texts.append(widget.toolTip())
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QMenu):
            texts.append(widget.title())
        elif isinstance(widget, QHeaderView) and widget.orientation() == _horizontal() and widget.model():
            texts += [str(widget.model().headerData(i, _horizontal()) or "") for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView):
            if isinstance(widget, QListWidget) and widget.objectName() in CHROME_LISTS:
                texts += [widget.item(r).text() for r in range(widget.count())]
            if isinstance(widget, QTreeWidget) and widget.objectName() in CHROME_LISTS:
                iterator = QTreeWidgetItemIterator(widget)
                while iterator.value() is not None:
                    texts.append(iterator.value().text(0))
                    iterator += 1
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""]
    return [t for t in texts if t]


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def dialogs(window: Any, ctx: Any, folder: Path) -> list[QWidget]:
    """Every dialog of the app, built as it would be shown (not run)."""
    from ui.dialogs.export import ExportDialog
    from ui.dialogs.import_wizard import ImportWizard
    from ui.dialogs.new_register import NewRegisterDialog
    from ui.dialogs.template_picker import TemplatePicker
    from ui.main_window import ShortcutsDialog
    from ui.views.catalogue import CatalogueView, DeleteConfirmDialog, MergeDialog
    from ui.views.findings import AcceptDialog
    from ui.views.versions import FreezeDialog

    store = ctx.store
    first, second = (store.usages(r.uuid) for r in store.catalogue("recipients")[:2])
    catalogue = window.page("recipients")
    assert isinstance(catalogue, CatalogueView)
    return [
        ExportDialog(ctx, Translator("fr"), window),
        ImportWizard(ctx, window, folder),
        NewRegisterDialog(folder, "fr", window),
        TemplatePicker(ctx, window),
        ShortcutsDialog(window),
        FreezeDialog(window),
        AcceptDialog("finding", "", window),
        DeleteConfirmDialog([first], window),
        MergeDialog(first, second, catalogue.describe, window),
    ]


def test_every_string_on_screen_goes_through_the_translator(qtbot, fresh: Path, register_store: RegisterStore,  # type: ignore[no-untyped-def]
                                                            tmp_path: Path) -> None:
    """With a pseudo-translation loaded, no English source text may be left on any page: a string
    shown without the translator (or looked up in another context than lupdate saw) fails here."""
    from ui.main_window import MainWindow
    from ui.models import LANGUAGE_KEY
    from ui.start_screen import StartScreen

    sources = {source for _context, source in messages(fresh)}
    plain = {s.replace("&", "") for s in sources}
    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(pseudo_translation(fresh, tmp_path)))
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == WRAP.format("&File")
        ctx = make_ctx(register_store, tmp_path)
        # Reference values (enums, countries, check messages) in French, so that they cannot pass
        # for English GUI strings.
        ctx.settings.setValue(LANGUAGE_KEY, "fr")
        window = MainWindow(ctx, Translator("fr"), load="sync")
        show(qtbot, window)
        texts = screen_texts(window)
        pages = window.navigator.keys()  # a list of page keys (not a mapping)
        for key in pages:
            window.show_page(key)
            settle(qtbot)
            texts += screen_texts(window)
        uuid = register_store.find_activity("PA-011").uuid
        assert window.open_activity(uuid)
        settle(qtbot)
        texts += screen_texts(window)
        start = StartScreen("fr")
        qtbot.addWidget(start)
        texts += screen_texts(start)
        for dialog in dialogs(window, ctx, tmp_path):
            qtbot.addWidget(dialog)
            texts += screen_texts(dialog)
    finally:
        app.removeTranslator(translator)
    leaks = sorted({t for t in texts if (t in sources or t.replace("&", "") in plain) and t not in PRODUCT_NAMES})
    assert not leaks, "shown untranslated: " + ", ".join(repr(t) for t in leaks)


# --- switching language --------------------------------------------------------------------------


def use_compiled_translations(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real resources, with the translations compiled from the .ts files as they are now."""
    compiled = folder / "translations"
    compiled.mkdir()
    for language in [*LANGUAGES, "en"]:
        lrelease(TRANSLATIONS / f"ropa_{language}.ts", compiled / f"ropa_{language}.qm")
        (compiled / f"ropa_{language}.ts").symlink_to(TRANSLATIONS / f"ropa_{language}.ts")  # ui.retranslate reads them
    resources = folder / "resources"
    resources.mkdir()
    for child in resources_dir().iterdir():
        if child.name != "translations":
            (resources / child.name).symlink_to(child)
    (resources / "translations").symlink_to(compiled)
    monkeypatch.setenv("ROPA_RESOURCES", str(resources))


def test_every_page_fits_a_1280_pixel_window_in_every_language(qtbot, register_store: RegisterStore,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path, monkeypatch) -> None:
    """Longer words (German, French) must wrap or elide, never push the window past a laptop screen."""
    from ui.app import RopaApp

    use_compiled_translations(tmp_path, monkeypatch)
    ropa = RopaApp(make_settings(tmp_path), load="sync")
    too_wide = []
    try:
        path = register_store.path
        register_store.close()
        assert ropa.open_path(path)
        for language in ["en", *LANGUAGES]:
            ropa.set_language(language)
            window = ropa.window
            assert window is not None
            window.resize(1280, 800)
            settle(qtbot)
            assert window.menuBar().actions()[0].text() != "&File" or language == "en"
            pages = window.navigator.keys()  # a list of page keys (not a mapping)
            for key in pages:
                window.show_page(key)
                settle(qtbot, 1)
                if window.minimumSizeHint().width() > 1280:
                    too_wide.append(f"{language} {key}: {window.minimumSizeHint().width()} px")
            assert ropa.ctx is not None
            window.open_activity(ropa.ctx.store.find_activity("PA-011").uuid)
            settle(qtbot, 1)
            if window.minimumSizeHint().width() > 1280:
                too_wide.append(f"{language} editor: {window.minimumSizeHint().width()} px")
    finally:
        ropa.set_language("en")
        ropa.close_register(show_start=False)
        ropa.start.close()
    assert not too_wide


def test_switching_language_rebuilds_the_window_and_keeps_the_register(qtbot, register_store: RegisterStore,  # type: ignore[no-untyped-def]
                                                                      tmp_path: Path, monkeypatch) -> None:
    from dataclasses import replace

    from ui.app import RopaApp
    from ui.commands import SaveActivityCommand, execute
    from ui.models import LANGUAGE_KEY

    use_compiled_translations(tmp_path, monkeypatch)
    settings = make_settings(tmp_path)
    ropa = RopaApp(settings, load="sync")
    try:
        path = register_store.path
        register_store.close()
        assert ropa.open_path(path)
        window = ropa.window
        assert window is not None  # owned by RopaApp, which closes it (not qtbot: it is deleted on the switch)
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[0] == "&File"
        ctx = ropa.ctx
        assert ctx is not None
        before = ctx.store.find_activity("PA-004")
        uuid = before.uuid
        execute(ctx, SaveActivityCommand(ctx, before, replace(before, name="Renamed before the switch")))
        assert window.open_activity(uuid)
        window.findChild(QAction, "language_de").trigger()
        settle(qtbot)
        german = ropa.window
        assert german is not None and german is not window
        assert settings.value(LANGUAGE_KEY) == "de"
        assert [a.text() for a in german.menuBar().actions()][0] != "&File"
        assert german.findChild(QAction, "language_de").isChecked()
        assert german.editor.current_uuid() == uuid  # still editing the same activity
        assert ropa.ctx is ctx and ctx.store.path == path  # the register stayed open
        # The undo history survives: the edit made in English is undone in the German window.
        ctx.undo_stack.undo()
        assert ctx.store.find_activity("PA-004").name == before.name
        model = german.activities.model
        qtbot.waitUntil(lambda: model.row_at(model.row_of(uuid)).summary.name == before.name)
        ropa.set_language("fr")
        settle(qtbot)
        assert ropa.window is not None and ropa.window.menuBar().actions()[0].text() != "&File"
        assert ropa.start.language.currentData() == "fr"
    finally:
        ropa.set_language("en")
        ropa.close_register(show_start=False)
        ropa.start.close()
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
