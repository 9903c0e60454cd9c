"""Qt item models over plain snapshot objects (never live ORM rows).

``ui_language`` / ``ui_translator`` pick the language for reference values (recipient types, legal
bases, country names...) shown in the GUI, so they read exactly like the exports in that language.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from ropa.i18n import DEFAULT_LANGUAGE, LANGUAGES, Translator

# QSettings key of the interface language ("en", "fr", "nl" or "de").
LANGUAGE_KEY = "ui/language"

SORT_ROLE = 0x0100 + 10  # Qt.UserRole + 10: the raw value a column sorts by
UUID_ROLE = 0x0100 + 11  # Qt.UserRole + 11: the uuid of the row's object
SEARCH_ROLE = 0x0100 + 12  # Qt.UserRole + 12: all the row's text, for the search box


def ui_language(settings: QSettings | None) -> str:
    """The interface language: the setting if valid, else the system language if supported, else English."""
    value = settings.value(LANGUAGE_KEY) if settings is not None else None
    if isinstance(value, str) and value in LANGUAGES:
        return value
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else DEFAULT_LANGUAGE


def ui_translator(settings: QSettings | None) -> Translator:
    return Translator(ui_language(settings))


def language_name(code: str, in_language: str) -> str:
    """'French', 'français'...: a language named in another language (CLDR data via babel)."""
    from babel import Locale

    name = Locale.parse(code).get_display_name(in_language) or code
    return name[:1].upper() + name[1:]
