"""``ropa encrypt``: encrypt an existing register with a passphrase (SQLCipher, see docs/security.md)."""

from __future__ import annotations

import argparse

from ropa.commands._common import file_argument, open_store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "encrypt",
        help="encrypt a register with a passphrase",
        description="Encrypt a register file with a passphrase. The passphrase comes from ROPA_PASSPHRASE, or "
        "is asked twice at the terminal. The file is replaced only once the encrypted copy is complete and checked.",
    )
    file_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ropa.commands._passphrase import new_passphrase, translator

    with open_store(args.file) as store:
        store.encrypt(new_passphrase(args.file))
    print(translator()("security.cli.encrypted", file=args.file.name))
    return 0
