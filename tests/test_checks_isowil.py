"""A register an expert transcribed from a real privacy policy gives exactly the findings an auditor expects.

tests/fixtures/isowil-register.json transcribes the Isowil N.V. privacy policy (Dutch); the expected
findings, each with the reason an auditor raises it, were written in
tests/fixtures/isowil-expected-findings.toml before the rules of issue 12. The register goes through
the real JSON import (``ropa new --from``) into a real file, the checks, and the PDF export in English
and French with the findings annex: every expected finding is raised with its severity, nothing else is,
and each one is printed in the annex.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader

from ropa.checks import run_checks
from ropa.cli import main
from ropa.domain.model import Register
from ropa.exports import ExportOptions
from ropa.exports.pdf import export as export_pdf
from ropa.i18n import Translator
from ropa.service import RegisterStore
from tests.test_export_expected import normalise

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXPECTED = tomllib.loads((FIXTURES / "isowil-expected-findings.toml").read_text(encoding="utf-8"))


def _expected() -> Counter[tuple[str, str, str]]:
    return Counter((f["rule"], f["concerns"], f["severity"]) for f in EXPECTED["finding"])


def _concerns(register: Register) -> dict[str, str]:
    names = {register.organisation.uuid: "organisation"}
    names.update({a.uuid: a.reference for a in register.activities})
    for catalogue in ("recipients", "data_categories", "joint_controllers", "data_subject_categories",
                      "security_measures", "systems"):
        names.update({i.uuid: i.name for i in register.catalogue(catalogue)})
    return names


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Register:
    path = tmp_path_factory.mktemp("isowil") / "isowil.ropa"
    assert main(["new", str(path), "--from", str(FIXTURES / "isowil-register.json")]) == 0
    with RegisterStore.open(path, readonly=True) as store:
        return store.snapshot()


def test_the_transcribed_register_imports_whole(imported: Register) -> None:
    assert imported.organisation.legal_name == "Isowil N.V."
    assert (len(imported.activities), len(imported.recipients), len(imported.data_categories)) == (7, 7, 10)
    assert sum(len(a.transfers) for a in imported.activities) == 4
    assert sum(len(a.retention) for a in imported.activities) == 9


def test_every_expected_finding_is_raised_and_nothing_else(imported: Register) -> None:
    findings = run_checks(imported, today=EXPECTED["as_of"])
    concerns = _concerns(imported)
    raised = Counter((f.rule_id, concerns[f.activity_uuid or f.target_uuid], f.severity.value) for f in findings)
    expected = _expected()
    assert raised - expected == Counter(), "false alarms"
    assert expected - raised == Counter(), "expected findings not raised"
    assert sum(raised.values()) == 23


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_pdf_annex_prints_every_expected_finding(imported: Register, tmp_path: Path, language: str) -> None:
    path = tmp_path / f"isowil-{language}.pdf"
    export_pdf(imported, path, ExportOptions(language=language, include_findings=True))
    pages = [p.extract_text() for p in PdfReader(path).pages]
    t = Translator(language)
    heading = t("export.doc.findings")
    start = max(i for i, p in enumerate(pages) if heading in p)
    annex = normalise("\n".join(pages[start:]))
    for finding in run_checks(imported, today=EXPECTED["as_of"]):
        assert normalise(finding.message(t)) in annex, finding.rule_id
