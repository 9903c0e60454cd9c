"""Stable codes for the legal concepts of the register.

The codes are what the database, the JSON format and the translation files store; display text lives
in ``resources/i18n/*.toml`` so that ropa/ stays language-neutral. Never rename a value: files and
exports written by earlier versions carry them.
"""

from __future__ import annotations

from enum import Enum, StrEnum
from typing import Any


class Code(StrEnum):
    """A StrEnum whose members never equal a member of another list.

    A plain StrEnum compares as its string, so ``DpoKind.INTERNAL == RecipientType.INTERNAL`` and
    both land on one key of any dict, set or cache: an internal department was once printed as
    "Internal DPO". Members of a ``Code`` still equal their own code as a plain string (the database,
    the JSON format and the spreadsheets hold plain strings), and hash as that string, but a member of
    another enum is never equal, so values of two lists can share a dict or a set safely.
    """

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Enum) and type(other) is not type(self):
            return False
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        equal: Any = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = str.__hash__


class Role(Code):
    """The organisation's role in an activity (Art. 4(7), 26, 28)."""

    CONTROLLER = "controller"
    JOINT_CONTROLLER = "joint_controller"
    PROCESSOR = "processor"


class Status(Code):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    RETIRED = "retired"


class LegalBasis(Code):
    """Art. 6(1)(a)-(f) GDPR."""

    CONSENT = "6.1.a"
    CONTRACT = "6.1.b"
    LEGAL_OBLIGATION = "6.1.c"
    VITAL_INTERESTS = "6.1.d"
    PUBLIC_TASK = "6.1.e"
    LEGITIMATE_INTERESTS = "6.1.f"


class SpecialCategory(Code):
    """Art. 9(1) GDPR special categories of personal data."""

    RACIAL_ETHNIC_ORIGIN = "racial_ethnic_origin"
    POLITICAL_OPINIONS = "political_opinions"
    RELIGIOUS_BELIEFS = "religious_beliefs"
    TRADE_UNION = "trade_union"
    GENETIC = "genetic"
    BIOMETRIC = "biometric"
    HEALTH = "health"
    SEX_LIFE = "sex_life"


class Art9Condition(Code):
    """Art. 9(2)(a)-(j) GDPR."""

    EXPLICIT_CONSENT = "9.2.a"
    EMPLOYMENT_SOCIAL_SECURITY = "9.2.b"
    VITAL_INTERESTS = "9.2.c"
    NOT_FOR_PROFIT = "9.2.d"
    MADE_PUBLIC = "9.2.e"
    LEGAL_CLAIMS = "9.2.f"
    SUBSTANTIAL_PUBLIC_INTEREST = "9.2.g"
    HEALTH_CARE = "9.2.h"
    PUBLIC_HEALTH = "9.2.i"
    ARCHIVING_RESEARCH = "9.2.j"


class RecipientType(Code):
    INTERNAL = "internal"
    PROCESSOR = "processor"
    SUB_PROCESSOR = "sub_processor"
    INDEPENDENT_CONTROLLER = "independent_controller"
    JOINT_CONTROLLER = "joint_controller"
    PUBLIC_AUTHORITY = "public_authority"
    GROUP_COMPANY = "group_company"


class TransferMechanism(Code):
    """Chapter V GDPR: the ground a third-country transfer rests on."""

    ADEQUACY = "adequacy"  # Art. 45
    EU_US_DPF = "eu_us_dpf"  # Art. 45, adequacy decision of 10 July 2023, certified recipients only
    SCC = "scc"  # Art. 46(2)(c), Decision (EU) 2021/914
    BCR = "bcr"  # Art. 46(2)(b), Art. 47
    CODE_OF_CONDUCT = "code_of_conduct"  # Art. 46(2)(e)
    CERTIFICATION = "certification"  # Art. 46(2)(f)
    AD_HOC_CLAUSES = "ad_hoc_clauses"  # Art. 46(3)(a)
    PUBLIC_AUTHORITY_INSTRUMENT = "public_authority_instrument"  # Art. 46(2)(a) / 46(3)(b)
    DEROGATION = "derogation"  # Art. 49(1)
    NONE = "none"


class SccModule(Code):
    """The four modules of the 2021/914 standard contractual clauses."""

    C2C = "module_1"
    C2P = "module_2"
    P2P = "module_3"
    P2C = "module_4"


class Derogation(Code):
    """Art. 49(1) first subparagraph (a)-(g), and the second subparagraph."""

    EXPLICIT_CONSENT = "49.1.a"
    CONTRACT_WITH_SUBJECT = "49.1.b"
    CONTRACT_IN_SUBJECT_INTEREST = "49.1.c"
    PUBLIC_INTEREST = "49.1.d"
    LEGAL_CLAIMS = "49.1.e"
    VITAL_INTERESTS = "49.1.f"
    PUBLIC_REGISTER = "49.1.g"
    COMPELLING_LEGITIMATE_INTERESTS = "49.1.2"


class RetentionKind(Code):
    DURATION = "duration"  # a number and a unit, counted from the trigger event
    UNTIL_EVENT = "until_event"  # kept until the trigger event happens
    CRITERIA = "criteria"  # no figure can be given: the criteria used to set it (Art. 13(2)(a))


class DurationUnit(Code):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


class EndAction(Code):
    DELETE = "delete"
    ANONYMISE = "anonymise"
    ARCHIVE = "archive"


class MeasureKind(Code):
    TECHNICAL = "technical"
    ORGANISATIONAL = "organisational"


class SourceKind(Code):
    """Where the personal data come from (Art. 13 vs. Art. 14)."""

    DATA_SUBJECT = "data_subject"
    THIRD_PARTY = "third_party"
    PUBLIC_SOURCE = "public_source"
    GENERATED = "generated"


class DpiaCriterion(Code):
    """The nine screening criteria of WP248 rev.01 (endorsed by the EDPB)."""

    EVALUATION_SCORING = "evaluation_scoring"
    AUTOMATED_DECISION_LEGAL_EFFECT = "automated_decision"
    SYSTEMATIC_MONITORING = "systematic_monitoring"
    SENSITIVE_DATA = "sensitive_data"
    LARGE_SCALE = "large_scale"
    MATCHING_COMBINING = "matching_combining"
    VULNERABLE_SUBJECTS = "vulnerable_subjects"
    INNOVATIVE_TECHNOLOGY = "innovative_technology"
    PREVENTS_EXERCISING_RIGHTS = "prevents_rights"


class DpiaStatus(Code):
    NOT_REQUIRED = "not_required"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class DpoKind(Code):
    INTERNAL = "internal"
    EXTERNAL = "external"
    NONE = "none"
