"""The register's use cases: what the CLI, the GUI and the importers call.

Each public method is one user action and one transaction (one session, committed or rolled back
as a whole). Methods take and return frozen snapshot objects, never ORM rows, so callers on any
thread can keep what they get.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import sqlite3
import uuid as uuidlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError, MultipleResultsFound, NoResultFound, OperationalError
from sqlalchemy.orm import Session

from ropa.domain.enums import Role, Status
from ropa.domain.model import (
    CATALOGUES,
    Acknowledgement,
    Activity,
    ActivitySummary,
    CatalogueItem,
    Organisation,
    ProcessedData,
    Register,
)
from ropa.domain.validation import item_problems
from ropa.errors import MAX_PROBLEMS, CorruptRegisterError, NotFoundError, ReadOnlyError, StorageError, ValidationError
from ropa.i18n import Translator
from ropa.store import orm, snapshot
from ropa.store.database import Database, create_database, open_database
from ropa.store.summary import RegisterInfo, register_info
from ropa.store.writer import ROW_OF, Lookup, write_activity, write_catalogue_item, write_organisation


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def now() -> datetime:
    """Timestamps are stored as naive UTC, second precision (portable across databases)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True)
class Change:
    """One entry of the change history."""

    at: datetime
    user: str
    action: str
    entity: str
    entity_uuid: str
    activity_uuid: str | None
    label: str
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class Usage:
    """Where a catalogue item is used: the activities that would lose it."""

    item: CatalogueItem
    activities: tuple[Activity, ...]


@dataclass
class ImportSummary:
    added: dict[str, int] = dataclasses.field(default_factory=dict)
    updated: dict[str, int] = dataclasses.field(default_factory=dict)
    unchanged: dict[str, int] = dataclasses.field(default_factory=dict)
    removed: dict[str, int] = dataclasses.field(default_factory=dict)

    def count(self, bucket: str, kind: str) -> None:
        table: dict[str, int] = getattr(self, bucket)
        table[kind] = table.get(kind, 0) + 1

    def lines(self) -> list[str]:
        kinds = sorted(set(self.added) | set(self.updated) | set(self.unchanged) | set(self.removed))
        out = []
        for kind in kinds:
            label = kind.replace("_", " ")
            line = (
                f"{label}: {self.added.get(kind, 0)} added, {self.updated.get(kind, 0)} updated, "
                f"{self.unchanged.get(kind, 0)} unchanged"
            )
            if self.removed.get(kind):
                line += f", {self.removed[kind]} removed"
            out.append(line)
        return out


_REFERENCE = re.compile(r"^(?P<prefix>[A-Za-z]+-?)(?P<number>\d+)$")


def _storage_error(exc: BaseException) -> StorageError:
    text = str(getattr(exc, "orig", exc)).lower()
    if "full" in text:
        return StorageError("the disk is full: the change was not saved; free some space and try again")
    if "readonly" in text or "read-only" in text:
        return StorageError("the register cannot be written (read-only medium): the change was not saved")
    if "locked" in text or "busy" in text:
        return StorageError("the register is busy in another program: the change was not saved; try again")
    return StorageError(f"the change could not be saved ({text}); the register is unchanged")


class RegisterStore:
    """One open register file and the use cases that read and change it."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- opening ------------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, readonly: bool = False, passphrase: str | None = None
    ) -> RegisterStore:
        """Open a register; ``passphrase`` opens an encrypted one (ignored for a plain file)."""
        return cls(open_database(path, readonly=readonly, passphrase=passphrase))

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        organisation: str | Organisation,
        *,
        language: str = "en",
        overwrite: bool = False,
        passphrase: str | None = None,
    ) -> RegisterStore:
        """Create a register; with ``passphrase`` it is encrypted (SQLCipher) from its first byte."""
        org = organisation if isinstance(organisation, Organisation) else Organisation(
            uuid=new_uuid(), legal_name=organisation, language=language
        )
        store = cls(create_database(path, overwrite=overwrite, passphrase=passphrase))
        try:
            with store.unit_of_work() as session:
                write_organisation(session, org)
        except BaseException:
            store.close()
            raise
        return store

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def readonly(self) -> bool:
        return self.db.readonly

    def close(self) -> None:
        self.db.close()

    # --- encryption at rest (see docs/security.md) ------------------------------------------------

    def encrypt(self, passphrase: str) -> None:
        """Encrypt the open register with ``passphrase``; the file is replaced atomically."""
        from ropa.store.crypto import Key

        if self.db.encrypted:
            raise ValidationError([f"{self.path.name} is already encrypted; change its passphrase instead"])
        self._rewrite(Key.new(passphrase))

    def decrypt(self) -> None:
        """Store the open register in the clear again; the file is replaced atomically."""
        if not self.db.encrypted:
            raise ValidationError([f"{self.path.name} is not encrypted"])
        self._rewrite(None)

    def change_passphrase(self, passphrase: str) -> None:
        """Re-encrypt the open register with a new passphrase (and a new salt)."""
        from ropa.store.crypto import Key

        if not self.db.encrypted:
            raise ValidationError([f"{self.path.name} is not encrypted; encrypt it instead"])
        self._rewrite(Key.new(passphrase))

    def _rewrite(self, key: Any) -> None:
        if self.readonly:
            raise ReadOnlyError(f"{self.path.name} is open read-only; the change was not saved")
        try:
            self.db = self.db.rewrite(key)
        except OSError as exc:
            raise StorageError(f"cannot write beside {self.path.name}: {exc.strerror}; nothing was changed") from None
        except OperationalError as exc:
            raise _storage_error(exc) from None

    def save_copy(self, target: str | os.PathLike[str]) -> Path:
        """"Save a copy as...": a complete, consistent copy; the open register stays the same file."""
        try:
            self.db.save_copy(Path(target))
        except OSError as exc:
            raise StorageError(f"cannot write {target}: {exc.strerror}") from None
        return Path(target)

    def __enter__(self) -> RegisterStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed if the block succeeds, rolled back otherwise."""
        if self.readonly:
            raise ReadOnlyError(f"{self.path.name} is open read-only; the change was not saved")
        session = self.db.session()
        try:
            yield session
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            raise ValidationError([_integrity_message(exc)]) from None
        except (OperationalError, sqlite3.OperationalError) as exc:
            session.rollback()
            raise _storage_error(exc) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session; content this version cannot decode is reported as damage, in one line."""
        session = self.db.session()
        try:
            yield session
        except (ValueError, TypeError, LookupError, NoResultFound, MultipleResultsFound, DBAPIError) as exc:
            detail = " ".join(str(getattr(exc, "orig", exc)).split())[:200]
            raise CorruptRegisterError(
                f"{self.path.name} holds data this version of ropa cannot read ({detail}); restore a backup copy"
            ) from None
        finally:
            session.rollback()
            session.close()

    # --- reading ------------------------------------------------------------------------------

    def snapshot(self) -> Register:
        with self.reading() as session:
            return snapshot.load_register(session)

    def organisation(self) -> Organisation:
        with self.reading() as session:
            return snapshot.organisation(session.scalars(select(orm.OrganisationRow)).one())

    def acknowledgements(self) -> tuple[Acknowledgement, ...]:
        """The findings accepted knowingly, with their justification."""
        with self.reading() as session:
            return snapshot.load_acknowledgements(session)

    def activities(self) -> list[Activity]:
        with self.reading() as session:
            return snapshot.load_activities(session)

    def activity_summaries(self) -> list[ActivitySummary]:
        """What the activity lists show of every activity, much faster than a full snapshot."""
        with self.reading() as session:
            return snapshot.load_summaries(session)

    def activity(self, uuid: str) -> Activity:
        with self.reading() as session:
            return self._activity(session, uuid)

    def _activity(self, session: Session, uuid: str) -> Activity:
        row_id = session.scalar(select(orm.ActivityRow.id).where(orm.ActivityRow.uuid == uuid))
        if row_id is None:
            raise NotFoundError(f"no activity with UUID {uuid}")
        return snapshot.load_activities(session, [row_id])[0]

    def find_activity(self, reference_or_uuid: str) -> Activity:
        with self.reading() as session:
            row_id = session.scalar(
                select(orm.ActivityRow.id).where(
                    (orm.ActivityRow.reference == reference_or_uuid) | (orm.ActivityRow.uuid == reference_or_uuid)
                )
            )
            if row_id is None:
                raise NotFoundError(f"no activity with reference or UUID {reference_or_uuid}")
            return snapshot.load_activities(session, [row_id])[0]

    def catalogue(self, name: str) -> tuple[Any, ...]:
        if name not in CATALOGUES:
            raise NotFoundError(f"unknown catalogue {name}")
        with self.reading() as session:
            return snapshot.load_catalogue(session, name)

    def next_reference(self, prefix: str = "PA-") -> str:
        with self.reading() as session:
            return self._next_reference(session, prefix)

    @staticmethod
    def _next_reference(session: Session, prefix: str) -> str:
        highest = 0
        for ref in session.scalars(select(orm.ActivityRow.reference)):
            match = _REFERENCE.match(ref)
            if match and match.group("prefix") == prefix:
                highest = max(highest, int(match.group("number")))
        return f"{prefix}{highest + 1:03d}"

    def usages(self, item_uuid: str) -> Usage:
        with self.reading() as session:
            return self._usages(session, item_uuid)

    def _usages(self, session: Session, item_uuid: str) -> Usage:
        item = self._find_item(session, item_uuid)
        acts = [a for a in snapshot.load_activities(session) if item_uuid in _references(a)]
        return Usage(item, tuple(acts))

    def _find_item(self, session: Session, item_uuid: str) -> Any:
        for _name, row_type in orm.CATALOGUE_ROWS.items():
            row = session.scalars(select(row_type).where(row_type.uuid == item_uuid)).one_or_none()
            if row is not None:
                return snapshot.catalogue_item(row)
        raise NotFoundError(f"no catalogue item with UUID {item_uuid}")

    def history(
        self,
        *,
        activity_uuid: str | None = None,
        entity_uuid: str | None = None,
        user: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> list[Change]:
        """The change history, newest first, optionally filtered."""
        stmt = select(orm.ChangeRow).order_by(orm.ChangeRow.id.desc())
        if activity_uuid:
            stmt = stmt.where(orm.ChangeRow.activity_uuid == activity_uuid)
        if entity_uuid:
            stmt = stmt.where(orm.ChangeRow.entity_uuid == entity_uuid)
        if user:
            stmt = stmt.where(orm.ChangeRow.user == user)
        if since:
            stmt = stmt.where(orm.ChangeRow.at >= since)
        if until:
            stmt = stmt.where(orm.ChangeRow.at <= until)
        if limit:
            stmt = stmt.limit(limit)
        with self.reading() as session:
            return [
                Change(r.at, r.user, r.action, r.entity, r.entity_uuid, r.activity_uuid, r.label, r.field, r.old, r.new)
                for r in session.scalars(stmt)
            ]

    def info(self) -> RegisterInfo:
        with self.reading() as session:
            return register_info(session.connection().exec_driver_sql, self.path)

    # --- editing ------------------------------------------------------------------------------

    def save_organisation(self, org: Organisation) -> Organisation:
        _require(org.legal_name.strip(), "the organisation needs a legal name")
        _check_values(org, "the organisation")
        with self.unit_of_work() as session:
            write_organisation(session, org)
        return org

    def new_activity(self, name: str, role: Role = Role.CONTROLLER, **fields: Any) -> Activity:
        """Create an activity with a fresh UUID and the next free reference."""
        prefix = "PR-" if role is Role.PROCESSOR else "PA-"
        with self.unit_of_work() as session:
            stamp = now()
            activity = Activity(
                uuid=new_uuid(),
                reference=fields.pop("reference", None) or self._next_reference(session, prefix),
                name=name,
                role=role,
                created_at=stamp,
                updated_at=stamp,
                **fields,
            )
            _check_activity(activity)
            _check_values(activity, f"activity {activity.reference[:60]}")
            write_activity(session, activity)
        return activity

    def save_activity(self, activity: Activity, *, touch: bool = True) -> Activity:
        """Insert or update an activity as given (upsert by UUID); ``touch`` stamps ``updated_at``."""
        _check_activity(activity)
        _check_values(activity, f"activity {activity.reference[:60]}")
        with self.unit_of_work() as session:
            if touch:
                stamp = now()
                activity = replace(activity, updated_at=stamp, created_at=activity.created_at or stamp)
            write_activity(session, activity)
        return activity

    def delete_activity(self, uuid: str) -> Activity:
        """Delete an activity; returns it as it was, so the deletion can be undone with save_activity."""
        with self.unit_of_work() as session:
            before = self._activity(session, uuid)
            row = session.scalars(select(orm.ActivityRow).where(orm.ActivityRow.uuid == uuid)).one()
            session.delete(row)
        return before

    def duplicate_activity(self, uuid: str) -> Activity:
        """Copy an activity under a new UUID and reference; every part gets new identities too."""
        with self.unit_of_work() as session:
            source = self._activity(session, uuid)
            language = session.scalars(select(orm.OrganisationRow.language)).one()
            prefix = "PR-" if source.is_processor else "PA-"
            stamp = now()
            copy = replace(
                source,
                uuid=new_uuid(),
                reference=self._next_reference(session, prefix),
                name=Translator(language)("register.generated.copy_name", name=source.name),  # the register's language
                status=Status.DRAFT,
                created_at=stamp,
                updated_at=stamp,
                last_reviewed=None,
                purposes=tuple(replace(p, uuid=new_uuid()) for p in source.purposes),
                sources=tuple(replace(s, uuid=new_uuid()) for s in source.sources),
                transfers=tuple(replace(t, uuid=new_uuid()) for t in source.transfers),
                retention=tuple(replace(r, uuid=new_uuid()) for r in source.retention),
                served_controllers=tuple(replace(s, uuid=new_uuid()) for s in source.served_controllers),
            )
            write_activity(session, copy)
        return copy

    def save_item(self, item: CatalogueItem) -> CatalogueItem:
        """Insert or update a catalogue item; every activity using it sees the change at once."""
        _require(item.name.strip(), "a catalogue item needs a name")
        _check_values(item, f"the item {item.name[:60]!r}")
        with self.unit_of_work() as session:
            write_catalogue_item(session, item)
        return item

    def delete_item(self, item_uuid: str) -> Usage:
        """Delete a catalogue item and unlink it from every activity; returns what was lost (for undo)."""
        with self.unit_of_work() as session:
            usage = self._usages(session, item_uuid)
            self._relink(session, usage, None)
            row_type = ROW_OF[type(usage.item)]
            session.delete(session.scalars(select(row_type).where(row_type.uuid == item_uuid)).one())
        return usage

    def restore_item(self, usage: Usage) -> None:
        """Undo ``delete_item``: bring the item back and relink it where it was used."""
        with self.unit_of_work() as session:
            write_catalogue_item(session, usage.item)
            session.flush()
            lookup = Lookup(session)
            for activity in usage.activities:
                write_activity(session, activity, lookup)

    def merge_items(self, keep_uuid: str, drop_uuid: str) -> Usage:
        """Merge two duplicates: activities using ``drop`` use ``keep`` instead, then ``drop`` goes."""
        if keep_uuid == drop_uuid:
            raise ValidationError(["cannot merge an item with itself"])
        with self.unit_of_work() as session:
            keep = self._find_item(session, keep_uuid)
            usage = self._usages(session, drop_uuid)
            if type(keep) is not type(usage.item):
                raise ValidationError(["only items of the same catalogue can be merged"])
            self._relink(session, usage, keep_uuid)
            row_type = ROW_OF[type(usage.item)]
            session.delete(session.scalars(select(row_type).where(row_type.uuid == drop_uuid)).one())
        return usage

    def _relink(self, session: Session, usage: Usage, replacement: str | None) -> None:
        lookup = Lookup(session)
        old = usage.item.uuid
        for activity in usage.activities:
            write_activity(session, _replace_reference(activity, old, replacement), lookup)
        session.flush()

    def acknowledge(self, rule_id: str, target: str, justification: str, user: str = "") -> Acknowledgement:
        _require(justification.strip(), "an acknowledgement needs a justification")
        _check_values(Acknowledgement("", rule_id, target, justification, user), "the acknowledgement")
        from ropa.store.history import current_user

        ack = Acknowledgement(new_uuid(), rule_id, target, justification, user or current_user(), now())
        with self.unit_of_work() as session:
            existing = session.scalars(
                select(orm.AcknowledgementRow).where(
                    orm.AcknowledgementRow.rule_id == rule_id, orm.AcknowledgementRow.target == target
                )
            ).one_or_none()
            if existing is not None:
                session.delete(existing)
                session.flush()
            session.add(orm.AcknowledgementRow(**dataclasses.asdict(ack)))
        return ack

    def withdraw_acknowledgement(self, rule_id: str, target: str) -> None:
        with self.unit_of_work() as session:
            row = session.scalars(
                select(orm.AcknowledgementRow).where(
                    orm.AcknowledgementRow.rule_id == rule_id, orm.AcknowledgementRow.target == target
                )
            ).one_or_none()
            if row is None:
                raise NotFoundError(f"no acknowledgement of {rule_id} for {target}")
            session.delete(row)

    def import_register(self, incoming: Register, *, replace_organisation: bool = True) -> ImportSummary:
        """Merge a whole register in one transaction: matched by UUID are updated, new added, none deleted."""
        current = self.snapshot()
        summary = ImportSummary()
        with self.unit_of_work() as session:
            self._merge(session, current, incoming, summary, replace_organisation)
        return summary

    def replace_register(self, target: Register) -> ImportSummary:
        """Make the register equal to ``target`` in ONE transaction (restoring a frozen version).

        Like ``import_register``, plus deleting the activities, catalogue items and acknowledgements
        that ``target`` does not have; a crash or a refusal leaves the register as it was.
        """
        current = self.snapshot()
        summary = ImportSummary()
        wanted_acts = {a.uuid for a in target.activities}
        wanted_acks = {(a.rule_id, a.target, a.uuid) for a in target.acknowledgements}
        wanted_items = {i.uuid for name in CATALOGUES for i in target.catalogue(name)}
        with self.unit_of_work() as session:
            for ack in current.acknowledgements:
                if (ack.rule_id, ack.target, ack.uuid) not in wanted_acks:
                    session.delete(
                        session.scalars(select(orm.AcknowledgementRow).where(orm.AcknowledgementRow.uuid == ack.uuid)).one()
                    )
                    summary.count("removed", "acknowledgements")
            for activity in current.activities:
                if activity.uuid not in wanted_acts:
                    session.delete(
                        session.scalars(select(orm.ActivityRow).where(orm.ActivityRow.uuid == activity.uuid)).one()
                    )
                    summary.count("removed", "activities")
            session.flush()
            kept = replace(
                current,
                activities=tuple(a for a in current.activities if a.uuid in wanted_acts),
                acknowledgements=tuple(
                    a for a in current.acknowledgements if (a.rule_id, a.target, a.uuid) in wanted_acks
                ),
            )
            self._merge(session, kept, target, summary, True)
            session.flush()
            for name, row_type in orm.CATALOGUE_ROWS.items():
                for item in current.catalogue(name):
                    if item.uuid not in wanted_items:
                        session.delete(session.scalars(select(row_type).where(row_type.uuid == item.uuid)).one())
                        summary.count("removed", name)
        return summary

    def _merge(
        self, session: Session, current: Register, incoming: Register, summary: ImportSummary, replace_organisation: bool
    ) -> None:
        """Write ``incoming`` over ``current`` (what the session sees), counting what changes."""
        if replace_organisation:
            kind = "organisation"
            org = replace(incoming.organisation, uuid=current.organisation.uuid)
            summary.count("unchanged" if org == current.organisation else "updated", kind)
            if org != current.organisation:
                write_organisation(session, org)
        for name in CATALOGUES:
            existing = {i.uuid: i for i in current.catalogue(name)}
            for item in incoming.catalogue(name):
                _count(summary, name, existing.get(item.uuid), item)
                if existing.get(item.uuid) != item:
                    write_catalogue_item(session, item)
        session.flush()
        lookup = Lookup(session)
        for name, row_type in orm.CATALOGUE_ROWS.items():
            lookup.preload(row_type, [i.uuid for i in incoming.catalogue(name)])
        existing_acts = {a.uuid: a for a in current.activities}
        for activity in incoming.activities:
            before = existing_acts.get(activity.uuid)
            _check_activity(activity)
            _count(summary, "activities", before, activity)
            if before != activity:
                write_activity(session, activity, lookup)
        existing_acks = {(a.rule_id, a.target): a for a in current.acknowledgements}
        for ack in incoming.acknowledgements:
            before_ack = existing_acks.get((ack.rule_id, ack.target))
            _count(summary, "acknowledgements", before_ack, ack)
            if before_ack is None:
                session.add(orm.AcknowledgementRow(**dataclasses.asdict(ack)))
            elif before_ack != ack:
                row = session.scalars(
                    select(orm.AcknowledgementRow).where(orm.AcknowledgementRow.uuid == before_ack.uuid)
                ).one()
                for key, value in dataclasses.asdict(ack).items():
                    setattr(row, key, value)


def _count(summary: ImportSummary, kind: str, before: object, after: object) -> None:
    summary.count("added" if before is None else "unchanged" if before == after else "updated", kind)


def _require(condition: object, message: str) -> None:
    if not condition:
        raise ValidationError([message])


def _check_values(item: object, what: str) -> None:
    """The values no export could carry (control characters, lengths past the caps, unknown
    country or language codes), refused here for every edit as the imports refuse them."""
    problems = [f"{what}, {path.lstrip('.')}: {problem}" for path, problem in item_problems(item, "")]
    if problems:
        raise ValidationError(problems[:MAX_PROBLEMS], total=len(problems))


def _check_activity(activity: Activity) -> None:
    problems = []
    if not activity.reference.strip():
        problems.append(f"activity {activity.name!r} needs a reference")
    if not activity.name.strip():
        problems.append(f"activity {activity.reference} needs a name")
    for rule in activity.retention:
        if rule.duration_value is not None and rule.duration_value < 0:
            problems.append(f"activity {activity.reference}: a retention duration cannot be negative")
    if problems:
        raise ValidationError(problems)


def _integrity_message(exc: IntegrityError) -> str:
    text = str(exc.orig)
    if "activity.reference" in text:
        return "another activity already has this reference; choose a unique reference"
    if "uuid" in text:
        return "an item with the same UUID already exists elsewhere in the register"
    return f"the change conflicts with the register's contents ({text})"


def _references(activity: Activity) -> set[str]:
    refs = {*activity.data_subjects, *activity.recipients, *activity.security_measures, *activity.systems}
    refs |= set(activity.joint_controllers)
    refs |= {d.category for d in activity.data}
    refs |= {t.recipient for t in activity.transfers if t.recipient}
    for rule in activity.retention:
        refs |= set(rule.data_categories)
    return refs


def _swap(values: tuple[str, ...], old: str, new: str | None) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        swapped = new if value == old else value
        if swapped is not None and swapped not in out:
            out.append(swapped)
    return tuple(out)


def _replace_reference(activity: Activity, old: str, new: str | None) -> Activity:
    """The activity with catalogue item ``old`` replaced by ``new`` (or removed when None)."""
    data: list[ProcessedData] = []
    for d in activity.data:
        if d.category == old:
            if new is None or any(x.category == new for x in activity.data):
                continue
            d = replace(d, category=new)
        data.append(d)
    transfers = tuple(
        replace(t, recipient=new) if t.recipient == old else t for t in activity.transfers
    )
    retention = tuple(
        replace(r, data_categories=_swap(r.data_categories, old, new)) for r in activity.retention
    )
    return replace(
        activity,
        data_subjects=_swap(activity.data_subjects, old, new),
        recipients=_swap(activity.recipients, old, new),
        security_measures=_swap(activity.security_measures, old, new),
        systems=_swap(activity.systems, old, new),
        joint_controllers=_swap(activity.joint_controllers, old, new),
        data=tuple(data),
        transfers=transfers,
        retention=retention,
    )

