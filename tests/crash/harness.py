"""Kill trials: start the edit worker, SIGKILL it at a random moment, check the file lost nothing.

Shared by tests/test_crash_kill.py (CI, bounded) and bench/bench_crash.py (hundreds of trials).
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

WORKER = Path(__file__).with_name("edit_worker.py")

#: what the checks compare: activity uuid -> (name, data category uuids); category uuid -> name
State = tuple[dict[str, tuple[str, frozenset[str]]], dict[str, str]]


def observe(path: Path, passphrase: str | None = None) -> State:
    """The register as a normal open sees it (this is also the "opens normally" check)."""
    from ropa.service import RegisterStore

    with RegisterStore.open(path, passphrase=passphrase) as store:
        acts = {a.uuid: (a.name, frozenset(d.category for d in a.data)) for a in store.activities()}
        cats = {c.uuid: c.name for c in store.catalogue("data_categories")}
    return acts, cats


def apply(state: State, edit: dict[str, Any]) -> State:
    """The state after one edit, as the worker meant it."""
    acts, cats = dict(state[0]), dict(state[1])
    op, target = edit["op"], edit["uuid"]
    if op == "add_activity":
        acts[target] = (edit["name"], frozenset(edit["cats"]))
    elif op == "rename_activity":
        acts[target] = (edit["name"], acts[target][1])
    elif op == "link":
        acts[target] = (acts[target][0], frozenset(edit["cats"]))
    elif op == "delete_activity":
        del acts[target]
    elif op in ("add_category", "rename_category"):
        cats[target] = edit["name"]
    elif op == "delete_category":
        del cats[target]
        acts = {u: (n, c - {target}) for u, (n, c) in acts.items()}
    else:  # pragma: no cover
        raise ValueError(op)
    return acts, cats


@cache
def _key(salt: bytes, passphrase: str) -> Any:
    from ropa.store.crypto import Key

    return Key.derive(passphrase, salt)


def integrity(path: Path, passphrase: str | None = None) -> str:
    if passphrase is None:
        conn = sqlite3.connect(path)
    else:
        from ropa.store import crypto

        conn = crypto.connect(path, _key(crypto.file_salt(path), passphrase))
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


@dataclass
class TrialResult:
    acknowledged: int
    in_flight_committed: bool
    lost: int
    finished: bool
    problems: list[str] = field(default_factory=list)


class WorkerServer:
    """The fork server (``edit_worker.py --serve``) and a thread collecting its output lines."""

    def __init__(self, passphrase: str | None = None) -> None:
        env = {**os.environ, "PYTHONWARNINGS": "ignore"}
        env.pop("ROPA_PASSPHRASE", None)
        if passphrase is not None:
            env["ROPA_PASSPHRASE"] = passphrase
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), "--serve"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8", env=env,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        assert self.next_line(30) == "ready"

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def next_line(self, timeout: float) -> str:
        line = self.lines.get(timeout=timeout)
        if line is None:
            raise RuntimeError("the worker server stopped")
        return line

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def close(self) -> None:
        if self.process.poll() is None:
            self.send("quit")
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:  # pragma: no cover
                self.process.kill()
                self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()

    def __enter__(self) -> WorkerServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def kill_trial(
    server: WorkerServer,
    path: Path,
    before: State,
    seed: int,
    delay: float,
    passphrase: str | None = None,
    *,
    while_editing: bool = True,
) -> tuple[TrialResult, State]:
    """One trial: run a worker on ``path``, SIGKILL it after ``delay`` seconds, check the file.

    ``while_editing``: the delay counts from the worker's first edit (so the kill lands among
    edits however loaded the machine is); otherwise from its start (opening, WAL recovery...).
    """
    server.send(f"run {path} 100000 {seed}")
    lines: list[str] = []
    pid = None
    deadline = time.monotonic() + delay
    while pid is None or (while_editing and not any(line.startswith("begin ") for line in lines)):
        line = server.next_line(30)
        if line.startswith("pid "):
            pid = int(line.split()[1])
        else:
            lines.append(line)
        if while_editing and line.startswith("begin "):
            deadline = time.monotonic() + delay
    time.sleep(max(0.0, deadline - time.monotonic()))
    with contextlib.suppress(ProcessLookupError):  # it ended by itself: an error, reported below
        os.kill(pid, signal.SIGKILL)
    server.send(f"reap {pid}")
    while True:
        line = server.next_line(30)
        if line.startswith(f"reaped {pid} "):
            how = line.split(" ", 2)[2]
            break
        lines.append(line)
    # Everything the worker printed before dying is in ``lines``, in order.
    state = before
    acked = 0
    in_flight: dict[str, Any] | None = None
    for line in lines:
        if line.startswith("begin "):
            in_flight = json.loads(line[6:])
        elif line.startswith("ack "):
            assert in_flight is not None and in_flight["n"] == int(line[4:])
            state = apply(state, in_flight)
            acked += 1
            in_flight = None
    problems = []
    if how != "signal 9":
        problems.append(f"the worker did not die by SIGKILL but by {how}")
    check = integrity(path, passphrase)
    if check != "ok":
        problems.append(f"integrity_check: {check}")
    observed = observe(path, passphrase)
    committed_extra = False
    lost = 0
    if observed != state:
        if in_flight is not None and observed == apply(state, in_flight):
            committed_extra = True  # killed after the commit, before the ack was printed: allowed
        else:
            lost = _count_lost(state, observed)
            problems.append(f"the file differs from the acknowledged edits ({lost} lost)")
    return TrialResult(acked, committed_extra, lost, how == "exit 0", problems), observed


def _count_lost(expected: State, observed: State) -> int:
    lost = 0
    for want, got in zip(expected, observed, strict=True):
        lost += sum(1 for key, value in want.items() if got.get(key) != value)
        lost += sum(1 for key in got if key not in want)
    return max(lost, 1)


def make_register(path: Path, passphrase: str | None = None) -> None:
    from ropa.demo import demo_register
    from ropa.service import RegisterStore

    register = demo_register()
    with RegisterStore.create(path, register.organisation, passphrase=passphrase) as store:
        store.import_register(register)


def run_trials(
    path: Path, trials: int, *, seed: int = 0, max_delay: float = 0.3, passphrase: str | None = None,
    budget: float | None = None, progress: Any = None,
) -> dict[str, Any]:
    """Many kill trials on one file (each trial starts from what the previous one left)."""
    rng = random.Random(seed)
    totals: dict[str, Any] = {"trials": 0, "acknowledged": 0, "in_flight_committed": 0, "lost": 0,
                              "problems": [], "seconds": 0.0}
    start = time.monotonic()
    state = observe(path, passphrase)
    with WorkerServer(passphrase) as server:
        for trial in range(trials):
            if budget is not None and time.monotonic() - start > budget:
                break
            # One kill in five at a random moment from the worker's start (opening, recovery of the
            # previous kill's log), the others at a random moment once it edits.
            result, state = kill_trial(server, path, state, rng.getrandbits(32), rng.uniform(0.0, max_delay),
                                       passphrase, while_editing=trial % 5 != 0)
            totals["trials"] += 1
            totals["acknowledged"] += result.acknowledged
            totals["in_flight_committed"] += int(result.in_flight_committed)
            totals["lost"] += result.lost
            totals["problems"] += [f"trial {trial}: {p}" for p in result.problems]
            if progress is not None:
                progress(trial, result)
    totals["seconds"] = time.monotonic() - start
    return totals
