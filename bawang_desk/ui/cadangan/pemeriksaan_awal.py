"""The start-up check's window: "Memeriksa basis data...", then what was found and the choices."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import pemulihan
from bawang_desk.ui.umum import beri_nama

GAYA_PERINGATAN = "color: #a40000; font-weight: bold;"


class PemeriksaanAwalDialog(QDialog):
    """The small window of the start-up check: "Memeriksa basis data..." while the core looks at
    the file, then, only when something was found, what happened and the user's choices.

    ``pulihkanButton`` restores the offered backup, ``lanjutButton`` goes on (after a foreign
    ``-wal`` was set aside), ``keluarButton`` exits. The buttons only emit; the caller acts.
    """

    pulihkan_diminta = Signal()
    lanjut_diminta = Signal()
    keluar_diminta = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        beri_nama(self, "pemeriksaanAwalDialog", "Pemeriksaan basis data")
        self.setWindowTitle("Bawang Desk - Pemeriksaan basis data")
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        self.pesanLabel = QLabel()
        beri_nama(self.pesanLabel, "pesanLabel", "Hasil pemeriksaan basis data")
        self.pesanLabel.setWordWrap(True)
        self.pesanLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.pesanLabel)
        self.rincianLabel = QLabel()
        beri_nama(self.rincianLabel, "rincianLabel", "Rincian masalah")
        self.rincianLabel.setWordWrap(True)
        self.rincianLabel.setStyleSheet("color: #555;")
        lay.addWidget(self.rincianLabel)
        self.kemajuanBar = QProgressBar()
        beri_nama(self.kemajuanBar, "kemajuanBar", "Kemajuan")
        self.kemajuanBar.setRange(0, 0)  # busy: the check cannot say how far it is
        self.kemajuanBar.setTextVisible(False)
        lay.addWidget(self.kemajuanBar)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.pulihkanButton = QPushButton("&Pulihkan")
        beri_nama(self.pulihkanButton, "pulihkanButton", "Pulihkan dari cadangan")
        self.lanjutButton = QPushButton("&Lanjutkan")
        beri_nama(self.lanjutButton, "lanjutButton", "Lanjutkan")
        self.keluarButton = QPushButton("&Keluar")
        beri_nama(self.keluarButton, "keluarButton", "Keluar")
        for b in (self.pulihkanButton, self.lanjutButton, self.keluarButton):
            b.setAutoDefault(False)
            bar.addWidget(b)
        lay.addLayout(bar)
        self.pulihkanButton.clicked.connect(self.pulihkan_diminta)
        self.lanjutButton.clicked.connect(self.lanjut_diminta)
        self.keluarButton.clicked.connect(self.keluar_diminta)
        self.hasil: pemulihan.HasilPemeriksaan | None = None
        self.tampilkan_memeriksa()

    def _tombol(self, *terlihat: QPushButton) -> None:
        for b in (self.pulihkanButton, self.lanjutButton, self.keluarButton):
            b.setVisible(b in terlihat)
            b.setEnabled(True)

    def tampilkan_memeriksa(self) -> None:
        self.pesanLabel.setText("Memeriksa basis data...")
        self.rincianLabel.clear()
        self.rincianLabel.setVisible(False)
        self.kemajuanBar.setVisible(True)
        self._tombol()

    def tampilkan_hasil(self, hasil: pemulihan.HasilPemeriksaan) -> None:
        """Show what the check found (damage or a foreign -wal) and the choices that fit."""
        self.hasil = hasil
        self.kemajuanBar.setVisible(False)
        self.pesanLabel.setText(hasil.pesan)
        rincian = []
        if hasil.masalah:
            rincian.append("Masalah yang ditemukan: " + "; ".join(hasil.masalah[:5]))
        if hasil.disisihkan:
            rincian.append(
                "Disisihkan (tidak dihapus): " + ", ".join(str(p) for p in hasil.disisihkan)
            )
        self.rincianLabel.setText("\n".join(rincian))
        self.rincianLabel.setVisible(bool(rincian))
        if hasil.keadaan == pemulihan.RUSAK:
            self.pesanLabel.setStyleSheet(GAYA_PERINGATAN)
            if hasil.cadangan is not None:
                self.pulihkanButton.setText(f"&Pulihkan cadangan {hasil.cadangan.label}")
                self._tombol(self.pulihkanButton, self.keluarButton)
                self.pulihkanButton.setDefault(True)
            else:
                self._tombol(self.keluarButton)
        else:
            self.pesanLabel.setStyleSheet("")
            self._tombol(self.lanjutButton, self.keluarButton)
            self.lanjutButton.setDefault(True)
        self.setWindowTitle(
            "Bawang Desk - Basis data rusak"
            if hasil.keadaan == pemulihan.RUSAK
            else "Bawang Desk - Pemeriksaan basis data"
        )

    def tampilkan_memulihkan(self) -> None:
        self.pesanLabel.setStyleSheet("")
        self.pesanLabel.setText("Memulihkan dari cadangan... Jangan matikan komputer.")
        self.kemajuanBar.setVisible(True)
        for b in (self.pulihkanButton, self.lanjutButton, self.keluarButton):
            b.setEnabled(False)

    def tampilkan_galat(self, pesan: str) -> None:
        """A restore that failed: say so and offer the same choices again."""
        if self.hasil is not None:
            self.tampilkan_hasil(self.hasil)
        self.kemajuanBar.setVisible(False)
        self.pesanLabel.setStyleSheet(GAYA_PERINGATAN)
        self.pesanLabel.setText(f"Pemulihan gagal: {pesan}")

    def closeEvent(self, ev) -> None:
        # closing the window while a choice is pending is "Keluar"; during the check it is
        # ignored (the check finishes in a moment and nothing has been decided yet)
        if self.keluarButton.isVisible() and self.keluarButton.isEnabled():
            self.keluar_diminta.emit()
            super().closeEvent(ev)
        elif self.property("boleh_tutup"):
            super().closeEvent(ev)
        else:
            ev.ignore()

    def tutup(self) -> None:
        """Close for good (the start-up goes on to the login, or the app exits)."""
        self.setProperty("boleh_tutup", True)
        self._tombol()
        self.close()
