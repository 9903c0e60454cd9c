"""Import the CNIL "registre simplifié" (.ods as published in 2019, or the same layout in .xlsx).

The workbook has a list sheet (organisation, representative and DPO in rows 1-6, then one row per
activity) and one "fiche" per activity: a vertical form with labels in column A and values in B..H.
Sheets are recognised by their labels, never by their names or row numbers, because people insert
rows and rename tabs; the tutorial and drop-down list sheets are ignored, and so is any fiche whose
"Nom du traitement" is empty (the blank template). The CNIL's own example fiche is a real fiche.

Where things land (see docs/import.md for the whole table):

* "Acteurs": the controller, DPO, DPO's company and representative complete the organisation;
  joint controllers become JointController items.
* Main purpose and sub-purposes become purposes (the layout has no legal basis: left empty).
* Each data row becomes a data category: for the CNIL's fixed rows the "Description" text names the
  data (e.g. "RIB") and the fixed label becomes its description; the sensitive rows set the special
  category (or criminal). Rows sharing a "Durée de conservation" share one retention rule, parsed
  into a duration and the event it counts from where possible.
* Persons, recipients, security measures: catalogue items, linked by name when they already exist.
* Transfers: recipient, country (French names through pycountry), mechanism from "Type de
  Garanties", documentation link.

Activities are matched to the register by reference (then by name); what the layout does not carry
(legal bases, DPIA, owner, status...) is kept from the register.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from ropa.domain.enums import (
    Derogation,
    DpoKind,
    MeasureKind,
    RecipientType,
    SccModule,
    SpecialCategory,
    TransferMechanism,
)
from ropa.domain.model import (
    Activity,
    Contact,
    Organisation,
    ProcessedData,
    Purpose,
    Recipient,
    Register,
    RetentionRule,
    Transfer,
)
from ropa.imports.common import (
    Activities,
    Catalogues,
    Context,
    ImportedRegister,
    build_register,
    clean,
    guess_special_category,
    join_name,
    keep_matching,
    match_country,
    match_enum,
    merge_contact,
    new_uuid,
    norm,
    parse_date,
    parse_retention,
    render_retention_fr,
    retention_signature,
    vocabulary,
)
from ropa.imports.sheets import Sheet, Workbook, column_letter

FICHE_COLUMNS = range(1, 8)  # B..H


def cnil() -> dict[str, Any]:
    vocab: dict[str, Any] = vocabulary()["cnil"]
    return vocab


@cache
def _n(key: str) -> str:
    """The normalised form of a CNIL label, with any "{number}" placeholder cut off."""
    return norm(str(cnil()[key]).split("{")[0])


@cache
def general_labels() -> dict[str, str]:
    return {norm(label): label for label in cnil()["general_data"]}


@cache
def sensitive_labels() -> dict[str, tuple[str, SpecialCategory | None, bool]]:
    out = {}
    for row in cnil()["sensitive_data"]:
        kind = SpecialCategory(row["special_category"]) if "special_category" in row else None
        out[norm(row["label"])] = (row["label"], kind, bool(row.get("criminal", False)))
    return out


@cache
def _empty_words() -> frozenset[str]:
    return frozenset(norm(w) for w in cnil()["empty_words"]) | {norm(cnil()["placeholder"])}


TICKS = frozenset({"x", "oui", "yes", "ja", "v"})


def value(text: str) -> str:
    """Cell text, with the template's "Sélectionnez…" placeholder and "N/A"-like words as empty."""
    text = clean(text)
    return "" if norm(text) in _empty_words() or text in ("✓", "✔", "-", "—") else text


def is_fiche(sheet: Sheet) -> bool:
    labels = {norm(sheet.cell(r, 0)) for r in range(min(sheet.row_count, 200))}
    return _n("name") in labels and _n("main_purpose") in labels


def list_header_row(sheet: Sheet) -> int | None:
    for r in range(min(sheet.row_count, 50)):
        if norm(sheet.cell(r, 0)) == _n("list_name") and norm(sheet.cell(r, 1)) == _n("list_reference"):
            return r
    return None


def detect(workbook: Workbook) -> bool:
    """True when the workbook has the CNIL layout (a fiche or the list of processing activities)."""
    return any(is_fiche(s) or list_header_row(s) is not None for s in workbook.sheets)


# --- reading the sheets into plain records -----------------------------------------------------


@dataclass
class Actor:
    row: int
    name: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    phone: str = ""
    email: str = ""
    company: str = ""
    company_said_none: bool = False

    def has_data(self) -> bool:
        return any((self.name, self.address, self.postal_code, self.city, self.country, self.phone, self.email, self.company))


@dataclass
class Line:
    """One row of a fiche section: its label (column A) and the values by column name."""

    row: int
    label: str
    values: dict[str, str]


@dataclass
class Fiche:
    sheet: str
    fields: dict[str, tuple[int, str]] = field(default_factory=dict)  # name/reference/created/updated
    actors: dict[str, Actor] = field(default_factory=dict)
    joint: list[Actor] = field(default_factory=list)
    purposes: list[tuple[int, str]] = field(default_factory=list)
    data: list[tuple[Line, bool]] = field(default_factory=list)  # (line, in the sensitive section)
    subjects: list[Line] = field(default_factory=list)
    recipients: list[Line] = field(default_factory=list)
    measures: list[Line] = field(default_factory=list)
    transfers: list[Line] = field(default_factory=list)

    def text(self, key: str) -> str:
        return self.fields.get(key, (0, ""))[1]

    def has_content(self) -> bool:
        data = any(any(line.values.values()) for line, _ in self.data)
        return bool(self.purposes or data or self.subjects or self.recipients or self.measures or self.transfers)


_SECTIONS = ("description", "actors", "purposes", "data", "sensitive", "subjects", "recipients", "measures", "transfers")

# header labels (normalised) of each section's columns, and where they are in the CNIL template
_COLUMNS: dict[str, dict[str, tuple[str, int]]] = {
    "actors": {
        "name": ("actor_name", 1),
        "address": ("actor_address", 2),
        "postal_code": ("actor_postal_code", 3),
        "city": ("actor_city", 4),
        "country": ("actor_country", 5),
        "phone": ("actor_phone", 6),
        "email": ("actor_email", 7),
    },
    "data": {"description": ("data_description", 1), "retention": ("data_retention", 4)},
    "sensitive": {"description": ("data_description", 1), "retention": ("data_retention", 4)},
    "subjects": {"type": ("data_description", 1), "precision": ("precisions", 4)},
    "recipients": {"type": ("recipient_type", 1), "precision": ("precisions", 4)},
    "measures": {"type": ("measure_type", 1), "precision": ("precisions", 4)},
    "transfers": {
        "recipient": ("transfer_recipient", 1),
        "country": ("transfer_country", 2),
        "guarantee": ("transfer_guarantee", 3),
        "documentation": ("transfer_documentation", 5),
    },
}


def _locate(sheet: Sheet, row: int, section: str) -> dict[str, int]:
    """Column of each value of a section, from its header row (falling back on the template's)."""
    out = {}
    headers = {norm(sheet.cell(row, c)): c for c in FICHE_COLUMNS}
    for name, (label_key, default) in _COLUMNS[section].items():
        out[name] = headers.get(_n(label_key), default)
    return out


def _first(sheet: Sheet, row: int) -> str:
    for column in FICHE_COLUMNS:
        text = value(sheet.cell(row, column))
        if text:
            return text
    return ""


def _section_of(label: str) -> str | None:
    for section in _SECTIONS:
        if label == _n(section):
            return section
    return None


def _actor_kind(label: str) -> str | None:
    if label == _n("controller"):
        return "controller"
    if label.startswith("societe du dpo"):
        return "dpo_company"
    if label.startswith(_n("dpo")):
        return "dpo"
    if label.startswith("representant"):
        return "representative"
    if label.startswith("responsable s conjoint") or label.startswith("responsables conjoint") or label.startswith(
        "responsable conjoint"
    ):
        return "joint"
    return None


def read_fiche(sheet: Sheet) -> Fiche:
    fiche = Fiche(sheet.name)
    section = ""
    columns: dict[str, int] = {}
    last_actor = ""
    field_labels = {_n("name"): "name", _n("reference"): "reference"}
    for r in range(sheet.row_count):
        raw_label = clean(sheet.cell(r, 0))
        label = norm(raw_label)
        found = _section_of(label)
        if found:
            section = found
            columns = _locate(sheet, r, found) if found in _COLUMNS else {}
            continue
        if label in field_labels:
            fiche.fields[field_labels[label]] = (r, _first(sheet, r))
            continue
        if label.startswith("date de creation"):
            fiche.fields["created"] = (r, _first(sheet, r))
            continue
        if label.startswith("mise a jour") or label.startswith("derniere mise a jour"):
            fiche.fields["updated"] = (r, _first(sheet, r))
            continue
        values = {name: value(sheet.cell(r, c)) for name, c in columns.items()}
        if section == "actors":
            kind = _actor_kind(label) or (last_actor if not label and last_actor == "joint" else None)
            if kind is None:
                continue
            last_actor = kind
            actor = Actor(
                r,
                name=values.get("name", ""),
                address=values.get("address", ""),
                postal_code=values.get("postal_code", ""),
                city=values.get("city", ""),
                country=values.get("country", ""),
                phone=values.get("phone", ""),
                email=values.get("email", ""),
            )
            if kind == "dpo_company":
                company = clean(sheet.cell(r, columns.get("name", 1)))
                actor.company = values.get("name", "")
                actor.company_said_none = bool(company) and not actor.company
                actor.name = ""
                fiche.actors[kind] = actor
            elif kind == "joint":
                if actor.has_data():
                    fiche.joint.append(actor)
            else:
                fiche.actors[kind] = actor
        elif section == "purposes":
            text = _first(sheet, r)
            if text:
                fiche.purposes.append((r, text))
        elif section in ("data", "sensitive"):
            line = Line(r, raw_label, values)
            if raw_label or any(values.values()):
                fiche.data.append((line, section == "sensitive"))
        elif section in ("subjects", "recipients", "measures", "transfers") and any(values.values()):
            getattr(fiche, section).append(Line(r, raw_label, values))
    return fiche


@dataclass
class ListRow:
    row: int
    name: str
    reference: str
    created: str
    updated: str
    purpose: str


@dataclass
class ListSheet:
    sheet: str
    organisation: dict[str, str] = field(default_factory=dict)
    representative: dict[str, str] = field(default_factory=dict)
    dpo: dict[str, str] = field(default_factory=dict)
    dpo_company_said_none: bool = False
    rows: list[ListRow] = field(default_factory=list)


_PAIR_KEYS = {
    "field_last_name": "last_name",
    "field_first_name": "first_name",
    "field_address": "address",
    "field_email": "email",
    "field_postal_code": "postal_code",
    "field_city": "city",
    "field_phone": "phone",
    "field_company": "company",
}


def _pair_key(label: str) -> str | None:
    key = norm(label)
    for vocab_key, name in _PAIR_KEYS.items():
        if key == _n(vocab_key) or (name == "company" and key.startswith("societe")):
            return name
    return None


def read_list(sheet: Sheet, header: int) -> ListSheet:
    out = ListSheet(sheet.name)
    block: dict[str, str] | None = None
    for r in range(header):
        label = norm(sheet.cell(r, 0))
        if label.startswith("coordonnees du responsable"):
            block = out.organisation
        elif label.startswith("coordonnees du representant"):
            block = out.representative
        elif label.startswith("coordonnees du delegue"):
            block = out.dpo
        if block is None:
            continue
        for c in range(1, 9):
            text = clean(sheet.cell(r, c))
            if not text:
                continue
            label_part, colon, inline = text.partition(":")
            key = _pair_key(label_part + (":" if colon else ""))
            if key is None:
                continue
            if colon and clean(inline):
                found = value(inline)
            else:
                following = clean(sheet.cell(r, c + 1))
                found = "" if _pair_key(following) else value(following)
                if key == "company" and following and not found:
                    out.dpo_company_said_none = True
            if found:
                block[key] = found
    columns = {"name": 0, "reference": 1, "created": 2, "updated": 3, "purpose": 4}
    for r in range(header + 1, sheet.row_count):
        cells = {k: value(sheet.cell(r, c)) for k, c in columns.items()}
        if cells["name"] or cells["reference"]:
            out.rows.append(ListRow(r, **cells))
    return out


# --- building the register ---------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


class _Builder:
    def __init__(self, current: Register, ctx: Context) -> None:
        self.current = current
        self.ctx = ctx
        self.cats = Catalogues(current)
        self.acts = Activities(current)
        self.fiche_sheet: dict[str, str] = {}  # activity uuid → sheet it came from

    # -- helpers --

    def where(self, sheet: str, row: int, column: int | None = None, header: str = "") -> str:
        if column is None:
            return self.ctx.where(sheet, row + 1)
        return self.ctx.where(sheet, row + 1, header or column_letter(column))

    def date_of(self, sheet: str, row: int, text: str, label: str) -> date | None:
        try:
            return parse_date(text)
        except ValueError:
            self.ctx.problem(self.where(sheet, row, 1, label), "bad_date", value=text)
            return None

    def country_of(self, sheet: str, row: int, text: str, label: str) -> str:
        if not text:
            return ""
        code = match_country(text)
        if code is None:
            self.ctx.problem(self.where(sheet, row, None), "bad_country", value=text, column=label)
            return ""
        return code

    # -- activity parts --

    def data_rows(
        self, fiche: Fiche
    ) -> tuple[list[str], list[tuple[str, str, int]]]:
        """Data category UUIDs in order, and (category, retention text, row) for each row."""
        categories: list[str] = []
        retention: list[tuple[str, str, int]] = []
        generals = general_labels()
        sensitives = sensitive_labels()
        for line, in_sensitive in fiche.data:
            label_key = norm(line.label)
            description = line.values.get("description", "")
            keep = line.values.get("retention", "")
            ticked = norm(description) in TICKS
            if ticked:
                description = ""
            fixed = generals.get(label_key)
            fixed_sensitive = sensitives.get(label_key)
            if fixed is not None or fixed_sensitive is not None:
                if not (description or keep or ticked):
                    continue  # a template row left empty: this data is not processed
                canonical = fixed if fixed is not None else fixed_sensitive[0]  # type: ignore[index]
                name, detail = (description, canonical) if description else (canonical, "")
            else:
                name = line.label or description
                detail = description if line.label else ""
            if not name:
                continue
            kind: SpecialCategory | None = None
            criminal = False
            if fixed_sensitive is not None:
                kind, criminal = fixed_sensitive[1], fixed_sensitive[2]
            elif in_sensitive:
                guess = guess_special_category(f"{name} {detail}")
                if guess == "criminal":
                    criminal = True
                elif isinstance(guess, SpecialCategory):
                    kind = guess
            existing = self.cats.find("data_categories", name)
            if existing is None:
                if in_sensitive and kind is None and not criminal:
                    self.ctx.warn(self.where(fiche.sheet, line.row), "sensitive_unknown", name=name)
                item = self.cats.get_or_create(
                    "data_categories", name, description=detail, special_category=kind, criminal=criminal
                )
            else:
                item = existing
            if item.uuid not in categories:
                categories.append(item.uuid)
            if keep:
                retention.append((item.uuid, keep, line.row))
        return categories, retention

    def retention_rules(
        self, rows: list[tuple[str, str, int]], existing: tuple[RetentionRule, ...]
    ) -> tuple[RetentionRule, ...]:
        groups: dict[str, tuple[str, list[str]]] = {}
        for category, text, _row in rows:
            key = norm(text)
            groups.setdefault(key, (text, []))
            if category not in groups[key][1]:
                groups[key][1].append(category)
        rules: list[RetentionRule] = []
        pool = list(existing)
        for key, (text, categories) in groups.items():
            parsed = parse_retention(text)
            match = next(
                (
                    r
                    for r in pool
                    if norm(render_retention_fr(r)) == key
                    or retention_signature(r) == retention_signature(parsed.rule("", ()))
                ),
                None,
            )
            if match is not None:
                pool.remove(match)
                order = {u: i for i, u in enumerate(match.data_categories)}
                categories.sort(key=lambda u: order.get(u, len(order)))
                rules.append(replace(match, data_categories=tuple(categories)))
            else:
                rules.append(parsed.rule(new_uuid(), tuple(categories)))
        # the layout lists sensitive data apart: keep the register's order of the rules it already had
        position = {r.uuid: i for i, r in enumerate(existing)}
        rules.sort(key=lambda r: position.get(r.uuid, len(position)))
        return tuple(rules)

    def _typed_items(
        self,
        lines: list[Line],
        catalogue: str,
        make: Callable[[str, str, str], dict[str, Any]],
        name_from_type: bool,
    ) -> tuple[str, ...]:
        others = {norm(o) for o in cnil()["lists"]["other"]}
        out: list[str] = []
        for line in lines:
            kind_text = line.values.get("type", "")
            precision = line.values.get("precision", "")
            if name_from_type and kind_text and norm(kind_text) not in others:
                name, description = kind_text, precision
            else:
                name, description = (precision or kind_text), ""
            if not name:
                continue
            item = self.cats.find(catalogue, name) or self.cats.get_or_create(
                catalogue, name, **make(name, kind_text, description)
            )
            if item.uuid not in out:
                out.append(item.uuid)
        return tuple(out)

    def subjects(self, fiche: Fiche) -> tuple[str, ...]:
        return self._typed_items(
            fiche.subjects, "data_subject_categories", lambda n, k, d: {"description": d}, name_from_type=True
        )

    def measures(self, fiche: Fiche) -> tuple[str, ...]:
        organisational = {norm(x) for x in cnil()["organisational_measures"]["labels"]}

        def make(name: str, kind_text: str, description: str) -> dict[str, Any]:
            kind = MeasureKind.ORGANISATIONAL if norm(kind_text) in organisational else MeasureKind.TECHNICAL
            return {"description": description, "kind": kind}

        return self._typed_items(fiche.measures, "security_measures", make, name_from_type=True)

    def recipients(self, fiche: Fiche) -> tuple[str, ...]:
        types = {norm(k): RecipientType(v) for k, v in cnil()["recipient_types"].items()}

        out: list[str] = []
        for line in fiche.recipients:
            kind_text = line.values.get("type", "")
            precision = line.values.get("precision", "")
            name = precision or kind_text
            if not name:
                continue
            kind = types.get(norm(kind_text)) or match_enum(RecipientType, kind_text) or RecipientType.INDEPENDENT_CONTROLLER
            item = self.cats.find("recipients", name) or self.cats.get_or_create("recipients", name, kind=kind)
            if item.uuid not in out:
                out.append(item.uuid)
        return tuple(out)

    def mechanism(self, sheet: str, row: int, text: str) -> tuple[TransferMechanism | None, str, bool]:
        """(mechanism, safeguards note, recognised) for a "Type de Garanties" cell."""
        if not text:
            return None, "", True
        key = norm(text)
        for label, code in cnil()["guarantees"].items():
            if key.startswith(norm(label)):
                if code == "privacy_shield":
                    self.ctx.warn(self.where(sheet, row), "privacy_shield")
                    return TransferMechanism.NONE, self.ctx.t("note.privacy_shield"), True
                return TransferMechanism(code), "", True
        found = match_enum(TransferMechanism, text)
        return found, "", found is not None

    def transfers(self, fiche: Fiche, existing: tuple[Transfer, ...]) -> tuple[Transfer, ...]:
        out: list[Transfer] = []
        prefix = norm(str(cnil()["international_organisation"]).split("{")[0])
        for line in fiche.transfers:
            v = line.values
            recipient_uuid: str | None = None
            country = ""
            organisation = ""
            country_text = v.get("country", "")
            if norm(country_text).startswith(prefix) and prefix:
                organisation = clean(country_text.split(":", 1)[-1])
            else:
                country = self.country_of(fiche.sheet, line.row, country_text, str(cnil()["transfer_country"]))
            if v.get("recipient"):
                item = self.cats.find("recipients", v["recipient"])
                if item is None:
                    item = self.cats.get_or_create(
                        "recipients", v["recipient"], kind=RecipientType.INDEPENDENT_CONTROLLER, country=country
                    )
                elif isinstance(item, Recipient) and self.cats.is_new(item.uuid) and not item.country and country:
                    item = replace(item, country=country)
                    self.cats.put("recipients", item)
                recipient_uuid = item.uuid
            mechanism, note, recognised = self.mechanism(fiche.sheet, line.row, v.get("guarantee", ""))
            if not recognised:
                self.ctx.problem(
                    self.where(fiche.sheet, line.row, 3, str(cnil()["transfer_guarantee"])),
                    "bad_guarantee",
                    value=v.get("guarantee", ""),
                )
            module = match_enum(SccModule, v.get("guarantee", "")) if mechanism is TransferMechanism.SCC else None
            derogation = (
                match_enum(Derogation, v.get("guarantee", "")) if mechanism is TransferMechanism.DEROGATION else None
            )
            transfer = Transfer(
                new_uuid(),
                recipient_uuid,
                country,
                organisation,
                mechanism,
                module,
                derogation,
                safeguards=note,
                documentation_reference=v.get("documentation", ""),
            )
            same = next(
                (
                    t
                    for t in existing
                    if (t.recipient, t.country, t.international_organisation) == (recipient_uuid, country, organisation)
                    and t not in out
                ),
                None,
            )
            if same is not None:
                transfer = replace(
                    same,
                    mechanism=mechanism,
                    scc_module=module or (same.scc_module if mechanism == same.mechanism else None),
                    derogation=derogation or (same.derogation if mechanism == same.mechanism else None),
                    safeguards=note or same.safeguards,
                    documentation_reference=transfer.documentation_reference,
                )
            out.append(transfer)
        return tuple(out)

    def joint_controllers(self, fiche: Fiche) -> tuple[str, ...]:
        out: list[str] = []
        for actor in fiche.joint:
            if not actor.name:
                self.ctx.problem(self.where(fiche.sheet, actor.row), "joint_without_name")
                continue
            country = self.country_of(fiche.sheet, actor.row, actor.country, str(cnil()["actor_country"]))
            item = self.cats.find("joint_controllers", actor.name) or self.cats.get_or_create(
                "joint_controllers",
                actor.name,
                contact=Contact(
                    address=actor.address,
                    postal_code=actor.postal_code,
                    city=actor.city,
                    country=country,
                    email=actor.email,
                    phone=actor.phone,
                ),
            )
            if item.uuid not in out:
                out.append(item.uuid)
        return tuple(out)

    # -- activities --

    def activity(self, fiche: Fiche) -> Activity | None:
        name = fiche.text("name")
        if not name:
            if fiche.has_content():
                row = fiche.fields.get("name", (0, ""))[0]
                self.ctx.problem(self.where(fiche.sheet, row), "fiche_without_name")
            return None
        reference = fiche.text("reference")
        existing = self.acts.match(reference=reference) if reference else self.acts.named(name)
        claimed_by = self.acts.owner_of(reference) if reference else None
        if claimed_by is not None and claimed_by in self.acts.result:
            self.ctx.problem(
                self.where(fiche.sheet, fiche.fields["reference"][0]),
                "duplicate_reference",
                reference=reference,
                other=self.fiche_sheet.get(claimed_by, ""),
            )
            return None
        created = self.date_of(fiche.sheet, *fiche.fields.get("created", (0, "")), label=str(cnil()["created"]))
        updated = self.date_of(fiche.sheet, *fiche.fields.get("updated", (0, "")), label=str(cnil()["updated"]))
        categories, retention_rows = self.data_rows(fiche)
        base = existing or Activity(uuid=new_uuid(), reference="", name=name)
        # the layout groups sensitive data apart: keep the register's order for what it already had
        position = {d.category: i for i, d in enumerate(base.data)}
        categories.sort(key=lambda u: position.get(u, len(position)))
        data = tuple(
            next((d for d in base.data if d.category == uuid), ProcessedData(uuid)) for uuid in categories
        )
        purposes = keep_matching(
            base.purposes,
            [Purpose(new_uuid(), text) for _row, text in fiche.purposes],
            key=lambda p: norm(p.description),
        )
        activity = replace(
            base,
            reference=reference or base.reference or self.acts.allocate("PA-"),
            name=name,
            purposes=tuple(purposes),
            data=data,
            retention=self.retention_rules(retention_rows, base.retention),
            data_subjects=self.subjects(fiche),
            recipients=self.recipients(fiche),
            security_measures=self.measures(fiche),
            transfers=self.transfers(fiche, base.transfers),
            joint_controllers=self.joint_controllers(fiche),
        )
        activity = self._dates(existing, activity, created, updated)
        self.fiche_sheet[activity.uuid] = fiche.sheet
        self.acts.add(activity)
        return activity

    @staticmethod
    def _dates(existing: Activity | None, activity: Activity, created: date | None, updated: date | None) -> Activity:
        def stamp(day: date | None) -> datetime | None:
            return None if day is None else datetime(day.year, day.month, day.day)

        if existing is None:
            first = stamp(created) or _now()
            return replace(activity, created_at=first, updated_at=stamp(updated) or first)
        created_at = existing.created_at
        if created is not None and (created_at is None or created_at.date() != created):
            created_at = stamp(created)
        activity = replace(activity, created_at=created_at, updated_at=existing.updated_at)
        if activity != existing:
            activity = replace(activity, updated_at=_now())
        return activity

    def list_only(self, row: ListRow, sheet: str) -> Activity | None:
        existing = self.acts.match(reference=row.reference) if row.reference else self.acts.named(row.name)
        if existing is not None:
            if existing.uuid in self.acts.result:
                return None
            if row.name and row.name != existing.name:
                changed = replace(existing, name=row.name, updated_at=_now())
                self.acts.add(changed)
                return changed
            return None
        if not row.name:
            self.ctx.problem(self.ctx.where(sheet, row.row + 1), "list_without_name")
            return None
        created = self.date_of(sheet, row.row, row.created, str(cnil()["list_created"]))
        updated = self.date_of(sheet, row.row, row.updated, str(cnil()["list_updated"]))
        activity = Activity(
            uuid=new_uuid(),
            reference=row.reference or self.acts.allocate("PA-"),
            name=row.name,
            purposes=(Purpose(new_uuid(), row.purpose),) if row.purpose else (),
        )
        activity = self._dates(None, activity, created, updated)
        self.acts.add(activity)
        return activity

    # -- organisation --

    def organisation(self, listing: ListSheet | None, fiches: list[Fiche]) -> Organisation:
        org: Organisation = self.current.organisation
        block = listing.organisation if listing else {}
        controller = next((f.actors["controller"] for f in fiches if "controller" in f.actors and f.actors["controller"].has_data()), None)
        dpo_actor = next((f.actors["dpo"] for f in fiches if "dpo" in f.actors and f.actors["dpo"].has_data()), None)
        company_actor = next((f.actors["dpo_company"] for f in fiches if "dpo_company" in f.actors), None)
        rep_actor = next(
            (f.actors["representative"] for f in fiches if "representative" in f.actors and f.actors["representative"].has_data()),
            None,
        )
        self._check_same_controller(fiches)
        fiche_of = {id(a): f for f in fiches for a in f.actors.values()}

        def actor_country(actor: Actor | None) -> str:
            if actor is None or not actor.country:
                return ""
            sheet = fiche_of[id(actor)].sheet
            return self.country_of(sheet, actor.row, actor.country, str(cnil()["actor_country"]))

        legal_name = join_name(block.get("first_name", ""), block.get("last_name", "")) or (
            controller.name if controller else ""
        )
        org = merge_contact(
            org,
            legal_name=legal_name,
            address=block.get("address") or (controller.address if controller else ""),
            postal_code=block.get("postal_code") or (controller.postal_code if controller else ""),
            city=block.get("city") or (controller.city if controller else ""),
            country=actor_country(controller),
            email=block.get("email") or (controller.email if controller else ""),
            phone=block.get("phone") or (controller.phone if controller else ""),
        )
        rep = listing.representative if listing else {}
        org = replace(
            org,
            representative=merge_contact(
                org.representative,
                name=join_name(rep.get("first_name", ""), rep.get("last_name", "")) or (rep_actor.name if rep_actor else ""),
                address=rep.get("address") or (rep_actor.address if rep_actor else ""),
                postal_code=rep.get("postal_code") or (rep_actor.postal_code if rep_actor else ""),
                city=rep.get("city") or (rep_actor.city if rep_actor else ""),
                country=actor_country(rep_actor),
                email=rep.get("email") or (rep_actor.email if rep_actor else ""),
                phone=rep.get("phone") or (rep_actor.phone if rep_actor else ""),
            ),
        )
        dpo = listing.dpo if listing else {}
        company = dpo.get("company") or (company_actor.company if company_actor else "")
        dpo_name = join_name(dpo.get("first_name", ""), dpo.get("last_name", "")) or (dpo_actor.name if dpo_actor else "")
        org = replace(
            org,
            dpo=merge_contact(
                org.dpo,
                name=dpo_name,
                organisation=company,
                address=dpo.get("address") or (dpo_actor.address if dpo_actor else ""),
                postal_code=dpo.get("postal_code") or (dpo_actor.postal_code if dpo_actor else ""),
                city=dpo.get("city") or (dpo_actor.city if dpo_actor else ""),
                country=actor_country(dpo_actor),
                email=dpo.get("email") or (dpo_actor.email if dpo_actor else ""),
                phone=dpo.get("phone") or (dpo_actor.phone if dpo_actor else ""),
            ),
        )
        said_none = (listing.dpo_company_said_none if listing else False) or bool(
            company_actor and company_actor.company_said_none
        )
        if company:
            org = replace(org, dpo_kind=DpoKind.EXTERNAL)
        elif said_none and dpo_name:
            org = replace(org, dpo_kind=DpoKind.INTERNAL, dpo=replace(org.dpo, organisation=""))
        return org

    def _check_same_controller(self, fiches: list[Fiche]) -> None:
        names = [(f, f.actors["controller"].name) for f in fiches if "controller" in f.actors and f.actors["controller"].name]
        if not names:
            return
        first = norm(names[0][1])
        for fiche, name in names[1:]:
            if norm(name) != first:
                self.ctx.warn(self.where(fiche.sheet, fiche.actors["controller"].row), "other_controller", name=name)


def import_workbook(workbook: Workbook, current: Register, ctx: Context) -> ImportedRegister:
    """The register content of a CNIL workbook, merged onto ``current`` (nothing is written here)."""
    builder = _Builder(current, ctx)
    fiches = [read_fiche(s) for s in workbook.sheets if is_fiche(s)]
    listing: ListSheet | None = None
    for sheet in workbook.sheets:
        header = list_header_row(sheet)
        if header is not None:
            listing = read_list(sheet, header)
            break
    activities = []
    for fiche in fiches:
        activity = builder.activity(fiche)
        if activity is not None:
            activities.append(activity)
    if listing is not None:
        by_reference = {a.reference.casefold(): a for a in activities}
        by_name = {norm(a.name): a for a in activities}
        for row in listing.rows:
            if (row.reference and row.reference.casefold() in by_reference) or norm(row.name) in by_name:
                continue
            activity = builder.list_only(row, listing.sheet)
            if activity is not None:
                activities.append(activity)
    organisation = builder.organisation(listing, [f for f in fiches if f.text("name")])
    if not activities and organisation == current.organisation:
        ctx.problem(ctx.where(workbook.sheets[0].name if workbook.sheets else ""), "cnil_empty")
    ctx.raise_if_any()
    return build_register(organisation, activities, builder.cats, ctx.warnings)
