"""Shared fixtures: real register files in tmp_path, the demo register, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

settings.register_profile(
    "default", deadline=None, max_examples=40, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture
def demo_register():  # type: ignore[no-untyped-def]
    from ropa.demo import demo_register as build

    return build()


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """A real register file holding the demo register (closed; open it yourself)."""
    from ropa.demo import demo_register as build
    from ropa.service import RegisterStore

    path = tmp_path / "demo.ropa"
    register = build()
    with RegisterStore.create(path, register.organisation) as store:
        store.import_register(register)
    return path


@pytest.fixture
def demo_store(demo_file: Path) -> Iterator[object]:
    from ropa.service import RegisterStore

    store = RegisterStore.open(demo_file)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[object]:
    from ropa.service import RegisterStore

    store = RegisterStore.create(tmp_path / "empty.ropa", "Acme SA")
    try:
        yield store
    finally:
        store.close()
