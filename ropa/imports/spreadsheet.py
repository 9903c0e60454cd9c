"""Spreadsheet import dispatcher: which reader a .xlsx, .ods or .csv file needs.

With ``--mapping`` (``ImportOptions.mapping``) the file is read through that column mapping.
Otherwise the layout is recognised from the file's content: ropa's own Excel export (round trip)
or the CNIL "registre simplifié"; any other layout needs a mapping, and the error says how to get
a first one (``ropa import REGISTER SOURCE --guess-mapping OUT.json``).
"""

from __future__ import annotations

from pathlib import Path

from ropa.domain.model import Register
from ropa.imports import ImportOptions
from ropa.imports.common import Context, ImportedRegister
from ropa.imports.sheets import Workbook, read_workbook


def language_of(current: Register, options: ImportOptions) -> str:
    return str(options.extra.get("language") or current.organisation.language or "en")


def detect_layout(workbook: Workbook) -> str | None:
    """``"ropa"`` (our own Excel export), ``"cnil"``, or None (a mapping is needed)."""
    from ropa.imports import cnil, own_xlsx

    if own_xlsx.detect(workbook):
        return "ropa"
    if cnil.detect(workbook):
        return "cnil"
    return None


def import_workbook(workbook: Workbook, current: Register, ctx: Context, options: ImportOptions) -> ImportedRegister:
    from ropa.imports import cnil, own_xlsx

    if options.mapping is not None:
        from ropa.imports.mapping import import_with_mapping, load_mapping

        return import_with_mapping(workbook, load_mapping(options.mapping, ctx), current, ctx)
    layout = detect_layout(workbook)
    if layout == "ropa":
        return own_xlsx.import_workbook(workbook, current, ctx)
    if layout == "cnil":
        return cnil.import_workbook(workbook, current, ctx)
    raise ctx.fail("unknown_layout", file=workbook.path.name)


def read(path: Path, current: Register, options: ImportOptions) -> Register:
    """The ``IMPORTERS`` entry for .xlsx, .ods and .csv: nothing is written, all problems at once."""
    ctx = Context(language_of(current, options), Path(path).name)
    workbook = read_workbook(path, language=ctx.language)
    incoming = import_workbook(workbook, current, ctx, options)
    # Cells were checked as they were read; this is the last word on what reaches the store
    # (a value an importer built, a language or country code): the same rule as the JSON import.
    from ropa.domain.validation import register_problems
    from ropa.errors import Problems

    problems = Problems()
    for where, problem in register_problems(incoming):
        problems.add(f"{where}: {problem}")
    problems.raise_if_any()
    return incoming
