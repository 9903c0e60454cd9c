"""A realistic demo register: Cardify NV, a Belgian SaaS company (the Leadcamp platform).

Facts come from public privacy notices of the kind a consultant turns into a register
(shared/examples/privacy-notices). UUIDs and dates are fixed, so the demo is the same every time
and tests can rely on what it contains, including a few deliberate gaps for the checks to find.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Mapping
from datetime import date, datetime
from typing import Protocol

from ropa.domain.enums import (
    Art9Condition,
    DpiaCriterion,
    DpiaStatus,
    DpoKind,
    DurationUnit,
    EndAction,
    LegalBasis,
    MeasureKind,
    RecipientType,
    RetentionKind,
    Role,
    SccModule,
    SourceKind,
    SpecialCategory,
    Status,
    TransferMechanism,
)
from ropa.domain.model import (
    Activity,
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


class HasUuid(Protocol):
    @property
    def uuid(self) -> str: ...


_NS = uuidlib.UUID("6f1c1c0e-3d5a-4c55-9a51-0a7c2d1e9b00")


def uid(key: str) -> str:
    return str(uuidlib.uuid5(_NS, key))


CREATED = datetime(2025, 3, 3, 9, 0, 0)
UPDATED = datetime(2026, 9, 15, 14, 30, 0)

SUBJECTS = {
    "employees": DataSubjectCategory(uid("ds:employees"), "Employees", "Staff under an employment contract", True),
    "candidates": DataSubjectCategory(uid("ds:candidates"), "Job applicants", "People applying for a position"),
    "customers": DataSubjectCategory(uid("ds:customers"), "Customer contacts", "Contact persons at customer companies"),
    "prospects": DataSubjectCategory(uid("ds:prospects"), "Prospects", "Contact persons at companies we may sell to"),
    "subscribers": DataSubjectCategory(uid("ds:subscribers"), "Newsletter subscribers"),
    "visitors": DataSubjectCategory(uid("ds:visitors"), "Website visitors"),
    "office_visitors": DataSubjectCategory(uid("ds:office_visitors"), "Office visitors"),
    "reporters": DataSubjectCategory(uid("ds:reporters"), "Whistleblowers and persons concerned"),
    "suppliers": DataSubjectCategory(uid("ds:suppliers"), "Supplier contacts"),
    "end_users": DataSubjectCategory(uid("ds:end_users"), "Customers' leads", "Contacts in our customers' lead lists"),
}

DATA = {
    "identity": DataCategory(uid("dc:identity"), "Identification data", "Name, first name, title, photo"),
    "contact": DataCategory(uid("dc:contact"), "Contact details", "E-mail address, telephone, postal address"),
    "professional": DataCategory(uid("dc:professional"), "Professional life", "Job title, employer, CV, training"),
    "financial": DataCategory(uid("dc:financial"), "Financial data", "Bank account, salary, invoices, payments"),
    "national_id": DataCategory(uid("dc:national_id"), "National register number", "Belgian national number (INSZ/NISS)"),
    "health": DataCategory(uid("dc:health"), "Health data", "Sick-leave certificates, occupational health", SpecialCategory.HEALTH),
    "connection": DataCategory(uid("dc:connection"), "Connection data", "IP address, logs, device identifiers"),
    "images": DataCategory(uid("dc:images"), "Camera images", "CCTV recordings at the office entrance"),
    "criminal": DataCategory(uid("dc:criminal"), "Alleged offences", "Facts reported about possible breaches", None, True),
    "usage": DataCategory(uid("dc:usage"), "Usage and preferences", "Pages visited, clicks, communication preferences"),
    "correspondence": DataCategory(uid("dc:correspondence"), "Correspondence", "Messages, tickets and call notes"),
    "company": DataCategory(uid("dc:company"), "Company information", "Company name, VAT number, sector, size"),
}

RECIPIENTS = {
    "hr": Recipient(uid("rc:hr"), "HR department", RecipientType.INTERNAL, "BE"),
    "sdworx": Recipient(
        uid("rc:sdworx"), "SD Worx", RecipientType.PROCESSOR, "BE", "privacy@sdworx.com",
        "Social secretariat: payroll and social declarations", "DPA-2023-014", date(2023, 2, 1),
    ),
    "onss": Recipient(uid("rc:onss"), "National Social Security Office (RSZ/ONSS)", RecipientType.PUBLIC_AUTHORITY, "BE"),
    "fisc": Recipient(uid("rc:fisc"), "FPS Finance", RecipientType.PUBLIC_AUTHORITY, "BE"),
    "idewe": Recipient(
        uid("rc:idewe"), "IDEWE", RecipientType.INDEPENDENT_CONTROLLER, "BE", "", "External occupational health service",
    ),
    "recruitee": Recipient(
        uid("rc:recruitee"), "Recruitee", RecipientType.PROCESSOR, "NL", "privacy@recruitee.com",
        "Applicant tracking system", "DPA-2024-003", date(2024, 1, 15),
    ),
    "hubspot": Recipient(
        uid("rc:hubspot"), "HubSpot, Inc.", RecipientType.PROCESSOR, "US", "privacy@hubspot.com",
        "CRM and marketing automation", "DPA-2023-021", date(2023, 6, 1), True,
    ),
    "mailchimp": Recipient(
        uid("rc:mailchimp"), "Intuit Mailchimp", RecipientType.PROCESSOR, "US", "privacy@mailchimp.com",
        "Newsletter sending", "DPA-2023-022", date(2023, 6, 12), True,
    ),
    "google": Recipient(
        uid("rc:google"), "Google Ireland Ltd (Analytics)", RecipientType.PROCESSOR, "IE", "",
        "Website analytics", "Google Ads Data Processing Terms", date(2024, 3, 1),
    ),
    "zendesk": Recipient(
        uid("rc:zendesk"), "Zendesk, Inc.", RecipientType.PROCESSOR, "US", "privacy@zendesk.com",
        "Help desk tickets", "DPA-2024-007", date(2024, 2, 20), True,
    ),
    "microsoft": Recipient(
        uid("rc:microsoft"), "Microsoft Ireland Operations Ltd", RecipientType.PROCESSOR, "IE", "",
        "Microsoft 365: e-mail, documents, identity", "Microsoft Products and Services DPA", date(2023, 1, 1),
    ),
    "accountant": Recipient(
        uid("rc:accountant"), "Vandewalle & Partners Accountants", RecipientType.PROCESSOR, "BE", "info@vandewalle.example",
        "External accountant", "DPA-2022-009", date(2022, 11, 30),
    ),
    "stripe": Recipient(
        uid("rc:stripe"), "Stripe Payments Europe Ltd", RecipientType.INDEPENDENT_CONTROLLER, "IE", "",
        "Card payments",
    ),
    "callcenter": Recipient(
        uid("rc:callcenter"), "Atlas Contact SARL", RecipientType.PROCESSOR, "MA", "dpo@atlascontact.example",
        "Outbound calls to prospects (Casablanca)", "",
    ),
    "securitas": Recipient(
        uid("rc:securitas"), "G4S Secure Solutions", RecipientType.PROCESSOR, "BE", "",
        "Camera system maintenance and monitoring", "DPA-2021-002", date(2021, 9, 1),
    ),
    "police": Recipient(uid("rc:police"), "Police and judicial authorities", RecipientType.PUBLIC_AUTHORITY, "BE"),
    "lawyer": Recipient(uid("rc:lawyer"), "External counsel", RecipientType.INDEPENDENT_CONTROLLER, "BE"),
    "combell": Recipient(
        uid("rc:combell"), "Combell NV", RecipientType.SUB_PROCESSOR, "BE", "privacy@combell.com",
        "Managed hosting of the Leadcamp platform", "Sub-processing agreement 2022-01", date(2022, 1, 10),
    ),
    "clearbit": Recipient(
        uid("rc:clearbit"), "Clearbit (HubSpot, Inc.)", RecipientType.SUB_PROCESSOR, "US", "",
        "Company data enrichment", "",
    ),
    "freshworks": Recipient(
        uid("rc:freshworks"), "Freshworks Technologies Pvt Ltd", RecipientType.SUB_PROCESSOR, "IN", "",
        "Help desk for customers' end users (Chennai support centre)", "DPA-2024-011", date(2024, 5, 2),
    ),
}

MEASURES = {
    "access": SecurityMeasure(uid("sm:access"), "Role-based access control", MeasureKind.TECHNICAL, "Least privilege, quarterly access reviews"),
    "mfa": SecurityMeasure(uid("sm:mfa"), "Multi-factor authentication", MeasureKind.TECHNICAL),
    "encryption": SecurityMeasure(uid("sm:encryption"), "Encryption at rest and in transit", MeasureKind.TECHNICAL, "AES-256 at rest, TLS 1.2+ in transit"),
    "backup": SecurityMeasure(uid("sm:backup"), "Daily encrypted backups", MeasureKind.TECHNICAL, "Kept 30 days, restore tested quarterly"),
    "logging": SecurityMeasure(uid("sm:logging"), "Logging and monitoring", MeasureKind.TECHNICAL),
    "training": SecurityMeasure(uid("sm:training"), "Staff awareness training", MeasureKind.ORGANISATIONAL, "Yearly, with phishing exercises"),
    "confidentiality": SecurityMeasure(uid("sm:confidentiality"), "Confidentiality clauses", MeasureKind.ORGANISATIONAL),
    "vendor": SecurityMeasure(uid("sm:vendor"), "Processor due diligence", MeasureKind.ORGANISATIONAL, "Security questionnaire before contract"),
    "physical": SecurityMeasure(uid("sm:physical"), "Physical access control", MeasureKind.ORGANISATIONAL, "Badges, visitor log"),
}

SYSTEMS = {
    "m365": System(uid("sy:m365"), "Microsoft 365", "Microsoft", "IE"),
    "hubspot": System(uid("sy:hubspot"), "HubSpot CRM", "HubSpot", "DE"),
    "sdworx": System(uid("sy:sdworx"), "SD Worx Payroll", "SD Worx", "BE"),
    "leadcamp": System(uid("sy:leadcamp"), "Leadcamp platform", "Cardify", "BE", "Our own SaaS product"),
    "zendesk": System(uid("sy:zendesk"), "Zendesk", "Zendesk", "US"),
    "cctv": System(uid("sy:cctv"), "Camera recorder", "Axis", "BE", "On-premises recorder"),
    "odoo": System(uid("sy:odoo"), "Odoo Accounting", "Odoo SA", "BE"),
}

JOINT = {
    "ipcom": JointController(
        uid("jc:ipcom"),
        "IPCOM Group",
        Contact(name="IPCOM Group", address="Kortrijksesteenweg 1", city="Gent", postal_code="9000", country="BE", email="privacy@ipcom.be"),
        arrangement="Joint webinars: IPCOM handles registrations, Cardify handles follow-up; each answers requests on its part.",
        arrangement_reference="Joint controller arrangement of 12 May 2025",
    ),
}


def _p(key: str, text: str, basis: LegalBasis | None, *, interest: str = "", law: str = "") -> Purpose:
    return Purpose(uid(f"pu:{key}"), text, basis, law, interest)


def _keep(key: str, cats: list[str], value: int | None, unit: DurationUnit | None, trigger: str, *, law: str = "",
          kind: RetentionKind = RetentionKind.DURATION, criteria: str = "", end: EndAction = EndAction.DELETE) -> RetentionRule:
    return RetentionRule(uid(f"rr:{key}"), tuple(DATA[c].uuid for c in cats), kind, value, unit, trigger, criteria, law, end)


def _ids(table: Mapping[str, HasUuid], *keys: str) -> tuple[str, ...]:
    return tuple(table[k].uuid for k in keys)


def _data(*keys: str, art9: dict[str, Art9Condition] | None = None) -> tuple[ProcessedData, ...]:
    art9 = art9 or {}
    return tuple(ProcessedData(DATA[k].uuid, art9.get(k)) for k in keys)


YEARS, MONTHS, DAYS = DurationUnit.YEARS, DurationUnit.MONTHS, DurationUnit.DAYS
ALL_BASIC = ("access", "mfa", "encryption", "backup", "training")


def _activity(ref: str, name: str, **fields: object) -> Activity:
    defaults: dict[str, object] = {
        "created_at": CREATED,
        "updated_at": UPDATED,
        "status": Status.APPROVED,
        "last_reviewed": date(2026, 3, 10),
        "next_review": date(2027, 3, 10),
    }
    defaults.update(fields)
    return Activity(uid(f"pa:{ref}"), ref, name, **defaults)  # type: ignore[arg-type]


def activities() -> tuple[Activity, ...]:
    return (
        _activity(
            "PA-001", "Payroll and HR administration",
            description="Paying salaries, social security and tax declarations, managing employment records.",
            owner="HR", systems=_ids(SYSTEMS, "sdworx", "m365"),
            purposes=(
                _p("payroll", "Calculating and paying salaries", LegalBasis.CONTRACT),
                _p("declarations", "Social security and payroll tax declarations", LegalBasis.LEGAL_OBLIGATION,
                   law="Belgian social security law; Income Tax Code 1992"),
                _p("sickness", "Managing sick leave and occupational health", LegalBasis.LEGAL_OBLIGATION,
                   law="Act of 3 July 1978 on employment contracts; Codex on well-being at work"),
            ),
            data_subjects=_ids(SUBJECTS, "employees"),
            data=_data("identity", "contact", "financial", "national_id", "professional", "health",
                       art9={"health": Art9Condition.EMPLOYMENT_SOCIAL_SECURITY}),
            sources=(Source(uid("so:pa1"), SourceKind.DATA_SUBJECT, "The employee, at hiring and during employment"),),
            recipients=_ids(RECIPIENTS, "hr", "sdworx", "onss", "fisc", "idewe"),
            retention=(
                _keep("pa1-pay", ["identity", "contact", "financial", "national_id", "professional"], 5, YEARS,
                      "end of employment", law="Royal Decree of 8 August 1980 on social documents (5 years)"),
                _keep("pa1-health", ["health"], 1, YEARS, "end of the sick leave"),
            ),
            security_measures=_ids(MEASURES, "access", "mfa", "encryption", "backup", "confidentiality"),
        ),
        _activity(
            "PA-002", "Recruitment",
            description="Receiving applications, interviewing and selecting candidates.",
            owner="HR", systems=_ids(SYSTEMS, "m365"),
            purposes=(
                _p("selection", "Assessing applications and selecting candidates", LegalBasis.CONTRACT),
                _p("reserve", "Keeping applications for future vacancies", LegalBasis.CONSENT),
            ),
            data_subjects=_ids(SUBJECTS, "candidates"),
            data=_data("identity", "contact", "professional"),
            sources=(
                Source(uid("so:pa2a"), SourceKind.DATA_SUBJECT, "Application form and CV"),
                Source(uid("so:pa2b"), SourceKind.PUBLIC_SOURCE, "Public LinkedIn profile"),
            ),
            recipients=_ids(RECIPIENTS, "hr", "recruitee"),
            retention=(
                _keep("pa2", ["identity", "contact", "professional"], 2, YEARS, "end of the recruitment procedure",
                      law="Recommendation of the Belgian DPA"),
            ),
            security_measures=_ids(MEASURES, "access", "mfa", "encryption"),
        ),
        _activity(
            "PA-003", "Customer relationship management",
            description="Managing customer accounts, contracts and account management.",
            owner="Sales", systems=_ids(SYSTEMS, "hubspot"),
            purposes=(
                _p("crm", "Managing the customer relationship and contracts", LegalBasis.CONTRACT),
                _p("upsell", "Informing customers about similar products", LegalBasis.LEGITIMATE_INTERESTS,
                   interest="Developing the relationship with existing customers (recital 47)"),
            ),
            data_subjects=_ids(SUBJECTS, "customers"),
            data=_data("identity", "contact", "professional", "correspondence"),
            sources=(Source(uid("so:pa3"), SourceKind.DATA_SUBJECT, "Sign-up, contracts and correspondence"),),
            recipients=_ids(RECIPIENTS, "hubspot"),
            transfers=(
                Transfer(uid("tr:pa3"), RECIPIENTS["hubspot"].uuid, "US", mechanism=TransferMechanism.EU_US_DPF,
                         documentation_reference="HubSpot DPF certification checked 2026-03-01"),
            ),
            retention=(
                _keep("pa3", ["identity", "contact", "professional", "correspondence"], 3, YEARS,
                      "end of the contractual relationship"),
            ),
            security_measures=_ids(MEASURES, *ALL_BASIC),
        ),
        _activity(
            "PA-004", "Orders, invoicing and accounting",
            description="Issuing quotes and invoices, collecting payments, keeping the accounts.",
            owner="Finance", systems=_ids(SYSTEMS, "odoo"),
            purposes=(
                _p("invoice", "Invoicing and collecting payments", LegalBasis.CONTRACT),
                _p("accounts", "Keeping the accounts", LegalBasis.LEGAL_OBLIGATION,
                   law="Code of Economic Law, Book III, Title 3 (accounting)"),
            ),
            data_subjects=_ids(SUBJECTS, "customers", "suppliers"),
            data=_data("identity", "contact", "financial", "company"),
            sources=(Source(uid("so:pa4"), SourceKind.DATA_SUBJECT, "Orders and contracts"),),
            recipients=_ids(RECIPIENTS, "accountant", "stripe", "fisc"),
            retention=(
                _keep("pa4", ["identity", "contact", "financial", "company"], 7, YEARS,
                      "end of the financial year", law="Code of Economic Law, art. III.88", end=EndAction.ARCHIVE),
            ),
            security_measures=_ids(MEASURES, "access", "mfa", "backup"),
        ),
        _activity(
            "PA-005", "Newsletter",
            description="Sending the monthly product newsletter to subscribers.",
            owner="Marketing", systems=_ids(SYSTEMS, "hubspot"),
            purposes=(_p("newsletter", "Sending the newsletter", LegalBasis.CONSENT),),
            data_subjects=_ids(SUBJECTS, "subscribers"),
            data=_data("identity", "contact", "usage"),
            sources=(Source(uid("so:pa5"), SourceKind.DATA_SUBJECT, "Subscription form on the website"),),
            recipients=_ids(RECIPIENTS, "mailchimp"),
            transfers=(
                Transfer(uid("tr:pa5"), RECIPIENTS["mailchimp"].uuid, "US", mechanism=TransferMechanism.EU_US_DPF),
            ),
            retention=(
                _keep("pa5", ["identity", "contact", "usage"], None, None, "withdrawal of consent",
                      kind=RetentionKind.UNTIL_EVENT),
            ),
            security_measures=_ids(MEASURES, "access", "mfa"),
        ),
        _activity(
            "PA-006", "Website analytics and cookies",
            description="Measuring website audience with analytics cookies placed after consent.",
            owner="Marketing",
            purposes=(_p("analytics", "Measuring the audience of the website", LegalBasis.CONSENT),),
            data_subjects=_ids(SUBJECTS, "visitors"),
            data=_data("connection", "usage"),
            sources=(Source(uid("so:pa6"), SourceKind.DATA_SUBJECT, "Cookies and browser data"),),
            recipients=_ids(RECIPIENTS, "google"),
            transfers=(
                Transfer(uid("tr:pa6"), RECIPIENTS["google"].uuid, "US", mechanism=TransferMechanism.EU_US_DPF,
                         documentation_reference="Google LLC is DPF-certified; recipient record to be updated"),
            ),
            retention=(_keep("pa6", ["connection", "usage"], 14, MONTHS, "collection"),),
            security_measures=_ids(MEASURES, "access"),
            last_reviewed=date(2025, 5, 2), next_review=date(2026, 5, 2),
        ),
        _activity(
            "PA-007", "Customer support",
            description="Answering questions and incidents reported by customers.",
            owner="Customer success", systems=_ids(SYSTEMS, "zendesk"),
            purposes=(_p("support", "Handling support tickets", LegalBasis.CONTRACT),),
            data_subjects=_ids(SUBJECTS, "customers"),
            data=_data("identity", "contact", "correspondence"),
            sources=(Source(uid("so:pa7"), SourceKind.DATA_SUBJECT, "Tickets, e-mails and calls"),),
            recipients=_ids(RECIPIENTS, "zendesk"),
            transfers=(
                Transfer(uid("tr:pa7"), RECIPIENTS["zendesk"].uuid, "US", mechanism=TransferMechanism.EU_US_DPF),
            ),
            retention=(_keep("pa7", ["identity", "contact", "correspondence"], 2, YEARS, "closure of the ticket"),),
            security_measures=_ids(MEASURES, *ALL_BASIC),
        ),
        _activity(
            "PA-008", "IT accounts, e-mail and security logs",
            description="Providing staff with accounts, e-mail and collaboration tools; keeping security logs.",
            owner="IT", systems=_ids(SYSTEMS, "m365"),
            purposes=(
                _p("itaccounts", "Providing and managing user accounts and e-mail", LegalBasis.CONTRACT),
                _p("security", "Detecting and investigating security incidents", LegalBasis.LEGITIMATE_INTERESTS,
                   interest="Securing our network and information systems (recital 49)"),
            ),
            data_subjects=_ids(SUBJECTS, "employees"),
            data=_data("identity", "contact", "connection"),
            sources=(Source(uid("so:pa8"), SourceKind.GENERATED, "Systems and logs"),),
            recipients=_ids(RECIPIENTS, "microsoft"),
            retention=(
                _keep("pa8-acc", ["identity", "contact"], 3, MONTHS, "end of employment"),
                _keep("pa8-log", ["connection"], 12, MONTHS, "creation of the log entry"),
            ),
            security_measures=_ids(MEASURES, "access", "mfa", "encryption", "logging"),
        ),
        _activity(
            "PA-009", "Video surveillance (CCTV)",
            description="Cameras at the office entrance and car park for the security of persons and goods.",
            owner="Facilities", systems=_ids(SYSTEMS, "cctv"),
            purposes=(
                _p("cctv", "Protecting persons and property at the office", LegalBasis.LEGITIMATE_INTERESTS,
                   interest="Preventing theft and intrusion", law="Belgian Camera Act of 21 March 2007"),
            ),
            data_subjects=_ids(SUBJECTS, "employees", "office_visitors"),
            data=_data("images"),
            sources=(Source(uid("so:pa9"), SourceKind.GENERATED, "Camera recordings"),),
            recipients=_ids(RECIPIENTS, "securitas", "police"),
            retention=(
                _keep("pa9", ["images"], 1, MONTHS, "recording",
                      law="Camera Act, art. 6 (one month unless evidence of an incident)"),
            ),
            security_measures=_ids(MEASURES, "access", "physical", "logging"),
            dpia=Dpia((DpiaCriterion.SYSTEMATIC_MONITORING, DpiaCriterion.VULNERABLE_SUBJECTS), True,
                      DpiaStatus.COMPLETED, "DPIA-2025-01", date(2025, 4, 2)),
        ),
        _activity(
            "PA-010", "Whistleblowing channel",
            description="Receiving and following up reports of breaches under the whistleblower protection law.",
            owner="Legal",
            purposes=(
                _p("reports", "Receiving and investigating reports of breaches", LegalBasis.LEGAL_OBLIGATION,
                   law="Act of 28 November 2022 on the protection of persons reporting breaches"),
            ),
            data_subjects=_ids(SUBJECTS, "reporters", "employees"),
            data=_data("identity", "contact", "criminal", "correspondence"),
            sources=(
                Source(uid("so:pa10a"), SourceKind.DATA_SUBJECT, "The reporting person"),
                Source(uid("so:pa10b"), SourceKind.THIRD_PARTY, "Witnesses and investigation"),
            ),
            recipients=_ids(RECIPIENTS, "lawyer", "police"),
            retention=(
                _keep("pa10", ["identity", "contact", "criminal", "correspondence"], None, None, "end of the proceedings",
                      kind=RetentionKind.CRITERIA,
                      criteria="For the duration of the contractual relationship with the reporter, or until the end of any proceedings"),
            ),
            security_measures=_ids(MEASURES, "access", "mfa", "encryption", "confidentiality"),
            dpia=Dpia((DpiaCriterion.SENSITIVE_DATA, DpiaCriterion.VULNERABLE_SUBJECTS), True, DpiaStatus.IN_PROGRESS, "DPIA-2026-02"),
        ),
        _activity(
            "PA-011", "Prospecting and lead generation",
            description="Finding and contacting potential B2B customers, including outbound calls.",
            owner="Sales", status=Status.IN_REVIEW, systems=_ids(SYSTEMS, "hubspot", "leadcamp"),
            purposes=(
                _p("prospect", "Contacting potential customers", LegalBasis.LEGITIMATE_INTERESTS,
                   interest="Direct marketing to business contacts (recital 47)"),
                _p("scoring", "Scoring leads by likelihood to buy", LegalBasis.LEGITIMATE_INTERESTS),
            ),
            data_subjects=_ids(SUBJECTS, "prospects"),
            data=_data("identity", "contact", "professional", "company"),
            sources=(
                Source(uid("so:pa11a"), SourceKind.PUBLIC_SOURCE, "Company websites and public registers"),
                Source(uid("so:pa11b"), SourceKind.THIRD_PARTY, "Data enrichment providers"),
            ),
            recipients=_ids(RECIPIENTS, "hubspot", "callcenter"),
            transfers=(
                Transfer(uid("tr:pa11a"), RECIPIENTS["hubspot"].uuid, "US", mechanism=TransferMechanism.EU_US_DPF),
                Transfer(uid("tr:pa11b"), RECIPIENTS["callcenter"].uuid, "MA", mechanism=TransferMechanism.SCC,
                         scc_module=SccModule.C2P, documentation_reference="SCC signed 3 February 2025",
                         tia_reference="TIA-2025-04", tia_date=date(2025, 1, 20)),
            ),
            security_measures=_ids(MEASURES, "access", "vendor"),
            automated_decision=AutomatedDecision(False, True, False, "Leads are ranked by a score; sales staff decide whom to call"),
            dpia=Dpia((DpiaCriterion.EVALUATION_SCORING, DpiaCriterion.MATCHING_COMBINING, DpiaCriterion.LARGE_SCALE)),
            last_reviewed=None, next_review=date(2026, 10, 1),
        ),
        _activity(
            "PA-012", "Events and webinars",
            description="Organising webinars with IPCOM Group and following up with participants.",
            owner="Marketing", role=Role.JOINT_CONTROLLER, status=Status.DRAFT,
            joint_controllers=_ids(JOINT, "ipcom"),
            purposes=(_p("events", "Registering participants and sending follow-up material", LegalBasis.CONSENT),),
            data_subjects=_ids(SUBJECTS, "customers", "prospects"),
            data=_data("identity", "contact", "professional"),
            sources=(Source(uid("so:pa12"), SourceKind.THIRD_PARTY, "Registrations collected by IPCOM Group"),),
            recipients=_ids(RECIPIENTS, "hubspot"),
            transfers=(
                Transfer(uid("tr:pa12"), RECIPIENTS["hubspot"].uuid, "US", mechanism=TransferMechanism.EU_US_DPF),
            ),
            retention=(_keep("pa12", ["identity", "contact", "professional"], 1, YEARS, "the event"),),
            security_measures=_ids(MEASURES, "access", "mfa"),
            last_reviewed=None, next_review=None,
        ),
        _activity(
            "PR-001", "Leadcamp platform: hosting and processing of customers' lead data",
            description="Storing, enriching and e-mailing our customers' leads on their instructions (SaaS).",
            owner="Product", role=Role.PROCESSOR, systems=_ids(SYSTEMS, "leadcamp"),
            served_controllers=(
                ServedController(
                    uid("sc:isowil"),
                    Contact(name="Isowil N.V.", address="Brusselsesteenweg 1", postal_code="9090", city="Melle",
                            country="BE", email="privacy@ipcom.be"),
                    processing_categories="Hosting of lead lists; enrichment with company data; sending e-mail campaigns",
                ),
                ServedController(
                    uid("sc:anker"),
                    Contact(name="Brouwerij Het Anker NV", city="Mechelen", country="BE", email="privacy@hetanker.example"),
                    dpo=Contact(name="Jan Peeters", email="dpo@hetanker.example"),
                    processing_categories="Hosting of lead lists; sending e-mail campaigns",
                ),
            ),
            data_subjects=_ids(SUBJECTS, "end_users"),
            data=_data("identity", "contact", "professional", "company", "connection"),
            recipients=_ids(RECIPIENTS, "combell", "clearbit"),
            transfers=(
                Transfer(uid("tr:pr1"), RECIPIENTS["clearbit"].uuid, "US", mechanism=TransferMechanism.EU_US_DPF),
            ),
            security_measures=_ids(MEASURES, "access", "mfa", "encryption", "backup", "logging", "vendor"),
        ),
        _activity(
            "PR-002", "Support desk for customers' end users",
            description="Answering questions of our customers' own contacts on their behalf.",
            owner="Customer success", role=Role.PROCESSOR,
            served_controllers=(
                ServedController(
                    uid("sc:isowil2"),
                    Contact(name="Isowil N.V.", city="Melle", country="BE", email="privacy@ipcom.be"),
                    processing_categories="First-line support by e-mail and chat",
                ),
            ),
            data_subjects=_ids(SUBJECTS, "end_users"),
            data=_data("identity", "contact", "correspondence"),
            recipients=_ids(RECIPIENTS, "freshworks"),
            transfers=(
                Transfer(uid("tr:pr2"), RECIPIENTS["freshworks"].uuid, "IN", mechanism=TransferMechanism.SCC,
                         scc_module=SccModule.P2P, documentation_reference="SCC module 3, 2 May 2024"),
            ),
            security_measures=_ids(MEASURES, "access", "training"),
        ),
    )


def organisation() -> Organisation:
    return Organisation(
        uuid=uid("org"),
        legal_name="Cardify NV",
        address="Sint-Pietersnieuwstraat 41",
        postal_code="9000",
        city="Gent",
        country="BE",
        registration_number="BE 0644.762.091",
        email="privacy@cardify.example",
        phone="+32 9 123 45 67",
        website="https://www.leadcamp.example",
        language="en",
        dpo_kind=DpoKind.EXTERNAL,
        dpo=Contact(name="Sofie Maes", organisation="Privanova BV", address="Coupure Links 653", postal_code="9000",
                    city="Gent", country="BE", email="dpo@privanova.example", phone="+32 9 765 43 21"),
        register_version="2026.2",
    )


def demo_register() -> Register:
    return Register(
        organisation=organisation(),
        activities=activities(),
        data_subject_categories=tuple(SUBJECTS.values()),
        data_categories=tuple(DATA.values()),
        recipients=tuple(RECIPIENTS.values()),
        security_measures=tuple(MEASURES.values()),
        systems=tuple(SYSTEMS.values()),
        joint_controllers=tuple(JOINT.values()),
    )
