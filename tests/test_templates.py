"""The activity-template library: shipped content, user templates, instantiation and the store round trip.

Real template files (shipped and written to tmp_path) and real .ropa registers; no mocks.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from ropa.domain.enums import (
    Art9Condition,
    DpiaCriterion,
    DurationUnit,
    EndAction,
    LegalBasis,
    MeasureKind,
    RecipientType,
    RetentionKind,
    Role,
    SourceKind,
    SpecialCategory,
    Status,
)
from ropa.domain.model import DataCategory, DataSubjectCategory, Organisation, Recipient, Register
from ropa.errors import NotFoundError, ValidationError
from ropa.i18n import LANGUAGES, Translator
from ropa.resources import resources_dir
from ropa.service import RegisterStore
from ropa.templates import (
    ENV_VAR,
    GROUPS,
    Library,
    TemplateError,
    add_from_template,
    add_from_templates,
    add_pack,
    format_duration,
    instantiate,
    load_library,
    normalise,
    preview,
)

# The items listed in the issue, each with the template that covers it.
ISSUE_ITEMS = {
    "HR administration": "hr_administration",
    "payroll": "payroll",
    "recruitment": "recruitment",
    "training": "training",
    "time and attendance": "time_attendance",
    "occupational health": "occupational_health",
    "CCTV": "cctv",
    "physical access control": "physical_access",
    "IT accounts and logs": "it_accounts_logs",
    "e-mail and collaboration tools": "email_collaboration",
    "backups": "backups",
    "customer management (CRM)": "crm",
    "orders and invoicing": "orders_invoicing",
    "accounting": "accounting",
    "debt collection": "debt_collection",
    "customer support": "customer_support",
    "newsletter": "newsletter",
    "direct marketing": "direct_marketing",
    "events and webinars": "events_webinars",
    "surveys": "surveys",
    "website analytics and cookies": "website_analytics",
    "contact form": "contact_form",
    "whistleblowing": "whistleblowing",
    "supplier management": "supplier_management",
    "visitor registration": "visitor_registration",
    "complaints": "complaints",
    "data-subject requests": "data_subject_requests",
    "security incidents / breach register": "security_incidents",
    "processor: hosting": "processor_hosting",
    "processor: SaaS": "processor_saas",
}

VALID = """
id = "{id}"
version = "1.0"
role = "controller"
group = "hr"
name.en = "Bike scheme"
name.fr = "Plan vélo"

[[purposes]]
legal_basis = "6.1.b"
description.en = "Lease bikes to employees"

[[data_subjects]]
name.en = "Employees"

[[data_categories]]
key = "identity"
name.en = "Identification data"

[[retention]]
categories = ["identity"]
kind = "until_event"
trigger.en = "end of the lease"

[[security_measures]]
kind = "technical"
name.en = "User access control"
"""


@pytest.fixture(autouse=True)
def no_user_templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the person running the tests out of them: empty user folder, no ROPA_TEMPLATES."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv(ENV_VAR, raising=False)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(user=False)


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- shipped content ------------------------------------------------------------------------------


def test_library_covers_every_item_of_the_issue(library: Library) -> None:
    assert len(library) >= 30
    missing = [item for item, tid in ISSUE_ITEMS.items() if tid not in library]
    assert missing == []
    processors = [t.id for t in library if t.role is Role.PROCESSOR]
    assert len(processors) >= 2
    assert {t.group for t in library} <= set(GROUPS)
    assert all(t.builtin and t.version == "1.0" for t in library)


def test_every_text_exists_in_all_four_languages(library: Library) -> None:
    problems = [f"{t.id}: {m}" for t in library for m in t.missing_translations()]
    for template in library:
        for key in ("name", "description", "owner"):
            text = getattr(template, key)
            problems += [f"{template.id}: {key}: {lang}" for lang in LANGUAGES if not text.values.get(lang)]
    for pack in library.packs.values():
        for key in ("name", "description"):
            problems += [f"{pack.id}: {key}: {lang}" for lang in LANGUAGES if not getattr(pack, key).values.get(lang)]
    assert problems == []


def test_texts_are_translated_not_copied(library: Library) -> None:
    """Sentences identical in two languages would mean a forgotten translation (a name such as "Newsletter" may be)."""
    copied = []
    for template in library:
        for key, text in template.texts():
            if text and len(text.get("en")) > 40 and len({text.get(lang) for lang in LANGUAGES}) < 4:
                copied.append(f"{template.id}: {key}")
    assert copied == []


def test_label_files_have_the_same_keys_in_every_language() -> None:
    def keys(lang: str) -> set[str]:
        with open(resources_dir() / "i18n" / lang / "templates.toml", "rb") as handle:
            data = tomllib.load(handle)
        return {f"{table}.{key}" for table, entries in data.items() for key in entries}

    english = keys("en")
    assert {f"group.{g}" for g in GROUPS} <= english
    for lang in LANGUAGES:
        assert keys(lang) == english, lang


def test_schema_codes_are_the_enum_codes() -> None:
    """The schema lists codes for editors; it must never drift from ropa/domain/enums.py."""
    schema = json.loads((resources_dir() / "templates" / "template.schema.json").read_text(encoding="utf-8"))
    defs = schema["$defs"]
    expected = {
        ("purpose", "legal_basis"): LegalBasis,
        ("data_category", "special_category"): SpecialCategory,
        ("data_category", "art9_condition"): Art9Condition,
        ("recipient", "kind"): RecipientType,
        ("retention", "kind"): RetentionKind,
        ("retention", "duration_unit"): DurationUnit,
        ("retention", "end_action"): EndAction,
        ("security_measure", "kind"): MeasureKind,
        ("source", "kind"): SourceKind,
    }
    for (definition, prop), enum in expected.items():
        assert defs[definition]["properties"][prop]["enum"] == [e.value for e in enum], (definition, prop)
    assert defs["dpia"]["properties"]["criteria"]["items"]["enum"] == [c.value for c in DpiaCriterion]
    assert schema["properties"]["role"]["enum"] == [Role.CONTROLLER.value, Role.PROCESSOR.value]


def test_content_is_complete_enough_to_use(library: Library) -> None:
    for t in library:
        assert t.purposes and t.data_subjects and t.data_categories and t.retention and t.security_measures, t.id
        if t.role is Role.CONTROLLER:
            assert all(p.legal_basis is not None for p in t.purposes), t.id
            assert t.sources, t.id
        for p in t.purposes:
            if p.legal_basis is LegalBasis.LEGITIMATE_INTERESTS:
                assert p.legitimate_interest, t.id
            if p.legal_basis in (LegalBasis.LEGAL_OBLIGATION, LegalBasis.PUBLIC_TASK):
                assert p.legal_basis_reference, f"{t.id}: Art. 6(3) needs the law"
        for c in t.data_categories:
            if c.special_category is not None and t.role is Role.CONTROLLER:
                assert c.art9_condition is not None, (t.id, c.key)
        for r in t.retention:
            if r.varies_by_country:
                assert r.note, t.id
            if r.kind is RetentionKind.DURATION:
                assert r.duration_value and r.duration_unit and r.trigger, t.id
        assert t.dpia.note, t.id


def test_retention_that_differs_between_countries_is_marked(library: Library) -> None:
    for tid in ("accounting", "cctv", "recruitment", "payroll", "hr_administration", "whistleblowing"):
        rules = [r for r in library.get(tid).retention if r.varies_by_country]
        assert rules, tid
    accounting = library.get("accounting").retention[0]
    note = accounting.note.get("en")
    assert all(country in note for country in ("FR 10 years", "BE 7 years", "NL 7 years", "DE 10 years"))
    cctv = library.get("cctv").retention[0]
    assert (cctv.duration_value, cctv.duration_unit) == (30, DurationUnit.DAYS)
    assert "Camera Act" in cctv.note.get("en")


def test_sensitive_templates_carry_their_flags_and_dpia_hints(library: Library) -> None:
    health = library.get("occupational_health")
    assert {c.special_category for c in health.data_categories} >= {SpecialCategory.HEALTH}
    assert DpiaCriterion.SENSITIVE_DATA in health.dpia.criteria
    whistle = library.get("whistleblowing")
    assert any(c.criminal for c in whistle.data_categories)
    assert DpiaCriterion.SYSTEMATIC_MONITORING in library.get("cctv").dpia.criteria


def test_packs_exist_and_point_at_templates(library: Library) -> None:
    assert set(library.packs) >= {"sme", "webshop", "saas", "association"}
    for pack in library.packs.values():
        assert all(tid in library for tid in pack.templates), pack.id
    assert "processor_saas" in library.pack("saas").templates
    assert "membership" in library.pack("association").templates
    with pytest.raises(NotFoundError, match="available: association, saas, sme, webshop"):
        library.pack("bakery")


# --- search and display ---------------------------------------------------------------------------


def test_search_ignores_case_and_accents_and_ranks_names_first(library: Library) -> None:
    assert [t.id for t in library.search("paie", "fr")][0] == "payroll"
    assert "security_incidents" in [t.id for t in library.search("SECURITE", "fr")]
    assert [t.id for t in library.search("vidéo", "fr")][0] == "cctv"
    assert [t.id for t in library.search("klokkenluider", "nl")] == ["whistleblowing"]
    assert library.search("zzz-nothing", "en") == []
    assert len(library.search("  ", "de")) == len(library)
    assert normalise("  Données   SANTÉ ") == "donnees sante"


def test_durations_are_spelled_per_language() -> None:
    assert format_duration(30, DurationUnit.DAYS, "nl") == "30 dagen"
    assert format_duration(5, DurationUnit.YEARS, "de") == "5 Jahre"
    assert format_duration(1, DurationUnit.YEARS, "en") == "1 year"
    assert format_duration(6, DurationUnit.MONTHS, "fr").replace("\xa0", " ") == "6 mois"


def test_preview_is_in_the_chosen_language(library: Library) -> None:
    lines = preview(library.get("payroll"), "fr")
    assert lines[0] == "payroll: Gestion de la paie"
    assert "Finalités et bases juridiques:" in lines
    assert any("Obligation légale" in line for line in lines)
    assert any("5 ans à compter de : versement de la paie" in line for line in lines)
    german = "\n".join(preview(library.get("cctv"), "de"))
    assert "Speicherdauer" in german and "30 Tage ab: Aufzeichnung" in german


# --- instantiating --------------------------------------------------------------------------------


def empty_register() -> Register:
    return Register(Organisation(uuid="org", legal_name="Acme SA"))


def test_instantiate_builds_a_complete_draft_activity(library: Library) -> None:
    activity, items = instantiate(library.get("cctv"), "de", empty_register())
    assert (activity.name, activity.reference, activity.status) == ("Videoüberwachung", "", Status.DRAFT)
    assert (activity.template_id, activity.template_version) == ("cctv", "1.0")
    assert activity.purposes[0].legal_basis is LegalBasis.LEGITIMATE_INTERESTS
    assert activity.purposes[0].legitimate_interest.startswith("Schutz von Personen")
    rule = activity.retention[0]
    assert (rule.duration_value, rule.duration_unit, rule.trigger) == (30, DurationUnit.DAYS, "Aufzeichnung")
    assert rule.data_categories == (activity.data[0].category,)
    assert activity.dpia.criteria == (DpiaCriterion.SYSTEMATIC_MONITORING, DpiaCriterion.VULNERABLE_SUBJECTS)
    assert "Hinweis zur DSFA" in activity.notes and "Kameragesetz" in activity.notes
    referenced = {*activity.data_subjects, *activity.recipients, *activity.security_measures}
    referenced |= {d.category for d in activity.data}
    assert referenced == {i.uuid for i in items}
    assert len({a.uuid for a in (*activity.purposes, *activity.retention, *activity.sources)}) == len(
        activity.purposes
    ) + len(activity.retention) + len(activity.sources)


def test_instantiate_reuses_catalogue_items_ignoring_case_and_accents(library: Library) -> None:
    register = Register(
        Organisation(uuid="org", legal_name="Acme SA", language="fr"),
        data_subject_categories=(DataSubjectCategory("ds-1", "  SALARIES "),),
        data_categories=(DataCategory("dc-1", "etat civil, IDENTITE, donnees d'identification"),),
        recipients=(Recipient("rc-1", "Administration  fiscale", RecipientType.PUBLIC_AUTHORITY),),
    )
    activity, items = instantiate(library.get("payroll"), "fr", register)
    assert "ds-1" in activity.data_subjects
    assert "dc-1" in [d.category for d in activity.data]
    assert "rc-1" in activity.recipients
    new_names = {normalise(i.name) for i in items}
    assert not new_names & {"salaries", "administration fiscale", "etat civil, identite, donnees d'identification"}
    identity_rule = activity.retention[0]
    assert "dc-1" in identity_rule.data_categories


def test_unknown_language_is_refused(library: Library) -> None:
    with pytest.raises(ValidationError, match="unsupported language 'es'"):
        instantiate(library.get("payroll"), "es", empty_register())


# --- through a real register ---------------------------------------------------------------------


def test_template_id_and_version_survive_a_round_trip_through_the_file(tmp_path: Path, library: Library) -> None:
    path = tmp_path / "acme.ropa"
    with RegisterStore.create(path, "Acme SA", language="fr") as store:
        payroll = add_from_template(store, "payroll", "fr", library)
        hosting = add_from_template(store, "processor_hosting", "fr", library)
        counts = store.info().catalogue_counts
        again = add_from_template(store, "payroll", "fr", library)
        assert store.info().catalogue_counts == counts  # the second payroll reuses every item
    assert (payroll.reference, hosting.reference, again.reference) == ("PA-001", "PR-001", "PA-002")
    with RegisterStore.open(path, readonly=True) as store:
        stored = store.find_activity("PA-001")
        processor = store.find_activity("PR-001")
        names = {i.uuid: i.name for i in store.catalogue("data_subject_categories")}
    assert (stored.template_id, stored.template_version, stored.name) == ("payroll", "1.0", "Gestion de la paie")
    assert processor.role is Role.PROCESSOR and processor.template_id == "processor_hosting"
    assert stored.created_at is not None and stored.notes.startswith("Créé à partir du modèle")
    assert {names[u] for u in stored.data_subjects} == {
        "Salariés",
        "Membres de la famille des salariés et personnes à prévenir",
    }
    assert stored.retention[0].legal_reference.startswith("Droit du travail")
    assert stored.retention[0].duration_value == 5


def test_a_pack_is_added_in_one_transaction_without_duplicate_items(
    empty_store: RegisterStore, library: Library
) -> None:
    added = add_pack(empty_store, "sme", "en", library)
    pack = library.pack("sme")
    assert [a.template_id for a in added] == list(pack.templates)
    assert [a.reference for a in added] == [f"PA-{i:03d}" for i in range(1, len(pack.templates) + 1)]
    snapshot = empty_store.snapshot()
    for name in ("data_subject_categories", "data_categories", "recipients", "security_measures"):
        names = [normalise(i.name) for i in snapshot.catalogue(name)]
        assert len(names) == len(set(names)), name
    employees = [s for s in snapshot.data_subject_categories if s.name == "Employees"]
    assert len(employees) == 1 and employees[0].vulnerable
    users = [a for a in snapshot.activities if employees[0].uuid in a.data_subjects]
    assert len(users) >= 6


def test_an_unknown_template_changes_nothing(empty_store: RegisterStore, library: Library) -> None:
    before = empty_store.info()
    with pytest.raises(NotFoundError, match="no activity template with id 'nope'"):
        add_from_templates(empty_store, ["payroll", "nope"], "en", library)
    after = empty_store.info()
    assert (after.activities, after.catalogue_counts, after.changes) == (0, before.catalogue_counts, before.changes)


# --- the consultant's own templates ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "key", "message"),
    [
        (('legal_basis = "6.1.b"', 'legal_basis = "6.1.z"'), "purposes[0].legal_basis", "'6.1.z' is not allowed"),
        (('name.fr = "Plan vélo"', 'name.fr = "  "'), "name.fr", "must not be empty"),
        (("[[purposes]]", "[[purpose]]"), "(top level)", "unknown key"),
        (('categories = ["identity"]', 'categories = ["contact"]'), "retention[0].categories[0]", "'contact'"),
        (('legal_basis = "6.1.b"', 'legal_basis = "6.1.f"'), "purposes[0]", "'legitimate_interest' is a required"),
        (
            ('key = "identity"', 'key = "identity"\nspecial_category = "health"'),
            "data_categories[0].art9_condition",
            "Art. 9(2)",
        ),
        (('kind = "until_event"', 'kind = "duration"'), "retention[0]", "'duration_value' is a required"),
        (('id = "bike_scheme"', 'id = "bike"'), "id", "must equal the file name"),
        (('version = "1.0"', 'version = "one"'), "version", "does not match"),
    ],
)
def test_a_malformed_user_template_names_the_file_and_the_key(
    tmp_path: Path, change: tuple[str, str], key: str, message: str
) -> None:
    text = VALID.format(id="bike_scheme").replace(*change)
    path = write(tmp_path / "mine", "bike_scheme.toml", text)
    with pytest.raises(TemplateError) as caught:
        load_library([tmp_path / "mine"])
    assert str(caught.value).startswith(f"{path}: {key}: ")
    assert message in str(caught.value)


def test_a_template_that_is_not_toml_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "mine", "broken.toml", 'id = "broken"\nname.en = "unterminated\n')
    with pytest.raises(TemplateError, match=rf"^{re.escape(str(path))}: not valid TOML: .*line 2"):
        load_library([tmp_path / "mine"])


def test_user_templates_come_from_the_user_folder_and_ropa_templates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "xdg" / "ropa" / "templates", "bike_scheme.toml", VALID.format(id="bike_scheme"))
    firm = tmp_path / "firm"
    override = VALID.format(id="payroll").replace('version = "1.0"', 'version = "2.1"')
    write(firm / "activities", "payroll.toml", override)
    write(firm / "packs", "bikes.toml", 'id = "bikes"\nname.en = "Bike shop"\ntemplates = ["bike_scheme", "payroll"]\n')
    monkeypatch.setenv(ENV_VAR, str(firm))
    library = load_library()
    bike = library.get("bike_scheme")
    assert not bike.builtin and bike.name.get("fr") == "Plan vélo" and bike.name.get("de") == "Bike scheme"
    assert bike.missing_translations() == [
        "name: nl",
        "name: de",
        "purposes[0].description: fr",
        "purposes[0].description: nl",
        "purposes[0].description: de",
        "data_subjects[0].name: fr",
        "data_subjects[0].name: nl",
        "data_subjects[0].name: de",
        "data_categories[0].name: fr",
        "data_categories[0].name: nl",
        "data_categories[0].name: de",
        "retention[0].trigger: fr",
        "retention[0].trigger: nl",
        "retention[0].trigger: de",
        "security_measures[0].name: fr",
        "security_measures[0].name: nl",
        "security_measures[0].name: de",
    ]
    assert library.get("payroll").version == "2.1"  # a later folder replaces a shipped template
    assert library.pack("bikes").templates == ("bike_scheme", "payroll")
    assert "bike_scheme" in [t.id for t in library.search("bike", "en")]
    lines = preview(bike, "en")
    assert any(line.startswith("File: ") for line in lines)


def test_a_user_pack_naming_an_unknown_template_is_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path / "firm" / "packs",
        "mixed.toml",
        'id = "mixed"\nname.en = "Mixed"\ntemplates = ["payroll", "bakery"]\n',
    )
    with pytest.raises(TemplateError, match=rf"^{re.escape(str(path))}: templates\[1\]: no template with id 'bakery'"):
        load_library([tmp_path / "firm"])


def test_without_strict_a_bad_file_is_skipped_and_reported(tmp_path: Path) -> None:
    write(tmp_path / "mine", "good.toml", VALID.format(id="good"))
    bad = write(tmp_path / "mine", "bad.toml", VALID.format(id="bad").replace('"6.1.b"', '"6.1.z"'))
    library = load_library([tmp_path / "mine"], strict=False)
    assert "good" in library and "bad" not in library
    assert len(library.problems) == 1 and library.problems[0].startswith(f"{bad}: purposes[0].legal_basis")


def test_an_activity_from_a_partly_translated_template_falls_back_to_english(tmp_path: Path) -> None:
    write(tmp_path / "mine", "bike_scheme.toml", VALID.format(id="bike_scheme"))
    template = load_library([tmp_path / "mine"]).get("bike_scheme")
    activity, _ = instantiate(template, "nl", empty_register())
    assert activity.name == "Bike scheme"
    assert activity.notes.startswith("Aangemaakt op basis van het sjabloon")
    assert Translator("nl")("templates.group.hr") == "Personeelszaken"
