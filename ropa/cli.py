"""The ``ropa`` command line: headless work on register files.

Subcommands live in ``ropa/commands/<name>.py`` (found automatically) and in other packages that
declare a ``ropa.commands`` entry point (the GUI registers ``ropa gui`` that way, so ropa/ never
imports the GUI). Each module has ``register(subparsers)`` and sets ``handler`` on its parser.
Errors are one line on stderr: exit 2 for bad input, 1 when the file is busy or cannot be written.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence
from importlib.metadata import entry_points

from ropa import __version__, commands
from ropa.errors import RegisterLockedError, RopaError, StorageError

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ropa",
        description="Keep a GDPR Article 30 record of processing activities in one portable file.",
    )
    parser.add_argument("--version", action="version", version=f"ropa {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser, dest="command_name")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    for entry in entry_points(group="ropa.commands"):
        try:
            entry.load()(sub)
        except ImportError:  # an optional part (the GUI) that is not installed
            continue
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    from ropa.store.lock import set_program

    set_program(f"ropa {args.command_name}")  # named in the lock record: "open in ropa export of jan on PC-42"
    try:
        result = handler(args)
    except (RegisterLockedError, StorageError) as exc:
        print(f"ropa: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except RopaError as exc:
        print(f"ropa: {exc}", file=sys.stderr)
        problems = getattr(exc, "problems", None)
        if problems and len(problems) > 1 and getattr(args, "verbose", False):
            for problem in problems:
                print(f"  {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("ropa: interrupted; nothing was changed", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - last resort: one line, never a traceback
        if os.environ.get("ROPA_DEBUG"):
            raise
        print(f"ropa: internal error ({type(exc).__name__}: {exc}); set ROPA_DEBUG=1 for details", file=sys.stderr)
        return EXIT_INTERNAL
    return int(result or 0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
