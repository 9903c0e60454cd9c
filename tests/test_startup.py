"""Start-up: each command loads only what it uses (no Alembic without a migration, no SQLAlchemy
for ``ropa info`` on a file at rest, no command at all for ``ropa --version``), and the shortcuts
give exactly what the full way gives."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ropa.cli import build_parser, builtin_commands, command_name
from ropa.store import database, summary

FIXTURES = Path(__file__).parent / "fixtures"
PASSPHRASE = "correct horse battery staple"


def _loaded_after(code: str, *modules: str) -> list[str]:
    """Which of ``modules`` a fresh interpreter has loaded after running ``code``."""
    probe = f"import sys\ntry:\n    {code}\nexcept SystemExit:\n    pass\nprint(sorted(m for m in {modules!r} if m in sys.modules))"
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    env.pop("ROPA_PASSPHRASE", None)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    return eval(out.stdout.strip().splitlines()[-1])  # a list of names printed by the probe


def test_the_revisions_read_without_alembic_are_alembics() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(database.alembic_config())
    assert database.head_revision() == scripts.get_current_head()
    assert database.known_revisions() == {rev.revision for rev in scripts.walk_revisions()}
    assert database._revision_chain() == {rev.revision: rev.down_revision for rev in scripts.walk_revisions()}


def test_the_tables_checked_without_the_orm_are_the_orms() -> None:
    from ropa.domain.enums import Role
    from ropa.store import orm

    assert frozenset(orm.Base.metadata.tables) == database.HEAD_SCHEMA_TABLES
    assert {name: row.__tablename__ for name, row in orm.CATALOGUE_ROWS.items()} == summary.CATALOGUE_TABLES
    assert Role.PROCESSOR.value == summary.PROCESSOR_ROLE


def test_info_at_rest_equals_the_full_open(demo_file: Path) -> None:
    from ropa.service import RegisterStore

    fast, key = summary.read_at_rest(demo_file)
    assert key is None
    with RegisterStore.open(demo_file, readonly=True) as store:
        assert fast == store.info()
    assert fast is not None and fast.activities == 14 and fast.processor_activities == 2
    assert sorted(p.name for p in demo_file.parent.iterdir()) == ["demo.ropa"]  # nothing left beside it


def test_info_at_rest_of_an_encrypted_register(demo_file: Path) -> None:
    from ropa.service import RegisterStore
    from ropa.store.crypto import PassphraseRequiredError, WrongPassphraseError

    with RegisterStore.open(demo_file) as store:
        store.encrypt(PASSPHRASE)
    with pytest.raises(PassphraseRequiredError):
        summary.read_at_rest(demo_file)
    with pytest.raises(WrongPassphraseError):
        summary.read_at_rest(demo_file, "not it")
    fast, key = summary.read_at_rest(demo_file, PASSPHRASE)
    assert key is not None
    with RegisterStore.open(demo_file, readonly=True, passphrase=PASSPHRASE) as store:
        assert fast == store.info()


def test_info_goes_the_full_way_while_written_or_when_old(demo_file: Path, tmp_path: Path) -> None:
    from ropa.service import RegisterStore

    with RegisterStore.open(demo_file) as writer:
        writer.new_activity("Written right now")
        assert summary.read_at_rest(demo_file) == (None, None)  # the writer holds the lock
    old = tmp_path / "old.ropa"
    shutil.copy(FIXTURES / "schema-0001.ropa", old)
    before = old.read_bytes()
    assert summary.read_at_rest(old) == (None, None)
    assert old.read_bytes() == before  # left for the full open to migrate after its backup


def test_info_command_on_encrypted_old_and_busy_files(demo_file: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from ropa.cli import main
    from ropa.service import RegisterStore

    old = tmp_path / "old.ropa"
    shutil.copy(FIXTURES / "schema-0001.ropa", old)
    assert main(["info", str(old)]) == 0  # migrated once, after a backup, like any read-only open
    assert "Schema:        0003" in capsys.readouterr().out
    with RegisterStore.open(demo_file) as writer:
        writer.new_activity("Written right now")
        assert main(["info", str(demo_file)]) == 0
        assert "15 activities (13 controller, 2 processor)" in capsys.readouterr().out
    with RegisterStore.open(demo_file) as store:
        store.encrypt(PASSPHRASE)
    monkeypatch.delenv("ROPA_PASSPHRASE", raising=False)
    assert main(["info", str(demo_file)]) == 2
    assert "ROPA_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("ROPA_PASSPHRASE", PASSPHRASE)
    assert main(["info", str(demo_file)]) == 0
    assert "Organisation:  Cardify NV" in capsys.readouterr().out


def test_each_command_module_defines_the_command_named_after_it() -> None:
    for name, module in builtin_commands().items():
        parser = build_parser([name])
        choices = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
        assert list(choices) == [name], module
    everything = build_parser().format_help()
    assert all(f"    {name}" in everything for name in builtin_commands())
    assert command_name("import_") == "import" and command_name("add_template") == "add-template"


def test_version_loads_no_command_and_no_metadata() -> None:
    loaded = _loaded_after("from ropa.cli import main; main(['--version'])",
                           "importlib.metadata", "ropa.commands.info", "ropa.domain.model", "sqlalchemy")
    assert loaded == []


def test_info_loads_neither_sqlalchemy_nor_alembic(demo_file: Path) -> None:
    loaded = _loaded_after(f"from ropa.cli import main; main(['info', {str(demo_file)!r}])",
                           "sqlalchemy", "alembic", "importlib.metadata", "ropa.commands.export")
    assert loaded == []


def test_opening_a_current_register_does_not_import_alembic(demo_file: Path) -> None:
    code = (f"from ropa.service import RegisterStore\n    s = RegisterStore.open({str(demo_file)!r})\n"
            "    s.new_activity('x'); s.close()")
    assert _loaded_after(code, "alembic", "sqlalchemy") == ["sqlalchemy"]
