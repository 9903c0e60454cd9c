"""Faults a laptop meets: disk full, read-only media, a second process, files of earlier versions.

Disk full and read-only media are produced for real where the test may mount file systems (root,
in a private mount namespace made with ``unshare -m``, so nothing leaks to the host): a small
tmpfs that fills up, and a read-only bind mount. Everywhere, the same error paths are also driven
through SQLite itself: ``PRAGMA max_page_count`` gives the genuine SQLITE_FULL error, and
``PRAGMA query_only`` the genuine SQLITE_READONLY error, on the store's own connections.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from ropa.errors import NewerRegisterError, ReadOnlyError, RegisterLockedError, StorageError
from ropa.service import RegisterStore
from ropa.store.database import head_revision, known_revisions
from tests.crash.harness import WORKER, apply, observe

FIXTURES = Path(__file__).parent / "fixtures"
BIG_NOTES = "Détails " * 4_000  # ~33 KB, within the 32,767-character cap: more than the room left


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextlib.contextmanager
def on_every_connection(store: RegisterStore, statement: str) -> Iterator[None]:
    """Run ``statement`` on each connection the store opens from now on (until the block ends)."""
    engine = store.db.engine

    def setter(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(statement)
        cursor.close()

    engine.dispose()  # pooled connections go; the next ones get the pragma
    event.listen(engine, "connect", setter)
    try:
        yield
    finally:
        event.remove(engine, "connect", setter)
        engine.dispose()


# --- disk full ------------------------------------------------------------------------------------


def test_disk_full_fails_cleanly_and_the_edit_can_be_retried(demo_store: RegisterStore) -> None:
    before = demo_store.snapshot()
    history = len(demo_store.history())
    with demo_store.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    with on_every_connection(demo_store, f"PRAGMA max_page_count = {pages}"):
        for attempt in range(2):  # failing twice changes nothing either
            with pytest.raises(StorageError) as caught:
                demo_store.new_activity("Fleet telematics", notes=BIG_NOTES)
            assert str(caught.value) == "the disk is full: the change was not saved; free some space and try again"
            assert demo_store.snapshot() == before, attempt
        assert len(demo_store.activities()) == len(before.activities)  # reading goes on while full
    assert integrity(demo_store.path) == "ok"
    retried = demo_store.new_activity("Fleet telematics", notes=BIG_NOTES)  # space was "freed"
    assert {a.uuid for a in demo_store.activities()} == {a.uuid for a in before.activities} | {retried.uuid}
    assert len(demo_store.history()) > history
    demo_store.close()
    with RegisterStore.open(demo_store.path) as again:
        assert again.activity(retried.uuid).notes == BIG_NOTES
    assert integrity(demo_store.path) == "ok"


def test_write_refused_by_the_medium_fails_cleanly_and_can_be_retried(demo_store: RegisterStore) -> None:
    """SQLITE_READONLY on a store opened for writing: what a medium that turned read-only gives."""
    before = demo_store.snapshot()
    activity = before.activities[0]
    with on_every_connection(demo_store, "PRAGMA query_only = ON"):
        with pytest.raises(StorageError, match="cannot be written .read-only medium.: the change was not saved"):
            demo_store.save_activity(dataclasses.replace(activity, name="Renamed"))
        with pytest.raises(StorageError, match="read-only medium"):
            demo_store.delete_item(before.recipients[0].uuid)
        assert demo_store.snapshot() == before
    renamed = demo_store.save_activity(dataclasses.replace(activity, name="Renamed"))
    assert demo_store.activity(activity.uuid).name == renamed.name == "Renamed"
    assert integrity(demo_store.path) == "ok"


# --- real file systems (root only, in a private mount namespace) ---------------------------------


@cache
def can_mount() -> bool:
    if not shutil.which("unshare") or not shutil.which("mount"):
        return False
    with tempfile.TemporaryDirectory() as folder:
        probe = ["unshare", "-m", "--propagation", "private", "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder]
        return subprocess.run(probe, capture_output=True, check=False).returncode == 0


needs_mount = pytest.mark.skipif("not can_mount()", reason="needs permission to mount (root, unshare -m)")


def in_private_mounts(script: str, *args: object) -> dict[str, Any]:
    """Run ``script`` in its own mount namespace (mounts vanish with it); it prints one JSON object."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "PYTHONPATH": str(Path(__file__).parent.parent)}
    result = subprocess.run(
        ["unshare", "-m", "--propagation", "private", sys.executable, "-c", script, *map(str, args)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


DISK_FULL = r"""
import json, os, sqlite3, subprocess, sys
from pathlib import Path
from ropa.demo import demo_register
from ropa.errors import StorageError
from ropa.service import RegisterStore

mnt = Path(sys.argv[1])
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)], check=True)
path = mnt / "acme.ropa"
register = demo_register()
with RegisterStore.create(path, register.organisation) as store:
    store.import_register(register)
out = {}
store = RegisterStore.open(path)
before = store.snapshot()
filler = mnt / "filler.bin"
fd = os.open(filler, os.O_WRONLY | os.O_CREAT)  # fill the disk to the last block
try:
    while True:
        os.write(fd, b"\0" * 4096)
except OSError as exc:
    out["filled"] = exc.strerror
finally:
    os.close(fd)
try:
    store.new_activity("Fleet telematics", notes="Détails " * 4000)
    out["first"] = "saved"
except StorageError as exc:
    out["first"] = str(exc)
out["unchanged"] = store.snapshot() == before
conn = sqlite3.connect(path)
out["integrity_while_full"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
conn.close()
filler.unlink()  # free some space, then retry the same edit
retried = store.new_activity("Fleet telematics", notes="Détails " * 4000)
store.close()
with RegisterStore.open(path) as again:
    out["kept"] = again.activity(retried.uuid).name
    out["activities"] = len(again.activities())
conn = sqlite3.connect(path)
out["integrity"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
conn.close()
print(json.dumps(out))
"""


@needs_mount
def test_real_disk_full_on_a_small_file_system(tmp_path: Path) -> None:
    out = in_private_mounts(DISK_FULL, tmp_path)
    assert out["filled"] == "No space left on device"
    assert out["first"] == "the disk is full: the change was not saved; free some space and try again"
    assert out["unchanged"] is True
    assert out["integrity_while_full"] == "ok"
    assert out["kept"] == "Fleet telematics" and out["activities"] == 15
    assert out["integrity"] == "ok"


READ_ONLY_MEDIUM = r"""
import hashlib, json, os, shutil, subprocess, sys
from pathlib import Path
from ropa.errors import ReadOnlyError
from ropa.service import RegisterStore

source, mnt, work = map(Path, sys.argv[1:4])
subprocess.run(["mount", "--bind", str(source), str(mnt)], check=True)
subprocess.run(["mount", "-o", "remount,ro,bind", str(mnt)], check=True)
out = {"os_access": os.access(mnt / "plain.ropa", os.W_OK)}
digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in mnt.iterdir()}
try:
    RegisterStore.open(mnt / "plain.ropa")
    out["writable_open"] = "opened"
except ReadOnlyError as exc:
    out["writable_open"] = str(exc)
with RegisterStore.open(mnt / "plain.ropa", readonly=True) as store:
    out["activities"] = len(store.activities())
    try:
        store.new_activity("Not on a CD")
        out["edit"] = "saved"
    except ReadOnlyError as exc:
        out["edit"] = str(exc)
with RegisterStore.open(mnt / "secret.ropa", readonly=True, passphrase="pass phrase") as store:
    out["encrypted_activities"] = len(store.activities())
cli = [sys.executable, "-m", "ropa.cli"]
export = subprocess.run(cli + ["export", str(mnt / "plain.ropa"), "--format", "json", "-o", str(work / "out.json")],
                        capture_output=True, text=True)
out["cli_export"] = export.returncode
out["untouched"] = digests == {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in mnt.iterdir()}
shutil.copy(mnt / "plain.ropa", work / "copy.ropa")  # the retry: a writable copy takes the edit
with RegisterStore.open(work / "copy.ropa") as store:
    store.new_activity("On the laptop again")
    out["retry"] = len(store.activities())
print(json.dumps(out))
"""


@needs_mount
def test_read_only_medium(demo_file: Path, tmp_path: Path) -> None:
    source, mnt, work = tmp_path / "medium", tmp_path / "mnt", tmp_path / "work"
    for folder in (source, mnt, work):
        folder.mkdir()
    shutil.copy(demo_file, source / "plain.ropa")
    with RegisterStore.open(demo_file) as store:
        store.save_copy(tmp_path / "tmp.ropa")
    with RegisterStore.open(tmp_path / "tmp.ropa") as store:
        store.encrypt("pass phrase")
    shutil.move(tmp_path / "tmp.ropa", source / "secret.ropa")
    out = in_private_mounts(READ_ONLY_MEDIUM, source, mnt, work)
    assert out["os_access"] is False
    assert out["writable_open"] == "plain.ropa is read-only; copy it somewhere writable or open it read-only"
    assert out["activities"] == 14 and out["encrypted_activities"] == 14
    assert out["edit"] == "plain.ropa is open read-only; the change was not saved"
    assert out["cli_export"] == 0
    assert out["untouched"] is True
    assert out["retry"] == 15
    assert sorted(p.name for p in source.iterdir()) == ["plain.ropa", "secret.ropa"]  # no side files left


# --- two processes ------------------------------------------------------------------------------


def test_second_process_is_refused_or_read_only_and_nothing_is_lost(demo_file: Path) -> None:
    before = observe(demo_file)
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), str(demo_file), "15", "11"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )
    assert worker.stdout is not None
    lines = [worker.stdout.readline().strip() for _ in range(10)]  # five edits begun and acknowledged
    assert lines[-1] == "ack 4", lines
    with pytest.raises(RegisterLockedError, match=r"is open in ropa \(process \d+\) of .+ on .+, since ") as refused:
        RegisterStore.open(demo_file)
    assert refused.value.holder is not None and refused.value.holder.pid == worker.pid  # says who holds it
    with RegisterStore.open(demo_file, readonly=True) as reader:  # a reader sees what is committed
        seen = len(reader.activities())
        with pytest.raises(ReadOnlyError):
            reader.new_activity("Sneaked in")
    # Read on through the same buffered reader: communicate() would read the pipe directly and lose
    # the lines readline() had already buffered (a "begin" line went missing now and then).
    with worker.stdout, worker.stderr:  # type: ignore[union-attr]
        rest = worker.stdout.read()
        errors = worker.stderr.read()  # type: ignore[union-attr]
    assert worker.wait(timeout=120) == 0, errors
    lines += rest.splitlines()
    state, acked, begun = before, 0, None
    for line in lines:
        if line.startswith("begin "):
            begun = json.loads(line[6:])
        elif line.startswith("ack "):
            state, acked = apply(state, begun), acked + 1  # type: ignore[arg-type]
    assert acked == 15
    assert observe(demo_file) == state
    assert seen >= len(before[0]) - 5
    assert integrity(demo_file) == "ok"


# --- files of earlier versions -------------------------------------------------------------------


def fixture_revisions() -> list[str]:
    return sorted(p.stem.removeprefix("schema-") for p in FIXTURES.glob("schema-*.ropa"))


def test_every_earlier_schema_has_a_fixture() -> None:
    """When a migration is added, the file of the schema it replaces must be kept in tests/fixtures."""
    earlier = sorted(known_revisions() - {head_revision()})
    assert earlier, "no earlier schema: nothing to migrate from"
    missing = [rev for rev in earlier if rev not in fixture_revisions()]
    assert not missing, f"add tests/fixtures/schema-<rev>.ropa for {missing} (tests/fixtures/make_fixtures.py)"


@pytest.mark.parametrize("revision", fixture_revisions())
def test_files_of_every_earlier_schema_migrate_after_a_backup(revision: str, tmp_path: Path) -> None:
    path = tmp_path / "old.ropa"
    shutil.copy(FIXTURES / f"schema-{revision}.ropa", path)
    original = digest(path)
    with RegisterStore.open(path) as store:
        assert store.db.backup is not None
        backup = store.db.backup
        register = store.snapshot()
        assert len(register.activities) == 14 and register.organisation.legal_name == "Cardify NV"
        store.new_activity("Written by this version")
    assert digest(backup) == original or integrity(backup) == "ok"
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
        assert conn.execute("SELECT count(*) FROM activity").fetchone()[0] == 14
    finally:
        conn.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    finally:
        conn.close()
    with RegisterStore.open(path, readonly=True) as store:
        assert store.db.backup is None and len(store.activities()) == 15
    assert integrity(path) == "ok"


@pytest.mark.parametrize("version", ["9999", "ffffffffffff", "zzzz"])
def test_files_of_a_newer_or_unknown_schema_are_refused_untouched(demo_file: Path, version: str) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE alembic_version SET version_num = ?", (version,))
    conn.commit()
    conn.close()
    before = digest(demo_file)
    for readonly in (False, True):
        with pytest.raises(NewerRegisterError, match="newer version of ropa"):
            RegisterStore.open(demo_file, readonly=readonly)
    assert digest(demo_file) == before
    assert sorted(p.name for p in demo_file.parent.iterdir()) == ["demo.ropa"]


# --- nothing opens a network connection ----------------------------------------------------------

OFFLINE_DRIVER = r"""
import json, os, sys
from pathlib import Path

NETWORK = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo",
           "socket.gethostbyname", "socket.gethostbyaddr", "urllib.Request", "http.client.connect",
           "ftplib.connect", "smtplib.connect", "poplib.connect", "imaplib.open", "webbrowser.open"}

def hook(event, args):
    if event in NETWORK:
        os.write(2, f"NETWORK {event} {args!r}\n".encode())
        os._exit(97)

sys.addaudithook(hook)
folder = Path(sys.argv[1])
from ropa.cli import main

f = lambda name: str(folder / name)
os.environ["ROPA_PASSPHRASE"] = "offline passphrase"
commands = [
    ["demo", f("d.ropa")],
    ["demo", f("e.ropa"), "--encrypt"],
    ["info", f("e.ropa")],
    ["check", f("d.ropa")],
    ["fingerprint", f("d.ropa")],
    ["templates"],
    ["freeze", f("d.ropa"), "--name", "v1"],
    ["versions", f("d.ropa")],
] + [["export", f("d.ropa"), "--format", fmt, "-o", f("out-" + fmt + suffix)]
     for fmt, suffix in [("json", ".json"), ("xlsx", ".xlsx"), ("pdf", ".pdf"), ("csv", ".zip"),
                         ("cnil-ods", ".ods"), ("cnil-xlsx", ".xlsx")]] + [
    ["new", f("n.ropa"), "--from", f("out-json.json")],
    ["import", f("d.ropa"), f("out-cnil-xlsx.xlsx")],
    ["import", f("e.ropa"), f("out-json.json")],
    ["passphrase", f("e.ropa")],
    ["decrypt", f("e.ropa")],
    ["encrypt", f("e.ropa")],
]
os.environ["ROPA_NEW_PASSPHRASE"] = "offline passphrase"
results = []
for command in commands:
    results.append([command[0], main(command)])

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(["ropa"])
from ui.app import RopaApp
ropa = RopaApp(QSettings(f("settings.ini"), QSettings.Format.IniFormat), demo_file=folder / "gui-demo.ropa", load="sync")
results.append(["gui open", int(not ropa.open_path(folder / "d.ropa"))])
app.processEvents()
ropa.close_register(show_start=False)
ropa.start.close()
print(json.dumps(results))
"""


def test_nothing_opens_a_network_connection(tmp_path: Path) -> None:
    """CLI commands and the GUI run under an audit hook that kills the process on any network use."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(Path(__file__).parent.parent)}
    result = subprocess.run([sys.executable, "-c", OFFLINE_DRIVER, str(tmp_path)], capture_output=True, text=True,
                            env=env, timeout=240, check=False)
    assert "NETWORK" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr[-2000:]
    results = json.loads(result.stdout.strip().splitlines()[-1])
    expected_failures = {"check": 1}  # the demo has deliberate gaps: check exits 1
    assert [(name, code) for name, code in results if code != expected_failures.get(name, 0)] == []
    assert len(results) == 21


def test_the_network_guard_does_catch_a_connection(tmp_path: Path) -> None:
    """The guard above can fail: a script that does connect is stopped and reported."""
    script = OFFLINE_DRIVER.split("folder = Path")[0] + (
        "import socket\nsocket.create_connection(('127.0.0.1', 9), timeout=1)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 97 and "NETWORK socket." in result.stderr
