"""The requirement checklist of an application, from the SOP catalog, with the Sekcam's written override."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.layanan import LAYANAN, Permohonan, alasan_loloskan
from bawang_desk.ui.layanan.antrian import nama_varian
from bawang_desk.ui.umum import beri_nama, minta_alasan
from bawang_desk.ui.umum.alasan import pasang_keyboard


class PeriksaDialog(QDialog):
    """SOP step 2: one tick box per requirement; continue once the file is complete."""

    def __init__(self, desk: Desk, p: Permohonan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pasang_keyboard(self)
        self.desk, self.pid = desk, p.id
        self.hasil: Permohonan | None = None
        beri_nama(self, "periksaDialog", "Periksa berkas")
        self.setWindowTitle(f"Periksa berkas - No. {p.id}, {p.nama}")
        self.resize(620, 420)
        lay = QVBoxLayout(self)
        info = QLabel(
            f"<b>{escape(LAYANAN[p.layanan].nama)}</b> ({escape(nama_varian(desk, p))}) a.n. "
            f"<b>{escape(p.nama)}</b>.<br>Centang setiap berkas yang sudah diterima."
        )
        info.setWordWrap(True)
        lay.addWidget(info)
        self.centang: dict[int, QCheckBox] = {}
        for s in p.syarat:
            cb = QCheckBox(s.item)
            beri_nama(cb, f"syarat_{s.urutan}", s.item)
            cb.setChecked(s.ada)
            cb.toggled.connect(lambda ada, u=s.urutan: self._centang(u, ada))
            lay.addWidget(cb)
            self.centang[s.urutan] = cb
        lay.addStretch(1)
        self.errorLabel = QLabel()
        beri_nama(self.errorLabel, "errorLabel", "Pesan kesalahan")
        self.errorLabel.setStyleSheet("color: #a40000; font-weight: bold;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        lay.addWidget(self.errorLabel)
        bb = QDialogButtonBox()
        self.lanjutButton = bb.addButton(
            "&Lanjut (berkas lengkap)", QDialogButtonBox.ButtonRole.AcceptRole
        )
        beri_nama(self.lanjutButton, "lanjutButton", "Lanjut, berkas lengkap")
        self.loloskanButton = bb.addButton(
            "L&oloskan dengan alasan...", QDialogButtonBox.ButtonRole.ActionRole
        )
        beri_nama(self.loloskanButton, "loloskanButton", "Loloskan dengan alasan")
        self.loloskanButton.setVisible(desk.boleh("layanan.lewati_syarat"))
        tutup = bb.addButton("&Tutup", QDialogButtonBox.ButtonRole.RejectRole)
        beri_nama(tutup, "tutupButton", "Tutup")
        self.lanjutButton.clicked.connect(self.lanjut)
        self.loloskanButton.clicked.connect(self.loloskan)
        tutup.clicked.connect(self.reject)
        lay.addWidget(bb)
        self._perbarui()
        if self.centang:
            next(iter(self.centang.values())).setFocus()

    def _perbarui(self) -> None:
        lengkap = all(cb.isChecked() for cb in self.centang.values())
        self.lanjutButton.setEnabled(lengkap)
        self.lanjutButton.setDefault(lengkap)
        self.loloskanButton.setEnabled(not lengkap)

    def _centang(self, urutan: int, ada: bool) -> None:
        try:
            self.desk.layanan.centang(self.pid, urutan, ada)
        except BawangError as e:
            self.errorLabel.setText(str(e))
            self.errorLabel.setVisible(True)
            cb = self.centang[urutan]
            cb.blockSignals(True)
            cb.setChecked(not ada)
            cb.blockSignals(False)
        self._perbarui()

    def lanjut(self) -> None:
        try:
            self.hasil = self.desk.layanan.periksa(self.pid)
        except BawangError as e:
            self.errorLabel.setText(str(e))
            self.errorLabel.setVisible(True)
            return
        self.accept()

    def loloskan(self) -> None:
        alasan = minta_alasan(
            self,
            "Loloskan berkas",
            "Alasan meloloskan berkas yang belum lengkap (dicatat di register):",
            teks_ok="&Loloskan",
            aturan=alasan_loloskan,
        )
        if alasan is None:
            return
        try:
            self.desk.layanan.lewati_syarat(self.pid, alasan)
            self.hasil = self.desk.layanan.periksa(self.pid)
        except BawangError as e:
            self.errorLabel.setText(str(e))
            self.errorLabel.setVisible(True)
            return
        self.accept()
