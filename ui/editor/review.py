"""Review: when the entry was last checked and is due again, notes, and where it came from."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QWidget

from ropa.domain.model import Activity
from ui.editor.base import EditorHost, Section
from ui.widgets.fields import OptionalDateEdit, TextField


class ReviewSection(Section):
    key = "review"

    def __init__(self, host: EditorHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.set_heading(self.tr("Review"), self.tr("Keep the record up to date: review dates and notes (Art. 5(2), accountability)."))
        self.last_reviewed = OptionalDateEdit(host.language, self)
        self.last_reviewed.setObjectName("lastReviewed")
        # A review is due a year on: ticking the box proposes that, not today.
        self.next_review = OptionalDateEdit(host.language, self, default=lambda: QDate.currentDate().addYears(1))
        self.next_review.setObjectName("nextReview")
        self.notes = TextField(self, 4, self.tr("Anything a reviewer should know"))
        self.notes.setObjectName("notes")
        self.created = QLabel(self)
        self.created.setObjectName("createdAt")
        self.template = QLabel(self)
        self.template.setObjectName("template")
        self.add_row(self.tr("Last revie&wed"), self.last_reviewed)
        self.add_row(self.tr("Ne&xt review"), self.next_review)
        self.add_row(self.tr("Notes"), self.notes)
        self.add_row(self.tr("Created / changed"), self.created)
        self.add_row(self.tr("Template"), self.template)
        self.last_reviewed.edited.connect(
            lambda v: self.host.apply(lambda a: replace(a, last_reviewed=v), self.what(self.tr("Last reviewed")))
        )
        self.next_review.edited.connect(
            lambda v: self.host.apply(lambda a: replace(a, next_review=v), self.what(self.tr("Next review")))
        )
        self.notes.edited.connect(lambda v: self.host.apply(lambda a: replace(a, notes=v), self.what(self.tr("Notes"))))

    def load(self, activity: Activity) -> None:
        self.last_reviewed.set_value(activity.last_reviewed)
        self.next_review.set_value(activity.next_review)
        self.notes.set_value(activity.notes)
        t = self.t
        self.created.setText(
            self.tr("created %1, last changed %2").replace("%1", t.date(activity.created_at, "short") or "\u2014")
            .replace("%2", t.date(activity.updated_at, "short") or "\u2014")
        )
        template = " ".join(x for x in (activity.template_id, activity.template_version) if x)
        self.template.setText(template or self.tr("none"))
