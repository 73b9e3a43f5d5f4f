"""Chooses the period (from, to) of a register print or export."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import ValidationError
from bawang_desk.ui.umum import TanggalEdit, beri_nama, label_galat


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
        self.setWindowTitle(judul)
        beri_nama(self, "periodeDialog", judul)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        today = desk.sekarang().date()
        self.dariEdit, self.sampaiEdit = TanggalEdit(), TanggalEdit()
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
            w.setTanggal(d)
        form.addRow("&Tanggal:" if satu_hari else "&Dari tanggal:", self.dariEdit)
        if not satu_hari:
            form.addRow("&Sampai tanggal:", self.sampaiEdit)
        self.formatCombo = QComboBox()
        beri_nama(self.formatCombo, "formatCombo", "Bentuk hasil")
        self.formatCombo.addItem("PDF untuk dicetak (pratinjau)", "pdf")
        if ekspor:
            self.formatCombo.addItem("XLSX (lembar kerja)", "xlsx")
            form.addRow("&Bentuk:", self.formatCombo)
        lay.addLayout(form)
        self.errorLabel = label_galat("errorLabel")
        lay.addWidget(self.errorLabel)
        bb = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        bb.button(QDialogButtonBox.StandardButton.Ok).setText("&Cetak")
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        self.satu_hari = satu_hari

    def accept(self) -> None:
        """Only a period that can be printed closes the dialog; otherwise the field says why."""
        try:
            dari, sampai = self._baca()
        except ValidationError as e:
            self.errorLabel.setText(str(e))
            self.errorLabel.setVisible(True)
            (self.sampaiEdit if e.field == "sampai" else self.dariEdit).setFocus()
            return
        if sampai < dari:
            self.errorLabel.setText("Tanggal akhir sebelum tanggal awal.")
            self.errorLabel.setVisible(True)
            self.sampaiEdit.setFocus()
            return
        super().accept()

    def _baca(self) -> tuple[date, date]:
        dari = self.dariEdit.periksa("dari")
        return dari, (dari if self.satu_hari else self.sampaiEdit.periksa("sampai"))

    def periode(self) -> tuple[date, date]:
        return self._baca()
