"""The counter's queue as a table model: today's applications, waiting time, status colours."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.layanan import LAYANAN, STATUS, Permohonan
from bawang_desk.core.teks import tanggal_pendek

_Index = QModelIndex | QPersistentModelIndex

WARNA_BATAL = QColor("#6a6a6a")
WARNA_PERINGATAN = QColor("#7a0000")


def _waktu_masuk(p: Permohonan) -> datetime | None:
    return p.langkah[0].waktu if p.langkah else None


def nama_varian(desk: Desk, p: Permohonan) -> str:
    try:
        return desk.layanan.sop(p.layanan).varian_by_kode(p.varian).nama
    except (BawangError, KeyError):
        return p.varian


class AntrianModel(QAbstractTableModel):
    """Applications at the counter (today's queue, or the SIAK backlog), one row each."""

    (
        COL_NO,
        COL_MASUK,
        COL_LAYANAN,
        COL_VARIAN,
        COL_NAMA,
        COL_NIK,
        COL_DESA,
        COL_STATUS,
        COL_NOMOR,
    ) = range(9)
    HEADERS = ("No", "Masuk", "Layanan", "Varian", "Nama", "NIK", "Desa", "Status", "Nomor")

    def __init__(self, desk: Desk | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._rows: list[Permohonan] = []
        self._varian: dict[tuple[str, str], str] = {}

    def muat(self, rows: list[Permohonan]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self.desk is not None:
            for p in self._rows:
                kunci = (p.layanan, p.varian)
                if kunci not in self._varian:
                    self._varian[kunci] = nama_varian(self.desk, p)
        self.endResetModel()

    def baris(self, row: int) -> Permohonan:
        return self._rows[row]

    def cari_baris(self, pid: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == pid), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        p = self._rows[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            w = _waktu_masuk(p)
            if w is None:
                masuk = tanggal_pendek(p.tanggal_masuk)
            elif self.desk is not None and w.date() == self.desk.sekarang().date():
                masuk = f"{w:%H:%M}"
            else:
                masuk = f"{w:%d-%m %H:%M}"
            status = p.label_status
            if p.siak == "menunggu":
                status += " \u2022 menunggu input SIAK"
            return (
                str(p.id),
                masuk,
                LAYANAN[p.layanan].nama if p.layanan in LAYANAN else p.layanan,
                self._varian.get((p.layanan, p.varian), p.varian),
                p.nama,
                p.nik,
                p.desa,
                status,
                p.nomor,
            )[c]
        if role == Qt.ItemDataRole.UserRole:
            w = _waktu_masuk(p)
            return (
                p.id,
                w.isoformat() if w else p.tanggal_masuk.isoformat(),
                p.layanan,
                p.varian,
                p.nama,
                p.nik,
                p.desa,
                STATUS.index(p.status) if p.status in STATUS else 0,
                p.nomor,
            )[c]
        if role == Qt.ItemDataRole.ForegroundRole:
            if p.status == "batal":
                return QBrush(WARNA_BATAL)
            if c == self.COL_STATUS and p.data.get("peringatan"):
                return QBrush(WARNA_PERINGATAN)
        if role == Qt.ItemDataRole.ToolTipRole and p.data.get("peringatan"):
            return "\n".join(p.data["peringatan"])
        return None
