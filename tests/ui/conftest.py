"""Fixtures of the GUI tests: a demo register written once per session, copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from ropa.service import RegisterStore


@pytest.fixture(scope="session", autouse=True)
def wheel_guard(qapp):  # type: ignore[no-untyped-def]
    """The application-wide wheel guard, as ``ui.app.create_application`` installs it."""
    from ui.widgets.wheel import install_wheel_guard

    return install_wheel_guard(qapp)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo register written once per test session; tests get copies (a file copy is much
    faster than creating a register: the schema migrations run only once)."""
    from ropa.demo import demo_register

    path = tmp_path_factory.mktemp("template") / "demo.ropa"
    demo = demo_register()
    with RegisterStore.create(path, demo.organisation) as store:
        store.import_register(demo)
    return path


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh, closed copy of the demo register file in this test's folder."""
    target = tmp_path / "demo.ropa"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def register_store(demo_copy: Path) -> Iterator[RegisterStore]:
    """The copy of the demo register, open for writing."""
    opened = RegisterStore.open(demo_copy)
    try:
        yield opened
    finally:
        opened.close()
