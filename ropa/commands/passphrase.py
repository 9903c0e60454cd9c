"""``ropa passphrase``: change the passphrase of an encrypted register."""

from __future__ import annotations

import argparse

from ropa.commands._common import file_argument, open_store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "passphrase",
        help="change the passphrase of an encrypted register",
        description="Change the passphrase of an encrypted register. The current passphrase comes from "
        "ROPA_PASSPHRASE, the new one from ROPA_NEW_PASSPHRASE; either is asked at the terminal when not set.",
    )
    file_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ropa.commands._passphrase import NEW_ENV, new_passphrase, translator

    with open_store(args.file) as store:
        store.change_passphrase(new_passphrase(args.file, NEW_ENV))
    print(translator()("security.cli.changed", file=args.file.name))
    return 0
