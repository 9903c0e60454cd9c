"""The completeness score: the share of applicable Art. 30 items that are documented.

``ITEMS`` below is the one definition of the score (docs/checks.md explains it to users). Each item
is one thing Art. 30(1) or 30(2) asks the record to contain; it applies to the organisation or to
activities of some roles, sometimes only in some situations ("where applicable"), and is either
documented or not. Acknowledging a finding does not change the score: the score says what the
record contains, the acknowledgement says the DPO accepts the gap.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ropa.checks import facts
from ropa.domain.enums import Role, Status
from ropa.domain.model import Activity, Organisation, Register, RegisterIndex

CONTROLLER_ROLES = frozenset({Role.CONTROLLER, Role.JOINT_CONTROLLER})
PROCESSOR_ROLES = frozenset({Role.PROCESSOR})

ActivityTest = Callable[[Activity, RegisterIndex], bool]
OrganisationTest = Callable[[Organisation], bool]


def _always(_activity: Activity, _index: RegisterIndex) -> bool:
    return True


@dataclass(frozen=True)
class ActivityItem:
    """An item each activity of the given roles must document (where ``applies``)."""

    key: str
    article: str
    field: str  # the Activity field the GUI focuses to fix it
    roles: frozenset[Role]
    documented: ActivityTest
    applies: ActivityTest = _always


@dataclass(frozen=True)
class OrganisationItem:
    """An item documented once for the whole register, in the organisation's details."""

    key: str
    article: str
    field: str  # the Organisation field the GUI focuses
    documented: OrganisationTest
    applies: OrganisationTest = lambda _org: True  # noqa: E731


def _joint_controllers_documented(a: Activity, ix: RegisterIndex) -> bool:
    parties = [ix.joint_controllers[u] for u in a.joint_controllers if u in ix.joint_controllers]
    return bool(parties) and all(facts.reachable(p.contact) for p in parties)


def _served_controllers_documented(a: Activity, _ix: RegisterIndex) -> bool:
    return bool(a.served_controllers) and all(facts.named_and_reachable(s.contact) for s in a.served_controllers)


def _processing_categories_documented(a: Activity, _ix: RegisterIndex) -> bool:
    return bool(a.served_controllers) and all(facts.filled(s.processing_categories) for s in a.served_controllers)


def _retention_documented(a: Activity, _ix: RegisterIndex) -> bool:
    return bool(a.retention) and not any(facts.retention_open_ended(r) for r in a.retention)


def _any(catalogue: str, attribute: str) -> ActivityTest:
    def test(a: Activity, ix: RegisterIndex) -> bool:
        table = getattr(ix, catalogue)
        return any(u in table for u in getattr(a, attribute))

    return test


ORGANISATION_ITEMS: tuple[OrganisationItem, ...] = (
    OrganisationItem("organisation_contact", "Art. 30(1)(a)", "address", facts.organisation_reachable),
    OrganisationItem("dpo", "Art. 30(1)(a)", "dpo", facts.dpo_documented, facts.dpo_applies),
    OrganisationItem(
        "representative", "Art. 30(1)(a)", "representative",
        lambda org: not org.representative.is_empty(), facts.representative_applies,
    ),
)

ACTIVITY_ITEMS: tuple[ActivityItem, ...] = (
    # Art. 30(1): controller and joint-controller activities
    ActivityItem(
        "joint_controllers", "Art. 30(1)(a)", "joint_controllers", CONTROLLER_ROLES,
        _joint_controllers_documented, lambda a, _ix: a.role is Role.JOINT_CONTROLLER or bool(a.joint_controllers),
    ),
    ActivityItem(
        "purposes", "Art. 30(1)(b)", "purposes", CONTROLLER_ROLES,
        lambda a, _ix: any(facts.filled(p.description) for p in a.purposes),
    ),
    ActivityItem("data_subjects", "Art. 30(1)(c)", "data_subjects", CONTROLLER_ROLES, _any("data_subject_categories", "data_subjects")),
    ActivityItem(
        "data_categories", "Art. 30(1)(c)", "data", CONTROLLER_ROLES,
        lambda a, ix: any(d.category in ix.data_categories for d in a.data),
    ),
    ActivityItem("recipients", "Art. 30(1)(d)", "recipients", CONTROLLER_ROLES, _any("recipients", "recipients")),
    ActivityItem(
        "transfers", "Art. 30(1)(e)", "transfers", CONTROLLER_ROLES, facts.transfers_documented, facts.transfers_apply
    ),
    ActivityItem("retention", "Art. 30(1)(f)", "retention", CONTROLLER_ROLES, _retention_documented),
    ActivityItem(
        "security_measures", "Art. 30(1)(g)", "security_measures", CONTROLLER_ROLES,
        _any("security_measures", "security_measures"),
    ),
    # Art. 30(2): processor activities
    ActivityItem("controllers_served", "Art. 30(2)(a)", "served_controllers", PROCESSOR_ROLES, _served_controllers_documented),
    ActivityItem(
        "sub_processors", "Art. 30(2)(a)", "recipients", PROCESSOR_ROLES,
        lambda a, ix: all(facts.filled(r.contact) for r in facts.processors_of(a, ix)),
        lambda a, ix: bool(facts.processors_of(a, ix)),
    ),
    ActivityItem(
        "processing_categories", "Art. 30(2)(b)", "served_controllers", PROCESSOR_ROLES, _processing_categories_documented
    ),
    ActivityItem(
        "transfers", "Art. 30(2)(c)", "transfers", PROCESSOR_ROLES, facts.transfers_documented, facts.transfers_apply
    ),
    ActivityItem(
        "security_measures", "Art. 30(2)(d)", "security_measures", PROCESSOR_ROLES,
        _any("security_measures", "security_measures"),
    ),
)

_ITEMS_BY_ROLE = {role: tuple(i for i in ACTIVITY_ITEMS if role in i.roles) for role in Role}


@dataclass(frozen=True)
class Score:
    """How many applicable items are documented; ``missing`` names the others (item keys)."""

    documented: int
    applicable: int
    missing: tuple[str, ...] = ()

    @property
    def percent(self) -> int:
        """Rounded down, so 100 means complete and nothing less does."""
        if self.applicable == 0:
            return 100
        return self.documented * 100 // self.applicable

    @property
    def complete(self) -> bool:
        return self.documented == self.applicable

    def __add__(self, other: Score) -> Score:
        return Score(self.documented + other.documented, self.applicable + other.applicable, self.missing + other.missing)


def scored(activity: Activity) -> bool:
    """Retired activities no longer take place: they are kept for the record but not scored or checked."""
    return activity.status is not Status.RETIRED


def completeness(activity: Activity, register: Register, *, index: RegisterIndex | None = None) -> Score:
    """The activity's own Art. 30 items (organisation items are in the register score)."""
    index = index or RegisterIndex(register)
    documented, applicable, missing = 0, 0, []
    for item in _ITEMS_BY_ROLE[activity.role]:
        if not item.applies(activity, index):
            continue
        applicable += 1
        if item.documented(activity, index):
            documented += 1
        else:
            missing.append(item.key)
    return Score(documented, applicable, tuple(missing))


def organisation_completeness(org: Organisation) -> Score:
    documented, applicable, missing = 0, 0, []
    for item in ORGANISATION_ITEMS:
        if not item.applies(org):
            continue
        applicable += 1
        if item.documented(org):
            documented += 1
        else:
            missing.append(item.key)
    return Score(documented, applicable, tuple(missing))


def register_completeness(
    register: Register, *, index: RegisterIndex | None = None, scores: dict[str, Score] | None = None
) -> Score:
    """Organisation items plus the items of every activity that is not retired, counted together.

    ``scores`` (from ``activity_scores``) saves scoring every activity a second time.
    """
    if scores is None:
        scores = activity_scores(register, index=index)
    total = organisation_completeness(register.organisation)
    documented, applicable = total.documented, total.applicable
    for activity in register.activities:
        if scored(activity):
            documented += scores[activity.uuid].documented
            applicable += scores[activity.uuid].applicable
    return Score(documented, applicable, total.missing)


def activity_scores(register: Register, *, index: RegisterIndex | None = None) -> dict[str, Score]:
    """Every activity's score by UUID, sharing one index (what a list of badges needs)."""
    index = index or RegisterIndex(register)
    return {a.uuid: completeness(a, register, index=index) for a in register.activities}
