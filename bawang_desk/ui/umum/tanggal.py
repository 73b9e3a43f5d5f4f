"""The one date field of the app: typed as the office types dates, checked at the field, Indonesian.

QDateEdit was the trouble: its sections turned "28112026" into "-8112026", an optional date
could not be cleared except by a minimum-date trick, and its calendar opened at January 1990 in
English. This is a line edit instead (so Designer forms can promote a QLineEdit to it): any of
"28112026", "28-11-2026", "28/11/2026", "28.11.2026", "1-2-2026", "2026-11-28" or
"28 November 2026" is read by ``core.teks.parse_tanggal``; the text is rewritten as
``dd-mm-yyyy`` when the field is left; an impossible or out-of-range date is refused there with a
sentence that says what is wrong; the calendar (F4 or Alt+Down, or the icon) is Indonesian and
opens at the field's date or today. Up/Down move a day, Page Up/Page Down a month.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QLocale, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolTip, QVBoxLayout, QWidget

from bawang_desk.core.errors import ValidationError
from bawang_desk.core.teks import parse_tanggal
from bawang_desk.ui.umum.dasar import GAYA_GALAT

#: How the placeholder says to type a date (fields show them as 28-11-2026).
PETUNJUK = "hh-bb-tttt"
BATAS_BAWAH = datetime.date(1900, 1, 1)
BATAS_ATAS = datetime.date(2099, 12, 31)
LOKAL = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)


def teks_tanggal(d: datetime.date | None) -> str:
    """``28-11-2026``, or "" for no date: what a date field shows."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}" if d else ""


def _ikon_kalender() -> QIcon:
    """A small calendar glyph drawn here, so the field needs no image file."""
    pm = QPixmap(16, 16)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setPen(QColor("#404040"))
    p.drawRect(1, 2, 13, 12)
    p.fillRect(2, 3, 12, 3, QColor("#a40000"))
    for x in (4, 7, 10):
        for y in (8, 11):
            p.fillRect(x, y, 2, 2, QColor("#404040"))
    p.end()
    return QIcon(pm)


class _KalenderPopup(QWidget):
    """The calendar under the field; a pick (click, Enter) writes the date back and closes."""

    dipilih = Signal(object)

    def __init__(self, field: TanggalEdit) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.setObjectName("kalenderPopup")
        self.kalender = QCalendarWidget(self)
        self.kalender.setObjectName("kalender")
        self.kalender.setAccessibleName("Kalender")
        self.kalender.setLocale(LOKAL)
        self.kalender.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.kalender.setGridVisible(True)
        self.kalender.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(1, 1, 1, 1)
        lay.addWidget(self.kalender)
        self.kalender.clicked.connect(self._pilih)
        self.kalender.activated.connect(self._pilih)

    def _pilih(self, q: QDate) -> None:
        self.dipilih.emit(q.toPython())
        self.close()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(e)


class TanggalEdit(QLineEdit):
    """A date typed or picked; ``tanggal()`` is the date (None when empty or not valid).

    ``boleh_kosong`` makes the date optional (then it can be cleared); ``setRentang`` sets the
    dates allowed, with the sentence shown when one outside is typed. ``periksa()`` is what a
    form calls when it saves: the date, or a ``ValidationError`` naming this field.
    ``tanggalBerubah`` carries the new date (or None) whenever the valid value changes.
    """

    tanggalBerubah = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        boleh_kosong: bool = False,
        tanggal: datetime.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._boleh_kosong = boleh_kosong
        self._min, self._max = BATAS_BAWAH, BATAS_ATAS
        self._pesan_rentang: str | None = None
        self._nilai: datetime.date | None = None
        self._galat: str | None = None
        self._popup: _KalenderPopup | None = None
        self.setPlaceholderText(PETUNJUK)
        self.setMaxLength(40)
        self.setClearButtonEnabled(boleh_kosong)
        self.aksiKalender = QAction(_ikon_kalender(), "Pilih dari kalender (F4)", self)
        self.aksiKalender.setObjectName("aksiKalender")
        self.aksiKalender.triggered.connect(self.buka_kalender)
        self.addAction(self.aksiKalender, QLineEdit.ActionPosition.TrailingPosition)
        self.setToolTip("Ketik tanggal (28-11-2026 atau 28112026) atau tekan F4 untuk kalender")
        self.editingFinished.connect(self._selesai_ketik)
        self.textEdited.connect(self._diketik)
        if tanggal is not None:
            self.setTanggal(tanggal)

    def sizeHint(self) -> QSize:
        """As wide as a date and its calendar icon, not as a line of text: a filter row with
        two dates then leaves its room to the search field (1024 px screens)."""
        hint = super().sizeHint()
        fm = self.fontMetrics()
        isi = max(fm.horizontalAdvance("00-00-0000"), fm.horizontalAdvance(self.placeholderText()))
        ikon = 2 * (fm.height() + 8) if self.isClearButtonEnabled() else fm.height() + 8
        return QSize(isi + ikon + 16, hint.height())

    # ------------------------------------------------------------------ value

    def tanggal(self) -> datetime.date | None:
        """The date in the field now (read from its text), or None when empty or not valid."""
        d, galat = self._baca()
        return None if galat else d

    def setTanggal(self, d: datetime.date | None) -> None:
        if isinstance(d, datetime.datetime):
            d = d.date()
        self.setText(teks_tanggal(d))
        self._terapkan(d, None)

    def kosongkan(self) -> None:
        self.setTanggal(None)

    def boleh_kosong(self) -> bool:
        return self._boleh_kosong

    def setBolehKosong(self, ya: bool) -> None:
        self._boleh_kosong = ya
        self.setClearButtonEnabled(ya)

    def setRentang(
        self,
        minimum: datetime.date | None = None,
        maksimum: datetime.date | None = None,
        pesan: str | None = None,
    ) -> None:
        """The dates allowed (inclusive); ``pesan`` replaces the default sentence."""
        self._min = minimum or BATAS_BAWAH
        self._max = maksimum or BATAS_ATAS
        self._pesan_rentang = pesan

    def rentang(self) -> tuple[datetime.date, datetime.date]:
        return self._min, self._max

    def galat(self) -> str | None:
        """What is wrong with the text now, in a sentence (None when it is fine)."""
        return self._baca()[1]

    def periksa(self, field: str | None = None) -> datetime.date | None:
        """The date for saving; raises ValidationError when it cannot be.

        ``field`` is the name the form's error mapping knows the field by (default: the
        objectName), so the form can focus and mark it like any other refused field.
        """
        d, galat = self._baca()
        if galat is None and d is None and not self._boleh_kosong:
            galat = "Tanggal wajib diisi."
        if galat:
            raise ValidationError(galat, field or self.objectName() or "tanggal")
        return d

    # ------------------------------------------------------------------ reading

    def _baca(self) -> tuple[datetime.date | None, str | None]:
        teks = self.text().strip()
        if not teks:
            return None, None
        try:
            d = parse_tanggal(teks)
        except ValidationError as e:
            return None, str(e)
        if not self._min <= d <= self._max:
            return d, self._pesan_rentang or (
                f"Tanggal {teks_tanggal(d)} di luar rentang yang boleh: "
                f"{teks_tanggal(self._min)} sampai {teks_tanggal(self._max)}."
            )
        return d, None

    def _diketik(self, _teks: str) -> None:
        if self._galat:  # the user is correcting: take the red away, judge again on leaving
            self._tandai(None)

    def _selesai_ketik(self) -> None:
        d, galat = self._baca()
        if galat is None and d is not None:
            self.setText(teks_tanggal(d))
        self._terapkan(None if galat else d, galat)

    def _terapkan(self, d: datetime.date | None, galat: str | None) -> None:
        self._tandai(galat)
        if galat is None and d != self._nilai:
            self._nilai = d
            self.tanggalBerubah.emit(d)

    def _tandai(self, galat: str | None) -> None:
        self._galat = galat
        if galat:
            self.setStyleSheet(GAYA_GALAT)
            self.setAccessibleDescription(galat)
            if self.isVisible():
                QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), galat, self)
        else:
            if self.styleSheet() == GAYA_GALAT:
                self.setStyleSheet("")
            self.setAccessibleDescription("")
            QToolTip.hideText()

    # ------------------------------------------------------------------ keyboard and calendar

    def keyPressEvent(self, e: QKeyEvent) -> None:
        k, mod = e.key(), e.modifiers()
        if k == Qt.Key.Key_F4 or (k == Qt.Key.Key_Down and mod & Qt.KeyboardModifier.AltModifier):
            self.buka_kalender()
            return
        langkah = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_PageUp: (0, 1),
            Qt.Key.Key_PageDown: (0, -1),
        }.get(k)
        if langkah and not mod & Qt.KeyboardModifier.AltModifier:
            self._geser(*langkah)
            return
        super().keyPressEvent(e)

    def _geser(self, hari: int, bulan: int) -> None:
        d = self.tanggal() or datetime.date.today()
        q = QDate(d.year, d.month, d.day).addDays(hari).addMonths(bulan)
        baru = min(max(q.toPython(), self._min), self._max)
        self.setTanggal(baru)

    def buka_kalender(self) -> None:
        if self.isReadOnly() or not self.isEnabled():
            return
        popup = _KalenderPopup(self)
        popup.kalender.setDateRange(QDate(self._min), QDate(self._max))
        awal = self.tanggal() or min(max(datetime.date.today(), self._min), self._max)
        popup.kalender.setSelectedDate(QDate(awal))
        popup.dipilih.connect(self._dari_kalender)
        popup.adjustSize()
        # under the field, or above it when the screen ends first (the taskbar of a 768 px PC)
        pos = self.mapToGlobal(QPoint(0, self.height()))
        layar = self.screen().availableGeometry()
        if pos.y() + popup.height() > layar.bottom():
            pos.setY(self.mapToGlobal(QPoint(0, 0)).y() - popup.height())
        pos.setX(max(layar.left(), min(pos.x(), layar.right() - popup.width())))
        popup.move(pos)
        self._popup = popup
        popup.show()
        popup.kalender.setFocus()

    def _dari_kalender(self, d: datetime.date) -> None:
        self.setTanggal(d)
        self.setFocus()
