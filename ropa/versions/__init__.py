"""Frozen versions of a register and "what changed since": see docs/versions.md.

``ropa.versions.diff`` is pure (two snapshots in, a :class:`ChangeReport` out); ``ropa.versions.store``
keeps versions inside the register file and compares or restores them through the service.
"""

from __future__ import annotations

from ropa.versions.diff import ActivityChange, ChangeReport, FieldChange, ItemChange, Side, diff, report_text
from ropa.versions.store import (
    CURRENT,
    ActivityRestore,
    RegisterRestore,
    Version,
    bring_to,
    compare,
    freeze,
    get_version,
    latest_version,
    list_versions,
    load_version,
    restore_activity,
    restore_register,
    undo_activity_restore,
)

__all__ = [
    "CURRENT",
    "ActivityChange",
    "ActivityRestore",
    "ChangeReport",
    "FieldChange",
    "ItemChange",
    "RegisterRestore",
    "Side",
    "Version",
    "bring_to",
    "compare",
    "diff",
    "freeze",
    "get_version",
    "latest_version",
    "list_versions",
    "load_version",
    "report_text",
    "restore_activity",
    "restore_register",
    "undo_activity_restore",
]
