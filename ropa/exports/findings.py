"""The findings annex: the compliance checks (``ropa.checks``) run on the exported content.

Imported lazily so that exports without ``--findings`` never load the checks.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ropa.domain.model import Register


def findings_for(register: Register, today: date) -> list[Any]:
    """Every finding on the exported register as of ``today``, errors first (the checks' own order)."""
    from ropa.checks import run_checks

    return list(run_checks(register, today=today))
