"""Exporters: each turns a register snapshot into a file; none touches the database or Qt.

``EXPORTERS`` maps a ``--format`` name to ``"module:function"``; modules are imported only when
used, so heavy libraries (openpyxl, reportlab) stay out of start-up. An exporter is called as
``function(register, path, options)`` and must write atomically (no partial file on failure).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ropa.domain.model import Register


@dataclass(frozen=True)
class ExportOptions:
    language: str = "en"
    page_size: str = "A4"
    include_findings: bool = False
    #: called as progress(done, total); return value ignored
    progress: Callable[[int, int], None] | None = None
    #: polled between steps; True means stop and leave no file
    cancelled: Callable[[], bool] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


EXPORTERS: dict[str, str] = {
    "json": "ropa.exports.json_export:export",
    "xlsx": "ropa.exports.xlsx:export",
    "pdf": "ropa.exports.pdf:export",
    "csv": "ropa.exports.csv_export:export",
    "cnil-ods": "ropa.exports.cnil:export_ods",
    "cnil-xlsx": "ropa.exports.cnil:export_xlsx",
}

SUFFIXES: dict[str, str] = {"json": ".json", "xlsx": ".xlsx", "pdf": ".pdf", "csv": ".zip", "cnil-ods": ".ods", "cnil-xlsx": ".xlsx"}


def exporter(name: str) -> Callable[[Register, Path, ExportOptions], None]:
    module_name, _, function = EXPORTERS[name].partition(":")
    module = importlib.import_module(module_name)
    func: Callable[[Register, Path, ExportOptions], None] = getattr(module, function)
    return func
