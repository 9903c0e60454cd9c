"""The start screen: shown when no register is open. New register, Open, Open demo, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ropa.i18n import DEFAULT_LANGUAGE, LANGUAGES
from ui.models import language_name

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class StartScreen(QWidget):
    """Emits what the user asks for; ``ui.app`` does the work (dialogs, opening files)."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)
    forget_requested = Signal(str)
    language_requested = Signal(str)

    def __init__(self, language: str = DEFAULT_LANGUAGE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        self.setWindowTitle("ropa")
        style = self.style()
        title = QLabel(self.tr("ropa"), self)
        title.setObjectName("startTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("The record of processing activities (GDPR Article 30), kept offline in one file."), self)
        subtitle.setObjectName("startSubtitle")
        subtitle.setWordWrap(True)

        self.new_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), self.tr("&New register\u2026"), self)
        self.new_button.setObjectName("newRegisterButton")
        self.open_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton), self.tr("&Open\u2026"), self)
        self.open_button.setObjectName("openButton")
        self.demo_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon),
                                       self.tr("Open &demo register"), self)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setToolTip(self.tr("Cardify NV, a Belgian SaaS company: 14 activities to explore"))
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
            button.setIconSize(QSize(20, 20))
            button.setStyleSheet("text-align: left; padding-left: 12px;")
        buttons = QVBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)

        recent_title = QLabel(self.tr("Recent registers"), self)
        recent_title.setObjectName("recentTitle")
        font = recent_title.font()
        font.setBold(True)
        recent_title.setFont(font)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentFiles")
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent.setAlternatingRowColors(True)
        self.recent.setIconSize(QSize(20, 20))
        self.recent.setSpacing(2)
        self.empty = QLabel(self.tr("Registers you open appear here."), self)
        self.empty.setObjectName("recentEmpty")
        recent = QVBoxLayout()
        recent.addWidget(recent_title)
        recent.addWidget(self.recent, 1)
        recent.addWidget(self.empty)

        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addLayout(buttons, 2)
        columns.addLayout(recent, 5)
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        for code in LANGUAGES:
            self.language.addItem(language_name(code, code), code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.setToolTip(self.tr("The language of the interface"))
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        choice = QHBoxLayout()
        choice.addWidget(language_label)
        choice.addWidget(self.language)
        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addLayout(choice)
        heading.setAlignment(choice, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(12)
        layout.addLayout(heading)
        layout.addWidget(subtitle)
        layout.addSpacing(16)
        layout.addLayout(columns, 1)

        self.new_button.clicked.connect(self.new_requested.emit)
        self.open_button.clicked.connect(self.open_requested.emit)
        self.demo_button.clicked.connect(self.demo_requested.emit)
        self.recent.itemActivated.connect(self._activated)
        self.language.activated.connect(lambda i: self.language_requested.emit(str(self.language.itemData(i))))
        forget = QAction(self.tr("Remove from the list"), self.recent)
        forget.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        forget.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        forget.triggered.connect(self._forget)
        self.recent.addAction(forget)
        self.recent.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for keys, slot in ((QKeySequence.StandardKey.New, self.new_requested.emit),
                           (QKeySequence.StandardKey.Open, self.open_requested.emit)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
        self.resize(900, 560)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The keyboard starts in the recent files: Return opens the one selected, Tab reaches the buttons."""
        super().showEvent(event)
        if self.recent.isVisibleTo(self) and self.recent.count():
            self.recent.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for path in paths:
            exists = path.exists()
            missing = self.tr("not found")  # (lupdate does not look inside f-strings)
            text = f"{path.name}\n{path.parent}" if exists else f"{path.name}\n{path.parent} \u2014 {missing}"
            item = QListWidgetItem(icon, text, self.recent)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            if not exists:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.empty.setVisible(not paths)
        self.recent.setVisible(bool(paths))
        if paths:
            self.recent.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(item.data(PATH_ROLE))

    def _forget(self) -> None:
        item = self.recent.currentItem()
        if item is not None:
            self.forget_requested.emit(item.data(PATH_ROLE))
