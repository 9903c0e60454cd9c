"""Benchmark: the worst inputs within each documented import limit, accepted or refused in < 10 s.

Each case is a real file written to a temporary folder, then read in a fresh process exactly as
``ropa import --dry-run`` reads it (``plan_source``: reading, validation, the preview), so that the
peak memory (``ru_maxrss``) is that case's alone. Printed per case: outcome (the first line of the
refusal, or the number of changes), seconds, peak MB, and the ratio of the time to the baseline of
the same run (the demo register's own JSON export and a 40-row CSV). Exit status 1 when a case
takes 10 s or more or 500 MB or more.

    .venv/bin/python bench/bench_import.py [--only NAME] [--keep DIR]

Cases (limits: docs/import.md, docs/format.md):

* JSON: 105 MB of empty lists (the report of issue 14; past the 64 MB limit), 64 MB of empty
  lists (past the value budget), 1.5 M - 1 values each a problem (the first 100 are listed), 1.5 M
  short strings, a valid 7,000-activity register, 60 MB of one string.
* XLSX: 100,000 cells with data (the cell budget) through a column mapping, 999 sheets over one
  part, a shared-string part of 128 MB unpacked (the XML budget), 1.5 M shared strings.
* ODS: 1 KB repeating a cell 100 million times, 100,000 real cells.
* CSV: 19 MB of blank lines, 100,000 cells through a mapping, 19 MB of cells of 32,000
  characters, 64 KB of quoted cells (what made csv.Sniffer quadratic).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

BUDGET_SECONDS = 10.0
BUDGET_MB = 500.0
HEADERS = ["Nom du traitement", "N° / RÉF", "Finalités", "Base légale", "Personnes concernées", "Données traitées",
           "Destinataires", "Durée de conservation", "Pays tiers", "Garanties", "Date de création"]
ROW = ["Gestion de la paie {i}", "RH-{i}", "Calcul des salaires", "Obligation légale", "Salariés",
       "Identité ; Coordonnées bancaires", "Expert-comptable", "5 ans à compter de la fin du contrat", "", "",
       "15/01/2021"]


# --- the worker: one read, in its own process ---------------------------------------------------------


def work(path: Path, mapping: Path | None) -> dict[str, object]:
    from ropa.demo import demo_register
    from ropa.errors import RopaError
    from ropa.imports import ImportOptions, plan_source

    current = demo_register()
    started = time.perf_counter()
    try:
        plan = plan_source(path, current, ImportOptions(mapping=mapping))
        outcome = f"accepted: {len(plan.changes):,} changes"
    except RopaError as exc:
        outcome = "refused: " + str(exc)[:150]
    seconds = time.perf_counter() - started
    return {"outcome": outcome, "seconds": seconds, "mb": peak_mb()}


def peak_mb() -> float:
    """This process's peak memory. ru_maxrss survives exec on Linux (it would show the parent's
    peak, which built the input), so the peak of this address space (VmHWM) is read where it exists."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- the inputs ------------------------------------------------------------------------------------------


def json_head() -> bytes:
    return b'{"format": "ropa-register", "format_version": 1, "organisation": {"uuid": "o", "legal_name": "A"},'


def json_empty_lists(folder: Path, megabytes: int) -> Path:
    path = folder / f"empty-lists-{megabytes}mb.json"
    count = megabytes * 1024 * 1024 // 3
    with open(path, "wb") as out:
        out.write(json_head() + b'"activities": [')
        out.write(b"[]," * (count - 1) + b"[]]}")
    return path


def json_problems(folder: Path) -> Path:
    path = folder / "problems.json"
    with open(path, "wb") as out:
        out.write(json_head() + b'"activities": [' + b"1," * 1_499_980 + b"1]}")
    return path


def json_strings(folder: Path) -> Path:
    path = folder / "strings.json"
    with open(path, "wb") as out:
        out.write(json_head() + b'"activities": [' + b'"abcdefghijklmnopqrstuvwxyz0123456789",' * 1_499_980 + b'""]}')
    return path


def json_valid(folder: Path) -> Path:
    from synthetic import synthetic_register

    from ropa.exchange import json_format

    path = folder / "valid-7000.json"
    path.write_text(json_format.dumps(synthetic_register(7000)), encoding="utf-8")
    return path


def json_one_string(folder: Path) -> Path:
    path = folder / "one-string.json"
    with open(path, "wb") as out:
        out.write(json_head() + b'"activities": [{"uuid": "a", "reference": "PA-1", "name": "')
        out.write(b"x" * (60 * 1024 * 1024) + b'"}]}')
    return path


def json_baseline(folder: Path) -> Path:
    from ropa.demo import demo_register
    from ropa.exchange import json_format

    path = folder / "demo.json"
    path.write_text(json_format.dumps(demo_register()), encoding="utf-8")
    return path


def rows(count: int) -> list[list[str]]:
    return [HEADERS] + [[c.format(i=i) for c in ROW] for i in range(count)]


def mapping_for(folder: Path) -> Path:
    from ropa.imports.mapping import guess_for_workbook, save_mapping
    from ropa.imports.sheets import read_workbook

    sample = folder / "sample.csv"
    write_csv(sample, rows(2))
    path = folder / "mapping.json"
    mapping = guess_for_workbook(read_workbook(sample))
    save_mapping(type(mapping)(mapping.columns, None, 1, mapping.values, mapping.name), path)
    return path


def write_csv(path: Path, table: list[list[str]]) -> Path:
    import csv

    with open(path, "w", newline="", encoding="utf-8") as out:
        csv.writer(out, delimiter=";").writerows(table)
    return path


def csv_baseline(folder: Path) -> Path:
    return write_csv(folder / "baseline.csv", rows(40))


def csv_cells(folder: Path) -> Path:
    """100,000 cells with data (the budget), with longer purposes."""
    table = rows(100_000 // len(HEADERS) - 1)
    padding = "Calcul des salaires et des cotisations " * 4
    for row in table[1:]:
        row[2] = padding
        row[7] = "5 ans à compter de la fin du contrat " + padding[:60]
    return write_csv(folder / "cells.csv", table)


def csv_blank(folder: Path) -> Path:
    path = folder / "blank.csv"
    path.write_bytes((";".join(HEADERS) + "\n").encode() + b"\n" * (19 * 1024 * 1024))
    return path


def csv_long_cells(folder: Path) -> Path:
    """19 MB within every limit: 600 rows whose purpose is a 32,000-character cell."""
    table = rows(600)
    for i, row in enumerate(table[1:]):
        row[2] = (f"purpose {i} " * 4_000)[:32_000]
    return write_csv(folder / "long-cells.csv", table)


def csv_sniffer(folder: Path) -> Path:
    """64 KB of quoted cells, the shape that made csv.Sniffer quadratic."""
    path = folder / "sniffer.csv"
    path.write_text(";".join(HEADERS) + "\n" + ('"a";' * 10 + "'b'\n") * 1_400, encoding="utf-8")
    return path


def xlsx_cells(folder: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Registre")
    for row in rows(100_000 // len(HEADERS) - 1):
        sheet.append(row)
    path = folder / "cells.xlsx"
    book.save(path)
    return path


def _rewrite(path: Path, changes: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    members.update(changes)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members.items():
            target.writestr(name, data)


def xlsx_shared_part(folder: Path) -> Path:
    import openpyxl

    path = folder / "999-sheets.xlsx"
    book = openpyxl.Workbook()
    for i in range(20_000):
        book.active.append([f"value {i}", i, "x" * 40])
    book.save(path)
    entries = "".join(f'<sheet name="S{i}" sheetId="{i + 1}" r:id="rId{i + 100}"/>' for i in range(999))
    rels = "".join(
        f'<Relationship Id="rId{i + 100}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'worksheet" Target="worksheets/sheet1.xml"/>' for i in range(999)
    )
    with zipfile.ZipFile(path) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
        relations = archive.read("xl/_rels/workbook.xml.rels").decode()
    import re

    workbook = re.sub(r"<sheets>.*</sheets>", f"<sheets>{entries}</sheets>", workbook)
    relations = relations.replace("</Relationships>", rels + "</Relationships>")
    _rewrite(path, {"xl/workbook.xml": workbook.encode(), "xl/_rels/workbook.xml.rels": relations.encode()})
    return path


def _shared_strings(path: Path, body: Callable[[], bytes]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Nom du traitement"])
    book.save(path)
    head = b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    _rewrite(path, {"xl/sharedStrings.xml": head + body() + b"</sst>"})
    return path


def xlsx_big_strings(folder: Path) -> Path:
    """A shared-string part just under the 128 MB XML budget, compressed about 20:1: 4,200 strings
    of 30,000 characters (each a random 2,000-character run repeated, which deflate finds)."""
    rng = random.Random(1)
    alphabet = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 "

    def body() -> bytes:
        pieces = []
        for _ in range(4_200):
            run = bytes(rng.choice(alphabet) for _ in range(2_000))
            pieces.append(b"<si><t>" + run * 15 + b"</t></si>")
        return b"".join(pieces)

    return _shared_strings(folder / "big-strings.xlsx", body)


def xlsx_many_strings(folder: Path) -> Path:
    """Shared strings up to the element budget (two elements each: 740,000 strings)."""
    return _shared_strings(folder / "many-strings.xlsx",
                           lambda: b"".join(b"<si><t>s%d</t></si>" % i for i in range(740_000)))


ODS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
    '<table:table table:name="Registre">'
)
ODS_TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>"


def _ods(path: Path, content: str) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def ods_repeats(folder: Path) -> Path:
    row = ('<table:table-row table:number-rows-repeated="100000"><table:table-cell '
           'table:number-columns-repeated="1024"><text:p>x</text:p></table:table-cell></table:table-row>')
    return _ods(folder / "repeats.ods", ODS_HEAD + row + ODS_TAIL)


def ods_cells(folder: Path) -> Path:
    def row(values: list[str]) -> str:
        cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
                        for v in values)
        return f"<table:table-row>{cells}</table:table-row>"

    body = "".join(row(r) for r in rows(100_000 // len(HEADERS) - 1))
    return _ods(folder / "cells.ods", ODS_HEAD + body + ODS_TAIL)


CASES: dict[str, tuple[Callable[[Path], Path], bool]] = {
    # name: (builder, needs the column mapping)
    "baseline: demo register JSON": (json_baseline, False),
    "baseline: 40-row CSV": (csv_baseline, True),
    "JSON 105 MB of empty lists": (lambda f: json_empty_lists(f, 105), False),
    "JSON 64 MB of empty lists": (lambda f: json_empty_lists(f, 63), False),
    "JSON 1.5 M values, each a problem": (json_problems, False),
    "JSON 1.5 M short strings": (json_strings, False),
    "JSON valid, 7,000 activities": (json_valid, False),
    "JSON 60 MB in one string": (json_one_string, False),
    "XLSX 100,000 cells, mapped": (xlsx_cells, True),
    "XLSX 999 sheets over one part": (xlsx_shared_part, False),
    "XLSX 128 MB of shared strings": (xlsx_big_strings, False),
    "XLSX 740,000 shared strings": (xlsx_many_strings, True),
    "ODS 1 KB repeating 100 M cells": (ods_repeats, False),
    "ODS 100,000 cells, mapped": (ods_cells, True),
    "CSV 19 MB of blank lines": (csv_blank, True),
    "CSV 100,000 cells, mapped": (csv_cells, True),
    "CSV 19 MB of 32,000-character cells": (csv_long_cells, True),
    "CSV 64 KB against the sniffer": (csv_sniffer, True),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="run the cases whose name contains this text")
    parser.add_argument("--keep", type=Path, help="write the inputs to this folder and keep them")
    parser.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        source, mapping = args.worker
        print(json.dumps(work(Path(source), Path(mapping) if mapping != "-" else None)))
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    mapping = mapping_for(folder)
    failed = False
    baseline: float | None = None
    print(f"{'case':40} {'size':>9} {'seconds':>8} {'× base':>7} {'peak MB':>8}  outcome")
    for name, (build, mapped) in CASES.items():
        if args.only and args.only not in name and not name.startswith("baseline"):
            continue
        path = build(folder)
        size = path.stat().st_size
        done = subprocess.run(
            [sys.executable, __file__, "--worker", str(path), str(mapping) if mapped else "-"],
            capture_output=True, text=True, check=False, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        if done.returncode != 0:
            print(f"{name:40} worker failed: {done.stderr.strip().splitlines()[-1:]}")
            failed = True
            continue
        result = json.loads(done.stdout)
        seconds, mb = float(result["seconds"]), float(result["mb"])
        if name.startswith("baseline") and baseline is None:
            baseline = seconds
        ratio = f"{seconds / baseline:7.1f}" if baseline else "      -"
        over = seconds >= BUDGET_SECONDS or mb >= BUDGET_MB
        failed |= over
        shown = f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.1f} KB"
        print(f"{name:40} {shown:>9} {seconds:8.2f} {ratio} {mb:8.0f}  {'OVER BUDGET ' if over else ''}{result['outcome']}")
        if not args.keep:
            path.unlink()
    print(f"budget: every case under {BUDGET_SECONDS:.0f} s and {BUDGET_MB:.0f} MB: {'NO' if failed else 'yes'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
