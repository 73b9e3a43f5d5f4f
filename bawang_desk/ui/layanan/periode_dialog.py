"""Chooses the period (from, to) of a register print or export."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QDate,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.ui.umum import beri_nama
from bawang_desk.ui.umum.alasan import pasang_keyboard


class PeriodeDialog(QDialog):
    """Asks a date range (or one day) and whether to print or export."""

    def __init__(
        self,
        desk: Desk,
        judul: str,
        parent: QWidget | None = None,
        *,
        satu_hari: bool = False,
        ekspor: bool = False,
    ) -> None:
        super().__init__(parent)
        pasang_keyboard(self)
        self.setWindowTitle(judul)
        beri_nama(self, "periodeDialog", judul)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        today = desk.sekarang().date()
        self.dariEdit, self.sampaiEdit = QDateEdit(), QDateEdit()
        for w, n, a, d in (
            (
                self.dariEdit,
                "dariEdit",
                "Dari tanggal",
                today if satu_hari else today.replace(day=1),
            ),
            (self.sampaiEdit, "sampaiEdit", "Sampai tanggal", today),
        ):
            beri_nama(w, n, a)
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd-MM-yyyy")
            w.setDate(QDate(d.year, d.month, d.day))
        form.addRow("&Tanggal:" if satu_hari else "&Dari tanggal:", self.dariEdit)
        if not satu_hari:
            form.addRow("&Sampai tanggal:", self.sampaiEdit)
        self.formatCombo = QComboBox()
        beri_nama(self.formatCombo, "formatCombo", "Bentuk hasil")
        self.formatCombo.addItem("PDF untuk dicetak (pratinjau)", "pdf")
        if ekspor:
            self.formatCombo.addItem("XLSX (lembar kerja)", "xlsx")
            form.addRow("Ben&tuk:", self.formatCombo)
        lay.addLayout(form)
        bb = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        bb.button(QDialogButtonBox.StandardButton.Ok).setText("&Cetak")
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        self.satu_hari = satu_hari

    def periode(self) -> tuple[date, date]:
        dari = self.dariEdit.date().toPython()
        return dari, (dari if self.satu_hari else self.sampaiEdit.date().toPython())
