"""Synthetic registers of any size, for benchmarks and load tests.

``synthetic_register(n_activities, seed=0)`` returns a valid :class:`ropa.domain.model.Register`
(it passes ``json_format.consistency_problems``) whose shape follows a mid-size organisation:
~40 recipients, ~30 data categories, and per activity 2-3 purposes, 4 data categories, 3 recipients,
1 transfer and 2 retention rules. The same ``(n_activities, seed)`` always gives the same register,
UUIDs included, so results can be compared between runs.
"""

from __future__ import annotations

import random
import uuid as uuidlib
from datetime import date, datetime, timedelta

from ropa.domain.enums import (
    Art9Condition,
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

N_RECIPIENTS = 40
N_DATA_CATEGORIES = 30
N_SUBJECTS = 15
N_MEASURES = 20
N_SYSTEMS = 15
N_JOINT = 3

_FUNCTIONS = ("HR", "Finance", "Sales", "Marketing", "IT", "Legal", "Facilities", "Customer success", "Product")
_VERBS = ("Managing", "Processing", "Recording", "Monitoring", "Handling", "Analysing", "Archiving", "Planning")
_OBJECTS = (
    "employee onboarding", "supplier invoices", "customer complaints", "training records", "travel expenses",
    "event registrations", "access badges", "contract renewals", "service tickets", "loyalty points",
    "health and safety incidents", "newsletter preferences", "job applications", "insurance claims",
)
_COUNTRIES_EEA = ("BE", "NL", "FR", "DE", "IE", "LU", "ES", "IT", "SE", "PL")
_COUNTRIES_THIRD = ("US", "IN", "MA", "CH", "GB", "JP", "BR", "CA", "PH", "UA")
_TRIGGERS = (
    "end of the contract", "collection", "last contact", "closure of the account", "end of employment",
    "payment of the invoice", "end of the proceedings",
)
_LAWS = ("Code of Economic Law, art. III.88", "Royal Decree of 8 August 1980", "Income Tax Code 1992, art. 315", "")
_SENTENCE = (
    "The data are used only for this purpose and access is limited to the staff who need them; "
    "requests from data subjects are answered by the privacy team within one month."
)


class _Ids:
    """Deterministic UUIDs: the same seed and key always give the same value."""

    def __init__(self, seed: int) -> None:
        self.ns = uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"https://ropa.example/synthetic/{seed}")

    def __call__(self, key: str) -> str:
        return str(uuidlib.uuid5(self.ns, key))


def _contact(rng: random.Random, name: str, country: str) -> Contact:
    return Contact(
        name=name,
        address=f"{rng.randint(1, 250)} Rue de la Loi",
        postal_code=f"{rng.randint(1000, 9999)}",
        city="Bruxelles",
        country=country,
        email=f"privacy@{name.lower().replace(' ', '')[:12]}.example",
        phone=f"+32 2 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
    )


def _catalogues(rng: random.Random, uid: _Ids) -> dict[str, tuple[object, ...]]:
    specials = list(SpecialCategory)
    data_categories = tuple(
        DataCategory(
            uid(f"dc:{i}"),
            f"Data category {i:02d}",
            f"Description of data category {i:02d}: identifiers, contact details and history",
            specials[i % len(specials)] if i % 10 == 0 else None,
            i == 29,
        )
        for i in range(N_DATA_CATEGORIES)
    )
    kinds = list(RecipientType)
    recipients = []
    for i in range(N_RECIPIENTS):
        country = _COUNTRIES_THIRD[i % len(_COUNTRIES_THIRD)] if i % 4 == 0 else _COUNTRIES_EEA[i % len(_COUNTRIES_EEA)]
        recipients.append(
            Recipient(
                uid(f"rc:{i}"),
                f"Recipient {i:02d} Ltd",
                kinds[i % len(kinds)],
                country,
                f"dpo{i}@recipient.example",
                "Hosting, support and related services",
                f"DPA-{2020 + i % 6}-{i:03d}" if i % 3 else "",
                date(2020 + i % 6, 1 + i % 12, 1 + i % 28) if i % 3 else None,
                country == "US" and i % 8 == 0,
            )
        )
    subjects = tuple(
        DataSubjectCategory(uid(f"ds:{i}"), f"Data subject category {i:02d}", "People concerned", i % 5 == 0)
        for i in range(N_SUBJECTS)
    )
    measures = tuple(
        SecurityMeasure(
            uid(f"sm:{i}"),
            f"Security measure {i:02d}",
            MeasureKind.TECHNICAL if i % 2 else MeasureKind.ORGANISATIONAL,
            "Reviewed every year by the security officer",
        )
        for i in range(N_MEASURES)
    )
    systems = tuple(
        System(uid(f"sy:{i}"), f"System {i:02d}", f"Vendor {i % 7}", _COUNTRIES_EEA[i % len(_COUNTRIES_EEA)])
        for i in range(N_SYSTEMS)
    )
    joint = tuple(
        JointController(
            uid(f"jc:{i}"),
            f"Partner {i} SA",
            _contact(rng, f"Partner {i} SA", "BE"),
            arrangement="Each party informs the data subjects of its own part and answers their requests.",
            arrangement_reference=f"Joint controller arrangement {2024 + i}",
        )
        for i in range(N_JOINT)
    )
    return {
        "data_categories": data_categories,
        "recipients": tuple(recipients),
        "data_subject_categories": subjects,
        "security_measures": measures,
        "systems": systems,
        "joint_controllers": joint,
    }


def _activity(i: int, rng: random.Random, uid: _Ids, cat: dict[str, tuple[object, ...]]) -> Activity:
    dcs: tuple[DataCategory, ...] = cat["data_categories"]  # type: ignore[assignment]
    rcs: tuple[Recipient, ...] = cat["recipients"]  # type: ignore[assignment]
    role = Role.PROCESSOR if i % 7 == 6 else (Role.JOINT_CONTROLLER if i % 25 == 3 else Role.CONTROLLER)
    name = f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
    bases = list(LegalBasis)
    purposes = tuple(
        Purpose(
            uid(f"pu:{i}:{k}"),
            f"{name} — purpose {k + 1}",
            bases[(i + k) % len(bases)],
            rng.choice(_LAWS),
            "Keeping our services secure and improving them" if bases[(i + k) % len(bases)] is LegalBasis.LEGITIMATE_INTERESTS else "",
        )
        for k in range(2 + i % 2)
    )
    chosen = rng.sample(dcs, 4)
    data = tuple(
        ProcessedData(d.uuid, Art9Condition.EMPLOYMENT_SOCIAL_SECURITY if d.special_category else None) for d in chosen
    )
    recipients = rng.sample(rcs, 3)
    third = next((r for r in recipients if r.country in _COUNTRIES_THIRD), recipients[0])
    mechanisms = (TransferMechanism.SCC, TransferMechanism.EU_US_DPF, TransferMechanism.ADEQUACY, TransferMechanism.DEROGATION)
    mechanism = mechanisms[i % len(mechanisms)]
    transfer = Transfer(
        uid(f"tr:{i}"),
        third.uuid,
        third.country if third.country in _COUNTRIES_THIRD else "US",
        mechanism=mechanism,
        scc_module=SccModule.C2P if mechanism is TransferMechanism.SCC else None,
        safeguards="Encryption with keys held in the EU; contract clauses" if mechanism is TransferMechanism.DEROGATION else "",
        documentation_reference=f"TRF-{i:05d}",
        tia_reference=f"TIA-{i:05d}" if mechanism is TransferMechanism.SCC else "",
        tia_date=date(2025, 1 + i % 12, 1 + i % 28) if mechanism is TransferMechanism.SCC else None,
    )
    units = list(DurationUnit)
    retention = (
        RetentionRule(
            uid(f"rr:{i}:0"), tuple(d.uuid for d in chosen[:2]), RetentionKind.DURATION, 1 + i % 10,
            units[i % len(units)], rng.choice(_TRIGGERS), "", rng.choice(_LAWS), EndAction.DELETE,
        ),
        RetentionRule(
            uid(f"rr:{i}:1"), tuple(d.uuid for d in chosen[2:]), RetentionKind.UNTIL_EVENT, None, None,
            rng.choice(_TRIGGERS), "", "", EndAction.ANONYMISE,
        ),
    )
    created = datetime(2024, 1, 1, 9, 0, 0) + timedelta(hours=i)
    served: tuple[ServedController, ...] = ()
    if role is Role.PROCESSOR:
        served = (
            ServedController(
                uid(f"sc:{i}"),
                _contact(rng, f"Customer {i} NV", "BE"),
                dpo=Contact(name=f"DPO of customer {i}", email=f"dpo{i}@customer.example"),
                processing_categories="Hosting and support of the customer's application data",
            ),
        )
    joint: tuple[str, ...] = ()
    if role is Role.JOINT_CONTROLLER:
        joint = (cat["joint_controllers"][i % N_JOINT].uuid,)  # type: ignore[attr-defined]
    criteria = (DpiaCriterion.LARGE_SCALE, DpiaCriterion.SENSITIVE_DATA) if i % 9 == 0 else ()
    return Activity(
        uuid=uid(f"pa:{i}"),
        reference=f"PA-{i + 1:05d}",
        name=name,
        description=_SENTENCE,
        role=role,
        owner=_FUNCTIONS[i % len(_FUNCTIONS)],
        status=list(Status)[i % 4],
        created_at=created,
        updated_at=created + timedelta(days=30),
        last_reviewed=date(2025, 1 + i % 12, 1 + i % 28),
        next_review=date(2026, 1 + i % 12, 1 + i % 28),
        purposes=purposes,
        data_subjects=tuple(s.uuid for s in rng.sample(cat["data_subject_categories"], 2)),  # type: ignore[attr-defined]
        data=data,
        sources=(Source(uid(f"so:{i}"), rng.choice(list(SourceKind)), "Forms, e-mails and the customer portal"),),
        recipients=tuple(r.uuid for r in recipients),
        transfers=(transfer,),
        retention=retention,
        security_measures=tuple(m.uuid for m in rng.sample(cat["security_measures"], 4)),  # type: ignore[attr-defined]
        systems=tuple(s.uuid for s in rng.sample(cat["systems"], 2)),  # type: ignore[attr-defined]
        joint_controllers=joint,
        dpia=Dpia(criteria, bool(criteria), DpiaStatus.COMPLETED if criteria else DpiaStatus.NOT_REQUIRED,
                  f"DPIA-{i:05d}" if criteria else ""),
        automated_decision=AutomatedDecision(i % 11 == 0, i % 5 == 0, False, "Scores computed monthly" if i % 5 == 0 else ""),
        served_controllers=served,
        notes="Reviewed with the business owner." if i % 3 == 0 else "",
    )


def synthetic_register(n_activities: int, seed: int = 0) -> Register:
    """A deterministic, valid register of ``n_activities`` activities with realistic proportions."""
    rng = random.Random(seed)
    uid = _Ids(seed)
    cat = _catalogues(rng, uid)
    activities = tuple(_activity(i, rng, uid, cat) for i in range(n_activities))
    org = Organisation(
        uuid=uid("org"),
        legal_name="Synthetica NV",
        address="Rue de la Loi 16",
        postal_code="1000",
        city="Bruxelles",
        country="BE",
        registration_number="BE 0123.456.789",
        email="privacy@synthetica.example",
        language="en",
        dpo_kind=DpoKind.INTERNAL,
        dpo=Contact(name="Dana Example", email="dpo@synthetica.example"),
        register_version=f"synthetic-{n_activities}",
    )
    return Register(organisation=org, activities=activities, **cat)  # type: ignore[arg-type]
