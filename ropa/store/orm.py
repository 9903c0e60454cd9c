"""The relational schema of a register (SQLAlchemy 2.x typed ORM).

Portable SQL only (no SQLite-specific types or triggers), so the same schema runs on PostgreSQL.
Every row has an integer key for joins and a UUID that travels with exports and imports.
Child rows carry a ``position`` so that lists keep the order the user gave them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


UUID = String(36)
CODE = String(40)
COUNTRY = String(2)


def _link(name: str, target: str) -> Table:
    return Table(
        name,
        Base.metadata,
        Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
        Column(f"{target}_id", ForeignKey(f"{target}.id", ondelete="CASCADE"), primary_key=True),
        Column("position", Integer, nullable=False, default=0),
    )


activity_data_subject = _link("activity_data_subject", "data_subject_category")
activity_recipient = _link("activity_recipient", "recipient")
activity_security_measure = _link("activity_security_measure", "security_measure")
activity_system = _link("activity_system", "system")
activity_joint_controller = _link("activity_joint_controller", "joint_controller")

retention_data_category = Table(
    "retention_data_category",
    Base.metadata,
    Column("retention_rule_id", ForeignKey("retention_rule.id", ondelete="CASCADE"), primary_key=True),
    Column("data_category_id", ForeignKey("data_category.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
)


class ContactColumns:
    """Helpers to name the flattened columns of an embedded contact block."""

    FIELDS = ("name", "organisation", "address", "postal_code", "city", "country", "email", "phone")


class OrganisationRow(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    legal_name: Mapped[str] = mapped_column(String(300))
    address: Mapped[str] = mapped_column(Text, default="")
    postal_code: Mapped[str] = mapped_column(String(40), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    registration_number: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    language: Mapped[str] = mapped_column(String(5), default="en")
    dpo_kind: Mapped[str | None] = mapped_column(CODE)
    dpo: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    representative: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    register_version: Mapped[str] = mapped_column(String(100), default="")


class JointControllerRow(Base):
    __tablename__ = "joint_controller"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    name: Mapped[str] = mapped_column(String(300))
    contact: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    dpo: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    representative: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    arrangement: Mapped[str] = mapped_column(Text, default="")
    arrangement_reference: Mapped[str] = mapped_column(String(300), default="")


class DataSubjectCategoryRow(Base):
    __tablename__ = "data_subject_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    vulnerable: Mapped[bool] = mapped_column(Boolean, default=False)


class DataCategoryRow(Base):
    __tablename__ = "data_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    special_category: Mapped[str | None] = mapped_column(CODE)
    criminal: Mapped[bool] = mapped_column(Boolean, default=False)


class RecipientRow(Base):
    __tablename__ = "recipient"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(CODE)
    country: Mapped[str] = mapped_column(COUNTRY, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    contract_reference: Mapped[str] = mapped_column(String(300), default="")
    contract_date: Mapped[date | None] = mapped_column(Date)
    dpf_certified: Mapped[bool] = mapped_column(Boolean, default=False)


class SecurityMeasureRow(Base):
    __tablename__ = "security_measure"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(CODE)
    description: Mapped[str] = mapped_column(Text, default="")


class SystemRow(Base):
    __tablename__ = "system"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    name: Mapped[str] = mapped_column(String(300))
    vendor: Mapped[str] = mapped_column(String(300), default="")
    hosting_country: Mapped[str] = mapped_column(COUNTRY, default="")
    description: Mapped[str] = mapped_column(Text, default="")


class ActivityRow(Base):
    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    reference: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(CODE)
    owner: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(CODE)
    created_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_reviewed: Mapped[date | None] = mapped_column(Date)
    next_review: Mapped[date | None] = mapped_column(Date)
    dpia_criteria: Mapped[list[str]] = mapped_column(JSON, default=list)
    dpia_required: Mapped[bool | None] = mapped_column(Boolean)
    dpia_status: Mapped[str | None] = mapped_column(CODE)
    dpia_reference: Mapped[str] = mapped_column(String(300), default="")
    dpia_completed_on: Mapped[date | None] = mapped_column(Date)
    adm_exists: Mapped[bool] = mapped_column(Boolean, default=False)
    adm_profiling: Mapped[bool] = mapped_column(Boolean, default=False)
    adm_legal_effect: Mapped[bool] = mapped_column(Boolean, default=False)
    adm_logic: Mapped[str] = mapped_column(Text, default="")
    template_id: Mapped[str] = mapped_column(String(100), default="")
    template_version: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    purposes: Mapped[list[PurposeRow]] = relationship(
        cascade="all, delete-orphan", order_by="PurposeRow.position", passive_deletes=True
    )
    data: Mapped[list[ProcessedDataRow]] = relationship(
        cascade="all, delete-orphan", order_by="ProcessedDataRow.position", passive_deletes=True
    )
    sources: Mapped[list[SourceRow]] = relationship(
        cascade="all, delete-orphan", order_by="SourceRow.position", passive_deletes=True
    )
    transfers: Mapped[list[TransferRow]] = relationship(
        cascade="all, delete-orphan", order_by="TransferRow.position", passive_deletes=True
    )
    retention: Mapped[list[RetentionRuleRow]] = relationship(
        cascade="all, delete-orphan", order_by="RetentionRuleRow.position", passive_deletes=True
    )
    served_controllers: Mapped[list[ServedControllerRow]] = relationship(
        cascade="all, delete-orphan", order_by="ServedControllerRow.position", passive_deletes=True
    )
    data_subjects: Mapped[list[DataSubjectCategoryRow]] = relationship(
        secondary=activity_data_subject, order_by=activity_data_subject.c.position
    )
    recipients: Mapped[list[RecipientRow]] = relationship(
        secondary=activity_recipient, order_by=activity_recipient.c.position
    )
    security_measures: Mapped[list[SecurityMeasureRow]] = relationship(
        secondary=activity_security_measure, order_by=activity_security_measure.c.position
    )
    systems: Mapped[list[SystemRow]] = relationship(secondary=activity_system, order_by=activity_system.c.position)
    joint_controllers: Mapped[list[JointControllerRow]] = relationship(
        secondary=activity_joint_controller, order_by=activity_joint_controller.c.position
    )


class _ActivityChild:
    """Columns shared by the rows that belong to one activity."""

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class PurposeRow(_ActivityChild, Base):
    __tablename__ = "purpose"

    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    description: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str | None] = mapped_column(CODE)
    legal_basis_reference: Mapped[str] = mapped_column(Text, default="")
    legitimate_interest: Mapped[str] = mapped_column(Text, default="")


class ProcessedDataRow(_ActivityChild, Base):
    __tablename__ = "processed_data"
    __table_args__ = (UniqueConstraint("activity_id", "data_category_id"),)

    data_category_id: Mapped[int] = mapped_column(ForeignKey("data_category.id", ondelete="CASCADE"))
    art9_condition: Mapped[str | None] = mapped_column(CODE)
    condition_reference: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[DataCategoryRow] = relationship()


class SourceRow(_ActivityChild, Base):
    __tablename__ = "source"

    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    kind: Mapped[str] = mapped_column(CODE)
    description: Mapped[str] = mapped_column(Text, default="")


class TransferRow(_ActivityChild, Base):
    __tablename__ = "transfer"

    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("recipient.id", ondelete="SET NULL"))
    country: Mapped[str] = mapped_column(COUNTRY, default="")
    international_organisation: Mapped[str] = mapped_column(String(300), default="")
    mechanism: Mapped[str | None] = mapped_column(CODE)
    scc_module: Mapped[str | None] = mapped_column(CODE)
    derogation: Mapped[str | None] = mapped_column(CODE)
    repetitive: Mapped[bool] = mapped_column(Boolean, default=False)
    safeguards: Mapped[str] = mapped_column(Text, default="")
    documentation_reference: Mapped[str] = mapped_column(Text, default="")
    tia_reference: Mapped[str] = mapped_column(String(300), default="")
    tia_date: Mapped[date | None] = mapped_column(Date)
    recipient: Mapped[RecipientRow | None] = relationship()


class RetentionRuleRow(_ActivityChild, Base):
    __tablename__ = "retention_rule"

    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    kind: Mapped[str] = mapped_column(CODE)
    duration_value: Mapped[int | None] = mapped_column(Integer)
    duration_unit: Mapped[str | None] = mapped_column(CODE)
    trigger: Mapped[str] = mapped_column(Text, default="")
    criteria: Mapped[str] = mapped_column(Text, default="")
    legal_reference: Mapped[str] = mapped_column(Text, default="")
    end_action: Mapped[str | None] = mapped_column(CODE)
    data_categories: Mapped[list[DataCategoryRow]] = relationship(
        secondary=retention_data_category, order_by=retention_data_category.c.position
    )


class ServedControllerRow(_ActivityChild, Base):
    __tablename__ = "served_controller"

    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    contact: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    representative: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    dpo: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    processing_categories: Mapped[str] = mapped_column(Text, default="")


class ChangeRow(Base):
    """One changed field: the register's audit trail (Art. 5(2) accountability)."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(10))  # insert | update | delete
    entity: Mapped[str] = mapped_column(String(40))
    entity_uuid: Mapped[str] = mapped_column(UUID, index=True)
    activity_uuid: Mapped[str | None] = mapped_column(UUID, index=True)
    label: Mapped[str] = mapped_column(String(500), default="")  # readable name of the entity
    field: Mapped[str] = mapped_column(String(60))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)


CATALOGUE_ROWS: dict[str, Any] = {
    "data_subject_categories": DataSubjectCategoryRow,
    "data_categories": DataCategoryRow,
    "recipients": RecipientRow,
    "security_measures": SecurityMeasureRow,
    "systems": SystemRow,
    "joint_controllers": JointControllerRow,
}



class AcknowledgementRow(Base):
    """A check finding the DPO accepted, with the justification (added in schema 0002)."""

    __tablename__ = "acknowledgement"
    __table_args__ = (UniqueConstraint("rule_id", "target"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    rule_id: Mapped[str] = mapped_column(String(60))
    target: Mapped[str] = mapped_column(UUID)
    justification: Mapped[str] = mapped_column(Text)
    acknowledged_by: Mapped[str] = mapped_column(String(200), default="")
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime)


# --- frozen versions (schema 0003) --------------------------------------------------------------
# Appended for ropa.versions. Content-addressed: a version is a list of blob hashes, and a blob
# (one activity, catalogue item, organisation or acknowledgement as canonical JSON) is stored once
# however many versions contain it. Rows are never updated or deleted (see the guards below).

from sqlalchemy import LargeBinary, event  # noqa: E402


class RegisterBlobRow(Base):
    """One piece of frozen content: zlib-compressed canonical JSON, found by its SHA-256.

    The integer key makes rows append in order (pages stay full); a random hash as the key would
    split pages on every insert and waste about a third of the space.
    """

    __tablename__ = "register_blob"

    id: Mapped[int] = mapped_column(primary_key=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(Integer)  # bytes before compression
    data: Mapped[bytes] = mapped_column(LargeBinary)


class RegisterVersionRow(Base):
    """A frozen version of the register: who froze it, when, why, and the hashes of its content."""

    __tablename__ = "register_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID, unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    frozen_at: Mapped[datetime] = mapped_column(DateTime)
    frozen_by: Mapped[str] = mapped_column(String(200), default="")
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(String(64))
    activity_count: Mapped[int] = mapped_column(Integer, default=0)
    #: hashes of the manifest chunks (blobs listing kind, uuid and content hash of every entry)
    manifest: Mapped[list[str]] = mapped_column(JSON, default=list)


def _immutable(_mapper: Any, _connection: Any, target: Any) -> None:
    raise ValueError(f"{type(target).__name__} rows are immutable: a frozen version is never changed")


for _row_type in (RegisterBlobRow, RegisterVersionRow):
    event.listen(_row_type, "before_update", _immutable)
    event.listen(_row_type, "before_delete", _immutable)
