"""Frozen versions inside the register file: freeze, list, load, compare, restore.

Storage is content-addressed so that 50 versions of a large register cost about one copy plus the
edits. Each activity, catalogue item, acknowledgement and the organisation is written as canonical
JSON (the exchange format's encoding of that one object, catalogue references without names so a
rename does not touch the activities that use the item), compressed, and stored once under its
SHA-256 in ``register_blob``. A version's manifest lists ``(kind, uuid, hash)`` for everything it
holds; the list is cut into content-defined chunks (a chunk ends after an entry whose UUID hashes
to 0 modulo :data:`CHUNK`), themselves stored as blobs, so a version row only keeps the chunk
hashes and two versions a few edits apart share all but a few chunks. Comparing two versions
compares chunk hashes, then entry hashes, and decodes only what differs.

Versions are never changed or deleted: there is no API for it, and the ORM refuses it.
Restoring goes through the service's ordinary edits, so it is recorded in the history and undoable.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import operator
import re
import types
import typing
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ropa.domain import model
from ropa.domain.model import CATALOGUES, Acknowledgement, Activity, CatalogueItem, Organisation, Register
from ropa.errors import CorruptRegisterError, NotFoundError, ValidationError
from ropa.exchange import json_format
from ropa.fingerprint import fingerprint
from ropa.i18n import Translator
from ropa.service import RegisterStore, new_uuid, now
from ropa.store import orm
from ropa.versions.diff import ChangeReport, SharedActivity, Side, diff, references

ORGANISATION = "organisation"
ACTIVITIES = "activities"
ACKNOWLEDGEMENTS = "acknowledgements"
KINDS = (ACKNOWLEDGEMENTS, ACTIVITIES, *CATALOGUES, ORGANISATION)

#: Average number of manifest entries per chunk.
CHUNK = 32
#: Rows per ``IN (...)`` query (SQLite's default limit on bound parameters is far above).
BATCH = 500
MAX_NAME = 200
CURRENT = "current"

Key = tuple[str, str]  # (kind, uuid)


@dataclass(frozen=True)
class Version:
    """What the list of versions shows about one frozen version."""

    uuid: str
    name: str
    frozen_at: datetime
    frozen_by: str
    approved_by: str
    note: str
    fingerprint: str
    activities: int

    def side(self) -> Side:
        return Side(
            label=self.name,
            fingerprint=self.fingerprint,
            activities=self.activities,
            version=self.uuid,
            date=self.frozen_at,
            frozen_by=self.frozen_by,
            approved_by=self.approved_by,
            note=self.note,
        )


def _version(row: orm.RegisterVersionRow) -> Version:
    return Version(
        row.uuid, row.name, row.frozen_at, row.frozen_by, row.approved_by, row.note, row.fingerprint, row.activity_count
    )


# --- encoding -----------------------------------------------------------------------------------


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def encode(register: Register) -> dict[Key, bytes]:
    """Canonical JSON of every object of the register, by (kind, uuid)."""
    empty: dict[str, Any] = {name: () for name in CATALOGUES}
    # Activities without their catalogues: references keep only the UUID (names would tie every
    # activity's blob to the names of the items it uses).
    acts = json_format.to_dict(replace(register, acknowledgements=(), **empty))["activities"]
    rest = json_format.to_dict(replace(register, activities=()))
    out: dict[Key, bytes] = {(ORGANISATION, ""): canonical(rest["organisation"])}
    for name in CATALOGUES:
        for item in rest["catalogues"][name]:
            out[(name, item["uuid"])] = canonical(item)
    for ack in rest["acknowledgements"]:
        out[(ACKNOWLEDGEMENTS, ack["uuid"])] = canonical(ack)
    for act in acts:
        out[(ACTIVITIES, act["uuid"])] = canonical(act)
    return out


def _boundary(uuid: str) -> bool:
    return int.from_bytes(hashlib.blake2b(uuid.encode(), digest_size=4).digest(), "big") % CHUNK == 0


def chunks(entries: dict[Key, str]) -> Iterator[list[list[str]]]:
    """Cut the sorted manifest into content-defined chunks (stable under insertions and deletions)."""
    chunk: list[list[str]] = []
    previous = None
    for kind, uuid in sorted(entries):
        if chunk and kind != previous:
            yield chunk
            chunk = []
        chunk.append([kind, uuid, entries[(kind, uuid)]])
        previous = kind
        if _boundary(uuid):
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _compress(data: bytes) -> bytes:
    return zlib.compress(data, 6)


# --- reading blobs ------------------------------------------------------------------------------


def _batches(values: Iterable[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    for value in values:
        batch.append(value)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _raw_blobs(session: Session, hashes: Iterable[str]) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for batch in _batches(set(hashes)):
        for hash_, data in session.execute(
            select(orm.RegisterBlobRow.hash, orm.RegisterBlobRow.data).where(orm.RegisterBlobRow.hash.in_(batch))
        ):
            out[hash_] = zlib.decompress(data)
    return out


def _blobs(session: Session, hashes: Iterable[str]) -> dict[str, Any]:
    wanted = set(hashes)
    raw = _raw_blobs(session, wanted)
    if len(raw) != len(wanted):
        raise CorruptRegisterError("a frozen version is incomplete (content missing from the file); restore a backup")
    return {h: json.loads(data) for h, data in raw.items()}


def _chunk_entries(session: Session, chunk_hashes: Iterable[str]) -> dict[Key, str]:
    out: dict[Key, str] = {}
    for chunk in _blobs(session, chunk_hashes).values():
        for kind, uuid, hash_ in chunk:
            out[(kind, uuid)] = hash_
    return out


def _row(session: Session, name_or_uuid: str) -> orm.RegisterVersionRow:
    row = session.scalars(
        select(orm.RegisterVersionRow).where(
            (orm.RegisterVersionRow.name == name_or_uuid) | (orm.RegisterVersionRow.uuid == name_or_uuid)
        )
    ).first()
    if row is None:
        raise NotFoundError(f"no frozen version named {name_or_uuid!r}; “ropa versions” lists them")
    return row


def _decode(session: Session, entries: dict[Key, str], activities: Iterable[str] | None = None) -> Register:
    """A Register from manifest entries: everything, or the catalogues plus only some activities."""
    keep = None if activities is None else set(activities)
    wanted = {k: h for k, h in entries.items() if k[0] != ACTIVITIES or keep is None or k[1] in keep}
    blobs = _blobs(session, wanted.values())
    parts: dict[str, list[Any]] = {kind: [] for kind in KINDS}
    try:
        for (kind, _uuid), hash_ in sorted(wanted.items()):
            parts[kind].append(trusted_decode(_CLASSES[kind], blobs[hash_]))
        return Register(
            organisation=parts[ORGANISATION][0],
            activities=tuple(sorted(parts[ACTIVITIES], key=lambda a: (a.reference, a.uuid))),
            acknowledgements=tuple(parts[ACKNOWLEDGEMENTS]),
            **{name: tuple(parts[name]) for name in CATALOGUES},
        )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise CorruptRegisterError(f"a frozen version cannot be read back ({type(exc).__name__}: {exc})") from None


# --- public API ---------------------------------------------------------------------------------


def freeze(store: RegisterStore, name: str, note: str = "", approved_by: str = "", *, user: str = "") -> Version:
    """Freeze the register as it is now under ``name``; one transaction, and never changed afterwards."""
    from ropa.store.history import current_user

    name = name.strip()
    if not name:
        raise ValidationError(["a version needs a name, e.g. “2026 annual review”"])
    if len(name) > MAX_NAME:
        raise ValidationError([f"a version name can have at most {MAX_NAME} characters"])
    if name.casefold() == CURRENT:
        raise ValidationError([f"“{CURRENT}” means the register as it is now; choose another version name"])
    with store.reading() as session:
        if session.scalar(select(orm.RegisterVersionRow.id).where(orm.RegisterVersionRow.name == name)) is not None:
            raise ValidationError([f"a version named {name!r} already exists and cannot be changed; choose another name"])
    register = store.snapshot()
    blobs = encode(register)
    entries = {key: digest(data) for key, data in blobs.items()}
    by_hash = {entries[key]: data for key, data in blobs.items()}
    manifest: list[str] = []
    for chunk in chunks(entries):
        data = canonical(chunk)
        hash_ = digest(data)
        by_hash[hash_] = data
        manifest.append(hash_)
    version = Version(
        uuid=new_uuid(),
        name=name,
        frozen_at=now(),
        frozen_by=user or current_user(),
        approved_by=approved_by.strip(),
        note=note.strip(),
        fingerprint=fingerprint(register),
        activities=len(register.activities),
    )
    with store.unit_of_work() as session:
        existing: set[str] = set()
        for batch in _batches(by_hash):
            existing.update(
                session.scalars(select(orm.RegisterBlobRow.hash).where(orm.RegisterBlobRow.hash.in_(batch)))
            )
        new_rows = [
            {"hash": h, "size": len(data), "data": _compress(data)} for h, data in by_hash.items() if h not in existing
        ]
        for start in range(0, len(new_rows), BATCH):
            session.execute(insert(orm.RegisterBlobRow), new_rows[start : start + BATCH])
        session.add(
            orm.RegisterVersionRow(
                uuid=version.uuid,
                name=version.name,
                frozen_at=version.frozen_at,
                frozen_by=version.frozen_by,
                approved_by=version.approved_by,
                note=version.note,
                fingerprint=version.fingerprint,
                activity_count=version.activities,
                manifest=manifest,
            )
        )
    return version


def list_versions(store: RegisterStore) -> list[Version]:
    """Every frozen version, oldest first."""
    with store.reading() as session:
        rows = session.scalars(
            select(orm.RegisterVersionRow).order_by(orm.RegisterVersionRow.frozen_at, orm.RegisterVersionRow.id)
        )
        return [_version(r) for r in rows]


def get_version(store: RegisterStore, name_or_uuid: str) -> Version:
    with store.reading() as session:
        return _version(_row(session, name_or_uuid))


def latest_version(store: RegisterStore) -> Version:
    versions = list_versions(store)
    if not versions:
        raise NotFoundError("the register has no frozen version yet; freeze one first (ropa freeze FILE --name NAME)")
    return versions[-1]


def load_version(store: RegisterStore, name_or_uuid: str, *, verify: bool = False) -> Register:
    """The register exactly as it was frozen; ``verify`` recomputes its fingerprint and checks it."""
    with store.reading() as session:
        row = _row(session, name_or_uuid)
        register = _decode(session, _chunk_entries(session, row.manifest))
        expected = row.fingerprint
    if verify and fingerprint(register) != expected:
        raise CorruptRegisterError(
            f"frozen version {name_or_uuid!r} does not match its fingerprint; the file was altered or damaged"
        )
    return register


def storage_size(store: RegisterStore) -> tuple[int, int]:
    """(number of blobs, compressed bytes) of all versions together: what the versions cost in the file."""
    from sqlalchemy import func

    with store.reading() as session:
        count, size = session.execute(
            select(func.count(), func.coalesce(func.sum(func.length(orm.RegisterBlobRow.data)), 0))
        ).one()
        return int(count), int(size)


# --- comparing ----------------------------------------------------------------------------------


@dataclass
class _State:
    """One side of a comparison: its entries, and how to get activities of it as snapshots."""

    side: Side
    chunks: list[str] | None  # manifest chunk hashes (None for the current register)
    entries: dict[Key, str] | None = None
    register: Register | None = None  # the current register, when this side is it


def _version_state(session: Session, name_or_uuid: str) -> _State:
    row = _row(session, name_or_uuid)
    return _State(_version(row).side(), list(row.manifest))


def _current_state(store: RegisterStore, language: str) -> _State:
    register = store.snapshot()
    entries = {key: digest(data) for key, data in encode(register).items()}
    side = Side(
        label=Translator(language)("versions.side.current"),
        fingerprint=fingerprint(register),
        activities=len(register.activities),
        date=now(),
    )
    return _State(side, None, entries, register)


def _differing(session: Session, old: _State, new: _State) -> tuple[dict[Key, str], dict[Key, str]]:
    """The entries of each side that the other side does not have with the same hash."""
    if old.chunks is not None and new.chunks is not None:
        shared = set(old.chunks) & set(new.chunks)
        old_part = _chunk_entries(session, [c for c in old.chunks if c not in shared])
        new_part = _chunk_entries(session, [c for c in new.chunks if c not in shared])
    else:
        old_part = old.entries if old.entries is not None else _chunk_entries(session, old.chunks or [])
        new_part = new.entries if new.entries is not None else _chunk_entries(session, new.chunks or [])
    same = {k for k, h in old_part.items() if new_part.get(k) == h}
    return (
        {k: h for k, h in old_part.items() if k not in same},
        {k: h for k, h in new_part.items() if k not in same},
    )


def _entries(session: Session, state: _State) -> dict[Key, str]:
    if state.entries is None:
        state.entries = _chunk_entries(session, state.chunks or [])
    return state.entries


def _shared_users(
    session: Session, state: _State, items: set[str], skip: set[str]
) -> list[SharedActivity]:
    """Activities of ``state`` (other than ``skip``) that use any of ``items``, without decoding them.

    Called with the new side; the activities in question have the same content on both sides.
    """
    if not items:
        return []
    out: list[SharedActivity] = []
    if state.register is not None:
        for activity in state.register.activities:
            if activity.uuid not in skip:
                used = references(activity) & items
                if used:
                    out.append(SharedActivity(activity.uuid, activity.reference, activity.name, frozenset(used)))
        return out
    acts = {k[1]: h for k, h in _entries(session, state).items() if k[0] == ACTIVITIES and k[1] not in skip}
    # One pass per activity finds every changed item it refers to.
    pattern = re.compile(b'"uuid":"(' + b"|".join(re.escape(item.encode()) for item in sorted(items)) + b')"')
    raw = _raw_blobs(session, acts.values())
    for uuid, hash_ in acts.items():
        data = raw[hash_]
        found = pattern.findall(data)
        if found:
            reference, name = activity_label(data)
            out.append(SharedActivity(uuid, reference, name, frozenset(f.decode() for f in found)))
    return out


_STRING = rb'"((?:[^"\\]|\\.)*)"'
#: In canonical JSON (sorted keys, every field written) an activity's own name follows "last_reviewed",
#: a key no part of an activity has; its own reference is the last "reference" key (the only other
#: one, the DPIA's, comes earlier under "dpia").
_NAME = re.compile(rb'"last_reviewed":(?:null|"[^"]*"),"name":' + _STRING)
_REFERENCE = re.compile(rb'[{,]"reference":' + _STRING)


def activity_label(data: bytes) -> tuple[str, str]:
    """(reference, name) of an activity's canonical JSON without parsing all of it (a comparison may
    need this for thousands of activities that only use a changed catalogue item)."""
    name = _NAME.search(data)
    references = _REFERENCE.findall(data)
    if name is None or not references:  # the model changed shape: parse it all
        value = json.loads(data)
        return str(value["reference"]), str(value["name"])
    return json.loads(b'"' + references[-1] + b'"'), json.loads(b'"' + name.group(1) + b'"')


def _partial(session: Session, state: _State, activities: set[str]) -> Register:
    """The side's organisation, catalogues and acknowledgements, with only the given activities."""
    if state.register is not None:
        return replace(state.register, activities=tuple(a for a in state.register.activities if a.uuid in activities))
    return _decode(session, _entries(session, state), activities)


def compare(
    store: RegisterStore, old: str | None = None, new: str | None = None, language: str = "en"
) -> ChangeReport:
    """Compare two versions, or a version and the current register (``new`` None or "current").

    ``old`` defaults to the latest frozen version. Entries with the same hash on both sides are
    skipped unread; activities that only use a changed catalogue item are found by searching
    their stored text and are never decoded.
    """
    if old is None:
        old = latest_version(store).uuid
    with store.reading() as session:
        old_state = (
            _current_state(store, language) if old.casefold() == CURRENT else _version_state(session, old)
        )
        new_state = (
            _current_state(store, language)
            if new is None or new.casefold() == CURRENT
            else _version_state(session, new)
        )
        old_diff, new_diff = _differing(session, old_state, new_state)
        changed_items = {k[1] for k in old_diff.keys() & new_diff.keys() if k[0] in CATALOGUES}
        touched = {k[1] for k in (*old_diff, *new_diff) if k[0] == ACTIVITIES}
        shared = _shared_users(session, new_state, changed_items, touched)
        old_reg = _partial(session, old_state, touched)
        new_reg = _partial(session, new_state, touched)
    report = diff(
        old_reg, new_reg, language, old_side=old_state.side, new_side=new_state.side, made_at=now(), shared=shared
    )
    removed = sum(1 for a in report.activities if a.status == "removed")
    changed = sum(1 for a in report.activities if a.status == "changed")
    return dataclasses.replace(report, unchanged=old_state.side.activities - removed - changed)


# --- decoding -------------------------------------------------------------------------------------
# Blobs were written by encode() from valid snapshots and are addressed by their hash, so reading
# them back needs no validation (json_format.from_dict would check every value again and takes
# several times longer): this decoder only inverts the encoding. load_version(verify=True) checks the
# result against the fingerprint recorded at freeze time, which catches any alteration.

_CLASSES: dict[str, type] = {
    ORGANISATION: Organisation,
    ACTIVITIES: Activity,
    ACKNOWLEDGEMENTS: Acknowledgement,
    **CATALOGUES,
}
Converter = Callable[[Any], Any]
_PLANS: dict[type, list[tuple[str, Converter | None]]] = {}


def _converter(tp: Any, meta: Any) -> Converter | None:
    """How to turn one JSON value back into a field value; None when it is already right (str, int, bool)."""
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if (isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union) and len(args) == 1:
        tp = args[0]
    convert: Converter
    if "ref" in meta:
        if typing.get_origin(tp) is tuple:
            return lambda raw: tuple(r["uuid"] for r in raw)
        convert = operator.itemgetter("uuid")
    elif typing.get_origin(tp) is tuple:
        inner = _converter(typing.get_args(tp)[0], {})
        if inner is None:
            return tuple
        return lambda raw: tuple(inner(r) for r in raw)
    elif isinstance(tp, type) and dataclasses.is_dataclass(tp):
        cls: type = tp
        convert = lambda raw: trusted_decode(cls, raw)  # noqa: E731
    elif isinstance(tp, type) and issubclass(tp, StrEnum):
        convert = tp
    elif tp is datetime:
        convert = datetime.fromisoformat
    elif tp is date:
        convert = date.fromisoformat
    else:
        return None
    return lambda raw: None if raw is None else convert(raw)


def trusted_decode(cls: type, raw: dict[str, Any]) -> Any:
    """Rebuild a snapshot object from its canonical JSON (written by :func:`encode`).

    The snapshot classes are plain frozen dataclasses (no ``__post_init__``, no slots), so the object is
    filled directly instead of through the generated ``__init__``, which is the slow part for frozen classes.
    """
    plan = _PLANS.get(cls)
    if plan is None:
        hints = typing.get_type_hints(cls, vars(model))
        plan = _PLANS[cls] = [(f.name, _converter(hints[f.name], f.metadata)) for f in dataclasses.fields(cls)]
    values = {name: raw[name] if convert is None else convert(raw[name]) for name, convert in plan if name in raw}
    if len(values) != len(plan):  # frozen by a ropa whose model had fewer fields: let defaults apply
        return cls(**values)
    obj: Any = object.__new__(cls)
    obj.__dict__.update(values)
    return obj


# --- restoring ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityRestore:
    """What ``restore_activity`` did, so that it can be undone (``undo_activity_restore``)."""

    version: Version
    before: Activity | None  # the activity before the restore; None if it had been deleted
    after: Activity
    recreated: tuple[CatalogueItem, ...]  # catalogue items deleted since the version, brought back


@dataclass(frozen=True)
class RegisterRestore:
    version: Version
    before: Register  # the whole register before the restore: undo brings it back
    added: int
    removed: int
    changed: int


def _find_in_version(session: Session, entries: dict[Key, str], reference_or_uuid: str) -> str | None:
    if (ACTIVITIES, reference_or_uuid) in entries:
        return reference_or_uuid
    acts = {k[1]: h for k, h in entries.items() if k[0] == ACTIVITIES}
    needle = json.dumps(reference_or_uuid, ensure_ascii=False).encode()
    raw = _raw_blobs(session, acts.values())
    for uuid, hash_ in acts.items():
        if needle in raw[hash_] and json.loads(raw[hash_]).get("reference") == reference_or_uuid:
            return uuid
    return None


def restore_activity(store: RegisterStore, version: str, reference_or_uuid: str) -> ActivityRestore:
    """Bring one activity back to its state in ``version``, as one new change (one transaction).

    Catalogue items it used that were deleted since come back too; items that were changed since
    keep their current state (they belong to every activity that uses them).
    """
    with store.reading() as session:
        row = _row(session, version)
        frozen = _version(row)
        entries = _chunk_entries(session, row.manifest)
        uuid = _find_in_version(session, entries, reference_or_uuid)
        if uuid is None:
            try:
                uuid = store.find_activity(reference_or_uuid).uuid
            except NotFoundError:
                uuid = None
        if uuid is None or (ACTIVITIES, uuid) not in entries:
            raise NotFoundError(f"version {frozen.name!r} has no activity {reference_or_uuid}")
        past = _decode(session, entries, [uuid])
    activity = past.activities[0]
    try:
        before: Activity | None = store.activity(uuid)
    except NotFoundError:
        before = None
    present = {item.uuid for name in CATALOGUES for item in store.catalogue(name)}
    needed = references(activity)
    missing: dict[str, tuple[Any, ...]] = {
        name: tuple(i for i in past.catalogue(name) if i.uuid in needed and i.uuid not in present)
        for name in CATALOGUES
    }
    store.import_register(
        Register(organisation=store.organisation(), activities=(activity,), **missing), replace_organisation=False
    )
    recreated = tuple(item for items in missing.values() for item in items)
    return ActivityRestore(frozen, before, activity, recreated)


def undo_activity_restore(store: RegisterStore, done: ActivityRestore) -> None:
    """Put the activity (and the catalogue) back as they were before ``restore_activity``."""
    if done.before is None:
        store.delete_activity(done.after.uuid)
    else:
        store.save_activity(done.before, touch=False)
    for item in done.recreated:
        store.delete_item(item.uuid)


def bring_to(store: RegisterStore, target: Register) -> tuple[int, int, int]:
    """Make the register equal to ``target`` in one transaction; (added, removed, changed) activities."""
    current = store.snapshot()
    have_acts = {a.uuid: a for a in current.activities}
    wanted_acts = {a.uuid: a for a in target.activities}
    summary = store.replace_register(target)
    added = sum(1 for uuid in wanted_acts if uuid not in have_acts)
    changed = sum(1 for uuid, a in wanted_acts.items() if uuid in have_acts and have_acts[uuid] != a)
    return added, summary.removed.get("activities", 0), changed


def restore_register(store: RegisterStore, version: str) -> RegisterRestore:
    """Bring the whole register back to ``version``; undo with ``bring_to(store, result.before)``."""
    frozen = get_version(store, version)
    target = load_version(store, frozen.uuid, verify=True)
    before = store.snapshot()
    added, removed, changed = bring_to(store, target)
    return RegisterRestore(frozen, before, added, removed, changed)
