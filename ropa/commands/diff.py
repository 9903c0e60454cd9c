"""``ropa diff``: what changed between two frozen versions, or since a version (a change report)."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

from ropa.commands._common import file_argument, open_store
from ropa.errors import ValidationError
from ropa.i18n import LANGUAGES

FORMATS = ("text", "json", "pdf", "xlsx")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "diff",
        help="compare two versions of the register (change report)",
        description=(
            "Compare two frozen versions, or a version and the current register, and list the activities added, "
            "removed and changed with every changed field before and after."
        ),
    )
    file_argument(parser)
    parser.add_argument("--from", dest="old", metavar="VERSION", help="the earlier version (default: the latest)")
    parser.add_argument(
        "--to", dest="new", metavar="VERSION", default="current",
        help='the later version, or "current" for the register as it is now (default)',
    )
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("-o", "--output", type=Path, help="the file to write (required for pdf and xlsx)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the report (default: the register's language)")
    parser.add_argument("--page-size", choices=["A4", "Letter"], default="A4", help="paper size (PDF)")
    parser.set_defaults(handler=run)


def _write_text(path: Path | None, text: str) -> None:
    if path is None:
        sys.stdout.write(text)
        return
    from ropa.outputs import write_text

    write_text(path, text)


def run(args: argparse.Namespace) -> int:
    from ropa.exports import ExportOptions
    from ropa.i18n import Translator
    from ropa.versions import compare, report_text

    if args.format in ("pdf", "xlsx") and args.output is None:
        raise ValidationError([f"a {args.format} change report needs a file: add -o FILE"])
    if args.output is not None:
        from ropa.outputs import check_target, protect

        protect(args.file)
        check_target(args.output)  # refused before the work, and checked again when the file is written
    with open_store(args.file, readonly=True) as store:
        language = args.lang or store.organisation().language
        language = language if language in LANGUAGES else "en"
        report = compare(store, args.old, args.new, language)
    if args.format == "text":
        _write_text(args.output, report_text(report))
    elif args.format == "json":
        _write_text(args.output, json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        module = importlib.import_module(f"ropa.exports.change_report_{args.format}")
        module.export(report, args.output, ExportOptions(language=language, page_size=args.page_size))
    if args.output is not None:
        print(Translator(language)("versions.cli.written", path=args.output))
    return 0
