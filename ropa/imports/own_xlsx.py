"""Round trip of ropa's own Excel export (placeholder until the exporter's layout is final)."""

from __future__ import annotations

from ropa.domain.model import Register
from ropa.imports.common import Context, ImportedRegister
from ropa.imports.sheets import Workbook


def detect(workbook: Workbook) -> bool:
    return False


def import_workbook(workbook: Workbook, current: Register, ctx: Context) -> ImportedRegister:
    raise NotImplementedError
