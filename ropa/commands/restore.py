"""``ropa restore``: bring an activity, or the whole register, back to its state in a frozen version.

The restore is a new change (recorded in the history like any edit); the version itself and the
history are never rewritten.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ropa.commands._common import file_argument, open_store
from ropa.commands.versions import language_of
from ropa.domain.model import Activity, Register
from ropa.i18n import LANGUAGES

if TYPE_CHECKING:
    from ropa.service import RegisterStore


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "restore",
        help="restore an activity or the whole register from a frozen version",
        description=(
            "Bring one activity (--activity) or the whole register back to its state in a frozen version, as a "
            "new change recorded in the history."
        ),
    )
    file_argument(parser)
    parser.add_argument("--version", required=True, dest="version_name", metavar="VERSION", help="the frozen version")
    parser.add_argument("--activity", metavar="REF", help="only this activity (reference or UUID)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the output (default: the register's language)")
    parser.set_defaults(handler=run)


def changed_fields(store: RegisterStore, before: Activity, after: Activity) -> int:
    """How many fields the restore changed (the same count a change report would show)."""
    from ropa.versions.diff import Side, diff

    org = store.organisation()
    side = Side(label="", fingerprint="", activities=1)
    report = diff(
        Register(org, activities=(before,)), Register(org, activities=(after,)), old_side=side, new_side=side
    )
    return sum(len(a.fields) for a in report.activities)


def run(args: argparse.Namespace) -> int:
    from ropa.versions import restore_activity, restore_register

    with open_store(args.file) as store:
        t = language_of(args, store.organisation().language)
        if args.activity:
            done = restore_activity(store, args.version_name, args.activity)
            if done.before is None:
                message = t("versions.cli.restored_deleted", reference=done.after.reference, version=done.version.name)
            else:
                count = changed_fields(store, done.before, done.after)
                key = "versions.cli.restored_activity" if count else "versions.cli.nothing_to_restore"
                message = t(key, reference=done.after.reference, version=done.version.name, changes=count)
            print(message)
            return 0
        result = restore_register(store, args.version_name)
    if not (result.added or result.removed or result.changed):
        print(t("versions.cli.nothing_to_restore", version=result.version.name))
    else:
        print(
            t(
                "versions.cli.restored_register",
                version=result.version.name,
                added=result.added,
                removed=result.removed,
                changed=result.changed,
            )
        )
    return 0
