"""Small charts drawn with QPainter (the app ships PySide6-Essentials, without QtCharts).

``BarChart`` draws labelled horizontal bars, each made of coloured segments (one segment: a plain
bar; several: a stacked bar with a legend). ``Gauge`` draws a ring with a big percentage. Colours of
severities are shared with the findings table so red, amber and blue mean the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QIcon,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from ropa.checks import Severity

SEVERITY_COLOURS = {
    Severity.ERROR: QColor(200, 40, 40),
    Severity.WARNING: QColor(230, 150, 0),
    Severity.INFO: QColor(40, 110, 200),
}

# Colours for series that have no meaning of their own (statuses, mechanisms...), colour-blind safe.
PALETTE = [QColor(c) for c in ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
                                "#999999", "#332288", "#88CCEE")]

_ICONS: dict[tuple[str, bool], QIcon] = {}


def severity_icon(severity: Severity, accepted: bool = False) -> QIcon:
    """A filled disc in the severity's colour (a hollow ring once the finding is accepted)."""
    key = (severity.value, accepted)
    icon = _ICONS.get(key)
    if icon is None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = SEVERITY_COLOURS[severity]
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush if accepted else colour)
        painter.drawEllipse(QRectF(2, 2, 12, 12))
        painter.end()
        icon = _ICONS[key] = QIcon(pixmap)
    return icon


@dataclass
class Bar:
    """One row of a bar chart: a label and its segments (value, colour index or colour)."""

    label: str
    segments: list[tuple[float, QColor]]
    key: str = ""  # what a click on the bar reports
    tooltip: str = ""

    @property
    def total(self) -> float:
        return sum(v for v, _c in self.segments)


@dataclass
class ChartData:
    bars: list[Bar] = field(default_factory=list)
    legend: list[tuple[str, QColor]] = field(default_factory=list)


class BarChart(QWidget):
    """Horizontal bars with their label on the left and their total on the right; ``clicked(key)``."""

    clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "") -> None:
        super().__init__(parent)
        self.data = ChartData()
        self.empty_text = empty_text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMouseTracking(True)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _legend_lines(self, width: int) -> list[list[tuple[str, QColor, float]]]:
        """The legend entries (text, colour, x) laid out in lines that fit ``width``."""
        metrics = self.fontMetrics()
        size = metrics.height() - 4
        left = float(self._label_width_for(width) + 6)  # under the bars, as painted
        lines: list[list[tuple[str, QColor, float]]] = []
        x = left
        for text, colour in self.data.legend:
            room = max(40.0, width - left - size - 4)
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room))
            entry = size + 4 + metrics.horizontalAdvance(text)
            if lines and x + entry > width:
                x = left
                lines.append([])
            if not lines:
                lines.append([])
            lines[-1].append((text, colour, x))
            x += entry + 14
        return lines

    def _legend_height(self, width: int) -> int:
        lines = len(self._legend_lines(width)) if self.data.legend else 0
        return lines * (self.fontMetrics().height() + 4) + (4 if lines else 0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = max(1, len(self.data.bars))
        return rows * self._row_height() + self._legend_height(width) + 4

    def sizeHint(self) -> QSize:
        return QSize(320, self.heightForWidth(max(self.width(), 320)))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.heightForWidth(max(self.width(), 160)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.data.legend and self.heightForWidth(event.size().width()) != self.height():
            self.updateGeometry()  # the legend wraps onto another number of lines

    def _label_width(self) -> int:
        return self._label_width_for(self.width())

    def _label_width_for(self, width: int) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in self.data.bars), default=0)
        return min(widest + 8, max(80, width * 9 // 20))  # short labels whole; the bars keep over half

    def bar_at(self, y: float) -> Bar | None:
        row = int((y - 2) // self._row_height())
        return self.data.bars[row] if 0 <= row < len(self.data.bars) else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position().y())
        self.setToolTip(bar.tooltip if bar is not None else "")
        self.setCursor(Qt.CursorShape.PointingHandCursor if bar is not None and bar.key else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position().y())
        if bar is not None and bar.key and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(bar.key)
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        text_colour = palette.windowText().color()
        if not self.data.bars:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.empty_text)
            painter.end()
            return
        row_h = self._row_height()
        label_w = self._label_width()
        maximum = max((b.total for b in self.data.bars), default=0) or 1
        number_w = metrics.horizontalAdvance(str(int(maximum))) + 10
        bar_left = label_w + 6
        bar_room = max(10, self.width() - bar_left - number_w)
        track = palette.alternateBase().color()
        for i, bar in enumerate(self.data.bars):
            top = 2 + i * row_h
            label_rect = QRectF(0, top, label_w, row_h)
            painter.setPen(text_colour)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 4))
            bar_h = row_h - 8
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(bar_left, top + 4, bar_room, bar_h), 3, 3)
            x = float(bar_left)
            for value, colour in bar.segments:
                width = bar_room * value / maximum
                if width <= 0:
                    continue
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(x, top + 4, width, bar_h), 2, 2)
                x += width
            painter.setPen(text_colour)
            total = bar.total
            painter.drawText(QRectF(x + 4, top, number_w + 20, row_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             str(int(total)) if total == int(total) else f"{total:.1f}")
        if self.data.legend:
            y = 2 + len(self.data.bars) * row_h + 4
            size = metrics.height() - 4
            for line in self._legend_lines(self.width()):
                for text, colour, x in line:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(colour)
                    painter.drawRect(QRectF(x, y + 2, size, size))
                    painter.setPen(text_colour)
                    painter.drawText(QPointF(x + size + 4, y + metrics.ascent()), text)
                y += metrics.height() + 4
        painter.end()


class Gauge(QWidget):
    """A ring filled to a percentage with the number in the middle; its colour follows the value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.percent = 0
        self.caption = ""
        self.setMinimumSize(150, 150)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_value(self, percent: int, caption: str = "") -> None:
        self.percent = max(0, min(100, percent))
        self.caption = caption
        self.setToolTip(caption)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(150, 150)

    def colour(self) -> QColor:
        if self.percent >= 90:
            return QColor(30, 140, 70)
        if self.percent >= 60:
            return SEVERITY_COLOURS[Severity.WARNING]
        return SEVERITY_COLOURS[Severity.ERROR]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 16
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        pen = QPen(self.palette().alternateBase().color().darker(110), 14)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawArc(rect, 0, 360 * 16)
        pen.setColor(self.colour())
        painter.setPen(pen)
        painter.drawArc(rect, 90 * 16, -int(360 * 16 * self.percent / 100))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{self.percent}\u202f%")
        painter.end()


class BadgeDelegate(QStyledItemDelegate):
    """Paints a cell's (errors, warnings) as small coloured pills with their counts ("2" red, "1" amber)."""

    def __init__(self, role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        counts = index.data(self.role)
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style = plain.widget.style() if plain.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, plain.widget)
        if not isinstance(counts, tuple):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        rect = option.rect
        height = metrics.height() + 2
        x = float(rect.left() + 6)
        y = rect.top() + (rect.height() - height) / 2
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        for count, severity in zip(counts, (Severity.ERROR, Severity.WARNING), strict=False):
            if not count:
                continue
            text = str(count)
            width = max(height, metrics.horizontalAdvance(text) + 12)
            pill = QRectF(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SEVERITY_COLOURS[severity])
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(QColor(255, 255, 255))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 4
        painter.restore()


class ElidedTextDelegate(QStyledItemDelegate):
    """Shows the whole text of a cell as its tooltip when the column is too narrow for it (and the
    model gives no tooltip of its own): long role names in French or German stay readable."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() == QEvent.Type.ToolTip and not index.data(Qt.ItemDataRole.ToolTipRole):
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
            if text and option.fontMetrics.horizontalAdvance(text) + margin > option.rect.width():
                QToolTip.showText(event.globalPos(), text, view)
                return True
            QToolTip.hideText()
            return True
        return super().helpEvent(event, view, option, index)
