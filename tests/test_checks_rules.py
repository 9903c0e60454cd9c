"""Each rule fires on a register broken in one place, and stays silent on a correct one.

``clean()`` builds a small, complete register (a controller activity, a joint-controller activity
with special data and a US transfer, a processor activity) on which no rule fires. Every trigger
case breaks one thing; every silent case is a correct variant close to the trigger (a near miss),
so a rule that fires too eagerly fails here as surely as one that never fires.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest

from ropa.checks import RULES, Severity, check_activity, run_checks, summarise
from ropa.domain.enums import (
    Art9Condition,
    Derogation,
    DpiaCriterion,
    DpiaStatus,
    DpoKind,
    DurationUnit,
    LegalBasis,
    RecipientType,
    RetentionKind,
    Role,
    SccModule,
    SpecialCategory,
    Status,
    TransferMechanism,
)
from ropa.domain.model import (
    Acknowledgement,
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
    System,
    Transfer,
)

TODAY = date(2026, 11, 21)
ORG = "org-1"
PA1, PA2, PR1 = "act-pa1", "act-pa2", "act-pr1"


def clean() -> Register:
    """A small register that documents everything: no rule may fire on it."""
    org = Organisation(
        uuid=ORG, legal_name="Acme SA", address="Rue Haute 1", postal_code="1000", city="Brussels", country="BE",
        email="privacy@acme.example", dpo_kind=DpoKind.INTERNAL, dpo=Contact(name="Dana", email="dpo@acme.example"),
    )
    reviewed = {"last_reviewed": date(2026, 1, 10), "next_review": date(2027, 1, 10), "status": Status.APPROVED}
    pa1 = Activity(
        PA1, "PA-001", "Customer accounts", role=Role.CONTROLLER,
        purposes=(Purpose("pu-1", "Managing customer accounts", LegalBasis.CONTRACT),),
        data_subjects=("ds-customers",), data=(ProcessedData("dc-contact"),), recipients=("rc-mailer",),
        retention=(RetentionRule("rr-1", ("dc-contact",), RetentionKind.DURATION, 2, DurationUnit.YEARS, "end of contract"),),
        security_measures=("sm-enc",), systems=("sy-crm",), **reviewed,  # type: ignore[arg-type]
    )
    pa2 = Activity(
        PA2, "PA-002", "Occupational health with Partner", role=Role.JOINT_CONTROLLER, joint_controllers=("jc-partner",),
        purposes=(Purpose("pu-2", "Occupational health follow-up", LegalBasis.LEGAL_OBLIGATION, "Well-being at Work Act"),),
        data_subjects=("ds-customers",),
        data=(
            ProcessedData("dc-health", Art9Condition.EMPLOYMENT_SOCIAL_SECURITY, "Codex on well-being at work"),
            ProcessedData("dc-offences", None, "Act of 28 November 2022 (whistleblowing)"),
        ),
        recipients=("rc-cloud",),
        transfers=(Transfer("tr-1", "rc-cloud", "US", mechanism=TransferMechanism.EU_US_DPF),),
        retention=(RetentionRule("rr-2", ("dc-health",), RetentionKind.UNTIL_EVENT, trigger="end of employment"),),
        security_measures=("sm-enc",),
        dpia=Dpia((DpiaCriterion.SENSITIVE_DATA, DpiaCriterion.VULNERABLE_SUBJECTS), True, DpiaStatus.COMPLETED, "DPIA-1"),
        **reviewed,  # type: ignore[arg-type]
    )
    pr1 = Activity(
        PR1, "PR-001", "Hosting for clients", role=Role.PROCESSOR,
        served_controllers=(
            ServedController("sc-1", Contact(name="Client NV", email="dpo@client.example"), processing_categories="Hosting"),
        ),
        recipients=("rc-host",), security_measures=("sm-enc",), **reviewed,  # type: ignore[arg-type]
    )
    return Register(
        organisation=org,
        activities=(pa1, pa2, pr1),
        data_subject_categories=(DataSubjectCategory("ds-customers", "Customers"),),
        data_categories=(
            DataCategory("dc-contact", "Contact details"),
            DataCategory("dc-health", "Health data", special_category=SpecialCategory.HEALTH),
            DataCategory("dc-offences", "Reported offences", criminal=True),
        ),
        recipients=(
            Recipient("rc-mailer", "Mailer BV", RecipientType.PROCESSOR, "NL", "dpo@mailer.example", "", "DPA-1"),
            Recipient("rc-cloud", "CloudCo Inc.", RecipientType.PROCESSOR, "US", "privacy@cloud.example", "", "DPA-2",
                      dpf_certified=True),
            Recipient("rc-host", "Host SA", RecipientType.SUB_PROCESSOR, "FR", "dpo@host.example", "", "SUB-1"),
        ),
        security_measures=(SecurityMeasure("sm-enc", "Encryption"),),
        systems=(System("sy-crm", "CRM"),),
        joint_controllers=(
            JointController("jc-partner", "Partner SA", Contact(email="privacy@partner.example"),
                            arrangement="Partner answers data subjects' requests"),
        ),
    )


# --- editing helpers: change one thing ----------------------------------------------------------


def org(reg: Register, **changes: object) -> Register:
    return dataclasses.replace(reg, organisation=dataclasses.replace(reg.organisation, **changes))  # type: ignore[arg-type]


def act(reg: Register, uuid: str, **changes: object) -> Register:
    acts = tuple(dataclasses.replace(a, **changes) if a.uuid == uuid else a for a in reg.activities)  # type: ignore[arg-type]
    return dataclasses.replace(reg, activities=acts)


def get(reg: Register, uuid: str) -> Activity:
    return next(a for a in reg.activities if a.uuid == uuid)


def part(reg: Register, uuid: str, attribute: str, **changes: object) -> Register:
    """Change the first row (purpose, datum, transfer...) of an activity's list."""
    rows = getattr(get(reg, uuid), attribute)
    return act(reg, uuid, **{attribute: (dataclasses.replace(rows[0], **changes), *rows[1:])})


def item(reg: Register, catalogue: str, uuid: str, **changes: object) -> Register:
    items = tuple(dataclasses.replace(i, **changes) if i.uuid == uuid else i for i in reg.catalogue(catalogue))  # type: ignore[arg-type]
    return dataclasses.replace(reg, **{catalogue: items})


def add(reg: Register, catalogue: str, new: object) -> Register:
    return dataclasses.replace(reg, **{catalogue: (*reg.catalogue(catalogue), new)})


def transfer(reg: Register, **changes: object) -> Register:
    return part(reg, PA2, "transfers", **changes)


def ids(reg: Register) -> set[str]:
    return {f.rule_id for f in run_checks(reg, today=TODAY)}


# --- the cases ----------------------------------------------------------------------------------

Case = Callable[[Register], Register]

TRIGGERS: dict[str, Case] = {
    "ORG-CONTACT-MISSING": lambda r: org(r, address="", email="", phone=""),
    "ORG-COUNTRY-MISSING": lambda r: org(r, country=""),
    "DPO-UNDECIDED": lambda r: org(r, dpo_kind=None),
    "DPO-CONTACT-MISSING": lambda r: org(r, dpo=Contact(name="Dana")),
    "REPRESENTATIVE-MISSING": lambda r: org(r, country="CH"),
    "JOINT-CONTROLLER-CONTACT-MISSING": lambda r: item(r, "joint_controllers", "jc-partner", contact=Contact(name="Partner")),
    "JOINT-ARRANGEMENT-MISSING": lambda r: item(r, "joint_controllers", "jc-partner", arrangement=""),
    "ART30-JOINT-CONTROLLER-MISSING": lambda r: act(r, PA2, joint_controllers=()),
    "ART30-PURPOSES-MISSING": lambda r: act(r, PA1, purposes=()),
    "ART30-DATA-SUBJECTS-MISSING": lambda r: act(r, PA1, data_subjects=()),
    "ART30-DATA-CATEGORIES-MISSING": lambda r: act(r, PA1, data=()),
    "ART30-RECIPIENTS-MISSING": lambda r: act(r, PA1, recipients=()),
    "RETENTION-MISSING": lambda r: act(r, PA1, retention=()),
    "RETENTION-OPEN-ENDED": lambda r: part(r, PA1, "retention", duration_value=None),
    "ART30-SECURITY-MISSING": lambda r: act(r, PR1, security_measures=()),
    "LEGAL-BASIS-MISSING": lambda r: part(r, PA1, "purposes", legal_basis=None),
    "LI-INTEREST-MISSING": lambda r: part(r, PA1, "purposes", legal_basis=LegalBasis.LEGITIMATE_INTERESTS),
    "LEGAL-BASIS-LAW-MISSING": lambda r: part(r, PA2, "purposes", legal_basis_reference=""),
    "ART9-CONDITION-MISSING": lambda r: part(r, PA2, "data", art9_condition=None),
    "ART10-CRIMINAL-DATA": lambda r: act(r, PA2, data=(get(r, PA2).data[0], ProcessedData("dc-offences"))),
    "DPIA-REQUIRED-NOT-DONE": lambda r: act(r, PA2, dpia=Dpia((DpiaCriterion.SENSITIVE_DATA, DpiaCriterion.LARGE_SCALE))),
    "DPIA-PENDING": lambda r: act(r, PA2, dpia=Dpia((DpiaCriterion.SENSITIVE_DATA,), True, DpiaStatus.PLANNED)),
    "ADM-LEGAL-EFFECT": lambda r: act(r, PA1, automated_decision=AutomatedDecision(True, True, True, "Credit score")),
    "ADM-LOGIC-MISSING": lambda r: act(r, PA1, automated_decision=AutomatedDecision(False, True, False, "")),
    "ART30-CONTROLLERS-MISSING": lambda r: act(r, PR1, served_controllers=()),
    "SERVED-CONTROLLER-CONTACT-MISSING": lambda r: part(r, PR1, "served_controllers", contact=Contact(name="Client NV")),
    "SERVED-CONTROLLER-CATEGORIES-MISSING": lambda r: part(r, PR1, "served_controllers", processing_categories=" "),
    "SUBPROCESSOR-CONTACT-MISSING": lambda r: item(r, "recipients", "rc-host", contact=""),
    "TRANSFER-DESTINATION-MISSING": lambda r: transfer(r, country=""),
    "TRANSFER-NO-MECHANISM": lambda r: transfer(r, mechanism=TransferMechanism.NONE),
    "TRANSFER-NO-ADEQUACY": lambda r: transfer(r, country="IN", mechanism=TransferMechanism.ADEQUACY),
    "TRANSFER-DPF-NOT-CERTIFIED": lambda r: item(r, "recipients", "rc-cloud", dpf_certified=False),
    "TRANSFER-ADEQUACY-PARTIAL": lambda r: transfer(
        item(r, "recipients", "rc-cloud", country="CA"), country="CA", mechanism=TransferMechanism.ADEQUACY
    ),
    "TRANSFER-SCC-MODULE-MISSING": lambda r: transfer(r, mechanism=TransferMechanism.SCC),
    "DEROGATION-MISSING": lambda r: transfer(r, mechanism=TransferMechanism.DEROGATION),
    "DEROGATION-REPETITIVE": lambda r: transfer(
        r, mechanism=TransferMechanism.DEROGATION, derogation=Derogation.CONTRACT_WITH_SUBJECT, repetitive=True
    ),
    "TRANSFER-SAFEGUARDS-MISSING": lambda r: transfer(
        r, mechanism=TransferMechanism.DEROGATION, derogation=Derogation.COMPELLING_LEGITIMATE_INTERESTS
    ),
    "RECIPIENT-THIRD-COUNTRY-NO-TRANSFER": lambda r: act(r, PA2, transfers=()),
    "PROCESSOR-NO-DPA": lambda r: item(r, "recipients", "rc-mailer", contract_reference=""),
    "REVIEW-OVERDUE": lambda r: act(r, PA1, next_review=date(2026, 11, 20)),
    "NEVER-REVIEWED": lambda r: act(r, PA1, last_reviewed=None),
    "REVIEW-NOT-SCHEDULED": lambda r: act(r, PA1, next_review=None),
    "CATALOGUE-DUPLICATE": lambda r: act(
        add(r, "security_measures", SecurityMeasure("sm-enc2", "  ENCRYPTION ")), PA1, security_measures=("sm-enc", "sm-enc2")
    ),
    "CATALOGUE-UNUSED": lambda r: add(r, "systems", System("sy-old", "Old intranet")),
}

SILENT: dict[str, Case] = {
    "ORG-CONTACT-MISSING": lambda r: org(r, address="", phone=""),  # an e-mail address is enough
    "ORG-COUNTRY-MISSING": lambda r: r,
    "DPO-UNDECIDED": lambda r: org(r, dpo_kind=DpoKind.NONE, dpo=Contact()),  # "no DPO" is a decision
    "DPO-CONTACT-MISSING": lambda r: org(r, dpo_kind=DpoKind.EXTERNAL, dpo=Contact(phone="+32 2 000 00 00")),
    "REPRESENTATIVE-MISSING": lambda r: org(r, country="CH", representative=Contact(name="Rep BV", email="rep@x.example")),
    "JOINT-CONTROLLER-CONTACT-MISSING": lambda r: item(r, "joint_controllers", "jc-partner", contact=Contact(phone="+33 1")),
    "JOINT-ARRANGEMENT-MISSING": lambda r: item(
        r, "joint_controllers", "jc-partner", arrangement="", arrangement_reference="Agreement of 1 May 2025"
    ),
    "ART30-JOINT-CONTROLLER-MISSING": lambda r: act(r, PA2, role=Role.CONTROLLER, joint_controllers=()),
    "ART30-PURPOSES-MISSING": lambda r: act(
        act(r, PR1, purposes=()),  # Art. 30(2) asks for no purposes
        PA1, purposes=(Purpose("pu-0", " ", LegalBasis.CONTRACT), *get(r, PA1).purposes),  # one described is enough
    ),
    "ART30-DATA-SUBJECTS-MISSING": lambda r: act(r, PR1, data_subjects=()),
    "ART30-DATA-CATEGORIES-MISSING": lambda r: act(r, PR1, data=()),
    "ART30-RECIPIENTS-MISSING": lambda r: act(r, PR1, recipients=()),
    "RETENTION-MISSING": lambda r: act(r, PR1, retention=()),
    "RETENTION-OPEN-ENDED": lambda r: part(
        r, PA1, "retention", kind=RetentionKind.CRITERIA, duration_value=None, duration_unit=None,
        criteria="Until the statutory limitation period ends",
    ),
    "ART30-SECURITY-MISSING": lambda r: r,
    "LEGAL-BASIS-MISSING": lambda r: act(r, PR1, purposes=(Purpose("pu-9", "Hosting on instructions"),)),
    "LI-INTEREST-MISSING": lambda r: part(
        r, PA1, "purposes", legal_basis=LegalBasis.LEGITIMATE_INTERESTS, legitimate_interest="Fraud prevention"
    ),
    "LEGAL-BASIS-LAW-MISSING": lambda r: part(r, PA1, "purposes", legal_basis=LegalBasis.VITAL_INTERESTS),
    "ART9-CONDITION-MISSING": lambda r: part(r, PA2, "data", art9_condition=Art9Condition.EXPLICIT_CONSENT),
    "ART10-CRIMINAL-DATA": lambda r: r,
    "DPIA-REQUIRED-NOT-DONE": lambda r: act(r, PA2, dpia=Dpia((DpiaCriterion.SENSITIVE_DATA,))),  # one criterion
    "DPIA-PENDING": lambda r: act(r, PA2, dpia=Dpia((DpiaCriterion.SENSITIVE_DATA,), False, DpiaStatus.PLANNED)),
    "ADM-LEGAL-EFFECT": lambda r: act(r, PA1, automated_decision=AutomatedDecision(False, True, False, "Lead score")),
    "ADM-LOGIC-MISSING": lambda r: act(r, PA1, automated_decision=AutomatedDecision(True, False, False, "Rules engine")),
    "ART30-CONTROLLERS-MISSING": lambda r: r,
    "SERVED-CONTROLLER-CONTACT-MISSING": lambda r: part(
        r, PR1, "served_controllers", contact=Contact(organisation="Client NV", phone="+32 9 000 00 00")
    ),
    "SERVED-CONTROLLER-CATEGORIES-MISSING": lambda r: r,
    # a sub-processor without contact details, used only by a controller activity: not an Art. 30(2) item
    "SUBPROCESSOR-CONTACT-MISSING": lambda r: act(
        act(item(r, "recipients", "rc-host", contact=""), PR1, recipients=()), PA1, recipients=("rc-mailer", "rc-host")
    ),
    "TRANSFER-DESTINATION-MISSING": lambda r: transfer(
        r, country="", international_organisation="European Patent Organisation", mechanism=TransferMechanism.ADEQUACY
    ),
    "TRANSFER-NO-MECHANISM": lambda r: transfer(r, country="DE", mechanism=None),  # not a Chapter V transfer
    "TRANSFER-NO-ADEQUACY": lambda r: transfer(r, country="CH", mechanism=TransferMechanism.ADEQUACY),
    "TRANSFER-DPF-NOT-CERTIFIED": lambda r: r,
    "TRANSFER-ADEQUACY-PARTIAL": lambda r: transfer(r, country="GB", mechanism=TransferMechanism.ADEQUACY),
    "TRANSFER-SCC-MODULE-MISSING": lambda r: transfer(r, mechanism=TransferMechanism.SCC, scc_module=SccModule.C2P),
    "DEROGATION-MISSING": lambda r: transfer(r, mechanism=TransferMechanism.DEROGATION, derogation=Derogation.LEGAL_CLAIMS),
    "DEROGATION-REPETITIVE": lambda r: transfer(
        r, mechanism=TransferMechanism.DEROGATION, derogation=Derogation.CONTRACT_WITH_SUBJECT, repetitive=False
    ),
    "TRANSFER-SAFEGUARDS-MISSING": lambda r: transfer(
        r, mechanism=TransferMechanism.DEROGATION, derogation=Derogation.COMPELLING_LEGITIMATE_INTERESTS,
        safeguards="Pseudonymised extract; assessment of 3 March 2026",
    ),
    # an internal department abroad is not a transfer; a transfer recorded by country covers the recipient
    "RECIPIENT-THIRD-COUNTRY-NO-TRANSFER": lambda r: transfer(
        act(add(r, "recipients", Recipient("rc-int", "Chennai desk", RecipientType.INTERNAL, "IN")), PA2,
            recipients=("rc-cloud", "rc-int")),
        recipient=None,
    ),
    "PROCESSOR-NO-DPA": lambda r: item(r, "recipients", "rc-mailer", kind=RecipientType.INDEPENDENT_CONTROLLER,
                                       contract_reference=""),
    "REVIEW-OVERDUE": lambda r: act(r, PA1, next_review=TODAY),  # due today is not overdue yet
    "NEVER-REVIEWED": lambda r: r,
    "REVIEW-NOT-SCHEDULED": lambda r: r,
    # the same name in two different catalogues is not a duplicate
    "CATALOGUE-DUPLICATE": lambda r: act(
        add(r, "systems", System("sy-enc", "Encryption")), PA1, systems=("sy-crm", "sy-enc")
    ),
    # used only by a retention rule, or only by a retired activity: still used
    "CATALOGUE-UNUSED": lambda r: add(
        act(part(r, PA1, "retention", data_categories=("dc-contact", "dc-logs")), PA2, status=Status.RETIRED),
        "data_categories", DataCategory("dc-logs", "Logs"),
    ),
}


def test_the_clean_register_has_no_findings() -> None:
    findings = run_checks(clean(), today=TODAY)
    assert [(f.rule_id, f.target_uuid) for f in findings] == []


def test_every_rule_has_a_trigger_and_a_silent_case() -> None:
    assert set(TRIGGERS) == set(RULES)
    assert set(SILENT) == set(RULES)


@pytest.mark.parametrize("rule_id", list(RULES))
def test_rule_fires_when_broken(rule_id: str) -> None:
    findings = [f for f in run_checks(TRIGGERS[rule_id](clean()), today=TODAY) if f.rule_id == rule_id]
    assert findings, f"{rule_id} did not fire"
    rule = RULES[rule_id]
    for f in findings:
        assert f.severity is rule.severity
        assert f.article in (rule.article, rule.processor_article)
        assert f.field
        assert f.acknowledgement is None


@pytest.mark.parametrize("rule_id", list(RULES))
def test_rule_is_silent_when_correct(rule_id: str) -> None:
    register = SILENT[rule_id](clean())
    assert rule_id not in ids(register)


@pytest.mark.parametrize(
    ("rule_id", "activity", "target", "part", "field"),
    [
        ("ORG-CONTACT-MISSING", None, ORG, None, "address"),
        ("DPO-CONTACT-MISSING", None, ORG, None, "dpo"),
        ("JOINT-CONTROLLER-CONTACT-MISSING", PA2, PA2, "jc-partner", "joint_controllers"),
        ("JOINT-ARRANGEMENT-MISSING", None, "jc-partner", None, "arrangement"),
        ("LEGAL-BASIS-MISSING", PA1, PA1, "pu-1", "purposes"),
        ("ART9-CONDITION-MISSING", PA2, PA2, "dc-health", "data"),
        ("RETENTION-OPEN-ENDED", PA1, PA1, "rr-1", "retention"),
        ("TRANSFER-NO-MECHANISM", PA2, PA2, "tr-1", "transfers"),
        ("RECIPIENT-THIRD-COUNTRY-NO-TRANSFER", PA2, PA2, "rc-cloud", "transfers"),
        ("SUBPROCESSOR-CONTACT-MISSING", PR1, PR1, "rc-host", "recipients"),
        ("SERVED-CONTROLLER-CONTACT-MISSING", PR1, PR1, "sc-1", "served_controllers"),
        ("PROCESSOR-NO-DPA", None, "rc-mailer", None, "contract_reference"),
        ("CATALOGUE-DUPLICATE", None, "sm-enc2", None, "name"),
        ("REVIEW-OVERDUE", PA1, PA1, None, "next_review"),
    ],
)
def test_findings_say_where_to_fix(rule_id: str, activity: str | None, target: str, part: str | None, field: str) -> None:
    [finding] = [f for f in run_checks(TRIGGERS[rule_id](clean()), today=TODAY) if f.rule_id == rule_id]
    assert (finding.activity_uuid, finding.target_uuid, finding.part_uuid, finding.field) == (activity, target, part, field)


def test_processor_activities_cite_article_30_2() -> None:
    broken = act(act(clean(), PR1, security_measures=()), PA1, security_measures=())
    articles = {f.activity_uuid: f.article for f in run_checks(broken, today=TODAY) if f.rule_id == "ART30-SECURITY-MISSING"}
    assert articles == {PA1: "Art. 30(1)(g)", PR1: "Art. 30(2)(d)"}


def test_adequacy_depends_on_the_date_of_the_check() -> None:
    """The DPF decision dates from 10 July 2023: a check as of 2023 finds no adequacy for the US."""
    register = clean()
    assert "TRANSFER-NO-ADEQUACY" in {f.rule_id for f in run_checks(register, today=date(2023, 7, 9))}
    assert "TRANSFER-NO-ADEQUACY" not in {f.rule_id for f in run_checks(register, today=date(2023, 7, 10))}


def test_dpf_only_covers_the_united_states() -> None:
    assert "TRANSFER-NO-ADEQUACY" in ids(transfer(clean(), country="IN"))


def test_us_transfer_without_named_recipient_is_partial() -> None:
    findings = run_checks(transfer(clean(), recipient=None), today=TODAY)
    partial = [f for f in findings if f.rule_id == "TRANSFER-ADEQUACY-PARTIAL"]
    assert len(partial) == 1
    assert partial[0].params["scope"] == "scope.certified"


def test_one_finding_per_broken_row() -> None:
    register = act(
        clean(), PA1,
        purposes=(Purpose("p1", "A"), Purpose("p2", "B", LegalBasis.CONTRACT), Purpose("p3", "C")),
    )
    parts = [f.part_uuid for f in run_checks(register, today=TODAY) if f.rule_id == "LEGAL-BASIS-MISSING"]
    assert parts == ["p1", "p3"]


def test_duplicates_are_reported_once_per_extra_item_in_linear_time() -> None:
    names = ["Encryption", "encryption", "ENCRYPTION!", "Encryptión"]
    measures = tuple(SecurityMeasure(f"sm-{n}", name) for n, name in enumerate(names))
    register = act(dataclasses.replace(clean(), security_measures=measures), PA1, security_measures=tuple(m.uuid for m in measures))
    register = act(register, PA2, security_measures=("sm-0",))
    register = act(register, PR1, security_measures=("sm-0",))
    dups = [f for f in run_checks(register, today=TODAY) if f.rule_id == "CATALOGUE-DUPLICATE"]
    assert [(f.target_uuid, f.params["duplicate_of"]) for f in dups] == [("sm-1", "sm-0"), ("sm-2", "sm-0"), ("sm-3", "sm-0")]


def test_retired_activities_are_not_checked_but_their_items_count_as_used() -> None:
    register = act(act(clean(), PA1, status=Status.RETIRED, purposes=(), retention=()), PA2, status=Status.RETIRED)
    findings = run_checks(register, today=TODAY)
    assert {f.activity_uuid for f in findings} <= {None, PR1}
    assert "CATALOGUE-UNUSED" not in {f.rule_id for f in findings}


def test_unknown_references_do_not_count_as_documented() -> None:
    """A dangling UUID (a damaged import) must not hide a missing Art. 30 item."""
    register = act(clean(), PA1, data_subjects=("no-such-uuid",))
    assert "ART30-DATA-SUBJECTS-MISSING" in ids(register)


def test_acknowledged_findings_stay_listed_but_do_not_fail() -> None:
    broken = item(clean(), "recipients", "rc-mailer", contract_reference="")
    ack = Acknowledgement("ack-1", "PROCESSOR-NO-DPA", "rc-mailer", "Contract being renegotiated", "dana")
    findings = run_checks(dataclasses.replace(broken, acknowledgements=(ack,)), today=TODAY)
    [finding] = [f for f in findings if f.rule_id == "PROCESSOR-NO-DPA"]
    assert finding.acknowledgement == ack
    assert summarise(findings).errors == 0 and summarise(findings).acknowledged == 1
    assert summarise(run_checks(broken, today=TODAY)).failed


def test_an_acknowledgement_of_one_row_accepts_only_that_row() -> None:
    register = act(clean(), PA1, purposes=(Purpose("p1", "A"), Purpose("p2", "B")))
    ack = Acknowledgement("ack-1", "LEGAL-BASIS-MISSING", "p2", "Basis under legal review")
    findings = [f for f in run_checks(dataclasses.replace(register, acknowledgements=(ack,)), today=TODAY)
                if f.rule_id == "LEGAL-BASIS-MISSING"]
    assert [(f.part_uuid, f.acknowledged) for f in findings] == [("p1", False), ("p2", True)]


def test_an_acknowledgement_of_the_activity_accepts_all_its_rows() -> None:
    register = act(clean(), PA1, purposes=(Purpose("p1", "A"), Purpose("p2", "B")))
    ack = Acknowledgement("ack-1", "LEGAL-BASIS-MISSING", PA1, "Whole activity under review")
    findings = [f for f in run_checks(dataclasses.replace(register, acknowledgements=(ack,)), today=TODAY)
                if f.rule_id == "LEGAL-BASIS-MISSING"]
    assert [f.acknowledged for f in findings] == [True, True]


def test_an_acknowledgement_of_another_rule_accepts_nothing() -> None:
    broken = item(clean(), "recipients", "rc-mailer", contract_reference="")
    ack = Acknowledgement("ack-1", "CATALOGUE-UNUSED", "rc-mailer", "Kept for later")
    findings = run_checks(dataclasses.replace(broken, acknowledgements=(ack,)), today=TODAY)
    assert summarise(findings).errors == 1 and summarise(findings).acknowledged == 0


def test_findings_are_ordered_organisation_activities_catalogues_errors_first() -> None:
    register = org(clean(), dpo_kind=None, email="", address="")
    register = item(register, "recipients", "rc-mailer", contract_reference="")
    register = act(register, PA1, last_reviewed=None, purposes=())
    register = act(register, PR1, served_controllers=())
    findings = run_checks(register, today=TODAY)
    assert [(f.activity_uuid, f.rule_id) for f in findings] == [
        (None, "ORG-CONTACT-MISSING"),
        (None, "DPO-UNDECIDED"),
        (PA1, "ART30-PURPOSES-MISSING"),
        (PA1, "NEVER-REVIEWED"),
        (PR1, "ART30-CONTROLLERS-MISSING"),
        (None, "PROCESSOR-NO-DPA"),
    ]
    assert [f.severity for f in findings] == [Severity.ERROR, Severity.WARNING, Severity.ERROR, Severity.INFO,
                                             Severity.ERROR, Severity.ERROR]


def test_check_activity_sees_unsaved_edits() -> None:
    register = clean()
    edited = dataclasses.replace(get(register, PA1), purposes=(), retention=())
    assert {f.rule_id for f in check_activity(edited, register, today=TODAY)} == {
        "ART30-PURPOSES-MISSING", "RETENTION-MISSING"
    }
    assert check_activity(get(register, PA1), register, today=TODAY) == []


def test_run_checks_does_not_change_the_register() -> None:
    register = TRIGGERS["PROCESSOR-NO-DPA"](clean())
    before = dataclasses.replace(register)
    run_checks(register, today=TODAY)
    assert register == before


def test_the_user_documentation_lists_every_rule_with_its_severity_and_article() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parent.parent / "docs" / "checks.md").read_text(encoding="utf-8")
    rules = doc.split("## The rules", 1)[1].split("\n## ", 1)[0]
    rows = {line.split("|")[1].strip().strip("`"): line for line in rules.splitlines() if line.startswith("| `")}
    assert set(rows) == set(RULES)
    for rule in RULES.values():
        cells = [c.strip() for c in rows[rule.id].split("|")]
        assert cells[2] == rule.severity.value, rule.id
        assert cells[3].startswith(rule.article), rule.id
