"""Table models of the Surat Keluar tab: the letters, a letter's history, and the Buku Ekspedisi."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from bawang_desk.core.errors import BawangError
from bawang_desk.core.surat_keluar import (
    LABEL_STATUS,
    BarisEkspedisi,
    SuratKeluar,
)
from bawang_desk.core.teks import tanggal_pendek
from bawang_desk.ui.umum.model import ModelBaris

_Index = QModelIndex | QPersistentModelIndex
SINGKAT_TTD = {"camat": "Camat", "an": "a.n. Camat", "plh": "Plh. Camat"}
WARNA_BATAL = "#8a1c1c"


def _waktu(w) -> str:
    return f"{tanggal_pendek(w.date())} {w:%H:%M}"


class SuratKeluarModel(ModelBaris[SuratKeluar]):
    """Outgoing letters, newest first, fetched a page at a time as the view scrolls."""

    (
        COL_NOMOR,
        COL_TANGGAL,
        COL_KODE,
        COL_TUJUAN,
        COL_HAL,
        COL_STATUS,
        COL_PENANDATANGAN,
    ) = range(7)
    HEADERS = (
        "Nomor",
        "Tanggal surat",
        "Kode",
        "Kepada (Yth.)",
        "Hal",
        "Status",
        "Penandatangan",
    )
    HALAMAN = 200

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ambil: Callable[[int, int], list[SuratKeluar]] | None = None
        self._habis = True

    def set_sumber(self, ambil: Callable[[int, int], list[SuratKeluar]] | None) -> None:
        """Start over from ``ambil(offset, batas)``; its first page is read at once.

        An error from the first page propagates (the model is left empty).
        """
        self.beginResetModel()
        self._rows, self._ambil, self._habis = [], ambil, True
        try:
            if ambil is not None:
                self._rows = ambil(0, self.HALAMAN)
                self._habis = len(self._rows) < self.HALAMAN
        finally:
            self.endResetModel()

    def set_rows(self, rows: list[SuratKeluar]) -> None:
        self.set_sumber(None)
        super().set_rows(rows)

    def surat_di(self, row: int) -> SuratKeluar:
        return self.baris(row)

    def baris_id(self, sid: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == sid), -1)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._habis and self._ambil is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._ambil is not None
        try:
            baru = self._ambil(len(self._rows), self.HALAMAN)
        except BawangError:
            baru = []
        self._habis = len(baru) < self.HALAMAN
        if baru:
            n = len(self._rows)
            self.beginInsertRows(QModelIndex(), n, n + len(baru) - 1)
            self._rows.extend(baru)
            self.endInsertRows()

    def nilai(self, s: SuratKeluar, c: int, role: int) -> Any:
        batal = s.status == "batal"
        if role == Qt.ItemDataRole.DisplayRole:
            ttd = (
                f"{SINGKAT_TTD.get(s.mode_tanda_tangan, s.mode_tanda_tangan)}: {s.penandatangan}"
                if s.penandatangan
                else ""
            )
            return (
                s.nomor or "(belum bernomor)",
                tanggal_pendek(s.tanggal_surat) if s.tanggal_surat else "",
                s.kode_klasifikasi,
                s.tujuan,
                s.hal,
                s.label_status,
                ttd,
            )[c]
        if role == Qt.ItemDataRole.UserRole:
            # sort keys: numbers in the order they were issued, dates as ISO text
            return (
                s.nomor_id or 0,
                s.tanggal_surat.isoformat() if s.tanggal_surat else "",
                s.kode_klasifikasi,
                s.tujuan.lower(),
                s.hal.lower(),
                s.status,
                s.penandatangan or "",
            )[c]
        if role == Qt.ItemDataRole.ForegroundRole:
            if batal:
                return QBrush(QColor(WARNA_BATAL))
            if c == self.COL_NOMOR and not s.nomor:
                return QBrush(QColor("#5a5a5a"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if batal:
                return f"Surat ini dibatalkan: {s.alasan_batal}"
            if c in (self.COL_TUJUAN, self.COL_HAL):
                return s.tujuan if c == self.COL_TUJUAN else s.hal
        return None


class RiwayatModel(ModelBaris[tuple]):
    """The steps of one letter: status, when, who, note."""

    COL_STATUS, COL_WAKTU, COL_OLEH, COL_CATATAN = range(4)
    HEADERS = ("Status", "Waktu", "Oleh", "Catatan")

    def nilai(self, baris: tuple, c: int, role: int) -> Any:
        status, waktu, oleh, catatan = baris
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (LABEL_STATUS.get(status, status), _waktu(waktu), oleh or "", catatan or "")[c]
        if role == Qt.ItemDataRole.ForegroundRole and status == "batal":
            return QBrush(QColor(WARNA_BATAL))
        return None


class EkspedisiModel(ModelBaris[BarisEkspedisi]):
    """Lines of the Buku Ekspedisi, newest first."""

    (
        COL_TANGGAL_KIRIM,
        COL_NOMOR,
        COL_TANGGAL_SURAT,
        COL_HAL,
        COL_KEPADA,
        COL_TANDA_TERIMA,
    ) = range(6)
    HEADERS = (
        "Tanggal kirim",
        "Nomor surat",
        "Tanggal surat",
        "Hal",
        "Ditujukan kepada",
        "Tanda terima",
    )

    def baris_di(self, row: int) -> BarisEkspedisi:
        return self.baris(row)

    def baris_id(self, eid: int) -> int:
        return next((i for i, b in enumerate(self._rows) if b.id == eid), -1)

    def nilai(self, b: BarisEkspedisi, c: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            terima = (
                f"{b.penerima} ({_waktu(b.diterima_pada)})"
                if b.penerima and b.diterima_pada
                else b.penerima or "belum"
            )
            return (
                tanggal_pendek(b.tanggal_kirim),
                b.nomor_surat,
                tanggal_pendek(b.tanggal_surat) if b.tanggal_surat else "",
                b.hal,
                b.kepada,
                terima,
            )[c]
        if role == Qt.ItemDataRole.UserRole:
            return (
                b.tanggal_kirim.isoformat(),
                b.nomor_surat,
                b.tanggal_surat.isoformat() if b.tanggal_surat else "",
                b.hal.lower(),
                b.kepada.lower(),
                b.penerima or "",
            )[c]
        if role == Qt.ItemDataRole.ForegroundRole and c == self.COL_TANDA_TERIMA and not b.penerima:
            return QBrush(QColor("#7a4b00"))
        if role == Qt.ItemDataRole.ToolTipRole and c in (self.COL_HAL, self.COL_KEPADA):
            return b.hal if c == self.COL_HAL else b.kepada
        return None
