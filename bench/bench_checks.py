"""Benchmark: ``ropa check`` on a synthetic 5,000-activity register must finish in under 2 seconds.

Builds the register with ``bench/synthetic.py`` (a small built-in builder is used if that module is
absent), writes it to a temporary .ropa file, then times:

* ``run_checks`` alone on the in-memory snapshot (plus the completeness scores the CLI prints);
* snapshot load from the file + checks, in-process;
* ``ropa check FILE`` end to end in a new process (start-up, opening, snapshot, checks, output),
  in text and JSON.

Each figure is the best of several runs (the usual way to time code: the minimum is the least
disturbed by other load). Exit status 1 when the end-to-end figure exceeds the budget.

    .venv/bin/python bench/bench_checks.py [--activities 5000] [--runs 5] [--file /tmp/synthetic-5000.ropa]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid as uuidlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ropa.checks import activity_scores, register_completeness, run_checks, summarise  # noqa: E402
from ropa.domain.model import Register  # noqa: E402
from ropa.service import RegisterStore  # noqa: E402

BUDGET_SECONDS = 2.0
AS_OF = date(2026, 11, 21)


def _fallback_register(n: int, seed: int) -> Register:
    """Copies of the demo activities with fresh identities: enough shape for timing the checks."""
    from ropa.demo import demo_register

    demo = demo_register()
    namespace = uuidlib.UUID(int=seed)

    def new(key: str) -> str:
        return str(uuidlib.uuid5(namespace, key))

    activities = []
    for i in range(n):
        a = demo.activities[i % len(demo.activities)]

        def fresh(rows: tuple, tag: str, i: int = i) -> tuple:  # type: ignore[type-arg]
            return tuple(dataclasses.replace(r, uuid=new(f"{tag}{i}:{k}")) for k, r in enumerate(rows))

        activities.append(
            dataclasses.replace(
                a, uuid=new(f"a{i}"), reference=f"SY-{i + 1:05d}", purposes=fresh(a.purposes, "p"),
                sources=fresh(a.sources, "s"), transfers=fresh(a.transfers, "t"), retention=fresh(a.retention, "r"),
                served_controllers=fresh(a.served_controllers, "c"),
            )
        )
    return dataclasses.replace(demo, activities=tuple(activities))


def build(n: int, seed: int) -> tuple[Register, str]:
    try:
        sys.path.insert(0, str(ROOT / "bench"))
        from synthetic import synthetic_register  # type: ignore[import-not-found]
    except ImportError:
        return _fallback_register(n, seed), "demo copies (bench/synthetic.py not found)"
    return synthetic_register(n, seed), "bench/synthetic.py"


def best(runs: int, action: Callable[[], object]) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times), times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--file", type=Path, help="keep the synthetic register in this file and reuse it next time")
    args = parser.parse_args()

    start = time.perf_counter()
    register, source = build(args.activities, args.seed)
    print(f"register: {len(register.activities)} activities from {source} "
          f"(built in {time.perf_counter() - start:.1f} s)")

    with tempfile.TemporaryDirectory() as folder:
        path = args.file or Path(folder) / "synthetic.ropa"
        if args.file and args.file.exists():
            with RegisterStore.open(path, readonly=True) as store:
                if store.snapshot() != register:
                    raise SystemExit(f"{path} holds another register; delete it or choose another --file")
            print(f"file:     {path.stat().st_size / 1e6:.1f} MB reused")
        else:
            start = time.perf_counter()
            with RegisterStore.create(path, register.organisation) as store:
                store.import_register(register)
            print(f"file:     {path.stat().st_size / 1e6:.1f} MB written in {time.perf_counter() - start:.1f} s "
                  "(set-up, not timed below)")

        findings = run_checks(register, today=AS_OF)
        summary = summarise(findings)
        print(f"findings: {len(findings)} ({summary.errors} errors, {summary.warnings} warnings, {summary.infos} info); "
              f"register completeness {register_completeness(register).percent}%")

        checks, _ = best(args.runs, lambda: run_checks(register, today=AS_OF))
        scores, _ = best(args.runs, lambda: (activity_scores(register), register_completeness(register)))

        def load_and_check() -> None:
            with RegisterStore.open(path, readonly=True) as opened:
                run_checks(opened.snapshot(), today=AS_OF)

        in_process, _ = best(args.runs, load_and_check)
        ropa = str(Path(sys.executable).parent / "ropa")
        command = [ropa, "check", str(path), "--as-of", AS_OF.isoformat()]

        cpu: dict[str, list[float]] = {"text": [], "json": []}

        def cli(kind: str, *extra: str) -> Callable[[], None]:
            def go() -> None:
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                done = subprocess.run([*command, *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[kind].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
                if done.returncode not in (0, 1):
                    raise SystemExit(f"ropa check failed: {done.stderr.decode(errors='replace')}")
            return go

        end_to_end, text_runs = best(args.runs, cli("text"))
        end_to_end_json, _ = best(args.runs, cli("json", "--format", "json"))

    print(f"run_checks alone:                 {checks * 1000:7.0f} ms (best of {args.runs})")
    print(f"completeness scores alone:        {scores * 1000:7.0f} ms")
    print(f"snapshot load + checks:           {in_process * 1000:7.0f} ms")
    print(f"`ropa check` end to end (text):   {end_to_end * 1000:7.0f} ms "
          f"(median {statistics.median(text_runs) * 1000:.0f} ms)")
    print(f"`ropa check` end to end (json):   {end_to_end_json * 1000:7.0f} ms")
    print(f"  CPU time of the process:        {min(cpu['text']) * 1000:7.0f} ms text, {min(cpu['json']) * 1000:.0f} ms json "
          "(user + system: less sensitive to other load than wall time)")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} during the run")
    worst = max(end_to_end, end_to_end_json)
    verdict = "OK" if worst < BUDGET_SECONDS else "TOO SLOW"
    print(f"budget {BUDGET_SECONDS:.1f} s for {args.activities} activities: {verdict}")
    return 0 if worst < BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
