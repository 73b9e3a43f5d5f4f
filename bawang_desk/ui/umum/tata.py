"""Layout helpers for a 1024x768 counter screen: button rows that wrap, forms that scroll, sizes that fit.

The office PCs have 1366x768 or 1024x768 screens with a taskbar, so a window has about
1024x728 to live in. A row of nine buttons in a QHBoxLayout makes the whole window at least as
wide as the row; :class:`AlirLayout` puts the buttons that do not fit on the next line instead.
A long form goes in :func:`gulir` so that its dialog's button row, kept outside, stays visible.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

#: The room a window has on the smallest office screen (1024x768 less a 40 px taskbar).
LAYAR_KECIL = QSize(1024, 728)


class AlirLayout(QLayout):
    """Items left to right, wrapping onto a new line when the width runs out (a flow layout).

    Its minimum width is that of its widest item, so it never widens the window; its height
    follows from the width it gets (``heightForWidth``), so the rows below move down.
    """

    def __init__(self, parent: QWidget | None = None, jarak: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(jarak)
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # QLayout's contract
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, i: int) -> QLayoutItem | None:
        return self._items[i] if 0 <= i < len(self._items) else None

    def takeAt(self, i: int) -> QLayoutItem | None:
        return self._items.pop(i) if 0 <= i < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, lebar: int) -> int:
        return self._susun(QRect(0, 0, lebar, 0), uji=True)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._susun(rect, uji=False)

    def sizeHint(self) -> QSize:
        """All in one line (what it would like), capped at the small screen's width."""
        m = self.contentsMargins()
        terlihat = [it for it in self._items if not it.isEmpty()]
        lebar = sum(it.sizeHint().width() for it in terlihat)
        lebar += self.spacing() * max(0, len(terlihat) - 1) + m.left() + m.right()
        lebar = min(lebar, LAYAR_KECIL.width() - 80)
        return QSize(lebar, self.heightForWidth(lebar))

    def minimumSize(self) -> QSize:
        ukuran = QSize()
        for it in self._items:
            if not it.isEmpty():
                ukuran = ukuran.expandedTo(it.minimumSize())
        m = self.contentsMargins()
        return ukuran + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _susun(self, rect: QRect, *, uji: bool) -> int:
        m: QMargins = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, tinggi_baris = area.x(), area.y(), 0
        for it in self._items:
            if it.isEmpty():
                continue
            uk = it.sizeHint().expandedTo(it.minimumSize())
            if x > area.x() and x + uk.width() > area.right() + 1:
                x = area.x()
                y += tinggi_baris + self.spacing()
                tinggi_baris = 0
            if not uji:
                it.setGeometry(QRect(QPoint(x, y), uk))
            x += uk.width() + self.spacing()
            tinggi_baris = max(tinggi_baris, uk.height())
        return y + tinggi_baris - rect.y() + m.bottom()


def gulir(isi: QWidget, nama: str = "gulirArea") -> QScrollArea:
    """``isi`` (a long form) in a vertical scroll area that never scrolls sideways.

    Put the dialog's button row outside it: however tall the form, Simpan and Batal stay on
    screen, and the dialog can be as short as the screen allows.
    """
    area = QScrollArea()
    area.setObjectName(nama)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(isi)
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    area.setMinimumWidth(isi.minimumSizeHint().width() + 20)
    return area


def pas_halaman(stack: QStackedWidget) -> None:
    """Let a stacked form take the size of its current page only, not of its largest one.

    QStackedWidget asks for room for every page; a dialog with a long page and a short one
    would then never shrink back when the short one is chosen.
    """
    for i in range(stack.count()):
        kebijakan = (
            QSizePolicy.Policy.Preferred
            if i == stack.currentIndex()
            else (QSizePolicy.Policy.Ignored)
        )
        stack.widget(i).setSizePolicy(kebijakan, kebijakan)
        stack.widget(i).adjustSize()
    stack.adjustSize()
    stack.updateGeometry()


def sesuaikan_tinggi(dialog: QWidget, isi: QWidget, area: QScrollArea) -> None:
    """Resize ``dialog`` to show all of ``isi`` (the form in ``area``), within the screen.

    Called when the form changes (another service, another variant): the dialog grows or
    shrinks with it, and scrolls only when the screen is too small for it.
    """
    lay = isi.layout()
    if lay is not None:
        lay.activate()
    tambahan = dialog.height() - area.viewport().height()
    if not dialog.isVisible():
        tambahan = dialog.sizeHint().height() - area.sizeHint().height() + 2 * area.frameWidth()
    ingin = isi.sizeHint().height() + max(0, tambahan)
    bebas = ruang_layar(dialog)
    batas = min(bebas.height() - 40, LAYAR_KECIL.height() - 40)
    dialog.resize(dialog.width(), max(dialog.minimumSizeHint().height(), min(ingin, batas)))


def ruang_layar(w: QWidget) -> QRect:
    """The free area of the screen ``w`` is on (or the small office screen offscreen)."""
    layar = w.screen() or QGuiApplication.primaryScreen()
    return layar.availableGeometry() if layar is not None else QRect(QPoint(), LAYAR_KECIL)


def muat_di_layar(w: QWidget, lebar: int, tinggi: int) -> None:
    """Resize ``w`` to ``lebar`` x ``tinggi`` but never larger than the free screen area."""
    bebas = ruang_layar(w)
    w.resize(min(lebar, bebas.width() - 20), min(tinggi, bebas.height() - 40))


#: What a window manager's title bar takes besides the title: icon and three buttons.
_BINGKAI_JUDUL = 150


def lebar_judul(w: QWidget) -> int:
    """The width at which ``w``'s window title is shown whole in a title bar."""
    return w.fontMetrics().horizontalAdvance(w.windowTitle()) + _BINGKAI_JUDUL


def judul_muat(w: QWidget) -> None:
    """Make ``w`` at least as wide as its title needs, so the title bar does not cut it
    ("Kirim k…shdisk"); never wider than the small screen."""
    w.setMinimumWidth(min(max(w.minimumWidth(), lebar_judul(w)), LAYAR_KECIL.width() - 40))


class PenjagaJudul(QObject):
    """Application-wide: every dialog, when shown, is made wide enough for its title.

    One filter instead of a call in each of forty dialogs (and in Qt's own input and message
    boxes, whose width follows their text, not their title).
    """

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if (
            ev.type() == QEvent.Type.Show
            and isinstance(obj, QDialog)
            and obj.windowTitle()
            and obj.width() < lebar_judul(obj)
        ):
            judul_muat(obj)
            obj.resize(max(obj.width(), obj.minimumWidth()), obj.height())
        return False
