"""``ropa fingerprint``: print the SHA-256 fingerprint of a register's content.

The value is the one printed on the cover of an Excel or PDF export made with the same filters, so
an auditor can check that an export they received matches the register as it is now.
"""

from __future__ import annotations

import argparse

from ropa.commands._common import file_argument, open_store
from ropa.commands.export import select_activities
from ropa.domain.enums import Status
from ropa.fingerprint import fingerprint


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "fingerprint",
        help="print the SHA-256 fingerprint of the register's content",
        description=(
            "Print the SHA-256 fingerprint of the register's content: the value on the cover of an export "
            "made with the same filters."
        ),
    )
    file_argument(parser)
    parser.add_argument("--role", choices=["controller", "processor"], help="only controller or processor activities")
    parser.add_argument("--status", choices=[s.value for s in Status], help="only activities with this status")
    parser.add_argument("--owner", help="only activities of this owner / business function")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args.file, readonly=True) as store:
        snapshot = store.snapshot()
    print(fingerprint(select_activities(snapshot, args.role, args.status, args.owner)))
    return 0
