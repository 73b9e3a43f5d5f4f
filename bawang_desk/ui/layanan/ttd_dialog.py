"""Cetak untuk ditandatangani: choose whose signature block the letter carries, then number it.

The letter goes to the official printed, with its number (issue 14). The block printed decides
who may sign it; the number is issued when this dialog is accepted (one transaction) and the
final letter is printed right after. A letter that came back is reprinted under its number.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.layanan import LAYANAN, MODE_TTD, Permohonan
from bawang_desk.ui.umum import beri_nama, label_galat, tampilkan_galat, tombol_dialog


class BlokTtdDialog(QDialog):
    """The signature block (Camat, a.n. Camat, Plh., u.b. Kasi) with the official's name."""

    def __init__(
        self, desk: Desk, p: Permohonan, parent: QWidget | None = None, *, pengganti: bool = False
    ) -> None:
        super().__init__(parent)
        self.desk, self.p = desk, p
        self.pengganti = pengganti
        self.hasil: Permohonan | None = None
        judul = "Cetak Surat Keterangan Pengganti" if pengganti else "Cetak untuk ditandatangani"
        beri_nama(self, "blokTtdDialog", judul)
        self.setWindowTitle(judul)
        lay = QVBoxLayout(self)
        if pengganti:
            g = p.pengganti
            teks = (
                f"Surat Keterangan Pengganti KTP-el a.n. {p.nama}: dicetak ulang dengan Nomor "
                f"{g['nomor']}."
                if g.get("nomor")
                else f"Surat Keterangan Pengganti KTP-el a.n. {p.nama}: nomornya sendiri "
                f"diterbitkan sekarang, berlaku {desk.pengaturan.masa_berlaku_pengganti()} bulan."
            )
        elif p.status == "dikembalikan":
            teks = f"{LAYANAN[p.layanan].nama} a.n. {p.nama}: dicetak ulang dengan Nomor {p.nomor}."
        else:
            teks = (
                f"{LAYANAN[p.layanan].nama} a.n. {p.nama}: nomor register diterbitkan sekarang "
                "dan surat dicetak untuk dibawa ke pejabat."
            )
        info = QLabel(teks)
        info.setWordWrap(True)
        lay.addWidget(info)
        form = QFormLayout()
        self.blokCombo = QComboBox()
        beri_nama(self.blokCombo, "blokCombo", "Blok tanda tangan")
        for mode in desk.layanan.mode_boleh(p.layanan):
            try:
                blok = desk.layanan.blok_ttd(p.layanan, mode)
            except BawangError:
                continue  # the official is not in Pengaturan > Pejabat: not offered
            self.blokCombo.addItem(f"{MODE_TTD[mode]}: {blok['nama']}", mode)
        blok = p.pengganti.get("blok", {}) if pengganti else p.penandatangan
        awal = self.blokCombo.findData(blok.get("mode", "camat"))
        self.blokCombo.setCurrentIndex(max(awal, 0))
        form.addRow("Ditandatangani &oleh:", self.blokCombo)
        lay.addLayout(form)
        self.galatLabel = label_galat()
        lay.addWidget(self.galatLabel)
        lay.addWidget(tombol_dialog(self, "&Cetak dengan nomor", self._simpan))
        self.blokCombo.setFocus()

    def _simpan(self) -> None:
        mode = self.blokCombo.currentData() or ""
        try:
            if self.pengganti:
                self.hasil = self.desk.layanan.cetak_pengganti(self.p.id, mode=mode)
            else:
                self.hasil = self.desk.layanan.cetak_untuk_ttd(self.p.id, mode=mode)
        except BawangError as e:
            tampilkan_galat(self.galatLabel, e, {"mode": self.blokCombo})
            return
        self.accept()
