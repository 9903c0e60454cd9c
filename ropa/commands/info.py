"""``ropa info``: what a register file holds."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ropa.commands._common import file_argument, human_size, plural

if TYPE_CHECKING:
    from ropa.store.summary import RegisterInfo


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("info", help="show what a register contains", description="Show what a register contains.")
    file_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ropa.commands._passphrase import with_passphrase

    info = with_passphrase(args.file, lambda passphrase: read_info(args.file, passphrase))
    counts = info.catalogue_counts
    print(f"File:          {info.path}")
    print(f"Organisation:  {info.organisation}")
    print(f"Language:      {info.language}")
    print(
        f"Activities:    {plural(info.activities, 'activity', 'activities')} "
        f"({info.controller_activities} controller, {info.processor_activities} processor)"
    )
    print(f"Recipients:    {counts['recipients']}")
    print(
        f"Catalogues:    {plural(counts['data_subject_categories'], 'data-subject category', 'data-subject categories')}, "
        f"{plural(counts['data_categories'], 'data category', 'data categories')}, "
        f"{plural(counts['security_measures'], 'security measure')}, {plural(counts['systems'], 'system')}, "
        f"{plural(counts['joint_controllers'], 'joint controller')}"
    )
    print(f"History:       {plural(info.changes, 'recorded change')}")
    print(f"Schema:        {info.schema_version}")
    print(f"File size:     {human_size(info.file_size)}")
    return 0


def read_info(path: Path, passphrase: str | None) -> RegisterInfo:
    """Straight from the file when it is at rest (no SQLAlchemy: fast), else through a read-only open."""
    from ropa.store.summary import read_at_rest

    info, key = read_at_rest(path, passphrase)
    if info is not None:
        return info
    from ropa.service import RegisterStore
    from ropa.store.database import open_database

    with RegisterStore(open_database(path, readonly=True, passphrase=passphrase, key=key)) as store:
        return store.info()
