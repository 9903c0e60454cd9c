"""The compliance rules and ``run_checks``: pure functions over one register snapshot.

Every rule is declared once in ``RULES`` (id, severity, article, scope); the functions below emit
findings for them. No database, no Qt, no clock: the date a check is made "as of" is passed in.
The work is linear in the size of the register (one index, dictionaries for duplicates and usage),
so thousands of activities are checked in a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

from ropa.checks import facts
from ropa.checks.completeness import scored
from ropa.checks.findings import CountryCode, Duration, Finding, Listing, Phrase, Rule, Scope, Severity
from ropa.domain.enums import DpiaStatus, LegalBasis, RecipientType, Role, TransferMechanism
from ropa.domain.model import (
    CATALOGUES,
    Acknowledgement,
    Activity,
    Purpose,
    Register,
    RegisterIndex,
    RetentionRule,
    Transfer,
)
from ropa.reference import AdequacyDecision, adequacy_for, adequacy_list

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
ORG, ACT, CAT = Scope.ORGANISATION, Scope.ACTIVITY, Scope.CATALOGUE

_RULES = (
    # organisation: Art. 30(1)(a) / 30(2)(a)
    Rule("ORG-CONTACT-MISSING", E, "Art. 30(1)(a)", ORG),
    Rule("ORG-COUNTRY-MISSING", W, "Art. 27(1)", ORG),
    Rule("DPO-UNDECIDED", W, "Art. 37(1)", ORG),
    Rule("DPO-CONTACT-MISSING", E, "Art. 30(1)(a)", ORG),
    Rule("DPO-NAME-MISSING", W, "Art. 30(1)(a)", ORG),
    Rule("REPRESENTATIVE-MISSING", E, "Art. 27(1)", ORG),
    # joint controllers: Art. 26, 30(1)(a)
    Rule("JOINT-CONTROLLER-CONTACT-MISSING", E, "Art. 30(1)(a)", ACT),
    Rule("JOINT-ARRANGEMENT-MISSING", W, "Art. 26(1)", CAT),
    Rule("ART30-JOINT-CONTROLLER-MISSING", E, "Art. 30(1)(a)", ACT),
    # the contents of a controller's record: Art. 30(1)(b)-(g)
    Rule("ART30-PURPOSES-MISSING", E, "Art. 30(1)(b)", ACT),
    Rule("ART30-DATA-SUBJECTS-MISSING", E, "Art. 30(1)(c)", ACT),
    Rule("ART30-DATA-CATEGORIES-MISSING", E, "Art. 30(1)(c)", ACT),
    Rule("ART30-RECIPIENTS-MISSING", W, "Art. 30(1)(d)", ACT),
    Rule("RETENTION-MISSING", W, "Art. 30(1)(f)", ACT),
    Rule("RETENTION-OPEN-ENDED", W, "Art. 5(1)(e)", ACT, processor_article="Art. 28(3)(g)"),
    Rule("PROCESSOR-RETENTION-MISSING", W, "Art. 28(3)(g)", ACT),
    Rule("RETENTION-NO-START", W, "Art. 5(1)(e)", ACT, processor_article="Art. 28(3)(g)"),
    Rule("RETENTION-CATEGORY-CONFLICT", W, "Art. 30(1)(f)", ACT, processor_article="Art. 28(3)(g)"),
    Rule("RETENTION-SPREAD", INFO, "Art. 5(1)(e)", CAT),
    Rule("ART30-SECURITY-MISSING", W, "Art. 30(1)(g)", ACT, processor_article="Art. 30(2)(d)"),
    # lawfulness: Art. 6, 9, 10
    Rule("LEGAL-BASIS-MISSING", E, "Art. 6(1)", ACT),
    Rule("LI-INTEREST-MISSING", E, "Art. 6(1)(f)", ACT),
    Rule("LEGAL-BASIS-LAW-MISSING", W, "Art. 6(3)", ACT),
    Rule("CONSENT-COMBINED", W, "Art. 6(1)(a)", ACT),
    Rule("PURPOSE-REPEATED", W, "Art. 30(1)(b)", ACT, processor_article="Art. 30(2)(b)"),
    Rule("ART14-INDIRECT-SOURCE", INFO, "Art. 14(1)", ACT),
    Rule("ART9-CONDITION-MISSING", E, "Art. 9(2)", ACT),
    Rule("ART10-CRIMINAL-DATA", W, "Art. 10", ACT),
    # DPIA and automated decisions: Art. 35, 22
    Rule("DPIA-REQUIRED-NOT-DONE", E, "Art. 35(1)", ACT),
    Rule("DPIA-PENDING", W, "Art. 35(1)", ACT),
    Rule("DPIA-SCREENING-MISSING", W, "Art. 35(1)", ACT, processor_article="Art. 28(3)(f)"),
    Rule("ADM-LEGAL-EFFECT", W, "Art. 22(1)", ACT),
    Rule("ADM-LOGIC-MISSING", W, "Art. 13(2)(f)", ACT),
    # the contents of a processor's record: Art. 30(2)(a)-(b)
    Rule("ART30-CONTROLLERS-MISSING", E, "Art. 30(2)(a)", ACT),
    Rule("SERVED-CONTROLLER-CONTACT-MISSING", E, "Art. 30(2)(a)", ACT),
    Rule("SERVED-CONTROLLER-CATEGORIES-MISSING", E, "Art. 30(2)(b)", ACT),
    Rule("SUBPROCESSOR-CONTACT-MISSING", E, "Art. 30(2)(a)", CAT),
    # transfers: Art. 30(1)(e) / 30(2)(c), Chapter V
    Rule("TRANSFER-DESTINATION-MISSING", E, "Art. 30(1)(e)", ACT, processor_article="Art. 30(2)(c)"),
    Rule("TRANSFER-NO-MECHANISM", E, "Art. 44", ACT),
    Rule("TRANSFER-NO-ADEQUACY", E, "Art. 45(1)", ACT),
    Rule("TRANSFER-DPF-NOT-CERTIFIED", E, "Art. 45(1)", CAT),
    Rule("TRANSFER-ADEQUACY-PARTIAL", W, "Art. 45(1)", ACT),
    Rule("TRANSFER-SCC-MODULE-MISSING", W, "Art. 46(2)(c)", ACT),
    Rule("TRANSFER-SCC-MODULE-MISMATCH", W, "Art. 46(2)(c)", ACT),
    Rule("TRANSFER-TIA-MISSING", W, "Art. 46(1)", ACT),
    Rule("DEROGATION-MISSING", E, "Art. 49(1)", ACT),
    Rule("DEROGATION-REPETITIVE", W, "Art. 49(1)", ACT),
    Rule("TRANSFER-SAFEGUARDS-MISSING", E, "Art. 30(1)(e)", ACT, processor_article="Art. 30(2)(c)"),
    Rule("RECIPIENT-THIRD-COUNTRY-NO-TRANSFER", E, "Art. 30(1)(e)", ACT, processor_article="Art. 30(2)(c)"),
    Rule("RECIPIENT-LOCATION-UNKNOWN", W, "Art. 30(1)(d)", CAT),
    # processors: Art. 28
    Rule("PROCESSOR-NO-DPA", W, "Art. 28(3)", CAT),
    # keeping the record up to date: Art. 24(1)
    Rule("REVIEW-OVERDUE", W, "Art. 24(1)", ACT),
    Rule("NEVER-REVIEWED", INFO, "Art. 24(1)", ACT),
    Rule("REVIEW-NOT-SCHEDULED", INFO, "Art. 24(1)", ACT),
    # catalogue hygiene
    Rule("CATALOGUE-DUPLICATE", W, "Art. 30(1)", CAT),
    Rule("CATALOGUE-UNUSED", INFO, "Art. 30(1)", CAT),
)

#: RETENTION-SPREAD: the longest period of a data category is at least this many times its shortest.
SPREAD_FACTOR = 4

#: Every rule by id, in the order findings are listed.
RULES: dict[str, Rule] = {rule.id: rule for rule in _RULES}
_ORDER = {rule_id: n for n, rule_id in enumerate(RULES)}


class _Checker:
    """One pass over one register; collects findings."""

    def __init__(self, register: Register, today: date, index: RegisterIndex | None = None) -> None:
        self.register = register
        self.today = today
        self.index = index or RegisterIndex(register)
        self.findings: list[Finding] = []
        #: the checked activities using each recipient, and those whose DPF transfer to it is uncertified
        self.recipient_users: dict[str, list[Activity]] = {}
        self.dpf_uncertified: dict[str, list[Activity]] = {}

    def emit(
        self,
        rule_id: str,
        *,
        target: str,
        field: str,
        activity: Activity | None = None,
        part: str | None = None,
        **params: Any,
    ) -> None:
        rule = RULES[rule_id]
        processor = activity is not None and activity.is_processor
        self.findings.append(
            Finding(
                rule_id=rule_id,
                severity=rule.severity,
                article=rule.article_for(processor),
                activity_uuid=activity.uuid if activity is not None else None,
                target_uuid=target,
                field=field,
                params=params,
                part_uuid=part,
            )
        )

    # --- organisation -------------------------------------------------------------------------

    def organisation(self) -> None:
        org = self.register.organisation
        if not facts.organisation_reachable(org):
            self.emit("ORG-CONTACT-MISSING", target=org.uuid, field="address", organisation=org.legal_name)
        if not facts.filled(org.country):
            self.emit("ORG-COUNTRY-MISSING", target=org.uuid, field="country", organisation=org.legal_name)
        if org.dpo_kind is None:
            self.emit("DPO-UNDECIDED", target=org.uuid, field="dpo")
        elif facts.dpo_applies(org):
            if not facts.dpo_designated(org) or not facts.reachable(org.dpo):
                self.emit("DPO-CONTACT-MISSING", target=org.uuid, field="dpo")
            if facts.dpo_designated(org) and not facts.dpo_named(org):
                self.emit("DPO-NAME-MISSING", target=org.uuid, field="dpo", kind=org.dpo_kind)
        if facts.representative_applies(org) and org.representative.is_empty():
            self.emit("REPRESENTATIVE-MISSING", target=org.uuid, field="representative", country=CountryCode(org.country))

    # --- catalogues ---------------------------------------------------------------------------

    def joint_controllers(self) -> None:
        for party in self.register.joint_controllers:
            if not facts.filled(party.arrangement) and not facts.filled(party.arrangement_reference):
                self.emit("JOINT-ARRANGEMENT-MISSING", target=party.uuid, field="arrangement", name=party.name)

    def recipients(self) -> None:
        """Problems of one recipient: one finding each, listing the activities that use it."""
        for recipient in self.register.recipients:
            users = self.recipient_users.get(recipient.uuid, [])
            used_by = _references_text(users)
            if recipient.kind in facts.PROCESSOR_KINDS and not facts.filled(recipient.contract_reference):
                self.emit(
                    "PROCESSOR-NO-DPA", target=recipient.uuid, field="contract_reference",
                    name=recipient.name, kind=recipient.kind, activities=used_by,
                )
            if users and recipient.kind is not RecipientType.INTERNAL and not facts.filled(recipient.country):
                self.emit("RECIPIENT-LOCATION-UNKNOWN", target=recipient.uuid, field="country",
                          name=recipient.name, activities=used_by)
            served = [a for a in users if a.is_processor]
            if served and recipient.kind in facts.PROCESSOR_KINDS and not facts.filled(recipient.contact):
                self.emit("SUBPROCESSOR-CONTACT-MISSING", target=recipient.uuid, field="contact",
                          name=recipient.name, activities=_references_text(served))
            uncertified = self.dpf_uncertified.get(recipient.uuid)
            if uncertified:
                self.emit("TRANSFER-DPF-NOT-CERTIFIED", target=recipient.uuid, field="dpf_certified",
                          recipient=recipient.name, destination=CountryCode("US"),
                          activities=_references_text(uncertified))

    def retention_spread(self, activities: Iterable[Activity]) -> None:
        """A data category kept for very different periods by different activities (flag for review)."""
        periods: dict[str, dict[str, tuple[float, RetentionRule, Activity]]] = {}
        for a in activities:
            for rule in a.retention:
                days = facts.duration_days(rule)
                if days is None or days <= 0:
                    continue
                for category_ref in rule.data_categories:
                    per_activity = periods.setdefault(category_ref, {})
                    kept = per_activity.get(a.uuid)
                    if kept is None or days > kept[0]:  # an activity's longest period for the category
                        per_activity[a.uuid] = (days, rule, a)
        for category_uuid, per_activity in periods.items():
            category = self.index.data_categories.get(category_uuid)
            if category is None or len(per_activity) < 2:
                continue
            ordered = sorted(per_activity.values(), key=lambda entry: entry[0])
            (short_days, short_rule, short_activity), (long_days, long_rule, long_activity) = ordered[0], ordered[-1]
            if long_days < SPREAD_FACTOR * short_days:
                continue
            self.emit(
                "RETENTION-SPREAD", target=category_uuid, field="retention", category=category.name,
                shortest=Duration.of(short_rule), shortest_in=short_activity.reference,
                longest=Duration.of(long_rule), longest_in=long_activity.reference,
                activities=_references_text([entry[2] for entry in ordered]),
            )

    def hygiene(self, used: set[str]) -> None:
        for catalogue in CATALOGUES:
            first_by_name: dict[str, Any] = {}
            kind = Phrase(f"catalogue.{catalogue}")
            for item in self.register.catalogue(catalogue):
                key = facts.normalised_name(item.name)
                first = first_by_name.setdefault(key, item)
                if first is not item:
                    self.emit(
                        "CATALOGUE-DUPLICATE", target=item.uuid, field="name",
                        name=item.name, other=first.name, catalogue=kind, duplicate_of=first.uuid,
                    )
                if item.uuid not in used:
                    self.emit("CATALOGUE-UNUSED", target=item.uuid, field="name", name=item.name, catalogue=kind)

    # --- activities ---------------------------------------------------------------------------

    def activity(self, a: Activity) -> None:
        if a.is_processor:
            self.processor_record(a)
        else:
            self.controller_record(a)
            self.lawfulness(a)
            self.dpia(a)
            self.sources(a)
        self.purposes_repeated(a)
        self.retention(a)
        if not facts.dpia_screened(a.dpia):
            self.emit("DPIA-SCREENING-MISSING", activity=a, target=a.uuid, field="dpia")
        if not a.security_measures or not any(u in self.index.security_measures for u in a.security_measures):
            self.emit("ART30-SECURITY-MISSING", activity=a, target=a.uuid, field="security_measures")
        self.transfers(a)
        self.review(a)

    def retention(self, a: Activity) -> None:
        ix = self.index
        if not a.retention:
            if a.is_processor:
                self.emit("PROCESSOR-RETENTION-MISSING", activity=a, target=a.uuid, field="retention")
            else:
                self.emit("RETENTION-MISSING", activity=a, target=a.uuid, field="retention")
        for rule in a.retention:
            names = ", ".join(ix.names("data_categories", rule.data_categories)) or "—"
            if facts.retention_open_ended(rule):
                self.emit(
                    "RETENTION-OPEN-ENDED", activity=a, target=a.uuid, field="retention", part=rule.uuid,
                    kind=rule.kind, categories=names,
                )
            elif facts.duration_without_start(rule):
                self.emit(
                    "RETENTION-NO-START", activity=a, target=a.uuid, field="retention", part=rule.uuid,
                    period=Duration.of(rule), categories=names,
                )
        periods: dict[str, set[tuple[object, ...]]] = {}
        for rule in a.retention:
            for category_ref in dict.fromkeys(rule.data_categories):
                periods.setdefault(category_ref, set()).add(facts.period_key(rule))
        for category_uuid, keys in periods.items():
            category = ix.data_categories.get(category_uuid)
            if category is not None and len(keys) > 1:
                count = sum(1 for rule in a.retention if category_uuid in rule.data_categories)
                self.emit(
                    "RETENTION-CATEGORY-CONFLICT", activity=a, target=a.uuid, field="retention", part=category_uuid,
                    category=category.name, count=count,
                )

    def sources(self, a: Activity) -> None:
        indirect = facts.indirect_sources(a)
        if indirect:
            described = [s.description.strip() or s.kind for s in indirect]
            self.emit(
                "ART14-INDIRECT-SOURCE", activity=a, target=a.uuid, field="sources", part=indirect[0].uuid,
                sources=Listing(described),
            )

    def purposes_repeated(self, a: Activity) -> None:
        """The same purpose (ignoring case, accents and punctuation) entered more than once."""
        groups: dict[str, list[Purpose]] = {}
        for p in a.purposes:
            key = facts.normalised_name(p.description)
            if key:
                groups.setdefault(key, []).append(p)
        for rows in groups.values():
            if len(rows) < 2:
                continue
            label = rows[0].description.strip()
            bases = list(dict.fromkeys(p.legal_basis for p in rows if p.legal_basis is not None))
            consent = [p for p in rows if p.legal_basis is LegalBasis.CONSENT]
            others = [b for b in bases if b is not LegalBasis.CONSENT]
            if consent and others and not a.is_processor:
                self.emit(
                    "CONSENT-COMBINED", activity=a, target=a.uuid, field="purposes", part=consent[0].uuid,
                    purpose=label, basis=others[0],
                )
            else:
                self.emit(
                    "PURPOSE-REPEATED", activity=a, target=a.uuid, field="purposes", part=rows[1].uuid,
                    purpose=label, count=len(rows),
                )

    def controller_record(self, a: Activity) -> None:
        ix = self.index
        parties = [ix.joint_controllers[u] for u in a.joint_controllers if u in ix.joint_controllers]
        if a.role is Role.JOINT_CONTROLLER and not parties:
            self.emit("ART30-JOINT-CONTROLLER-MISSING", activity=a, target=a.uuid, field="joint_controllers")
        for party in parties:
            if not facts.reachable(party.contact):
                self.emit(
                    "JOINT-CONTROLLER-CONTACT-MISSING", activity=a, target=a.uuid, field="joint_controllers",
                    part=party.uuid, name=party.name,
                )
        if not any(facts.filled(p.description) for p in a.purposes):
            self.emit("ART30-PURPOSES-MISSING", activity=a, target=a.uuid, field="purposes")
        if not any(u in ix.data_subject_categories for u in a.data_subjects):
            self.emit("ART30-DATA-SUBJECTS-MISSING", activity=a, target=a.uuid, field="data_subjects")
        if not any(d.category in ix.data_categories for d in a.data):
            self.emit("ART30-DATA-CATEGORIES-MISSING", activity=a, target=a.uuid, field="data")
        if not any(u in ix.recipients for u in a.recipients):
            self.emit("ART30-RECIPIENTS-MISSING", activity=a, target=a.uuid, field="recipients")

    def lawfulness(self, a: Activity) -> None:
        for p in a.purposes:
            label = p.description.strip() or "—"
            if p.legal_basis is None:
                self.emit("LEGAL-BASIS-MISSING", activity=a, target=a.uuid, field="purposes", part=p.uuid, purpose=label)
            elif p.legal_basis is LegalBasis.LEGITIMATE_INTERESTS and not facts.filled(p.legitimate_interest):
                self.emit("LI-INTEREST-MISSING", activity=a, target=a.uuid, field="purposes", part=p.uuid, purpose=label)
            elif p.legal_basis in (LegalBasis.LEGAL_OBLIGATION, LegalBasis.PUBLIC_TASK) and not facts.filled(
                p.legal_basis_reference
            ):
                self.emit(
                    "LEGAL-BASIS-LAW-MISSING", activity=a, target=a.uuid, field="purposes", part=p.uuid,
                    purpose=label, basis=p.legal_basis,
                )
        for d in a.data:
            category = self.index.data_categories.get(d.category)
            if category is None:
                continue
            if category.special_category is not None and d.art9_condition is None:
                self.emit(
                    "ART9-CONDITION-MISSING", activity=a, target=a.uuid, field="data", part=category.uuid,
                    category=category.name, special=category.special_category,
                )
            if category.criminal and not facts.filled(d.condition_reference):
                self.emit(
                    "ART10-CRIMINAL-DATA", activity=a, target=a.uuid, field="data", part=category.uuid,
                    category=category.name,
                )

    def dpia(self, a: Activity) -> None:
        dpia = a.dpia
        count = len(set(dpia.criteria))
        if count >= 2 or dpia.required is True:
            if dpia.status in (None, DpiaStatus.NOT_REQUIRED):
                self.emit("DPIA-REQUIRED-NOT-DONE", activity=a, target=a.uuid, field="dpia", count=count)
            elif dpia.status in (DpiaStatus.PLANNED, DpiaStatus.IN_PROGRESS):
                self.emit("DPIA-PENDING", activity=a, target=a.uuid, field="dpia", count=count, status=dpia.status)
        adm = a.automated_decision
        if adm.legal_effect:
            self.emit("ADM-LEGAL-EFFECT", activity=a, target=a.uuid, field="automated_decision")
        if (adm.exists or adm.profiling or adm.legal_effect) and not facts.filled(adm.logic):
            self.emit("ADM-LOGIC-MISSING", activity=a, target=a.uuid, field="automated_decision")

    def processor_record(self, a: Activity) -> None:
        if not a.served_controllers:
            self.emit("ART30-CONTROLLERS-MISSING", activity=a, target=a.uuid, field="served_controllers")
        for n, served in enumerate(a.served_controllers, start=1):
            name = served.contact.name.strip() or served.contact.organisation.strip() or f"#{n}"
            if not facts.named_and_reachable(served.contact):
                self.emit(
                    "SERVED-CONTROLLER-CONTACT-MISSING", activity=a, target=a.uuid, field="served_controllers",
                    part=served.uuid, controller=name,
                )
            if not facts.filled(served.processing_categories):
                self.emit(
                    "SERVED-CONTROLLER-CATEGORIES-MISSING", activity=a, target=a.uuid, field="served_controllers",
                    part=served.uuid, controller=name,
                )

    def transfers(self, a: Activity) -> None:
        for t in a.transfers:
            self.transfer(a, t)
        for recipient in facts.uncovered_recipients(a, self.index):
            self.emit(
                "RECIPIENT-THIRD-COUNTRY-NO-TRANSFER", activity=a, target=a.uuid, field="transfers", part=recipient.uuid,
                recipient=recipient.name, destination=CountryCode(recipient.country.upper()),
            )

    def transfer(self, a: Activity, t: Transfer) -> None:
        def emit(rule_id: str, **params: Any) -> None:
            self.emit(rule_id, activity=a, target=a.uuid, field="transfers", part=t.uuid, **params)

        recipient = self.index.recipients.get(t.recipient) if t.recipient else None
        recipient_name: str = recipient.name if recipient else Phrase("text.unnamed_recipient")
        if not facts.has_destination(t):
            emit("TRANSFER-DESTINATION-MISSING", recipient=recipient_name)
            return
        if not facts.outside_eea(t):
            return
        destination: str = CountryCode(t.country.upper()) if facts.filled(t.country) else t.international_organisation

        def say(rule_id: str, **params: Any) -> None:
            emit(rule_id, recipient=recipient_name, destination=destination, **params)

        mechanism = t.mechanism
        if not facts.has_mechanism(t):
            say("TRANSFER-NO-MECHANISM")
        elif mechanism in (TransferMechanism.ADEQUACY, TransferMechanism.EU_US_DPF):
            decision = self._adequacy(t)
            if decision is None:
                say("TRANSFER-NO-ADEQUACY", mechanism=mechanism)
            elif decision.scope == "certified":
                if recipient is None:
                    say("TRANSFER-ADEQUACY-PARTIAL", scope=Phrase(f"scope.{decision.scope}"))
                elif not recipient.dpf_certified:
                    users = self.dpf_uncertified.setdefault(recipient.uuid, [])
                    if a not in users:
                        users.append(a)
            elif decision.partial:
                say("TRANSFER-ADEQUACY-PARTIAL", scope=Phrase(f"scope.{decision.scope}"))
        elif mechanism is TransferMechanism.DEROGATION:
            if t.derogation is None:
                say("DEROGATION-MISSING")
            if t.repetitive:
                say("DEROGATION-REPETITIVE")
            if facts.needs_safeguards_documented(t) and not facts.filled(t.safeguards):
                say("TRANSFER-SAFEGUARDS-MISSING")
        if mechanism is TransferMechanism.SCC:
            if t.scc_module is None:
                say("TRANSFER-SCC-MODULE-MISSING")
            elif recipient is not None:
                fitting = facts.fitting_scc_module(a, recipient)
                if fitting is not None and fitting is not t.scc_module:
                    say("TRANSFER-SCC-MODULE-MISMATCH", module=t.scc_module, kind=recipient.kind, fitting=fitting)
        if facts.transfer_tool_needs_tia(t) and not facts.tia_recorded(t):
            say("TRANSFER-TIA-MISSING", mechanism=mechanism)

    def _adequacy(self, t: Transfer) -> AdequacyDecision | None:
        """The decision a transfer may rely on, as of the check date (the DPF covers the US only)."""
        if facts.filled(t.country):
            decision = adequacy_for(t.country, self.today)
            if t.mechanism is TransferMechanism.EU_US_DPF and (decision is None or decision.scope != "certified"):
                return None
            return decision
        if t.mechanism is TransferMechanism.EU_US_DPF:
            return None
        wanted = t.international_organisation.strip().casefold()
        for decision in adequacy_list():
            in_force = decision.decided_on <= self.today and (
                decision.valid_until is None or self.today <= decision.valid_until
            )
            if in_force and decision.international_organisation.casefold() == wanted:
                return decision
        return None

    def review(self, a: Activity) -> None:
        if a.next_review is None:
            self.emit("REVIEW-NOT-SCHEDULED", activity=a, target=a.uuid, field="next_review")
        elif a.next_review < self.today:
            days = (self.today - a.next_review).days
            self.emit("REVIEW-OVERDUE", activity=a, target=a.uuid, field="next_review", due=a.next_review, days=days)
        if a.last_reviewed is None:
            self.emit("NEVER-REVIEWED", activity=a, target=a.uuid, field="last_reviewed")


def _references_text(activities: Iterable[Activity]) -> Listing:
    """The activities a catalogue finding concerns, by reference ("PA-001, PA-004")."""
    return Listing(a.reference for a in activities)


def _references(activity: Activity) -> Iterator[str]:
    """Every catalogue item an activity points to."""
    yield from activity.data_subjects
    yield from activity.recipients
    yield from activity.security_measures
    yield from activity.systems
    yield from activity.joint_controllers
    for d in activity.data:
        yield d.category
    for t in activity.transfers:
        if t.recipient:
            yield t.recipient
    for r in activity.retention:
        yield from r.data_categories


def _acknowledged(findings: Iterable[Finding], acknowledgements: Iterable[Acknowledgement]) -> list[Finding]:
    """Attach each acknowledgement to the findings it accepts: same rule, and its target or row."""
    acks = {(a.rule_id, a.target): a for a in acknowledgements}
    if not acks:
        return list(findings)
    out = []
    for f in findings:
        ack = acks.get((f.rule_id, f.part_uuid or "")) or acks.get((f.rule_id, f.target_uuid))
        out.append(replace(f, acknowledgement=ack) if ack else f)
    return out


def _sorted(findings: list[Finding], register: Register) -> list[Finding]:
    """Organisation first, then activities in register order, then catalogue items; errors first within each."""
    position = {a.uuid: n for n, a in enumerate(register.activities, start=1)}
    last = len(position) + 1

    def key(f: Finding) -> tuple[int, int, int]:
        if f.activity_uuid is not None:
            group = position.get(f.activity_uuid, last)
        else:
            group = 0 if f.target_uuid == register.organisation.uuid else last
        return group, f.severity.rank, _ORDER[f.rule_id]

    return sorted(findings, key=key)


def run_checks(register: Register, *, today: date | None = None) -> list[Finding]:
    """Every finding of every rule on the register, as of ``today`` (the system date if not given).

    Acknowledged findings stay in the list with ``acknowledgement`` set. Retired activities are not
    checked, but what they use still counts as used.
    """
    checker = _Checker(register, today or date.today())
    checker.organisation()
    checker.joint_controllers()
    used: set[str] = set()
    checked: list[Activity] = []
    for activity in register.activities:
        used.update(_references(activity))
        if scored(activity):
            checked.append(activity)
            checker.activity(activity)
            for uuid in dict.fromkeys(activity.recipients):
                checker.recipient_users.setdefault(uuid, []).append(activity)
    checker.recipients()
    checker.retention_spread(checked)
    checker.hygiene(used)
    return _sorted(_acknowledged(checker.findings, register.acknowledgements), register)


def check_activity(
    activity: Activity, register: Register, *, today: date | None = None, index: RegisterIndex | None = None
) -> list[Finding]:
    """The findings of one activity's own rules, e.g. for markers in an editor while it is being edited.

    ``activity`` may differ from the version in ``register`` (unsaved edits); catalogue findings
    (contracts, duplicates, unused items) are not included: use ``run_checks`` for those.
    """
    checker = _Checker(register, today or date.today(), index)
    if scored(activity):
        checker.activity(activity)
    return _acknowledged(checker.findings, register.acknowledgements)
