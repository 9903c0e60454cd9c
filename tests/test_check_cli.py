"""``ropa check`` and ``ropa acknowledge`` on real register files: exit codes, text, JSON, languages."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ropa.cli import main
from ropa.domain.model import Register
from ropa.service import RegisterStore
from tests.test_checks_demo import EXPECTED
from tests.test_checks_rules import clean

AS_OF = ["--as-of", "2026-11-21"]


def _write(path: Path, register: Register) -> Path:
    with RegisterStore.create(path, register.organisation) as store:
        store.import_register(register)
    return path


@pytest.fixture(scope="module")
def _originals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo and a clean register written once per module (writing is the slow part)."""
    from ropa.demo import demo_register

    folder = tmp_path_factory.mktemp("originals")
    return {"demo": _write(folder / "demo.ropa", demo_register()), "clean": _write(folder / "clean.ropa", clean())}


@pytest.fixture
def demo_file(_originals: dict[str, Path], tmp_path: Path) -> Path:
    """A fresh copy of a real register file holding the demo (each test may change its own)."""
    return Path(shutil.copy(_originals["demo"], tmp_path / "demo.ropa"))


@pytest.fixture
def clean_file(_originals: dict[str, Path], tmp_path: Path) -> Path:
    """A real register file on which no rule fires."""
    return Path(shutil.copy(_originals["clean"], tmp_path / "clean.ropa"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; argparse errors (SystemExit) give their exit status like the real process."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_clean_register_exits_0(clean_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", str(clean_file), *AS_OF)
    assert (code, err) == (0, "")
    assert "No findings." in out and "Register completeness: 100%" in out


def test_errors_exit_1_and_text_is_grouped_by_activity(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", str(demo_file), *AS_OF)
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines[0] == "Checks of the record of processing activities of Cardify NV, as of Nov 21, 2026"
    headings = [line for line in lines if line and not line.startswith(" ")][1:-1]
    assert headings[5:] == [
        "PA-006 Website analytics and cookies  (completeness 100%)",
        "PA-007 Customer support  (completeness 100%)",
        "PA-008 IT accounts, e-mail and security logs  (completeness 100%)",
        "PA-010 Whistleblowing channel  (completeness 100%)",
        "PA-011 Prospecting and lead generation  (completeness 85%)",
        "PA-012 Events and webinars  (completeness 100%)",
        "PR-001 Leadcamp platform: hosting and processing of customers' lead data  (completeness 80%)",
        "PR-002 Support desk for customers' end users  (completeness 80%)",
        "Recipient: Clearbit (HubSpot, Inc.)",
        "Recipient: Freshworks Technologies Pvt Ltd",
        "Recipient: Google Ireland Ltd (Analytics)",
        "Recipient: Atlas Contact SARL",
        "Data category: Identification data",
        "Data category: Contact details",
        "Data category: Professional life",
    ]
    google = lines.index("Recipient: Google Ireland Ltd (Analytics)")
    assert lines[google + 1].split()[:3] == ["error", "TRANSFER-DPF-NOT-CERTIFIED", "Art."]
    assert "Transfers to Google Ireland Ltd (Analytics) (United States) rely on" in lines[google + 1]
    assert lines[-1] == "Errors: 6 · Warnings: 21 · Info: 10 · Accepted: 0 · Register completeness: 96%"
    assert "\033[" not in out  # not a terminal: no colour


def test_json_output_has_every_field_message_and_scores(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(demo_file), "--format", "json", "--lang", "de", *AS_OF)
    assert code == 1
    report = json.loads(out)
    assert report["as_of"] == "2026-11-21" and report["language"] == "de"
    assert report["summary"] == {"errors": 6, "warnings": 21, "info": 10, "acknowledged": 0}
    assert report["completeness"]["register"] == {"percent": 96, "documented": 88, "applicable": 91, "missing": []}
    assert len(report["completeness"]["activities"]) == 14
    pairs = {(f["rule_id"], f["activity_reference"] or f["concerns"].split(": ", 1)[1]) for f in report["findings"]}
    assert pairs == EXPECTED
    first = next(f for f in report["findings"] if f["rule_id"] == "TRANSFER-DPF-NOT-CERTIFIED")
    assert set(first) == {
        "rule_id", "severity", "article", "article_label", "title", "message", "activity_uuid", "activity_reference",
        "concerns", "target_uuid", "part_uuid", "field", "params", "acknowledgement",
    }
    assert first["article_label"] == "Art. 45 Abs. 1"
    assert first["params"]["destination"] == "US"  # codes in params, names in the message
    assert "Vereinigte Staaten" in first["message"]


def test_french_text_output(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", str(demo_file), "--lang", "fr", *AS_OF)
    assert code == 1
    assert out.startswith("Contrôles du registre des activités de traitement de Cardify NV, au 21 nov. 2026")
    assert "  erreur         TRANSFER-DPF-NOT-CERTIFIED    Art. 45, par. 1" in out
    assert "Destinataire : Atlas Contact SARL" in out
    assert "Complétude du registre : 96 %" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "{missing}"], "does not exist"),
        (["check", "{text}"], "is not a ropa register"),
        (["check", "{demo}", "--format", "xml"], "invalid choice"),
        (["check", "{demo}", "--lang", "es"], "invalid choice"),
        (["check", "{demo}", "--as-of", "21/11/2026"], "21/11/2026 is not a date; write it as YYYY-MM-DD"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    argv: list[str], message: str, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.ropa"
    text.write_text("not a register\n", encoding="utf-8")
    paths = {"{missing}": str(tmp_path / "nope.ropa"), "{text}": str(text), "{demo}": str(demo_file)}
    code, out, err = run(capsys, *[paths.get(a, a) for a in argv])
    assert code == 2 and out == ""
    assert message in err and "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith(("ropa: ", "ropa check: error:"))


def test_colour_only_on_a_terminal_and_never_with_no_color(
    demo_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    _, out, _ = run(capsys, "check", str(demo_file), *AS_OF)
    assert "\033[31merror  \033[0m" in out
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run(capsys, "check", str(demo_file), *AS_OF)
    assert "\033[" not in out


def _acks(path: Path) -> set[tuple[str, str, str]]:
    with RegisterStore.open(path, readonly=True) as store:
        return {(a.rule_id, a.target, a.justification) for a in store.snapshot().acknowledgements}


def test_accepting_every_error_makes_the_check_pass(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    accept = [
        ("TRANSFER-DPF-NOT-CERTIFIED", "Google Ireland Ltd (Analytics)"),
        ("LI-INTEREST-MISSING", "pa-011"),  # references are matched exactly: this one is refused below
    ]
    code, out, _ = run(capsys, "acknowledge", str(demo_file), *accept[0], "--reason", "Google LLC is certified", *AS_OF)
    assert code == 0 and out.strip() == "Accepted TRANSFER-DPF-NOT-CERTIFIED for Google Ireland Ltd (Analytics)."
    code, _, err = run(capsys, "acknowledge", str(demo_file), *accept[1], "--reason", "x", *AS_OF)
    assert code == 2 and "nothing in the register matches pa-011" in err
    for rule, target in [
        ("li-interest-missing", "PA-011"),  # rule ids are not case-sensitive
        ("DPIA-REQUIRED-NOT-DONE", "PA-011"),
        ("TRANSFER-DPF-NOT-CERTIFIED", "clearbit hubspot inc"),  # item names are matched like duplicates are
        ("SUBPROCESSOR-CONTACT-MISSING", "Clearbit (HubSpot, Inc.)"),
        ("SUBPROCESSOR-CONTACT-MISSING", "Freshworks Technologies Pvt Ltd"),
    ]:
        code, _, err = run(capsys, "acknowledge", str(demo_file), rule, target, "--reason", "Accepted by the DPO", *AS_OF)
        assert code == 0, err
    code, out, _ = run(capsys, "check", str(demo_file), *AS_OF)
    assert code == 0
    assert out.splitlines()[-1] == "Errors: 0 · Warnings: 21 · Info: 10 · Accepted: 6 · Register completeness: 96%"
    assert "  Accepted:" in out and "reason: Google LLC is certified" in out


def test_withdrawing_an_acceptance(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "acknowledge", str(demo_file), "RETENTION-MISSING", "PA-011", "--reason", "Policy being drafted", *AS_OF)
    assert len(_acks(demo_file)) == 1
    code, out, _ = run(capsys, "acknowledge", str(demo_file), "RETENTION-MISSING", "PA-011", "--withdraw")
    assert code == 0 and "Withdrew" in out
    assert _acks(demo_file) == set()
    code, _, err = run(capsys, "acknowledge", str(demo_file), "RETENTION-MISSING", "PA-011", "--withdraw")
    assert code == 2 and err.startswith("ropa: ")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["NO-SUCH-RULE", "PA-011", "--reason", "x"], "there is no rule NO-SUCH-RULE"),
        (["RETENTION-MISSING", "PA-999", "--reason", "x"], "nothing in the register matches PA-999"),
        (["RETENTION-MISSING", "PA-001", "--reason", "x"], "the register has no RETENTION-MISSING finding for PA-001"),
        (["RETENTION-MISSING", "PA-011", "--reason", "   "], "an acceptance needs a reason"),
    ],
)
def test_a_refused_acceptance_changes_nothing(
    argv: list[str], message: str, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_file.read_bytes()
    code, out, err = run(capsys, "acknowledge", str(demo_file), *argv, *AS_OF)
    assert (code, out) == (2, "")
    assert message in err and len(err.strip().splitlines()) == 1
    assert _acks(demo_file) == set()
    assert demo_file.read_bytes() == before


def test_acceptance_messages_follow_the_language(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "acknowledge", str(demo_file), "RETENTION-MISSING", "PA-011", "--reason", "x",
                       "--lang", "nl", *AS_OF)
    assert code == 0 and out.strip() == "RETENTION-MISSING aanvaard voor PA-011."


def test_the_installed_command_end_to_end(demo_file: Path) -> None:
    """One real process: the exit status a CI script or a shell would see."""
    ropa = Path(sys.executable).parent / "ropa"
    failing = subprocess.run([ropa, "check", demo_file, *AS_OF, "--format", "json"], capture_output=True, text=True)
    assert failing.returncode == 1 and failing.stderr == ""
    assert json.loads(failing.stdout)["summary"]["errors"] == 6
