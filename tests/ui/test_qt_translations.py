"""Qt's own dialogs and menus in the interface language: file dialogs, wizards, message boxes, the
context menu of text fields. Qt's catalogues miss a few strings ("&Look in:" in French and Dutch);
ropa's own catalogue fills them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from tests.ui.app_fixtures import IGNORED_QT_NOTICES
from ui.app import install_translators

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]

# Words that are the same in the language (not untranslated): French and Dutch "Type", German "Name".
SAME_WORDS = {"fr": {"Type", "OK"}, "nl": {"Type", "OK"}, "de": {"Name", "OK"}}


def qt_texts(qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    """What Qt itself writes in the dialogs and menus ropa uses (widget-based, as on Linux)."""
    texts: list[str] = []
    widgets: list[QWidget] = []
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "x", str(Path.home()))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        dialog.setNameFilter("ropa (*.ropa)")
        widgets.append(dialog)
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    widgets.append(wizard)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Yes
                           | QDialogButtonBox.StandardButton.No | QDialogButtonBox.StandardButton.Save)
    widgets.append(box)
    for widget in widgets:
        qtbot.addWidget(widget)
        widget.show()
        for label in widget.findChildren(QLabel):
            texts.append(label.text())
        for button in widget.findChildren(QAbstractButton):
            texts += [button.text(), button.toolTip()]
        for header in widget.findChildren(QHeaderView):
            if header.model() is not None:
                texts += [str(header.model().headerData(i, header.orientation())) for i in range(header.count())]
        widget.close()
    field = QLineEdit()
    qtbot.addWidget(field)
    field.setText("x")
    menu = field.createStandardContextMenu()
    texts += [a.text() for a in menu.actions() if not a.isSeparator()]
    return [t for t in texts if t.strip()]


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_qt_dialogs_speak_the_interface_language(qtbot, qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    english = qt_texts(qtbot)
    installed = install_translators(qapp, language)
    try:
        translated = qt_texts(qtbot)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")
    assert len(english) == len(translated)
    untranslated = sorted({e for e, t in zip(english, translated, strict=True) if e == t} - SAME_WORDS[language])
    assert not untranslated, f"{language}: {untranslated}"
