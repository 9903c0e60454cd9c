"""``ropa export`` with the Excel, PDF and CSV formats, on real register files."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ropa.cli import main
from ropa.commands.export import select_activities
from ropa.domain.model import Register
from ropa.fingerprint import fingerprint, short


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo register file for the module (these tests only read it): creating one takes a second."""
    from ropa.demo import demo_register as build
    from ropa.service import RegisterStore

    path = tmp_path_factory.mktemp("register") / "demo.ropa"
    register = build()
    with RegisterStore.create(path, register.organisation) as store:
        store.import_register(register)
    return path


def _cover(path: Path) -> dict[str, str]:
    ws = load_workbook(path).worksheets[0]
    return {str(r[0]): str(r[1]) for r in ws.iter_rows(values_only=True) if r and r[0]}


def test_xlsx_with_filters_fingerprints_the_selection(
    tmp_path: Path, demo_file: Path, demo_register: Register, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "hr.xlsx"
    assert main(["export", str(demo_file), "--format", "xlsx", "--lang", "fr", "--owner", "hr", "-o", str(out)]) == 0
    assert "Exported 2 activities" in capsys.readouterr().out
    wb = load_workbook(out)
    assert wb.sheetnames[1] == "Responsable du traitement"
    assert [r[0] for r in wb.worksheets[1].iter_rows(min_row=2, values_only=True)] == ["PA-001", "PA-002"]
    digest = fingerprint(select_activities(demo_register, None, None, "HR"))
    assert _cover(out)["Empreinte SHA-256 du contenu exporté"] == digest
    assert main(["fingerprint", str(demo_file), "--owner", "HR"]) == 0
    assert capsys.readouterr().out.strip() == digest


def test_pdf_in_the_register_language_by_default(tmp_path: Path, demo_file: Path, demo_register: Register) -> None:
    out = tmp_path / "register.pdf"
    assert main(["export", str(demo_file), "--format", "pdf", "--role", "processor", "-o", str(out)]) == 0
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Record of categories of processing activities carried out as processor" in text
    assert "PR-001" in text and "PA-001 Payroll" not in text
    assert short(fingerprint(select_activities(demo_register, "processor", None, None))) in text


def test_csv_zip_with_status_filter(tmp_path: Path, demo_file: Path) -> None:
    import csv
    import io
    import zipfile

    out = tmp_path / "drafts.zip"
    assert main(["export", str(demo_file), "--format", "csv", "--status", "draft", "--lang", "nl", "-o", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        controller = archive.read("02-Verwerkingsverantwoordelijke.csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(controller, newline=""), delimiter=";"))
    assert [row[0] for row in rows] == ["Referentie", "PA-012"]


def test_unwritable_destination_is_one_line_and_leaves_nothing(
    tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no" / "such" / "folder.pdf"
    assert main(["export", str(demo_file), "--format", "pdf", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("ropa: cannot write") and err.count("\n") == 1
    assert not (tmp_path / "no").exists()


def test_exported_files_get_ordinary_permissions(tmp_path: Path, demo_file: Path) -> None:
    import os
    import stat

    old = os.umask(0o022)
    try:
        out = tmp_path / "perm.xlsx"
        assert main(["export", str(demo_file), "--format", "xlsx", "-o", str(out)]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_heavy_libraries_are_not_loaded_by_the_cli_or_the_registry() -> None:
    import subprocess
    import sys

    code = (
        "import sys, ropa.cli, ropa.exports, ropa.exports.tables, ropa.fingerprint; ropa.cli.build_parser(); "
        "print(sorted(m for m in ('openpyxl', 'reportlab') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("fmt", ["xlsx", "pdf", "csv"])
def test_cover_names_a_frozen_version(tmp_path: Path, demo_register: Register, fmt: str) -> None:
    """``ropa export --version NAME`` passes the name in ExportOptions.extra; every cover shows it."""
    from ropa.exports import ExportOptions, exporter

    out = tmp_path / ("v.zip" if fmt == "csv" else f"v.{fmt}")
    exporter(fmt)(demo_register, out, ExportOptions(language="nl", extra={"version_name": "Jaarlijkse herziening 2026"}))
    if fmt == "xlsx":
        assert _cover(out)["Geëxporteerde bevroren versie"] == "Jaarlijkse herziening 2026"
    elif fmt == "pdf":
        assert "Geëxporteerde bevroren versie Jaarlijkse herziening 2026" in " ".join(
            PdfReader(out).pages[0].extract_text().split()
        )
    else:
        import zipfile

        with zipfile.ZipFile(out) as archive:
            assert "Jaarlijkse herziening 2026" in archive.read("01-Register.csv").decode("utf-8-sig")
