"""Hypothesis strategies that generate whole, consistent registers."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import strategies as st

from ropa.domain import enums
from ropa.domain.model import (
    Activity,
    AutomatedDecision,
    Contact,
    DataCategory,
    DataSubjectCategory,
    Dpia,
    JointController,
    Organisation,
    ProcessedData,
    Purpose,
    Recipient,
    Register,
    RetentionRule,
    SecurityMeasure,
    ServedController,
    Source,
    System,
    Transfer,
)

# Any text the register accepts: no lone surrogates and none of the control characters that XML,
# hence no export format, can carry (ropa.domain.validation refuses them at every way in).
_UNSTORABLE = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r") + "\ufffe\uffff"
text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=_UNSTORABLE), max_size=30)
name = text.filter(lambda s: s.strip() != "")
uuids = st.uuids().map(str)
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))
datetimes = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda d: d.replace(microsecond=0)
)
countries = st.sampled_from(["", "BE", "FR", "US", "IN", "MA", "CH", "GB", "CA", "JP"])


def opt(strategy: st.SearchStrategy) -> st.SearchStrategy:  # type: ignore[type-arg]
    return st.none() | strategy


contacts = st.builds(Contact, name=text, organisation=text, address=text, postal_code=text, city=text,
                     country=countries, email=text, phone=text)


@st.composite
def registers(draw: st.DrawFn, max_activities: int = 4) -> Register:
    subjects = draw(st.lists(st.builds(DataSubjectCategory, uuid=uuids, name=name, description=text,
                                       vulnerable=st.booleans()), max_size=4, unique_by=lambda i: i.uuid))
    categories = draw(st.lists(st.builds(DataCategory, uuid=uuids, name=name, description=text,
                                         special_category=opt(st.sampled_from(enums.SpecialCategory)),
                                         criminal=st.booleans()), max_size=4, unique_by=lambda i: i.uuid))
    recipients = draw(st.lists(st.builds(Recipient, uuid=uuids, name=name, kind=st.sampled_from(enums.RecipientType),
                                         country=countries, contact=text, description=text,
                                         contract_reference=text, contract_date=opt(dates),
                                         dpf_certified=st.booleans()), max_size=4, unique_by=lambda i: i.uuid))
    measures = draw(st.lists(st.builds(SecurityMeasure, uuid=uuids, name=name, kind=st.sampled_from(enums.MeasureKind),
                                       description=text), max_size=3, unique_by=lambda i: i.uuid))
    systems = draw(st.lists(st.builds(System, uuid=uuids, name=name, vendor=text, hosting_country=countries,
                                      description=text), max_size=3, unique_by=lambda i: i.uuid))
    joint = draw(st.lists(st.builds(JointController, uuid=uuids, name=name, contact=contacts, dpo=contacts,
                                    representative=contacts, arrangement=text, arrangement_reference=text),
                          max_size=2, unique_by=lambda i: i.uuid))

    def pick(items: list) -> st.SearchStrategy:  # type: ignore[type-arg]
        return st.lists(st.sampled_from([i.uuid for i in items]), unique=True).map(tuple) if items else st.just(())

    category_ids = [c.uuid for c in categories]
    activities = []
    count = draw(st.integers(0, max_activities))
    for n in range(count):
        data = draw(
            st.lists(st.sampled_from(category_ids), unique=True).map(
                lambda ids: tuple(ProcessedData(i, draw(opt(st.sampled_from(enums.Art9Condition))), draw(text))
                                  for i in ids)
            )
            if category_ids
            else st.just(())
        )
        activities.append(
            Activity(
                uuid=draw(uuids),
                reference=f"PA-{n + 1:03d}",
                name=draw(name),
                description=draw(text),
                role=draw(st.sampled_from(enums.Role)),
                owner=draw(text),
                status=draw(st.sampled_from(enums.Status)),
                created_at=draw(opt(datetimes)),
                updated_at=draw(opt(datetimes)),
                last_reviewed=draw(opt(dates)),
                next_review=draw(opt(dates)),
                purposes=tuple(draw(st.lists(st.builds(Purpose, uuid=uuids, description=text,
                                                       legal_basis=opt(st.sampled_from(enums.LegalBasis)),
                                                       legal_basis_reference=text, legitimate_interest=text),
                                             max_size=3))),
                data_subjects=draw(pick(subjects)),
                data=data,
                sources=tuple(draw(st.lists(st.builds(Source, uuid=uuids, kind=st.sampled_from(enums.SourceKind),
                                                      description=text), max_size=2))),
                recipients=draw(pick(recipients)),
                transfers=tuple(draw(st.lists(st.builds(
                    Transfer, uuid=uuids,
                    recipient=st.sampled_from([None, *[r.uuid for r in recipients]]),
                    country=countries, international_organisation=text,
                    mechanism=opt(st.sampled_from(enums.TransferMechanism)),
                    scc_module=opt(st.sampled_from(enums.SccModule)),
                    derogation=opt(st.sampled_from(enums.Derogation)), repetitive=st.booleans(),
                    safeguards=text, documentation_reference=text, tia_reference=text, tia_date=opt(dates)),
                    max_size=2))),
                retention=tuple(draw(st.lists(st.builds(
                    RetentionRule, uuid=uuids,
                    data_categories=st.lists(st.sampled_from(category_ids), unique=True).map(tuple)
                    if category_ids else st.just(()),
                    kind=st.sampled_from(enums.RetentionKind), duration_value=opt(st.integers(0, 10_000)),
                    duration_unit=opt(st.sampled_from(enums.DurationUnit)), trigger=text, criteria=text,
                    legal_reference=text, end_action=opt(st.sampled_from(enums.EndAction))), max_size=2))),
                security_measures=draw(pick(measures)),
                systems=draw(pick(systems)),
                joint_controllers=draw(pick(joint)),
                dpia=draw(st.builds(Dpia, criteria=st.lists(st.sampled_from(enums.DpiaCriterion), unique=True).map(tuple),
                                    required=opt(st.booleans()), status=opt(st.sampled_from(enums.DpiaStatus)),
                                    reference=text, completed_on=opt(dates))),
                automated_decision=draw(st.builds(AutomatedDecision, exists=st.booleans(), profiling=st.booleans(),
                                                  legal_effect=st.booleans(), logic=text)),
                served_controllers=tuple(draw(st.lists(st.builds(ServedController, uuid=uuids, contact=contacts,
                                                                 representative=contacts, dpo=contacts,
                                                                 processing_categories=text), max_size=2))),
                template_id=draw(text),
                template_version=draw(text),
                notes=draw(text),
            )
        )
    organisation = draw(st.builds(Organisation, uuid=uuids, legal_name=name, address=text, postal_code=text,
                                  city=text, country=countries, registration_number=text, email=text, phone=text,
                                  website=text, language=st.sampled_from(["en", "fr", "nl", "de"]),
                                  dpo_kind=opt(st.sampled_from(enums.DpoKind)), dpo=contacts,
                                  representative=contacts, register_version=text))
    return Register(
        organisation=organisation,
        activities=tuple(activities),
        data_subject_categories=tuple(subjects),
        data_categories=tuple(categories),
        recipients=tuple(recipients),
        security_measures=tuple(measures),
        systems=tuple(systems),
        joint_controllers=tuple(joint),
    )
