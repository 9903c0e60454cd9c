"""Every output of every command goes through ropa.outputs: the class of "an output path destroys
the register" is closed for all of them at once.

The matrix runs each command that writes a file against each kind of dangerous or unusual output
path; the fuzz target draws (command, path kind) pairs and checks the invariants that must hold for
any of them: the register is byte-for-byte unchanged, the answer is exit 0/1/2 with one line (never
"internal error"), and no temporary file is left behind.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ropa import cli, outputs
from ropa.errors import RegisterLockedError, StorageError
from ropa.service import RegisterStore

CSV_SOURCE = "Name,Purpose,Legal basis\nPayroll,Pay the staff,contract\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main([str(a) for a in argv])
    return code, capsys.readouterr().err


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A small register (one activity: exports take milliseconds) with a frozen version (for diff)
    and a spreadsheet (for --guess-mapping)."""
    path = tmp_path / "small.ropa"
    with RegisterStore.create(path, "Acme SA") as store:
        from ropa.versions import freeze

        store.new_activity("Payroll")
        freeze(store, "v1")
        store.new_activity("Recruitment")
    (tmp_path / "people.csv").write_text(CSV_SOURCE, encoding="utf-8")
    return path


def _export(fmt: str, register: Path, out: Path) -> list[object]:
    return ["export", register, "--format", fmt, "-o", out]


def _diff(fmt: str, register: Path, out: Path) -> list[object]:
    return ["diff", register, "--from", "v1", "--format", fmt, "-o", out]


#: every command that writes an output file, as argv builders: (register, output) -> argv
WRITERS: dict[str, Callable[[Path, Path], list[object]]] = {
    **{f"export-{fmt}": functools.partial(_export, fmt) for fmt in ("json", "xlsx", "pdf", "csv", "cnil-ods", "cnil-xlsx")},
    **{f"diff-{fmt}": functools.partial(_diff, fmt) for fmt in ("text", "json", "pdf", "xlsx")},
    "guess-mapping": lambda reg, out: ["import", reg, reg.parent / "people.csv", "--guess-mapping", out],
}


def ways_to_name_the_register(register: Path) -> dict[str, Path]:
    folder = register.parent
    (folder / "sub").mkdir(exist_ok=True)
    link = folder / "link-to-register"
    if not link.is_symlink():
        link.symlink_to(register)
    hard = folder / "hard-link"
    if not hard.exists():
        os.link(register, hard)
    backup = folder / f"{register.stem}.backup-0001-20260101-000000{register.suffix}"
    backup.write_bytes(b"a migration backup")
    return {
        "name": register,
        "dotdot": folder / "sub" / ".." / register.name,
        "symlink": link,
        "hard link": hard,
        "wal": Path(f"{register}-wal"),
        "shm": Path(f"{register}-shm"),
        "journal": Path(f"{register}-journal"),
        "backup": backup,
    }


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if ".tmp" in p.name or p.name.endswith(".creating"))


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_no_output_path_can_replace_the_register(command: str, workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(workspace)
    backup = None
    for kind, target in ways_to_name_the_register(workspace).items():
        backup = digest(target) if kind == "backup" else backup
        code, err = run(WRITERS[command](workspace, target), capsys)
        assert code == 2, (kind, err)
        assert err.count("\n") == 1 and "writing there would destroy it" in err, (kind, err)
        assert digest(workspace) == before, kind
    assert backup is not None and digest(workspace.parent / f"{workspace.stem}.backup-0001-20260101-000000.ropa") == backup
    assert not Path(f"{workspace}-wal").exists()
    assert leftovers(workspace.parent) == []
    with RegisterStore.open(workspace, readonly=True) as store:
        assert len(store.activities()) == 2


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_devices_pipes_links_and_folders(command: str, workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = workspace.parent
    argv = WRITERS[command]
    # a character device is written through, never replaced
    code, err = run(argv(workspace, "/dev/null"), capsys)
    assert code == 0, err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    # a named pipe: what is written arrives at the reader; nobody reading is one clear line
    fifo = folder / "pipe"
    os.mkfifo(fifo)
    code, err = run(argv(workspace, fifo), capsys)
    assert code == 1 and err == f"ropa: cannot write {fifo}: no program is reading from this pipe; nothing was written\n"
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    try:
        code, err = run(argv(workspace, fifo), capsys)
    finally:
        if code != 0:  # unblock the reader
            with open(fifo, "wb"):
                pass
        reader.join(10)
    assert code == 0, err
    assert len(received[0]) > 10 and stat.S_ISFIFO(os.stat(fifo).st_mode)
    # a symbolic link to another file: the file it points to is written, the link stays a link
    real = folder / "real-output.zip"
    real.write_text("old")
    link = folder / "link-output.zip"
    link.symlink_to(real)
    code, err = run(argv(workspace, link), capsys)
    assert code == 0, err
    assert link.is_symlink() and real.read_bytes() != b"old"
    # a dangling link: the file it names is created
    dangling = folder / "dangling.zip"
    dangling.symlink_to(folder / "created-through-link.zip")
    assert run(argv(workspace, dangling), capsys)[0] == 0
    assert dangling.is_symlink() and (folder / "created-through-link.zip").stat().st_size > 10
    # a folder, a missing folder: one line each, nothing written
    (folder / "sub2").mkdir()
    if command != "export-csv":  # the CSV export writes into an empty folder: that is its other form
        code, err = run(argv(workspace, folder / "sub2"), capsys)
        assert code == 2 and err == f"ropa: {folder / 'sub2'} is a folder; give a file name to write to\n"
    missing = folder / "no such folder" / "out"
    code, err = run(argv(workspace, missing), capsys)
    assert code == 1
    assert err == f"ropa: cannot write {missing}: the folder {missing.parent} does not exist; nothing was written\n"
    assert leftovers(folder) == []


def test_the_temporary_file_is_unique_and_never_follows_a_planted_link(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = workspace.parent
    victim = folder / "victim.txt"
    victim.write_text("keep me")
    out = folder / "out.json"
    (folder / ".out.json.tmp").symlink_to(victim)  # the fixed temporary name of earlier versions
    assert run(["export", workspace, "--format", "json", "-o", out], capsys)[0] == 0
    assert victim.read_text() == "keep me"
    assert out.read_text(encoding="utf-8").startswith("{")
    names: set[str] = set()
    for _ in range(3):
        with outputs.output_file(out) as tmp:
            names.add(tmp.name)
            assert tmp.parent == folder and tmp.stat().st_size == 0 and not tmp.is_symlink()
            tmp.write_text("x")
    assert len(names) == 3


def test_an_output_open_in_another_process_is_not_replaced(workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.ropa"
    shutil.copy(workspace, other)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from ropa.service import RegisterStore\n"
         "s = RegisterStore.open(sys.argv[1]); print('open', flush=True); sys.stdin.read()", str(other)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = digest(other)
        code, err = run(["export", workspace, "--format", "json", "-o", other], capsys)
        assert code == 1 and err == f"ropa: {other} is open in another ropa window or process; close it there first\n"
        code, err = run(["demo", other, "--force"], capsys)
        assert code == 1 and "open in another ropa window or process" in err
        with pytest.raises(RegisterLockedError), RegisterStore.open(workspace, readonly=True) as store:
            store.save_copy(other)
        assert digest(other) == before
    finally:
        holder.communicate("", timeout=30)
    assert run(["demo", other, "--force"], capsys)[0] == 0  # once it is closed, it may be replaced


def test_save_a_copy_refuses_the_register_and_its_files(demo_store: RegisterStore) -> None:
    register = demo_store.path
    for target in ways_to_name_the_register(register).values():
        with pytest.raises(outputs.OutputRefusedError, match="writing there would destroy it"):
            demo_store.save_copy(target)
    demo_store.new_activity("Still writable")


def test_names_with_every_punctuation_character_and_non_ascii_letters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import string

    created = ["Registre #2.ropa", "what?.ropa", "100%25.ropa", "x%41.ropa", "Übersicht – Zoë ÅØ 登記.ropa", "-dash.ropa"]
    copied = [f"x{c}y.ropa" for c in string.punctuation if c != "/"]
    for name in created:  # created by the CLI (every punctuation character is in the copied names)
        assert run(["new", "--org", "Acme", "--", tmp_path / name], capsys)[0] == 0, name
    for name in copied:
        shutil.copy(tmp_path / created[0], tmp_path / name)
    names = created + copied
    for name in names:
        path = tmp_path / name
        with RegisterStore.open(path) as store:
            store.new_activity("Works")
        with RegisterStore.open(path, readonly=True) as store:
            assert store.organisation().legal_name == "Acme" and len(store.activities()) >= 1
    code, err = run(["export", tmp_path / "x%y.ropa", "--format", "json", "-o", tmp_path / "x?y#%41.json"], capsys)
    assert code == 0 and (tmp_path / "x?y#%41.json").stat().st_size > 0, err
    (tmp_path / "x?y#%41.json").unlink()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".ropa") == sorted(names)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(("-wal", "-shm", ".tmp"))] == []


def test_a_percent_name_never_opens_another_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    foreign = tmp_path / "xA.ropa"  # what "x%41.ropa" decodes to in an unescaped URI
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(foreign)
    assert run(["new", "--org", "Acme", tmp_path / "x%41.ropa"], capsys)[0] == 0
    assert run(["info", tmp_path / "x%41.ropa"], capsys)[0] == 0
    with RegisterStore.open(tmp_path / "x%41.ropa") as store:
        store.new_activity("Mine")
    assert digest(foreign) == before
    assert sqlite3.connect(foreign).execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    code, err = run(["info", foreign], capsys)
    assert code == 2 and "not a ropa register" in err


PATH_KINDS = ["name", "dotdot", "symlink", "hard link", "wal", "shm", "journal", "backup", "devnull", "new file",
              "existing file", "folder", "missing folder", "link to file"]


@settings(max_examples=int(os.environ.get("ROPA_FUZZ_OUTPUTS", "30")), deadline=None)
@given(command=st.sampled_from(sorted(WRITERS)), kind=st.sampled_from(PATH_KINDS), name=st.text(
    alphabet=st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1, max_size=12))
def test_fuzz_output_paths(command: str, kind: str, name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Any command, any kind of output path, any file name: the register survives, the answer is one line."""
    folder = tmp_path_factory.mktemp("fuzz")
    register = folder / "reg.ropa"
    shutil.copy(FUZZ_REGISTER(tmp_path_factory), register)
    (folder / "people.csv").write_text(CSV_SOURCE, encoding="utf-8")
    named = ways_to_name_the_register(register)
    safe = name if name not in (".", "..") else f"{name}x"
    other = folder / f"o-{safe}"
    targets = {
        **named, "devnull": Path("/dev/null"), "new file": folder / safe, "existing file": other,
        "folder": folder / "sub", "missing folder": folder / "nowhere" / safe, "link to file": folder / f"l-{safe}",
    }
    other.write_text("old")
    if not targets["link to file"].exists():
        targets["link to file"].symlink_to(other)
    before = digest(register)
    result = subprocess_free_run(WRITERS[command](register, targets[kind]))
    code, err = result
    assert code in (0, 1, 2), err
    assert "internal error" not in err and err.count("\n") <= 1, err
    assert digest(register) == before
    if kind in named:
        assert code == 2
    assert leftovers(folder) == []


_FUZZ_REGISTER: list[Path] = []


def FUZZ_REGISTER(factory: pytest.TempPathFactory) -> Path:  # noqa: N802 - a cached fixture file
    if not _FUZZ_REGISTER:
        path = factory.mktemp("fuzz-source") / "reg.ropa"
        from ropa.demo import demo_register
        from ropa.versions import freeze

        register = demo_register()
        with RegisterStore.create(path, register.organisation) as store:
            store.import_register(register)
            freeze(store, "v1")
        _FUZZ_REGISTER.append(path)
    return _FUZZ_REGISTER[0]


def subprocess_free_run(argv: list[object]) -> tuple[int, str]:
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main([str(a) for a in argv])
    return code, err.getvalue()


def test_write_errors_are_one_sentence_and_leave_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    full = pytest.raises(StorageError, match=r"^cannot write .*out.txt: the disk is full; nothing was written$")
    with full, outputs.output_file(target) as tmp:
        tmp.write_text("partial")
        raise OSError(28, "No space left on device")
    assert list(tmp_path.iterdir()) == []
