"""Records files coming back from Dindukcapil: the result, the day, and a correction's reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.serah_terima import (
    HASIL,
    Berkas,
)
from bawang_desk.ui.umum import (
    TanggalEdit,
    beri_nama,
    label_galat,
    tombol_dialog,
)


class KembaliDialog(QDialog):
    """What came back from Dindukcapil for the chosen files: the result, the day it came back
    (today unless the operator records an earlier day) and, for a correction, the reason."""

    def __init__(self, desk: Desk, berkas: list[Berkas], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        beri_nama(self, "kembaliDialog", "Catat kembali dari Dindukcapil")
        self.setWindowTitle("Catat kembali dari Dindukcapil")
        self.desk, self.berkas, self.dicatat = desk, berkas, 0
        nama = ", ".join(b.nama for b in berkas[:3]) + (" ..." if len(berkas) > 3 else "")
        f = QFormLayout(self)
        f.addRow(QLabel(f"{len(berkas)} berkas: {nama}"))
        self.hasilCombo = QComboBox()
        beri_nama(self.hasilCombo, "hasilCombo", "Hasil dari Dindukcapil")
        for kode in ("ditandatangani", "perbaikan"):
            self.hasilCombo.addItem(HASIL[kode], kode)
        hari = desk.sekarang().date()
        self.tanggalEdit = TanggalEdit(tanggal=hari)
        beri_nama(self.tanggalEdit, "tanggalEdit", "Tanggal kembali")
        self.tanggalEdit.setRentang(None, hari, "Tanggal kembali tidak boleh sesudah hari ini.")
        self.alasanEdit = QLineEdit()
        beri_nama(self.alasanEdit, "alasanEdit", "Alasan perbaikan")
        self.alasanEdit.setPlaceholderText(
            "Wajib untuk perbaikan, mis. akta kelahiran tidak terbaca"
        )
        self.errorLabel = label_galat("errorLabel")
        f.addRow("&Hasil:", self.hasilCombo)
        f.addRow("&Tanggal kembali:", self.tanggalEdit)
        f.addRow("&Alasan perbaikan:", self.alasanEdit)
        f.addRow(self.errorLabel)
        f.addRow(tombol_dialog(self, "&Simpan", self.accept))
        self.hasilCombo.currentIndexChanged.connect(lambda _i: self._perbarui())
        self._perbarui()

    def hasil(self) -> str:
        return self.hasilCombo.currentData()

    def _perbarui(self) -> None:
        self.alasanEdit.setEnabled(self.hasil() == "perbaikan")

    def accept(self) -> None:
        """Each file is recorded in its own transaction; the first refusal stops and is shown
        at the form, with how many were recorded before it."""
        try:
            tanggal = self.tanggalEdit.periksa("tanggal")
        except BawangError as e:
            self.errorLabel.setText(str(e))
            self.errorLabel.show()
            self.tanggalEdit.setFocus()
            return
        ket = self.alasanEdit.text() if self.hasil() == "perbaikan" else ""
        for b in self.berkas[self.dicatat :]:
            try:
                self.desk.serah_terima.kembali(b.permohonan_id, self.hasil(), ket, tanggal=tanggal)
            except BawangError as e:
                sudah = f" ({self.dicatat} berkas sudah dicatat.)" if self.dicatat else ""
                self.errorLabel.setText(f"{b.nama}: {e}{sudah}")
                self.errorLabel.show()
                return
            self.dicatat += 1
        super().accept()
