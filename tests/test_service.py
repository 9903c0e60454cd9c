"""Use cases of the register: each one transaction, recorded in the history, undoable by inverse calls."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import replace
from pathlib import Path

import pytest

from ropa.domain.enums import LegalBasis, RecipientType, Role
from ropa.domain.model import Purpose, Recipient, Transfer
from ropa.errors import NotFoundError, ValidationError
from ropa.service import RegisterStore, new_uuid


def by_name(store: RegisterStore, catalogue: str, name: str):  # type: ignore[no-untyped-def]
    return next(i for i in store.catalogue(catalogue) if i.name == name)


def test_new_activity_gets_next_reference_per_record(demo_store: RegisterStore) -> None:
    controller = demo_store.new_activity("Time and attendance")
    processor = demo_store.new_activity("Hosting for clients", Role.PROCESSOR)
    assert controller.reference == "PA-013"
    assert processor.reference == "PR-003"
    assert demo_store.find_activity("PA-013") == controller


def test_reference_must_be_unique_and_nothing_changes(demo_store: RegisterStore) -> None:
    before = demo_store.snapshot()
    activity = demo_store.find_activity("PA-002")
    with pytest.raises(ValidationError, match="already has this reference"):
        demo_store.save_activity(dataclasses.replace(activity, reference="PA-001", name="Changed"))
    assert demo_store.snapshot() == before


def test_edit_is_recorded_field_by_field(demo_store: RegisterStore) -> None:
    activity = demo_store.find_activity("PA-003")
    purposes = (*activity.purposes, Purpose(new_uuid(), "Satisfaction survey", LegalBasis.LEGITIMATE_INTERESTS))
    demo_store.save_activity(dataclasses.replace(activity, owner="Sales & Success", purposes=purposes))
    changes = demo_store.history(activity_uuid=activity.uuid, limit=10)
    fields = {(c.entity, c.field, c.action) for c in changes}
    assert ("activity", "owner", "update") in fields
    assert ("purpose", "", "insert") in fields
    owner = next(c for c in changes if c.field == "owner")
    assert (owner.old, owner.new) == ("Sales", "Sales & Success")
    assert owner.user
    inserted = next(c for c in changes if c.entity == "purpose")
    assert json.loads(inserted.new or "{}")["description"] == "Satisfaction survey"


def test_delete_and_restore_activity_round_trip(demo_store: RegisterStore) -> None:
    before = demo_store.snapshot()
    deleted = demo_store.delete_activity(demo_store.find_activity("PA-001").uuid)
    assert len(demo_store.activities()) == 13
    with pytest.raises(NotFoundError):
        demo_store.find_activity("PA-001")
    demo_store.save_activity(deleted, touch=False)
    assert demo_store.snapshot() == before
    actions = [c.action for c in demo_store.history(entity_uuid=deleted.uuid)]
    assert actions.count("delete") == 1 and actions.count("insert") == 2


def test_duplicate_gives_new_identities(demo_store: RegisterStore) -> None:
    source = demo_store.find_activity("PA-001")
    copy = demo_store.duplicate_activity(source.uuid)
    assert copy.reference == "PA-013" and copy.name.endswith("(copy)")
    assert copy.recipients == source.recipients
    assert {p.uuid for p in copy.purposes}.isdisjoint({p.uuid for p in source.purposes})
    assert demo_store.activity(copy.uuid) == copy


@pytest.mark.parametrize(("language", "suffix"), [("fr", "(copie)"), ("nl", "(kopie)"), ("de", "(Kopie)")])
def test_duplicate_names_the_copy_in_the_registers_language(tmp_path: Path, language: str, suffix: str) -> None:
    from ropa.domain.model import Activity

    with RegisterStore.create(tmp_path / "r.ropa", "Isowil N.V.", language=language) as store:
        source = store.save_activity(Activity(uuid=new_uuid(), reference="PA-001", name="Recrutement"))
        assert store.duplicate_activity(source.uuid).name == f"Recrutement {suffix}"


def test_rename_catalogue_item_reaches_every_activity(demo_store: RegisterStore) -> None:
    hubspot = by_name(demo_store, "recipients", "HubSpot, Inc.")
    users = demo_store.usages(hubspot.uuid).activities
    assert {a.reference for a in users} == {"PA-003", "PA-011", "PA-012"}
    demo_store.save_item(dataclasses.replace(hubspot, name="HubSpot Ireland Ltd"))
    snapshot = demo_store.snapshot()
    names = {r.uuid: r.name for r in snapshot.recipients}
    for activity in snapshot.activities:
        if hubspot.uuid in activity.recipients:
            assert names[hubspot.uuid] == "HubSpot Ireland Ltd"


def test_delete_item_in_use_then_restore(demo_store: RegisterStore) -> None:
    before = demo_store.snapshot()
    health = by_name(demo_store, "data_categories", "Health data")
    usage = demo_store.delete_item(health.uuid)
    assert [a.reference for a in usage.activities] == ["PA-001"]
    payroll = demo_store.find_activity("PA-001")
    assert all(d.category != health.uuid for d in payroll.data)
    assert all(health.uuid not in r.data_categories for r in payroll.retention)
    demo_store.restore_item(usage)
    assert demo_store.snapshot() == before


def test_merge_duplicates(demo_store: RegisterStore) -> None:
    hubspot = by_name(demo_store, "recipients", "HubSpot, Inc.")
    dup = Recipient(new_uuid(), "Hubspot Inc", RecipientType.PROCESSOR, "US")
    demo_store.save_item(dup)
    crm = demo_store.find_activity("PA-007")
    demo_store.save_activity(
        dataclasses.replace(
            crm,
            recipients=(*crm.recipients, dup.uuid),
            transfers=(*crm.transfers, Transfer(new_uuid(), dup.uuid, "US")),
        )
    )
    before_merge = demo_store.snapshot()
    usage = demo_store.merge_items(hubspot.uuid, dup.uuid)
    merged = demo_store.find_activity("PA-007")
    assert dup.uuid not in merged.recipients and hubspot.uuid in merged.recipients
    assert merged.transfers[-1].recipient == hubspot.uuid
    assert all(r.uuid != dup.uuid for r in demo_store.catalogue("recipients"))
    demo_store.restore_item(usage)  # undo of a merge
    assert demo_store.snapshot() == before_merge
    with pytest.raises(ValidationError):
        demo_store.merge_items(hubspot.uuid, hubspot.uuid)


def test_unknown_catalogue_reference_is_rejected(demo_store: RegisterStore) -> None:
    activity = demo_store.find_activity("PA-002")
    with pytest.raises(ValidationError, match="no recipient"):
        demo_store.save_activity(dataclasses.replace(activity, recipients=(new_uuid(),)))


def test_acknowledgements(demo_store: RegisterStore) -> None:
    target = demo_store.find_activity("PA-006").uuid
    demo_store.acknowledge("REVIEW-OVERDUE", target, "Review planned with marketing in December")
    demo_store.acknowledge("REVIEW-OVERDUE", target, "Moved to January")  # replaces, no duplicate
    acks = demo_store.snapshot().acknowledgements
    assert [a.justification for a in acks] == ["Moved to January"]
    with pytest.raises(ValidationError):
        demo_store.acknowledge("X", target, "  ")
    demo_store.withdraw_acknowledgement("REVIEW-OVERDUE", target)
    assert demo_store.snapshot().acknowledgements == ()


def test_info_counts(demo_store: RegisterStore) -> None:
    info = demo_store.info()
    assert (info.activities, info.controller_activities, info.processor_activities) == (14, 12, 2)
    assert info.catalogue_counts["recipients"] == 20
    assert info.organisation == "Cardify NV"


def test_import_merges_without_deleting(demo_store: RegisterStore, empty_store: RegisterStore) -> None:
    demo = demo_store.snapshot()
    summary = empty_store.import_register(demo)
    assert summary.added["activities"] == 14
    extra = empty_store.new_activity("Kept: not in the source")
    changed = dataclasses.replace(demo, activities=(dataclasses.replace(demo.activities[0], owner="People team"),))
    summary = empty_store.import_register(changed)
    assert summary.updated == {"activities": 1}
    assert empty_store.find_activity(extra.reference).name == "Kept: not in the source"
    assert len(empty_store.activities()) == 15


def test_snapshot_sql_statement_count_does_not_grow_with_activities(demo_store: RegisterStore) -> None:
    from sqlalchemy import event

    counts: list[int] = []
    statements: list[str] = []

    def count(*_args: object) -> None:
        statements.append("x")

    event.listen(demo_store.db.engine, "before_cursor_execute", count)
    try:
        for extra in (0, 30):
            for i in range(extra):
                demo_store.new_activity(f"Extra {i}")
            statements.clear()
            demo_store.snapshot()
            counts.append(len(statements))
    finally:
        event.remove(demo_store.db.engine, "before_cursor_execute", count)
    assert counts[0] == counts[1] < 25


def test_replace_register_is_one_transaction(demo_store: RegisterStore) -> None:
    before = demo_store.snapshot()
    smaller = dataclasses.replace(before, activities=before.activities[:5], recipients=before.recipients[:-1])
    demo_store.new_activity("Added after the snapshot")
    summary = demo_store.replace_register(smaller)
    after = demo_store.snapshot()
    assert [a.uuid for a in after.activities] == [a.uuid for a in smaller.activities]
    assert summary.removed["activities"] == 10
    # refused as a whole: a target whose two activities share a reference changes nothing
    broken = dataclasses.replace(
        before, activities=(before.activities[0], dataclasses.replace(before.activities[1], reference="PA-001"))
    )
    with pytest.raises(ValidationError):
        demo_store.replace_register(broken)
    assert demo_store.snapshot() == after
    demo_store.replace_register(before)
    assert json.dumps(dataclasses.asdict(demo_store.snapshot()), default=str) == json.dumps(
        dataclasses.asdict(before), default=str
    )


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\x0c", "\ufffe"])
def test_edits_with_control_characters_no_export_can_carry_are_refused(tmp_path: Path, char: str) -> None:
    """The GUI and scripts edit through the service: it refuses what the imports refuse."""
    from ropa.domain.model import Recipient

    with RegisterStore.create(tmp_path / "r.ropa", "Acme") as store:
        before = store.snapshot()
        with pytest.raises(ValidationError, match=f"activity PA-001, description: contains the control character U\\+{ord(char):04X}"):
            store.new_activity("Payroll", reference="PA-001", description=f"a{char}b")
        with pytest.raises(ValidationError, match="the organisation, legal_name: contains the control character"):
            store.save_organisation(replace(store.organisation(), legal_name=f"Acme{char}"))
        with pytest.raises(ValidationError, match="contact: contains the control character"):
            store.save_item(Recipient("r-1", "SD Worx", contact=f"x{char}"))
        assert store.snapshot() == before


def test_edits_with_unknown_codes_or_oversize_text_are_refused(tmp_path: Path) -> None:
    from ropa.domain.model import Recipient

    with RegisterStore.create(tmp_path / "r.ropa", "Acme") as store:
        with pytest.raises(ValidationError, match="country: 'EEA' is a group of countries"):
            store.save_item(Recipient("r-1", "SD Worx", country="EEA"))
        with pytest.raises(ValidationError, match="language: 'xx' is not a language"):
            store.save_organisation(replace(store.organisation(), language="xx"))
        with pytest.raises(ValidationError, match="name: is 1,001 characters long; at most 1,000"):
            store.new_activity("n" * 1001)
        activity = store.new_activity("Payroll", description="é" * 32_767)
        assert store.activity(activity.uuid).description == "é" * 32_767
