"""``ropa decrypt``: store an encrypted register unencrypted again."""

from __future__ import annotations

import argparse

from ropa.commands._common import file_argument, open_store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "decrypt",
        help="remove the encryption of a register",
        description="Store an encrypted register unencrypted again (its passphrase comes from ROPA_PASSPHRASE, "
        "or is asked at the terminal). The file is replaced only once the plain copy is complete and checked.",
    )
    file_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ropa.commands._passphrase import translator

    with open_store(args.file) as store:
        store.decrypt()
    print(translator()("security.cli.decrypted", file=args.file.name))
    return 0
