"""Values of two reference lists that share a code ("internal", "none", "processor") never mix.

A StrEnum compares as its string, so ``DpoKind.INTERNAL == RecipientType.INTERNAL`` once held, and a
cache keyed by value printed an internal department as "Internal DPO". ropa's enums derive from
:class:`ropa.domain.enums.Code`, which never equals a member of another enum. The test below finds
every pair of enums sharing a value, puts both members into one register, exports it to Excel, CSV
and PDF in every language, and finds each member's own label where it belongs.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import itertools
import subprocess
from collections.abc import Callable, Iterator
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

import ropa
from ropa.checks.findings import Scope, Severity
from ropa.domain import enums
from ropa.domain.enums import Code, DpoKind, RecipientType, Role, TransferMechanism
from ropa.domain.model import Register
from ropa.exports import ExportOptions
from ropa.exports.csv_export import export as export_csv
from ropa.exports.pdf import export as export_pdf
from ropa.exports.tables import Formatter
from ropa.exports.xlsx import export as export_xlsx
from ropa.i18n import LANGUAGES, Translator

ALL_ENUMS: list[type[Code]] = [
    v for v in vars(enums).values() if isinstance(v, type) and issubclass(v, Code) and v is not Code
] + [Severity, Scope]


def shared_values() -> dict[type[Code], set[str]]:
    """For each enum, the values it shares with at least one other enum."""
    out: dict[type[Code], set[str]] = {}
    for a, b in itertools.combinations(ALL_ENUMS, 2):
        common = {m.value for m in a} & {m.value for m in b}
        if common:
            out.setdefault(a, set()).update(common)
            out.setdefault(b, set()).update(common)
    return out


# --- the enums themselves --------------------------------------------------------------------------


def test_every_enum_of_ropa_and_ui_is_a_code() -> None:
    """A new StrEnum that is not a Code would bring the collision back: scan every module."""
    import importlib
    import pkgutil

    import ui

    found = []
    for package in (ropa, ui):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for value in vars(module).values():
                if (
                    isinstance(value, type) and issubclass(value, StrEnum) and value.__module__ == info.name
                    and value is not Code
                ):
                    found.append(value)
    assert found, "the scan found no enum at all"
    assert [e.__name__ for e in found if not issubclass(e, Code)] == []


@pytest.mark.parametrize(("a", "b"), [(a, b) for a, b in itertools.permutations(ALL_ENUMS, 2)
                                      if {m.value for m in a} & {m.value for m in b}])
def test_members_sharing_a_value_are_distinct_everywhere(a: type[Code], b: type[Code]) -> None:
    for value in {m.value for m in a} & {m.value for m in b}:
        x, y = a(value), b(value)
        assert x != y
        assert (x == y) is False
        assert x == value and value == x  # still its own code as a plain string (database, JSON)
        assert len({x, y}) == 2
        cache: dict[Any, str] = {x: "x"}
        assert y not in cache
        cache[y] = "y"
        assert cache[x] == "x" and cache[y] == "y"
        assert sorted([y, x]) in ([x, y], [y, x])  # ordering still works (as strings)


# --- exports -----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Placed:
    """A member put into the register, and how to find its label in each format."""

    member: Enum
    sheet: str  # sheet key under export.sheet
    row: Callable[[dict[str, str]], bool]  # which row of that sheet (by its headers' values)
    column: str | None  # column key under export.column (None: a two-column sheet, the value column)
    pdf: Callable[[Formatter], str]  # a text the PDF prints, formatted by a fresh Formatter


def _replace(items: tuple[Any, ...], index: int, **changes: Any) -> tuple[Any, ...]:
    return tuple(dataclasses.replace(x, **changes) if i == index else x for i, x in enumerate(items))


def _place_dpo_kind(register: Register, members: list[Enum]) -> tuple[Register, list[Placed]]:
    (member,) = members  # the organisation has one DPO: one member per round
    org = dataclasses.replace(register.organisation, dpo_kind=member)
    register = dataclasses.replace(register, organisation=org)

    def pdf(f: Formatter) -> str:
        contact = f.contact(org.dpo)
        label = f.t.enum(member)
        return f.pair(label, contact) if contact else label

    placed = Placed(member, "organisation", lambda row: row["_key"] == "dpo_kind", None, pdf)
    return register, [placed]


def _place_recipient_type(register: Register, members: list[Enum]) -> tuple[Register, list[Placed]]:
    used = [u for a in register.activities for u in a.recipients]
    order = [i for i, r in enumerate(register.recipients) if r.uuid in used]
    placed = []
    recipients = register.recipients
    for index, member in zip(order, members, strict=False):
        recipients = _replace(recipients, index, kind=member)
        name = recipients[index].name
        recipient = recipients[index]
        placed.append(Placed(
            member, "recipients", lambda row, name=name: row["recipient"] == name, "recipient_type",
            lambda f, r=recipient: f.recipient(r),
        ))
    assert len(placed) == len(members)
    return dataclasses.replace(register, recipients=recipients), placed


def _place_mechanism(register: Register, members: list[Enum]) -> tuple[Register, list[Placed]]:
    activities = register.activities
    placed = []
    slots = [(i, j) for i, a in enumerate(activities) for j, _t in enumerate(a.transfers)]
    for (i, j), member in zip(slots, members, strict=False):
        transfers = _replace(activities[i].transfers, j, mechanism=member, scc_module=None, derogation=None)
        activities = _replace(activities, i, transfers=transfers)
        transfer = transfers[j]
        placed.append(Placed(
            member, "transfers", lambda row, u=transfer.uuid: row["uuid"] == u, "mechanism",
            lambda f, t=transfer: f.mechanism(t),
        ))
    assert len(placed) == len(members)
    return dataclasses.replace(register, activities=activities), placed


def _place_role(register: Register, members: list[Enum]) -> tuple[Register, list[Placed]]:
    activities = register.activities
    placed = []
    # controller activities without joint-controller details, so that a role change is all that differs
    slots = [i for i, a in enumerate(activities) if a.role is Role.CONTROLLER]
    for i, member in zip(slots, members, strict=False):
        activities = _replace(activities, i, role=member)
        a = activities[i]
        sheet = "processor" if member is Role.PROCESSOR else "controller"
        placed.append(Placed(
            member, sheet, lambda row, u=a.uuid: row["uuid"] == u, None if member is Role.PROCESSOR else "role",
            lambda f, a=a: f.label("item.meta", role=f.t.enum(a.role), status=f.t.enum(a.status), owner=a.owner or "—"),
        ))
    assert len(placed) == len(members)
    return dataclasses.replace(register, activities=activities), placed


#: how to put members of an enum into the demo register; single-slot enums get one member per round
PLACERS: dict[type[Code], tuple[bool, Callable[[Register, list[Enum]], tuple[Register, list[Placed]]]]] = {
    DpoKind: (True, _place_dpo_kind),
    RecipientType: (False, _place_recipient_type),
    TransferMechanism: (False, _place_mechanism),
    Role: (False, _place_role),
}


def test_every_enum_sharing_a_value_is_placed() -> None:
    """A new collision (an enum gaining a value another has) must be covered by the export test."""
    shared = shared_values()
    assert set(shared) - set(PLACERS) == set()
    single = [e for e in shared if PLACERS[e][0]]
    for a, b in itertools.combinations(single, 2):  # two single-slot enums would need a round per pair
        assert not ({m.value for m in a} & {m.value for m in b}), (a, b)


def rounds(demo: Register) -> Iterator[tuple[Register, list[Placed]]]:
    """Registers holding, together, both members of every colliding pair (one round per single-slot member)."""
    shared = shared_values()
    count = max((len(values) for e, values in shared.items() if PLACERS[e][0]), default=1)
    for n in range(count):
        register, placed = demo, []
        for enum, values in shared.items():
            single, place = PLACERS[enum]
            members = sorted(enum(v) for v in values)
            if single:
                members = [members[n % len(members)]]
            register, more = place(register, members)
            placed.extend(more)
        yield register, placed


def _rows(headers: list[str], rows: list[list[str]], keys: list[str]) -> list[dict[str, str]]:
    by_title = dict(zip(headers, keys, strict=False))
    return [{by_title.get(h, h): v for h, v in zip(headers, row, strict=False)} for row in rows]


def _flat(value: str) -> str:
    """Text as pdftotext gives it back, without line breaks, spaces or hyphens put in by the layout."""
    return "".join(c for c in value if not c.isspace() and c not in "-\u00ad")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_colliding_members_keep_their_own_labels_in_every_format(
    tmp_path: Path, demo_register: Register, lang: str
) -> None:
    from ropa.exports import tables

    t = Translator(lang)
    checked = 0
    for n, (register, placed) in enumerate(rounds(demo_register)):
        book, folder, pdf = tmp_path / f"{n}.xlsx", tmp_path / f"csv{n}", tmp_path / f"{n}.pdf"
        options = ExportOptions(language=lang)
        export_xlsx(register, book, options)
        export_csv(register, folder, options)
        export_pdf(register, pdf, options)
        wb = load_workbook(book)
        csv_files = {
            p.name.split("-", 1)[1].removesuffix(".csv"): list(csv.reader(
                io.StringIO(p.read_text("utf-8-sig"), newline=""), delimiter="," if lang == "en" else ";"))
            for p in folder.glob("*.csv")
        }
        pdf_text = _flat(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True, text=True).stdout)
        columns = {
            "controller": tables.CONTROLLER_COLUMNS, "processor": tables.PROCESSOR_COLUMNS,
            "recipients": tables.RECIPIENT_COLUMNS, "transfers": tables.TRANSFER_COLUMNS,
        }
        for p in placed:
            label = t.enum(p.member)
            ws = wb[t(f"export.sheet.{p.sheet}")]
            values = [[("" if c is None else str(c)) for c in row] for row in ws.iter_rows(values_only=True)]
            if p.sheet == "organisation":
                keys = {t(f"export.column.{k}"): k for k in tables.ORGANISATION_ROWS}
                rows = [{"_key": keys.get(row[0], ""), "_value": row[1]} for row in values[1:]]
            else:
                keys = [c.key for c in columns[p.sheet]]
                rows = _rows(values[0], values[1:], keys)
            hits = [i for i, row in enumerate(rows) if p.row(row)]
            assert hits, (lang, p)
            for i in hits:
                if p.sheet == "organisation":
                    assert rows[i]["_value"] == label, (lang, p.member, rows[i])
                elif p.column:
                    assert rows[i][p.column] == label, (lang, p.member, rows[i][p.column])
            if p.column and p.sheet != "organisation":  # the CSV files: the same rows, the public columns
                sheet = csv_files[t(f"export.sheet.{p.sheet}").replace(" ", "-")]
                csv_rows = _rows(sheet[0], sheet[1:], keys)
                assert [csv_rows[i][p.column] for i in hits] == [label] * len(hits), (lang, p.member)
            expected = p.pdf(Formatter(register, t))  # a fresh formatter: nothing cached from other lists
            assert _flat(expected) in pdf_text, (lang, p.member, expected)
            checked += 1
    assert checked >= 2 * sum(len(v) for v in shared_values().values()) // 2


def test_demo_with_an_internal_dpo_prints_internal_department_for_hr(tmp_path: Path, demo_register: Register) -> None:
    org = dataclasses.replace(demo_register.organisation, dpo_kind=DpoKind.INTERNAL)
    register = dataclasses.replace(demo_register, organisation=org)
    for lang in ("en", "fr"):
        t = Translator(lang)
        export_xlsx(register, tmp_path / f"{lang}.xlsx", ExportOptions(language=lang))
        ws = load_workbook(tmp_path / f"{lang}.xlsx")[t("export.sheet.recipients")]
        rows = list(ws.iter_rows(values_only=True))
        name_col = rows[0].index(t("export.column.recipient"))
        kind_col = rows[0].index(t("export.column.recipient_type"))
        hr = [row[kind_col] for row in rows[1:] if row[name_col] == "HR department"]
        assert hr and set(hr) == {t.enum(RecipientType.INTERNAL)}, hr
        assert t.enum(RecipientType.INTERNAL) != t.enum(DpoKind.INTERNAL)
        export_pdf(register, tmp_path / f"{lang}.pdf", ExportOptions(language=lang))
        pdf_text = _flat(subprocess.run(["pdftotext", str(tmp_path / f"{lang}.pdf"), "-"],
                                        capture_output=True, check=True, text=True).stdout)
        assert _flat(f"HR department ({t.enum(RecipientType.INTERNAL)}") in pdf_text
        assert _flat(f"HR department ({t.enum(DpoKind.INTERNAL)}") not in pdf_text
