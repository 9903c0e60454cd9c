"""``ropa check``: run the compliance checks on a register and report the findings.

Exit status: 0 when no error is left open (warnings, info and accepted errors do not count),
1 when at least one error is open, 2 on bad input (no such file, not a register, bad option).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date

from ropa.commands._common import file_argument, open_store
from ropa.i18n import LANGUAGES, Translator

EXIT_CLEAN, EXIT_ERRORS = 0, 1


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "check",
        help="check the register for missing or inconsistent items",
        description="Check the register against Art. 30 GDPR and related rules. Exit status: 0 when no error "
        "is left open, 1 when errors are found, 2 on bad input.",
    )
    file_argument(parser)
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the messages (default: the register's language)")
    parser.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="check as of this date instead of today (reviews, adequacy decisions)"
    )
    parser.set_defaults(handler=run)


def parse_date(value: str | None, t: Translator) -> date:
    """The --as-of date, or today; a malformed date is bad input (exit 2)."""
    from ropa.errors import ValidationError

    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError([t("checks.error.bad_date", value=value)]) from None


def use_colour() -> bool:
    """Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def run(args: argparse.Namespace) -> int:
    from ropa.checks import run_checks, summarise
    from ropa.checks.report import json_report, text_report

    with open_store(args.file, readonly=True) as store:
        register = store.snapshot()
    language = args.lang or register.organisation.language
    t = Translator(language if language in LANGUAGES else "en")
    as_of = parse_date(args.as_of, t)
    findings = run_checks(register, today=as_of)
    if args.format == "json":
        report = json_report(register, findings, t, as_of)
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(text_report(register, findings, t, as_of, colour=use_colour()) + "\n")
    return EXIT_ERRORS if summarise(findings).failed else EXIT_CLEAN
