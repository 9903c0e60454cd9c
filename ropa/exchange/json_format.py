"""The ropa JSON exchange format: a whole register, lossless, readable by people.

Documented in docs/format.md; the JSON Schema (``ropa/schema/register.schema.json``) is generated
from the snapshot dataclasses by :func:`json_schema`, and a test keeps the shipped file in step.
Catalogue references are written as ``{"uuid": ..., "name": ...}``: the UUID is what counts on import,
the name is there so a person reading the file knows what it points to.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from ropa import __version__
from ropa.domain import model
from ropa.domain.model import CATALOGUES, Register
from ropa.domain.validation import register_problems
from ropa.errors import Problems, ValidationError

FORMAT = "ropa-register"
FORMAT_VERSION = 1
#: Largest file read (docs/format.md); about 10,000 activities of a realistic register.
MAX_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64
#: Most JSON values (objects, arrays, strings, numbers...) a file may hold, counted before parsing:
#: what bounds the memory of the parsed document (a 64 MB file of ``[],[],...`` would otherwise
#: become 20 million Python lists). A realistic 5,000-activity register holds about 850,000.
MAX_VALUES = 1_500_000
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "register.schema.json"

_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls, vars(model))
    return _HINTS[cls]


_FIELDS: dict[type, tuple[tuple[str, Mapping[str, Any]], ...]] = {}


def _fields(cls: type) -> tuple[tuple[str, Mapping[str, Any]], ...]:
    """(name, metadata) of a dataclass's fields, worked out once per class (hot in large exports)."""
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = tuple((f.name, f.metadata) for f in dataclasses.fields(cls))
    return found


def _optional(tp: Any) -> tuple[bool, Any]:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return True, args[0]
    return False, tp


# --- encoding -----------------------------------------------------------------------------------


class _Encoder:
    def __init__(self, register: Register) -> None:
        self.names = {uuid: getattr(item, "name", "") for uuid, item in register.index().items()}

    def ref(self, uuid: str | None) -> dict[str, str] | None:
        if uuid is None:
            return None
        return {"uuid": uuid, "name": self.names.get(uuid, "")}

    def value(self, tp: Any, value: Any, meta: Mapping[str, Any]) -> Any:
        if value is None:
            return None
        if "ref" in meta:
            if isinstance(value, tuple):
                return [self.ref(v) for v in value]
            return self.ref(value)
        if dataclasses.is_dataclass(value):
            return self.obj(value)
        if isinstance(value, tuple):
            return [self.value(None, v, {}) for v in value]
        if isinstance(value, StrEnum):
            return value.value
        if isinstance(value, datetime):
            return value.isoformat(timespec="seconds")
        if isinstance(value, date):
            return value.isoformat()
        return value

    def obj(self, item: Any) -> dict[str, Any]:
        return {name: self.value(None, getattr(item, name), meta) for name, meta in _fields(type(item))}


def _ordered(register: Register) -> Register:
    """Canonical order: activities by reference, catalogue items by name, so exports are stable."""
    catalogues: dict[str, Any] = {
        name: tuple(sorted(register.catalogue(name), key=lambda i: (i.name, i.uuid))) for name in CATALOGUES
    }
    return dataclasses.replace(
        register,
        activities=tuple(sorted(register.activities, key=lambda a: (a.reference, a.uuid))),
        acknowledgements=tuple(sorted(register.acknowledgements, key=lambda a: (a.rule_id, a.target))),
        **catalogues,
    )


def to_dict(register: Register, *, exported_at: datetime | None = None) -> dict[str, Any]:
    register = _ordered(register)
    encoder = _Encoder(register)
    stamp = (exported_at or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": f"ropa {__version__}",
        "exported_at": stamp.isoformat(timespec="seconds") + "Z",
        "organisation": encoder.obj(register.organisation),
        "catalogues": {name: [encoder.obj(i) for i in register.catalogue(name)] for name in CATALOGUES},
        "activities": [encoder.obj(a) for a in register.activities],
        "acknowledgements": [encoder.obj(a) for a in register.acknowledgements],
    }


def dumps(register: Register, *, exported_at: datetime | None = None) -> str:
    return json.dumps(to_dict(register, exported_at=exported_at), ensure_ascii=False, indent=2) + "\n"


def write(register: Register, path: str | Path, *, exported_at: datetime | None = None) -> None:
    """Write atomically: a crash never leaves half a file under the target name."""
    from ropa.outputs import output_file

    with output_file(path) as tmp, open(tmp, "w", encoding="utf-8") as handle:  # streamed: no whole-file string
        json.dump(to_dict(register, exported_at=exported_at), handle, ensure_ascii=False, indent=2)
        handle.write("\n")


# --- decoding -----------------------------------------------------------------------------------


class _Decoder:
    def __init__(self) -> None:
        self.problems = Problems()

    def fail(self, path: str, message: str) -> None:
        self.problems.add(f"{path}: {message}")

    def value(self, tp: Any, raw: Any, path: str, meta: Mapping[str, Any]) -> Any:
        optional, tp = _optional(tp)
        if raw is None:
            if optional:
                return None
            self.fail(path, "must not be null")
            return None
        if "ref" in meta:
            if typing.get_origin(tp) is tuple:
                if not isinstance(raw, list):
                    self.fail(path, "must be a list of references")
                    return ()
                return tuple(self.ref(r, f"{path}[{i}]") for i, r in enumerate(raw))
            return self.ref(raw, path)
        origin = typing.get_origin(tp)
        if origin is tuple:
            if not isinstance(raw, list):
                self.fail(path, "must be a list")
                return ()
            inner = typing.get_args(tp)[0]
            return tuple(self.value(inner, r, f"{path}[{i}]", {}) for i, r in enumerate(raw))
        if dataclasses.is_dataclass(tp):
            return self.obj(tp, raw, path)  # type: ignore[arg-type]
        if isinstance(tp, type) and issubclass(tp, StrEnum):
            try:
                return tp(raw)
            except ValueError:
                allowed = ", ".join(m.value for m in tp)
                shown = raw if not isinstance(raw, str) or len(raw) <= 60 else raw[:60] + "…"
                self.fail(path, f"{shown!r} is not one of: {allowed}")
                return None
            except TypeError:  # a list or an object where a code belongs
                self.fail(path, "must be one of: " + ", ".join(m.value for m in tp))
                return None
        if tp is bool:
            if not isinstance(raw, bool):
                self.fail(path, "must be true or false")
            return raw
        if tp is int:
            if not isinstance(raw, int) or isinstance(raw, bool):
                self.fail(path, "must be a whole number")
            elif not -(2**63) <= raw < 2**63:
                self.fail(path, "is too large a number")
            return raw
        if tp is str:
            if not isinstance(raw, str):
                self.fail(path, "must be text")
                return ""
            return raw  # control characters, lone surrogates and lengths: register_problems
        if tp is datetime:
            if not isinstance(raw, str):
                self.fail(path, "must be a date and time as text (YYYY-MM-DDTHH:MM:SS)")
                return None
            try:
                parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
            except ValueError:
                self.fail(path, f"{_shown(raw)!r} is not a date and time (YYYY-MM-DDTHH:MM:SS)")
                return None
            if parsed.tzinfo is not None:
                try:
                    parsed = parsed.astimezone(UTC).replace(tzinfo=None)
                except OverflowError:  # 9999-12-31T23:00:00-05:00 is in year 10000 in UTC
                    self.fail(path, f"{raw!r} falls outside the years 1 to 9999 once converted to UTC")
                    return None
            return parsed
        if tp is date:
            if not isinstance(raw, str):
                self.fail(path, "must be a date as text (YYYY-MM-DD)")
                return None
            try:
                return date.fromisoformat(raw)
            except ValueError:
                self.fail(path, f"{_shown(raw)!r} is not a date (YYYY-MM-DD)")
                return None
        raise TypeError(tp)  # pragma: no cover - a field type the format does not know

    def ref(self, raw: Any, path: str) -> str:
        if isinstance(raw, Mapping) and isinstance(raw.get("uuid"), str):
            return str(raw["uuid"])
        if isinstance(raw, str):
            return raw
        self.fail(path, 'must be a reference {"uuid": ..., "name": ...}')
        return ""

    def obj(self, cls: type, raw: Any, path: str) -> Any:
        if not isinstance(raw, Mapping):
            self.fail(path, "must be an object")
            return None
        hints = _hints(cls)
        values: dict[str, Any] = {}
        fields = _decoded_fields(cls)
        for key in raw:
            if key not in fields:
                self.fail(f"{path}.{_shown(str(key))}", "is not a field of this format")
        for name, (meta, required) in fields.items():
            if name in raw:
                values[name] = self.value(hints[name], raw[name], f"{path}.{name}", meta)
            elif required:
                self.fail(f"{path}.{name}", "is required")
                return None
        try:
            return cls(**values)
        except (TypeError, ValueError) as exc:  # pragma: no cover - guarded by the checks above
            self.fail(path, str(exc))
            return None


_DECODED: dict[type, dict[str, tuple[Mapping[str, Any], bool]]] = {}


def _decoded_fields(cls: type) -> dict[str, tuple[Mapping[str, Any], bool]]:
    """name → (metadata, required) of a dataclass, worked out once per class (hot in large imports)."""
    found = _DECODED.get(cls)
    if found is None:
        found = _DECODED[cls] = {
            f.name: (f.metadata, f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
            for f in dataclasses.fields(cls)
        }
    return found


def _shown(text: str, limit: int = 60) -> str:
    """Input quoted in a message, cut short: a problem line stays a line."""
    return text if len(text) <= limit else text[:limit] + "…"


def _depth(value: Any, limit: int) -> int:
    stack = [(value, 1)]
    deepest = 0
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return deepest


def from_dict(data: Any) -> Register:
    """Validate and decode; raises ValidationError listing every problem with its JSON path."""
    if not isinstance(data, dict):
        raise ValidationError(["$: the file must contain a JSON object"])
    if _depth(data, MAX_DEPTH) > MAX_DEPTH:
        raise ValidationError([f"$: nested more than {MAX_DEPTH} levels deep; not a ropa register"])
    if data.get("format") != FORMAT:
        raise ValidationError([f'$.format: must be "{FORMAT}"; this is not a ropa register export'])
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValidationError(["$.format_version: must be a whole number"])
    if version > FORMAT_VERSION:
        raise ValidationError([f"$.format_version: {version} is newer than this ropa understands ({FORMAT_VERSION})"])
    decoder = _Decoder()
    known = {"format", "format_version", "generator", "exported_at", "organisation", "catalogues", "activities",
             "acknowledgements", "$schema"}
    for key in data:
        if key not in known:
            decoder.fail(f"$.{key}", "is not a field of this format")
    organisation = decoder.obj(model.Organisation, data.get("organisation"), "$.organisation")
    catalogues_raw = data.get("catalogues", {})
    catalogues: dict[str, tuple[Any, ...]] = {}
    if not isinstance(catalogues_raw, dict):
        decoder.fail("$.catalogues", "must be an object")
        catalogues_raw = {}
    for key in catalogues_raw:
        if key not in CATALOGUES:
            decoder.fail(f"$.catalogues.{key}", "is not a catalogue of this format")
    for name, cls in CATALOGUES.items():
        items = catalogues_raw.get(name, [])
        if not isinstance(items, list):
            decoder.fail(f"$.catalogues.{name}", "must be a list")
            items = []
        catalogues[name] = tuple(decoder.obj(cls, item, f"$.catalogues.{name}[{i}]") for i, item in enumerate(items))
    acts_raw = data.get("activities", [])
    if not isinstance(acts_raw, list):
        decoder.fail("$.activities", "must be a list")
        acts_raw = []
    activities = tuple(decoder.obj(model.Activity, a, f"$.activities[{i}]") for i, a in enumerate(acts_raw))
    acks_raw = data.get("acknowledgements", [])
    if not isinstance(acks_raw, list):
        decoder.fail("$.acknowledgements", "must be a list")
        acks_raw = []
    acks = tuple(decoder.obj(model.Acknowledgement, a, f"$.acknowledgements[{i}]") for i, a in enumerate(acks_raw))
    decoder.problems.raise_if_any()
    register = Register(organisation=organisation, activities=activities, acknowledgements=acks, **catalogues)
    problems = Problems()
    for path, problem in register_problems(register):
        problems.add(f"{path}: {problem}")
    for problem in consistency_problems(register):
        problems.add(problem)
    problems.raise_if_any()
    return register


def consistency_problems(register: Register) -> list[str]:
    """What a schema cannot say: unique identities and references that resolve."""
    problems: list[str] = []
    seen: dict[str, str] = {}

    def claim(uuid: str, where: str) -> None:
        if not uuid.strip():
            problems.append(f"{where}.uuid: must not be empty")
        elif uuid in seen:
            problems.append(f"{where}.uuid: {_shown(uuid)} is already used at {seen[uuid]}")
        else:
            seen[uuid] = where

    for name in CATALOGUES:
        for i, item in enumerate(register.catalogue(name)):
            claim(item.uuid, f"$.catalogues.{name}[{i}]")
            if not item.name.strip():
                problems.append(f"$.catalogues.{name}[{i}].name: must not be empty")
    index = register.index()
    by_kind = {name: {i.uuid for i in register.catalogue(name)} for name in CATALOGUES}
    references: dict[str, str] = {}
    for i, activity in enumerate(register.activities):
        where = f"$.activities[{i}]"
        claim(activity.uuid, where)
        if not activity.reference.strip():
            problems.append(f"{where}.reference: must not be empty")
        elif activity.reference in references:
            problems.append(f"{where}.reference: {activity.reference} is already used at {references[activity.reference]}")
        else:
            references[activity.reference] = where
        if not activity.name.strip():
            problems.append(f"{where}.name: must not be empty")
        for part in ("purposes", "sources", "transfers", "retention", "served_controllers"):
            for j, child in enumerate(getattr(activity, part)):
                claim(child.uuid, f"{where}.{part}[{j}]")
        for f in dataclasses.fields(activity):
            catalogue = f.metadata.get("ref")
            if catalogue:
                values: tuple[str, ...] = getattr(activity, f.name)
                if len(set(values)) != len(values):
                    problems.append(f"{where}.{f.name}: lists the same item twice")
                for j, uuid in enumerate(values):
                    if uuid not in by_kind[catalogue]:
                        problems.append(f"{where}.{f.name}[{j}]: no {catalogue.replace('_', ' ')} item with UUID {uuid}")
        categories = [d.category for d in activity.data]
        if len(set(categories)) != len(categories):
            problems.append(f"{where}.data: lists the same data category twice")
        for j, d in enumerate(activity.data):
            if d.category not in by_kind["data_categories"]:
                problems.append(f"{where}.data[{j}].category: no data category with UUID {d.category}")
        for j, t in enumerate(activity.transfers):
            if t.recipient is not None and t.recipient not in by_kind["recipients"]:
                problems.append(f"{where}.transfers[{j}].recipient: no recipient with UUID {t.recipient}")
        for j, r in enumerate(activity.retention):
            if len(set(r.data_categories)) != len(r.data_categories):
                problems.append(f"{where}.retention[{j}].data_categories: lists the same item twice")
            for k, uuid in enumerate(r.data_categories):
                if uuid not in by_kind["data_categories"]:
                    problems.append(f"{where}.retention[{j}].data_categories[{k}]: no data category with UUID {uuid}")
            if r.duration_value is not None and r.duration_value < 0:
                problems.append(f"{where}.retention[{j}].duration_value: must not be negative")
    del index
    pairs: set[tuple[str, str]] = set()
    for i, ack in enumerate(register.acknowledgements):
        claim(ack.uuid, f"$.acknowledgements[{i}]")
        if (ack.rule_id, ack.target) in pairs:
            problems.append(f"$.acknowledgements[{i}]: {ack.rule_id} for {ack.target} is acknowledged twice")
        pairs.add((ack.rule_id, ack.target))
    return problems


def _count_values(text: str | bytes) -> int:
    """An upper bound of the JSON values in ``text``, found at C speed without parsing it.

    Every value but the last of an array or object is followed by a comma, and every array or
    object opens with a bracket: values <= commas + brackets + 1 (commas inside strings only make
    the bound looser, never wrong).
    """
    if isinstance(text, bytes):
        return text.count(b",") + text.count(b"[") + text.count(b"{") + 1
    return text.count(",") + text.count("[") + text.count("{") + 1


def loads(text: str | bytes) -> Register:
    """Parse and decode an export; memory is bounded by MAX_BYTES and MAX_VALUES, checked first."""
    if len(text) > MAX_BYTES:
        raise ValidationError([f"$: the file is larger than {MAX_BYTES // (1024 * 1024)} MB"])
    if _count_values(text) > MAX_VALUES:
        raise ValidationError([
            f"$: the file holds more than {MAX_VALUES:,} JSON values (objects, lists, texts, numbers); "
            "that is far more than a register needs"
        ])
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError([f"$: the file is not UTF-8 text (invalid byte at position {exc.start})"]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError([f"$: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"]) from None
    except RecursionError:
        raise ValidationError([f"$: nested more than {MAX_DEPTH} levels deep; not a ropa register"]) from None
    except ValueError as exc:  # e.g. a number with more digits than Python converts
        raise ValidationError([f"$: not valid JSON ({' '.join(str(exc).split())[:120]})"]) from None
    return from_dict(data)


def read(path: str | Path) -> Register:
    """Read an export: only a regular file (not a pipe or a device), and at most MAX_BYTES of it."""
    from ropa.imports.files import KIND_WORDS, NotReadable, read_file

    path = Path(path)
    try:
        data = read_file(path, MAX_BYTES)
    except NotReadable as exc:
        if exc.kind == "too_big":
            raise ValidationError([f"$: {path.name} is larger than {MAX_BYTES // (1024 * 1024)} MB"]) from None
        raise ValidationError([f"cannot read {path}: {KIND_WORDS.get(exc.kind, exc.reason)}"]) from None
    return loads(data)


# --- schema -------------------------------------------------------------------------------------


def _schema_for(tp: Any, meta: Mapping[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    optional, tp = _optional(tp)
    if "ref" in meta:
        inner: dict[str, Any] = {"$ref": "#/$defs/Reference"}
        schema = {"type": "array", "items": inner} if typing.get_origin(tp) is tuple else inner
    elif typing.get_origin(tp) is tuple:
        schema = {"type": "array", "items": _schema_for(typing.get_args(tp)[0], {}, defs)}
    elif dataclasses.is_dataclass(tp):
        name = tp.__name__  # type: ignore[union-attr]
        if name not in defs:
            defs[name] = {}
            defs[name] = _object_schema(tp, defs)  # type: ignore[arg-type]
        schema = {"$ref": f"#/$defs/{name}"}
    elif isinstance(tp, type) and issubclass(tp, StrEnum):
        schema = {"type": "string", "enum": [m.value for m in tp]}
    elif tp is bool:
        schema = {"type": "boolean"}
    elif tp is int:
        schema = {"type": "integer"}
    elif tp is str:
        schema = {"type": "string"}
    elif tp is datetime:
        schema = {"type": "string", "format": "date-time"}
    elif tp is date:
        schema = {"type": "string", "format": "date"}
    else:  # pragma: no cover
        raise TypeError(tp)
    if optional:
        return {"anyOf": [schema, {"type": "null"}]}
    return schema


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = _hints(cls)
    properties = {f.name: _schema_for(hints[f.name], f.metadata, defs) for f in dataclasses.fields(cls)}
    required = [
        f.name
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    doc = (cls.__doc__ or "").strip().splitlines()
    out: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": properties}
    if doc:
        out["description"] = doc[0]
    if required:
        out["required"] = required
    return out


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the exchange format, derived from the snapshot classes."""
    defs: dict[str, Any] = {
        "Reference": {
            "type": "object",
            "description": "A catalogue item: the UUID is authoritative, the name is for people.",
            "properties": {"uuid": {"type": "string"}, "name": {"type": "string"}},
            "required": ["uuid"],
            "additionalProperties": False,
        }
    }
    org = _schema_for(model.Organisation, {}, defs)
    catalogues = {name: {"type": "array", "items": _schema_for(cls, {}, defs)} for name, cls in CATALOGUES.items()}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://ropa.example/schema/register-1.json",
        "title": "ropa register exchange format, version 1",
        "type": "object",
        "required": ["format", "format_version", "organisation"],
        "additionalProperties": False,
        "properties": {
            "$schema": {"type": "string"},
            "format": {"const": FORMAT},
            "format_version": {"type": "integer", "minimum": 1},
            "generator": {"type": "string"},
            "exported_at": {"type": "string", "format": "date-time"},
            "organisation": org,
            "catalogues": {"type": "object", "additionalProperties": False, "properties": catalogues},
            "activities": {"type": "array", "items": _schema_for(model.Activity, {}, defs)},
            "acknowledgements": {"type": "array", "items": _schema_for(model.Acknowledgement, {}, defs)},
        },
        "$defs": dict(sorted(defs.items())),
    }


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
