"""The ropa command line on real files, as a user runs it (subprocesses, exit codes, output)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROPA = [sys.executable, "-m", "ropa.cli"]


def ropa(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    env.pop("ROPA_DEBUG", None)
    return subprocess.run([*ROPA, *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env, check=False)


def without_timestamp(path: Path) -> dict:  # type: ignore[type-arg]
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("exported_at")
    return data


def test_demo_export_new_from_export_gives_identical_json(tmp_path: Path) -> None:
    """The issue's 'done when' pipeline."""
    d, e = tmp_path / "d.ropa", tmp_path / "e.ropa"
    assert ropa("demo", d).returncode == 0
    assert ropa("export", d, "--format", "json", "-o", tmp_path / "d.json").returncode == 0
    created = ropa("new", e, "--from", tmp_path / "d.json")
    assert created.returncode == 0, created.stderr
    assert ropa("export", e, "--format", "json", "-o", tmp_path / "e.json").returncode == 0
    assert without_timestamp(tmp_path / "d.json") == without_timestamp(tmp_path / "e.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.json", "d.ropa", "e.json", "e.ropa"]


def test_info_reports_counts(tmp_path: Path) -> None:
    ropa("demo", tmp_path / "d.ropa")
    out = ropa("info", tmp_path / "d.ropa")
    assert out.returncode == 0
    assert "Cardify NV" in out.stdout
    assert "14 activities (12 controller, 2 processor)" in out.stdout
    assert "Recipients:    20" in out.stdout
    assert "Schema:" in out.stdout and "File size:" in out.stdout


@pytest.mark.parametrize("content", [b"\x00\x01garbage" * 300, b"SQLite format 3\x00" + b"\x07" * 500])
def test_random_or_truncated_file_one_line_exit_2(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.ropa"
    bad.write_bytes(content)
    for command in (["info", bad], ["export", bad, "--format", "json", "-o", tmp_path / "x.json"], ["import", bad,
                                                                                                  tmp_path / "y.json"]):
        result = ropa(*command)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("ropa: ")
        assert "Traceback" not in result.stderr
    assert bad.read_bytes() == content


def test_truncated_real_register(tmp_path: Path) -> None:
    ropa("demo", tmp_path / "d.ropa")
    data = (tmp_path / "d.ropa").read_bytes()
    (tmp_path / "t.ropa").write_bytes(data[: len(data) // 3])
    result = ropa("info", tmp_path / "t.ropa")
    assert result.returncode == 2 and "damaged" in result.stderr and result.stderr.count("\n") == 1


def test_invalid_import_changes_nothing(tmp_path: Path) -> None:
    ropa("demo", tmp_path / "d.ropa")
    ropa("export", tmp_path / "d.ropa", "--format", "json", "-o", tmp_path / "before.json")
    data = json.loads((tmp_path / "before.json").read_text(encoding="utf-8"))
    data["activities"][0]["name"] = "Changed"
    data["activities"][1]["status"] = "whatever"
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    result = ropa("import", tmp_path / "d.ropa", tmp_path / "bad.json", "-v")
    assert result.returncode == 2
    assert "$.activities[1].status" in result.stderr
    ropa("export", tmp_path / "d.ropa", "--format", "json", "-o", tmp_path / "after.json")
    assert without_timestamp(tmp_path / "before.json") == without_timestamp(tmp_path / "after.json")


def test_import_merges_and_summarises(tmp_path: Path) -> None:
    ropa("demo", tmp_path / "d.ropa")
    ropa("export", tmp_path / "d.ropa", "--format", "json", "-o", tmp_path / "d.json")
    data = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    data["activities"][0]["owner"] = "People & Culture"
    (tmp_path / "changed.json").write_text(json.dumps(data), encoding="utf-8")
    result = ropa("import", tmp_path / "d.ropa", tmp_path / "changed.json")
    assert result.returncode == 0, result.stderr
    assert "activities: 0 added, 1 updated, 13 unchanged" in result.stdout


def test_usage_errors_and_help() -> None:
    assert ropa("--version").stdout.startswith("ropa ")
    assert ropa("--help").returncode == 0
    for command in ("new", "info", "demo", "import", "export"):
        result = ropa(command, "--help")
        assert result.returncode == 0 and "usage: ropa " + command in result.stdout
    assert ropa("export").returncode == 2
    assert ropa("frobnicate").returncode == 2


def test_new_refuses_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "a.ropa"
    assert ropa("new", target, "--org", "Acme SA", "--lang", "fr").returncode == 0
    again = ropa("new", target, "--org", "Other")
    assert again.returncode == 2 and "already exists" in again.stderr
    assert "Acme SA" in ropa("info", target).stdout
    assert "Language:      fr" in ropa("info", target).stdout
