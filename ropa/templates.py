"""The library of activity templates: common processing activities, ready to adapt, in EN/FR/NL/DE.

Templates are data, not code: one TOML file per template in ``resources/templates/activities``
(checked against ``template.schema.json``), and sector packs (lists of template ids) in
``resources/templates/packs``. A consultant adds their own by dropping files in
``<user data dir>/templates`` or in a folder named by the ``ROPA_TEMPLATES`` environment variable;
see docs/templates.md. A later file with the same id replaces an earlier one, so a firm can ship
its own version of a built-in template.

``instantiate`` turns a template into a plain :class:`~ropa.domain.model.Activity` plus the catalogue
items it needs, reusing the register's existing items when the names match (ignoring case and
accents) so that templates never flood a register with near-duplicates. ``add_from_templates``
writes one or more of them into a register in a single transaction.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ropa.domain.enums import (
    Art9Condition,
    DpiaCriterion,
    DurationUnit,
    EndAction,
    LegalBasis,
    MeasureKind,
    RecipientType,
    RetentionKind,
    Role,
    SourceKind,
    SpecialCategory,
    Status,
)
from ropa.domain.model import (
    Activity,
    CatalogueItem,
    DataCategory,
    DataSubjectCategory,
    Dpia,
    ProcessedData,
    Purpose,
    Recipient,
    Register,
    RetentionRule,
    SecurityMeasure,
    Source,
)
from ropa.errors import NotFoundError, ValidationError
from ropa.i18n import LANGUAGES, Translator
from ropa.i18n import format_duration as i18n_format_duration
from ropa.resources import resources_dir
from ropa.service import RegisterStore, new_uuid, now

ENV_VAR = "ROPA_TEMPLATES"
APP_NAME = "ropa"
GROUPS = ("hr", "facilities", "it", "customers", "marketing", "finance", "compliance", "association", "processor")


class TemplateError(ValidationError):
    """A template or pack file that cannot be used; every problem names the file and the key."""


# --- the template model -------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """One text in several languages; falls back to English, then to any language given."""

    values: Mapping[str, str]

    def get(self, language: str) -> str:
        for lang in (language, "en", *LANGUAGES):
            text = self.values.get(lang)
            if text:
                return text
        return ""

    def missing(self) -> list[str]:
        return [lang for lang in LANGUAGES if not self.values.get(lang, "").strip()]

    def __bool__(self) -> bool:
        return any(v.strip() for v in self.values.values())


EMPTY = Text({})


@dataclass(frozen=True)
class TemplatePurpose:
    description: Text
    legal_basis: LegalBasis | None = None
    legal_basis_reference: Text = EMPTY
    legitimate_interest: Text = EMPTY


@dataclass(frozen=True)
class TemplateDataSubject:
    name: Text
    description: Text = EMPTY
    vulnerable: bool = False


@dataclass(frozen=True)
class TemplateDataCategory:
    key: str
    name: Text
    description: Text = EMPTY
    special_category: SpecialCategory | None = None
    criminal: bool = False
    art9_condition: Art9Condition | None = None
    condition_reference: Text = EMPTY


@dataclass(frozen=True)
class TemplateRecipient:
    name: Text
    kind: RecipientType
    country: str = ""
    description: Text = EMPTY


@dataclass(frozen=True)
class TemplateRetention:
    kind: RetentionKind
    categories: tuple[str, ...] = ()
    duration_value: int | None = None
    duration_unit: DurationUnit | None = None
    trigger: Text = EMPTY
    criteria: Text = EMPTY
    legal_reference: Text = EMPTY
    end_action: EndAction | None = None
    varies_by_country: bool = False
    note: Text = EMPTY


@dataclass(frozen=True)
class TemplateMeasure:
    name: Text
    kind: MeasureKind
    description: Text = EMPTY


@dataclass(frozen=True)
class TemplateSource:
    kind: SourceKind
    description: Text


@dataclass(frozen=True)
class TemplateDpia:
    criteria: tuple[DpiaCriterion, ...] = ()
    note: Text = EMPTY


@dataclass(frozen=True)
class Template:
    """One common processing activity, as read from its file."""

    id: str
    version: str
    role: Role
    group: str
    name: Text
    purposes: tuple[TemplatePurpose, ...]
    data_subjects: tuple[TemplateDataSubject, ...]
    data_categories: tuple[TemplateDataCategory, ...]
    retention: tuple[TemplateRetention, ...]
    security_measures: tuple[TemplateMeasure, ...]
    description: Text = EMPTY
    owner: Text = EMPTY
    keywords: Text = EMPTY
    recipients: tuple[TemplateRecipient, ...] = ()
    sources: tuple[TemplateSource, ...] = ()
    dpia: TemplateDpia = TemplateDpia()
    path: Path | None = field(default=None, compare=False)
    builtin: bool = field(default=True, compare=False)

    @property
    def is_processor(self) -> bool:
        return self.role is Role.PROCESSOR

    def texts(self) -> Iterator[tuple[str, Text]]:
        """Every text of the template with the key it sits under (to check translations)."""
        for key in ("name", "description", "owner", "keywords"):
            yield key, getattr(self, key)
        for i, p in enumerate(self.purposes):
            yield f"purposes[{i}].description", p.description
            yield f"purposes[{i}].legal_basis_reference", p.legal_basis_reference
            yield f"purposes[{i}].legitimate_interest", p.legitimate_interest
        for i, s in enumerate(self.data_subjects):
            yield f"data_subjects[{i}].name", s.name
            yield f"data_subjects[{i}].description", s.description
        for i, c in enumerate(self.data_categories):
            yield f"data_categories[{i}].name", c.name
            yield f"data_categories[{i}].description", c.description
            yield f"data_categories[{i}].condition_reference", c.condition_reference
        for i, r in enumerate(self.recipients):
            yield f"recipients[{i}].name", r.name
            yield f"recipients[{i}].description", r.description
        for i, rule in enumerate(self.retention):
            for key in ("trigger", "criteria", "legal_reference", "note"):
                yield f"retention[{i}].{key}", getattr(rule, key)
        for i, m in enumerate(self.security_measures):
            yield f"security_measures[{i}].name", m.name
            yield f"security_measures[{i}].description", m.description
        for i, src in enumerate(self.sources):
            yield f"sources[{i}].description", src.description
        yield "dpia.note", self.dpia.note

    def missing_translations(self) -> list[str]:
        """``key: lang`` for every text given in some languages but not all four."""
        return [f"{key}: {lang}" for key, text in self.texts() if text for lang in text.missing()]

    def search_text(self, language: str) -> str:
        parts = [self.id.replace("_", " "), self.name.get(language), self.description.get(language)]
        parts += [self.owner.get(language), self.keywords.get(language)]
        return normalise(" ".join(parts))


@dataclass(frozen=True)
class Pack:
    """A sector pack: the templates a typical organisation of one kind starts its register with."""

    id: str
    name: Text
    templates: tuple[str, ...]
    description: Text = EMPTY
    path: Path | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Library:
    """Every template and pack available, shipped ones first, then the user's (which may replace them)."""

    templates: Mapping[str, Template]
    packs: Mapping[str, Pack]
    problems: tuple[str, ...] = ()  # files skipped when loaded with strict=False

    def __len__(self) -> int:
        return len(self.templates)

    def __iter__(self) -> Iterator[Template]:
        return iter(self.templates.values())

    def __contains__(self, template_id: object) -> bool:
        return template_id in self.templates

    def get(self, template_id: str) -> Template:
        try:
            return self.templates[template_id]
        except KeyError:
            raise NotFoundError(f"no activity template with id {template_id!r}; 'ropa templates' lists them") from None

    def pack(self, pack_id: str) -> Pack:
        try:
            return self.packs[pack_id]
        except KeyError:
            known = ", ".join(sorted(self.packs)) or "none"
            raise NotFoundError(f"no sector pack with id {pack_id!r}; available: {known}") from None

    def search(self, text: str, language: str = "en") -> list[Template]:
        """Templates whose id, name, description, owner or keywords (in that language) hold every word.

        Case and accents are ignored ("securite" finds "Sécurité"); names that match come first.
        """
        words = normalise(text).split()
        if not words:
            return list(self)
        found: list[tuple[int, str, Template]] = []
        for template in self:
            haystack = template.search_text(language)
            if all(word in haystack for word in words):
                name = normalise(template.name.get(language))
                rank = 0 if name.startswith(words[0]) else 1 if all(w in name for w in words) else 2
                found.append((rank, name, template))
        return [t for _, _, t in sorted(found, key=lambda x: (x[0], x[1]))]


def normalise(text: str) -> str:
    """Case- and accent-insensitive form of a name: 'Données  Santé' and 'donnees sante' are equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


# --- loading ------------------------------------------------------------------------------------


def builtin_dir() -> Path:
    return resources_dir() / "templates"


def user_dir() -> Path:
    """The per-user folder for a consultant's own templates (created by nobody but the user)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME)) / "templates"


def search_dirs(extra_dirs: Iterable[str | os.PathLike[str]] | None = None) -> list[Path]:
    """Folders searched after the shipped one, in order: user folder, ROPA_TEMPLATES, then ``extra_dirs``."""
    dirs = [user_dir()]
    dirs += [Path(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
    dirs += [Path(p) for p in extra_dirs or ()]
    return dirs


def _inline(node: Any, defs: Mapping[str, Any]) -> Any:
    """The schema with its local ``#/$defs/..`` references replaced by their targets (validates ~3x faster)."""
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            target = dict(defs[ref.removeprefix("#/$defs/")])
            target.update({k: v for k, v in node.items() if k != "$ref"})
            return _inline(target, defs)
        return {k: _inline(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


@cache
def _schema(name: str) -> Any:
    import jsonschema

    with open(builtin_dir() / name, encoding="utf-8") as handle:
        schema = json.load(handle)
    return jsonschema.Draft202012Validator(_inline(schema, schema.get("$defs", {})))


def _key_path(parts: Iterable[str | int]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _read(path: Path, schema: str) -> dict[str, Any]:
    """Parse one TOML file and check it against a schema; problems name the file and the key."""
    name = str(path)  # the full path: a consultant may keep templates in several folders
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError([f"{name}: not valid TOML: {exc}"]) from None
    except OSError as exc:
        raise TemplateError([f"{name}: cannot be read ({exc.strerror or exc})"]) from None
    problems = []
    for error in sorted(_schema(schema).iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        key = _key_path(error.absolute_path) or "(top level)"
        problems.append(f"{name}: {key}: {_message(error)}")
    if problems:
        raise TemplateError(problems)
    if data["id"] != path.stem:
        raise TemplateError([f"{name}: id: {data['id']!r} must equal the file name {path.stem!r}"])
    return data


def _message(error: Any) -> str:
    """jsonschema's message, shortened for the usual cases a person writing a file runs into."""
    if error.validator == "enum":
        allowed = ", ".join(repr(v) for v in error.validator_value)
        return f"{error.instance!r} is not allowed; use one of {allowed}"
    if error.validator == "additionalProperties":
        return str(error.message).replace("Additional properties are not allowed", "unknown key")
    if error.validator == "pattern" and isinstance(error.instance, str) and not error.instance.strip():
        return "must not be empty"
    return str(error.message)


def _text(data: Mapping[str, Any], key: str) -> Text:
    value = data.get(key)
    return Text(MappingProxyType(dict(value))) if value else EMPTY


def _template(data: dict[str, Any], path: Path, builtin: bool) -> Template:
    name = str(path)
    problems: list[str] = []
    role = Role(data["role"])
    purposes = []
    for i, p in enumerate(data["purposes"]):
        basis = LegalBasis(p["legal_basis"]) if "legal_basis" in p else None
        if basis is None and role is not Role.PROCESSOR:
            problems.append(f"{name}: purposes[{i}].legal_basis: a controller template needs a legal basis")
        purposes.append(
            TemplatePurpose(
                _text(p, "description"), basis, _text(p, "legal_basis_reference"), _text(p, "legitimate_interest")
            )
        )
    categories = []
    keys: set[str] = set()
    for i, c in enumerate(data["data_categories"]):
        if c["key"] in keys:
            problems.append(f"{name}: data_categories[{i}].key: {c['key']!r} is used twice")
        keys.add(c["key"])
        special = SpecialCategory(c["special_category"]) if "special_category" in c else None
        condition = Art9Condition(c["art9_condition"]) if "art9_condition" in c else None
        if special is not None and condition is None and role is not Role.PROCESSOR:
            problems.append(
                f"{name}: data_categories[{i}].art9_condition: special-category data needs the Art. 9(2) "
                "condition usually relied on"
            )
        categories.append(
            TemplateDataCategory(
                c["key"],
                _text(c, "name"),
                _text(c, "description"),
                special,
                bool(c.get("criminal", False)),
                condition,
                _text(c, "condition_reference"),
            )
        )
    retention = []
    for i, r in enumerate(data["retention"]):
        for j, key in enumerate(r.get("categories", [])):
            if key not in keys:
                problems.append(
                    f"{name}: retention[{i}].categories[{j}]: {key!r} is not the key of one of the data_categories"
                )
        retention.append(
            TemplateRetention(
                kind=RetentionKind(r["kind"]),
                categories=tuple(r.get("categories", [])),
                duration_value=r.get("duration_value"),
                duration_unit=DurationUnit(r["duration_unit"]) if "duration_unit" in r else None,
                trigger=_text(r, "trigger"),
                criteria=_text(r, "criteria"),
                legal_reference=_text(r, "legal_reference"),
                end_action=EndAction(r["end_action"]) if "end_action" in r else None,
                varies_by_country=bool(r.get("varies_by_country", False)),
                note=_text(r, "note"),
            )
        )
    if problems:
        raise TemplateError(problems)
    dpia = data.get("dpia", {})
    return Template(
        id=data["id"],
        version=data["version"],
        role=role,
        group=data["group"],
        name=_text(data, "name"),
        description=_text(data, "description"),
        owner=_text(data, "owner"),
        keywords=_text(data, "keywords"),
        purposes=tuple(purposes),
        data_subjects=tuple(
            TemplateDataSubject(_text(s, "name"), _text(s, "description"), bool(s.get("vulnerable", False)))
            for s in data["data_subjects"]
        ),
        data_categories=tuple(categories),
        recipients=tuple(
            TemplateRecipient(_text(r, "name"), RecipientType(r["kind"]), r.get("country", ""), _text(r, "description"))
            for r in data.get("recipients", [])
        ),
        retention=tuple(retention),
        security_measures=tuple(
            TemplateMeasure(_text(m, "name"), MeasureKind(m["kind"]), _text(m, "description"))
            for m in data["security_measures"]
        ),
        sources=tuple(TemplateSource(SourceKind(s["kind"]), _text(s, "description")) for s in data.get("sources", [])),
        dpia=TemplateDpia(tuple(DpiaCriterion(c) for c in dpia.get("criteria", [])), _text(dpia, "note")),
        path=path,
        builtin=builtin,
    )


_LOADED: dict[tuple[str, int, int, bool], Template] = {}


def load_template(path: str | os.PathLike[str], *, builtin: bool = False) -> Template:
    """Read and check one template file; raises TemplateError naming the file and the key.

    A file already read and unchanged since (same size and modification time) is not parsed again,
    so the GUI and the tests can reload the library cheaply.
    """
    path = Path(path)
    try:
        stat = path.stat()
        key: tuple[str, int, int, bool] | None = (str(path.resolve()), stat.st_mtime_ns, stat.st_size, builtin)
    except OSError:
        key = None
    if key is not None and key in _LOADED:
        return _LOADED[key]
    template = _template(_read(path, "template.schema.json"), path, builtin)
    if key is not None:
        _LOADED[key] = template
    return template


def load_pack(path: str | os.PathLike[str]) -> Pack:
    path = Path(path)
    data = _read(path, "pack.schema.json")
    return Pack(data["id"], _text(data, "name"), tuple(data["templates"]), _text(data, "description"), path)


def _files(folder: Path, kind: str) -> list[Path]:
    """Template files of a folder: ``*.toml`` and ``activities/*.toml``; packs: ``packs/*.toml``."""
    if not folder.is_dir():
        return []
    if kind == "packs":
        return sorted((folder / "packs").glob("*.toml"))
    return sorted(folder.glob("*.toml")) + sorted((folder / "activities").glob("*.toml"))


def load_library(
    extra_dirs: Iterable[str | os.PathLike[str]] | None = None, *, strict: bool = True, user: bool = True
) -> Library:
    """The shipped templates and packs plus the user's; ``strict`` raises on the first bad file.

    With ``strict=False`` (the GUI) a bad file is skipped and its problems kept in ``Library.problems``,
    so one broken file does not take the whole library away.
    """
    templates: dict[str, Template] = {}
    packs: dict[str, Pack] = {}
    problems: list[str] = []
    folders = [(builtin_dir(), True)]
    if user:
        folders += [(d, False) for d in search_dirs(extra_dirs)]
    else:
        folders += [(Path(d), False) for d in extra_dirs or ()]
    for folder, builtin in folders:
        for path in _files(folder, "activities"):
            try:
                template = load_template(path, builtin=builtin)
            except TemplateError as exc:
                if strict:
                    raise
                problems += exc.problems
                continue
            templates[template.id] = template
        for path in _files(folder, "packs"):
            try:
                pack = load_pack(path)
            except TemplateError as exc:
                if strict:
                    raise
                problems += exc.problems
                continue
            packs[pack.id] = pack
    for pack in list(packs.values()):
        unknown = [
            f"{pack.path if pack.path else pack.id}: templates[{i}]: no template with id {tid!r}"
            for i, tid in enumerate(pack.templates)
            if tid not in templates
        ]
        if unknown:
            if strict:
                raise TemplateError(unknown)
            problems += unknown
            del packs[pack.id]
    ordered = dict(sorted(templates.items()))
    return Library(ordered, dict(sorted(packs.items())), tuple(problems))


# --- from a template to an activity -------------------------------------------------------------


class _Catalogues:
    """Name → UUID per catalogue, so an item whose name already exists is reused, not duplicated."""

    def __init__(self, register: Register) -> None:
        self.by_name: dict[str, dict[str, str]] = {}
        for catalogue in _TEMPLATE_CATALOGUES.values():
            table = self.by_name.setdefault(catalogue, {})
            for item in register.catalogue(catalogue):
                table.setdefault(normalise(item.name), item.uuid)
        self.new: list[CatalogueItem] = []

    def use(self, candidate: CatalogueItem) -> str:
        """The UUID of the register's item named like ``candidate``, or the candidate's own (then kept as new)."""
        table = self.by_name[_TEMPLATE_CATALOGUES[type(candidate)]]
        key = normalise(candidate.name)
        if key not in table:
            self.new.append(candidate)
            table[key] = candidate.uuid
        return table[key]


_TEMPLATE_CATALOGUES: dict[type, str] = {
    DataSubjectCategory: "data_subject_categories",
    DataCategory: "data_categories",
    Recipient: "recipients",
    SecurityMeasure: "security_measures",
}


def _language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError([f"unsupported language {language!r}; use one of {', '.join(LANGUAGES)}"])
    return language


def instantiate(template: Template, language: str, register: Register) -> tuple[Activity, tuple[CatalogueItem, ...]]:
    """A new draft activity made from the template, and the catalogue items the register lacks.

    The activity has fresh UUIDs, an empty reference (the store gives the next free one), and
    remembers the template id and version. Items of the register whose name matches (ignoring case
    and accents) are reused by UUID instead of being created again.
    """
    lang = _language(language)
    cats = _Catalogues(register)
    subjects = [
        cats.use(DataSubjectCategory(new_uuid(), s.name.get(lang), s.description.get(lang), s.vulnerable))
        for s in template.data_subjects
    ]
    by_key: dict[str, str] = {}
    data: list[ProcessedData] = []
    for c in template.data_categories:
        uuid = cats.use(
            DataCategory(new_uuid(), c.name.get(lang), c.description.get(lang), c.special_category, c.criminal)
        )
        by_key[c.key] = uuid
        if all(d.category != uuid for d in data):
            data.append(ProcessedData(uuid, c.art9_condition, c.condition_reference.get(lang)))
    recipients = [
        cats.use(Recipient(new_uuid(), r.name.get(lang), r.kind, r.country, description=r.description.get(lang)))
        for r in template.recipients
    ]
    measures = [
        cats.use(SecurityMeasure(new_uuid(), m.name.get(lang), m.kind, m.description.get(lang)))
        for m in template.security_measures
    ]
    retention = tuple(
        RetentionRule(
            uuid=new_uuid(),
            data_categories=tuple(dict.fromkeys(by_key[k] for k in r.categories)),
            kind=r.kind,
            duration_value=r.duration_value,
            duration_unit=r.duration_unit,
            trigger=r.trigger.get(lang),
            criteria=r.criteria.get(lang),
            legal_reference=r.legal_reference.get(lang),
            end_action=r.end_action,
        )
        for r in template.retention
    )
    activity = Activity(
        uuid=new_uuid(),
        reference="",
        name=template.name.get(lang),
        description=template.description.get(lang),
        role=template.role,
        owner=template.owner.get(lang),
        status=Status.DRAFT,
        purposes=tuple(
            Purpose(
                new_uuid(),
                p.description.get(lang),
                p.legal_basis,
                p.legal_basis_reference.get(lang),
                p.legitimate_interest.get(lang),
            )
            for p in template.purposes
        ),
        data_subjects=tuple(dict.fromkeys(subjects)),
        data=tuple(data),
        sources=tuple(Source(new_uuid(), s.kind, s.description.get(lang)) for s in template.sources),
        recipients=tuple(dict.fromkeys(recipients)),
        retention=retention,
        security_measures=tuple(dict.fromkeys(measures)),
        dpia=Dpia(criteria=template.dpia.criteria),
        template_id=template.id,
        template_version=template.version,
        notes=template_notes(template, lang),
    )
    return activity, tuple(cats.new)


def template_notes(template: Template, language: str) -> str:
    """The activity's first notes: where it came from, the DPIA hint, retention that varies by country."""
    t = Translator(language)
    lines = [t("templates.notes.origin", name=template.name.get(language), id=template.id, version=template.version)]
    if template.dpia.note:
        lines.append(t("templates.notes.dpia", note=template.dpia.note.get(language)))
    for rule in template.retention:
        if rule.varies_by_country and rule.note:
            lines.append(t("templates.notes.retention", note=rule.note.get(language)))
    return "\n".join(lines)


def format_duration(value: int, unit: DurationUnit, language: str) -> str:
    """'5 years', '5 ans', '5 jaar', '5 Jahre' (kept for callers; see Translator.duration)."""
    return i18n_format_duration(value, unit.value, language)


def preview(template: Template, language: str) -> list[str]:
    """The template as readable lines in one language: what `ropa templates --show` prints and a picker can show."""
    lang = _language(language)
    t = Translator(lang)
    out = [f"{template.id}: {template.name.get(lang)}"]
    out.append(f"{t('templates.show.version')}: {template.version}")
    out.append(f"{t('templates.show.role')}: {t.enum(template.role)}")
    out.append(f"{t('templates.show.group')}: {t(f'templates.group.{template.group}')}")
    if template.owner:
        out.append(f"{t('templates.show.owner')}: {template.owner.get(lang)}")
    if not template.builtin and template.path is not None:
        out.append(f"{t('templates.show.file')}: {template.path}")
    if template.description:
        out += ["", template.description.get(lang)]

    def section(key: str, lines: list[str]) -> None:
        out.extend(["", f"{t(f'templates.show.{key}')}:"])
        out.extend(lines or [f"  - {t('templates.show.none')}"])

    purposes = []
    for p in template.purposes:
        basis = f" [{t.enum(p.legal_basis)}]" if p.legal_basis else ""
        purposes.append(f"  - {p.description.get(lang)}{basis}")
        if p.legal_basis_reference:
            purposes.append(f"    {t('templates.show.legal_basis_reference')}: {p.legal_basis_reference.get(lang)}")
        if p.legitimate_interest:
            purposes.append(f"    {t('templates.show.legitimate_interest')}: {p.legitimate_interest.get(lang)}")
    section("purposes", purposes)
    section(
        "data_subjects",
        [
            f"  - {s.name.get(lang)}" + (f" ({t('templates.show.vulnerable')})" if s.vulnerable else "")
            for s in template.data_subjects
        ],
    )
    categories = []
    for c in template.data_categories:
        flags = []
        if c.special_category is not None:
            flags.append(t.enum(c.special_category))
        if c.art9_condition is not None:
            flags.append(t.enum(c.art9_condition))
        if c.criminal:
            flags.append(t("templates.show.criminal"))
        categories.append(f"  - {c.name.get(lang)}" + (f" [{'; '.join(flags)}]" if flags else ""))
    section("data_categories", categories)
    section("recipients", [f"  - {r.name.get(lang)} ({t.enum(r.kind)})" for r in template.recipients])
    names = {c.key: c.name.get(lang) for c in template.data_categories}
    retention = []
    for r in template.retention:
        if r.kind is RetentionKind.DURATION and r.duration_value is not None and r.duration_unit is not None:
            duration = format_duration(r.duration_value, r.duration_unit, lang)
            line = t("templates.show.duration", duration=duration, trigger=r.trigger.get(lang))
        elif r.kind is RetentionKind.UNTIL_EVENT:
            line = t("templates.show.until_event", trigger=r.trigger.get(lang))
        else:
            line = t("templates.show.criteria", criteria=r.criteria.get(lang))
        if r.end_action is not None:
            line += f"; {t('templates.show.end_action')}: {t.enum(r.end_action).lower()}"
        retention.append(f"  - {line}")
        data = ", ".join(names[k] for k in r.categories) or t("templates.show.all_data")
        retention.append(f"    {t('templates.show.categories')}: {data}")
        if r.legal_reference:
            retention.append(f"    {r.legal_reference.get(lang)}")
        if r.varies_by_country:
            retention.append(f"    {t('templates.show.varies')}: {r.note.get(lang)}")
    section("retention", retention)
    section("security_measures", [f"  - {m.name.get(lang)} ({t.enum(m.kind)})" for m in template.security_measures])
    section("sources", [f"  - {t.enum(s.kind)}: {s.description.get(lang)}" for s in template.sources])
    dpia = [f"  - {t.enum(c)}" for c in template.dpia.criteria]
    if template.dpia.note:
        dpia.append(f"  {template.dpia.note.get(lang)}")
    section("dpia", dpia)
    return out


def _with_items(register: Register, items: Sequence[CatalogueItem]) -> Register:
    """The register with the catalogue items added to their catalogues."""
    changes: dict[str, Any] = {}
    for kind, name in _TEMPLATE_CATALOGUES.items():
        added = tuple(i for i in items if type(i) is kind)
        if added:
            changes[name] = register.catalogue(name) + added
    return replace(register, **changes) if changes else register


_NUMBER = re.compile(r"^(?P<head>.*?)(?P<number>\d+)$")


def _references(first: str, count: int) -> list[str]:
    """``count`` consecutive references starting at ``first`` (as given by the store's next_reference)."""
    match = _NUMBER.match(first)
    if match is None:  # pragma: no cover - next_reference always ends in digits
        raise ValidationError([f"cannot number activities after {first!r}"])
    head, number = match.group("head"), match.group("number")
    return [f"{head}{int(number) + i:0{len(number)}d}" for i in range(count)]


def add_from_templates(
    store: RegisterStore, template_ids: Sequence[str], language: str, library: Library | None = None
) -> list[Activity]:
    """Add one activity per template id to the register, all in one transaction (all or nothing).

    Each gets the next free reference (``PA-`` for controller, ``PR-`` for processor activities);
    catalogue items already in the register, or created by an earlier template of the same call,
    are reused. Returns the activities as stored.
    """
    lang = _language(language)
    lib = library or load_library()
    templates = [lib.get(tid) for tid in template_ids]
    current = store.snapshot()
    working = current
    prefixes = {Role.CONTROLLER: "PA-", Role.PROCESSOR: "PR-"}
    wanted = {role: sum(1 for t in templates if t.role is role) for role in prefixes}
    numbers = {
        role: iter(_references(store.next_reference(prefix), wanted[role]))
        for role, prefix in prefixes.items()
        if wanted[role]
    }
    stamp = now()
    activities: list[Activity] = []
    items: list[CatalogueItem] = []
    for template in templates:
        activity, new = instantiate(template, lang, working)
        activity = replace(activity, reference=next(numbers[template.role]), created_at=stamp, updated_at=stamp)
        working = _with_items(working, new)
        activities.append(activity)
        items.extend(new)
    incoming = _with_items(Register(organisation=current.organisation, activities=tuple(activities)), items)
    store.import_register(incoming, replace_organisation=False)
    return [store.activity(a.uuid) for a in activities]


def add_from_template(
    store: RegisterStore, template_id: str, language: str, library: Library | None = None
) -> Activity:
    """Add one activity made from a template; see :func:`add_from_templates`."""
    return add_from_templates(store, [template_id], language, library)[0]


def add_pack(store: RegisterStore, pack_id: str, language: str, library: Library | None = None) -> list[Activity]:
    """Add every template of a sector pack, in one transaction."""
    lib = library or load_library()
    return add_from_templates(store, lib.pack(pack_id).templates, language, lib)


__all__ = [
    "ENV_VAR",
    "GROUPS",
    "Library",
    "Pack",
    "Template",
    "TemplateError",
    "Text",
    "add_from_template",
    "add_from_templates",
    "add_pack",
    "instantiate",
    "load_library",
    "load_pack",
    "load_template",
    "format_duration",
    "normalise",
    "preview",
]
