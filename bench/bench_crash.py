"""Kill trials at scale: SIGKILL a process editing a register, hundreds of times, and count losses.

    python bench/bench_crash.py [--trials 500] [--max-delay 0.3] [--encrypted] [--seed 1]

Each trial forks a worker that edits the register through the core API (new, renamed, relinked and
deleted activities; new, renamed and deleted data categories), acknowledging each committed edit on
stdout, kills it with SIGKILL at a random moment, then checks that the file passes ``PRAGMA
integrity_check``, opens normally and holds every acknowledged edit. Prints the figures for the
report: trials, edits acknowledged, in-flight edits found committed, edits lost (must be 0).
Exit status 1 when anything was lost or damaged.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.crash.harness import make_register, run_trials  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=500)
    parser.add_argument("--max-delay", type=float, default=0.3, help="longest wait before a kill, in seconds")
    parser.add_argument("--encrypted", action="store_true", help="run on an encrypted register")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    passphrase = "bench passphrase" if args.encrypted else None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crash.ropa"
        make_register(path, passphrase)

        def progress(trial: int, _result: object) -> None:
            if (trial + 1) % 50 == 0:
                print(f"  {trial + 1} trials", file=sys.stderr, flush=True)

        totals = run_trials(path, args.trials, seed=args.seed, max_delay=args.max_delay, passphrase=passphrase,
                            progress=progress)
    print(f"register:              {'encrypted' if args.encrypted else 'plain'}")
    print(f"kill trials:           {totals['trials']}")
    print(f"edits acknowledged:    {totals['acknowledged']}")
    print(f"in-flight committed:   {totals['in_flight_committed']} (killed after commit, before the ack)")
    print(f"edits lost:            {totals['lost']}")
    print(f"damaged files:         {sum('integrity' in p for p in totals['problems'])}")
    print(f"time:                  {totals['seconds']:.1f} s")
    for problem in totals["problems"][:20]:
        print(f"  PROBLEM {problem}")
    return 1 if totals["problems"] or totals["lost"] else 0


if __name__ == "__main__":
    sys.exit(main())
