"""``ropa import``: merge a source file into a register (all or nothing)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ropa.commands._common import file_argument, open_store
from ropa.imports import ImportOptions, read_source


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "import",
        help="merge a source file into a register",
        description="Merge a source file into a register in one transaction: items matched by UUID are "
        "updated, new items are added, nothing is deleted. An invalid source changes nothing.",
    )
    file_argument(parser)
    parser.add_argument("source", type=Path, help="the file to import (.json)")
    parser.add_argument("--mapping", type=Path, help="a saved column mapping (for spreadsheets)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every problem of an invalid source")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args.file) as store:
        incoming = read_source(args.source, store.snapshot(), ImportOptions(mapping=args.mapping))
        summary = store.import_register(incoming)
    print(f"Imported {args.source} into {args.file}")
    for line in summary.lines():
        print(f"  {line}")
    return 0
