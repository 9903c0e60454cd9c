"""Change reports written to real PDF and Excel files in EN/FR/NL/DE, then opened with pypdf and openpyxl."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ropa.exports import ExportOptions
from ropa.exports.change_report_pdf import export as export_pdf
from ropa.exports.change_report_xlsx import export as export_xlsx
from ropa.exports.common import ExportCancelled
from ropa.fingerprint import short
from ropa.i18n import LANGUAGES, Translator
from ropa.service import RegisterStore
from ropa.versions import ChangeReport, compare, freeze
from ropa.versions.diff import iter_rows
from tests.test_versions import edit_demo

IRELAND = {"en": "Ireland", "fr": "Irlande", "nl": "Ierland", "de": "Irland"}


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ChangeReport]:
    """One register, frozen then edited as in the issue; the report in each language."""
    from ropa.demo import demo_register

    path = tmp_path_factory.mktemp("reports") / "demo.ropa"
    register = demo_register()
    with RegisterStore.create(path, register.organisation) as store:
        store.import_register(register)
        freeze(store, "2026 annual review", "Before the audit", "Board of directors")
        edit_demo(store)
        formula = store.find_activity("PA-012")
        store.save_activity(dataclasses.replace(formula, notes="=HYPERLINK(\"http://evil.example\")"))
        return {lang: compare(store, "2026 annual review", "current", lang) for lang in LANGUAGES}


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("language", LANGUAGES)
def test_pdf_change_report(reports: dict[str, ChangeReport], tmp_path: Path, language: str) -> None:
    report = reports[language]
    t = Translator(language)
    path = tmp_path / f"changes-{language}.pdf"
    export_pdf(report, path, ExportOptions(language=language))
    reader = PdfReader(path)
    content = pdf_text(path)
    flat = " ".join(content.split())
    assert t("versions.doc.title") in flat
    assert "2026 annual review" in flat and t("versions.side.current") in flat
    for fingerprint in (report.old.fingerprint, report.new.fingerprint):
        assert short(fingerprint)[:17] in flat  # the first two groups are on one line
    assert f"{t('versions.summary.changed')} {len(report.changed)}" in flat
    assert "HubSpot, Inc." in flat and IRELAND[language] in flat
    for change in report.activities:
        assert change.reference in flat
    assert f"{t('versions.doc.page', page=1, total=len(reader.pages))}" in flat
    assert reader.metadata is not None and reader.metadata.title.startswith(t("versions.doc.title"))
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


@pytest.mark.parametrize("language", LANGUAGES)
def test_xlsx_change_report(reports: dict[str, ChangeReport], tmp_path: Path, language: str) -> None:
    report = reports[language]
    t = Translator(language)
    path = tmp_path / f"changes-{language}.xlsx"
    export_xlsx(report, path, ExportOptions(language=language))
    wb = load_workbook(path)
    assert wb.sheetnames == [t("versions.sheet.summary"), t("versions.sheet.changes")]
    summary = {row[0]: row[1:] for row in wb.worksheets[0].iter_rows(values_only=True) if row[0]}
    assert summary[t("versions.cover.fingerprint")] == (report.old.fingerprint, report.new.fingerprint)
    assert summary[t("versions.summary.changed")][0] == len(report.changed)
    assert summary[t("versions.summary.removed")][0] == 1
    changes = wb.worksheets[1]
    rows = list(changes.iter_rows(values_only=True))
    assert rows[0][:7] == tuple(t(f"versions.column.{k}") for k in ("section", "reference", "name", "status", "field",
                                                                    "before", "after"))
    assert changes.auto_filter.ref == f"A1:H{len(rows)}" and changes.freeze_panes == "D2"
    expected = [tuple(v or None for v in row) for row in iter_rows(report)]
    assert rows[1:] == expected
    moved = [r for r in rows[1:] if r[1] in ("PA-003", "PA-011", "PA-012") and r[6] == IRELAND[language]]
    assert len(moved) == 3 and all(r[7] and "HubSpot" in r[7] for r in moved)
    # Text that looks like a formula stays text.
    cells = [c for row in changes.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_an_empty_report_says_so(reports: dict[str, ChangeReport], tmp_path: Path) -> None:
    report = dataclasses.replace(reports["en"], organisation=(), catalogue=(), activities=(), acknowledgements=())
    export_pdf(report, tmp_path / "empty.pdf", ExportOptions())
    assert "No difference" in pdf_text(tmp_path / "empty.pdf")
    export_xlsx(report, tmp_path / "empty.xlsx", ExportOptions())
    assert load_workbook(tmp_path / "empty.xlsx").worksheets[1].max_row == 1


@pytest.mark.parametrize("exporter", [export_pdf, export_xlsx])
def test_cancel_leaves_no_file(reports: dict[str, ChangeReport], tmp_path: Path, exporter) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "report.out"
    with pytest.raises(ExportCancelled):
        exporter(reports["en"], target, ExportOptions(cancelled=lambda: True))
    assert list(tmp_path.iterdir()) == []
