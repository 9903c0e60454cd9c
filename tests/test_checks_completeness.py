"""The completeness score: what counts, what applies, and that it never disagrees with the findings."""

from __future__ import annotations

import dataclasses

import pytest

from ropa.checks import (
    ACTIVITY_ITEMS,
    ORGANISATION_ITEMS,
    Score,
    activity_scores,
    completeness,
    organisation_completeness,
    register_completeness,
    run_checks,
)
from ropa.domain.enums import DpoKind, Role, Status
from ropa.domain.model import Contact, Register
from tests.test_checks_rules import PA1, PA2, PR1, TODAY, TRIGGERS, act, clean, get, org


def test_the_clean_register_is_complete_item_by_item() -> None:
    register = clean()
    scores = activity_scores(register)
    assert {uuid: (s.documented, s.applicable) for uuid, s in scores.items()} == {
        PA1: (6, 6),  # (b), (c) x2, (d), (f), (g): no joint controller, no transfer
        PA2: (8, 8),  # + joint controllers and transfers
        PR1: (4, 4),  # controllers served, sub-processors, categories of processing, security
    }
    assert organisation_completeness(register.organisation) == Score(2, 2)  # contact, DPO; no representative in BE
    total = register_completeness(register)
    assert (total.documented, total.applicable, total.percent) == (20, 20, 100)


def test_a_missing_item_lowers_the_score_and_is_named() -> None:
    register = act(clean(), PA1, retention=())
    score = completeness(get(register, PA1), register)
    assert (score.documented, score.applicable, score.missing, score.percent) == (5, 6, ("retention",), 83)
    assert register_completeness(register).percent == 95  # 19 of 20


def test_open_ended_retention_is_not_documented() -> None:
    register = TRIGGERS["RETENTION-OPEN-ENDED"](clean())
    assert completeness(get(register, PA1), register).missing == ("retention",)


def test_percent_is_rounded_down_so_100_means_complete() -> None:
    assert Score(2, 3).percent == 66
    assert Score(199, 200).percent == 99
    assert Score(0, 0).percent == 100 and Score(0, 0).complete
    assert not Score(199, 200).complete


def test_items_apply_only_where_applicable() -> None:
    register = org(clean(), dpo_kind=DpoKind.NONE, dpo=Contact())
    assert organisation_completeness(register.organisation) == Score(1, 1)  # no DPO designated: not applicable
    register = org(clean(), country="US")
    assert organisation_completeness(register.organisation) == Score(2, 3, ("representative",))
    register = org(clean(), dpo_kind=None)
    assert organisation_completeness(register.organisation).missing == ("dpo",)


def test_roles_decide_which_article_applies() -> None:
    """The same activity scored as a processor activity is measured against Art. 30(2), not 30(1)."""
    register = act(clean(), PA1, role=Role.PROCESSOR)
    score = completeness(get(register, PA1), register)
    assert score.applicable == 4  # controllers served, (sub-)processors, categories of processing, security
    assert set(score.missing) == {"controllers_served", "processing_categories"}


def test_retired_activities_are_left_out_of_the_register_score() -> None:
    register = act(clean(), PA1, status=Status.RETIRED, purposes=(), data=(), retention=())
    assert register_completeness(register).percent == 100
    assert completeness(get(register, PA1), register).percent < 100  # its own badge still tells the truth


def test_every_item_is_defined_once_per_role_and_has_a_label() -> None:
    from ropa.i18n import Translator

    t = Translator("en")
    for role in Role:
        keys = [i.key for i in ACTIVITY_ITEMS if role in i.roles]
        assert len(keys) == len(set(keys)), role
    for item in (*ACTIVITY_ITEMS, *ORGANISATION_ITEMS):
        assert t(f"checks.item.{item.key}")
        assert item.article.startswith("Art. 30(")


@pytest.mark.parametrize("case", sorted(TRIGGERS))
def test_every_missing_item_has_a_finding_telling_how_to_fix_it(case: str) -> None:
    """The score and the findings share their facts: a gap in the score always has a finding on that field."""
    register: Register = TRIGGERS[case](clean())
    findings = run_checks(register, today=TODAY)
    fields = {(f.activity_uuid, f.field) for f in findings}
    # a recipient's problem is one finding on the recipient that lists the activities using it
    by_reference = {a.reference: a.uuid for a in register.activities}
    recipients = {r.uuid for r in register.recipients}
    fields |= {(by_reference[ref], "recipients") for f in findings if f.target_uuid in recipients
               for ref in f.params.get("activities", ())}
    org_fields = {f.field for f in findings if f.target_uuid == register.organisation.uuid}
    by_key = {(i.key, i.roles): i for i in ACTIVITY_ITEMS}
    for activity in register.activities:
        score = completeness(activity, register)
        for key in score.missing:
            [item] = [i for (k, roles), i in by_key.items() if k == key and activity.role in roles]
            assert (activity.uuid, item.field) in fields, (case, activity.reference, key)
    for key in organisation_completeness(register.organisation).missing:
        [item] = [i for i in ORGANISATION_ITEMS if i.key == key]
        assert item.field in org_fields, (case, key)


def test_scores_of_a_register_without_activities() -> None:
    register = dataclasses.replace(clean(), activities=())
    assert activity_scores(register) == {}
    assert register_completeness(register) == Score(2, 2)


def test_transfers_item_follows_the_transfer_rules() -> None:
    for case in ("TRANSFER-NO-MECHANISM", "DEROGATION-MISSING", "TRANSFER-SAFEGUARDS-MISSING",
                 "RECIPIENT-THIRD-COUNTRY-NO-TRANSFER", "TRANSFER-DESTINATION-MISSING"):
        register = TRIGGERS[case](clean())
        assert completeness(get(register, PA2), register).missing == ("transfers",), case
    for case in ("TRANSFER-DPF-NOT-CERTIFIED", "DEROGATION-REPETITIVE", "TRANSFER-SCC-MODULE-MISSING"):
        register = TRIGGERS[case](clean())  # documented, though not compliant: the score measures the record
        assert completeness(get(register, PA2), register).complete, case
    assert completeness(get(clean(), PR1), clean()).complete
