"""The "Cetak buku" dialog: a mail book for a date range, to PDF (with preview) or to XLSX.

Printing a year of the Buku Agenda takes a while, so it runs in a worker thread on its own
connection and reports progress; the window stays usable and nothing is half-written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.ui.umum import TanggalEdit, beri_nama
from bawang_desk.ui.umum.pekerja import Pekerja, jalankan

JENIS = {
    "surat-masuk": "Buku Agenda Surat Masuk",
    "surat-keluar": "Buku Agenda Surat Keluar",
    "ekspedisi": "Buku Ekspedisi",
}


class CetakBukuDialog(QDialog):
    def __init__(
        self, desk: Desk, jenis: str = "surat-masuk", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        beri_nama(self, "cetakBukuDialog", "Cetak buku")
        self.setWindowTitle("Cetak buku register")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.jenisCombo = QComboBox()
        beri_nama(self.jenisCombo, "jenisCombo", "Jenis buku")
        for k, v in JENIS.items():
            self.jenisCombo.addItem(v, k)
        self.jenisCombo.setCurrentIndex(max(0, self.jenisCombo.findData(jenis)))
        today = desk.sekarang().date()
        self.dariEdit, self.sampaiEdit = TanggalEdit(), TanggalEdit()
        for w, n, a, d in (
            (self.dariEdit, "dariEdit", "Dari tanggal", today.replace(day=1)),
            (self.sampaiEdit, "sampaiEdit", "Sampai tanggal", today),
        ):
            beri_nama(w, n, a)
            w.setTanggal(d)
        self.formatCombo = QComboBox()
        beri_nama(self.formatCombo, "formatCombo", "Bentuk hasil")
        self.formatCombo.addItem("PDF untuk dicetak (pratinjau)", "pdf")
        self.formatCombo.addItem("XLSX (lembar kerja)", "xlsx")
        form.addRow("&Buku:", self.jenisCombo)
        form.addRow("&Dari tanggal:", self.dariEdit)
        form.addRow("&Sampai tanggal:", self.sampaiEdit)
        form.addRow("B&entuk:", self.formatCombo)
        lay.addLayout(form)
        self.progress = QProgressBar()
        beri_nama(self.progress, "progressBar", "Kemajuan")
        self.progress.setVisible(False)
        lay.addWidget(self.progress)
        self.statusLabel = QLabel()
        beri_nama(self.statusLabel, "statusLabel", "Keterangan")
        self.statusLabel.setWordWrap(True)
        lay.addWidget(self.statusLabel)
        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.okButton = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setText("&Cetak")
        self.buttonBox.accepted.connect(self.jalankan)
        self.buttonBox.rejected.connect(self.reject)
        lay.addWidget(self.buttonBox)
        self.hasil: Path | None = None
        self._pekerja: Pekerja | None = None
        self.target_xlsx: Path | None = None

    def jalankan(self) -> None:
        from bawang_desk.documents.surat_masuk import cetak_buku_surat, ekspor_buku_surat

        jenis = self.jenisCombo.currentData()
        fmt = self.formatCombo.currentData()
        try:
            dari: date = self.dariEdit.periksa("dari")
            sampai: date = self.sampaiEdit.periksa("sampai")
        except BawangError as e:
            self.statusLabel.setText(str(e))
            return
        if sampai < dari:
            self.statusLabel.setText("Tanggal akhir sebelum tanggal awal.")
            return
        target = None
        if fmt == "xlsx":
            target = self.target_xlsx
            if target is None:
                nama, _ = QFileDialog.getSaveFileName(
                    self,
                    "Simpan sebagai",
                    f"{jenis}-{dari:%Y%m%d}-{sampai:%Y%m%d}.xlsx",
                    "Lembar kerja (*.xlsx)",
                )
                if not nama:
                    return
                target = Path(nama)

        def job(d: Desk, progress):
            if fmt == "xlsx":
                return ekspor_buku_surat(d, jenis, dari, sampai, target)
            return cetak_buku_surat(d, jenis, dari, sampai, progress=progress)

        self.okButton.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.statusLabel.setText("Menyusun buku...")
        self._pekerja = jalankan(
            self,
            job,
            desk=self.desk,
            kemajuan=self._kemajuan,
            selesai=self._selesai,
            gagal=self._gagal,
        )

    def _kemajuan(self, done: int, total: int, pesan: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.statusLabel.setText(pesan or f"{done} baris...")

    def _selesai(self, path: Path) -> None:
        self.hasil = Path(path)
        self.progress.setVisible(False)
        self.okButton.setEnabled(True)
        self.statusLabel.setText(f"Selesai: {path}")
        if self.hasil.suffix == ".pdf":
            from bawang_desk.ui.umum.pratinjau import tampilkan_pdf

            self._pratinjau = tampilkan_pdf(self.hasil, self.jenisCombo.currentText(), self)

    def _gagal(self, pesan: str) -> None:
        self.progress.setVisible(False)
        self.okButton.setEnabled(True)
        self.statusLabel.setText(f"Gagal: {pesan}")

    def done(self, r: int) -> None:
        if self._pekerja is not None:
            self._pekerja.hentikan()
        super().done(r)
