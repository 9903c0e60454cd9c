"""Texts made in one interface language, said again in another: the undo history after a language
switch ("Modifier PA-003 : Nom" becomes "Edit PA-003: Name").

The undo commands keep the text they were given when they were made, in the language of that
moment, and the window is rebuilt in the new language while the undo stack stays. Rather than
making every caller keep its untranslated text, a text is matched against the old language's
catalogue (``resources/translations/ropa_<lang>.ts``): an exact translation, or a template with
``%1``/``%2`` whose pieces are said again in turn (a field name inside "Edit %1: %2").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from xml.etree import ElementTree

from ropa.resources import resources_dir

PLACEHOLDER = re.compile(r"%(\d)")


@dataclass(frozen=True)
class _Template:
    pattern: re.Pattern[str]
    order: tuple[int, ...]  # the placeholder number of each group, in the order they appear
    key: tuple[str, str]


@dataclass(frozen=True)
class _Catalogue:
    texts: dict[tuple[str, str], str]  # (context, source) -> text in this language
    exact: dict[str, tuple[str, str]]  # text in this language -> (context, source)
    templates: tuple[_Template, ...]


@cache
def _catalogue(language: str) -> _Catalogue:
    texts: dict[tuple[str, str], str] = {}
    path = resources_dir() / "translations" / f"ropa_{language}.ts"
    if language != "en" and path.exists():
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                element = message.find("translation")
                if element is None or element.get("type") or element.find("numerusform") is not None:
                    continue
                texts[(name, source)] = element.text or source
    return _Catalogue(texts, {}, ())


@cache
def _indexed(language: str, sources: frozenset[tuple[str, str]]) -> _Catalogue:
    """The catalogue of ``language`` over the messages known in any language (English has no file)."""
    own = _catalogue(language).texts
    texts = {key: own.get(key, key[1]) if language != "en" else key[1] for key in sources}
    exact: dict[str, tuple[str, str]] = {}
    templates = []
    for key, text in texts.items():
        exact.setdefault(text.replace("&", ""), key)
        if PLACEHOLDER.search(text):
            parts = PLACEHOLDER.split(text.replace("&", ""))
            regex = "".join(re.escape(p) if i % 2 == 0 else "(.+?)" for i, p in enumerate(parts))
            order = tuple(int(p) for p in parts[1::2])
            literal = sum(len(p) for p in parts[0::2])
            templates.append((literal, _Template(re.compile(f"^{regex}$", re.DOTALL), order, key)))
    templates.sort(key=lambda t: -t[0])  # the most specific (longest fixed text) first
    return _Catalogue(texts, exact, tuple(t for _n, t in templates))


def _sources() -> frozenset[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for language in ("fr", "nl", "de"):
        keys |= set(_catalogue(language).texts)
    return frozenset(keys)


def retranslate(text: str, old: str, new: str, depth: int = 0) -> str:
    """``text`` (made in language ``old``) in language ``new``; unknown pieces stay as they are."""
    if old == new or not text or depth > 3:
        return text
    sources = _sources()
    before, after = _indexed(old, sources), _indexed(new, sources)
    key = before.exact.get(text)
    if key is not None:
        return after.texts[key].replace("&", "")
    for template in before.templates:
        match = template.pattern.match(text)
        if match is None:
            continue
        result = after.texts[template.key].replace("&", "")
        values = {str(number): retranslate(value, old, new, depth + 1)
                  for number, value in zip(template.order, match.groups(), strict=True)}
        return PLACEHOLDER.sub(lambda m, said=values: said.get(m.group(1), m.group(0)), result)
    return text
