""" "Verifikasi kode": checks a letter's printed code, typed or from a USB scanner, offline."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import verifikasi
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError, ValidationError
from bawang_desk.core.layanan import Permohonan
from bawang_desk.ui.layanan.rincian import html_permohonan
from bawang_desk.ui.umum import beri_nama, pesan_galat
from bawang_desk.ui.umum.alasan import pasang_keyboard


class VerifikasiDialog(QDialog):
    """Check a verification code (typed, or from a USB scanner that types it and Enter)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pasang_keyboard(self)
        self.desk = desk
        self.hasil: Permohonan | None = None
        beri_nama(self, "verifikasiDialog", "Verifikasi kode")
        self.setWindowTitle("Verifikasi kode surat")
        self.resize(620, 380)
        lay = QVBoxLayout(self)
        baris = QHBoxLayout()
        label = QLabel("&Kode verifikasi:")
        self.kodeEdit = QLineEdit()
        beri_nama(self.kodeEdit, "kodeEdit", "Kode verifikasi")
        self.kodeEdit.setPlaceholderText("Ketik atau pindai kode pada surat")
        label.setBuddy(self.kodeEdit)
        self.periksaButton = QPushButton("&Periksa")
        beri_nama(self.periksaButton, "periksaKodeButton", "Periksa kode")
        self.periksaButton.setDefault(True)
        baris.addWidget(label)
        baris.addWidget(self.kodeEdit, 1)
        baris.addWidget(self.periksaButton)
        lay.addLayout(baris)
        self.statusLabel = QLabel()
        beri_nama(self.statusLabel, "statusVerifikasiLabel", "Hasil verifikasi")
        self.statusLabel.setWordWrap(True)
        lay.addWidget(self.statusLabel)
        self.hasilBrowser = QTextBrowser()
        beri_nama(self.hasilBrowser, "hasilVerifikasi", "Data register")
        lay.addWidget(self.hasilBrowser, 1)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bb.button(QDialogButtonBox.StandardButton.Close).setText("&Tutup")
        bb.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        self.periksaButton.clicked.connect(self.periksa)
        self.kodeEdit.setFocus()

    def periksa(self) -> None:
        kode = self.kodeEdit.text().strip()
        self.hasil = None
        if not kode:
            return
        try:
            terbaca = verifikasi.urai_kode(kode)
        except ValidationError as e:
            # a slip of the keyboard is not a forgery: say what is missing, in amber
            self.statusLabel.setText(f"Kode belum dapat diperiksa. {e}")
            self.statusLabel.setStyleSheet(
                "background: #fff3cd; color: #3d2b00; font-weight: bold; padding: 6px;"
            )
            self.hasilBrowser.clear()
            self.kodeEdit.setFocus()
            return
        # the code as printed, so the user sees what was checked
        self.kodeEdit.setText(verifikasi.teks_kode(terbaca))
        try:
            self.hasil = self.desk.layanan.verifikasi(kode)
        except BawangError as e:
            pesan_galat(self, "Verifikasi", e)
            return
        if self.hasil is None:
            self.statusLabel.setText(
                "\u2716 Kode TIDAK SAH: tidak cocok dengan register kantor ini. "
                "Surat mungkin diubah atau palsu."
            )
            self.statusLabel.setStyleSheet(
                "background: #7a0000; color: white; font-weight: bold; padding: 6px;"
            )
            self.hasilBrowser.clear()
        else:
            p = self.hasil
            self.statusLabel.setText(f"\u2714 Kode sah: {p.nomor}")
            self.statusLabel.setStyleSheet(
                "background: #0b5d1e; color: white; font-weight: bold; padding: 6px;"
            )
            self.hasilBrowser.setHtml(html_permohonan(self.desk, p))
        self.kodeEdit.selectAll()
        self.kodeEdit.setFocus()
