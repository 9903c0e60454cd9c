"""Small facts about a register that both the rules and the completeness score rely on.

Keeping them here means the score and the findings can never disagree about, say, what counts as
a documented contact or an open-ended retention period.
"""

from __future__ import annotations

import re
import unicodedata

from ropa.domain.enums import (
    Derogation,
    DpoKind,
    DurationUnit,
    RecipientType,
    RetentionKind,
    Role,
    SccModule,
    SourceKind,
    TransferMechanism,
)
from ropa.domain.model import (
    Activity,
    Contact,
    Dpia,
    Organisation,
    Recipient,
    RegisterIndex,
    RetentionRule,
    Source,
    Transfer,
)
from ropa.reference import is_eea

#: Recipient kinds that process on the organisation's behalf and so need an Art. 28 contract.
PROCESSOR_KINDS = frozenset({RecipientType.PROCESSOR, RecipientType.SUB_PROCESSOR})


def filled(text: str) -> bool:
    return bool(text and text.strip())


def reachable(contact: Contact) -> bool:
    """Contact details someone can use: an e-mail address, a phone number or a postal address."""
    return filled(contact.email) or filled(contact.phone) or filled(contact.address)


def named_and_reachable(contact: Contact) -> bool:
    return (filled(contact.name) or filled(contact.organisation)) and reachable(contact)


def organisation_reachable(org: Organisation) -> bool:
    return filled(org.address) or filled(org.email) or filled(org.phone)


def dpo_applies(org: Organisation) -> bool:
    """The DPO item applies unless the organisation recorded that it has designated none."""
    return org.dpo_kind is not DpoKind.NONE


def dpo_designated(org: Organisation) -> bool:
    return org.dpo_kind in (DpoKind.INTERNAL, DpoKind.EXTERNAL)


def dpo_named(org: Organisation) -> bool:
    """Art. 30(1)(a) asks for the DPO's name: a person, or the firm that provides an external DPO."""
    return filled(org.dpo.name) or filled(org.dpo.organisation)


def dpo_documented(org: Organisation) -> bool:
    return dpo_designated(org) and dpo_named(org) and reachable(org.dpo)


def representative_applies(org: Organisation) -> bool:
    """An organisation established outside the EU/EEA needs a representative in the Union (Art. 27)."""
    return filled(org.country) and not is_eea(org.country)


def third_country(code: str) -> bool:
    return filled(code) and not is_eea(code)


def has_destination(transfer: Transfer) -> bool:
    return filled(transfer.country) or filled(transfer.international_organisation)


def outside_eea(transfer: Transfer) -> bool:
    """A Chapter V transfer: to a country outside the EU/EEA or to an international organisation."""
    if filled(transfer.country):
        return not is_eea(transfer.country)
    return filled(transfer.international_organisation)


def has_mechanism(transfer: Transfer) -> bool:
    return transfer.mechanism is not None and transfer.mechanism is not TransferMechanism.NONE


def needs_safeguards_documented(transfer: Transfer) -> bool:
    """Art. 30(1)(e) and 49(6): the compelling-legitimate-interests derogation needs its safeguards recorded."""
    return transfer.mechanism is TransferMechanism.DEROGATION and transfer.derogation is Derogation.COMPELLING_LEGITIMATE_INTERESTS


def transfer_documented(transfer: Transfer) -> bool:
    """The transfer names its destination and the Chapter V ground it rests on (as Art. 30(1)(e) asks)."""
    if not has_destination(transfer):
        return False
    if not outside_eea(transfer):
        return True
    if not has_mechanism(transfer):
        return False
    if transfer.mechanism is TransferMechanism.DEROGATION and transfer.derogation is None:
        return False
    return not (needs_safeguards_documented(transfer) and not filled(transfer.safeguards))


def uncovered_recipients(activity: Activity, index: RegisterIndex) -> list[Recipient]:
    """Recipients located outside the EU/EEA that no transfer of the activity accounts for."""
    out: list[Recipient] = []
    covered = {t.recipient for t in activity.transfers if t.recipient}
    countries = {t.country.upper() for t in activity.transfers if not t.recipient and t.country}
    for uuid in activity.recipients:
        recipient = index.recipients.get(uuid)
        if recipient is None or recipient.kind is RecipientType.INTERNAL or not third_country(recipient.country):
            continue
        if uuid not in covered and recipient.country.upper() not in countries:
            out.append(recipient)
    return out


def transfers_apply(activity: Activity, index: RegisterIndex) -> bool:
    return bool(activity.transfers) or bool(uncovered_recipients(activity, index))


def transfers_documented(activity: Activity, index: RegisterIndex) -> bool:
    return all(transfer_documented(t) for t in activity.transfers) and not uncovered_recipients(activity, index)


def retention_open_ended(rule: RetentionRule) -> bool:
    """A period with no figure, no trigger event and no criteria to determine it."""
    if filled(rule.criteria):
        return False
    if rule.kind is RetentionKind.DURATION:
        return rule.duration_value is None or rule.duration_unit is None
    if rule.kind is RetentionKind.UNTIL_EVENT:
        return not filled(rule.trigger)
    return True  # RetentionKind.CRITERIA without criteria


def dpia_screened(dpia: Dpia) -> bool:
    """Someone looked at the WP248 criteria: one is ticked, or a decision (required or not, a status) is recorded."""
    return bool(dpia.criteria) or dpia.required is not None or dpia.status is not None


def indirect_sources(activity: Activity) -> list[Source]:
    """Sources other than the data subject (a third party, a public source): Art. 14 applies to them."""
    return [s for s in activity.sources if s.kind in (SourceKind.THIRD_PARTY, SourceKind.PUBLIC_SOURCE)]


def duration_without_start(rule: RetentionRule) -> bool:
    """A figure with no event to count it from ("10 years", after what?)."""
    return (
        rule.kind is RetentionKind.DURATION
        and rule.duration_value is not None
        and rule.duration_unit is not None
        and not filled(rule.trigger)
    )


_DAYS = {DurationUnit.DAYS: 1.0, DurationUnit.WEEKS: 7.0, DurationUnit.MONTHS: 365.25 / 12, DurationUnit.YEARS: 365.25}


def duration_days(rule: RetentionRule) -> float | None:
    """The period in days when it is a plain figure (for comparing lengths), else None."""
    if rule.kind is not RetentionKind.DURATION or rule.duration_value is None or rule.duration_unit is None:
        return None
    return rule.duration_value * _DAYS[rule.duration_unit]


def _exact_length(rule: RetentionRule) -> tuple[int, str] | None:
    """The figure in a unit it converts to exactly: 2 years and 24 months are the same period."""
    if rule.duration_value is None or rule.duration_unit is None:
        return None
    if rule.duration_unit is DurationUnit.YEARS:
        return rule.duration_value * 12, "months"
    if rule.duration_unit is DurationUnit.WEEKS:
        return rule.duration_value * 7, "days"
    return rule.duration_value, rule.duration_unit.value


def period_key(rule: RetentionRule) -> tuple[object, ...]:
    """What a retention rule says about time: two rules with equal keys give the same period."""
    if rule.kind is RetentionKind.DURATION:
        return (rule.kind, _exact_length(rule), normalised_name(rule.trigger), normalised_name(rule.criteria))
    if rule.kind is RetentionKind.UNTIL_EVENT:
        return (rule.kind, normalised_name(rule.trigger), normalised_name(rule.criteria))
    return (rule.kind, normalised_name(rule.criteria))


def transfer_tool_needs_tia(transfer: Transfer) -> bool:
    """Art. 46 tools the Schrems II judgment (C-311/18) requires an assessment of the destination's law for."""
    return transfer.mechanism in (TransferMechanism.SCC, TransferMechanism.BCR)


def tia_recorded(transfer: Transfer) -> bool:
    return filled(transfer.tia_reference) or transfer.tia_date is not None


#: The party a recipient is, as the 2021/914 clauses see it (None: depends on the case).
_IMPORTER_ROLE: dict[RecipientType, str | None] = {
    RecipientType.PROCESSOR: "processor",
    RecipientType.SUB_PROCESSOR: "processor",
    RecipientType.INDEPENDENT_CONTROLLER: "controller",
    RecipientType.JOINT_CONTROLLER: "controller",
    RecipientType.PUBLIC_AUTHORITY: "controller",
    RecipientType.GROUP_COMPANY: None,
    RecipientType.INTERNAL: None,
}

_MODULE: dict[tuple[str, str], SccModule] = {
    ("controller", "controller"): SccModule.C2C,
    ("controller", "processor"): SccModule.C2P,
    ("processor", "processor"): SccModule.P2P,
    ("processor", "controller"): SccModule.P2C,
}


def fitting_scc_module(activity: Activity, recipient: Recipient) -> SccModule | None:
    """The module of Decision (EU) 2021/914 for this exporter and importer, or None when the recipient's role is open."""
    importer = _IMPORTER_ROLE[recipient.kind]
    if importer is None:
        return None
    exporter = "processor" if activity.role is Role.PROCESSOR else "controller"
    return _MODULE[(exporter, importer)]


def processors_of(activity: Activity, index: RegisterIndex) -> list[Recipient]:
    """The (sub-)processors an activity discloses data to."""
    out = []
    for uuid in activity.recipients:
        recipient = index.recipients.get(uuid)
        if recipient is not None and recipient.kind in PROCESSOR_KINDS:
            out.append(recipient)
    return out


_NOT_WORD = re.compile(r"[\W_]+")


def normalised_name(name: str) -> str:
    """The name as duplicates are compared: no accents, case, punctuation or extra spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", bare.casefold()).split())
