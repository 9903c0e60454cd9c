"""``ropa export``: write the register (or part of it) in another format."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from ropa.commands._common import file_argument, open_store
from ropa.domain.enums import Role, Status
from ropa.domain.model import Register
from ropa.errors import ValidationError
from ropa.exports import EXPORTERS, ExportOptions, exporter
from ropa.i18n import LANGUAGES


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "export", help="export the register", description="Export the register to a file."
    )
    file_argument(parser)
    parser.add_argument("--format", required=True, choices=sorted(EXPORTERS), help="the output format")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the file (or folder, for csv) to write")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of labels (default: the register's language)")
    parser.add_argument("--role", choices=["controller", "processor"], help="only controller or processor activities")
    parser.add_argument("--status", choices=[s.value for s in Status], help="only activities with this status")
    parser.add_argument("--owner", help="only activities of this owner / business function")
    parser.add_argument("--page-size", choices=["A4", "Letter"], default="A4", help="paper size (PDF)")
    parser.add_argument("--findings", action="store_true", help="add the findings of the checks (PDF, Excel)")
    parser.add_argument(
        "--version", dest="version_name", metavar="NAME",
        help="export a frozen version (see ropa versions) instead of the register as it is now",
    )
    parser.set_defaults(handler=run)


def select_activities(register: Register, role: str | None, status: str | None, owner: str | None) -> Register:
    """The register with only the activities matching the filters (catalogues unchanged)."""
    acts = register.activities
    if role == "controller":
        acts = tuple(a for a in acts if a.role is not Role.PROCESSOR)
    elif role == "processor":
        acts = tuple(a for a in acts if a.role is Role.PROCESSOR)
    if status:
        acts = tuple(a for a in acts if a.status.value == status)
    if owner:
        acts = tuple(a for a in acts if a.owner.casefold() == owner.casefold())
    return dataclasses.replace(register, activities=acts)


def run(args: argparse.Namespace) -> int:
    if args.format == "json" and (args.role or args.status or args.owner):
        raise ValidationError(["the JSON export is the whole register; filters apply to the other formats"])
    extra: dict[str, str] = {}
    from ropa.outputs import check_target, protect

    protect(args.file)
    if args.format != "csv" or args.output.suffix.lower() == ".zip":  # csv may also write a folder
        check_target(args.output)  # refused before the work, and checked again when the file is written
    with open_store(args.file, readonly=True) as store:
        if args.version_name:
            from ropa.versions import get_version, load_version

            version = get_version(store, args.version_name)
            # verify: what the cover calls this version is checked against the fingerprint frozen with it
            snapshot = load_version(store, version.uuid, verify=True)
            extra = {"version_name": version.name, "version_fingerprint": version.fingerprint}
        else:
            snapshot = store.snapshot()
    selected = select_activities(snapshot, args.role, args.status, args.owner)
    options = ExportOptions(
        language=args.lang or snapshot.organisation.language or "en",
        page_size=args.page_size,
        include_findings=args.findings,
        extra=extra,
    )
    exporter(args.format)(selected, args.output, options)
    print(f"Exported {len(selected.activities)} activities to {args.output}")
    return 0
