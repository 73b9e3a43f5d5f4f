""" "Cadangkan ke flashdisk": pick a drive, copy a verified backup with its SHA-256, report what happened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import cadangan as cadangan_mod
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import CadanganGagal
from bawang_desk.ui.cadangan.pemeriksaan_awal import GAYA_PERINGATAN
from bawang_desk.ui.umum import beri_nama, pasang_keyboard
from bawang_desk.ui.umum.pekerja import Pekerja, jalankan


def ukuran_teks(n: int) -> str:
    """``1,5 MB``: a file size the way the office reads it (decimal comma)."""
    for satuan, besar in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= besar:
            return f"{n / besar:.1f} {satuan}".replace(".", ",")
    return f"{n} byte"


TANPA_FLASHDISK = "Tidak ada flashdisk yang terdeteksi. Tancapkan flashdisk, atau pilih folder."


class PilihDrive(QWidget):
    """The destination row both flashdisk dialogs share: drives (flashdisks first) in a list
    that can be typed into, and "Pilih folder..." for any other folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        baris = QHBoxLayout(self)
        baris.setContentsMargins(0, 0, 0, 0)
        label = QLabel("T&ujuan:")
        baris.addWidget(label)
        self.tujuanCombo = QComboBox()
        beri_nama(self.tujuanCombo, "tujuanCombo", "Drive atau folder tujuan")
        label.setBuddy(self.tujuanCombo)
        baris.addWidget(self.tujuanCombo, 1)
        self.folderButton = QPushButton("Pilih &folder...")
        beri_nama(self.folderButton, "folderButton", "Pilih folder tujuan")
        self.folderButton.setAutoDefault(False)
        baris.addWidget(self.folderButton)
        self.folderButton.clicked.connect(self.pilih_folder)

    def isi_drive(self, drives: list | None = None) -> bool:
        """Fill the list; False when no drive was found (the caller says so)."""
        from bawang_desk.core import storage

        if drives is None:
            try:
                drives = storage.daftar_drive()
            except OSError:
                drives = []
        self.tujuanCombo.clear()
        for d in drives:
            self.tujuanCombo.addItem(d.label, str(d.path))
        return bool(drives)

    def pilih_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Pilih folder tujuan")
        if folder:
            self.set_tujuan(Path(folder))

    def set_tujuan(self, folder: Path) -> None:
        i = self.tujuanCombo.findData(str(folder))
        if i < 0:
            self.tujuanCombo.insertItem(0, str(folder), str(folder))
            i = 0
        self.tujuanCombo.setCurrentIndex(i)

    def tujuan(self) -> Path | None:
        data = self.tujuanCombo.currentData()
        return Path(data) if data else None


class TujuanFlashdiskDialog(QDialog):
    """ "Kirim ke flashdisk": the same destination row and warning as "Cadangkan ke
    flashdisk", then the caller writes (with its own progress and "Coba lagi")."""

    def __init__(
        self, judul: str, penjelasan: str, teks_ok: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        beri_nama(self, "tujuanFlashdiskDialog", judul)
        self.setWindowTitle(judul)
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        info = QLabel(penjelasan)
        info.setWordWrap(True)
        lay.addWidget(info)
        self.drive = PilihDrive(self)
        lay.addWidget(self.drive)
        self.pesanLabel = QLabel()
        beri_nama(self.pesanLabel, "pesanLabel", "Pesan")
        self.pesanLabel.setWordWrap(True)
        lay.addWidget(self.pesanLabel)
        bb = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.okButton = bb.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setText(teks_ok)
        beri_nama(self.okButton, "dialogOkButton", teks_ok.replace("&", ""))
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText("&Batal")
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        pasang_keyboard(self)
        if not self.drive.isi_drive():
            self.pesanLabel.setText(TANPA_FLASHDISK)

    def accept(self) -> None:
        if self.drive.tujuan() is None:
            self.pesanLabel.setStyleSheet(GAYA_PERINGATAN)
            self.pesanLabel.setText("Pilih dulu flashdisk atau folder tujuan.")
            return
        super().accept()


class FlashdiskDialog(QDialog):
    """ "Cadangkan ke flashdisk": choose a drive (flashdisks first) or a folder, copy, verify.

    A failure says what to do in plain words; when trying again can help (drive full, pulled
    out, write-protected) "Coba lagi" repeats the copy to the same place.
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        beri_nama(self, "flashdiskDialog", "Cadangkan ke flashdisk")
        self.setWindowTitle("Cadangkan ke flashdisk")
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                "Salinan basis data yang sudah diperiksa, beserta berkas SHA-256-nya, ditulis "
                "ke drive yang dipilih. Salinan berisi NIK warga: simpan flashdisk di tempat "
                "yang aman."
            )
        )
        lay.itemAt(0).widget().setWordWrap(True)
        self.drive = PilihDrive(self)
        self.tujuanCombo, self.folderButton = self.drive.tujuanCombo, self.drive.folderButton
        lay.addWidget(self.drive)
        self.kemajuanBar = QProgressBar()
        beri_nama(self.kemajuanBar, "kemajuanBar", "Kemajuan")
        self.kemajuanBar.setRange(0, 4)
        self.kemajuanBar.setValue(0)
        lay.addWidget(self.kemajuanBar)
        self.pesanLabel = QLabel()
        beri_nama(self.pesanLabel, "pesanLabel", "Pesan")
        self.pesanLabel.setWordWrap(True)
        self.pesanLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.pesanLabel)
        bb = QDialogButtonBox()
        self.cadangkanButton = bb.addButton("&Cadangkan", QDialogButtonBox.ButtonRole.ActionRole)
        beri_nama(self.cadangkanButton, "cadangkanButton", "Cadangkan")
        self.cobaLagiButton = bb.addButton("Coba &lagi", QDialogButtonBox.ButtonRole.ActionRole)
        beri_nama(self.cobaLagiButton, "cobaLagiButton", "Coba lagi")
        self.tutupButton = bb.addButton("&Tutup", QDialogButtonBox.ButtonRole.RejectRole)
        beri_nama(self.tutupButton, "tutupButton", "Tutup")
        lay.addWidget(bb)
        self.cobaLagiButton.setVisible(False)
        self.cadangkanButton.setDefault(True)
        self.cadangkanButton.clicked.connect(self.mulai)
        self.cobaLagiButton.clicked.connect(self.mulai)
        self.tutupButton.clicked.connect(self.reject)
        self.pekerja: Pekerja | None = None
        self.hasil: cadangan_mod.HasilFlashdisk | None = None
        self.galat: CadanganGagal | None = None
        self.isi_drive()

    def isi_drive(self, drives: list | None = None) -> None:
        """Offer the drives the core finds, flashdisks first."""
        if not self.drive.isi_drive(drives):
            self.pesanLabel.setText(TANPA_FLASHDISK)

    def pilih_folder(self) -> None:
        self.drive.pilih_folder()

    def set_tujuan(self, folder: Path) -> None:
        self.drive.set_tujuan(folder)

    def tujuan(self) -> Path | None:
        return self.drive.tujuan()

    def mulai(self) -> None:
        """Copy in the worker; the worker opens its own connection (the audit row is written
        from there)."""
        if self.pekerja is not None:
            return
        tujuan = self.tujuan()
        if tujuan is None:
            self.pesanLabel.setStyleSheet(GAYA_PERINGATAN)
            self.pesanLabel.setText("Pilih dulu flashdisk atau folder tujuan.")
            return

        def job(d: Desk, progress) -> Any:
            try:
                return cadangan_mod.cadangkan_ke_flashdisk(d, tujuan, progress=progress)
            except CadanganGagal as e:
                return e

        self.hasil = self.galat = None
        self.pesanLabel.setStyleSheet("")
        self.pesanLabel.setText(f"Menyalin ke {tujuan} ...")
        self.kemajuanBar.setValue(0)
        for b in (self.cadangkanButton, self.cobaLagiButton, self.tutupButton, self.folderButton):
            b.setEnabled(False)
        self.pekerja = jalankan(
            self,
            job,
            desk=self.desk,
            kemajuan=self._kemajuan,
            selesai=self._selesai,
            gagal=self._gagal_tak_terduga,
        )

    def _kemajuan(self, selesai: int, total: int, pesan: str) -> None:
        self.kemajuanBar.setRange(0, max(total, 1))
        self.kemajuanBar.setValue(selesai)
        self.pesanLabel.setText(pesan)

    def _gagal_tak_terduga(self, pesan: str) -> None:
        self._selesai(CadanganGagal(pesan, bisa_diulang=False))

    def _selesai(self, hasil: object) -> None:
        pk, self.pekerja = self.pekerja, None
        if pk is not None:
            pk.thread.wait(5000)
        for b in (self.cadangkanButton, self.tutupButton, self.folderButton):
            b.setEnabled(True)
        self.cobaLagiButton.setEnabled(True)
        if isinstance(hasil, CadanganGagal):
            self.galat = hasil
            self.pesanLabel.setStyleSheet(GAYA_PERINGATAN)
            self.pesanLabel.setText(str(hasil))
            self.cobaLagiButton.setVisible(hasil.bisa_diulang)
            if hasil.bisa_diulang:
                self.cobaLagiButton.setDefault(True)
                self.cobaLagiButton.setFocus()
            return
        assert isinstance(hasil, cadangan_mod.HasilFlashdisk)
        self.hasil = hasil
        self.cobaLagiButton.setVisible(False)
        self.kemajuanBar.setValue(self.kemajuanBar.maximum())
        self.pesanLabel.setStyleSheet("")
        self.pesanLabel.setText(
            f"Cadangan tersimpan di {hasil.path} ({ukuran_teks(hasil.ukuran)}).\n"
            f"SHA-256: {hasil.sha256}\nBerkas pemeriksa: {hasil.path_sha256.name}"
        )
        self.tutupButton.setDefault(True)

    def reject(self) -> None:
        if self.pekerja is not None:
            return  # the copy is being written: wait for it (a half copy is deleted anyway)
        super().reject()
