"""Benchmark: frozen versions of a 5,000-activity register (issue 7: a diff of two versions < 2 s).

Builds the synthetic register (``bench/synthetic.py``), writes it to a temporary .ropa file, then
freezes ``--versions`` versions with ``--edits`` ordinary edits through the service between two
freezes (activity renames and status changes, a recipient moving country, a catalogue rename, an
activity added, one deleted). Prints:

* the time of one freeze, and the size of the file before and after all versions (what versions cost);
* the time of ``compare`` between two consecutive versions, between the first and the last version,
  and between the last version and the current register (which must load the whole register);
* the time of loading a whole version back (what an export from a version needs).

Each timing is the best of ``--runs`` runs. Exit status 1 when a diff of two versions exceeds 2 s.

    .venv/bin/python bench/bench_versions.py [--activities 5000] [--versions 50] [--edits 30] [--runs 3] [--file F]
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from synthetic import synthetic_register  # noqa: E402

from ropa.domain.enums import Status  # noqa: E402
from ropa.service import RegisterStore  # noqa: E402
from ropa.versions import compare, freeze, list_versions, load_version  # noqa: E402
from ropa.versions.store import storage_size  # noqa: E402

BUDGET_SECONDS = 2.0
COUNTRIES = ("US", "IE", "IN", "DE", "CH", "FR")


def best(runs: int, action: Callable[[], Any]) -> tuple[float, Any]:
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return min(times), result


def edit(store: RegisterStore, rng: random.Random, count: int, round_: int) -> None:
    """``count`` ordinary edits, as a DPO would make them between two reviews."""
    activities = store.activities()
    for i in range(count - 4):
        activity = rng.choice(activities)
        if i % 2:
            activity = dataclasses.replace(activity, name=f"{activity.name.split(' (r')[0]} (r{round_})")
        else:
            activity = dataclasses.replace(activity, status=rng.choice(list(Status)))
        store.save_activity(activity)
    recipient = rng.choice(store.catalogue("recipients"))
    store.save_item(dataclasses.replace(recipient, country=rng.choice(COUNTRIES)))
    system = rng.choice(store.catalogue("systems"))
    store.save_item(dataclasses.replace(system, name=f"{system.name.split(' v')[0]} v{round_}"))
    store.new_activity(f"New activity of round {round_}")
    store.delete_activity(rng.choice(activities).uuid)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--versions", type=int, default=50)
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--file", type=Path, help="start from a copy of this register (skips writing the synthetic one)")
    parser.add_argument("--keep", type=Path, help="keep the register with its versions at this path")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.ropa"
        start = time.perf_counter()
        if args.file:
            shutil.copyfile(args.file, path)
        else:
            register = synthetic_register(args.activities, seed=0)
            with RegisterStore.create(path, register.organisation) as store:
                store.import_register(register)
        with RegisterStore.open(path, readonly=True) as store:
            count = store.info().activities
        print(f"register: {count} activities, ready in {time.perf_counter() - start:.1f} s")
        with RegisterStore.open(path) as store:
            # Checkpoint so that the file size is the database, not the write-ahead log.
            with store.db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            size_before = path.stat().st_size
            freeze_times = []
            for n in range(1, args.versions + 1):
                if n > 1:
                    edit(store, rng, args.edits, n)
                t0 = time.perf_counter()
                freeze(store, f"Version {n:02d}", note=f"round {n}")
                freeze_times.append(time.perf_counter() - t0)
            with store.db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            size_after = path.stat().st_size
            blobs, blob_bytes = storage_size(store)
            versions = list_versions(store)
            first, before_last, last = versions[0].name, versions[-2].name, versions[-1].name
            edit(store, rng, args.edits, args.versions + 1)

            t_next, r_next = best(args.runs, lambda: compare(store, before_last, last))
            t_far, r_far = best(args.runs, lambda: compare(store, first, last))
            t_cur, r_cur = best(args.runs, lambda: compare(store, last, None))
            t_load, _ = best(args.runs, lambda: load_version(store, last))
            t_verify, _ = best(1, lambda: load_version(store, last, verify=True))

        mb = 1024 * 1024
        print(f"versions: {len(versions)}, {args.edits} edits between two versions")
        print(
            f"freeze: first {freeze_times[0]:.2f} s, median {sorted(freeze_times)[len(freeze_times) // 2]:.2f} s"
        )
        print(
            f"file size: {size_before / mb:.1f} MB without versions, {size_after / mb:.1f} MB with "
            f"{len(versions)} versions (+{(size_after - size_before) / mb:.1f} MB; "
            f"{blobs} blobs, {blob_bytes / mb:.1f} MB compressed)"
        )

        def counts(report: Any) -> str:
            return (
                f"{len(report.added)} added, {len(report.removed)} removed, {len(report.changed)} changed, "
                f"{len(report.catalogue)} catalogue items"
            )

        print(f"diff {before_last} → {last}: {t_next:.3f} s ({counts(r_next)})")
        print(f"diff {first} → {last}: {t_far:.3f} s ({counts(r_far)})")
        print(f"diff {last} → current register: {t_cur:.3f} s ({counts(r_cur)})")
        print(f"load a whole version: {t_load:.2f} s ({t_verify:.2f} s with fingerprint check)")
        if args.keep:
            shutil.copyfile(path, args.keep)
        worst = max(t_next, t_far)
        verdict = "OK" if worst <= BUDGET_SECONDS else "OVER BUDGET"
        print(f"diff of two versions: {worst:.3f} s (budget {BUDGET_SECONDS:.0f} s): {verdict}")
        return 0 if worst <= BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
