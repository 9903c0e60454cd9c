"""Killing ropa in the middle of an import leaves the register exactly as it was."""

from __future__ import annotations

import dataclasses
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

from ropa.domain.model import Register
from ropa.exchange import json_format
from ropa.service import RegisterStore

CHILD = """
import sys
from ropa.exchange import json_format
from ropa.service import RegisterStore
incoming = json_format.read(sys.argv[2])
with RegisterStore.open(sys.argv[1]) as store:
    print("importing", flush=True)
    store.import_register(incoming)
    print("done", flush=True)
"""


def big_register(base: Register, copies: int) -> Register:
    activities = []
    for n in range(copies):
        for a in base.activities:
            fresh = lambda x: dataclasses.replace(x, uuid=str(uuid.uuid4()))  # noqa: E731
            activities.append(
                dataclasses.replace(
                    a,
                    uuid=str(uuid.uuid4()),
                    reference=f"{a.reference}-{n}",
                    purposes=tuple(map(fresh, a.purposes)),
                    sources=tuple(map(fresh, a.sources)),
                    transfers=tuple(map(fresh, a.transfers)),
                    retention=tuple(map(fresh, a.retention)),
                    served_controllers=tuple(map(fresh, a.served_controllers)),
                )
            )
    return dataclasses.replace(base, activities=tuple(activities))


def test_kill_during_import_leaves_file_unchanged(demo_file: Path, tmp_path: Path) -> None:
    with RegisterStore.open(demo_file) as store:
        snapshot = store.snapshot()
    before = json_format.to_dict(snapshot)
    source = tmp_path / "big.json"
    json_format.write(big_register(snapshot, 60), source)
    killed_mid_import = 0
    for delay in (0.2, 0.6, 1.2):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(demo_file), str(source)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "importing"
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        rest = child.stdout.read()
        child.stdout.close()
        child.wait()
        if "done" in rest:
            continue  # finished before the kill: nothing to prove with this delay
        killed_mid_import += 1
        conn = sqlite3.connect(demo_file)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        with RegisterStore.open(demo_file) as store:
            after = json_format.to_dict(store.snapshot())
        before.pop("exported_at", None)
        after.pop("exported_at", None)
        assert after == before
    assert killed_mid_import >= 1
