""" "Ambil nomor": a number for a letter typed outside the app (in Word), from the chosen register."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.penomoran import NomorTerbit, Register
from bawang_desk.ui.forms.ui_ambil_nomor import Ui_AmbilNomorDialog
from bawang_desk.ui.umum import (
    bersihkan_galat,
    tampilkan_galat,
)
from bawang_desk.ui.umum.alasan import jaga_isian, pasang_keyboard


class AmbilNomorDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        registers: list[Register],
        parent: QWidget | None = None,
        register_awal: str | None = None,
    ) -> None:
        super().__init__(parent)
        jaga_isian(self)
        pasang_keyboard(self)
        self.desk = desk
        self.ui = Ui_AmbilNomorDialog()
        self.ui.setupUi(self)
        self.hasil: NomorTerbit | None = None
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        for r in registers:
            self.ui.registerCombo.addItem(r.nama, r.kode)
        if register_awal:
            self.ui.registerCombo.setCurrentIndex(
                max(0, self.ui.registerCombo.findData(register_awal))
            )
        today = desk.sekarang().date()
        self.ui.tanggalEdit.setDate(QDate(today.year, today.month, today.day))
        self.ui.registerCombo.currentIndexChanged.connect(self._contoh)
        self.ui.tanggalEdit.dateChanged.connect(self._contoh)
        self._contoh()
        bersihkan_galat(self.ui.errorLabel)
        self.ui.perihalEdit.setFocus()

    def _tanggal(self) -> date:
        return self.ui.tanggalEdit.date().toPython()

    def _contoh(self) -> None:
        kode = self.ui.registerCombo.currentData()
        if not kode:
            return
        reg = self.desk.penomoran.register(kode)
        row = self.desk.conn.execute(
            "SELECT terakhir FROM nomor_counter WHERE register = ? AND tahun = ?",
            (kode, self._tanggal().year),
        ).fetchone()
        self.ui.contohLabel.setText(reg.contoh(self._tanggal(), (row[0] if row else 0) + 1))

    def accept(self) -> None:
        widgets = {"perihal": self.ui.perihalEdit, "register": self.ui.registerCombo}
        bersihkan_galat(self.ui.errorLabel, widgets)
        try:
            self.hasil = self.desk.penomoran.ambil(
                self.ui.registerCombo.currentData(), self._tanggal(), self.ui.perihalEdit.text()
            )
        except BawangError as e:
            tampilkan_galat(self.ui.errorLabel, e, widgets)
            return
        super().accept()
