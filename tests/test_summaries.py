"""Activity summaries: what the lists show, read without loading whole activities."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest
from hypothesis import given, settings
from sqlalchemy import event

from ropa.domain.enums import Art9Condition, LegalBasis
from ropa.domain.model import ActivitySummary, Register, RegisterIndex, Transfer
from ropa.service import RegisterStore
from tests.strategies import registers


def expected(store: RegisterStore) -> list[ActivitySummary]:
    register = store.snapshot()
    index = RegisterIndex(register)
    return [ActivitySummary.of(a, index) for a in register.activities]


def test_demo_summaries_equal_those_of_the_snapshot(demo_store: RegisterStore) -> None:
    summaries = demo_store.activity_summaries()
    assert summaries == expected(demo_store)
    by_reference = {s.reference: s for s in summaries}
    pa011 = by_reference["PA-011"]
    assert "MA" in pa011.countries  # a transfer to Morocco
    assert all(isinstance(b, LegalBasis) for s in summaries for b in s.legal_bases)
    assert any(isinstance(c, Art9Condition) for s in summaries for c in s.art9_conditions)


def test_countries_come_from_transfers_recipients_and_systems(demo_store: RegisterStore) -> None:
    activity = demo_store.find_activity("PA-001")
    recipient = next(r for r in demo_store.catalogue("recipients") if r.uuid not in activity.recipients)
    system = next(s for s in demo_store.catalogue("systems") if s.uuid not in activity.systems)
    demo_store.save_item(replace(recipient, country="CH"))
    demo_store.save_item(replace(system, hosting_country="JP"))
    transfer = Transfer(uuid=str(uuid.uuid4()), country="BR")
    demo_store.save_activity(replace(activity, recipients=(*activity.recipients, recipient.uuid),
                                     systems=(system.uuid,), transfers=(*activity.transfers, transfer)))
    summary = next(s for s in demo_store.activity_summaries() if s.uuid == activity.uuid)
    assert {"CH", "JP", "BR"} <= summary.countries
    assert demo_store.activity_summaries() == expected(demo_store)


def test_summaries_take_a_fixed_number_of_statements(demo_store: RegisterStore) -> None:
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(demo_store.db.engine, "before_cursor_execute", count)
    try:
        counts = []
        for extra in (0, 25):
            for i in range(extra):
                demo_store.new_activity(f"Extra {i}")
            statements.clear()
            demo_store.activity_summaries()
            counts.append(len(statements))
    finally:
        event.remove(demo_store.db.engine, "before_cursor_execute", count)
    assert counts[0] == counts[1] <= 7  # six queries (and the session's own start)


@settings(max_examples=10, deadline=None)
@given(registers())
def test_property_summaries_equal_those_of_the_snapshot(tmp_path_factory: pytest.TempPathFactory,
                                                         register: Register) -> None:
    path = tmp_path_factory.mktemp("sum") / f"{uuid.uuid4()}.ropa"
    with RegisterStore.create(path, register.organisation) as store:
        store.import_register(register)
        assert store.activity_summaries() == expected(store)
