"""SIGKILL at random moments while a separate process edits a register: no acknowledged edit is lost.

The worker (tests/crash/edit_worker.py) prints ``ack n`` after each committed edit; after each kill
the file must pass ``PRAGMA integrity_check``, open normally and hold every acknowledged edit (plus,
at most, the one edit whose commit finished just before the kill). Each trial continues on the file
the previous kill left, hot write-ahead log included. bench/bench_crash.py runs hundreds of trials.
"""

from __future__ import annotations

from pathlib import Path

from tests.crash.harness import make_register, run_trials

TRIALS = 50
#: a guard against a hung machine, far above the ~25 s the 50 trials take
BUDGET_SECONDS = 120


def test_fifty_kills_lose_no_acknowledged_edit(tmp_path: Path) -> None:
    path = tmp_path / "crash.ropa"
    make_register(path)
    totals = run_trials(path, TRIALS, seed=20240526, max_delay=0.3, budget=BUDGET_SECONDS)
    assert totals["problems"] == []
    assert totals["lost"] == 0
    assert totals["trials"] == TRIALS
    assert totals["acknowledged"] >= TRIALS // 2  # the kills did land in the middle of editing


def test_kills_on_an_encrypted_register_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "crash.ropa"
    make_register(path, passphrase="kill me softly")
    totals = run_trials(path, 3, seed=7, max_delay=0.4, passphrase="kill me softly", budget=BUDGET_SECONDS)
    assert totals["problems"] == [] and totals["lost"] == 0 and totals["trials"] == 3
    assert totals["acknowledged"] >= 1
