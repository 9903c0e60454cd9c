"""Round trip with ropa's own Excel export: export, edit with openpyxl as a person would, import again.

The export is written by ``ropa export --format xlsx`` (ropa.exports.xlsx) in the register's
language; the import recognises it from its translated headers and compares every cell with what
the exporter would write today, so an untouched file changes nothing and an edited one changes
exactly what was edited. Into an empty register the file gives back the whole register (the same
JSON export), and exports of earlier versions, without the structured sheets, still import.
"""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ropa.cli import main
from ropa.domain.enums import LegalBasis, RecipientType
from ropa.domain.model import Register
from ropa.errors import ValidationError
from ropa.exchange.json_format import to_dict
from ropa.exports import ExportOptions, exporter
from ropa.exports.common import xml_safe
from ropa.exports.tables import Formatter
from ropa.i18n import Translator
from ropa.imports import plan_source
from ropa.imports.own_xlsx import NEW_COLUMNS, SHEET_KEYS, STRUCTURED_KEYS
from ropa.imports.plan import apply_plan
from ropa.service import RegisterStore
from tests.strategies import registers


def _export(register: Register, path: Path, language: str = "en") -> Path:
    exporter("xlsx")(register, path, ExportOptions(language=language))
    return path


def _canonical(register: Register) -> dict[str, Any]:
    """Activities by reference with catalogue references replaced by the items (minus UUIDs)."""
    items: dict[str, Any] = {}
    for name in ("data_subject_categories", "data_categories", "recipients", "security_measures", "systems",
                 "joint_controllers"):
        for item in register.catalogue(name):
            items[item.uuid] = item

    def plain(value: Any) -> Any:
        if isinstance(value, str) and value in items:
            return dataclasses.replace(items[value], uuid="")
        if isinstance(value, tuple):
            return tuple(plain(v) for v in value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value) if f.name != "uuid"}
        return value

    return {a.reference: plain(a) for a in register.activities}


@pytest.mark.parametrize("language", ["en", "fr", "nl", "de"])
def test_an_untouched_export_changes_nothing(demo_store: RegisterStore, tmp_path: Path, language: str) -> None:
    register = demo_store.snapshot()
    out = _export(register, tmp_path / "register.xlsx", language)
    plan = plan_source(out, register)
    assert plan.is_empty, "\n".join(plan.lines())


def _json(register: Register) -> dict[str, Any]:
    """The register's JSON exchange form, without what no import can carry: the time of the export, and the
    identity of the organisation record (a register keeps its own)."""
    out = to_dict(register)
    del out["exported_at"]
    del out["organisation"]["uuid"]
    return out


def _into_an_empty_register(source: Path, tmp_path: Path, language: str = "en") -> Register:
    with RegisterStore.create(tmp_path / f"empty-{uuid.uuid4().hex[:8]}.ropa", "New register", language=language) as store:
        apply_plan(store, plan_source(source, store.snapshot()))
        return store.snapshot()


@pytest.mark.parametrize("language", ["en", "fr", "nl", "de"])
def test_into_an_empty_register_nothing_is_lost(demo_store: RegisterStore, tmp_path: Path, language: str) -> None:
    register = demo_store.snapshot()
    out = _export(register, tmp_path / "register.xlsx", language)
    imported = _into_an_empty_register(out, tmp_path, "nl" if language == "en" else "en")
    assert _json(imported) == _json(register)


def _cellable(value: Any) -> Any:
    """Text as a spreadsheet cell holds it: control characters replaced (XML cannot hold them), line ends as
    XML keeps them, no surrounding blanks (the import trims cells)."""
    if isinstance(value, str):
        return xml_safe(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    if isinstance(value, tuple):
        return tuple(_cellable(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _cellable(getattr(value, f.name)) for f in dataclasses.fields(value)})
    return value


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(register=registers(max_activities=3), language=st.sampled_from(["en", "fr", "nl", "de"]))
def test_any_register_comes_back_whole_through_a_real_xlsx_file(
    register: Register, language: str, tmp_path: Path
) -> None:
    # the register as a store keeps it (any text, duplicate names, catalogue items no activity uses...)
    with RegisterStore.create(tmp_path / f"source-{uuid.uuid4().hex[:8]}.ropa", "Source") as store:
        store.import_register(_cellable(register))
        original = store.snapshot()
    out = _export(original, tmp_path / f"register-{uuid.uuid4().hex[:8]}.xlsx", language)
    assert _json(_into_an_empty_register(out, tmp_path)) == _json(original)


def test_acknowledged_findings_come_back_too(demo_store: RegisterStore, tmp_path: Path) -> None:
    activity = demo_store.find_activity("PA-010")
    recipient = demo_store.snapshot().recipients[0]
    demo_store.acknowledge("ART10-CRIMINAL-DATA", activity.uuid, "Authorised by the Act of 28 November 2022", "Sofie")
    demo_store.acknowledge("PROCESSOR-NO-DPA", recipient.uuid, "Public authority: the law applies", "Sofie")
    register = demo_store.snapshot()
    out = _export(register, tmp_path / "register.xlsx", "nl")
    assert plan_source(out, register).is_empty
    assert _json(_into_an_empty_register(out, tmp_path)) == _json(register)

    nl = Translator("nl")
    book = openpyxl.load_workbook(out)
    sheet = book[nl("export.sheet.acknowledgements")]
    headers = [c.value for c in sheet[1]]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "PA-010")
    sheet.cell(row, headers.index(nl("export.column.justification")) + 1).value = "Wet van 28 november 2022"
    book.save(out)
    plan = plan_source(out, register)
    assert [(c.action, c.kind, [f.field for f in c.fields]) for c in plan.changes] == [
        ("update", "acknowledgements", ["justification"])
    ]


def test_an_edited_organisation_cell_is_imported_and_listed_in_the_preview(
    demo_store: RegisterStore, tmp_path: Path
) -> None:
    register = demo_store.snapshot()
    out = _export(register, tmp_path / "register.xlsx", "fr")
    fr = Translator("fr")
    book = openpyxl.load_workbook(out)
    sheet = book[fr("export.sheet.organisation")]
    rows = {row[0].value: row[1] for row in sheet.iter_rows(min_row=2)}
    rows[fr("export.column.city")].value = "Antwerpen"
    rows[fr("export.column.dpo_email")].value = "sofie@privanova.example"
    rows[fr("export.column.representative_country")].value = "France"
    book.save(out)
    plan = plan_source(out, register, language="fr")
    assert [(c.action, c.kind) for c in plan.changes] == [("update", "organisation")]
    assert [(f.label, f.old, f.new) for f in plan.changes[0].fields] == [
        ("Ville", "Gent", "Antwerpen"),
        ("Délégué à la protection des données – Courriel", "dpo@privanova.example", "sofie@privanova.example"),
        ("Représentant – Pays", "(vide)", "France"),
    ]
    assert "      Ville : Gent → Antwerpen" in plan.lines()
    apply_plan(demo_store, plan)
    org = demo_store.snapshot().organisation
    assert (org.city, org.dpo.email, org.representative.country) == ("Antwerpen", "sofie@privanova.example", "FR")
    assert dataclasses.replace(org, city="Gent", dpo=register.organisation.dpo, representative=register.organisation.representative) \
        == register.organisation
    assert demo_store.snapshot().activities == register.activities


def test_a_bad_organisation_cell_is_one_line_and_changes_nothing(demo_store: RegisterStore, tmp_path: Path) -> None:
    register = demo_store.snapshot()
    out = _export(register, tmp_path / "register.xlsx", "en")
    book = openpyxl.load_workbook(out)
    sheet = book[EN("export.sheet.organisation")]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    rows[col("country")][1].value = "Atlantis"
    retention = book[EN("export.sheet.retention")]
    _set(retention, 2, col("duration_value"), "five")
    book.save(out)
    with pytest.raises(ValidationError) as caught:
        plan_source(out, register)
    country_row = rows[col("country")][0].row
    assert caught.value.problems == [
        f"Sheet '{EN('export.sheet.organisation')}', row {country_row}, column '{col('value')}': “Atlantis” in column "
        f"'{col('country')}' is not a country ropa knows; use its name or its ISO code (e.g. “Andorre”, “AD”)",
        f"Sheet '{EN('export.sheet.retention')}', row 2, column '{col('duration_value')}': “five” is not a whole number",
    ]
    assert demo_store.snapshot() == register


def test_structured_cells_and_their_summaries_are_both_read_where_edited(demo_store: RegisterStore, tmp_path: Path) -> None:
    register = demo_store.snapshot()
    out = _export(register, tmp_path / "register.xlsx", "en")
    book = openpyxl.load_workbook(out)
    joint = book[EN("export.sheet.joint_controllers")]
    _set(joint, 2, col("arrangement"), "Each party answers the requests it receives.")
    systems = book[EN("export.sheet.systems")]
    row = _sheet_row(systems, "PA-001", col("system"))
    system = systems.cell(row, 3).value
    _set(systems, row, col("description"), "Payroll engine, hosted in Ghent")
    controller = book[EN("export.sheet.controller")]
    row = _sheet_row(controller, "PA-004", col("reference"))
    _set(controller, row, col("automated"), "\n".join([  # the summary cell, as people read it
        EN("export.value.automated_exists", value="Yes"), EN("export.value.profiling", value="Yes"),
        EN("export.value.legal_effect", value="No"), EN("export.value.logic", value="Scores the leads")]))
    retention = book[EN("export.sheet.retention")]
    row = _sheet_row(retention, "PA-001", col("reference"))
    _set(retention, row, col("duration_value"), "12")  # the structured figure; the time limit cell left as it was
    book.save(out)

    plan = plan_source(out, register)
    assert sorted((c.kind, c.label) for c in plan.changes) == sorted([
        ("joint_controllers", next(f"“{j.name}”" for j in register.joint_controllers)),
        ("systems", f"“{system}”"),
        ("activities", "PA-001 “Payroll and HR administration”"),
        ("activities", "PA-004 " + next(f"“{a.name}”" for a in register.activities if a.reference == "PA-004")),
    ])
    apply_plan(demo_store, plan)
    after = demo_store.snapshot()
    assert after.joint_controllers[0].arrangement == "Each party answers the requests it receives."
    assert after.joint_controllers[0].contact == register.joint_controllers[0].contact
    assert next(s for s in after.systems if s.name == system).description == "Payroll engine, hosted in Ghent"
    pa4 = demo_store.find_activity("PA-004")
    assert (pa4.automated_decision.exists, pa4.automated_decision.profiling, pa4.automated_decision.logic) == (
        True, True, "Scores the leads")
    old = next(a for a in register.activities if a.reference == "PA-001")
    assert demo_store.find_activity("PA-001").retention[0].duration_value == 12
    assert demo_store.find_activity("PA-001").retention[0].uuid == old.retention[0].uuid


def test_a_copied_row_does_not_share_the_identity_of_its_original(demo_store: RegisterStore, tmp_path: Path) -> None:
    register = demo_store.snapshot()
    out = _export(register, tmp_path / "register.xlsx", "en")
    book = openpyxl.load_workbook(out)
    purposes = book[EN("export.sheet.purposes")]
    source = _sheet_row(purposes, "PA-002", col("purpose"))
    target = purposes.max_row + 1
    for column in range(1, purposes.max_column + 1):  # the hidden UUID too, as a copied row has it
        purposes.cell(target, column).value = purposes.cell(source, column).value
    purposes.cell(target, 1).value = "PA-003"
    purposes.cell(target, 2).value = next(a.name for a in register.activities if a.reference == "PA-003")
    book.save(out)
    apply_plan(demo_store, plan_source(out, register))
    copied = demo_store.find_activity("PA-003").purposes[-1]
    original = demo_store.find_activity("PA-002").purposes[0]
    assert copied.description == original.description and copied.uuid != original.uuid


def to_earlier_layout(path: Path, register: Register, language: str) -> None:
    """Turn an export into one of ropa's earlier layout, as the versions before the structured sheets wrote it:
    no structured sheets, no structured or hidden columns, creation/update days in words, the DPIA's day of
    completion after its reference. (Checked against real files of that version when this was written.)"""
    t = Translator(language)
    fmt = Formatter(register, t)
    by_reference = {a.reference: a for a in register.activities}
    book = openpyxl.load_workbook(path)
    for key in (*STRUCTURED_KEYS, "organisation", "acknowledgements"):
        if t(f"export.sheet.{key}") in book.sheetnames:
            book.remove(book[t(f"export.sheet.{key}")])
    for key in SHEET_KEYS:
        added = NEW_COLUMNS[key]
        ws = book[t(f"export.sheet.{key}")]
        headers = [c.value for c in ws[1]]
        if key in ("controller", "processor"):
            for row in range(2, ws.max_row + 1):
                a = by_reference[ws.cell(row, 1).value]
                cells = [("created", fmt.date(a.created_at)), ("updated", fmt.date(a.updated_at))]
                if key == "controller":
                    cells.append(("dpia_reference", fmt.dpia_reference(a)))
                for column, value in cells:
                    ws.cell(row, headers.index(t(f"export.column.{column}")) + 1).value = value or None
        for column in sorted((headers.index(t(f"export.column.{c}")) + 1 for c in added), reverse=True):
            ws.delete_cols(column)
    book.save(path)


@pytest.mark.parametrize("language", ["en", "de"])
def test_an_export_of_an_earlier_version_still_imports(demo_store: RegisterStore, tmp_path: Path, language: str) -> None:
    register = demo_store.snapshot()
    out = _export(register, tmp_path / "earlier.xlsx", language)
    to_earlier_layout(out, register, language)
    assert plan_source(out, register).is_empty  # into the same register: nothing changes
    imported = _into_an_empty_register(out, tmp_path)
    assert imported.organisation.legal_name == "New register"  # no organisation sheet: the register keeps its own
    before, after = _canonical(register), _canonical(imported)
    assert before.keys() == after.keys()
    # what the earlier layout did not carry: times of day, system descriptions, joint controllers' and served
    # controllers' contact details written as one line of text
    lossy = {"created_at", "updated_at", "systems", "joint_controllers", "served_controllers"}
    for reference in before:
        expected = {k: v for k, v in before[reference].items() if k not in lossy}
        got = {k: v for k, v in after[reference].items() if k not in lossy}
        assert got == expected, reference
        assert after[reference]["created_at"].date() == before[reference]["created_at"].date()
        assert [s.name for s in after[reference]["systems"]] == [s.name for s in before[reference]["systems"]]


EN = Translator("en")


def col(key: str) -> str:
    """A column header of the English export, from its label file (not copied here)."""
    return EN(f"export.column.{key}")


def _sheet_row(ws: Any, reference: str, column: str, value: str | None = None) -> int:
    """Row of the first line of ``reference`` whose ``column`` (a header) holds ``value`` (any if None)."""
    headers = [c.value for c in ws[1]]
    col = headers.index(column) + 1
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, 1).value == reference and (value is None or ws.cell(row, col).value == value):
            return row
    raise AssertionError((reference, column, value))


def _set(ws: Any, row: int, column: str, value: str) -> None:
    headers = [c.value for c in ws[1]]
    ws.cell(row, headers.index(column) + 1).value = value


def test_edits_made_in_a_spreadsheet_program_come_back_as_exactly_those_changes(
    demo_store: RegisterStore, tmp_path: Path
) -> None:
    register = demo_store.snapshot()
    out = _export(register, tmp_path / "register.xlsx", "en")
    book = openpyxl.load_workbook(out)
    purposes, recipients, controller = (book[EN(f"export.sheet.{k}")] for k in ("purposes", "recipients", "controller"))
    # 1. a legal basis changed and a purpose added to PA-002
    row = _sheet_row(purposes, "PA-002", col("purpose"), "Keeping applications for future vacancies")
    _set(purposes, row, col("legal_basis"), EN.enum(LegalBasis.LEGITIMATE_INTERESTS))
    purposes.insert_rows(row + 1)
    for column, value in (("reference", "PA-002"), ("activity", "Recruitment"),
                          ("purpose", "Checking references with former employers"),
                          ("legal_basis", EN.enum(LegalBasis.CONSENT))):
        _set(purposes, row + 1, col(column), value)
    # 2. a recipient's contract reference edited (a catalogue item: every activity sees it)
    row = _sheet_row(recipients, "PA-001", col("recipient"), "SD Worx")
    _set(recipients, row, col("contract_reference"), "DPA-2025-001")
    # 3. a new activity typed into the controller record; 4. PA-006 removed from the file
    new_row = controller.max_row + 1
    for column, value in (("reference", "PA-099"), ("activity", "Office plants"), ("owner", "Facilities")):
        _set(controller, new_row, col(column), value)
    controller.delete_rows(_sheet_row(controller, "PA-006", col("reference")))
    book.save(out)

    plan = plan_source(out, register)
    summary = sorted((c.action, c.kind, c.label) for c in plan.changes)
    assert summary == [
        ("add", "activities", "PA-099 “Office plants”"),
        ("update", "activities", "PA-002 “Recruitment”"),
        ("update", "recipients", "“SD Worx”"),
    ]
    apply_plan(demo_store, plan)
    after = demo_store.snapshot()
    recruitment = demo_store.find_activity("PA-002")
    assert [(p.description, p.legal_basis) for p in recruitment.purposes] == [
        ("Assessing applications and selecting candidates", LegalBasis.CONTRACT),
        ("Keeping applications for future vacancies", LegalBasis.LEGITIMATE_INTERESTS),
        ("Checking references with former employers", LegalBasis.CONSENT),
    ]
    old = next(a for a in register.activities if a.reference == "PA-002")
    assert recruitment.purposes[1].uuid == old.purposes[1].uuid  # the same purpose, not a new one
    sdworx = next(r for r in after.recipients if r.name == "SD Worx")
    assert (sdworx.contract_reference, sdworx.kind) == ("DPA-2025-001", RecipientType.PROCESSOR)
    assert demo_store.find_activity("PA-099").owner == "Facilities"
    assert demo_store.find_activity("PA-006").name == "Website analytics and cookies"  # not in the file: kept


def test_bad_edits_are_reported_with_their_place_and_nothing_is_written(demo_store: RegisterStore, tmp_path: Path) -> None:
    register = demo_store.snapshot()
    out = _export(register, tmp_path / "register.xlsx", "en")
    book = openpyxl.load_workbook(out)
    purposes = book[EN("export.sheet.purposes")]
    row = _sheet_row(purposes, "PA-003", col("purpose"))
    _set(purposes, row, col("legal_basis"), "Because the boss said so")
    transfers = book[EN("export.sheet.transfers")]
    _set(transfers, _sheet_row(transfers, "PA-003", col("reference")), col("country"), "Atlantis")
    purposes.cell(purposes.max_row + 1, 1).value = "PA-777"
    purposes.cell(purposes.max_row, 3).value = "Orphan purpose"
    book.save(out)
    with pytest.raises(ValidationError) as caught:
        plan_source(out, register)
    problems = caught.value.problems
    sheet = EN("export.sheet.purposes")
    assert f"Sheet '{sheet}', row {row}, column '{col('legal_basis')}': “Because the boss said so” is not a legal basis (Art. 6(1)) ropa knows" in problems
    assert any(p.startswith(f"Sheet '{EN('export.sheet.transfers')}', row") and "“Atlantis”" in p for p in problems)
    assert any("“PA-777” is not the reference of an activity" in p for p in problems)
    assert demo_store.snapshot() == register


def test_a_missing_detail_sheet_is_named(demo_register: Register, tmp_path: Path) -> None:
    out = _export(demo_register, tmp_path / "register.xlsx", "de")
    book = openpyxl.load_workbook(out)
    removed = book.worksheets[6]  # the retention sheet, in the exporter's order (after cover and records)
    title = removed.title
    book.remove(removed)
    book.save(out)
    with pytest.raises(ValidationError, match=f"sheet '{title}' is missing"):
        plan_source(out, demo_register)


def test_the_cli_recognises_its_own_export(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "register.xlsx"
    assert main(["export", str(demo_file), "--format", "xlsx", "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["import", str(demo_file), str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Importing register.xlsx changes nothing" in printed


@pytest.mark.parametrize("code", ["EEA", "EU", "XX", "ZZ"])
def test_codes_that_are_not_iso_countries_are_refused_with_their_cell(
    demo_store: RegisterStore, tmp_path: Path, code: str
) -> None:
    """Issue 12: 'EEA' was accepted and then raised false 'outside the EU/EEA' errors."""
    register = demo_store.snapshot()
    out = _export(register, tmp_path / "register.xlsx", "en")
    book = openpyxl.load_workbook(out)
    sheet = book[EN("export.sheet.organisation")]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    rows[col("country")][1].value = code
    rows[col("language")][1].value = "xx"
    book.save(out)
    with pytest.raises(ValidationError) as caught:
        plan_source(out, register)
    where = f"Sheet '{EN('export.sheet.organisation')}', row"
    assert any(p.startswith(where) and f"“{code}” in column '{col('country')}' is not a country" in p
               for p in caught.value.problems)
    assert any(p.startswith(where) and "“xx” is not a" in p for p in caught.value.problems)
    assert demo_store.snapshot() == register
