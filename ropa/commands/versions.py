"""``ropa versions``: list the frozen versions kept inside a register file."""

from __future__ import annotations

import argparse

from ropa.commands._common import file_argument, open_store
from ropa.i18n import LANGUAGES, Translator


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "versions",
        help="list the frozen versions of the register",
        description="List the frozen versions of the register, oldest first, with their SHA-256 fingerprints.",
    )
    file_argument(parser)
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the headings (default: the register's language)")
    parser.set_defaults(handler=run)


def language_of(args: argparse.Namespace, register_language: str) -> Translator:
    language = args.lang or register_language
    return Translator(language if language in LANGUAGES else "en")


def run(args: argparse.Namespace) -> int:
    from ropa.versions import list_versions

    with open_store(args.file, readonly=True) as store:
        versions = list_versions(store)
        t = language_of(args, store.organisation().language)
    if not versions:
        print(t("versions.cli.no_versions"))
        return 0
    heads = [t(f"versions.cli.{key}") for key in ("name", "frozen_at", "frozen_by", "approved_by", "activities")]
    rows = [
        [v.name, v.frozen_at.strftime("%Y-%m-%d %H:%M UTC"), v.frozen_by, v.approved_by, str(v.activities)]
        for v in versions
    ]
    widths = [max(len(r[i]) for r in [heads, *rows]) for i in range(len(heads))]
    print("  ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True)) + "  " + t("versions.cli.fingerprint"))
    for row, version in zip(rows, versions, strict=True):
        cells = [c.rjust(w) if i == 4 else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        print("  ".join(cells) + "  " + version.fingerprint)
    return 0
