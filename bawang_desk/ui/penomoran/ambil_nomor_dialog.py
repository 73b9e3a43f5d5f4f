""" "Ambil nomor": a number for a letter typed outside the app (in Word), from the chosen register."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.penomoran import (
    NomorTerbit,
    Register,
    alasan_nomor_mundur,
    rentang_tanggal,
)
from bawang_desk.core.teks import tanggal_pendek
from bawang_desk.ui.forms.ui_ambil_nomor import Ui_AmbilNomorDialog
from bawang_desk.ui.umum import (
    bersihkan_galat,
    tampilkan_galat,
)
from bawang_desk.ui.umum.alasan import minta_alasan


class AmbilNomorDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        registers: list[Register],
        parent: QWidget | None = None,
        register_awal: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_AmbilNomorDialog()
        self.ui.setupUi(self)
        self.hasil: NomorTerbit | None = None
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        for r in registers:
            self.ui.registerCombo.addItem(r.nama_tampil, r.kode)
        if register_awal:
            self.ui.registerCombo.setCurrentIndex(
                max(0, self.ui.registerCombo.findData(register_awal))
            )
        today = desk.sekarang().date()
        # this year's book up to today; a Sekcam may also date a number in last year's book
        awal, akhir = rentang_tanggal(today, mundur=desk.boleh("nomor.mundur"))
        self.ui.tanggalEdit.setRentang(
            awal,
            akhir,
            "Nomor diambil dari buku tahun ini dan bertanggal paling lambat hari ini"
            + (" (atau buku tahun lalu, dengan alasan)." if awal.year < akhir.year else "."),
        )
        self.ui.tanggalEdit.setTanggal(today)
        self.ui.registerCombo.currentIndexChanged.connect(self._contoh)
        self.ui.tanggalEdit.tanggalBerubah.connect(self._contoh)
        self._contoh()
        bersihkan_galat(self.ui.errorLabel)
        self.ui.perihalEdit.setFocus()

    def _tanggal(self) -> date:
        return self.ui.tanggalEdit.periksa("tanggal")

    def _contoh(self) -> None:
        kode = self.ui.registerCombo.currentData()
        if not kode or self.ui.tanggalEdit.tanggal() is None:
            return
        reg = self.desk.penomoran.register(kode)
        row = self.desk.conn.execute(
            "SELECT terakhir FROM nomor_counter WHERE register = ? AND tahun = ?",
            (kode, self._tanggal().year),
        ).fetchone()
        self.ui.contohLabel.setText(reg.contoh(self._tanggal(), (row[0] if row else 0) + 1))

    def accept(self) -> None:
        widgets = {
            "perihal": self.ui.perihalEdit,
            "register": self.ui.registerCombo,
            "tanggal": self.ui.tanggalEdit,
        }
        bersihkan_galat(self.ui.errorLabel, widgets)
        tanggal = self._tanggal()
        alasan: str | None = None
        tahun_ini = self.desk.sekarang().year
        if tanggal.year < tahun_ini and self.desk.boleh("nomor.mundur"):
            alasan = minta_alasan(
                self,
                "Nomor mundur",
                f"Tanggal {tanggal_pendek(tanggal)} jatuh di buku tahun {tanggal.year}, padahal "
                f"nomor biasanya diterbitkan dari buku tahun {tahun_ini}. Tulis alasan nomor "
                "mundur ini (dicatat di jejak audit):",
                teks_ok="&Ambil nomor",
                aturan=alasan_nomor_mundur,
            )
            if alasan is None:
                return
        try:
            self.hasil = self.desk.penomoran.ambil(
                self.ui.registerCombo.currentData(),
                tanggal,
                self.ui.perihalEdit.text(),
                alasan_mundur=alasan,
            )
        except BawangError as e:
            tampilkan_galat(self.ui.errorLabel, e, widgets)
            return
        super().accept()
