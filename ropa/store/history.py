"""The change history: every insert, update and delete, written in the same transaction as the edit.

A ``before_flush`` hook looks at what the unit of work is about to write and adds one ``ChangeRow``
per changed field (one per inserted or deleted row, with its fields as JSON). Because the rows join
the same flush, a crash or rollback can never keep an edit without its history, or the reverse.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import History

from ropa.store import orm

# Columns that are plumbing, not content.
_SKIP = {"id", "activity_id", "position", "data_category_id", "recipient_id"}

_ENTITY = {
    orm.OrganisationRow: "organisation",
    orm.ActivityRow: "activity",
    orm.PurposeRow: "purpose",
    orm.ProcessedDataRow: "processed_data",
    orm.SourceRow: "source",
    orm.TransferRow: "transfer",
    orm.RetentionRuleRow: "retention_rule",
    orm.ServedControllerRow: "served_controller",
    orm.DataSubjectCategoryRow: "data_subject_category",
    orm.DataCategoryRow: "data_category",
    orm.RecipientRow: "recipient",
    orm.SecurityMeasureRow: "security_measure",
    orm.SystemRow: "system",
    orm.JointControllerRow: "joint_controller",
}
_CHILDREN = ("purposes", "data", "sources", "transfers", "retention", "served_controllers")
_ACTIVITY_LINKS = ("data_subjects", "recipients", "security_measures", "systems", "joint_controllers")


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (containers, services): still record something
        return "unknown"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return json.dumps(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _label(obj: Any) -> str:
    if isinstance(obj, orm.ActivityRow):
        return f"{obj.reference} {obj.name}"
    if isinstance(obj, orm.ProcessedDataRow):
        return obj.category.name if obj.category is not None else ""
    if isinstance(obj, orm.TransferRow):
        return obj.country or obj.international_organisation
    for attr in ("name", "legal_name", "description", "kind"):
        value = getattr(obj, attr, None)
        if isinstance(value, str):
            return value[:500]
    return ""


def _uuid(obj: Any) -> str:
    if isinstance(obj, orm.ProcessedDataRow):
        return obj.category.uuid if obj.category is not None else ""
    return str(getattr(obj, "uuid", ""))


def _columns(obj: Any) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    out: dict[str, Any] = {}
    for column in mapper.column_attrs:
        if column.key in _SKIP or column.key == "uuid":
            continue
        value = getattr(obj, column.key)
        if value not in (None, "", [], {}, False):
            out[column.key] = _plain(value)
    if isinstance(obj, orm.ProcessedDataRow) and obj.category is not None:
        out["category"] = obj.category.name
    if isinstance(obj, orm.TransferRow) and obj.recipient is not None:
        out["recipient"] = obj.recipient.name
    return out


class _Recorder:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.user = str(session.info.get("user") or current_user())
        self.at = datetime.now(UTC).replace(tzinfo=None)
        self.owner: dict[int, str] = {}

    def add(self, action: str, obj: Any, field: str, old: Any, new: Any, activity_uuid: str | None) -> None:
        self.session.add(
            orm.ChangeRow(
                at=self.at,
                user=self.user,
                action=action,
                entity=_ENTITY[type(obj)],
                entity_uuid=_uuid(obj),
                activity_uuid=activity_uuid,
                label=_label(obj)[:500],
                field=field,
                old=_text(old),
                new=_text(new),
            )
        )

    def map_children(self, activities: Iterable[orm.ActivityRow]) -> list[Any]:
        """Remember each child's activity; return the children removed from their collection.

        Orphans are only deleted during the flush itself, so they are not yet in
        ``session.deleted`` here: the caller records them from this list.
        """
        orphans: list[Any] = []
        for activity in activities:
            state = inspect(activity)
            for name in _CHILDREN:
                hist: History = state.attrs[name].history
                for child in (*hist.added, *hist.unchanged, *hist.deleted):
                    self.owner[id(child)] = activity.uuid
                orphans.extend(c for c in hist.deleted if inspect(c).persistent)
        return orphans

    def activity_of(self, obj: Any) -> str | None:
        if isinstance(obj, orm.ActivityRow):
            return obj.uuid
        if id(obj) in self.owner:
            return self.owner[id(obj)]
        activity_id = getattr(obj, "activity_id", None)
        if activity_id is None:
            history = inspect(obj).attrs.activity_id.history if hasattr(obj, "activity_id") else None
            if history is not None and history.deleted:
                activity_id = history.deleted[0]
        if activity_id is None:
            return None
        uuid: str | None = self.session.execute(
            select(orm.ActivityRow.uuid).where(orm.ActivityRow.id == activity_id)
        ).scalar_one_or_none()
        return uuid

    def updated(self, obj: Any) -> None:
        state = inspect(obj)
        activity_uuid = self.activity_of(obj)
        for column in state.mapper.column_attrs:
            if column.key in _SKIP:
                continue
            hist = state.attrs[column.key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if _text(_plain(old)) == _text(_plain(new)):
                continue
            self.add("update", obj, column.key, _plain(old), _plain(new), activity_uuid)
        if isinstance(obj, orm.ActivityRow):
            for name in _ACTIVITY_LINKS:
                hist = state.attrs[name].history
                if hist.added or hist.deleted:
                    before = [i.name for i in (*hist.unchanged, *hist.deleted)]
                    after = [i.name for i in getattr(obj, name)]
                    if sorted(before) != sorted(after) or before != after:
                        self.add("update", obj, name, before, after, activity_uuid)
        if isinstance(obj, orm.RetentionRuleRow):
            hist = state.attrs["data_categories"].history
            if hist.added or hist.deleted:
                before = [i.name for i in (*hist.unchanged, *hist.deleted)]
                after = [i.name for i in obj.data_categories]
                self.add("update", obj, "data_categories", before, after, activity_uuid)


def record_changes(session: Session, _flush_context: object, _instances: object) -> None:
    """``before_flush`` hook: queue a ChangeRow for every tracked change in this flush."""
    if session.info.get("history_off"):
        return
    recorder = _Recorder(session)
    activities = [o for o in (*session.new, *session.dirty, *session.deleted) if isinstance(o, orm.ActivityRow)]
    orphans = recorder.map_children(activities)
    for obj in list(session.new):
        if type(obj) in _ENTITY:
            recorder.add("insert", obj, "", None, _columns(obj), recorder.activity_of(obj))
    for obj in list(session.dirty):
        if type(obj) in _ENTITY and session.is_modified(obj, include_collections=True):
            recorder.updated(obj)
    deleted = list(session.deleted)
    deleted += [o for o in orphans if o not in session.deleted]
    for obj in deleted:
        if type(obj) in _ENTITY:
            recorder.add("delete", obj, "", _columns(obj), None, recorder.activity_of(obj))
