"""Sending a signed surat keluar (E-Office, delivered, post) and its Buku Ekspedisi receipt."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.surat_keluar import (
    CARA_KIRIM,
    SuratKeluar,
)
from bawang_desk.ui.surat.umum import kotak_tombol, label_galat_di
from bawang_desk.ui.umum import (
    TanggalEdit,
    beri_nama,
    bersihkan_galat,
    tampilkan_galat,
)


class KirimDialog(QDialog):
    """How and when a numbered letter went out; "Diantar langsung" opens a Buku Ekspedisi line."""

    def __init__(self, desk: Desk, surat: SuratKeluar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.surat = desk, surat
        self.hasil: SuratKeluar | None = None
        self.setWindowTitle(f"Kirim surat {surat.nomor}")
        lay = QVBoxLayout(self)
        info = QLabel(
            f"Surat {surat.nomor} kepada {surat.tujuan}.\nSurat yang diantar langsung "
            "dicatat di Buku Ekspedisi untuk tanda terima."
        )
        info.setWordWrap(True)
        lay.addWidget(info)
        form = QFormLayout()
        self.caraCombo = QComboBox()
        beri_nama(self.caraCombo, "caraCombo", "Cara kirim")
        self.caraCombo.addItems(CARA_KIRIM)
        self.tanggalEdit = TanggalEdit(tanggal=desk.sekarang().date())
        beri_nama(self.tanggalEdit, "tanggalKirimEdit", "Tanggal kirim")
        form.addRow("&Cara kirim:", self.caraCombo)
        form.addRow("&Tanggal kirim:", self.tanggalEdit)
        lay.addLayout(form)
        self.errorLabel = label_galat_di(lay)
        self.buttonBox = kotak_tombol(
            self, lay, QDialogButtonBox.StandardButton.Ok, "&Catat kirim", "Tombol kirim dan batal"
        )
        bersihkan_galat(self.errorLabel)
        self.caraCombo.setFocus()

    def accept(self) -> None:
        widgets = {"cara_kirim": self.caraCombo, "tanggal_kirim": self.tanggalEdit}
        bersihkan_galat(self.errorLabel, widgets)
        try:
            self.hasil = self.desk.surat_keluar.kirim(
                self.surat.id,
                cara=self.caraCombo.currentText(),
                tanggal=self.tanggalEdit.periksa("tanggal_kirim"),
            )
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e, widgets)
            return
        super().accept()


class EkspedisiDialog(QDialog):
    """A hand-delivered letter that did not go through the flow (an old or outside number)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.hasil: int | None = None
        self.setWindowTitle("Catat pengiriman di Buku Ekspedisi")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        today = desk.sekarang().date()
        self.tanggalKirimEdit = TanggalEdit(tanggal=today)
        beri_nama(self.tanggalKirimEdit, "tanggalKirimEdit", "Tanggal kirim")
        self.nomorEdit = QLineEdit()
        beri_nama(self.nomorEdit, "nomorSuratEdit", "Nomor surat")
        self.nomorEdit.setPlaceholderText("mis. 470/12/2025")
        self.tanggalSuratCheck = QCheckBox("&diketahui")
        beri_nama(self.tanggalSuratCheck, "tanggalSuratCheck", "Tanggal surat diketahui")
        self.tanggalSuratCheck.setChecked(True)
        self.tanggalSuratEdit = TanggalEdit(tanggal=today)
        beri_nama(self.tanggalSuratEdit, "tanggalSuratEdit", "Tanggal surat")
        self.tanggalSuratCheck.toggled.connect(self.tanggalSuratEdit.setEnabled)
        tgl_surat = QHBoxLayout()
        tgl_surat.addWidget(self.tanggalSuratEdit)
        tgl_surat.addWidget(self.tanggalSuratCheck)
        tgl_surat.addStretch(1)
        self.halEdit = QLineEdit()
        beri_nama(self.halEdit, "halEdit", "Hal")
        self.kepadaEdit = QLineEdit()
        beri_nama(self.kepadaEdit, "kepadaEdit", "Ditujukan kepada")
        form.addRow("Tanggal &kirim:", self.tanggalKirimEdit)
        form.addRow("&Nomor surat:", self.nomorEdit)
        lbl = QLabel("&Tanggal surat:")
        lbl.setBuddy(self.tanggalSuratEdit)
        form.addRow(lbl, tgl_surat)
        form.addRow("&Hal:", self.halEdit)
        form.addRow("Ditujukan &kepada:", self.kepadaEdit)
        for w in (self.nomorEdit, self.halEdit, self.kepadaEdit):
            w.setMinimumWidth(320)
        lay.addLayout(form)
        self.errorLabel = label_galat_di(lay)
        self.buttonBox = kotak_tombol(
            self, lay, QDialogButtonBox.StandardButton.Save, "&Simpan", "Tombol simpan dan batal"
        )
        bersihkan_galat(self.errorLabel)
        self.nomorEdit.setFocus()

    def accept(self) -> None:
        widgets = {
            "nomor_surat": self.nomorEdit,
            "hal": self.halEdit,
            "kepada": self.kepadaEdit,
            "tanggal_kirim": self.tanggalKirimEdit,
            "tanggal_surat": self.tanggalSuratEdit,
        }
        bersihkan_galat(self.errorLabel, widgets)
        try:
            self.hasil = self.desk.surat_keluar.catat_ekspedisi(
                tanggal_kirim=self.tanggalKirimEdit.periksa("tanggal_kirim"),
                nomor_surat=self.nomorEdit.text(),
                tanggal_surat=(
                    self.tanggalSuratEdit.periksa("tanggal_surat")
                    if self.tanggalSuratCheck.isChecked()
                    else None
                ),
                hal=self.halEdit.text(),
                kepada=self.kepadaEdit.text(),
            )
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e, widgets)
            return
        super().accept()
