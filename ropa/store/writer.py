"""Write snapshots back into ORM rows (upsert by UUID), inside the caller's unit of work.

Writing through the ORM, not bulk SQL, is deliberate: the change-history hook sees every field
that changed. Lists are synchronised by UUID so that unchanged children keep their rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from ropa.domain.model import (
    Activity,
    CatalogueItem,
    Contact,
    DataCategory,
    DataSubjectCategory,
    JointController,
    Organisation,
    Recipient,
    SecurityMeasure,
    System,
)
from ropa.errors import ValidationError
from ropa.store import orm

RowT = TypeVar("RowT", bound=orm.Base)

ROW_OF: dict[type, type[Any]] = {
    DataSubjectCategory: orm.DataSubjectCategoryRow,
    DataCategory: orm.DataCategoryRow,
    Recipient: orm.RecipientRow,
    SecurityMeasure: orm.SecurityMeasureRow,
    System: orm.SystemRow,
    JointController: orm.JointControllerRow,
}


def contact_dict(value: Contact) -> dict[str, str]:
    return {k: v for k, v in dataclasses.asdict(value).items() if v}


def _code(value: Any) -> Any:
    return None if value is None else str(value)


def _set(row: Any, **values: Any) -> None:
    """Assign only what differs, so the history records real changes only."""
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)


def write_organisation(session: Session, org: Organisation) -> None:
    row = session.scalars(select(orm.OrganisationRow)).one_or_none()
    if row is None:
        row = orm.OrganisationRow(uuid=org.uuid)
        session.add(row)
    _set(
        row,
        uuid=org.uuid,
        legal_name=org.legal_name,
        address=org.address,
        postal_code=org.postal_code,
        city=org.city,
        country=org.country,
        registration_number=org.registration_number,
        email=org.email,
        phone=org.phone,
        website=org.website,
        language=org.language,
        dpo_kind=_code(org.dpo_kind),
        dpo=contact_dict(org.dpo),
        representative=contact_dict(org.representative),
        register_version=org.register_version,
    )


def write_catalogue_item(session: Session, item: CatalogueItem) -> Any:
    row_type = ROW_OF[type(item)]
    row = session.scalars(select(row_type).where(row_type.uuid == item.uuid)).one_or_none()
    if row is None:
        row = row_type(uuid=item.uuid)
        session.add(row)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(item):
        value = getattr(item, f.name)
        if isinstance(value, Contact):
            value = contact_dict(value)
        elif f.name in ("kind", "special_category"):
            value = _code(value)
        values[f.name] = value
    _set(row, **values)
    return row


class Lookup:
    """Resolves catalogue UUIDs to rows for one unit of work (one query per catalogue)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._cache: dict[tuple[type[Any], str], Any] = {}

    def preload(self, row_type: type[Any], uuids: Sequence[str]) -> None:
        missing = [u for u in set(uuids) if (row_type, u) not in self._cache]
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            for row in self.session.scalars(select(row_type).where(row_type.uuid.in_(chunk))):
                self._cache[(row_type, row.uuid)] = row

    def get(self, row_type: type[RowT], uuid: str, where: str) -> RowT:
        key = (row_type, uuid)
        if key not in self._cache:
            self.preload(row_type, [uuid])
        row = self._cache.get(key)
        if row is None:
            raise ValidationError([f"{where}: no {row_type.__tablename__.replace('_', ' ')} with UUID {uuid}"])
        return row  # type: ignore[no-any-return]

    def remember(self, row: Any) -> None:
        self._cache[(type(row), row.uuid)] = row


def _sync(
    existing: list[Any],
    wanted: Sequence[Any],
    key: Callable[[Any], str],
    create: Callable[[Any], Any],
    update: Callable[[Any, Any], None],
) -> list[Any]:
    """Reuse rows whose key matches, create the others, keep the wanted order."""
    by_key = {key(row): row for row in existing}
    result = []
    for position, item in enumerate(wanted):
        row = by_key.pop(item.uuid, None)
        if row is None:
            row = create(item)
        update(row, item)
        if row.position != position:
            row.position = position
        result.append(row)
    return result


def _replace_list(row: Any, attr: str, new: list[Any]) -> None:
    current = getattr(row, attr)
    if [id(x) for x in current] != [id(x) for x in new]:
        setattr(row, attr, new)


def write_activity(session: Session, activity: Activity, lookup: Lookup | None = None) -> orm.ActivityRow:
    lookup = lookup or Lookup(session)
    where = f"activity {activity.reference}"
    row = session.scalars(select(orm.ActivityRow).where(orm.ActivityRow.uuid == activity.uuid)).one_or_none()
    if row is None:
        row = orm.ActivityRow(uuid=activity.uuid)
        session.add(row)
    _set(
        row,
        reference=activity.reference,
        name=activity.name,
        description=activity.description,
        role=str(activity.role),
        owner=activity.owner,
        status=str(activity.status),
        created_at=activity.created_at,
        updated_at=activity.updated_at,
        last_reviewed=activity.last_reviewed,
        next_review=activity.next_review,
        dpia_criteria=[str(c) for c in activity.dpia.criteria],
        dpia_required=activity.dpia.required,
        dpia_status=_code(activity.dpia.status),
        dpia_reference=activity.dpia.reference,
        dpia_completed_on=activity.dpia.completed_on,
        adm_exists=activity.automated_decision.exists,
        adm_profiling=activity.automated_decision.profiling,
        adm_legal_effect=activity.automated_decision.legal_effect,
        adm_logic=activity.automated_decision.logic,
        template_id=activity.template_id,
        template_version=activity.template_version,
        notes=activity.notes,
    )

    # catalogue links
    for attr, row_type in (
        ("data_subjects", orm.DataSubjectCategoryRow),
        ("recipients", orm.RecipientRow),
        ("security_measures", orm.SecurityMeasureRow),
        ("systems", orm.SystemRow),
        ("joint_controllers", orm.JointControllerRow),
    ):
        uuids: tuple[str, ...] = getattr(activity, attr)
        if len(set(uuids)) != len(uuids):
            raise ValidationError([f"{where}: {attr.replace('_', ' ')} lists the same item twice"])
        lookup.preload(row_type, uuids)
        _replace_list(row, attr, [lookup.get(row_type, u, f"{where}, {attr}") for u in uuids])

    # purposes
    def update_purpose(r: orm.PurposeRow, p: Any) -> None:
        _set(
            r,
            description=p.description,
            legal_basis=_code(p.legal_basis),
            legal_basis_reference=p.legal_basis_reference,
            legitimate_interest=p.legitimate_interest,
        )

    _replace_list(
        row,
        "purposes",
        _sync(row.purposes, activity.purposes, lambda r: r.uuid, lambda p: orm.PurposeRow(uuid=p.uuid), update_purpose),
    )

    # processed data, keyed by category
    seen: set[str] = set()
    by_category = {r.category.uuid: r for r in row.data}
    data_rows = []
    for position, item in enumerate(activity.data):
        if item.category in seen:
            raise ValidationError([f"{where}: data category {item.category} is listed twice"])
        seen.add(item.category)
        data_row = by_category.get(item.category)
        if data_row is None:
            data_row = orm.ProcessedDataRow(category=lookup.get(orm.DataCategoryRow, item.category, f"{where}, data"))
        _set(
            data_row,
            art9_condition=_code(item.art9_condition),
            condition_reference=item.condition_reference,
            position=position,
        )
        data_rows.append(data_row)
    _replace_list(row, "data", data_rows)

    def update_source(r: orm.SourceRow, s: Any) -> None:
        _set(r, kind=str(s.kind), description=s.description)

    _replace_list(
        row, "sources", _sync(row.sources, activity.sources, lambda r: r.uuid, lambda s: orm.SourceRow(uuid=s.uuid), update_source)
    )

    def update_transfer(r: orm.TransferRow, t: Any) -> None:
        recipient = None if t.recipient is None else lookup.get(orm.RecipientRow, t.recipient, f"{where}, transfer")
        if r.recipient is not recipient:
            r.recipient = recipient
        _set(
            r,
            country=t.country,
            international_organisation=t.international_organisation,
            mechanism=_code(t.mechanism),
            scc_module=_code(t.scc_module),
            derogation=_code(t.derogation),
            repetitive=t.repetitive,
            safeguards=t.safeguards,
            documentation_reference=t.documentation_reference,
            tia_reference=t.tia_reference,
            tia_date=t.tia_date,
        )

    _replace_list(
        row,
        "transfers",
        _sync(row.transfers, activity.transfers, lambda r: r.uuid, lambda t: orm.TransferRow(uuid=t.uuid), update_transfer),
    )

    def update_rule(r: orm.RetentionRuleRow, rule: Any) -> None:
        _set(
            r,
            kind=str(rule.kind),
            duration_value=rule.duration_value,
            duration_unit=_code(rule.duration_unit),
            trigger=rule.trigger,
            criteria=rule.criteria,
            legal_reference=rule.legal_reference,
            end_action=_code(rule.end_action),
        )
        categories = [lookup.get(orm.DataCategoryRow, u, f"{where}, retention") for u in rule.data_categories]
        _replace_list(r, "data_categories", categories)

    _replace_list(
        row,
        "retention",
        _sync(row.retention, activity.retention, lambda r: r.uuid, lambda x: orm.RetentionRuleRow(uuid=x.uuid), update_rule),
    )

    def update_served(r: orm.ServedControllerRow, s: Any) -> None:
        _set(
            r,
            contact=contact_dict(s.contact),
            representative=contact_dict(s.representative),
            dpo=contact_dict(s.dpo),
            processing_categories=s.processing_categories,
        )

    _replace_list(
        row,
        "served_controllers",
        _sync(
            row.served_controllers,
            activity.served_controllers,
            lambda r: r.uuid,
            lambda s: orm.ServedControllerRow(uuid=s.uuid),
            update_served,
        ),
    )
    _store_link_positions(session, row, activity)
    return row


_LINK_TABLES = (
    ("data_subjects", orm.activity_data_subject, "data_subject_category_id"),
    ("recipients", orm.activity_recipient, "recipient_id"),
    ("security_measures", orm.activity_security_measure, "security_measure_id"),
    ("systems", orm.activity_system, "system_id"),
    ("joint_controllers", orm.activity_joint_controller, "joint_controller_id"),
)


def _store_link_positions(session: Session, row: orm.ActivityRow, activity: Activity) -> None:
    """Keep the user's order of linked items: the ORM writes link rows but not their position."""
    session.flush()
    for attr, table, column in _LINK_TABLES:
        items = getattr(row, attr)
        if len(items) > 1:
            session.execute(
                update(table)
                .where(table.c.activity_id == bindparam("a"), table.c[column] == bindparam("t"))
                .values(position=bindparam("p")),
                [{"a": row.id, "t": item.id, "p": n} for n, item in enumerate(items)],
            )
    rdc = orm.retention_data_category
    params = [
        {"r": rule.id, "t": category.id, "p": n}
        for rule in row.retention
        for n, category in enumerate(rule.data_categories)
        if len(rule.data_categories) > 1
    ]
    if params:
        session.execute(
            update(rdc)
            .where(rdc.c.retention_rule_id == bindparam("r"), rdc.c.data_category_id == bindparam("t"))
            .values(position=bindparam("p")),
            params,
        )

