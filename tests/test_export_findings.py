"""The findings annex (``--findings``): the compliance checks printed with the export."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ropa.checks import run_checks
from ropa.cli import main
from ropa.domain.model import Acknowledgement, Register
from ropa.exports import ExportOptions
from ropa.exports.csv_export import export as export_csv
from ropa.exports.pdf import export as export_pdf
from ropa.exports.xlsx import export as export_xlsx
from ropa.i18n import Translator
from tests.test_export_expected import normalise


@pytest.fixture
def acknowledged(demo_register: Register) -> Register:
    """The demo with one finding accepted by the DPO."""
    finding = next(f for f in run_checks(demo_register, today=date.today()) if f.rule_id == "ART10-CRIMINAL-DATA")
    ack = Acknowledgement("8d1c2f1e-0000-4000-8000-000000000001", finding.rule_id, finding.target_uuid,
                          "Processing authorised by the Act of 28 November 2022")
    return dataclasses.replace(demo_register, acknowledgements=(ack,))


def test_excel_findings_sheet(tmp_path: Path, acknowledged: Register) -> None:
    path = tmp_path / "f.xlsx"
    export_xlsx(acknowledged, path, ExportOptions(language="fr", include_findings=True))
    wb = load_workbook(path)
    assert wb.sheetnames[-1] == "Constats"
    rows = list(wb["Constats"].iter_rows(values_only=True))
    findings = run_checks(acknowledged, today=date.today())
    assert len(rows) == len(findings) + 1
    t = Translator("fr")
    assert rows[0][:3] == (t("export.column.reference"), t("export.column.activity"), t("export.column.severity"))
    crime = next(r for r in rows if r[4] == "ART10-CRIMINAL-DATA")
    assert crime[0] == "PA-010" and crime[2] == "Avertissement" and crime[3] == "Art. 10"
    assert crime[6] == "Processing authorised by the Act of 28 November 2022"
    cover = {r[0]: r[1] for r in wb.worksheets[0].iter_rows(values_only=True) if r and r[0]}
    assert "(1 acceptés)" in cover["Constats des contrôles de conformité"]


def test_pdf_annex(tmp_path: Path, acknowledged: Register) -> None:
    path = tmp_path / "f.pdf"
    export_pdf(acknowledged, path, ExportOptions(include_findings=True))
    pages = [p.extract_text() for p in PdfReader(path).pages]
    start = next(i for i, p in enumerate(pages) if "Annex: findings of the compliance checks" in p and i > 1)
    annex = normalise("\n".join(pages[start:]))
    finding = next(f for f in run_checks(acknowledged, today=date.today()) if f.rule_id == "LI-INTEREST-MISSING")
    assert normalise(finding.message(Translator("en"))) in annex
    assert "Acknowledged: Processing authorised by the Act of 28 November 2022" in annex
    assert "Annex: findings of the compliance checks" in pages[1]  # listed in the contents


def test_csv_findings_file(tmp_path: Path, demo_register: Register) -> None:
    export_csv(demo_register, tmp_path / "out", ExportOptions(include_findings=True))
    assert (tmp_path / "out" / "11-Findings.csv").exists()


def test_without_the_option_there_is_no_annex(tmp_path: Path, demo_register: Register) -> None:
    path = tmp_path / "plain.xlsx"
    export_xlsx(demo_register, path, ExportOptions())
    assert "Findings" not in load_workbook(path).sheetnames


def test_cli_findings_flag(tmp_path: Path, demo_file: Path) -> None:
    out = tmp_path / "with-findings.xlsx"
    assert main(["export", str(demo_file), "--format", "xlsx", "--findings", "-o", str(out)]) == 0
    assert load_workbook(out).sheetnames[-1] == "Findings"
