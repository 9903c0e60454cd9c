"""Encryption on the command line: ROPA_PASSPHRASE for scripts, a no-echo prompt at a real terminal."""

from __future__ import annotations

import hashlib
import os
import pty
import select
import shutil
import sys
import time
from pathlib import Path

import pytest

from ropa.cli import main
from ropa.service import RegisterStore

PASSPHRASE = "Spekulatius & Stroopwafel"


@pytest.fixture(scope="module")
def encrypted_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "master.ropa"
    os.environ["ROPA_PASSPHRASE"] = PASSPHRASE
    try:
        assert main(["demo", str(path), "--encrypt"]) == 0
    finally:
        del os.environ["ROPA_PASSPHRASE"]
    return path


@pytest.fixture
def encrypted(encrypted_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "acme.ropa"
    shutil.copyfile(encrypted_master, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_scripts_use_the_environment_variable(encrypted: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    before = hashlib.sha256(encrypted.read_bytes()).hexdigest()
    code, _, err = run(capsys, "info", encrypted)
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("ropa: acme.ropa is encrypted") and "ROPA_PASSPHRASE" in err
    monkeypatch.setenv("ROPA_PASSPHRASE", "not it")
    code, _, err = run(capsys, "export", encrypted, "--format", "json", "-o", tmp_path / "x.json")
    assert (code, err) == (2, "ropa: wrong passphrase for acme.ropa\n")
    assert hashlib.sha256(encrypted.read_bytes()).hexdigest() == before  # untouched
    assert not (tmp_path / "x.json").exists()
    monkeypatch.setenv("ROPA_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "info", encrypted)
    assert code == 0 and "Cardify NV" in out
    code, _, _ = run(capsys, "export", encrypted, "--format", "json", "-o", tmp_path / "x.json")
    assert code == 0 and "Cardify NV" in (tmp_path / "x.json").read_text(encoding="utf-8")
    for output in (out, (tmp_path / "x.json").read_text(encoding="utf-8")):
        assert PASSPHRASE not in output


def test_encrypt_change_and_decrypt_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plain.ropa"
    assert run(capsys, "new", path, "--org", "Acme SA")[0] == 0
    code, _, err = run(capsys, "encrypt", path)
    assert code == 2 and "ROPA_PASSPHRASE" in err  # no passphrase and nobody to ask: nothing done
    assert path.read_bytes().startswith(b"SQLite format 3")
    monkeypatch.setenv("ROPA_PASSPHRASE", "first")
    code, out, _ = run(capsys, "encrypt", path)
    assert code == 0 and "plain.ropa is now encrypted" in out
    assert not path.read_bytes().startswith(b"SQLite format 3")
    code, _, err = run(capsys, "passphrase", path)
    assert code == 2 and "ROPA_NEW_PASSPHRASE" in err
    monkeypatch.setenv("ROPA_NEW_PASSPHRASE", "second")
    assert run(capsys, "passphrase", path)[:2] == (0, "the passphrase of plain.ropa has been changed\n")
    assert run(capsys, "info", path)[0] == 2  # "first" no longer opens it
    monkeypatch.setenv("ROPA_PASSPHRASE", "second")
    assert run(capsys, "decrypt", path)[:2] == (0, "plain.ropa is now stored unencrypted\n")
    monkeypatch.delenv("ROPA_PASSPHRASE")
    code, out, _ = run(capsys, "info", path)
    assert code == 0 and "Acme SA" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.ropa"]


def test_messages_follow_the_locale(encrypted: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "fr_BE.UTF-8")
    code, _, err = run(capsys, "info", encrypted)
    assert code == 2 and err.startswith("ropa: acme.ropa est chiffré")


def _talk(command: list[str], answers: list[tuple[str, str]], env: dict[str, str]) -> tuple[int, str]:
    """Run ``command`` on a real pseudo-terminal, typing each answer after its prompt appears."""
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.execve(sys.executable, [sys.executable, "-m", "ropa.cli", *command], env)
    seen = b""
    pending = list(answers)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        if pending and pending[0][0].encode() in seen.rsplit(b"\n", 1)[-1]:
            os.write(fd, (pending.pop(0)[1] + "\n").encode())
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode("utf-8", "replace")


def test_a_person_at_a_terminal_is_asked_without_echo(encrypted: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("ROPA_PASSPHRASE", "ROPA_NEW_PASSPHRASE")}
    env.update(PYTHONWARNINGS="ignore", LC_ALL="C.UTF-8", LANG="C.UTF-8")
    code, screen = _talk(["info", str(encrypted)], [("Passphrase for acme.ropa:", "Spekulatius"),
                                                     ("Passphrase for acme.ropa:", PASSPHRASE)], env)
    assert code == 0, screen
    assert "wrong passphrase for acme.ropa; try again" in screen
    assert "Cardify NV" in screen
    assert "Spekulatius" not in screen  # nothing typed was echoed
    new = tmp_path / "new.ropa"
    code, screen = _talk(["new", str(new), "--org", "Acme", "--encrypt"],
                         [("New passphrase for new.ropa:", "typed twice"),
                          ("Type the new passphrase again:", "typed twice")], env)
    assert code == 0, screen
    assert "typed twice" not in screen
    with RegisterStore.open(new, passphrase="typed twice") as store:
        assert store.db.encrypted and store.organisation().legal_name == "Acme"
