"""Importers: read a source file into a register snapshot, to be merged in one transaction.

``IMPORTERS`` maps a file suffix to ``"module:function"``; each is called as
``function(path, current, options)`` with the current register (so rows can be matched to what
exists) and returns the ``Register`` to merge. Nothing is written until the whole file is valid.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ropa.domain.model import Register
from ropa.errors import ValidationError


@dataclass(frozen=True)
class ImportOptions:
    mapping: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)


IMPORTERS: dict[str, str] = {
    ".json": "ropa.imports.json_import:read",
    ".xlsx": "ropa.imports.spreadsheet:read",
    ".ods": "ropa.imports.spreadsheet:read",
    ".csv": "ropa.imports.spreadsheet:read",
}


def read_source(path: Path, current: Register, options: ImportOptions | None = None) -> Register:
    suffix = path.suffix.lower()
    if suffix not in IMPORTERS:
        known = ", ".join(sorted(IMPORTERS))
        raise ValidationError([f"{path.name}: cannot import {suffix or 'files without a suffix'}; use one of {known}"])
    module_name, _, function = IMPORTERS[suffix].partition(":")
    func: Callable[[Path, Register, ImportOptions], Register] = getattr(importlib.import_module(module_name), function)
    incoming = func(path, current, options or ImportOptions())
    from ropa.errors import Problems
    from ropa.imports.identity import identity_problems

    problems = Problems()
    for problem in identity_problems(current, incoming):
        problems.add(problem)
    problems.raise_if_any()
    return incoming


def plan_source(path: Path, current: Register, options: ImportOptions | None = None, *, language: str | None = None) -> Any:
    """Read a source and return the preview of what importing it would change (nothing is written).

    Returns a ``ropa.imports.plan.ImportPlan``: print ``plan.lines()`` or show ``plan.changes``,
    then write it with ``ropa.imports.plan.apply_plan(store, plan)``.
    """
    from ropa.imports.plan import plan_import

    options = options or ImportOptions()
    if language:
        options = ImportOptions(options.mapping, {**options.extra, "language": language})
    incoming = read_source(path, current, options)
    return plan_import(current, incoming, source=path.name, language=language)
