"""``ropa new``: create an empty register, or one filled from a JSON export."""

from __future__ import annotations

import argparse
import dataclasses

from ropa.commands._common import file_argument
from ropa.exchange import json_format
from ropa.i18n import LANGUAGES
from ropa.service import RegisterStore


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("new", help="create a new register file", description="Create a new register file.")
    file_argument(parser, "the register file to create (.ropa); it must not exist yet")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--org", metavar="NAME", help="legal name of the organisation keeping the register")
    source.add_argument("--from", dest="source", metavar="SOURCE.json", help="create from a ropa JSON export")
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="the register's default language")
    parser.add_argument(
        "--encrypt", action="store_true", help="encrypt the file with a passphrase (ROPA_PASSPHRASE, or asked)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ropa.commands._passphrase import new_passphrase

    passphrase = new_passphrase(args.file) if getattr(args, "encrypt", False) else None
    if args.source:
        incoming = json_format.read(args.source)  # validated before the file is created
        with RegisterStore.create(args.file, incoming.organisation, passphrase=passphrase) as store:
            summary = store.import_register(incoming)
        print(f"Created {args.file} from {args.source}")
        for line in summary.lines():
            print(f"  {line}")
        return 0
    name = args.org.strip()
    from ropa.domain.model import Organisation
    from ropa.service import new_uuid

    org = dataclasses.replace(Organisation(uuid=new_uuid(), legal_name=name), language=args.lang)
    with RegisterStore.create(args.file, org, passphrase=passphrase):
        pass
    print(f"Created {args.file} for {name}")
    return 0
