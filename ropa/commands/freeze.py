"""``ropa freeze``: keep the register as it is now as a named, immutable version inside the file."""

from __future__ import annotations

import argparse

from ropa.commands._common import file_argument, open_store
from ropa.commands.versions import language_of
from ropa.i18n import LANGUAGES


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "freeze",
        help="freeze the register as a named version",
        description=(
            "Freeze the register as it is now under a name (e.g. \"2026 annual review\"). A frozen version is "
            "kept inside the register file, never changes, and carries the fingerprint of its content."
        ),
    )
    file_argument(parser)
    parser.add_argument("--name", required=True, help="the version's name, unique in the register")
    parser.add_argument("--note", default="", help="why the version was frozen")
    parser.add_argument("--approved-by", default="", help="who approved the register in this state")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the output (default: the register's language)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ropa.versions import freeze

    with open_store(args.file) as store:
        version = freeze(store, args.name, args.note, args.approved_by)
        t = language_of(args, store.organisation().language)
    print(t("versions.cli.frozen", name=version.name, activities=version.activities, fingerprint=version.fingerprint))
    return 0
