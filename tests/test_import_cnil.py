"""The CNIL "registre simplifié": its example fiche imported field by field, and our export of the layout.

Everything here uses real files: the CNIL's own .ods as published, .ods/.xlsx files written by the
exporter and read back by openpyxl and by the import's sheet reader, real .ropa registers.
"""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ropa.cli import main
from ropa.domain.enums import DpoKind, DurationUnit, MeasureKind, RecipientType, RetentionKind, Role, TransferMechanism
from ropa.domain.model import Register, RegisterIndex
from ropa.exports import EXPORTERS, SUFFIXES, ExportOptions, exporter
from ropa.imports import plan_source
from ropa.imports.plan import apply_plan
from ropa.imports.sheets import read_workbook
from ropa.service import RegisterStore

#: the file as the CNIL published it (2019), unchanged (sha256 fe736302…d217)
CNIL_ODS = Path(__file__).parent / "fixtures" / "cnil" / "registre-traitement-simplifie.ods"


def _import(store: RegisterStore, source: Path) -> Any:
    plan = plan_source(source, store.snapshot())
    apply_plan(store, plan)
    return plan


@pytest.fixture
def french_store(tmp_path: Path) -> Any:
    store = RegisterStore.create(tmp_path / "fr.ropa", "Acme SAS", language="fr")
    yield store
    store.close()


# --- the CNIL's own file -------------------------------------------------------------------------


def test_the_example_fiche_lands_field_by_field(french_store: RegisterStore) -> None:
    plan = _import(french_store, CNIL_ODS)
    register = french_store.snapshot()
    index = RegisterIndex(register)
    assert plan.warnings == ()
    # the blank template fiche and the tutorial/list sheets give nothing; the example fiche is one activity
    assert len(register.activities) == 1
    a = register.activities[0]
    assert (a.name, a.reference, a.role) == ("Gestion de la paie", "1 - Exemple", Role.CONTROLLER)
    assert a.created_at == datetime(2018, 5, 26)
    assert a.updated_at == datetime(2019, 5, 13)  # written as text "13/05/2019" in the file: read day first
    # purposes: main purpose then the sub-purposes, in order, with no legal basis (the layout has none)
    assert [p.description for p in a.purposes] == [
        "Gestion de la paie",
        "Calcul des rémunérations",
        "Calcul du montant des versements adressés aux organismes sociaux",
        "Ordre de virement à la banque",
    ]
    assert all(p.legal_basis is None for p in a.purposes)
    # data: the "Description" names the data, the CNIL row becomes its description
    data = [index.data_categories[d.category] for d in a.data]
    assert [(c.name, c.description) for c in data] == [
        ("Noms, prénoms, adresses", "État civil, identité, données d'identification, images…"),
        ("RIB", "Informations d'ordre économique et financier (revenus, situation financière, situation fiscale, etc.)"),
        ("Numéros de sécurité sociale des salariés", "Numéro de Sécurité Sociale (ou NIR)"),
    ]
    assert not any(c.sensitive for c in data)
    # one retention rule for the three rows that share "5 ans à compter du versement de la paie"
    (rule,) = a.retention
    assert (rule.kind, rule.duration_value, rule.duration_unit, rule.trigger) == (
        RetentionKind.DURATION, 5, DurationUnit.YEARS, "versement de la paie",
    )
    assert rule.data_categories == tuple(d.category for d in a.data)
    assert index.names("data_subject_categories", a.data_subjects) == ["Salariés"]
    recipients = [index.recipients[u] for u in a.recipients]
    assert [(r.name, r.kind) for r in recipients] == [
        ("Dir. Administrative et Financière", RecipientType.INTERNAL),
        ("Organismes sociaux", RecipientType.INDEPENDENT_CONTROLLER),
        ("Banque d'Andorre", RecipientType.INDEPENDENT_CONTROLLER),
    ]
    assert recipients[2].country == "AD"
    measures = [index.security_measures[u] for u in a.security_measures]
    assert [(m.name, m.kind) for m in measures] == [
        ("Mesures de protection des logiciels", MeasureKind.TECHNICAL),
        ("Sauvegarde des données", MeasureKind.TECHNICAL),
        ("Contrôle d'accès des utilisateurs", MeasureKind.TECHNICAL),
    ]
    # the transfer table: Banque d'Andorre, Andorra, standard contractual clauses, the contract
    (transfer,) = a.transfers
    assert transfer.recipient == recipients[2].uuid
    assert (transfer.country, transfer.mechanism) == ("AD", TransferMechanism.SCC)
    assert transfer.documentation_reference == "Contrat en date du 23/01/2018"
    # "Acteurs": the controller and the DPO complete the organisation; "N/A" as DPO company: internal DPO
    org = register.organisation
    assert (org.legal_name, org.address, org.postal_code, org.city, org.country) == (
        "Louise DUPONT", "1 rue Rivoli", "75001", "Paris", "FR",
    )
    assert (org.email, org.phone) == ("exemple1@ets.com", "01 xx xx xx xx")
    assert (org.dpo.name, org.dpo.email, org.dpo.country, org.dpo.organisation) == (
        "Martin HENRI", "exemple2@ets.com", "FR", "",
    )
    assert org.dpo_kind is DpoKind.INTERNAL
    assert org.language == "fr"


def test_the_preview_lists_every_change_before_anything_is_written(french_store: RegisterStore) -> None:
    before = french_store.snapshot()
    plan = plan_source(CNIL_ODS, before)
    assert french_store.snapshot() == before  # planning writes nothing
    text = "\n".join(plan.lines())
    assert "ajouter le traitement 1 - Exemple “Gestion de la paie”" in text
    assert "ajouter la catégorie de données “RIB”" in text
    assert "Dénomination : Acme SAS → Louise DUPONT" in text
    assert plan.count("add", "activities") == 1
    assert plan.count("add", "data_categories") == 3


def test_importing_the_example_twice_changes_nothing_the_second_time(french_store: RegisterStore) -> None:
    _import(french_store, CNIL_ODS)
    again = plan_source(CNIL_ODS, french_store.snapshot())
    assert again.is_empty, again.lines()


def test_catalogue_values_link_to_existing_items_ignoring_case_and_accents(tmp_path: Path) -> None:
    from ropa.domain.model import DataSubjectCategory, Recipient, SecurityMeasure

    with RegisterStore.create(tmp_path / "r.ropa", "Acme SAS", language="fr") as store:
        store.save_item(DataSubjectCategory("11111111-1111-1111-1111-111111111111", "SALARIES"))
        store.save_item(SecurityMeasure("22222222-2222-2222-2222-222222222222", "controle d’acces des utilisateurs"))
        store.save_item(Recipient("33333333-3333-3333-3333-333333333333", "banque d'andorre", RecipientType.PROCESSOR))
        _import(store, CNIL_ODS)
        register = store.snapshot()
    assert len(register.data_subject_categories) == 1
    assert register.activities[0].data_subjects == ("11111111-1111-1111-1111-111111111111",)
    assert "22222222-2222-2222-2222-222222222222" in register.activities[0].security_measures
    assert register.activities[0].transfers[0].recipient == "33333333-3333-3333-3333-333333333333"
    # the existing item is linked, not changed
    assert {r.name for r in register.recipients} >= {"banque d'andorre"}
    assert next(r for r in register.recipients if r.name == "banque d'andorre").kind is RecipientType.PROCESSOR


# --- our export of the layout ------------------------------------------------------------------


def _export(register: Register, path: Path, fmt: str) -> Path:
    exporter(fmt)(register, path, ExportOptions(language="fr"))
    return path


@pytest.fixture(scope="module")
def demo_exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo register exported once per format for the whole module (the files are only read)."""
    from ropa.demo import demo_register

    folder = tmp_path_factory.mktemp("cnil")
    return {fmt: _export(demo_register(), folder / f"registre{SUFFIXES[fmt]}", fmt) for fmt in ("cnil-ods", "cnil-xlsx")}


@pytest.mark.parametrize("fmt", ["cnil-ods", "cnil-xlsx"])
def test_export_then_reimport_into_the_same_register_changes_nothing(
    demo_store: RegisterStore, demo_exports: dict[str, Path], fmt: str
) -> None:
    register = demo_store.snapshot()
    out = demo_exports[fmt]
    plan = plan_source(out, register)
    assert plan.is_empty, "\n".join(plan.lines())
    # what the layout cannot carry (legal bases, DPIA, owner...) is kept, not erased
    apply_plan(demo_store, plan)
    assert demo_store.snapshot() == register


def _carried(register: Register) -> dict[str, Any]:
    """What the CNIL layout carries, by activity reference, in comparable form."""
    index = RegisterIndex(register)
    out: dict[str, Any] = {}
    for a in register.activities:
        out[a.reference] = {
            "name": a.name,
            "created": a.created_at.date() if a.created_at else None,
            "updated": a.updated_at.date() if a.updated_at else None,
            "purposes": [p.description for p in a.purposes],
            "data": sorted(
                (c.name, c.special_category, c.criminal) for c in (index.data_categories[d.category] for d in a.data)
            ),
            "retention": sorted(
                (
                    r.kind,
                    r.duration_value,
                    r.duration_unit,
                    r.trigger if r.kind is not RetentionKind.CRITERIA else "",
                    r.criteria,
                    tuple(sorted(index.names("data_categories", r.data_categories))),
                )
                for r in a.retention
            ),
            "subjects": index.names("data_subject_categories", a.data_subjects),
            "recipients": index.names("recipients", a.recipients),
            "measures": sorted(
                (m.name, m.description) for m in (index.security_measures[u] for u in a.security_measures)
            ),
            "transfers": [
                (
                    index.recipients[t.recipient].name if t.recipient else "",
                    t.country,
                    t.international_organisation,
                    t.mechanism,
                    t.scc_module,
                    t.derogation,
                    t.documentation_reference,
                )
                for t in a.transfers
            ],
            "joint": [
                (j.name, j.contact.address, j.contact.city, j.contact.country, j.contact.email)
                for j in (index.joint_controllers[u] for u in a.joint_controllers)
            ],
        }
    org = register.organisation
    out["organisation"] = (
        org.legal_name, org.address, org.postal_code, org.city, org.country, org.email, org.phone,
        org.dpo.name, org.dpo.email, org.representative.name,
    )
    return out


@pytest.mark.parametrize("fmt", ["cnil-ods", "cnil-xlsx"])
def test_export_then_import_into_a_new_register_gives_the_same_content(
    demo_register: Register, demo_exports: dict[str, Path], tmp_path: Path, fmt: str
) -> None:
    out = demo_exports[fmt]
    with RegisterStore.create(tmp_path / "new.ropa", "Nouveau", language="fr") as store:
        _import(store, out)
        imported = store.snapshot()
    assert _carried(imported) == _carried(demo_register)
    # where the layout is coarser than ropa, the loss is the documented one
    kinds = {r.name: r.kind for r in imported.recipients}
    assert kinds["HR department"] is RecipientType.INTERNAL
    assert kinds["SD Worx"] is RecipientType.PROCESSOR
    assert all(p.legal_basis is None for a in imported.activities for p in a.purposes)


def test_the_xlsx_export_looks_like_the_cnil_layout(demo_register: Register, tmp_path: Path) -> None:
    import dataclasses

    demo_register = dataclasses.replace(demo_register, activities=demo_register.activities[:3])
    out = _export(demo_register, tmp_path / "registre.xlsx", "cnil-xlsx")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "2_-_Liste_des_traitements"
    assert book.sheetnames[1:-1] == [f"3_-_Fiche_{a.reference}" for a in demo_register.activities]
    assert book.sheetnames[-1] == "5_-_Listes"
    listing = book["2_-_Liste_des_traitements"]
    assert listing["B1"].value == "Nom :" and listing["C1"].value == "Cardify NV"
    assert [listing.cell(8, c).value for c in range(1, 5)] == [
        "Nom du traitement", "N° / RÉF", "Date de création de la fiche", "Dernière mise à jour de la fiche",
    ]
    assert listing["A9"].value == demo_register.activities[0].name
    assert listing["C9"].is_date and listing["C9"].number_format == "DD/MM/YYYY"
    assert "E9:G9" in {str(r) for r in listing.merged_cells.ranges}
    fiche = book["3_-_Fiche_PA-001"]
    labels = [fiche.cell(r, 1).value for r in range(1, fiche.max_row + 1)]
    for label in ("Nom du traitement", "Acteurs", "Finalité principale", "Sous-finalité 5", "Données sensibles",
                  "Données relatives à des condamnations pénales ou infractions", "Transferts hors UE"):
        assert label in labels, label
    name_row = labels.index("Nom du traitement") + 1
    assert fiche.cell(name_row, 2).value == "Payroll and HR administration"
    assert f"B{name_row}:H{name_row}" in {str(r) for r in fiche.merged_cells.ranges}
    assert fiche.cell(name_row, 1).font.bold
    assert fiche.column_dimensions["A"].width > fiche.column_dimensions["D"].width
    # the health data of payroll sits in the CNIL's "santé" row's block (sensitive section)
    sensitive_start = labels.index("Données sensibles")
    assert "Health data" in labels[sensitive_start:]


def test_the_fiches_offer_the_cnil_drop_down_lists_with_current_countries(demo_exports: dict[str, Path]) -> None:
    """As in the CNIL's template: recipient types, subjects, measures, countries and guarantees come
    from the sheet "5_-_Listes"; other text stays allowed (a warning), and the zones are current."""
    book = openpyxl.load_workbook(demo_exports["cnil-xlsx"])
    lists = book["5_-_Listes"]
    columns = {lists.cell(1, c).value: c for c in range(1, lists.max_column + 1) if lists.cell(1, c).value}
    assert set(columns) >= {"Garanties", "Pays", "Zone", "Catégories de personnes", "Destinataires",
                            "Mesures de sécurité techniques"}
    zones = {lists.cell(r, columns["Pays"]).value: lists.cell(r, columns["Zone"]).value
             for r in range(2, lists.max_row + 1) if lists.cell(r, columns["Pays"]).value}
    assert zones["Royaume-Uni"] == "adéquat" and zones["Corée, République de"] == "adéquat"  # not in the CNIL's 2019 list
    assert zones["États-Unis"] == "adéquat en partie"  # the Data Privacy Framework: certified recipients only
    assert zones["Belgique"] == "EEE" and zones["Réunion, Île de la"] == "EEE" and zones["Inde"] == "non adéquat"
    recipients = [lists.cell(r, columns["Destinataires"]).value for r in range(2, 7)]
    assert recipients[1] == "Sous-traitants"
    fiche = book["3_-_Fiche_PA-003"]
    rules = {str(v.formula1): (str(v.sqref), v.errorStyle) for v in fiche.data_validations.dataValidation}
    labels = {fiche.cell(r, 1).value: r for r in range(1, fiche.max_row + 1)}
    first_recipient, first_transfer = labels["Destinataire 1"], labels["Organisme destinataire 1"]
    assert f"B{first_recipient}" in rules["'5_-_Listes'!$H$2:$H$6"][0].split()
    countries = next(k for k in rules if "$C$2" in k)
    assert f"C{first_transfer}" in rules[countries][0].split() and rules[countries][1] == "warning"
    assert fiche.cell(first_transfer, 3).value in zones  # the country written is one of the list
    # the .ods has the same lists, as content validations the cells refer to
    import zipfile

    content = zipfile.ZipFile(demo_exports["cnil-ods"]).read("content.xml").decode()
    assert "of:cell-content-is-in-list([$'5_-_Listes'.$H$2:.$H$6])" in content
    assert content.count('table:content-validation-name="cnil-recipients"') >= 4


def test_the_ods_export_reads_back_with_merged_cells_and_dates(demo_register: Register, demo_exports: dict[str, Path]) -> None:
    out = demo_exports["cnil-ods"]
    workbook = read_workbook(out)
    listing = workbook.sheets[0]
    assert listing.name == "2_-_Liste_des_traitements"
    assert listing.cell(8, 2) == demo_register.activities[0].created_at.date().isoformat()  # type: ignore[union-attr]
    assert (8, 4, 8, 6) in listing.merged  # purposes merged E:G as in the template
    fiche = workbook.sheet("3_-_Fiche_PA-003")
    assert fiche is not None
    rows = {fiche.cell(r, 0): r for r in range(fiche.row_count)}
    transfer_row = rows["Organisme destinataire 1"]
    assert fiche.row(transfer_row)[1:4] == (
        "HubSpot, Inc.", "États-Unis", "Cadre de protection des données UE-États-Unis (art. 45)",
    )


def test_text_that_looks_like_a_formula_stays_text(demo_register: Register, tmp_path: Path) -> None:
    import dataclasses

    first = dataclasses.replace(demo_register.activities[0], name='=HYPERLINK("http://evil.example","x")')
    register = dataclasses.replace(demo_register, activities=(first,))
    xlsx = _export(register, tmp_path / "f.xlsx", "cnil-xlsx")
    cell = openpyxl.load_workbook(xlsx)["2_-_Liste_des_traitements"]["A9"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    ods = _export(register, tmp_path / "f.ods", "cnil-ods")
    assert read_workbook(ods).sheets[0].cell(8, 0).startswith("=HYPERLINK")
    import zipfile

    content = zipfile.ZipFile(ods).read("content.xml").decode()
    assert "table:formula" not in content


def _set_next_to(ws: Any, label: str, value: str, column: int = 2) -> None:
    for row in range(1, ws.max_row + 1):
        if ws.cell(row, 1).value == label:
            ws.cell(row, column).value = value
            return
    raise AssertionError(label)


def test_edited_in_a_spreadsheet_program_then_reimported(demo_store: RegisterStore, tmp_path: Path) -> None:
    import dataclasses

    register = demo_store.snapshot()
    # one fiche is enough (and quick to edit): activities absent from the file are left alone
    only = dataclasses.replace(register, activities=tuple(a for a in register.activities if a.reference == "PA-005"))
    out = _export(only, tmp_path / "registre.xlsx", "cnil-xlsx")
    book = openpyxl.load_workbook(out)
    fiche = book["3_-_Fiche_PA-005"]
    _set_next_to(fiche, "Sous-finalité 1", "Mesurer l'audience de la lettre")
    _set_next_to(fiche, "Organisme destinataire 1", "Clauses contractuelles types (CCT)", column=4)
    book.save(out)
    plan = plan_source(out, register)
    assert [(c.action, c.kind, c.label) for c in plan.changes] == [("update", "activities", "PA-005 “Newsletter”")]
    fields = {f.field: f for f in plan.changes[0].fields}
    assert set(fields) == {"purposes", "transfers", "updated_at"}
    assert fields["purposes"].new == "Mesurer l'audience de la lettre"
    apply_plan(demo_store, plan)
    after = demo_store.find_activity("PA-005")
    assert [p.description for p in after.purposes] == ["Sending the newsletter", "Mesurer l'audience de la lettre"]
    assert after.purposes[0].legal_basis is not None  # kept: the layout does not carry legal bases
    assert after.transfers[0].mechanism is TransferMechanism.SCC
    assert after.transfers[0].uuid == register.activities[4].transfers[0].uuid


def test_privacy_shield_is_imported_as_no_mechanism_with_a_warning(demo_register: Register, tmp_path: Path) -> None:
    import dataclasses

    register = dataclasses.replace(demo_register, activities=demo_register.activities[4:5])
    out = _export(register, tmp_path / "registre.xlsx", "cnil-xlsx")
    book = openpyxl.load_workbook(out)
    _set_next_to(book["3_-_Fiche_PA-005"], "Organisme destinataire 1", "Privacy shield", column=4)
    book.save(out)
    with RegisterStore.create(tmp_path / "n.ropa", "N", language="en") as store:
        plan = plan_source(out, store.snapshot())
        assert any("Privacy shield" in w and "C-311/18" in w for w in plan.warnings)
        apply_plan(store, plan)
        transfer = store.snapshot().activities[0].transfers[0]
    assert transfer.mechanism is TransferMechanism.NONE
    assert "C-311/18" in transfer.safeguards


def test_cli_exports_and_reimports_the_cnil_layout(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert {"cnil-ods", "cnil-xlsx"} <= set(EXPORTERS)
    out = tmp_path / "registre.ods"
    assert main(["export", str(demo_file), "--format", "cnil-ods", "-o", str(out)]) == 0
    assert out.exists()
    capsys.readouterr()
    assert main(["import", str(demo_file), str(out), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "changes nothing" in printed and "Dry run" in printed


def test_cli_imports_the_cnil_template_and_reports_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    register = tmp_path / "r.ropa"
    RegisterStore.create(register, "Acme", language="en").close()
    source = tmp_path / "registre.ods"
    shutil.copy(CNIL_ODS, source)
    assert main(["import", str(register), str(source)]) == 0
    printed = capsys.readouterr().out
    assert "add activity 1 - Exemple “Gestion de la paie”" in printed
    assert "Imported" in printed
    with RegisterStore.open(register, readonly=True) as store:
        assert store.find_activity("1 - Exemple").created_at == datetime(2018, 5, 26)


def test_dates_in_the_fiche_accept_the_day_first_french_form() -> None:
    from ropa.imports.common import parse_date

    assert parse_date("13/05/2019") == date(2019, 5, 13)
    assert parse_date("2018-05-26") == date(2018, 5, 26)
    assert parse_date("") is None
    with pytest.raises(ValueError):
        parse_date("mai 2019")
