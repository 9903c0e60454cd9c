"""Screenshots of the organisation, catalogue, transfers and history views on the demo register.

``shots(ctx)`` builds the views (1280x800, a meaningful row selected) for the main screenshots
script to grab; run alone it writes them itself::

    QT_QPA_PLATFORM=offscreen python -m ui.screenshots_catalogues docs/screenshots

Run alone, it first makes a few everyday edits through the undoable commands so the history shows
changes, not only the initial import.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from ropa.demo import demo_register
from ropa.domain.enums import Status
from ropa.service import RegisterStore
from ui.commands import DeleteItemCommand, SaveActivityCommand, SaveItemCommand, SaveOrganisationCommand, execute
from ui.context import AppContext, RegisterEvents
from ui.models import LANGUAGE_KEY
from ui.views.catalogue import CatalogueView
from ui.views.history import HistoryView
from ui.views.organisation import OrganisationView
from ui.views.transfers import TransfersView

SIZE = (1280, 800)


def shots(ctx: AppContext) -> list[tuple[str, QWidget]]:
    """(file name, widget) for each screenshot; the widgets are sized but not shown."""
    out: list[tuple[str, QWidget]] = []

    recipients = CatalogueView(ctx, "recipients")
    recipients.resize(*SIZE)
    recipients.reload()
    hubspot = next((r for r in recipients.model.items if r.name == "HubSpot, Inc."), None)
    if hubspot is not None:
        recipients.select(hubspot.uuid)
    out.append(("catalogue-recipients.png", recipients))

    organisation = OrganisationView(ctx)
    organisation.resize(*SIZE)
    out.append(("organisation.png", organisation))

    transfers = TransfersView(ctx)
    transfers.resize(*SIZE)
    out.append(("transfers.png", transfers))

    history = HistoryView(ctx)
    history.resize(*SIZE)
    out.append(("history.png", history))
    return out


def everyday_edits(ctx: AppContext) -> None:
    """A few edits a DPO makes in a morning, through the same commands as the GUI."""
    store = ctx.store
    google = next(r for r in store.catalogue("recipients") if r.name.startswith("Google"))
    execute(ctx, SaveItemCommand(ctx, google, replace(google, contract_reference="Google Ads DPA 2024")))
    activity = store.find_activity("PA-011")
    execute(ctx, SaveActivityCommand(ctx, activity, replace(activity, status=Status.APPROVED)))
    org = store.organisation()
    execute(ctx, SaveOrganisationCommand(ctx, org, replace(org, dpo=replace(org.dpo, phone="+32 9 765 43 22"))))
    unused = [s for s in store.catalogue("systems") if s.name == "Camera recorder"]
    if unused:
        execute(ctx, DeleteItemCommand(ctx, unused[0]))


def settle(rounds: int = 8) -> None:
    for _ in range(rounds):
        QApplication.processEvents()
        time.sleep(0.03)


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else Path("docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "Cardify register.ropa"
        demo = demo_register()
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue(LANGUAGE_KEY, "en")
        with RegisterStore.create(path, demo.organisation) as store:
            store.import_register(demo)
            ctx = AppContext(store, QUndoStack(), settings, RegisterEvents())
            everyday_edits(ctx)
            for name, widget in shots(ctx):
                widget.show()
                settle()
                target = out_dir / name
                widget.grab().save(str(target), "PNG")
                widget.close()
                print(f"wrote {target}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
