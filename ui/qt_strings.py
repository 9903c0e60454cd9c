"""Qt's own strings that Qt's catalogues do not translate (yet), translated in ropa's catalogue.

Qt renamed some labels of its file dialog ("Look in:" became "&Look in:") and the French and
Dutch qtbase catalogues still have only the old text, so a Dutch file dialog said "Look in:".
Qt asks every installed translator in turn, so ropa's catalogue answers where Qt's is silent.
``tests/ui/test_qt_translations.py`` finds such strings in the dialogs ropa uses.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MISSING_IN_QT = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
