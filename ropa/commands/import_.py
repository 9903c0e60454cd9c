"""``ropa import``: merge a source file into a register (all or nothing), after showing what changes.

Sources: ropa JSON, ropa's own Excel export, the CNIL "registre simplifié" (.ods/.xlsx), or any
.xlsx/.ods/.csv through a saved column mapping (``--mapping``). The preview of every change is
printed first; ``--dry-run`` stops there. ``--guess-mapping OUT.json`` writes a first mapping for a
spreadsheet of another layout, to check and edit before importing with ``--mapping OUT.json``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ropa.commands._common import file_argument, open_store
from ropa.i18n import LANGUAGES, Translator
from ropa.imports import ImportOptions, plan_source
from ropa.imports.plan import apply_plan


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "import",
        help="merge a source file into a register",
        description="Merge a source file into a register in one transaction: items matched by UUID or reference "
        "are updated, new items are added, nothing is deleted. The changes are listed first. An invalid source "
        "changes nothing. Sources: .json (ropa), .xlsx/.ods (ropa's Excel export, the CNIL 'registre simplifié'), "
        "or any .xlsx/.ods/.csv with --mapping.",
    )
    file_argument(parser)
    parser.add_argument("source", type=Path, help="the file to import (.json, .xlsx, .ods, .csv)")
    parser.add_argument("--mapping", type=Path, help="a saved column mapping (for spreadsheets of another layout)")
    parser.add_argument(
        "--guess-mapping",
        type=Path,
        metavar="OUT.json",
        help="write a first column mapping for SOURCE to OUT.json (to check and edit), and import nothing",
    )
    parser.add_argument("--dry-run", action="store_true", help="only list the changes; write nothing")
    parser.add_argument("--summary", action="store_true", help="list the changed items without their fields")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the messages (default: the register's)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every problem of an invalid source")
    parser.set_defaults(handler=run)


def _guess(args: argparse.Namespace, language: str) -> int:
    from ropa.imports.mapping import field_label, guess_for_workbook, save_mapping
    from ropa.imports.sheets import read_workbook

    workbook = read_workbook(args.source, language=language)
    mapping = guess_for_workbook(workbook)
    save_mapping(mapping, args.guess_mapping)
    t = Translator(language)
    print(t("import.cli.guessed", file=args.guess_mapping, sheet=mapping.sheet or "", row=mapping.header_row or 1))
    for header, target in mapping.columns.items():
        print(f"  {header} → {field_label(target, language)}")
    print(t("import.cli.guessed_next", register=args.file, source=args.source, mapping=args.guess_mapping))
    return 0


def run(args: argparse.Namespace) -> int:
    from ropa.outputs import protect

    for source in (args.file, args.source, args.mapping):  # --guess-mapping must not overwrite an input
        if source is not None:
            protect(source)
    if args.guess_mapping:
        from ropa.outputs import check_target

        check_target(args.guess_mapping)
    with open_store(args.file, readonly=args.dry_run or bool(args.guess_mapping)) as store:
        current = store.snapshot()
        language = args.lang or current.organisation.language or "en"
        if language not in LANGUAGES:
            language = "en"
        if args.guess_mapping:
            return _guess(args, language)
        plan = plan_source(args.source, current, ImportOptions(mapping=args.mapping), language=language)
        for line in plan.lines(details=not args.summary):
            print(line)
        if args.dry_run:
            print(Translator(language)("import.plan.dry_run"))
            return 0
        summary = apply_plan(store, plan)
    print(f"Imported {args.source} into {args.file}")
    for line in summary.lines():
        print(f"  {line}")
    return 0
