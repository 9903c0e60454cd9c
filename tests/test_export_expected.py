"""What an export of a register must show, worked out independently of the exporters.

``expected_texts(register, lang)`` lists, per Art. 30 item, display strings that every export
(Excel, PDF, CSV) of that register in that language must contain: names typed by the user, and
reference values translated from reference.toml, pycountry and babel. The export tests import it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest

from ropa.domain.enums import Role
from ropa.domain.model import Register, RegisterIndex
from ropa.i18n import LANGUAGES, Translator

UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")


def normalise(text: str) -> str:
    """Collapse whitespace (PDF lines wrap anywhere) so phrases can be searched for."""
    return " ".join(text.split())


def expected_texts(register: Register, lang: str) -> dict[str, set[str]]:
    t = Translator(lang)
    ix = RegisterIndex(register)
    org = register.organisation
    items: dict[str, set[str]] = {
        "30.1.a controller": {org.legal_name, org.address, org.email},
        "30.1.a dpo": {org.dpo.name, org.dpo.email},
        "reference": set(),
        "name": set(),
        "30.1.a joint controllers": set(),
        "30.1.b purposes": set(),
        "art6 legal basis": set(),
        "30.1.c data subjects": set(),
        "30.1.c data categories": set(),
        "art9 condition": set(),
        "30.1.d recipients": set(),
        "30.1.e transfers": set(),
        "30.1.e safeguards": set(),
        "30.1.f retention": set(),
        "30.1.g security": set(),
        "30.2.a controllers served": set(),
        "30.2.b processing categories": set(),
        "status": set(),
        "owner": set(),
        "dpia": set(),
    }
    for a in register.activities:
        items["reference"].add(a.reference)
        items["name"].add(a.name)
        items["status"].add(t.enum(a.status))
        if a.owner:
            items["owner"].add(a.owner)
        items["30.1.a joint controllers"].update(ix.names("joint_controllers", a.joint_controllers))
        for p in a.purposes:
            items["30.1.b purposes"].add(p.description)
            if p.legal_basis:
                items["art6 legal basis"].add(t.enum(p.legal_basis))
        items["30.1.c data subjects"].update(ix.names("data_subject_categories", a.data_subjects))
        for d in a.data:
            items["30.1.c data categories"].add(ix.data_categories[d.category].name)
            if d.art9_condition:
                items["art9 condition"].add(t.enum(d.art9_condition))
        items["30.1.d recipients"].update(ix.names("recipients", a.recipients))
        for tr in a.transfers:
            items["30.1.e transfers"].add(t.country(tr.country))
            if tr.mechanism:
                items["30.1.e transfers"].add(t.enum(tr.mechanism))
            if tr.documentation_reference:
                items["30.1.e safeguards"].add(tr.documentation_reference)
        for r in a.retention:
            if r.trigger:
                items["30.1.f retention"].add(r.trigger)
            if r.legal_reference:
                items["30.1.f retention"].add(r.legal_reference)
        items["30.1.g security"].update(ix.names("security_measures", a.security_measures))
        if a.dpia.reference:
            items["dpia"].add(a.dpia.reference)
        if a.role is Role.PROCESSOR:
            for s in a.served_controllers:
                items["30.2.a controllers served"].add(s.contact.name)
                items["30.2.b processing categories"].add(s.processing_categories)
    return {k: {v for v in values if v} for k, values in items.items()}


def with_unicode_text(register: Register) -> Register:
    """The register with Greek, Cyrillic, accented and emoji text typed into it."""
    import dataclasses

    first = register.activities[0]
    purpose = dataclasses.replace(first.purposes[0], description="Обработка заработной платы")
    first = dataclasses.replace(
        first,
        name="Επεξεργασία μισθοδοσίας",
        purposes=(purpose, *first.purposes[1:]),
        notes="Ünïcödé 🙂🚀 — Ελληνικά, кириллица, Łódź, Ærøskøbing",
    )
    org = register.organisation
    org = dataclasses.replace(org, dpo=dataclasses.replace(org.dpo, name="Фёдор Достоевский"))
    return dataclasses.replace(register, organisation=org, activities=(first, *register.activities[1:]))


def missing_from(text: str, expected: dict[str, set[str]]) -> dict[str, list[str]]:
    """The expected strings not found in ``text`` (whitespace-insensitive), by item."""
    flat = normalise(text)
    out: dict[str, list[str]] = {}
    for item, values in expected.items():
        absent = sorted(v for v in values if normalise(v) not in flat)
        if absent:
            out[item] = absent
    return out


def leaked_codes(values: Iterable[str]) -> list[str]:
    """Internal UUIDs that should never reach a reader."""
    return [v for v in values if UUID.search(v)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_expectations_cover_every_item_of_the_demo(demo_register: Register, lang: str) -> None:
    expected = expected_texts(demo_register, lang)
    assert all(expected.values()), [k for k, v in expected.items() if not v]
    assert missing_from("nothing here", expected)  # the helper can fail


def test_translated_values_differ_between_languages(demo_register: Register) -> None:
    en = expected_texts(demo_register, "en")["art6 legal basis"]
    fr = expected_texts(demo_register, "fr")["art6 legal basis"]
    assert en and fr and en.isdisjoint(fr)
