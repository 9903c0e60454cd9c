"""``ropa demo``: write the demo register (Cardify NV) to a new file."""

from __future__ import annotations

import argparse

from ropa.commands._common import file_argument


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "demo",
        help="create a realistic demo register",
        description="Create a demo register: Cardify NV, a Belgian SaaS company with 12 controller and "
        "2 processor activities, recipients in and outside the EEA, transfers and retention rules.",
    )
    file_argument(parser, "the register file to create (.ropa)")
    parser.add_argument("--force", action="store_true", help="overwrite the file if it exists")
    parser.add_argument(
        "--encrypt", action="store_true", help="encrypt the file with a passphrase (ROPA_PASSPHRASE, or asked)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ropa.commands._passphrase import new_passphrase
    from ropa.demo import demo_register
    from ropa.service import RegisterStore
    from ropa.store.database import creating

    passphrase = new_passphrase(args.file) if args.encrypt else None
    demo = demo_register()
    # built completely beside the target, then moved into place: a kill leaves the old file (or none)
    with creating(args.file, overwrite=args.force) as building, RegisterStore.create(
        building, demo.organisation, passphrase=passphrase
    ) as store:
        store.import_register(demo)
        info = store.info()
    print(
        f"Demo register written to {args.file.resolve()}: {info.activities} activities "
        f"({info.controller_activities} controller, {info.processor_activities} processor)"
    )
    return 0
