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

from ropa.checks import RULES, Finding, Severity, check_activity, run_checks, summarise
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
    SourceKind,
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
    Source,
    System,
    Transfer,
)
from ropa.i18n import Translator

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
    screened = Dpia(required=False, status=DpiaStatus.NOT_REQUIRED)
    pa1 = Activity(
        PA1, "PA-001", "Customer accounts", role=Role.CONTROLLER,
        purposes=(Purpose("pu-1", "Managing customer accounts", LegalBasis.CONTRACT),),
        data_subjects=("ds-customers",), data=(ProcessedData("dc-contact"),), recipients=("rc-mailer",),
        retention=(RetentionRule("rr-1", ("dc-contact",), RetentionKind.DURATION, 2, DurationUnit.YEARS, "end of contract"),),
        security_measures=("sm-enc",), systems=("sy-crm",), dpia=screened, **reviewed,  # type: ignore[arg-type]
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
        recipients=("rc-host",), security_measures=("sm-enc",), dpia=screened,
        retention=(RetentionRule("rr-3", (), RetentionKind.UNTIL_EVENT, trigger="end of the hosting contract"),),
        **reviewed,  # type: ignore[arg-type]
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
    "DPO-NAME-MISSING": lambda r: org(r, dpo=Contact(email="dpo@acme.example")),
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
    "PROCESSOR-RETENTION-MISSING": lambda r: act(r, PR1, retention=()),
    "RETENTION-NO-START": lambda r: part(r, PA1, "retention", trigger=" "),
    "RETENTION-CATEGORY-CONFLICT": lambda r: act(r, PA1, retention=(
        *get(r, PA1).retention, RetentionRule("rr-1b", ("dc-contact",), RetentionKind.DURATION, 10, DurationUnit.YEARS, "end of contract"),
    )),
    # 2 years in PA-001, 96 months (8 years, four times as long) in PA-002
    "RETENTION-SPREAD": lambda r: act(r, PA2, retention=(
        *get(r, PA2).retention, RetentionRule("rr-2b", ("dc-contact",), RetentionKind.DURATION, 96, DurationUnit.MONTHS, "last contact"),
    )),
    "ART30-SECURITY-MISSING": lambda r: act(r, PR1, security_measures=()),
    "LEGAL-BASIS-MISSING": lambda r: part(r, PA1, "purposes", legal_basis=None),
    "LI-INTEREST-MISSING": lambda r: part(r, PA1, "purposes", legal_basis=LegalBasis.LEGITIMATE_INTERESTS),
    "LEGAL-BASIS-LAW-MISSING": lambda r: part(r, PA2, "purposes", legal_basis_reference=""),
    "CONSENT-COMBINED": lambda r: act(r, PA1, purposes=(
        *get(r, PA1).purposes, Purpose("pu-1b", "managing customer accounts.", LegalBasis.CONSENT),
    )),
    "PURPOSE-REPEATED": lambda r: act(r, PR1, purposes=(
        Purpose("pu-8", "Hosting the client's shop"), Purpose("pu-9", "Hosting the client’s shop"),
    )),
    "ART14-INDIRECT-SOURCE": lambda r: act(r, PA1, sources=(
        Source("so-1", SourceKind.DATA_SUBJECT, "Sign-up form"), Source("so-2", SourceKind.PUBLIC_SOURCE, "Company register"),
    )),
    "ART9-CONDITION-MISSING": lambda r: part(r, PA2, "data", art9_condition=None),
    "ART10-CRIMINAL-DATA": lambda r: act(r, PA2, data=(get(r, PA2).data[0], ProcessedData("dc-offences"))),
    "DPIA-REQUIRED-NOT-DONE": lambda r: act(r, PA2, dpia=Dpia((DpiaCriterion.SENSITIVE_DATA, DpiaCriterion.LARGE_SCALE))),
    "DPIA-PENDING": lambda r: act(r, PA2, dpia=Dpia((DpiaCriterion.SENSITIVE_DATA,), True, DpiaStatus.PLANNED)),
    "DPIA-SCREENING-MISSING": lambda r: act(r, PR1, dpia=Dpia()),
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
    # CloudCo is a processor: a controller exporting to it needs module 2, not module 1
    "TRANSFER-SCC-MODULE-MISMATCH": lambda r: transfer(
        r, mechanism=TransferMechanism.SCC, scc_module=SccModule.C2C, tia_reference="TIA-2026-01"
    ),
    "TRANSFER-TIA-MISSING": lambda r: transfer(r, mechanism=TransferMechanism.SCC, scc_module=SccModule.C2P),
    "DEROGATION-MISSING": lambda r: transfer(r, mechanism=TransferMechanism.DEROGATION),
    "DEROGATION-REPETITIVE": lambda r: transfer(
        r, mechanism=TransferMechanism.DEROGATION, derogation=Derogation.CONTRACT_WITH_SUBJECT, repetitive=True
    ),
    "TRANSFER-SAFEGUARDS-MISSING": lambda r: transfer(
        r, mechanism=TransferMechanism.DEROGATION, derogation=Derogation.COMPELLING_LEGITIMATE_INTERESTS
    ),
    "RECIPIENT-THIRD-COUNTRY-NO-TRANSFER": lambda r: act(r, PA2, transfers=()),
    "RECIPIENT-LOCATION-UNKNOWN": lambda r: item(r, "recipients", "rc-mailer", country=""),
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
    # an external DPO provided by a firm: the firm's name is the name the record needs
    "DPO-NAME-MISSING": lambda r: org(r, dpo_kind=DpoKind.EXTERNAL, dpo=Contact(organisation="Privanova BV", email="dpo@x.example")),
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
    "PROCESSOR-RETENTION-MISSING": lambda r: act(r, PR1, retention=(
        RetentionRule("rr-9", (), RetentionKind.CRITERIA, criteria="Returned to the client, then deleted, when the contract ends"),
    )),
    # a figure counted from an event
    "RETENTION-NO-START": lambda r: part(r, PA1, "retention", duration_value=10, trigger="end of the financial year"),
    # the same period written twice (case and spacing aside) is no conflict
    "RETENTION-CATEGORY-CONFLICT": lambda r: act(r, PA1, retention=(
        *get(r, PA1).retention, RetentionRule("rr-1b", ("dc-contact",), RetentionKind.DURATION, 24, DurationUnit.MONTHS, "End of  contract"),
    )),
    # 2 years against 7 years: three and a half times, under the factor of four
    "RETENTION-SPREAD": lambda r: act(r, PA2, retention=(
        *get(r, PA2).retention, RetentionRule("rr-2b", ("dc-contact",), RetentionKind.DURATION, 7, DurationUnit.YEARS, "last contact"),
    )),
    "ART30-SECURITY-MISSING": lambda r: r,
    "LEGAL-BASIS-MISSING": lambda r: act(r, PR1, purposes=(Purpose("pu-9", "Hosting on instructions"),)),
    "LI-INTEREST-MISSING": lambda r: part(
        r, PA1, "purposes", legal_basis=LegalBasis.LEGITIMATE_INTERESTS, legitimate_interest="Fraud prevention"
    ),
    "LEGAL-BASIS-LAW-MISSING": lambda r: part(r, PA1, "purposes", legal_basis=LegalBasis.VITAL_INTERESTS),
    # consent for a different purpose of the same activity
    "CONSENT-COMBINED": lambda r: act(r, PA1, purposes=(
        *get(r, PA1).purposes, Purpose("pu-1b", "Sending the newsletter", LegalBasis.CONSENT),
    )),
    "PURPOSE-REPEATED": lambda r: act(r, PR1, purposes=(
        Purpose("pu-8", "Hosting the client's shop"), Purpose("pu-9", "Hosting the client's mailboxes"),
    )),
    # data generated by the organisation, and a third-party source of a processor (the controller informs)
    "ART14-INDIRECT-SOURCE": lambda r: act(
        act(r, PA1, sources=(Source("so-1", SourceKind.DATA_SUBJECT, "Sign-up form"), Source("so-2", SourceKind.GENERATED, "Orders"))),
        PR1, sources=(Source("so-3", SourceKind.THIRD_PARTY, "The client's customers file"),),
    ),
    "ART9-CONDITION-MISSING": lambda r: part(r, PA2, "data", art9_condition=Art9Condition.EXPLICIT_CONSENT),
    "ART10-CRIMINAL-DATA": lambda r: r,
    "DPIA-REQUIRED-NOT-DONE": lambda r: act(r, PA2, dpia=Dpia((DpiaCriterion.SENSITIVE_DATA,))),  # one criterion
    "DPIA-PENDING": lambda r: act(r, PA2, dpia=Dpia((DpiaCriterion.SENSITIVE_DATA,), False, DpiaStatus.PLANNED)),
    "DPIA-SCREENING-MISSING": lambda r: act(r, PR1, dpia=Dpia(required=False)),  # "not required" is a decision
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
    "TRANSFER-SCC-MODULE-MISMATCH": lambda r: transfer(
        r, mechanism=TransferMechanism.SCC, scc_module=SccModule.C2P, tia_reference="TIA-2026-01"
    ),
    "TRANSFER-TIA-MISSING": lambda r: transfer(
        r, mechanism=TransferMechanism.SCC, scc_module=SccModule.C2P, tia_date=date(2026, 3, 1)
    ),
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
    # an internal department without a country, and a recipient no activity uses
    "RECIPIENT-LOCATION-UNKNOWN": lambda r: act(
        add(add(r, "recipients", Recipient("rc-int", "Finance department", RecipientType.INTERNAL)),
            "recipients", Recipient("rc-old", "Former mailer", RecipientType.PROCESSOR, "", "x@old.example", "", "DPA-0")),
        PA1, recipients=("rc-mailer", "rc-int"),
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
        ("SUBPROCESSOR-CONTACT-MISSING", None, "rc-host", None, "contact"),
        ("TRANSFER-DPF-NOT-CERTIFIED", None, "rc-cloud", None, "dpf_certified"),
        ("RECIPIENT-LOCATION-UNKNOWN", None, "rc-mailer", None, "country"),
        ("RETENTION-CATEGORY-CONFLICT", PA1, PA1, "dc-contact", "retention"),
        ("RETENTION-SPREAD", None, "dc-contact", None, "retention"),
        ("CONSENT-COMBINED", PA1, PA1, "pu-1b", "purposes"),
        ("ART14-INDIRECT-SOURCE", PA1, PA1, "so-2", "sources"),
        ("TRANSFER-TIA-MISSING", PA2, PA2, "tr-1", "transfers"),
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
    broken = item(clean(), "recipients", "rc-host", contact="")
    ack = Acknowledgement("ack-1", "SUBPROCESSOR-CONTACT-MISSING", "rc-host", "Contact via the client's portal", "dana")
    findings = run_checks(dataclasses.replace(broken, acknowledgements=(ack,)), today=TODAY)
    [finding] = [f for f in findings if f.rule_id == "SUBPROCESSOR-CONTACT-MISSING"]
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
    broken = item(clean(), "recipients", "rc-host", contact="")
    ack = Acknowledgement("ack-1", "CATALOGUE-UNUSED", "rc-host", "Kept for later")
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
                                             Severity.ERROR, Severity.WARNING]


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


# --- the rules added for issue 12 --------------------------------------------------------------


def _only(register: Register, rule_id: str) -> list[Finding]:
    return [f for f in run_checks(register, today=TODAY) if f.rule_id == rule_id]


def test_a_problem_of_one_catalogue_item_is_one_finding_listing_its_activities() -> None:
    register = act(item(clean(), "recipients", "rc-mailer", contract_reference="", country=""), PA2,
                   recipients=("rc-cloud", "rc-mailer"))
    register = act(register, PR1, recipients=("rc-host", "rc-mailer"))
    for rule_id in ("PROCESSOR-NO-DPA", "RECIPIENT-LOCATION-UNKNOWN"):
        [finding] = _only(register, rule_id)
        assert finding.target_uuid == "rc-mailer" and finding.activity_uuid is None
        assert tuple(finding.params["activities"]) == ("PA-001", "PA-002", "PR-001")
        assert "PA-001, PA-002 et PR-001" in finding.message(Translator("fr"))
    uncertified = act(item(clean(), "recipients", "rc-cloud", dpf_certified=False), PA1, recipients=("rc-mailer", "rc-cloud"),
                      transfers=(Transfer("tr-9", "rc-cloud", "US", mechanism=TransferMechanism.EU_US_DPF),))
    [dpf] = _only(uncertified, "TRANSFER-DPF-NOT-CERTIFIED")
    assert tuple(dpf.params["activities"]) == ("PA-001", "PA-002")
    assert dpf.message(Translator("en")).startswith("Transfers to CloudCo Inc. (United States) rely on")


def test_a_processor_without_a_contract_reference_is_a_warning_that_says_so() -> None:
    [finding] = _only(TRIGGERS["PROCESSOR-NO-DPA"](clean()), "PROCESSOR-NO-DPA")
    assert finding.severity is Severity.WARNING
    assert finding.title(Translator("en")) == "No contract reference recorded"
    assert "no contract reference recorded" in finding.message(Translator("en"))
    assert "Mailer BV" in finding.message(Translator("en"))


def test_transfer_findings_name_the_recipient_and_the_destination() -> None:
    t = Translator("en")
    [tia] = _only(TRIGGERS["TRANSFER-TIA-MISSING"](clean()), "TRANSFER-TIA-MISSING")
    assert tia.message(t).startswith("Transfer to CloudCo Inc. (United States): no transfer impact assessment")
    [unnamed] = _only(transfer(clean(), recipient=None, mechanism=TransferMechanism.NONE), "TRANSFER-NO-MECHANISM")
    assert unnamed.message(t).startswith("Transfer to an unnamed recipient (United States):")
    assert unnamed.message(Translator("fr")).startswith("Transfert vers un destinataire non désigné (États-Unis) :")


def test_processor_activities_get_the_retention_and_dpia_rules_with_article_28() -> None:
    register = act(clean(), PR1, dpia=Dpia(), retention=(
        RetentionRule("rr-9", (), RetentionKind.DURATION, 30, DurationUnit.DAYS),
    ))
    articles = {f.rule_id: f.article for f in run_checks(register, today=TODAY) if f.activity_uuid == PR1}
    assert articles == {"DPIA-SCREENING-MISSING": "Art. 28(3)(f)", "RETENTION-NO-START": "Art. 28(3)(g)"}
    assert _only(act(clean(), PR1, retention=()), "PROCESSOR-RETENTION-MISSING")[0].article == "Art. 28(3)(g)"
    # a processor is never told to carry out the controller's DPIA
    two = act(clean(), PR1, dpia=Dpia((DpiaCriterion.LARGE_SCALE, DpiaCriterion.SENSITIVE_DATA)))
    assert "DPIA-REQUIRED-NOT-DONE" not in ids(two)


@pytest.mark.parametrize(
    ("role", "kind", "module", "fits"),
    [
        (Role.CONTROLLER, RecipientType.INDEPENDENT_CONTROLLER, SccModule.C2P, False),  # the case
        (Role.CONTROLLER, RecipientType.INDEPENDENT_CONTROLLER, SccModule.C2C, True),
        (Role.JOINT_CONTROLLER, RecipientType.PROCESSOR, SccModule.C2P, True),
        (Role.PROCESSOR, RecipientType.SUB_PROCESSOR, SccModule.P2P, True),
        (Role.PROCESSOR, RecipientType.SUB_PROCESSOR, SccModule.C2P, False),
        (Role.PROCESSOR, RecipientType.INDEPENDENT_CONTROLLER, SccModule.P2C, True),
        (Role.CONTROLLER, RecipientType.GROUP_COMPANY, SccModule.C2P, True),  # a group company may be either
    ],
)
def test_the_scc_module_must_fit_the_exporter_and_the_importer(role: Role, kind: RecipientType, module: SccModule,
                                                               fits: bool) -> None:
    register = item(clean(), "recipients", "rc-cloud", kind=kind)
    register = transfer(register, mechanism=TransferMechanism.SCC, scc_module=module, tia_reference="TIA-1")
    register = act(register, PA2, role=role) if role is not Role.PROCESSOR else act(
        register, PA2, role=role, served_controllers=get(clean(), PR1).served_controllers)
    mismatches = _only(register, "TRANSFER-SCC-MODULE-MISMATCH")
    assert (not mismatches) is fits
    if mismatches:
        assert "Module 1" in mismatches[0].message(Translator("en")) or "Module 3" in mismatches[0].message(Translator("en"))


def test_retention_spread_names_the_periods_and_the_activities() -> None:
    [finding] = _only(TRIGGERS["RETENTION-SPREAD"](clean()), "RETENTION-SPREAD")
    assert finding.message(Translator("en")).startswith(
        "“Contact details” is kept for 2 years in PA-001 but for 96 months in PA-002"
    )
    assert "2 ans dans PA-001, mais 96\u00a0mois dans PA-002" in finding.message(Translator("fr"))
    assert finding.params["shortest"] == "P2Y"


def test_a_category_in_two_rules_of_a_retired_activity_is_not_reported() -> None:
    register = act(TRIGGERS["RETENTION-CATEGORY-CONFLICT"](clean()), PA1, status=Status.RETIRED)
    assert "RETENTION-CATEGORY-CONFLICT" not in ids(register)


def test_the_dpo_needs_a_name_for_the_dpo_item_to_be_documented() -> None:
    from ropa.checks import organisation_completeness

    register = TRIGGERS["DPO-NAME-MISSING"](clean())
    assert "dpo" in organisation_completeness(register.organisation).missing
    assert "dpo" not in organisation_completeness(clean().organisation).missing
