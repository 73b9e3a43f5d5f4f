"""A refused roster import: every bad row with its line, column and what is wrong, nothing saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.impor_pegawai import ImporDitolak
from bawang_desk.ui.kepegawaian.model import KesalahanModel
from bawang_desk.ui.kepegawaian.umum import buat_tabel
from bawang_desk.ui.umum import (
    beri_nama,
)


class ImporDitolakDialog(QDialog):
    """Every bad row of a refused import, with its line in the file; nothing was saved."""

    def __init__(self, e: ImporDitolak, nama_berkas: str, parent: QWidget | None = None):
        super().__init__(parent)
        beri_nama(self, "imporDitolakDialog", "Impor ditolak")
        self.setWindowTitle("Impor pegawai ditolak")
        self.resize(760, 420)
        lay = QVBoxLayout(self)
        n = len({k.baris for k in e.kesalahan})
        self.ringkasLabel = QLabel(
            f"Berkas {nama_berkas} tidak diimpor: {n} baris bermasalah. Tidak ada data yang "
            "disimpan. Perbaiki baris berikut di berkas, lalu impor ulang."
        )
        beri_nama(self.ringkasLabel, "ringkasLabel", "Ringkasan kesalahan impor")
        self.ringkasLabel.setWordWrap(True)
        lay.addWidget(self.ringkasLabel)
        self.model = KesalahanModel(self)
        self.model.set_rows(e.kesalahan)
        self.table, _ = buat_tabel("kesalahanTable", "Daftar kesalahan impor", self.model, self)
        self.table.setWordWrap(True)
        lay.addWidget(self.table)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bb.button(QDialogButtonBox.StandardButton.Close).setText("&Tutup")
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
