"""New register dialog: a file created from the SME pack, in the chosen language; bad choices refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from ropa.service import RegisterStore
from ropa.templates import load_library
from tests.ui.app_fixtures import IGNORED_QT_NOTICES, close_message_boxes, make_settings
from ui.app import RopaApp
from ui.dialogs.new_register import NewRegisterDialog

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(IGNORED_QT_NOTICES)]


@pytest.fixture
def ropa(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    app = RopaApp(make_settings(tmp_path), demo_file=tmp_path / "data" / "demo.ropa", load="sync")
    yield app
    close_message_boxes()
    app.close_register(show_start=False)
    app.start.close()


def test_new_register_from_the_sme_pack(qtbot, ropa: RopaApp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library = load_library(strict=False)
    dialog = NewRegisterDialog(tmp_path, "en", library=library)
    qtbot.addWidget(dialog)
    assert dialog.pack_id() is None  # an empty register by default
    dialog.path.setText(str(tmp_path / "acme"))
    dialog.organisation.setText("Acme SARL")
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.select_pack("sme")
    details = dialog.pack_details.text()
    sme = library.pack("sme")
    assert library.get(sme.templates[0]).name.get("fr") in details  # the pack's activities, in French
    dialog.accept()
    assert dialog.result() == NewRegisterDialog.DialogCode.Accepted
    choice = dialog.choice()
    assert choice.path == tmp_path / "acme.ropa" and choice.pack == "sme" and choice.language == "fr"

    assert ropa.create_register(choice.path, choice.organisation, language=choice.language, pack=choice.pack)
    assert ropa.window is not None and ropa.window.activities.model.rowCount() == len(sme.templates)
    ropa.close_register(show_start=False)
    with RegisterStore.open(choice.path, readonly=True) as store:
        register = store.snapshot()
        assert register.organisation.legal_name == "Acme SARL" and register.organisation.language == "fr"
        assert sorted(a.template_id for a in register.activities) == sorted(sme.templates)


def test_existing_file_is_refused_in_the_dialog(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "taken.ropa").write_bytes(b"")
    dialog = NewRegisterDialog(tmp_path, "en")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "taken.ropa"))
    dialog.accept()
    assert dialog.result() != NewRegisterDialog.DialogCode.Accepted
    assert "already exists" in dialog.error.text()
    dialog.path.setText(str(tmp_path / "missing" / "x.ropa"))
    dialog.accept()
    assert "does not exist" in dialog.error.text()


def test_unknown_pack_leaves_no_file(qtbot, ropa: RopaApp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert not ropa.create_register(tmp_path / "x.ropa", "X", pack="no_such_pack")
    assert "no_such_pack" in " ".join(close_message_boxes())
    assert not (tmp_path / "x.ropa").exists()
