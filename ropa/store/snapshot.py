"""Read a register (or some of its activities) into frozen snapshots with a fixed number of queries.

Each table is read once and the rows are assembled in Python, so the statement count does not
grow with the number of activities (no N+1, and no IN-list batching either).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ropa.domain import enums
from ropa.domain.model import (
    Acknowledgement,
    Activity,
    ActivitySummary,
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
from ropa.memory import gc_paused
from ropa.store import orm
from ropa.store.summary import CATALOGUE_TABLES

T = orm.Base.metadata.tables


def contact(data: Mapping[str, Any] | None) -> Contact:
    data = data or {}
    return Contact(**{k: str(data.get(k) or "") for k in orm.ContactColumns.FIELDS})


_MEMBERS: dict[type[StrEnum], dict[str, StrEnum]] = {}


def _member(enum: type[StrEnum], value: str) -> Any:
    """``enum(value)`` through a dict: the Enum constructor dominates loading large registers."""
    members = _MEMBERS.get(enum)
    if members is None:
        members = _MEMBERS[enum] = {m.value: m for m in enum}
    found = members.get(value)
    return enum(value) if found is None else found  # the constructor raises the usual error


def _opt(enum: type[StrEnum], value: str | None) -> Any:
    return None if value is None else _member(enum, value)


def organisation(row: orm.OrganisationRow) -> Organisation:
    return Organisation(
        uuid=row.uuid,
        legal_name=row.legal_name,
        address=row.address,
        postal_code=row.postal_code,
        city=row.city,
        country=row.country,
        registration_number=row.registration_number,
        email=row.email,
        phone=row.phone,
        website=row.website,
        language=row.language,
        dpo_kind=_opt(enums.DpoKind, row.dpo_kind),
        dpo=contact(row.dpo),
        representative=contact(row.representative),
        register_version=row.register_version,
    )


def catalogue_item(row: Any) -> Any:
    """Turn a catalogue ORM row (or a table row mapping) into its snapshot object."""
    table = row.__tablename__ if hasattr(row, "__tablename__") else None
    get = (lambda k: getattr(row, k)) if table else row.__getitem__
    name = table or row["__table"]
    if name == "data_subject_category":
        return DataSubjectCategory(get("uuid"), get("name"), get("description"), bool(get("vulnerable")))
    if name == "data_category":
        return DataCategory(
            get("uuid"),
            get("name"),
            get("description"),
            _opt(enums.SpecialCategory, get("special_category")),
            bool(get("criminal")),
        )
    if name == "recipient":
        return Recipient(
            get("uuid"),
            get("name"),
            _member(enums.RecipientType, get("kind")),
            get("country"),
            get("contact"),
            get("description"),
            get("contract_reference"),
            get("contract_date"),
            bool(get("dpf_certified")),
        )
    if name == "security_measure":
        return SecurityMeasure(get("uuid"), get("name"), _member(enums.MeasureKind, get("kind")), get("description"))
    if name == "system":
        return System(get("uuid"), get("name"), get("vendor"), get("hosting_country"), get("description"))
    if name == "joint_controller":
        return JointController(
            get("uuid"),
            get("name"),
            contact(get("contact")),
            contact(get("dpo")),
            contact(get("representative")),
            get("arrangement"),
            get("arrangement_reference"),
        )
    raise ValueError(name)


_LINKS = {
    "data_subjects": ("activity_data_subject", "data_subject_category"),
    "recipients": ("activity_recipient", "recipient"),
    "security_measures": ("activity_security_measure", "security_measure"),
    "systems": ("activity_system", "system"),
    "joint_controllers": ("activity_joint_controller", "joint_controller"),
}


def _rows(session: Session, stmt: Select[Any]) -> list[Mapping[str, Any]]:
    result = session.execute(stmt)
    keys = tuple(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result.fetchall()]


def _grouped(rows: Iterable[Mapping[str, Any]]) -> dict[int, list[Mapping[str, Any]]]:
    out: dict[int, list[Mapping[str, Any]]] = defaultdict(list)
    for row in rows:
        out[row["activity_id"]].append(row)
    return out


def _filter(stmt: Select[Any], column: Any, ids: list[int] | None) -> Select[Any]:
    return stmt if ids is None else stmt.where(column.in_(ids))


def load_activities(session: Session, activity_ids: list[int] | None = None) -> list[Activity]:
    """Load activities (all, or those ids) with every part, in a fixed number of statements."""
    act = T["activity"]
    acts = _rows(session, _filter(select(act), act.c.id, activity_ids).order_by(act.c.reference, act.c.uuid))
    ids = None if activity_ids is None else [a["id"] for a in acts]

    def children(table: str) -> dict[int, list[Mapping[str, Any]]]:
        t = T[table]
        return _grouped(_rows(session, _filter(select(t), t.c.activity_id, ids).order_by(t.c.activity_id, t.c.position)))

    purposes = children("purpose")
    sources = children("source")
    served = children("served_controller")

    pd, dc = T["processed_data"], T["data_category"]
    data = _grouped(
        _rows(
            session,
            _filter(
                select(pd, dc.c.uuid.label("category_uuid")).join(dc, dc.c.id == pd.c.data_category_id),
                pd.c.activity_id,
                ids,
            ).order_by(pd.c.activity_id, pd.c.position),
        )
    )
    tr, rc = T["transfer"], T["recipient"]
    transfers = _grouped(
        _rows(
            session,
            _filter(
                select(tr, rc.c.uuid.label("recipient_uuid")).outerjoin(rc, rc.c.id == tr.c.recipient_id),
                tr.c.activity_id,
                ids,
            ).order_by(tr.c.activity_id, tr.c.position),
        )
    )
    rr, rdc = T["retention_rule"], T["retention_data_category"]
    retention = _grouped(
        _rows(session, _filter(select(rr), rr.c.activity_id, ids).order_by(rr.c.activity_id, rr.c.position))
    )
    rule_categories: dict[int, list[str]] = defaultdict(list)
    rule_stmt = (
        select(rdc.c.retention_rule_id, dc.c.uuid)
        .join(dc, dc.c.id == rdc.c.data_category_id)
        .join(rr, rr.c.id == rdc.c.retention_rule_id)
        .order_by(rdc.c.retention_rule_id, rdc.c.position, dc.c.uuid)
    )
    for rule_id, uuid in session.execute(_filter(rule_stmt, rr.c.activity_id, ids)).fetchall():
        rule_categories[rule_id].append(uuid)

    links: dict[str, dict[int, list[str]]] = {}
    for field, (link_table, target) in _LINKS.items():
        lt, tt = T[link_table], T[target]
        stmt = (
            select(lt.c.activity_id, tt.c.uuid)
            .join(tt, tt.c.id == lt.c[f"{target}_id"])
            .order_by(lt.c.activity_id, lt.c.position, tt.c.uuid)
        )
        grouped: dict[int, list[str]] = defaultdict(list)
        for activity_id, uuid in session.execute(_filter(stmt, lt.c.activity_id, ids)).fetchall():
            grouped[activity_id].append(uuid)
        links[field] = grouped

    out: list[Activity] = []
    for a in acts:
        aid = a["id"]
        out.append(
            Activity(
                uuid=a["uuid"],
                reference=a["reference"],
                name=a["name"],
                description=a["description"],
                role=_member(enums.Role, a["role"]),
                owner=a["owner"],
                status=_member(enums.Status, a["status"]),
                created_at=a["created_at"],
                updated_at=a["updated_at"],
                last_reviewed=a["last_reviewed"],
                next_review=a["next_review"],
                purposes=tuple(
                    Purpose(
                        p["uuid"],
                        p["description"],
                        _opt(enums.LegalBasis, p["legal_basis"]),
                        p["legal_basis_reference"],
                        p["legitimate_interest"],
                    )
                    for p in purposes.get(aid, ())
                ),
                data_subjects=tuple(links["data_subjects"].get(aid, ())),
                data=tuple(
                    ProcessedData(
                        d["category_uuid"], _opt(enums.Art9Condition, d["art9_condition"]), d["condition_reference"]
                    )
                    for d in data.get(aid, ())
                ),
                sources=tuple(
                    Source(s["uuid"], _member(enums.SourceKind, s["kind"]), s["description"]) for s in sources.get(aid, ())
                ),
                recipients=tuple(links["recipients"].get(aid, ())),
                transfers=tuple(
                    Transfer(
                        uuid=t["uuid"],
                        recipient=t["recipient_uuid"],
                        country=t["country"],
                        international_organisation=t["international_organisation"],
                        mechanism=_opt(enums.TransferMechanism, t["mechanism"]),
                        scc_module=_opt(enums.SccModule, t["scc_module"]),
                        derogation=_opt(enums.Derogation, t["derogation"]),
                        repetitive=bool(t["repetitive"]),
                        safeguards=t["safeguards"],
                        documentation_reference=t["documentation_reference"],
                        tia_reference=t["tia_reference"],
                        tia_date=t["tia_date"],
                    )
                    for t in transfers.get(aid, ())
                ),
                retention=tuple(
                    RetentionRule(
                        uuid=r["uuid"],
                        data_categories=tuple(rule_categories.get(r["id"], ())),
                        kind=_member(enums.RetentionKind, r["kind"]),
                        duration_value=r["duration_value"],
                        duration_unit=_opt(enums.DurationUnit, r["duration_unit"]),
                        trigger=r["trigger"],
                        criteria=r["criteria"],
                        legal_reference=r["legal_reference"],
                        end_action=_opt(enums.EndAction, r["end_action"]),
                    )
                    for r in retention.get(aid, ())
                ),
                security_measures=tuple(links["security_measures"].get(aid, ())),
                systems=tuple(links["systems"].get(aid, ())),
                joint_controllers=tuple(links["joint_controllers"].get(aid, ())),
                dpia=Dpia(
                    criteria=tuple(_member(enums.DpiaCriterion, c) for c in (a["dpia_criteria"] or ())),
                    required=a["dpia_required"],
                    status=_opt(enums.DpiaStatus, a["dpia_status"]),
                    reference=a["dpia_reference"],
                    completed_on=a["dpia_completed_on"],
                ),
                automated_decision=AutomatedDecision(
                    bool(a["adm_exists"]), bool(a["adm_profiling"]), bool(a["adm_legal_effect"]), a["adm_logic"]
                ),
                served_controllers=tuple(
                    ServedController(
                        s["uuid"],
                        contact(s["contact"]),
                        contact(s["representative"]),
                        contact(s["dpo"]),
                        s["processing_categories"],
                    )
                    for s in served.get(aid, ())
                ),
                template_id=a["template_id"],
                template_version=a["template_version"],
                notes=a["notes"],
            )
        )
    return out


def load_summaries(session: Session) -> list[ActivitySummary]:
    """What the activity lists show of every activity, in six narrow statements (no text columns
    beyond the listed ones, no child rows but the few that give legal bases and countries)."""
    with gc_paused():
        return _load_summaries(session)


def _load_summaries(session: Session) -> list[ActivitySummary]:
    act, pu, pd, tr = T["activity"], T["purpose"], T["processed_data"], T["transfer"]
    lr, rc, ls, sy = T["activity_recipient"], T["recipient"], T["activity_system"], T["system"]
    bases: dict[int, list[Any]] = defaultdict(list)
    stmt = select(pu.c.activity_id, pu.c.legal_basis).where(pu.c.legal_basis.is_not(None))
    for aid, value in session.execute(stmt.order_by(pu.c.activity_id, pu.c.position)).fetchall():
        bases[aid].append(_member(enums.LegalBasis, value))
    conditions: dict[int, list[Any]] = defaultdict(list)
    stmt = select(pd.c.activity_id, pd.c.art9_condition).where(pd.c.art9_condition.is_not(None))
    for aid, value in session.execute(stmt.order_by(pd.c.activity_id, pd.c.position)).fetchall():
        conditions[aid].append(_member(enums.Art9Condition, value))
    countries: dict[int, set[str]] = defaultdict(set)
    for stmt in (
        select(tr.c.activity_id, tr.c.country),
        select(lr.c.activity_id, rc.c.country).join(rc, rc.c.id == lr.c.recipient_id),
        select(ls.c.activity_id, sy.c.hosting_country).join(sy, sy.c.id == ls.c.system_id),
    ):
        for aid, code in session.execute(stmt).fetchall():
            if code:
                countries[aid].add(code)
    columns = (act.c.id, act.c.uuid, act.c.reference, act.c.name, act.c.role, act.c.owner, act.c.status,
               act.c.next_review)
    rows = session.execute(select(*columns).order_by(act.c.reference, act.c.uuid)).fetchall()
    none: frozenset[str] = frozenset()
    return [
        ActivitySummary(
            uuid=uuid,
            reference=reference,
            name=name,
            role=_member(enums.Role, role),
            owner=owner,
            status=_member(enums.Status, status),
            next_review=next_review,
            legal_bases=tuple(bases.get(aid, ())),
            art9_conditions=tuple(conditions.get(aid, ())),
            countries=frozenset(countries[aid]) if aid in countries else none,
        )
        for aid, uuid, reference, name, role, owner, status, next_review in rows
    ]


def load_catalogue(session: Session, name: str) -> tuple[Any, ...]:
    table = T[CATALOGUE_TABLES[name]]
    rows = session.execute(select(table).order_by(table.c.name, table.c.uuid)).mappings()
    return tuple(catalogue_item({**row, "__table": table.name}) for row in rows)


def load_acknowledgements(session: Session) -> tuple[Acknowledgement, ...]:
    t = T["acknowledgement"]
    rows = session.execute(select(t).order_by(t.c.rule_id, t.c.target)).mappings()
    return tuple(
        Acknowledgement(r["uuid"], r["rule_id"], r["target"], r["justification"], r["acknowledged_by"], r["acknowledged_at"])
        for r in rows
    )


def load_register(session: Session) -> Register:
    with gc_paused():
        return _load_register(session)


def _load_register(session: Session) -> Register:
    org_row = session.scalars(select(orm.OrganisationRow)).one()
    return Register(
        organisation=organisation(org_row),
        activities=tuple(load_activities(session)),
        acknowledgements=load_acknowledgements(session),
        **{name: load_catalogue(session, name) for name in CATALOGUE_TABLES},
    )
