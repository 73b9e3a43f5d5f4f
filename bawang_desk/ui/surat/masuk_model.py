"""The Buku Agenda as a table model: letters in, Sangat Segera first, lazily fetched."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.surat_masuk import (
    LABEL_STATUS,
    STATUS,
    BarisSurat,
    FilterSurat,
)
from bawang_desk.core.teks import tanggal_pendek
from bawang_desk.ui.umum.model import ModelBaris

_Index = QModelIndex | QPersistentModelIndex

#: Urgent rows: dark red bold text on a pale red background (contrast ratio above 7:1).
WARNA_URGEN_TEKS = QColor("#7a0000")
WARNA_URGEN_LATAR = QColor("#ffe3e3")
HALAMAN = 200


class SuratMasukModel(ModelBaris[BarisSurat]):
    """The Buku Agenda, fetched a page at a time so ten years open as fast as one day."""

    COL_AGENDA, COL_TANGGAL, COL_PENGIRIM, COL_NOMOR, COL_HAL, COL_SIFAT, COL_STATUS = range(7)
    HEADERS = ("No. agenda", "Tgl terima", "Pengirim", "Nomor surat", "Hal", "Sifat", "Status")

    def __init__(self, desk: Desk | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._filter = FilterSurat()
        self._offset = 0
        self._lagi = False

    def muat(self, f: FilterSurat | None = None) -> None:
        if f is not None:
            self._filter = f
        self.beginResetModel()
        self._rows, self._offset, self._lagi = [], 0, False
        if self.desk is not None and self.desk.boleh("surat_masuk.lihat"):
            self._rows = self.desk.surat_masuk.daftar(self._filter, offset=0, batas=HALAMAN)
            self._offset = HALAMAN
            self._lagi = sum(1 for r in self._rows if not r.urgen) >= HALAMAN - 100 or (
                len(self._rows) >= HALAMAN
            )
        self.endResetModel()

    def cari_baris(self, surat_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == surat_id), -1)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._lagi

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._lagi or self.desk is None:
            return
        baru = self.desk.surat_masuk.daftar(self._filter, offset=self._offset, batas=HALAMAN)
        self._offset += HALAMAN
        ada = {r.id for r in self._rows}
        baru = [r for r in baru if r.id not in ada]
        self._lagi = len(baru) > 0
        if baru:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(baru) - 1)
            self._rows.extend(baru)
            self.endInsertRows()

    def nilai(self, r: BarisSurat, c: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            sifat = f"\u26a0 {r.label_sifat.upper()}" if r.urgen else r.label_sifat
            return (
                f"{r.nomor_agenda}/{r.tahun}",
                tanggal_pendek(date.fromisoformat(r.tanggal_terima)),
                r.pengirim,
                r.nomor_surat,
                r.hal,
                sifat,
                LABEL_STATUS.get(r.status, r.status),
            )[c]
        if role == Qt.ItemDataRole.UserRole:
            return (
                r.tahun * 10_000_000 + r.id,
                r.tanggal_terima,
                r.pengirim,
                r.nomor_surat,
                r.hal,
                r.sifat,
                STATUS.index(r.status) if r.status in STATUS else 0,
            )[c]
        if r.urgen:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(WARNA_URGEN_TEKS)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(WARNA_URGEN_LATAR)
            if role == Qt.ItemDataRole.FontRole:
                f = QFont()
                f.setBold(True)
                return f
        if role == Qt.ItemDataRole.ToolTipRole and r.urgen:
            if r.status in ("dicatat", "disampaikan"):
                return "Surat SANGAT SEGERA: menunggu disposisi Camat."
            return "Surat SANGAT SEGERA: selesaikan langkah berikutnya hari ini."
        if role == Qt.ItemDataRole.AccessibleTextRole and r.urgen and c == self.COL_SIFAT:
            return "Sangat segera"
        return None
