"""UUIDs are unique across the whole register: an import may not give one item another's UUID.

An import merges by UUID (``RegisterStore.import_register``): an incoming item whose UUID exists is
an update of *that* item. A data category carrying an activity's UUID, a transfer carrying a
recipient's, or a purpose carrying the UUID of a purpose of another activity would make two things
share one identity. :func:`identity_problems` works out the register as it would be after the
merge and names every UUID held by two owners, with the incoming item's JSON path.
"""

from __future__ import annotations

from collections.abc import Iterator

from ropa.domain.model import CATALOGUES, Activity, Register

_CHILDREN = ("purposes", "sources", "transfers", "retention", "served_controllers")
_CHILD_WORDS = {
    "purposes": "a purpose",
    "sources": "a source",
    "transfers": "a transfer",
    "retention": "a retention rule",
    "served_controllers": "a served controller",
}


def _catalogue_word(name: str) -> str:
    return {
        "data_subject_categories": "the category of data subjects",
        "data_categories": "the data category",
        "recipients": "the recipient",
        "security_measures": "the security measure",
        "systems": "the system",
        "joint_controllers": "the joint controller",
    }[name]


def _activity_owners(activity: Activity, where: str) -> Iterator[tuple[str, tuple[str, str], str, str]]:
    """(uuid, owner key, description, path) of an activity and of the parts it holds."""
    label = f"{activity.reference} “{activity.name}”"
    yield activity.uuid, ("activity", activity.uuid), f"the activity {label}", f"{where}.uuid"
    for part in _CHILDREN:
        for j, child in enumerate(getattr(activity, part)):
            yield (
                child.uuid,
                (part, activity.uuid),
                f"{_CHILD_WORDS[part]} of the activity {label}",
                f"{where}.{part}[{j}].uuid",
            )


def _owners(register: Register, *, organisation: bool = True) -> Iterator[tuple[str, tuple[str, str], str, str]]:
    if organisation:
        yield register.organisation.uuid, ("organisation", ""), "the organisation", "$.organisation.uuid"
    for name in CATALOGUES:
        for i, item in enumerate(register.catalogue(name)):
            yield item.uuid, (name, item.uuid), f"{_catalogue_word(name)} “{item.name}”", f"$.catalogues.{name}[{i}].uuid"
    for i, activity in enumerate(register.activities):
        yield from _activity_owners(activity, f"$.activities[{i}]")
    for i, ack in enumerate(register.acknowledgements):
        yield ack.uuid, ("acknowledgement", f"{ack.rule_id}\0{ack.target}"), (
            f"the acknowledgement of {ack.rule_id}"
        ), f"$.acknowledgements[{i}].uuid"


def identity_problems(current: Register, incoming: Register) -> list[str]:
    """One line per incoming UUID that another item of the merged register already holds."""
    replaced_items = {(name, i.uuid) for name in CATALOGUES for i in incoming.catalogue(name)}
    replaced_activities = {a.uuid for a in incoming.activities}
    replaced_acks = {(a.rule_id, a.target) for a in incoming.acknowledgements}
    kept: dict[str, tuple[tuple[str, str], str]] = {}
    kept[current.organisation.uuid] = (("organisation", ""), "the organisation")
    for name in CATALOGUES:
        for item in current.catalogue(name):
            if (name, item.uuid) not in replaced_items:
                kept[item.uuid] = ((name, item.uuid), f"{_catalogue_word(name)} “{item.name}”")
    for activity in current.activities:
        if activity.uuid not in replaced_activities:
            for uuid, owner, description, _ in _activity_owners(activity, ""):
                kept[uuid] = (owner, description)
    for ack in current.acknowledgements:
        if (ack.rule_id, ack.target) not in replaced_acks:
            kept[ack.uuid] = (("acknowledgement", f"{ack.rule_id}\0{ack.target}"), f"the acknowledgement of {ack.rule_id}")
    problems: list[str] = []
    # The incoming organisation keeps the register's own UUID (the import replaces its details only).
    for uuid, owner, _description, path in _owners(incoming, organisation=False):
        other = kept.get(uuid)
        if other is not None and other[0] != owner:
            problems.append(
                f"{path}: {uuid} is already the UUID of {other[1]} in the register; "
                "UUIDs are unique across the register (give this item a new UUID)"
            )
    return problems
