"""Dialogs of a tracked SOP: start a run, and tick a step with its date and output document."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.catalog import load_catalog
from bawang_desk.core.desk import Desk
from bawang_desk.core.pelacakan_sop import LangkahPelacakan, PelacakanSOP, satuan_sop
from bawang_desk.ui.umum import (
    TanggalEdit,
    beri_nama,
    bersihkan_galat,
    label_galat,
    tampilkan_galat,
    tombol_dialog,
)


class MulaiDialog(QDialog):
    """Choose an SOP, a start date and time, a title, and calendar or working days."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        beri_nama(self, "mulaiPelacakanDialog", "Mulai pelacakan SOP")
        self.setWindowTitle("Mulai pelacakan SOP")
        self.desk = desk
        self.hasil: PelacakanSOP | None = None
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.sopCombo = QComboBox()
        beri_nama(self.sopCombo, "sopCombo", "SOP")
        for sop in load_catalog():
            if sop.langkah:
                nomor = f" ({sop.nomor})" if sop.nomor else ""
                self.sopCombo.addItem(f"{sop.nama}{nomor}", sop.kode)
        i = self.sopCombo.findData("kinerja-pengumpulan")
        if i >= 0:
            self.sopCombo.setCurrentIndex(i)
        self.judulEdit = QLineEdit()
        beri_nama(self.judulEdit, "judulEdit", "Judul pelacakan")
        self.judulEdit.setPlaceholderText("mis. Laporan Kinerja 2026 (boleh dikosongkan)")
        sekarang = desk.sekarang()
        self.tanggalEdit = TanggalEdit(tanggal=sekarang.date())
        beri_nama(self.tanggalEdit, "tanggalMulaiEdit", "Tanggal mulai")
        self.jamEdit = QTimeEdit(QTime(sekarang.hour, sekarang.minute))
        beri_nama(self.jamEdit, "jamMulaiEdit", "Jam mulai")
        self.hariKerjaCheck = QCheckBox("Hitung hari kerja (Senin-Jumat, jam 07.30-16.00)")
        beri_nama(self.hariKerjaCheck, "hariKerjaCheck", "Hitung hari kerja")
        self.infoLabel = QLabel()
        beri_nama(self.infoLabel, "infoLabel", "Keterangan SOP")
        self.infoLabel.setWordWrap(True)
        form.addRow("&SOP:", self.sopCombo)
        form.addRow("&Judul:", self.judulEdit)
        form.addRow("&Tanggal mulai:", self.tanggalEdit)
        form.addRow("Ja&m mulai:", self.jamEdit)
        form.addRow("", self.hariKerjaCheck)
        form.addRow("", self.infoLabel)
        lay.addLayout(form)
        self.galatLabel = label_galat()
        lay.addWidget(self.galatLabel)
        self.buttonBox = tombol_dialog(self, "&Mulai", self.simpan)
        lay.addWidget(self.buttonBox)
        self.sopCombo.currentIndexChanged.connect(self._info)
        self._info()

    def _info(self) -> None:
        sop = load_catalog()[self.sopCombo.currentData()]
        self.infoLabel.setText(
            f"{len(sop.langkah)} langkah; satuan waktu baku: {satuan_sop(sop)}. Tanpa centang "
            "hari kerja, hari dihitung hari kalender seperti tertulis di SOP."
        )

    def simpan(self) -> None:
        widgets = {"mulai": self.tanggalEdit, "judul": self.judulEdit, "sop": self.sopCombo}
        bersihkan_galat(self.galatLabel, widgets)
        try:
            mulai = datetime.combine(
                self.tanggalEdit.periksa("mulai"), self.jamEdit.time().toPython()
            )
            self.hasil = self.desk.pelacakan.mulai(
                self.sopCombo.currentData(),
                mulai,
                judul=self.judulEdit.text(),
                hari_kerja=self.hariKerjaCheck.isChecked(),
            )
        except Exception as e:
            tampilkan_galat(self.galatLabel, e, widgets)
            return
        self.accept()


class CentangDialog(QDialog):
    """Tick the next step: the date (and time) it was done and its output document."""

    def __init__(
        self, desk: Desk, run: PelacakanSOP, lk: LangkahPelacakan, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        beri_nama(self, "centangLangkahDialog", "Centang langkah SOP")
        self.setWindowTitle(f"Langkah {lk.langkah} selesai")
        self.desk, self.run, self.lk = desk, run, lk
        self.hasil: PelacakanSOP | None = None
        lay = QVBoxLayout(self)
        uraian = QLabel(f"<b>Langkah {lk.langkah}.</b> {lk.uraian}")
        uraian.setWordWrap(True)
        lay.addWidget(uraian)
        form = QFormLayout()
        sekarang = desk.sekarang()
        self.tanggalEdit = TanggalEdit(tanggal=sekarang.date())
        beri_nama(self.tanggalEdit, "tanggalSelesaiEdit", "Tanggal selesai")
        self.jamEdit = QTimeEdit(QTime(sekarang.hour, sekarang.minute))
        beri_nama(self.jamEdit, "jamSelesaiEdit", "Jam selesai")
        self.dokumenEdit = QLineEdit(lk.output_sop)
        beri_nama(self.dokumenEdit, "dokumenEdit", "Dokumen keluaran")
        self.dokumenEdit.setPlaceholderText("nama/nomor dokumen keluaran langkah ini")
        self.catatanEdit = QLineEdit()
        beri_nama(self.catatanEdit, "catatanEdit", "Catatan")
        form.addRow("&Tanggal selesai:", self.tanggalEdit)
        form.addRow("&Jam selesai:", self.jamEdit)
        form.addRow("&Dokumen keluaran:", self.dokumenEdit)
        form.addRow("&Catatan:", self.catatanEdit)
        lay.addLayout(form)
        self.galatLabel = label_galat()
        lay.addWidget(self.galatLabel)
        self.buttonBox = tombol_dialog(self, "&Simpan", self.simpan)
        lay.addWidget(self.buttonBox)

    def simpan(self) -> None:
        widgets = {"tanggal": self.tanggalEdit, "dokumen": self.dokumenEdit}
        bersihkan_galat(self.galatLabel, widgets)
        try:
            tanggal = datetime.combine(
                self.tanggalEdit.periksa("tanggal"), self.jamEdit.time().toPython()
            )
            self.hasil = self.desk.pelacakan.centang(
                self.run.id,
                self.lk.langkah,
                tanggal=tanggal,
                dokumen=self.dokumenEdit.text(),
                catatan=self.catatanEdit.text(),
            )
        except Exception as e:
            tampilkan_galat(self.galatLabel, e, widgets)
            return
        self.accept()
