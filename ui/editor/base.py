"""What every section of the activity editor shares.

A section shows part of one ``Activity`` and turns each settled edit into a function
``Activity -> Activity`` handed to ``EditorHost.apply``, which saves it as one undoable command.
Sections never call the store themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from ropa.domain.model import Activity, RegisterIndex
from ropa.i18n import Translator
from ui.widgets.fields import focus_target
from ui.widgets.picker import Choice
from ui.widgets.rows import RowList

Change = Callable[[Activity], Activity]


class EditorHost(Protocol):
    """The editor as its sections see it."""

    translator: Translator
    language: str

    @property
    def activity(self) -> Activity: ...

    @property
    def index(self) -> RegisterIndex: ...

    def apply(self, change: Change, what: str) -> None: ...

    def create_item(self, catalogue: str, name: str, link: Callable[[Activity, str], Activity], what: str) -> None: ...

    def choices(self, catalogue: str) -> list[Choice]: ...

    def focus_row(self, rows: RowList[Any], uuid: str) -> None: ...

    def owners(self) -> list[str]: ...


class Section(QFrame):
    """A titled card of the editor. Subclasses fill ``self.form`` (or ``self.content``)."""

    key = ""

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.t = host.translator
        self.title = ""
        self.setObjectName("editorSection")
        self.setFrameShape(QFrame.Shape.NoFrame)
        heading = QLabel(self)
        heading.setObjectName("sectionTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.heading = heading
        self.article = QLabel(self)
        self.article.setObjectName("sectionArticle")
        self.article.setWordWrap(True)
        self.content = QVBoxLayout(self)
        self.content.setContentsMargins(0, 8, 0, 16)
        self.content.setSpacing(8)
        self.content.addWidget(heading)
        self.content.addWidget(self.article)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        self.content.addLayout(self.form)

    def set_heading(self, title: str, article: str = "") -> None:
        """The section's title (also shown in the editor's section index) and its legal hint."""
        self.title = title
        self.heading.setText(title)
        self.article.setText(article)
        self.article.setVisible(bool(article))

    def applies_to(self, activity: Activity) -> bool:
        """Whether the section is shown for this activity (some only apply to one record)."""
        return True

    def load(self, activity: Activity) -> None:
        raise NotImplementedError

    def catalogues_changed(self) -> None:
        """The catalogues were edited: refresh the lists of choices."""

    def add_row(self, label: str, widget: QWidget) -> QLabel:
        text = QLabel(label, self)
        text.setBuddy(focus_target(widget))
        text.setWordWrap(False)
        self.form.addRow(text, widget)
        return text

    def what(self, field: str) -> str:
        """The undo text of an edit: "Edit PA-003: Name"."""
        return self.tr("Edit %1: %2").replace("%1", self.host.activity.reference).replace("%2", field)


def set_row_visible(form: QFormLayout, widget: QWidget, visible: bool) -> None:
    """Show or hide a form row (label and field) by its field widget."""
    form.setRowVisible(widget, visible)


def replace_at(items: tuple[Any, ...], uuid: str, new: Any) -> tuple[Any, ...]:
    return tuple(new if getattr(i, "uuid", None) == uuid else i for i in items)
