"""``ropa new``: create an empty register, one started from a sector pack of templates, or one filled from a JSON export."""

from __future__ import annotations

import argparse
import dataclasses

from ropa.commands._common import file_argument
from ropa.domain.model import Organisation
from ropa.errors import ValidationError
from ropa.i18n import LANGUAGES


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("new", help="create a new register file", description="Create a new register file.")
    file_argument(parser, "the register file to create (.ropa); it must not exist yet")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--org", metavar="NAME", help="legal name of the organisation keeping the register")
    source.add_argument("--from", dest="source", metavar="SOURCE.json", help="create from a ropa JSON export")
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="the register's default language")
    parser.add_argument(
        "--pack",
        metavar="PACK",
        help="with --org: start with the activities of a sector pack (sme, webshop, saas, association; "
        "'ropa templates --packs' lists them), written in the --lang language",
    )
    parser.add_argument(
        "--encrypt", action="store_true", help="encrypt the file with a passphrase (ROPA_PASSPHRASE, or asked)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ropa.commands._passphrase import new_passphrase
    from ropa.exchange import json_format
    from ropa.service import RegisterStore
    from ropa.store.database import creating

    if args.pack and args.source:
        raise ValidationError(["--pack starts a new register with --org; it cannot be combined with --from"])
    passphrase = new_passphrase(args.file) if getattr(args, "encrypt", False) else None
    if args.source:
        from ropa.outputs import protect

        protect(args.source)
        incoming = json_format.read(args.source)  # validated before the file is created
        with creating(args.file) as building, RegisterStore.create(
            building, incoming.organisation, passphrase=passphrase
        ) as store:
            summary = store.import_register(incoming)
        print(f"Created {args.file} from {args.source}")
        for line in summary.lines():
            print(f"  {line}")
        return 0
    name = args.org.strip()
    from ropa.service import new_uuid

    org = dataclasses.replace(Organisation(uuid=new_uuid(), legal_name=name), language=args.lang)
    if args.pack:
        return _create_with_pack(args, org, passphrase)
    with creating(args.file) as building, RegisterStore.create(building, org, passphrase=passphrase):
        pass
    print(f"Created {args.file} for {name}")
    return 0


def _create_with_pack(args: argparse.Namespace, org: Organisation, passphrase: str | None) -> int:
    """Create the register and add the pack's activities in one transaction; a failure leaves no file behind."""
    from ropa.service import RegisterStore
    from ropa.store.database import creating
    from ropa.templates import add_pack, load_library

    library = load_library()
    library.pack(args.pack)  # an unknown pack or a broken template fails before the file exists
    # one transaction, in a file that appears only when complete: a failure or a kill leaves no file
    with creating(args.file) as building, RegisterStore.create(building, org, passphrase=passphrase) as store:
        added = add_pack(store, args.pack, args.lang, library)
    print(f"Created {args.file} for {org.legal_name} with {len(added)} activities from the {args.pack} pack")
    for activity in added:
        print(f"  {activity.reference}  {activity.name}")
    return 0
