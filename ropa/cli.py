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
from typing import TYPE_CHECKING

from ropa import __version__, commands
from ropa.errors import RegisterLockedError, RopaError, StorageError

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(EXIT_BAD_INPUT)


def command_name(module_name: str) -> str:
    """The command a module of ropa/commands defines: ``add_template`` is ``add-template``, ``import_`` is ``import``."""
    return module_name.rstrip("_").replace("_", "-")


def builtin_commands() -> dict[str, str]:
    """Command name -> module of ropa/commands, read from the folder without importing anything."""
    return {
        command_name(info.name): f"{commands.__name__}.{info.name}"
        for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name)
        if not info.name.startswith("_")
    }


def _first_command(argv: Sequence[str]) -> str | None:
    """The command word of the arguments (the first one not starting with '-'), if any."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser, with the commands ``argv`` can need: all of them unless it names one.

    Start-up time is import time: ``ropa info`` imports only the ``info`` command, ``ropa --version``
    no command at all, and the entry points (importlib.metadata) are read only for a command that
    is not built in (``gui``), for help and for errors.
    """
    parser = _Parser(
        prog="ropa",
        description="Keep a GDPR Article 30 record of processing activities in one portable file.",
    )
    parser.add_argument("--version", action="version", version=f"ropa {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser, dest="command_name")
    if argv is not None and list(argv) == ["--version"]:
        return parser
    builtins = builtin_commands()
    wanted = _first_command(argv) if argv is not None else None
    if wanted in builtins:
        importlib.import_module(builtins[wanted]).register(sub)
        return parser
    extensions = _command_entry_points()
    if wanted is not None and _register_extensions(sub, [e for e in extensions if e.name == wanted]):
        return parser
    for module in builtins.values():
        importlib.import_module(module).register(sub)
    _register_extensions(sub, extensions)
    return parser


def _command_entry_points() -> list[EntryPoint]:
    from importlib.metadata import entry_points

    return sorted(entry_points(group="ropa.commands"), key=lambda entry: entry.name)


def _register_extensions(sub: argparse._SubParsersAction, extensions: list[EntryPoint]) -> bool:  # type: ignore[type-arg]
    """Add the commands of other packages (the GUI's ``gui``); True when at least one could be loaded."""
    loaded = False
    for entry in extensions:
        try:
            entry.load()(sub)
        except ImportError:  # an optional part (the GUI) that is not installed
            continue
        loaded = True
    return loaded


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(arguments)
    args = parser.parse_args(arguments)
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
