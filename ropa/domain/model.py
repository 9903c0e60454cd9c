"""Frozen snapshots of a register: what the GUI, the checks and the exporters consume.

These objects never touch the database. The store turns ORM rows into them (``ropa.store``) and back,
so a caller can hold one across threads, compare two of them, or serialise one to JSON.
Catalogue items are referenced by UUID; ``Register`` resolves them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

from ropa.domain.enums import (
    Art9Condition,
    Derogation,
    DpiaCriterion,
    DpiaStatus,
    DpoKind,
    DurationUnit,
    EndAction,
    LegalBasis,
    MeasureKind,
    RecipientType,
    RetentionKind,
    Role,
    SccModule,
    SourceKind,
    SpecialCategory,
    Status,
    TransferMechanism,
)

T = TypeVar("T")


def ref(catalogue: str) -> Any:
    """A tuple of UUIDs pointing into one of the register's catalogues."""
    return field(default=(), metadata={"ref": catalogue})


def one_ref(catalogue: str) -> Any:
    """A single (optional) UUID pointing into one of the register's catalogues."""
    return field(default=None, metadata={"ref": catalogue})


@dataclass(frozen=True)
class Contact:
    """Name and contact details of a person or body (controller, DPO, representative...)."""

    name: str = ""
    organisation: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""  # ISO 3166-1 alpha-2, or "" when unknown
    email: str = ""
    phone: str = ""

    def is_empty(self) -> bool:
        return not any(dataclasses.astuple(self))


@dataclass(frozen=True)
class Organisation:
    """The controller (or processor) that keeps the register: Art. 30(1)(a) / 30(2)(a)."""

    uuid: str
    legal_name: str
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    registration_number: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    language: str = "en"
    dpo_kind: DpoKind | None = None
    dpo: Contact = Contact()
    representative: Contact = Contact()  # Art. 27 representative in the Union
    register_version: str = ""


# --- catalogues ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class JointController:
    """A party that determines purposes and means together with the organisation (Art. 26)."""

    uuid: str
    name: str
    contact: Contact = Contact()
    dpo: Contact = Contact()
    representative: Contact = Contact()
    arrangement: str = ""  # the essence of the Art. 26 arrangement
    arrangement_reference: str = ""


@dataclass(frozen=True)
class DataSubjectCategory:
    uuid: str
    name: str
    description: str = ""
    vulnerable: bool = False  # children, patients, employees... (WP248 criterion 7)


@dataclass(frozen=True)
class DataCategory:
    """A category of personal data; special categories (Art. 9) and criminal data (Art. 10) flagged."""

    uuid: str
    name: str
    description: str = ""
    special_category: SpecialCategory | None = None
    criminal: bool = False

    @property
    def sensitive(self) -> bool:
        return self.special_category is not None or self.criminal


@dataclass(frozen=True)
class Recipient:
    uuid: str
    name: str
    kind: RecipientType = RecipientType.PROCESSOR
    country: str = ""
    contact: str = ""
    description: str = ""
    contract_reference: str = ""  # contract / Art. 28 data processing agreement
    contract_date: date | None = None
    dpf_certified: bool = False  # listed under the EU-US Data Privacy Framework


@dataclass(frozen=True)
class SecurityMeasure:
    uuid: str
    name: str
    kind: MeasureKind = MeasureKind.TECHNICAL
    description: str = ""


@dataclass(frozen=True)
class System:
    """An application or system the data live in (for the data map and the location of data)."""

    uuid: str
    name: str
    vendor: str = ""
    hosting_country: str = ""
    description: str = ""


# --- parts of an activity -----------------------------------------------------------------------


@dataclass(frozen=True)
class Purpose:
    uuid: str
    description: str
    legal_basis: LegalBasis | None = None
    legal_basis_reference: str = ""  # the Union/Member State law for (c) and (e), Art. 6(3)
    legitimate_interest: str = ""  # the interest pursued, for (f)


@dataclass(frozen=True)
class ProcessedData:
    """A data category as processed in one activity, with the Art. 9(2) condition relied on."""

    category: str = field(metadata={"ref": "data_categories"})
    art9_condition: Art9Condition | None = None
    condition_reference: str = ""  # e.g. the Member State law behind 9(2)(b), (g), (h)


@dataclass(frozen=True)
class Source:
    uuid: str
    kind: SourceKind = SourceKind.DATA_SUBJECT
    description: str = ""


@dataclass(frozen=True)
class Transfer:
    """A transfer to a third country or an international organisation (Art. 30(1)(e), Chapter V)."""

    uuid: str
    recipient: str | None = one_ref("recipients")
    country: str = ""  # ISO 3166-1 alpha-2
    international_organisation: str = ""
    mechanism: TransferMechanism | None = None
    scc_module: SccModule | None = None
    derogation: Derogation | None = None
    repetitive: bool = False
    safeguards: str = ""  # documentation of suitable safeguards (Art. 49(1) 2nd subpara., 49(6))
    documentation_reference: str = ""
    tia_reference: str = ""
    tia_date: date | None = None


@dataclass(frozen=True)
class RetentionRule:
    uuid: str
    data_categories: tuple[str, ...] = ref("data_categories")
    kind: RetentionKind = RetentionKind.DURATION
    duration_value: int | None = None
    duration_unit: DurationUnit | None = None
    trigger: str = ""  # "end of contract", "payroll payment"...
    criteria: str = ""
    legal_reference: str = ""
    end_action: EndAction | None = None


@dataclass(frozen=True)
class Dpia:
    """WP248 screening and the state of the impact assessment (Art. 35)."""

    criteria: tuple[DpiaCriterion, ...] = ()
    required: bool | None = None
    status: DpiaStatus | None = None
    reference: str = ""
    completed_on: date | None = None


@dataclass(frozen=True)
class AutomatedDecision:
    """Automated decision-making and profiling (Art. 22, Art. 13(2)(f))."""

    exists: bool = False
    profiling: bool = False
    legal_effect: bool = False
    logic: str = ""


@dataclass(frozen=True)
class ServedController:
    """A controller on whose behalf a processor activity is carried out (Art. 30(2)(a), (b))."""

    uuid: str
    contact: Contact = Contact()
    representative: Contact = Contact()
    dpo: Contact = Contact()
    processing_categories: str = ""


@dataclass(frozen=True)
class Activity:
    uuid: str
    reference: str
    name: str
    description: str = ""
    role: Role = Role.CONTROLLER
    owner: str = ""  # business function / owner
    status: Status = Status.DRAFT
    created_at: datetime | None = None
    updated_at: datetime | None = None
    last_reviewed: date | None = None
    next_review: date | None = None
    purposes: tuple[Purpose, ...] = ()
    data_subjects: tuple[str, ...] = ref("data_subject_categories")
    data: tuple[ProcessedData, ...] = ()
    sources: tuple[Source, ...] = ()
    recipients: tuple[str, ...] = ref("recipients")
    transfers: tuple[Transfer, ...] = ()
    retention: tuple[RetentionRule, ...] = ()
    security_measures: tuple[str, ...] = ref("security_measures")
    systems: tuple[str, ...] = ref("systems")
    joint_controllers: tuple[str, ...] = ref("joint_controllers")
    dpia: Dpia = Dpia()
    automated_decision: AutomatedDecision = AutomatedDecision()
    served_controllers: tuple[ServedController, ...] = ()
    template_id: str = ""
    template_version: str = ""
    notes: str = ""

    @property
    def is_processor(self) -> bool:
        return self.role is Role.PROCESSOR


@dataclass(frozen=True)
class Acknowledgement:
    """A finding of the checks that the DPO accepted knowingly, with the reason."""

    uuid: str
    rule_id: str
    target: str  # uuid of the activity or catalogue item the finding concerns
    justification: str
    acknowledged_by: str = ""
    acknowledged_at: datetime | None = None


CATALOGUES: dict[str, type] = {
    "data_subject_categories": DataSubjectCategory,
    "data_categories": DataCategory,
    "recipients": Recipient,
    "security_measures": SecurityMeasure,
    "systems": System,
    "joint_controllers": JointController,
}

CatalogueItem = DataSubjectCategory | DataCategory | Recipient | SecurityMeasure | System | JointController


@dataclass(frozen=True)
class Register:
    """A whole register at one moment: the input of checks and exports, the unit of JSON exchange."""

    organisation: Organisation
    activities: tuple[Activity, ...] = ()
    data_subject_categories: tuple[DataSubjectCategory, ...] = ()
    data_categories: tuple[DataCategory, ...] = ()
    recipients: tuple[Recipient, ...] = ()
    security_measures: tuple[SecurityMeasure, ...] = ()
    systems: tuple[System, ...] = ()
    joint_controllers: tuple[JointController, ...] = ()
    acknowledgements: tuple[Acknowledgement, ...] = ()

    def catalogue(self, name: str) -> tuple[CatalogueItem, ...]:
        items: tuple[CatalogueItem, ...] = getattr(self, name)
        return items

    def index(self) -> dict[str, object]:
        """Every catalogue item by UUID (built once per call; keep the result for lookups)."""
        out: dict[str, object] = {}
        for name in CATALOGUES:
            for item in self.catalogue(name):
                out[item.uuid] = item
        return out

    @property
    def controller_activities(self) -> tuple[Activity, ...]:
        return tuple(a for a in self.activities if not a.is_processor)

    @property
    def processor_activities(self) -> tuple[Activity, ...]:
        return tuple(a for a in self.activities if a.is_processor)


class RegisterIndex:
    """Fast lookups into one snapshot: resolve UUIDs to catalogue items without scanning."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self.data_subject_categories = {i.uuid: i for i in register.data_subject_categories}
        self.data_categories = {i.uuid: i for i in register.data_categories}
        self.recipients = {i.uuid: i for i in register.recipients}
        self.security_measures = {i.uuid: i for i in register.security_measures}
        self.systems = {i.uuid: i for i in register.systems}
        self.joint_controllers = {i.uuid: i for i in register.joint_controllers}

    def names(self, catalogue: str, uuids: tuple[str, ...]) -> list[str]:
        table: dict[str, CatalogueItem] = getattr(self, catalogue)
        return [table[u].name for u in uuids if u in table]


@dataclass(frozen=True, slots=True)
class ActivitySummary:
    """What a list of activities shows about one: readable in a few narrow queries, so a long list
    can be filled before the whole register is loaded (``RegisterStore.activity_summaries``)."""

    uuid: str
    reference: str
    name: str
    role: Role
    owner: str
    status: Status
    next_review: date | None
    legal_bases: tuple[LegalBasis, ...]  # of the purposes, in their order
    art9_conditions: tuple[Art9Condition, ...]  # of the processed data, in their order
    countries: frozenset[str]  # of its transfers, its recipients and the hosting of its systems

    @property
    def is_processor(self) -> bool:
        return self.role is Role.PROCESSOR

    @classmethod
    def of(cls, activity: Activity, index: RegisterIndex) -> ActivitySummary:
        """The summary of a loaded activity; the store's summaries equal this (a test holds them to it)."""
        countries = {t.country for t in activity.transfers if t.country}
        countries |= {r.country for u in activity.recipients if (r := index.recipients.get(u)) and r.country}
        countries |= {s.hosting_country for u in activity.systems if (s := index.systems.get(u)) and s.hosting_country}
        return cls(
            uuid=activity.uuid,
            reference=activity.reference,
            name=activity.name,
            role=activity.role,
            owner=activity.owner,
            status=activity.status,
            next_review=activity.next_review,
            legal_bases=tuple(p.legal_basis for p in activity.purposes if p.legal_basis is not None),
            art9_conditions=tuple(d.art9_condition for d in activity.data if d.art9_condition is not None),
            countries=frozenset(countries),
        )
