"""``ropa templates``: list, search and show the library of activity templates and sector packs."""

from __future__ import annotations

import argparse

from ropa.i18n import LANGUAGES, Translator


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "templates",
        help="list the library of activity templates",
        description="List the activity templates (one a line: id, then name in the chosen language), search them, "
        "show one in full, or list the sector packs. Your own templates are read from the user template folder "
        "and from the folders in ROPA_TEMPLATES (see docs/templates.md).",
    )
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the names (default: en)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--search", metavar="TEXT", help="only templates whose name, description or keywords hold every word"
    )
    group.add_argument("--show", metavar="ID", help="print one template's content")
    group.add_argument("--packs", action="store_true", help="list the sector packs for 'ropa new --pack'")
    parser.set_defaults(handler=run)


def _columns(rows: list[tuple[str, str]]) -> list[str]:
    width = max((len(key) for key, _ in rows), default=0)
    return [f"{key:<{width}}  {text}" for key, text in rows]


def run(args: argparse.Namespace) -> int:
    from ropa.templates import load_library, preview
    library = load_library()
    lang = args.lang
    if args.show:
        print("\n".join(preview(library.get(args.show), lang)))
        return 0
    if args.packs:
        t = Translator(lang)
        rows = [
            (p.id, f"{p.name.get(lang)} ({t('templates.show.pack_templates', count=len(p.templates))})")
            for p in library.packs.values()
        ]
        for line in _columns(rows):
            print(line)
        return 0
    templates = library.search(args.search, lang) if args.search else list(library)
    for line in _columns([(tpl.id, tpl.name.get(lang)) for tpl in templates]):
        print(line)
    return 0
