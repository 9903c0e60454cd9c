"""``ropa add-template``: add activities made from library templates to a register (one transaction)."""

from __future__ import annotations

import argparse

from ropa.commands._common import file_argument, open_store
from ropa.i18n import LANGUAGES


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "add-template",
        help="add an activity made from a template",
        description="Add a new draft activity made from a library template ('ropa templates' lists them) and "
        "print its reference. Catalogue items the register already has (same name, ignoring case and accents) "
        "are reused. Several ids add several activities, all or none.",
    )
    file_argument(parser)
    parser.add_argument("template_ids", nargs="+", metavar="TEMPLATE_ID", help="id of the template to add")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the texts (default: the register's language)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ropa.templates import add_from_templates, load_library
    library = load_library()
    for template_id in args.template_ids:
        library.get(template_id)  # unknown ids fail before the register is opened for writing
    with open_store(args.file) as store:
        lang = args.lang or store.organisation().language or "en"
        if lang not in LANGUAGES:
            lang = "en"
        added = add_from_templates(store, args.template_ids, lang, library)
    for activity in added:
        print(f"{activity.reference}  {activity.name}")
    return 0
