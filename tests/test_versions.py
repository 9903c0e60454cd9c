"""Frozen versions on real register files: freeze, immutability, diff, fingerprints, restore, migration."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from ropa.domain.enums import LegalBasis, Status
from ropa.domain.model import Activity, Purpose, Register
from ropa.errors import NotFoundError, ReadOnlyError, ValidationError
from ropa.exchange import json_format
from ropa.fingerprint import fingerprint
from ropa.i18n import LANGUAGES, catalog
from ropa.service import RegisterStore
from ropa.store import orm
from ropa.versions import (
    bring_to,
    compare,
    diff,
    freeze,
    get_version,
    list_versions,
    load_version,
    report_text,
    restore_activity,
    restore_register,
    undo_activity_restore,
)
from ropa.versions.diff import Side, references
from ropa.versions.store import chunks, encode, storage_size, trusted_decode

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo register written once per module; each test works on its own copy (much faster)."""
    from ropa.demo import demo_register

    path = tmp_path_factory.mktemp("template") / "demo.ropa"
    register = demo_register()
    with RegisterStore.create(path, register.organisation) as store:
        store.import_register(register)
    return path


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.ropa"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def store(demo_copy: Path) -> Iterator[RegisterStore]:
    with RegisterStore.open(demo_copy) as opened:
        yield opened


def by_name(store: RegisterStore, catalogue: str, name: str):  # type: ignore[no-untyped-def]
    return next(i for i in store.catalogue(catalogue) if i.name == name)


def users(store: RegisterStore, item_uuid: str) -> set[str]:
    return {a.reference for a in store.activities() if item_uuid in references(a)}


@dataclasses.dataclass
class Edits:
    """What ``edit_demo`` did, for the assertions."""

    renamed: str
    moved: str
    deleted_item: str
    edited: Activity
    deleted_activity: str
    added_reference: str
    expected_changed: set[str]


def edit_demo(store: RegisterStore) -> Edits:
    """The issue's edits: a catalogue rename, a recipient moving country, a catalogue deletion, activity edits."""
    fps = by_name(store, "recipients", "FPS Finance")
    hubspot = by_name(store, "recipients", "HubSpot, Inc.")
    offences = by_name(store, "data_categories", "Alleged offences")
    expected = users(store, fps.uuid) | users(store, hubspot.uuid) | users(store, offences.uuid)
    store.save_item(dataclasses.replace(fps, name="FPS Finance (SPF Finances)"))
    store.save_item(dataclasses.replace(hubspot, country="IE"))
    store.delete_item(offences.uuid)
    newsletter = store.find_activity("PA-005")
    first = newsletter.purposes[0]
    edited = dataclasses.replace(
        newsletter,
        status=Status.IN_REVIEW,
        purposes=(dataclasses.replace(first, legal_basis=LegalBasis.LEGITIMATE_INTERESTS), *newsletter.purposes[1:]),
    )
    store.save_activity(edited)
    cctv = store.find_activity("PA-009")
    store.delete_activity(cctv.uuid)
    added = store.new_activity("Canteen badges")
    store.save_organisation(dataclasses.replace(store.organisation(), email="dpo@cardify.example"))
    return Edits(
        fps.uuid, hubspot.uuid, offences.uuid, edited, cctv.reference, added.reference, expected | {"PA-005"}
    )


# --- freezing -----------------------------------------------------------------------------------


def test_freeze_keeps_the_register_and_its_fingerprint(store: RegisterStore) -> None:
    before = store.snapshot()
    version = freeze(store, "2026 annual review", "Yearly review", "Board of directors", user="dpo")
    assert version.fingerprint == fingerprint(before)
    assert (version.name, version.note, version.approved_by, version.frozen_by) == (
        "2026 annual review", "Yearly review", "Board of directors", "dpo"
    )
    assert version.activities == len(before.activities) == 14
    assert list_versions(store) == [version]
    assert get_version(store, version.uuid) == version
    frozen = load_version(store, "2026 annual review", verify=True)
    assert fingerprint(frozen) == version.fingerprint
    assert sorted(frozen.activities, key=lambda a: a.uuid) == sorted(before.activities, key=lambda a: a.uuid)
    assert frozen.organisation == before.organisation
    assert set(frozen.recipients) == set(before.recipients)


def test_trusted_decoding_gives_back_the_same_objects(demo_register: Register) -> None:
    encoded = encode(demo_register)
    import json

    from ropa.versions.store import _CLASSES

    decoded = {key: trusted_decode(_CLASSES[key[0]], json.loads(data)) for key, data in encoded.items()}
    assert {a.uuid: a for a in demo_register.activities} == {
        k[1]: v for k, v in decoded.items() if k[0] == "activities"
    }
    assert decoded[("organisation", "")] == demo_register.organisation


def test_bad_version_names_are_refused(store: RegisterStore) -> None:
    for name in ("", "   ", "current", "x" * 201):
        with pytest.raises(ValidationError):
            freeze(store, name)
    assert list_versions(store) == []


def test_versions_are_immutable(store: RegisterStore) -> None:
    version = freeze(store, "v1")
    store.save_activity(dataclasses.replace(store.find_activity("PA-001"), name="Changed"))
    with pytest.raises(ValidationError, match="already exists"):
        freeze(store, "v1")
    assert list_versions(store) == [version]
    # Even code that goes around the API cannot change or delete a version or its content.
    for action in ("update", "delete", "blob"):
        with pytest.raises(ValueError, match="immutable"), store.unit_of_work() as session:
            row = session.scalars(select(orm.RegisterVersionRow)).one()
            if action == "update":
                row.note = "rewritten"
            elif action == "delete":
                session.delete(row)
            else:
                session.delete(session.scalars(select(orm.RegisterBlobRow)).first())
    assert list_versions(store) == [version]
    assert fingerprint(load_version(store, "v1", verify=True)) == version.fingerprint
    assert store.history(limit=1)[0].entity == "activity"  # freezing is not an edit of the register


def test_a_read_only_register_cannot_be_frozen(demo_copy: Path) -> None:
    with RegisterStore.open(demo_copy, readonly=True) as store, pytest.raises(ReadOnlyError):
        freeze(store, "v1")


def test_versions_share_content(store: RegisterStore) -> None:
    freeze(store, "v1")
    blobs, size = storage_size(store)
    assert blobs > 14
    freeze(store, "v2 (no change)")
    assert storage_size(store) == (blobs, size)  # a second copy costs one version row, no content
    store.save_activity(dataclasses.replace(store.find_activity("PA-001"), notes="One edit"))
    freeze(store, "v3")
    added = storage_size(store)[0] - blobs
    assert 1 <= added <= 3  # the edited activity, and the one or two manifest chunks that list it


def test_manifest_chunks_are_stable_under_insertion() -> None:
    entries = {("activities", hashlib.sha256(str(i).encode()).hexdigest()[:36]): f"h{i}" for i in range(3000)}
    before = [hashlib.sha256(repr(c).encode()).hexdigest() for c in chunks(entries)]
    entries[("activities", "0" * 36 + "-new")] = "h-new"
    after = [hashlib.sha256(repr(c).encode()).hexdigest() for c in chunks(entries)]
    assert len(before) > 20
    assert len(set(after) - set(before)) <= 2 and len(set(before) - set(after)) <= 1


# --- comparing -----------------------------------------------------------------------------------


def test_diff_names_exactly_the_changes_made(store: RegisterStore) -> None:
    freeze(store, "v1")
    edits = edit_demo(store)
    report = compare(store, "v1", "current", "en")

    assert [a.reference for a in report.added] == [edits.added_reference]
    assert [a.reference for a in report.removed] == [edits.deleted_activity]
    assert {a.reference for a in report.changed} == edits.expected_changed
    assert report.unchanged == 14 - 1 - len(edits.expected_changed)
    assert {(c.uuid, c.status) for c in report.catalogue} == {
        (edits.renamed, "changed"), (edits.moved, "changed"), (edits.deleted_item, "removed")
    }
    moved = next(c for c in report.catalogue if c.uuid == edits.moved)
    assert [(f.path, f.before, f.after) for f in moved.fields] == [("country", "United States", "Ireland")]
    assert moved.used_by == ("PA-003", "PA-011", "PA-012")
    renamed = next(c for c in report.catalogue if c.uuid == edits.renamed)
    assert [(f.path, f.before, f.after) for f in renamed.fields] == [
        ("name", "FPS Finance", "FPS Finance (SPF Finances)")
    ]
    assert [(f.path, f.after) for f in report.organisation] == [("email", "dpo@cardify.example")]

    changes = {a.reference: a for a in report.changed}
    newsletter = changes["PA-005"]
    purpose = edits.edited.purposes[0].uuid
    assert {f.path for f in newsletter.fields} == {"status", f"purposes[{purpose}].legal_basis"}
    legal = next(f for f in newsletter.fields if f.path.endswith("legal_basis"))
    assert legal.after == "Legitimate interests (Art. 6(1)(f))" and legal.before.startswith("Consent")
    # A catalogue change appears under every activity that uses the item, in plain words.
    for ref in ("PA-003", "PA-011", "PA-012"):
        via = changes[ref].catalogue_fields
        assert [(f.label, f.before, f.after) for f in via] == [
            ("Recipient ‘HubSpot, Inc.’: Country", "United States", "Ireland")
        ]
        assert not changes[ref].own_fields
    # The deleted data category changed the activity that used it (its own list of data).
    whistle = changes["PA-010"]
    assert any(f.label == "Category of personal data removed" and f.before == "Alleged offences" for f in whistle.fields)

    text = report_text(report)
    assert "Recipient ‘HubSpot, Inc.’: Country: United States → Ireland" in text
    assert "Name: FPS Finance → FPS Finance (SPF Finances)" in text


def test_two_versions_compare_like_version_and_current(store: RegisterStore) -> None:
    freeze(store, "v1")
    edit_demo(store)
    against_current = compare(store, "v1", "current")
    freeze(store, "v2")
    between = compare(store, "v1", "v2")
    assert between.activities == against_current.activities
    assert between.catalogue == against_current.catalogue
    assert between.organisation == against_current.organisation
    assert between.unchanged == against_current.unchanged
    assert (between.old.label, between.new.label) == ("v1", "v2")
    assert between.new.fingerprint == fingerprint(store.snapshot())
    backwards = compare(store, "v2", "v1")
    assert [a.reference for a in backwards.added] == [a.reference for a in between.removed]
    assert compare(store).new.version is None  # defaults: latest version against the current register


def test_a_save_without_change_is_no_difference(store: RegisterStore) -> None:
    freeze(store, "v1")
    store.save_activity(store.find_activity("PA-001"))  # touches updated_at only
    report = compare(store, "v1")
    assert report.is_empty and report.unchanged == 14
    assert report.old.fingerprint != report.new.fingerprint  # the fingerprint still tells them apart
    assert "No difference" in report_text(report)


def test_pure_diff_reports_child_and_order_changes(demo_register: Register) -> None:
    act = next(a for a in demo_register.activities if len(a.purposes) >= 2)
    swapped = dataclasses.replace(act, purposes=tuple(reversed(act.purposes)))
    extra = Purpose("p-new", "Statistics", LegalBasis.LEGITIMATE_INTERESTS)
    side = Side("x", "", 0)

    def one(activity: Activity) -> Register:
        return dataclasses.replace(demo_register, activities=(activity,))

    order = diff(one(act), one(swapped), old_side=side, new_side=side).activities[0].fields
    assert [f.label for f in order] == ["Purposes: order"]
    added = diff(one(act), one(dataclasses.replace(act, purposes=(*act.purposes, extra))), "fr", old_side=side,
                 new_side=side).activities[0].fields
    assert [(f.label, f.before, f.after) for f in added] == [
        ("Finalité ajouté(e)", "", "Statistics; Base juridique (art. 6, par. 1) : Intérêts légitimes (art. 6, par. 1, f))")
    ]


def test_report_is_translated(store: RegisterStore) -> None:
    freeze(store, "v1")
    edit_demo(store)
    for language in LANGUAGES:
        report = compare(store, "v1", None, language)
        moved = [f for a in report.changed for f in a.catalogue_fields if "HubSpot" in f.label and f.after]
        country = {"en": "Ireland", "fr": "Irlande", "nl": "Ierland", "de": "Irland"}[language]
        assert len(moved) == 3 and all(f.after == country for f in moved)
        text = report_text(report)
        if language != "en":
            assert "Change report" not in text and "Recipient" not in text


def test_every_language_has_every_versions_label() -> None:
    keys = {lang: {k for k in catalog(lang) if k.startswith("versions.")} for lang in LANGUAGES}
    assert keys["en"] and all(keys[lang] == keys["en"] for lang in LANGUAGES)


# --- fingerprints of exports ------------------------------------------------------------------------


def test_export_from_a_version_carries_its_fingerprint(demo_copy: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from ropa.cli import main

    with RegisterStore.open(demo_copy) as store:
        version = freeze(store, "2026 annual review")
        edit_demo(store)
        now = fingerprint(store.snapshot())
    assert now != version.fingerprint
    out_json, out_xlsx = tmp_path / "v.json", tmp_path / "v.xlsx"
    assert main(["export", str(demo_copy), "--format", "json", "-o", str(out_json), "--version", version.name]) == 0
    assert fingerprint(json_format.read(out_json)) == version.fingerprint
    assert main(["export", str(demo_copy), "--format", "xlsx", "-o", str(out_xlsx), "--version", version.name]) == 0
    cover = load_workbook(out_xlsx).worksheets[0]
    printed = [row[1] for row in cover.iter_rows(values_only=True) if len(row) > 1 and "fingerprint" in str(row[0]).lower()]
    assert printed and printed[0].replace(" ", "") == version.fingerprint


def test_export_of_an_unknown_version_is_one_clear_error(demo_copy: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from ropa.cli import main

    assert main(["export", str(demo_copy), "--format", "json", "-o", str(tmp_path / "x.json"), "--version", "v9"]) == 2
    assert capsys.readouterr().err.strip() == "ropa: no frozen version named 'v9'; “ropa versions” lists them"
    assert not (tmp_path / "x.json").exists()


# --- restoring ------------------------------------------------------------------------------------


def test_restore_register_then_diff_shows_no_difference(store: RegisterStore) -> None:
    version = freeze(store, "v1")
    edit_demo(store)
    edited = fingerprint(store.snapshot())
    history = len(store.history())
    result = restore_register(store, "v1")
    assert (result.added, result.removed) == (1, 1)
    assert compare(store, "v1").is_empty
    assert fingerprint(store.snapshot()) == version.fingerprint
    assert len(store.history()) > history  # a new change, recorded; nothing rewritten
    bring_to(store, result.before)  # what the GUI's undo does
    assert fingerprint(store.snapshot()) == edited


def test_restore_one_activity(store: RegisterStore) -> None:
    freeze(store, "v1")
    edits = edit_demo(store)
    before = fingerprint(store.snapshot())
    # An activity deleted since comes back, with the catalogue item deleted since.
    done = restore_activity(store, "v1", "PA-010")
    assert done.recreated and done.recreated[0].uuid == edits.deleted_item
    report = compare(store, "v1")
    assert "PA-010" not in {a.reference for a in report.activities}
    assert edits.deleted_item not in {c.uuid for c in report.catalogue}
    undo_activity_restore(store, done)
    assert fingerprint(store.snapshot()) == before
    # A deleted activity is found by its reference in the version.
    back = restore_activity(store, "v1", edits.deleted_activity)
    assert back.before is None and store.find_activity(edits.deleted_activity).name == back.after.name
    undo_activity_restore(store, back)
    with pytest.raises(NotFoundError):
        store.find_activity(edits.deleted_activity)
    assert fingerprint(store.snapshot()) == before
    with pytest.raises(NotFoundError, match="has no activity"):
        restore_activity(store, "v1", edits.added_reference)
    with pytest.raises(NotFoundError, match="no frozen version"):
        restore_activity(store, "v9", "PA-001")


# --- migration ------------------------------------------------------------------------------------


def test_schema_0002_file_is_migrated_and_can_be_frozen(tmp_path: Path) -> None:
    fixture = FIXTURES / "schema-0002.ropa"
    digest = hashlib.sha256(fixture.read_bytes()).hexdigest()
    path = tmp_path / "old.ropa"
    shutil.copy(fixture, path)
    with RegisterStore.open(path) as store:
        assert store.db.backup is not None and store.db.backup.name.startswith("old.backup-0002-")
        assert list_versions(store) == []
        version = freeze(store, "after upgrade")
        assert version.activities == 14
        assert compare(store, version.name).is_empty
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0003"
        assert conn.execute("SELECT count(*) FROM register_version").fetchone()[0] == 1
    finally:
        conn.close()
    backup = sqlite3.connect(next(tmp_path.glob("old.backup-0002-*.ropa")))
    try:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002"
    finally:
        backup.close()
    assert hashlib.sha256(fixture.read_bytes()).hexdigest() == digest


def test_export_cover_names_the_version(demo_copy: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from ropa.cli import main

    with RegisterStore.open(demo_copy) as store:
        freeze(store, "2026 annual review")
    out = tmp_path / "v.xlsx"
    assert main(["export", str(demo_copy), "--format", "xlsx", "-o", str(out), "--version", "2026 annual review"]) == 0
    cells = [str(v) for row in load_workbook(out).worksheets[0].iter_rows(values_only=True) for v in row if v]
    assert any("2026 annual review" in c for c in cells)


def test_activity_label_reads_reference_and_name_without_parsing(demo_register: Register) -> None:
    import json

    from ropa.domain.model import Dpia
    from ropa.versions.store import activity_label

    tricky = dataclasses.replace(
        demo_register.activities[0],
        name='Tricky "quoted" \\ name, "reference":"X", "last_reviewed":null,"name":"Y"',
        dpia=Dpia(reference="DPIA-9"),
    )
    register = dataclasses.replace(demo_register, activities=(tricky, *demo_register.activities[1:]))
    checked = 0
    for (kind, _uuid), data in encode(register).items():
        if kind == "activities":
            value = json.loads(data)
            assert activity_label(data) == (value["reference"], value["name"])
            checked += 1
    assert checked == 14
