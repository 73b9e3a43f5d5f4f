""" "Catat surat masuk" (SOP 001 step 1): the letter's facts, its scan, and its entry in the Buku Agenda."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.surat_masuk import (
    SuratMasuk,
    SuratMasukBaru,
)
from bawang_desk.ui.surat.umum import (
    pasang_pencari_kode,
    pasang_sifat_keamanan,
    pilih_sifat,
)
from bawang_desk.ui.umum import (
    bersihkan_galat,
    tampilkan_galat,
)


class SuratMasukDialog(QDialog):
    """Record a new letter (step 1) or correct one; the number is given on saving."""

    def __init__(
        self, desk: Desk, parent: QWidget | None = None, *, surat: SuratMasuk | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.surat = surat
        self.hasil: SuratMasuk | None = None
        self.mulai = desk.sekarang()
        from bawang_desk.ui.forms.ui_surat_masuk_dialog import Ui_SuratMasukDialog

        self.ui = Ui_SuratMasukDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("&Simpan")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        self.keamananCombo = pasang_sifat_keamanan(
            self,
            self.ui.formLayout,
            self.ui.sifatComboLabel,
            self.ui.sifatCombo,
            self.ui.kodeKlasifikasiEdit,
        )
        today = desk.sekarang().date()
        self.ui.tanggalSuratEdit.setBolehKosong(True)
        self.ui.tanggalSuratEdit.setRentang(date(1990, 1, 1), today)
        self.ui.tanggalTerimaEdit.setRentang(date(2000, 1, 1), today)
        self.ui.tanggalTerimaEdit.setTanggal(today)
        self._berkas: Path | None = None
        self.ui.pilihBerkasButton.clicked.connect(self._pilih_berkas)
        self.ui.hapusBerkasButton.clicked.connect(lambda: self.set_berkas(None))
        pengirim = [
            r[0]
            for r in desk.conn.execute(
                "SELECT DISTINCT pengirim FROM (SELECT pengirim FROM surat_masuk ORDER BY id DESC "
                "LIMIT 500)"
            )
        ]
        comp = QCompleter(pengirim, self)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.pengirimEdit.setCompleter(comp)
        pasang_pencari_kode(self.ui.kodeKlasifikasiEdit)
        if surat is not None:
            self.setWindowTitle(f"Ubah surat masuk - agenda {surat.nomor_agenda}/{surat.tahun}")
            self.ui.agendaLabel.setText(
                f"Nomor agenda {surat.nomor_agenda}/{surat.tahun} tidak berubah."
            )
            self.ui.tanggalTerimaEdit.setTanggal(surat.tanggal_terima)
            self.ui.pengirimEdit.setText(surat.pengirim)
            self.ui.nomorSuratEdit.setText(surat.nomor_surat)
            self.ui.tanggalSuratEdit.setTanggal(surat.tanggal_surat)
            self.ui.halEdit.setText(surat.hal)
            pilih_sifat(self.ui.sifatCombo, self.keamananCombo, surat.sifat, surat.rahasia)
            self.ui.kodeKlasifikasiEdit.setText(surat.kode_klasifikasi)
            self.ui.lampiranEdit.setText(surat.lampiran)
            self.ui.ringkasanEdit.setPlainText(surat.ringkasan)
            if surat.berkas:
                self.ui.berkasEdit.setText(
                    "(pindaian sudah tersimpan; pilih berkas lain untuk mengganti)"
                )
            if not desk.boleh("surat_masuk.ubah_tanggal"):
                self.ui.tanggalTerimaEdit.setEnabled(False)
                self.ui.tanggalSuratEdit.setEnabled(False)
        bersihkan_galat(self.ui.errorLabel)
        self.ui.pengirimEdit.setFocus()

    def widgets(self) -> dict[str, QWidget]:
        u = self.ui
        return {
            "tanggal_terima": u.tanggalTerimaEdit,
            "pengirim": u.pengirimEdit,
            "nomor_surat": u.nomorSuratEdit,
            "tanggal_surat": u.tanggalSuratEdit,
            "hal": u.halEdit,
            "sifat": u.sifatCombo,
            "rahasia": self.keamananCombo,
            "kode_klasifikasi": u.kodeKlasifikasiEdit,
            "lampiran": u.lampiranEdit,
            "ringkasan": u.ringkasanEdit,
            "berkas": u.pilihBerkasButton,
        }

    def set_berkas(self, path: Path | None) -> None:
        self._berkas = path
        self.ui.berkasEdit.setText(str(path) if path else "")

    def _pilih_berkas(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Pilih berkas pindaian",
            "",
            "PDF atau gambar (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Semua berkas (*)",
        )
        if path:
            self.set_berkas(Path(path))

    def data(self) -> SuratMasukBaru:
        u = self.ui
        return SuratMasukBaru(
            tanggal_terima=u.tanggalTerimaEdit.periksa("tanggal_terima"),
            pengirim=u.pengirimEdit.text(),
            hal=u.halEdit.text(),
            nomor_surat=u.nomorSuratEdit.text(),
            tanggal_surat=u.tanggalSuratEdit.periksa("tanggal_surat"),
            sifat=u.sifatCombo.currentData(),
            kode_klasifikasi=u.kodeKlasifikasiEdit.text(),
            lampiran=u.lampiranEdit.text(),
            ringkasan=u.ringkasanEdit.toPlainText(),
            berkas=self._berkas,
            rahasia=bool(self.keamananCombo.currentData()),
        )

    def accept(self) -> None:
        bersihkan_galat(self.ui.errorLabel, self.widgets())
        try:
            if self.surat is None:
                self.hasil = self.desk.surat_masuk.catat(self.data(), mulai=self.mulai)
            else:
                self.hasil = self.desk.surat_masuk.ubah(self.surat.id, self.data())
        except BawangError as e:
            tampilkan_galat(self.ui.errorLabel, e, self.widgets())
            return
        super().accept()
