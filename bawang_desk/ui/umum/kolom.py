"""Table columns sized from what they hold, the name column taking the spare width, widths kept.

Fixed pixel widths cut what matters ("Kus..." in the queue's Nama while Varian was wide,
"15 hari di ..." in Serah Terima); stretching the last column gives the spare room to
"Keterangan". :func:`atur_kolom` is the one place every table gets its columns from: each
column as wide as its header and the rows around the visible ones (capped, so one long note
does not take the screen), the name column stretched over what is left, and the widths the user
drags kept per table on this PC.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from bawang_desk import APP_NAME

#: Header titles that name a row, in order of preference, when the caller names no column.
JUDUL_NAMA = ("Nama", "Nama pegawai", "Pemohon", "Hal", "Perihal", "Uraian", "Judul", "Tujuan")
#: No column is made wider than this from its content (the user can drag it wider).
LEBAR_MAKS = 320
_H = Qt.Orientation.Horizontal
#: What the name column claims before the others share the rest (it gets any spare width too).
LEBAR_NAMA = 240
#: The least a column sized from its content is given when the table is too narrow for all.
LANTAI = 90
#: Rows measured around the visible ones (issue 17: never the whole of a long list).
PRESISI = 40


def _pengaturan() -> QSettings:
    return QSettings("Kecamatan Bawang", APP_NAME)


class PengaturKolom(QObject):
    """Keeps one table's columns: sized after each load, or the user's own widths."""

    def __init__(
        self,
        table: QTableView,
        kunci: str,
        regang: int | None,
        maks: int,
        utuh: tuple[int | str, ...] = (),
    ) -> None:
        super().__init__(table)
        self.table, self.kunci, self.maks = table, kunci, maks
        self._mengatur = False
        self._tersimpan = self._baca()
        model = table.model()
        n = model.columnCount() if model is not None else 0
        self.regang = regang if regang is not None else self._cari_nama(n)
        judul = [str(model.headerData(c, _H) or "") for c in range(n)] if model else []
        self.utuh = {
            u if isinstance(u, int) else judul.index(u)
            for u in utuh
            if isinstance(u, int) or u in judul
        }
        hh = table.horizontalHeader()
        hh.setResizeContentsPrecision(PRESISI)
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setMinimumSectionSize(40)
        hh.sectionResized.connect(self._diubah)
        self._tunda = QTimer(self)
        self._tunda.setSingleShot(True)
        self._tunda.setInterval(0)
        self._tunda.timeout.connect(self.sesuaikan)
        table.installEventFilter(self)  # a wider or narrower window shares the room again
        if model is not None:
            model.modelReset.connect(self._tunda.start)
            model.layoutChanged.connect(self._tunda.start)
            model.rowsInserted.connect(self._tunda.start)
        self.sesuaikan()

    def _cari_nama(self, n: int) -> int:
        model = self.table.model()
        judul = [str(model.headerData(c, _H) or "") for c in range(n)] if model else []
        for j in JUDUL_NAMA:
            if j in judul:
                return judul.index(j)
        return n - 1

    def _baca(self) -> dict[int, int]:
        nilai = _pengaturan().value(f"kolom/{self.kunci}")
        if not nilai:
            return {}
        try:
            return {int(k): int(v) for k, v in (p.split(":") for p in str(nilai).split(","))}
        except ValueError:
            return {}

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if obj is self.table and ev.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._tunda.start()
        return False

    def lebar_isi(self, c: int) -> int:
        """What column ``c`` needs for its header and the rows around the visible ones."""
        hh = self.table.horizontalHeader()
        return max(self.table.sizeHintForColumn(c), hh.sectionSizeHint(c)) + 8

    def sesuaikan(self) -> None:
        """Share the table's width: the name column and the ``utuh`` columns get what their
        content needs; the others share what is left (the longest give way first, none below
        its header or :data:`LANTAI`); the name column takes whatever is still spare. When even
        that does not fit, the table scrolls sideways rather than cut a name."""
        model = self.table.model()
        if model is None:
            return
        hh = self.table.horizontalHeader()
        n = model.columnCount()
        kolom = [c for c in range(n) if c != self.regang and not hh.isSectionHidden(c)]
        perlu = {c: self._tersimpan.get(c, min(self.lebar_isi(c), self.maks)) for c in kolom}
        ada_nama = 0 <= self.regang < n
        nama = min(self.lebar_isi(self.regang), LEBAR_NAMA) if ada_nama else 0
        ruang = self.table.viewport().width() or sum(perlu.values()) + nama
        lebar = dict(perlu)
        bebas = [c for c in kolom if c not in self.utuh and c not in self._tersimpan]
        anggaran = ruang - nama - sum(perlu[c] for c in kolom if c not in bebas)
        if sum(perlu[c] for c in bebas) > anggaran:
            lantai = {c: min(perlu[c], max(hh.sectionSizeHint(c), LANTAI)) for c in bebas}
            # the water level L: each free column gets min(need, max(floor, L))
            rendah, tinggi = 0, max((perlu[c] for c in bebas), default=0)
            while rendah < tinggi:
                tengah = (rendah + tinggi + 1) // 2
                jumlah = sum(min(perlu[c], max(lantai[c], tengah)) for c in bebas)
                if jumlah <= anggaran:
                    rendah = tengah
                else:
                    tinggi = tengah - 1
            for c in bebas:
                lebar[c] = min(perlu[c], max(lantai[c], rendah))
        if ada_nama:
            lebar[self.regang] = max(nama, ruang - sum(lebar[c] for c in kolom))
        self._mengatur = True
        try:
            for c, w in lebar.items():
                hh.resizeSection(c, w)
        finally:
            self._mengatur = False

    def _diubah(self, c: int, _lama: int, baru: int) -> None:
        if self._mengatur or c == self.regang:
            return
        self._tersimpan[c] = baru
        s = _pengaturan()
        s.setValue(f"kolom/{self.kunci}", ",".join(f"{k}:{v}" for k, v in self._tersimpan.items()))


def atur_kolom(
    table: QTableView,
    kunci: str | None = None,
    *,
    regang: int | None = None,
    utuh: tuple[int | str, ...] = (),
    maks: int = LEBAR_MAKS,
) -> PengaturKolom:
    """Size ``table``'s columns from their content; ``regang`` (default: the "Nama"-like
    column) takes the spare width; ``utuh`` columns (indexes or header titles; titles the table
    lacks are ignored) are never narrowed below their content; widths the user drags are kept
    under ``kunci`` (default: the table's objectName). Call after the model is set."""
    return PengaturKolom(table, kunci or table.objectName() or "tabel", regang, maks, utuh)
