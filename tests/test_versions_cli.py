"""``ropa versions``, ``freeze``, ``diff`` and ``restore`` on real register files, as a user runs them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ropa.cli import main
from ropa.fingerprint import fingerprint
from ropa.service import RegisterStore
from ropa.versions import list_versions
from tests.test_versions import edit_demo


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ropa.demo import demo_register

    path = tmp_path_factory.mktemp("cli") / "demo.ropa"
    register = demo_register()
    with RegisterStore.create(path, register.organisation) as store:
        store.import_register(register)
    return path


@pytest.fixture
def demo(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.ropa"
    shutil.copy(template, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_freeze_and_list(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "versions", demo) == (0, "No frozen version yet. Freeze one with: ropa freeze FILE --name NAME\n", "")
    code, out, err = run(capsys, "freeze", demo, "--name", "2026 annual review", "--note", "Yearly", "--approved-by", "Board")
    assert code == 0 and err == ""
    with RegisterStore.open(demo, readonly=True) as store:
        expected = fingerprint(store.snapshot())
        (version,) = list_versions(store)
    assert out == f"Frozen version “2026 annual review”: 14 activities, fingerprint {expected}\n"
    assert (version.note, version.approved_by) == ("Yearly", "Board")
    code, out, _ = run(capsys, "versions", demo, "--lang", "fr")
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:2] == ["Nom", "Figée"]
    assert "2026 annual review" in lines[1] and "Board" in lines[1] and lines[1].endswith(expected)
    # A second freeze under the same name is refused in one line, and changes nothing.
    code, out, err = run(capsys, "freeze", demo, "--name", "2026 annual review")
    assert code == 2 and out == ""
    assert err == "ropa: a version named '2026 annual review' already exists and cannot be changed; choose another name\n"


def test_diff_text_json_and_files(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "diff", demo)
    assert code == 2 and err.startswith("ropa: the register has no frozen version yet")
    run(capsys, "freeze", demo, "--name", "v1")
    with RegisterStore.open(demo) as store:
        edit_demo(store)
    run(capsys, "freeze", demo, "--name", "v2")
    code, out, _ = run(capsys, "diff", demo, "--from", "v1", "--to", "v2")
    assert code == 0
    assert "1 added, 1 removed, 7 changed, 6 unchanged activities; 3 catalogue items changed" in out
    assert "Recipient ‘HubSpot, Inc.’: Country: United States → Ireland" in out
    code, out, _ = run(capsys, "diff", demo, "--from", "v1", "--format", "json")
    data = json.loads(out)
    assert data["summary"] == {
        "added": 1, "removed": 1, "changed": 7, "unchanged": 6, "catalogue_items": 3, "organisation_fields": 1,
        "acknowledgements": 0,
    }
    assert data["old"]["label"] == "v1" and data["new"]["version"] is None
    code, out, _ = run(capsys, "diff", demo, "--from", "v2", "--lang", "de")
    assert code == 0 and "Kein Unterschied" in out  # nothing changed since v2
    for fmt in ("pdf", "xlsx"):
        target = tmp_path / f"report.{fmt}"
        code, out, _ = run(capsys, "diff", demo, "--from", "v1", "--format", fmt, "-o", target, "--lang", "nl")
        assert code == 0 and out == f"Wijzigingsrapport geschreven naar {target}\n"
    assert "Wijzigingsrapport" in PdfReader(tmp_path / "report.pdf").pages[0].extract_text()
    assert load_workbook(tmp_path / "report.xlsx").sheetnames == ["Samenvatting", "Wijzigingen"]
    code, _, err = run(capsys, "diff", demo, "--format", "pdf")
    assert code == 2 and err == "ropa: a pdf change report needs a file: add -o FILE\n"
    code, _, err = run(capsys, "diff", demo, "--from", "v7")
    assert code == 2 and err == "ropa: no frozen version named 'v7'; “ropa versions” lists them\n"


def test_restore(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "freeze", demo, "--name", "v1")
    with RegisterStore.open(demo) as store:
        edit_demo(store)
    code, out, _ = run(capsys, "restore", demo, "--version", "v1", "--activity", "PA-005")
    assert code == 0 and out == "Activity PA-005 restored to its state in “v1” (2 fields changed).\n"
    code, out, _ = run(capsys, "restore", demo, "--version", "v1", "--activity", "PA-009")
    assert code == 0 and out == "Activity PA-009 brought back from “v1”.\n"
    code, out, _ = run(capsys, "restore", demo, "--version", "v1", "--activity", "PA-005")
    assert out == "Nothing to restore: the register already matches “v1”.\n"
    code, out, _ = run(capsys, "restore", demo, "--version", "v1")
    assert code == 0 and out == "Register restored to its state in “v1”: 0 activities brought back, 1 removed, 1 changed.\n"
    code, out, _ = run(capsys, "diff", demo, "--from", "v1")
    assert "0 added, 0 removed, 0 changed, 14 unchanged" in out
    code, out, _ = run(capsys, "restore", demo, "--version", "v1")
    assert out == "Nothing to restore: the register already matches “v1”.\n"
    code, _, err = run(capsys, "restore", demo, "--version", "v1", "--activity", "PA-099")
    assert code == 2 and err == "ropa: version 'v1' has no activity PA-099\n"


def test_end_to_end_in_a_new_process(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The installed command: exit codes and one-line errors, never a traceback."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    env.pop("ROPA_DEBUG", None)

    def ropa(*args: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "ropa.cli", *map(str, args)], capture_output=True, text=True, env=env, check=False
        )

    assert main(["freeze", str(demo), "--name", "v1"]) == 0
    result = ropa("diff", demo, "--from", "nope")
    assert result.returncode == 2 and "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
