"""`ropa templates`, `ropa add-template` and `ropa new --pack` on real register files."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa.cli import main
from ropa.domain.enums import Role
from ropa.service import RegisterStore
from ropa.templates import ENV_VAR, load_library


@pytest.fixture(autouse=True)
def no_user_templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.delenv("ROPA_PASSPHRASE", raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], list[str]]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def test_templates_lists_one_template_a_line_in_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, err = run(capsys, "templates", "--lang", "fr")
    assert (code, err) == (0, [])
    library = load_library(user=False)
    assert len(lines) == len(library) >= 30
    rows = {line.split(maxsplit=1)[0]: line.split(maxsplit=1)[1] for line in lines}
    assert rows["payroll"] == "Gestion de la paie"
    assert rows["cctv"] == "Vidéosurveillance"
    assert list(rows) == sorted(rows)
    _, english, _ = run(capsys, "templates")
    assert "payroll  " in english[[line.split()[0] for line in english].index("payroll")]
    assert any(line.endswith("Payroll") for line in english)


def test_templates_search_show_and_packs(capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, _ = run(capsys, "templates", "--lang", "nl", "--search", "camera")
    assert code == 0 and lines[0].split()[0] == "cctv"
    code, lines, _ = run(capsys, "templates", "--lang", "de", "--show", "whistleblowing")
    text = "\n".join(lines)
    assert code == 0 and lines[0] == "whistleblowing: Hinweisgebersystem"
    assert "Speicherdauer (Fristen für die Löschung):" in text and "HinSchG" in text
    code, lines, _ = run(capsys, "templates", "--packs", "--lang", "fr")
    assert code == 0 and [line.split()[0] for line in lines] == ["association", "saas", "sme", "webshop"]
    assert "PME de services (bureaux)" in lines[2]


def test_templates_show_unknown_id_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "templates", "--show", "bakery")
    assert (code, out) == (2, [])
    assert err == ["ropa: no activity template with id 'bakery'; 'ropa templates' lists them"]


def test_add_template_prints_the_reference_and_remembers_the_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "acme.ropa"
    assert run(capsys, "new", str(path), "--org", "Acme GmbH", "--lang", "de")[0] == 0
    code, lines, err = run(capsys, "add-template", str(path), "payroll")
    assert (code, err, lines) == (0, [], ["PA-001  Lohn- und Gehaltsabrechnung"])  # the register's language
    code, lines, _ = run(capsys, "add-template", str(path), "processor_saas", "cctv", "--lang", "fr")
    assert code == 0 and [line.split()[0] for line in lines] == ["PR-001", "PA-002"]
    assert lines[1] == "PA-002  Vidéosurveillance"
    with RegisterStore.open(path, readonly=True) as store:
        payroll = store.find_activity("PA-001")
        saas = store.find_activity("PR-001")
    assert (payroll.template_id, payroll.template_version) == ("payroll", "1.0")
    assert saas.role is Role.PROCESSOR and saas.template_id == "processor_saas"


def test_add_template_with_an_unknown_id_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "acme.ropa"
    run(capsys, "new", str(path), "--org", "Acme SA")
    before = path.read_bytes()
    code, out, err = run(capsys, "add-template", str(path), "payroll", "bakery")
    assert (code, out) == (2, [])
    assert len(err) == 1 and "'bakery'" in err[0]
    assert path.read_bytes() == before
    with RegisterStore.open(path, readonly=True) as store:
        assert store.activities() == []


def test_new_with_a_pack_creates_the_register_with_its_activities(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "club.ropa"
    code, lines, err = run(
        capsys, "new", str(path), "--org", "Sportclub De Ploeg", "--pack", "association", "--lang", "nl"
    )
    assert (code, err) == (0, [])
    pack = load_library(user=False).pack("association")
    assert lines[0].endswith(f"with {len(pack.templates)} activities from the association pack")
    with RegisterStore.open(path, readonly=True) as store:
        activities = store.activities()
        organisation = store.organisation()
    assert organisation.language == "nl" and organisation.legal_name == "Sportclub De Ploeg"
    assert sorted(a.template_id for a in activities) == sorted(pack.templates)
    assert {a.name for a in activities} >= {"Ledenbeheer", "Vrijwilligersbeheer", "Giften en fondsenwerving"}


def test_new_with_an_unknown_pack_creates_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.ropa"
    code, out, err = run(capsys, "new", str(path), "--org", "X", "--pack", "bakery")
    assert (code, out) == (2, [])
    assert err == ["ropa: no sector pack with id 'bakery'; available: association, saas, sme, webshop"]
    assert not path.exists()
    code, _, err = run(capsys, "new", str(path), "--from", str(tmp_path / "x.json"), "--pack", "sme")
    assert code == 2 and "--pack" in err[0] and not path.exists()


def test_a_broken_user_template_is_reported_with_file_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "firm"
    folder.mkdir()
    (folder / "bikes.toml").write_text('id = "bikes"\nversion = "1.0"\nrole = "owner"\n', encoding="utf-8")
    path = folder / "bikes.toml"
    monkeypatch.setenv(ENV_VAR, str(folder))
    code, out, err = run(capsys, "templates")
    assert (code, out) == (2, [])
    assert len(err) == 1 and err[0].startswith(f"ropa: {path}: (top level): ")
