"""What every view and editor of the main window shares: the open register, the undo stack, events.

Views never talk to each other directly: they call the store through undoable commands and listen
to ``RegisterEvents`` to refresh what they show.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from ropa.service import RegisterStore


class RegisterEvents(QObject):
    """Change notifications, emitted after a command has changed the register."""

    activities_changed = Signal()  # any activity added, removed or edited
    activity_changed = Signal(str)  # uuid of one edited activity
    catalogue_changed = Signal(str)  # catalogue name, as in ropa.domain.model.CATALOGUES
    organisation_changed = Signal()
    acknowledgements_changed = Signal()
    open_activity = Signal(str)  # request: show this activity (uuid) in the editor
    open_activity_field = Signal(str, str)  # request: show this activity (uuid) and focus a field
    status_message = Signal(str)  # a short message for the status bar


@dataclass
class AppContext:
    store: RegisterStore
    undo_stack: QUndoStack
    settings: QSettings
    events: RegisterEvents
