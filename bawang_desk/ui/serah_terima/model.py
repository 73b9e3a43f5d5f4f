"""Table models of the Serah Terima tab: files waiting or at Dindukcapil, and the numbered batches."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableView,
    QWidget,
)

from bawang_desk.core.serah_terima import (
    HARI_DINDUKCAPIL,
    HASIL,
    Berkas,
    SerahTerima,
)
from bawang_desk.core.teks import tanggal_pendek
from bawang_desk.ui.umum import (
    beri_nama,
)
from bawang_desk.ui.umum.kolom import atur_kolom
from bawang_desk.ui.umum.model import ModelBaris

WARNA_TERLAMBAT = QColor("#8a1c1c")
LATAR_TERLAMBAT = QColor("#fbe3e3")


class BerkasModel(ModelBaris[Berkas]):
    """Files in one of three lists: ready to go, in a batch, or at Dindukcapil."""

    COL_NOMOR, COL_NAMA, COL_NIK, COL_LAYANAN, COL_DESA, COL_MASUK, COL_KET = range(7)
    HEADERS = ("Nomor register", "Nama", "NIK", "Layanan", "Desa", "Masuk", "Keterangan")

    def __init__(self, jenis: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jenis = jenis  # "siap" | "isi" | "dindukcapil"
        self.hari_ini = date.today()

    def keterangan(self, b: Berkas) -> str:
        if self.jenis == "siap":
            return f"Perbaikan: {b.keterangan}" if b.hasil == "perbaikan" else b.label_status
        if self.jenis == "isi" and b.hasil:
            return HASIL[b.hasil] + (f": {b.keterangan}" if b.keterangan else "")
        h = b.hari_di_dindukcapil(self.hari_ini)
        if h is None:
            return b.label_status
        asal = f" ({b.nomor_serah_terima})" if b.nomor_serah_terima else ""
        return f"{h} hari di Dindukcapil{asal}"

    def nilai(self, b: Berkas, kolom: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                b.nomor_register or "-",
                b.nama,
                b.nik,
                f"{b.nama_layanan} - {b.nama_varian}",
                b.desa,
                tanggal_pendek(b.tanggal_masuk),
                self.keterangan(b),
            )[kolom]
        terlambat = self.jenis != "siap" and b.terlambat(self.hari_ini)
        if role == Qt.ItemDataRole.ForegroundRole and terlambat:
            return QBrush(WARNA_TERLAMBAT)
        if role == Qt.ItemDataRole.BackgroundRole and terlambat:
            return QBrush(LATAR_TERLAMBAT)
        if role == Qt.ItemDataRole.FontRole and terlambat:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole and terlambat:
            return f"Lebih dari {HARI_DINDUKCAPIL} hari di Dindukcapil: tanyakan ke Dindukcapil."
        return None


class BatchModel(ModelBaris[SerahTerima]):
    """The batches, newest first."""

    COL_NOMOR, COL_TANGGAL, COL_STATUS, COL_JUMLAH = range(4)
    HEADERS = ("Nomor serah terima", "Tanggal", "Status", "Jumlah")

    def nilai(self, s: SerahTerima, kolom: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            tgl = s.tanggal_kirim.date() if s.tanggal_kirim else s.tanggal
            return (s.nomor, tanggal_pendek(tgl), s.label_status, str(s.jumlah))[kolom]
        if role == Qt.ItemDataRole.ForegroundRole and s.status == "batal":
            return QBrush(QColor("#6a6a6a"))
        return None


def buat_tabel(nama: str, aksesibel: str, model: ModelBaris) -> QTableView:
    t = QTableView()
    beri_nama(t, nama, aksesibel)
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.verticalHeader().setVisible(False)
    # measured on the rows around the visible ones, not on a thousand rows of a long list at
    # every visit of the tab (issue 17: 0.22 s a visit over ~6,000 files); "Nama" stretches
    atur_kolom(t, nama, utuh=("Nomor register", "NIK", "Keterangan"))
    return t
