"""The navigator on the left of the main window: the parts of the register, grouped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QFrame, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole + 1



# (group, [(page key, label, standard icon)]) in the order shown. Page keys of catalogues are the
# catalogue names of ``ropa.domain.model.CATALOGUES``.
def pages() -> list[tuple[str, list[tuple[str, str, QStyle.StandardPixmap]]]]:
    sp = QStyle.StandardPixmap
    return [
        (QCoreApplication.translate("Navigator", "Register"), [
            ("dashboard", QCoreApplication.translate("Navigator", "Dashboard"), sp.SP_FileDialogInfoView),
            ("organisation", QCoreApplication.translate("Navigator", "Organisation"), sp.SP_DirHomeIcon),
            ("activities", QCoreApplication.translate("Navigator", "Activities"), sp.SP_FileDialogDetailedView),
            ("processor_activities", QCoreApplication.translate("Navigator", "Processor activities"), sp.SP_FileDialogListView),
        ]),
        (QCoreApplication.translate("Navigator", "Catalogues"), [
            ("recipients", QCoreApplication.translate("Navigator", "Recipients & processors"), sp.SP_DirLinkIcon),
            ("data_subject_categories", QCoreApplication.translate("Navigator", "Data-subject categories"), sp.SP_FileDialogInfoView),
            ("data_categories", QCoreApplication.translate("Navigator", "Personal-data categories"), sp.SP_FileIcon),
            ("systems", QCoreApplication.translate("Navigator", "Systems"), sp.SP_ComputerIcon),
            ("security_measures", QCoreApplication.translate("Navigator", "Security measures"), sp.SP_DialogYesButton),
        ]),
        (QCoreApplication.translate("Navigator", "Review"), [
            ("findings", QCoreApplication.translate("Navigator", "Findings"), sp.SP_MessageBoxWarning),
            ("transfers", QCoreApplication.translate("Navigator", "Transfers overview"), sp.SP_DriveNetIcon),
            ("history", QCoreApplication.translate("Navigator", "History"), sp.SP_FileDialogContentsView),
            ("versions", QCoreApplication.translate("Navigator", "Versions"), sp.SP_DialogSaveButton),
        ]),
    ]


class Navigator(QTreeWidget):
    """``page_chosen(key)`` when the user picks a part of the register."""

    page_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(8)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.items: dict[str, QTreeWidgetItem] = {}
        style = self.style()
        for group, entries in pages():
            head = QTreeWidgetItem(self, [group])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.9)
            head.setFont(0, font)
            head.setForeground(0, self.palette().placeholderText())
            for key, label, icon in entries:
                item = QTreeWidgetItem(head, [label])
                item.setData(0, KEY_ROLE, key)
                item.setIcon(0, style.standardIcon(icon))
                self.items[key] = item
            head.setExpanded(True)
        self.setItemsExpandable(False)
        self.currentItemChanged.connect(self._changed)
        self.setMinimumWidth(180)
        self.setStyleSheet("QTreeWidget#navigator::item { padding: 3px 2px; }")

    def keys(self) -> list[str]:
        return list(self.items)

    def label(self, key: str) -> str:
        return self.items[key].text(0)

    def select(self, key: str) -> None:
        """Mark a page as current without emitting ``page_chosen``."""
        self.blockSignals(True)
        self.setCurrentItem(self.items[key])
        self.blockSignals(False)

    def current_key(self) -> str | None:
        item = self.currentItem()
        return item.data(0, KEY_ROLE) if item is not None else None

    def _changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None and item.data(0, KEY_ROLE):
            self.page_chosen.emit(item.data(0, KEY_ROLE))
