"""Benchmark of the exports on synthetic registers of 500 and 5,000 activities.

Usage: ``python bench/bench_export.py [--sizes 500 5000] [--formats xlsx pdf csv json] [--repeat 3]``

For each size, a synthetic register (bench/synthetic.py) is written to a temporary .ropa file through
``RegisterStore.import_register``. Then each measurement runs in a fresh Python process, so that its
peak memory (peak resident set size, everything included) is its own. Times are CPU seconds of
that process (``time.process_time``), which other work on a busy machine barely disturbs; the wall
time of the export is printed too.

Export and baseline run in turns (``--repeat`` pairs, default 3), so that both see about the same
load on a shared machine; the ratio printed is the median of the pairs' ratios, the times are the
fastest runs, the peak memory the largest.

* ``FORMAT``: open the file, ``snapshot()``, export; reports the SQL statements issued (counted
  with a ``before_cursor_execute`` event on the store's engine), the snapshot time, the export
  time (fingerprint included; also reported on its own) and the peak memory. What a process
  loads once (translation files, CLDR data, the PDF fonts) is loaded first, as the baselines do
  before their clock starts, and that warm-up time is printed apart.
* ``baseline-xlsx``: the very cells of the Excel export (computed first, not timed) written by bare
  openpyxl in write-only mode: no styles, no formula protection, no print setup.
* ``baseline-pdf``: the very text of the PDF export (every paragraph and table cell, collected
  first, not timed) laid out by bare reportlab: one plain Paragraph per text, same font, one
  SimpleDocTemplate pass. The story is fed through the same front window the exporter uses
  (``LazyStory``), because reportlab's ``build`` pops from the front of a Python list, which is
  quadratic for hundreds of thousands of flowables.

Targets (issue 4): ratio to baseline at most 1.3, SQL statements independent of the number of
activities, peak memory under 300 MB at 5,000 activities.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_RATIO = 1.3
TARGET_MEMORY_MB = 300


def clock() -> float:
    """CPU time of this process: unlike wall time, barely affected by other work on the machine."""
    return time.process_time()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def _snapshot(path: Path) -> tuple[Any, int, float]:
    from sqlalchemy import event

    from ropa.service import RegisterStore

    statements = 0

    def count(*_args: Any) -> None:
        nonlocal statements
        statements += 1

    with RegisterStore.open(path, readonly=True) as store:
        event.listen(store.db.engine, "before_cursor_execute", count)
        start = clock()
        register = store.snapshot()
        elapsed = clock() - start
    return register, statements, elapsed


def child_export(fmt: str, path: Path, out: Path) -> dict[str, Any]:
    from ropa.exports import ExportOptions, exporter
    from ropa.fingerprint import fingerprint

    register, statements, snapshot_s = _snapshot(path)
    # Once-per-process loading (translation files, CLDR data, PDF fonts): the baselines have it done
    # before their clock starts, so it is timed apart here ("warm-up") rather than in the export.
    start = clock()
    from datetime import date

    from ropa.i18n import Translator

    warm = Translator("en")
    warm.date(date.today())
    warm.number(5)
    warm.country("US")
    if fmt == "pdf":
        from ropa.exports.pdf import register_fonts

        register_fonts()
    export = exporter(fmt)  # imports openpyxl / reportlab, as the baselines do before their clock
    warmup_s = clock() - start
    start = clock()
    fingerprint(register)
    fingerprint_s = clock() - start
    start, wall = clock(), time.perf_counter()
    export(register, out, ExportOptions(language="en"))
    export_s, wall_s = clock() - start, time.perf_counter() - wall
    return {"sql": statements, "snapshot_s": snapshot_s, "export_s": export_s, "wall_s": wall_s,
            "fingerprint_s": fingerprint_s, "warmup_s": warmup_s, "peak_mb": peak_mb()}


def child_baseline_xlsx(path: Path, out: Path) -> dict[str, Any]:
    from datetime import datetime

    from openpyxl import Workbook

    from ropa.exports.tables import TabularView, cover_rows
    from ropa.i18n import Translator

    register, _statements, _s = _snapshot(path)
    view = TabularView(register, Translator("en"))
    cover = [list(r) for r in cover_rows(register, view.fmt, digest="0" * 64, exported_at=datetime.now())]
    sheets = [(view.fmt.label("sheet.cover"), [["", ""], *cover])]
    sheets += [(s.title, [list(s.headers), *s.rows()]) for s in view.sheets()]
    cells = sum(len(r) for _t, rows in sheets for r in rows)
    start = clock()
    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(out)
    return {"baseline_s": clock() - start, "cells": cells, "peak_mb": peak_mb()}


def _texts(flowable: Any) -> list[str]:
    """The text (as Paragraph markup) that one flowable of the export prints."""
    para = getattr(flowable, "para", None)
    if para is not None:
        return [para.text]
    if hasattr(flowable, "_cellvalues"):
        cells = [c for row in flowable._cellvalues for c in row]  # plain-text cells are not markup yet
        return [escape(c) if isinstance(c, str) else c.text for c in cells if isinstance(c, str) or hasattr(c, "text")]
    text = getattr(flowable, "text", None)
    return [text] if isinstance(text, str) else []


def child_baseline_pdf(path: Path, out: Path) -> dict[str, Any]:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from ropa.exports import ExportOptions
    from ropa.exports.pdf import FONT, LazyStory, PdfWriter, register_fonts

    register, _statements, _s = _snapshot(path)
    register_fonts()
    writer = PdfWriter(register, ExportOptions(language="en"))
    texts = [t for f in writer.story() for t in _texts(f)]
    style = ParagraphStyle("plain", fontName=FONT, fontSize=9, leading=11.5)
    start = clock()
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build(LazyStory(Paragraph(t, style) for t in texts))
    return {"baseline_s": clock() - start, "texts": len(texts), "peak_mb": peak_mb()}


def run_child(kind: str, path: Path, out: Path) -> dict[str, Any]:
    """One measurement in a fresh process."""
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path), str(out)],
        check=True, capture_output=True, text=True,
    )
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def measure(fmt: str, path: Path, folder: Path, repeat: int) -> tuple[dict[str, Any], dict[str, Any], float | None]:
    """Export and baseline run in turns, ``repeat`` times: each pair sees about the same machine load.

    Returns the fastest export run, the fastest baseline run, and the median of the pairs' ratios.
    """
    suffix = ".zip" if fmt == "csv" else f".{fmt}"
    exports, bases, ratios = [], [], []
    for _ in range(repeat):
        exports.append(run_child(fmt, path, folder / f"out{suffix}"))
        if fmt in ("xlsx", "pdf"):
            bases.append(run_child(f"baseline-{fmt}", path, folder / f"base{suffix}"))
            ratios.append(exports[-1]["export_s"] / bases[-1]["baseline_s"])
    best = dict(min(exports, key=lambda r: r["export_s"]))
    best["peak_mb"] = max(r["peak_mb"] for r in exports)
    base = dict(min(bases, key=lambda r: r["baseline_s"])) if bases else {}
    if bases:
        base["peak_mb"] = max(r["peak_mb"] for r in bases)
    return best, base, (statistics.median(ratios) if ratios else None)


def build_file(n: int, folder: Path) -> tuple[Path, float]:
    from bench.synthetic import synthetic_register
    from ropa.service import RegisterStore

    register = synthetic_register(n)
    path = folder / f"synthetic-{n}.ropa"
    start = time.perf_counter()
    with RegisterStore.create(path, register.organisation) as store:
        store.import_register(register)
    return path, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--formats", nargs="+", default=["xlsx", "pdf", "csv", "json"])
    parser.add_argument("--repeat", type=int, default=3, help="export/baseline pairs per measurement")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "FILE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, file, out = args.child
        if kind == "baseline-xlsx":
            result = child_baseline_xlsx(Path(file), Path(out))
        elif kind == "baseline-pdf":
            result = child_baseline_pdf(Path(file), Path(out))
        else:
            result = child_export(kind, Path(file), Path(out))
        print(json.dumps(result))
        return 0

    misses: list[str] = []
    sql_counts: dict[str, set[int]] = {}
    warmup_seen = 0.0
    with tempfile.TemporaryDirectory(prefix="ropa-bench-") as tmp:
        folder = Path(tmp)
        for n in args.sizes:
            path, build_s = build_file(n, folder)
            print(f"\n== {n} activities ({path.stat().st_size / 1e6:.1f} MB register, imported in {build_s:.1f} s)")
            print(f"{'format':<7}{'export s':>10}{'baseline s':>12}{'ratio':>8}{'SQL':>6}{'snapshot s':>12}"
                  f"{'fingerprint s':>15}{'peak MB':>9}{'baseline MB':>13}{'wall s':>9}")
            for fmt in args.formats:
                res, base, ratio = measure(fmt, path, folder, args.repeat)
                sql_counts.setdefault(fmt, set()).add(res["sql"])
                warmup_seen = max(warmup_seen, res.get("warmup_s", 0.0))
                print(
                    f"{fmt:<7}{res['export_s']:>10.2f}"
                    f"{(base['baseline_s'] if base else float('nan')):>12.2f}"
                    f"{(ratio if ratio else float('nan')):>8.2f}{res['sql']:>6}{res['snapshot_s']:>12.2f}"
                    f"{res['fingerprint_s']:>15.2f}{res['peak_mb']:>9.0f}"
                    f"{(base['peak_mb'] if base else float('nan')):>13.0f}{res['wall_s']:>9.2f}"
                )
                if ratio is not None and ratio > TARGET_RATIO:
                    misses.append(f"{fmt} at {n}: ratio {ratio:.2f} > {TARGET_RATIO}")
                if n >= 5000 and res["peak_mb"] > TARGET_MEMORY_MB:
                    misses.append(f"{fmt} at {n}: peak {res['peak_mb']:.0f} MB > {TARGET_MEMORY_MB} MB")
    print()
    for fmt, counts in sql_counts.items():
        same = len(counts) == 1
        if not same:
            misses.append(f"{fmt}: SQL statements grow with size {sorted(counts)}")
        print(f"SQL statements for {fmt}: {sorted(counts)} ({'independent of size' if same else 'GROWS with size'})")
    print(f"warm-up, once per process (translations, CLDR data, PDF fonts): up to {warmup_seen:.2f} s")
    print(f"targets (ratio <= {TARGET_RATIO}, peak <= {TARGET_MEMORY_MB} MB at 5,000, constant SQL): "
          f"{'all met' if not misses else 'missed: ' + '; '.join(misses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
