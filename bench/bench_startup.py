"""Start-up times of ropa, as a user waits for them: the venv and the installed (frozen) build.

Usage: ``python bench/bench_startup.py [--runs 7] [--program /opt/ropa/ropa]``

For each of the two programs (the development venv, ``python -m ropa.cli``; the installed build:
``--program``, else /opt/ropa/ropa, else dist/ropa/ropa from ``make package``, skipped when none
exists) it measures wall-clock time from process start to:

* ``ropa --version`` exiting (target under 0.15 s),
* ``ropa info FILE`` exiting, on the demo register (target under 0.3 s),
* ``ropa gui FILE``: the main window with the register open, first painted (target under 1.5 s);
  the app writes the time of that paint (``ROPA_FIRST_PAINT_AND_QUIT``). It runs under Xvfb when
  there is one (a real X server, as on a desktop), else on Qt's offscreen platform.

Each figure is the best of ``--runs`` (other work on the machine only slows a run down) with the
median beside it, and as a ratio to the baseline measured in the same run: a bare
``python -c pass`` of the venv's interpreter, the floor of any Python program's start.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"--version": 0.15, "info FILE": 0.3, "gui FILE (first paint)": 1.5}


def timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.time()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=120)
    return time.time() - start


def first_paint(argv: list[str], env: dict[str, str], report: Path) -> float:
    report.unlink(missing_ok=True)
    start = time.time()
    subprocess.run(argv, env={**env, "ROPA_FIRST_PAINT_AND_QUIT": str(report)}, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True, timeout=120)
    return float(report.read_text(encoding="utf-8")) - start


@contextmanager
def display() -> Iterator[dict[str, str]]:
    """DISPLAY of a private Xvfb when there is one, else the offscreen platform."""
    if not shutil.which("Xvfb"):
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            yield {"DISPLAY": f":{pipe.readline().strip()}"}
    finally:
        server.terminate()
        server.wait(timeout=10)


def installed_program(given: str | None) -> Path | None:
    for candidate in ([given] if given else ["/opt/ropa/ropa", str(ROOT / "dist" / "ropa" / "ropa")]):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def measure(name: str, argv: list[str], env: dict[str, str], register: Path, runs: int,
            screen: dict[str, str], work: Path) -> dict[str, list[float]]:
    print(f"{name}: {' '.join(argv)}", flush=True)
    results: dict[str, list[float]] = {key: [] for key in TARGETS}
    gui_env = {**env, **screen}
    for _ in range(runs):
        results["--version"].append(timed([*argv, "--version"], env))
        results["info FILE"].append(timed([*argv, "info", str(register)], env))
        results["gui FILE (first paint)"].append(first_paint([*argv, "gui", str(register)], gui_env,
                                                             work / "painted"))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--program", help="the installed ropa (default: /opt/ropa/ropa, else dist/ropa/ropa)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ropa-bench-startup-") as tmp:
        work = Path(tmp)
        home = work / "home"
        home.mkdir()
        # A user's environment: own HOME (fresh settings), a UTF-8 locale, nothing from this tree.
        base = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
                "XDG_RUNTIME_DIR": str(work)}
        venv_env = {**base, "PYTHONPATH": str(ROOT)}
        register = work / "demo.ropa"
        subprocess.run([sys.executable, "-m", "ropa.cli", "demo", str(register)], env=venv_env, check=True,
                       stdout=subprocess.DEVNULL)
        baseline = min(timed([sys.executable, "-c", "pass"], base) for _ in range(args.runs))
        programs = {"venv": [sys.executable, "-m", "ropa.cli"]}
        installed = installed_program(args.program)
        if installed is not None:
            programs["installed"] = [str(installed)]
        else:
            print("no installed build (/opt/ropa/ropa or dist/ropa/ropa): run make package to measure it")
        with display() as screen:
            figures = {name: measure(name, argv, venv_env if name == "venv" else base, register, args.runs,
                                     screen, work) for name, argv in programs.items()}

    where = "Xvfb" if "DISPLAY" in screen else "offscreen"
    print(f"\nbaseline: python -c pass {baseline:.3f} s; best of {args.runs} (median), GUI on {where}")
    print(f"{'':24}" + "".join(f"{name:>26}" for name in figures) + f"{'target':>10}")
    failed = []
    for key, target in TARGETS.items():
        cells = []
        for name, results in figures.items():
            best, median = min(results[key]), statistics.median(results[key])
            cells.append(f"{best:6.3f} s ({median:5.3f}) x{best / baseline:4.1f}")
            if best > target:
                failed.append(f"{name} {key}")
        print(f"{key:24}" + "".join(f"{cell:>26}" for cell in cells) + f"{target:>8.2f} s")
    if failed:
        print("over target: " + ", ".join(failed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
