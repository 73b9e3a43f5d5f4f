"""Settings page of the Surat Keterangan Pengganti KTP-el: how long it is valid (SOP 011).

The masa berlaku is printed on every Pengganti (6 months unless the office decides otherwise);
it is a setting because the SOP gives none and Dindukcapil's practice changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from bawang_desk.ui.umum import beri_nama


class PenggantiPage(QWidget):
    """One number: the months a Pengganti is valid from its date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QFormLayout(self)
        ket = QLabel(
            "Surat Keterangan Pengganti KTP-el dicetak dengan nomornya sendiri dan masa "
            "berlakunya, dihitung dari tanggal surat."
        )
        ket.setWordWrap(True)
        lay.addRow(ket)
        self.bulanSpin = QSpinBox()
        beri_nama(self.bulanSpin, "berlakuBulanSpin", "Masa berlaku Pengganti KTP-el (bulan)")
        self.bulanSpin.setRange(1, 24)
        self.bulanSpin.setSuffix(" bulan")
        label = QLabel("&Masa berlaku:")
        label.setBuddy(self.bulanSpin)
        lay.addRow(label, self.bulanSpin)

    def muat(self, bulan: int) -> None:
        self.bulanSpin.setValue(bulan)

    def nilai(self) -> int:
        return self.bulanSpin.value()

    def widgets(self) -> dict[str, QWidget]:
        return {"berlaku_bulan": self.bulanSpin}

    def set_hanya_baca(self, ya: bool) -> None:
        self.bulanSpin.setReadOnly(ya)
