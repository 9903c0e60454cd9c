"""Any other spreadsheet: guessed column mappings (EN/FR/NL/DE, the ICO template), saved and reused.

The sources are real files made here with openpyxl and the csv module; imports go into real
registers, through the API the GUI's mapping step will use and through ``ropa import --mapping``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from ropa.cli import main
from ropa.domain.enums import (
    Art9Condition,
    DpiaStatus,
    DurationUnit,
    LegalBasis,
    RetentionKind,
    SourceKind,
    SpecialCategory,
    TransferMechanism,
)
from ropa.domain.model import Register, RegisterIndex
from ropa.errors import ValidationError
from ropa.imports import ImportOptions, plan_source
from ropa.imports.common import Context, match_code, match_country, parse_retention
from ropa.imports.mapping import (
    FIELDS,
    Mapping,
    field_label,
    guess_field,
    guess_for_workbook,
    guess_mapping,
    import_with_mapping,
    load_mapping,
    save_mapping,
)
from ropa.imports.plan import apply_plan
from ropa.imports.sheets import read_workbook
from ropa.service import RegisterStore

#: the column headers of the ICO "Documentation template for controllers", row 9 of sheet "Template"
ICO_HEADERS = [
    "Business function",
    "Purpose of processing",
    "Name and contact details of joint controller (if applicable)",
    "Categories of individuals",
    "Categories of personal data",
    "Categories of recipients",
    "Link to contract with processor",
    "Names of third countries or international organisations that personal data are transferred to (if applicable)",
    "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)",
    "Retention schedule (if possible)",
    "General description of technical and organisational security measures (if possible)",
    "Article 6 lawful basis for processing personal data",
    "Article 9 condition for processing special category data",
    "Legitimate interests for the processing (if applicable)",
    "Link to record of legitimate interests assessment (if applicable)",
    "Rights available to individuals",
    "Existence of automated decision-making, including profiling (if applicable)",
    "The source of the personal data (if applicable)",
    "Link to record of consent",
    "Location of personal data",
    "Data Protection Impact Assessment required?",
    "Data Protection Impact Assessment progress",
    "Link to Data Protection Impact Assessment",
    "Has a personal data breach occurred?",
    "Link to record of personal data breach",
    "Data Protection Act 2018 Schedule 1 Condition for processing",
    "GDPR Article 6 lawful basis for processing",
    "Link to retention and erasure policy document",
    "Is personal data retained and erased in accordance with the policy document?",
    "Reasons for not adhering to policy document (if applicable)",
]

ICO_ROWS = [
    {
        "Business function": "HR",
        "Purpose of processing": "Payroll\nPension administration",
        "Categories of individuals": "Employees; Former employees",
        "Categories of personal data": "Contact details\nBank details\nHealth data",
        "Categories of recipients": "HMRC\nPension provider",
        "Link to contract with processor": "https://intranet.example/contracts/42",
        "Names of third countries or international organisations that personal data are transferred to (if applicable)": "United States",
        "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)": "Standard contractual clauses",
        "Retention schedule (if possible)": "6 years after end of employment",
        "General description of technical and organisational security measures (if possible)": "Encryption; Access control",
        "Article 6 lawful basis for processing personal data": "Contract\nLegal obligation",
        "Article 9 condition for processing special category data": "Employment, social security and social protection",
        "Rights available to individuals": "Access, rectification",
        "Existence of automated decision-making, including profiling (if applicable)": "No",
        "The source of the personal data (if applicable)": "The data subject",
        "Location of personal data": "Payroll system",
        "Data Protection Impact Assessment required?": "Yes",
        "Data Protection Impact Assessment progress": "Completed",
        "Link to Data Protection Impact Assessment": "DPIA-7",
    },
    {
        "Business function": "Marketing",
        "Purpose of processing": "Newsletter to customers",
        "Categories of individuals": "Newsletter subscribers",
        "Categories of personal data": "Contact details",
        "Retention schedule (if possible)": "Until consent is withdrawn",
        "Article 6 lawful basis for processing personal data": "Consent (Art. 6(1)(a))",
        "Data Protection Impact Assessment required?": "No",
    },
]


def ico_workbook(path: Path) -> Path:
    """An ICO-like workbook: the contact block in rows 1-6, the headers in row 9, data from row 10."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Template"
    ws["A1"], ws["B1"] = "Name", "Cardify NV"
    ws["A2"], ws["B2"] = "Address", "Kortrijksesteenweg 1, Gent"
    for column, header in enumerate(ICO_HEADERS, 1):
        ws.cell(9, column, header)
    for offset, row in enumerate(ICO_ROWS):
        for column, header in enumerate(ICO_HEADERS, 1):
            if header in row:
                ws.cell(10 + offset, column, row[header])
    notes = book.create_sheet("Notes")
    notes["A1"] = "Headings highlighted green are required areas of documentation under Article 30"
    book.save(path)
    return path


FRENCH_CSV = [
    ["Nom du traitement", "N° / RÉF", "Finalités", "Base légale", "Personnes concernées", "Données traitées",
     "Destinataires", "Durée de conservation", "Pays tiers", "Garanties", "Date de création"],
    ["Gestion de la paie", "RH-01", "Calcul des salaires", "Obligation légale", "Salariés",
     "Identité ; Coordonnées bancaires", "Expert-comptable", "5 ans à compter de la fin du contrat", "", "", "15/01/2021"],
    ["Vidéosurveillance", "SG-02", "Sécurité des locaux", "Intérêt légitime", "Visiteurs ; Salariés", "Images",
     "Prestataire de sécurité", "30 jours", "États-Unis", "Clauses contractuelles types", "2022-03-01"],
]


def french_csv(path: Path, encoding: str = "utf-8-sig") -> Path:
    with open(path, "w", newline="", encoding=encoding) as handle:
        csv.writer(handle, delimiter=";").writerows(FRENCH_CSV)
    return path


# --- guessing -----------------------------------------------------------------------------------


def test_the_ico_template_columns_are_guessed() -> None:
    mapping = guess_mapping(ICO_HEADERS)
    expected = {
        "Business function": "owner",
        "Purpose of processing": "purposes",
        "Name and contact details of joint controller (if applicable)": "joint_controllers",
        "Categories of individuals": "data_subjects",
        "Categories of personal data": "data_categories",
        "Categories of recipients": "recipients",
        "Link to contract with processor": "notes",
        ICO_HEADERS[7]: "transfer_countries",
        ICO_HEADERS[8]: "transfer_safeguards",
        "Retention schedule (if possible)": "retention",
        ICO_HEADERS[10]: "security_measures",
        "Article 6 lawful basis for processing personal data": "legal_basis",
        "Article 9 condition for processing special category data": "art9_condition",
        "Legitimate interests for the processing (if applicable)": "legitimate_interest",
        "Existence of automated decision-making, including profiling (if applicable)": "automated_decision",
        "The source of the personal data (if applicable)": "sources",
        "Location of personal data": "systems",
        "Data Protection Impact Assessment required?": "dpia_required",
        "Data Protection Impact Assessment progress": "dpia_status",
        "Link to Data Protection Impact Assessment": "dpia_reference",
        "GDPR Article 6 lawful basis for processing": "notes",  # the DPA 2018 Schedule 1 block, not a second basis
    }
    assert {h: mapping.columns[h] for h in expected} == expected
    assert set(mapping.columns) == set(ICO_HEADERS)  # every ICO column is kept somewhere (notes at worst)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nom du traitement", "name"), ("Finalité(s)", "purposes"), ("Base juridique", "legal_basis"),
        ("Catégories de personnes concernées", "data_subjects"), ("Durée de conservation", "retention"),
        ("Transferts hors UE", "transfer_countries"), ("Mesures de sécurité", "security_measures"),
        ("Naam van de verwerking", "name"), ("Doeleinden", "purposes"), ("Rechtsgrond", "legal_basis"),
        ("Categorieën betrokkenen", "data_subjects"), ("Bewaartermijn", "retention"), ("Ontvangers", "recipients"),
        ("Bezeichnung der Verarbeitungstätigkeit", "name"), ("Zwecke der Verarbeitung", "purposes"),
        ("Rechtsgrundlage", "legal_basis"), ("Kategorien betroffener Personen", "data_subjects"),
        ("Löschfristen", "retention"), ("Technische und organisatorische Maßnahmen", "security_measures"),
        ("Empfänger", "recipients"), ("Drittländer", "transfer_countries"),
        ("Colour", None),
    ],
)
def test_headers_are_recognised_in_four_languages(header: str, field: str | None) -> None:
    assert guess_field(header) == field


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("consent", "6.1.a"), ("Consentement", "6.1.a"), ("toestemming", "6.1.a"), ("Einwilligung", "6.1.a"),
        ("6(1)(a)", "6.1.a"), ("Art. 6 Abs. 1 lit. f DSGVO", "6.1.f"), ("art. 6, par. 1, c) RGPD", "6.1.c"),
        ("Uitvoering van een overeenkomst", "6.1.b"), ("Legitimate interests (recital 47)", "6.1.f"),
        ("Mission d'intérêt public", "6.1.e"), ("vital interests", "6.1.d"), ("because we can", None),
    ],
)
def test_legal_bases_are_matched_through_the_labels_of_four_languages(text: str, code: str | None) -> None:
    assert match_code("LegalBasis", text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("Andorre", "AD"), ("États-Unis", "US"), ("Etats-Unis", "US"), ("Vereinigte Staaten", "US"), ("USA", "US"),
     ("Verenigd Koninkrijk", "GB"), ("Corée du Sud", "KR"), ("Iles FEROE", "FO"), ("Suisse", "CH"), ("JP", "JP"),
     ("Congo", "CG"), ("Rép. dém. du Congo", "CD"), ("Atlantis", None)],
)
def test_country_names_in_four_languages(text: str, code: str | None) -> None:
    assert match_country(text) == code


def test_every_country_of_the_cnil_list_is_known() -> None:
    dump = Path("/work/shared/reference/cnil-ods-dump.txt")
    if not dump.exists():
        pytest.skip("the CNIL dump is not available")
    import re

    names = re.findall(r"C\d+='([^']*)' \| D\d+='(?:Non )?adéquat'", dump.read_text(encoding="utf-8"))
    names += re.findall(r'C\d+="([^"]*)" \| D\d+=', dump.read_text(encoding="utf-8"))
    assert len(names) == 175
    assert [n for n in names if match_country(n) is None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 ans à compter du versement de la paie", (RetentionKind.DURATION, 5, DurationUnit.YEARS, "versement de la paie", "")),
        ("6 years after end of employment", (RetentionKind.DURATION, 6, DurationUnit.YEARS, "end of employment", "")),
        ("30 jours", (RetentionKind.DURATION, 30, DurationUnit.DAYS, "", "")),
        ("drie maanden na vertrek", (RetentionKind.DURATION, 3, DurationUnit.MONTHS, "vertrek", "")),
        ("10 Jahre nach Ende des Vertrags", (RetentionKind.DURATION, 10, DurationUnit.YEARS, "Ende des Vertrags", "")),
        ("Until consent is withdrawn", (RetentionKind.UNTIL_EVENT, None, None, "consent is withdrawn", "")),
        ("jusqu'à la fin du contrat", (RetentionKind.UNTIL_EVENT, None, None, "la fin du contrat", "")),
        ("Durée de la relation commerciale", (RetentionKind.CRITERIA, None, None, "", "Durée de la relation commerciale")),
    ],
)
def test_retention_text_is_parsed_where_possible(text: str, expected: tuple[object, ...]) -> None:
    parsed = parse_retention(text)
    assert (parsed.kind, parsed.value, parsed.unit, parsed.trigger, parsed.criteria) == expected


# --- importing ----------------------------------------------------------------------------------


def test_an_ico_workbook_is_imported_with_the_guessed_mapping(demo_register: Register, tmp_path: Path) -> None:
    workbook = read_workbook(ico_workbook(tmp_path / "ico.xlsx"))
    mapping = guess_for_workbook(workbook)
    assert (mapping.sheet, mapping.header_row) == ("Template", 9)
    incoming = import_with_mapping(workbook, mapping, demo_register, Context("en", "ico.xlsx"))
    index = RegisterIndex(demo_register)
    catalogue = {item.uuid: item for name in ("data_subject_categories", "data_categories", "recipients",
                                             "security_measures", "systems") for item in incoming.catalogue(name)}
    names = {**{u: i.name for u, i in catalogue.items()}}
    for name in ("data_subject_categories", "data_categories"):
        names.update({i.uuid: i.name for i in demo_register.catalogue(name)})
    payroll, newsletter = incoming.activities
    assert payroll.name == "Payroll" and payroll.owner == "HR"  # no name column: the first purpose names it
    assert [(p.description, p.legal_basis) for p in payroll.purposes] == [
        ("Payroll", LegalBasis.CONTRACT), ("Pension administration", LegalBasis.LEGAL_OBLIGATION),
    ]
    # existing catalogue items are linked (case/accents ignored), the others created once
    employees = next(s for s in demo_register.data_subject_categories if s.name == "Employees")
    assert payroll.data_subjects[0] == employees.uuid
    assert [names[u] for u in payroll.data_subjects] == ["Employees", "Former employees"]
    health = next(c for c in demo_register.data_categories if c.special_category is SpecialCategory.HEALTH)
    assert [names[d.category] for d in payroll.data] == ["Contact details", "Bank details", "Health data"]
    assert {d.category: d.art9_condition for d in payroll.data}[health.uuid] is Art9Condition.EMPLOYMENT_SOCIAL_SECURITY
    assert [d.art9_condition for d in payroll.data][:2] == [None, None]
    (transfer,) = payroll.transfers
    assert (transfer.country, transfer.mechanism) == ("US", TransferMechanism.SCC)
    (rule,) = payroll.retention
    assert (rule.duration_value, rule.duration_unit, rule.trigger) == (6, DurationUnit.YEARS, "end of employment")
    assert rule.data_categories == tuple(d.category for d in payroll.data)
    assert [s.kind for s in payroll.sources] == [SourceKind.DATA_SUBJECT]
    assert (payroll.dpia.required, payroll.dpia.status, payroll.dpia.reference) == (True, DpiaStatus.COMPLETED, "DPIA-7")
    assert payroll.automated_decision.exists is False
    assert "Link to contract with processor: https://intranet.example/contracts/42" in payroll.notes
    assert "Rights available to individuals: Access, rectification" in payroll.notes
    assert [catalogue[u].name for u in payroll.systems] == ["Payroll system"]
    assert newsletter.retention[0].kind is RetentionKind.UNTIL_EVENT
    assert newsletter.purposes[0].legal_basis is LegalBasis.CONSENT
    assert newsletter.dpia.required is False
    # only what is new goes into the catalogues
    assert sorted(i.name for i in incoming.data_categories) == ["Bank details"]
    assert len({r.reference for r in incoming.activities}) == 2
    assert all(index.register is demo_register for index in (index,))


def test_a_french_csv_is_imported_and_a_second_import_changes_nothing(tmp_path: Path) -> None:
    source = french_csv(tmp_path / "registre.csv")
    with RegisterStore.create(tmp_path / "fr.ropa", "Acme SAS", language="fr") as store:
        workbook = read_workbook(source)
        mapping = guess_for_workbook(workbook)
        assert mapping.columns["Base légale"] == "legal_basis"
        assert mapping.columns["N° / RÉF"] == "reference"
        save_mapping(mapping, tmp_path / "m.json")
        plan = plan_source(source, store.snapshot(), ImportOptions(mapping=tmp_path / "m.json"))
        assert [c.label for c in plan.changes if c.kind == "activities"] == [
            "RH-01 “Gestion de la paie”", "SG-02 “Vidéosurveillance”",
        ]
        apply_plan(store, plan)
        register = store.snapshot()
        assert plan_source(source, register, ImportOptions(mapping=tmp_path / "m.json")).is_empty
    paie = next(a for a in register.activities if a.reference == "RH-01")
    index = RegisterIndex(register)
    assert paie.purposes[0].legal_basis is LegalBasis.LEGAL_OBLIGATION
    assert index.names("data_categories", tuple(d.category for d in paie.data)) == ["Identité", "Coordonnées bancaires"]
    assert (paie.retention[0].duration_value, paie.retention[0].trigger) == (5, "la fin du contrat")
    assert paie.created_at is not None and paie.created_at.date().isoformat() == "2021-01-15"
    video = next(a for a in register.activities if a.reference == "SG-02")
    assert video.purposes[0].legal_basis is LegalBasis.LEGITIMATE_INTERESTS
    assert (video.transfers[0].country, video.transfers[0].mechanism) == ("US", TransferMechanism.SCC)
    # "Salariés" appears in both rows: one catalogue item
    assert [s.name for s in register.data_subject_categories].count("Salariés") == 1


def test_rows_matched_by_reference_update_and_empty_cells_erase_nothing(demo_store: RegisterStore, tmp_path: Path) -> None:
    before = demo_store.snapshot()
    path = tmp_path / "update.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Reference", "Name", "Description", "Owner", "Purposes"])
        writer.writerow(["PA-002", "Recruitment and onboarding", "", "People team", ""])
        writer.writerow(["", "Office plants", "Watering schedule of the office plants", "", "Keeping plants alive"])
    mapping = tmp_path / "m.json"
    save_mapping(guess_mapping(["Reference", "Name", "Description", "Owner", "Purposes"]), mapping)
    plan = plan_source(path, before, ImportOptions(mapping=mapping))
    apply_plan(demo_store, plan)
    after = demo_store.snapshot()
    old = next(a for a in before.activities if a.reference == "PA-002")
    new = next(a for a in after.activities if a.reference == "PA-002")
    assert (new.uuid, new.name, new.owner) == (old.uuid, "Recruitment and onboarding", "People team")
    assert new.description == old.description and new.purposes == old.purposes  # empty cells kept the register's
    assert len(after.activities) == len(before.activities) + 1  # one added, none deleted
    added = next(a for a in after.activities if a.name == "Office plants")
    assert added.reference == "PA-013"
    update = next(c for c in plan.changes if c.kind == "activities" and c.action == "update")
    assert {f.field for f in update.fields} == {"name", "owner", "updated_at"}


def test_value_translations_of_a_saved_mapping(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("Activity,Basis,Staff\nPayroll,Art6b,Staff\n", encoding="utf-8")
    mapping = Mapping(
        {"Activity": "name", "Basis": "legal_basis", "Staff": "data_subjects"},
        values={"legal_basis": {"Art6b": "6.1.b"}, "data_subjects": {"staff": "Employees"}},
    )
    save_mapping(mapping, tmp_path / "m.json")
    assert load_mapping(tmp_path / "m.json") == mapping
    with RegisterStore.create(tmp_path / "r.ropa", "Acme") as store:
        apply_plan(store, plan_source(path, store.snapshot(), ImportOptions(mapping=tmp_path / "m.json")))
        register = store.snapshot()
    assert register.activities[0].name == "Payroll"
    assert [s.name for s in register.data_subject_categories] == ["Employees"]


def test_the_cli_guesses_saves_and_reuses_a_mapping(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = ico_workbook(tmp_path / "ico.xlsx")
    saved = tmp_path / "ico-mapping.json"
    assert main(["import", str(demo_file), str(source), "--guess-mapping", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "sheet 'Template', header row 9" in out
    assert "Article 6 lawful basis for processing personal data → Legal basis (Art. 6(1))" in out
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["format"] == "ropa-import-mapping" and data["header_row"] == 9
    data["columns"]["Rights available to individuals"] = "ignore"  # the user edits the saved mapping
    saved.write_text(json.dumps(data), encoding="utf-8")
    assert main(["import", str(demo_file), str(source), "--mapping", str(saved), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "add activity PA-013 “Payroll”" in out and "Dry run: nothing was changed." in out
    assert main(["import", str(demo_file), str(source), "--mapping", str(saved)]) == 0
    capsys.readouterr()
    with RegisterStore.open(demo_file, readonly=True) as store:
        payroll = store.find_activity("PA-013")
    assert "Rights available" not in payroll.notes
    # importing the same file again: rows without reference are found by name; nothing changes
    assert main(["import", str(demo_file), str(source), "--mapping", str(saved), "--dry-run"]) == 0
    assert "changes nothing" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "something-else"}', "not a ropa mapping file"),
        ('{"format": "ropa-import-mapping", "version": 9, "columns": {}}', "version 9 is not supported"),
        ('{"format": "ropa-import-mapping", "version": 1, "columns": {"A": "colour"}}', "which is not a register field"),
        ('{"format": "ropa-import-mapping", "version": 1, "columns": {"A": "name"}, "header_row": 0}', "header_row"),
        ("not json", "is not valid"),
    ],
)
def test_bad_mapping_files_get_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "m.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError, match=message):
        load_mapping(path)


def test_a_mapping_that_does_not_fit_the_sheet_says_what_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text("Activity;Purpose\nPayroll;Paying\n", encoding="utf-8")
    mapping = Mapping({"Activity": "name", "Lawful basis": "legal_basis", "Purpose": "purposes"}, header_row=1)
    with pytest.raises(ValidationError) as caught:
        import_with_mapping(read_workbook(path), mapping, Register(organisation=_org()), Context())
    assert caught.value.problems == [
        "Sheet 's', row 1: the mapping expects a column 'Lawful basis', which is not in the header row (1); "
        "the header row has: 'Activity', 'Purpose'"
    ]
    duplicate = Mapping({"Activity": "name", "Purpose": "name"})
    with pytest.raises(ValidationError, match="columns 'Activity' and 'Purpose' are both mapped to “name”"):
        import_with_mapping(read_workbook(path), duplicate, Register(organisation=_org()), Context())


def test_every_field_has_a_label_in_every_language() -> None:
    for language in ("en", "fr", "nl", "de"):
        labels = [field_label(f, language) for f in FIELDS]
        assert len(set(labels)) == len(labels), language


def _org() -> object:
    from ropa.domain.model import Organisation

    return Organisation(uuid="00000000-0000-0000-0000-000000000000", legal_name="Acme")


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("Pays tiers", "EEE", "« EEE » dans la colonne « Pays tiers » n'est pas un pays connu de ropa"),
        ("Pays tiers", "XX", "« XX » dans la colonne « Pays tiers » n'est pas un pays connu de ropa"),
        ("Base légale", "Parce que", "« Parce que » n'est pas un"),
    ],
)
def test_unknown_codes_in_a_mapped_sheet_are_refused_with_their_cell(
    tmp_path: Path, column: str, value: str, expected: str
) -> None:
    rows = [list(r) for r in FRENCH_CSV]
    rows[2][rows[0].index(column)] = value
    source = tmp_path / "registre.csv"
    save_mapping(guess_for_workbook(read_workbook(french_csv(tmp_path / "registre.csv"))), tmp_path / "m.json")
    with open(source, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    with RegisterStore.create(tmp_path / "fr.ropa", "Acme SAS", language="fr") as store:
        before = store.snapshot()
        with pytest.raises(ValidationError) as caught:
            plan_source(source, before, ImportOptions(mapping=tmp_path / "m.json"))
        assert any(p.startswith(f"Feuille « registre », ligne 3, colonne « {column} »") and expected in p
                   for p in caught.value.problems), caught.value.problems
        assert store.snapshot() == before
