"""``ropa acknowledge``: accept a finding knowingly, with a reason kept in the register (or withdraw that).

The target is what the finding concerns: an activity reference or UUID, ``organisation``, a
catalogue item's name or UUID, or the UUID of one row of an activity (a purpose, a transfer...).
An accepted finding stays visible (exports show it with the reason) but no longer fails ``ropa check``.
"""

from __future__ import annotations

import argparse

from ropa.commands._common import file_argument, open_store
from ropa.domain.model import Register
from ropa.i18n import LANGUAGES, Translator

ORGANISATION_WORDS = frozenset({"organisation", "organization"})


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "acknowledge",
        help="accept a finding of the checks, with a reason",
        description="Accept a finding of `ropa check` knowingly: it stays listed with your reason but no longer "
        "counts as an open error. TARGET is an activity reference or UUID, 'organisation', or a catalogue item's "
        "name or UUID.",
    )
    file_argument(parser)
    parser.add_argument("rule_id", metavar="RULE_ID", help="the rule, as printed by ropa check (e.g. RETENTION-MISSING)")
    parser.add_argument("target", metavar="TARGET", help="what the finding concerns")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--reason", help="why the finding is accepted (kept in the register and shown in exports)")
    action.add_argument("--withdraw", action="store_true", help="withdraw an earlier acceptance")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the messages (default: the register's language)")
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help="the date the finding is checked as of (default: today)")
    parser.set_defaults(handler=run)


def resolve_target(register: Register, target: str, t: Translator) -> tuple[str, str]:
    """The UUID an acknowledgement attaches to, and how to name it to the user."""
    from ropa.checks.facts import normalised_name
    from ropa.domain.model import CATALOGUES, Purpose, RetentionRule, ServedController, Transfer
    from ropa.errors import NotFoundError, ValidationError

    wanted = target.strip()
    org = register.organisation
    if wanted.casefold() in ORGANISATION_WORDS or wanted == org.uuid:
        return org.uuid, org.legal_name
    for activity in register.activities:
        if wanted in (activity.reference, activity.uuid):
            return activity.uuid, activity.reference
    by_name = []
    for name in CATALOGUES:
        for item in register.catalogue(name):
            if item.uuid == wanted:
                return item.uuid, item.name
            if normalised_name(item.name) == normalised_name(wanted):
                by_name.append(item)
    if len(by_name) == 1:
        return by_name[0].uuid, by_name[0].name
    if len(by_name) > 1:
        raise ValidationError([t("checks.error.ambiguous_target", target=wanted)])
    for activity in register.activities:
        parts: list[Purpose | Transfer | RetentionRule | ServedController] = [*activity.purposes, *activity.transfers, *activity.retention, *activity.served_controllers]
        if any(part.uuid == wanted for part in parts):
            return wanted, f"{activity.reference} ({wanted})"
    raise NotFoundError(t("checks.error.unknown_target", target=wanted))


def run(args: argparse.Namespace) -> int:
    from ropa.checks import RULES, run_checks
    from ropa.commands.check import parse_date
    from ropa.errors import NotFoundError, ValidationError

    with open_store(args.file) as store:
        snapshot = store.snapshot()
        language = args.lang or snapshot.organisation.language
        t = Translator(language if language in LANGUAGES else "en")
        rule_id = args.rule_id.strip().upper()
        if rule_id not in RULES:
            raise ValidationError([t("checks.error.unknown_rule", rule=args.rule_id)])
        uuid, label = resolve_target(snapshot, args.target, t)
        if args.withdraw:
            store.withdraw_acknowledgement(rule_id, uuid)
            print(t("checks.cli.withdrawn", rule=rule_id, target=label))
            return 0
        if not args.reason.strip():
            raise ValidationError([t("checks.error.empty_reason")])
        findings = run_checks(snapshot, today=parse_date(args.as_of, t))
        if not any(f.rule_id == rule_id and uuid in (f.target_uuid, f.part_uuid) for f in findings):
            raise NotFoundError(t("checks.error.no_finding", rule=rule_id, target=label))
        store.acknowledge(rule_id, uuid, args.reason.strip())
    print(t("checks.cli.acknowledged", rule=rule_id, target=label))
    return 0
