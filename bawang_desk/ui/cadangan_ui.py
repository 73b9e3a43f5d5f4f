"""Backups in the window: the start-up check's dialog, automatic backups with their status-bar
line, "Cadangkan ke flashdisk..." and "Pulihkan dari cadangan...".

Every file operation is a core call (``core.cadangan``, ``core.pemulihan``) run in a worker
thread: a backup of a ten-year database takes seconds and the counter must keep working. The
widgets here only start the jobs, show their progress and put the choices to the user; nothing
is written until the user has chosen.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import cadangan as cadangan_mod
from bawang_desk.core import pemulihan
from bawang_desk.core.cadangan import Cadangan, PenjadwalCadangan
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError, CadanganGagal
from bawang_desk.ui.umum import beri_nama, konfirmasi, pesan_galat
from bawang_desk.ui.workers import Pekerja

if TYPE_CHECKING:
    from bawang_desk.ui.main_window import MainWindow

#: How often the window asks the scheduler whether a backup is due (the scheduler itself keeps
#: to "after a change, at most every 30 minutes").
INTERVAL_CEK_CADANGAN_MS = 60_000
#: How long closing the window waits for a running backup to finish (it cannot be cut short
#: without throwing the copy away, and a copy half made is worth nothing).
TUNGGU_CADANGAN_MS = 120_000
GAYA_PERINGATAN = "color: #a40000; font-weight: bold;"


def ukuran_teks(n: int) -> str:
    """``1,5 MB``: a file size the way the office reads it (decimal comma)."""
    for satuan, besar in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= besar:
            return f"{n / besar:.1f} {satuan}".replace(".", ",")
    return f"{n} byte"


# --------------------------------------------------------------------------- start-up


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


# --------------------------------------------------------------------------- automatic backups


class PengelolaCadangan(QObject):
    """Drives :class:`PenjadwalCadangan` from a QTimer: the timer only asks whether a backup may
    be due; the backup itself (and the "has anything changed" read) runs in a worker thread,
    never two at once. Shows the last good backup in ``label``, in red when it is older than a
    day or the last attempt failed.

    ``interval_ms`` and ``selang`` are injectable so tests need not wait half an hour; the time
    comes from the desk's clock, which tests set by hand.
    """

    selesai = Signal(object)  # the Cadangan made, or None when nothing was due

    def __init__(
        self,
        desk: Desk,
        label: QLabel,
        *,
        interval_ms: int = INTERVAL_CEK_CADANGAN_MS,
        selang: timedelta = cadangan_mod.SELANG,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.label = label
        self.selang = selang
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.cek)
        self.pekerja: Pekerja | None = None
        self.gagal_terakhir = ""
        self.penjadwal = self._penjadwal()

    def _penjadwal(self) -> PenjadwalCadangan:
        if self.desk.path is None:
            return PenjadwalCadangan(self.selang)
        return PenjadwalCadangan.dari_folder(self.desk.data_dir, self.selang)

    @property
    def berjalan(self) -> bool:
        return self.pekerja is not None

    def mulai(self) -> None:
        self.perbarui_status()
        if self.desk.path is not None:
            self.timer.start()

    def ganti_desk(self, desk: Desk) -> None:
        """After a restore: the reopened database, its own backup history."""
        self.desk = desk
        self.gagal_terakhir = ""
        self.penjadwal = self._penjadwal()
        self.mulai()

    def cek(self) -> bool:
        """One tick: start a backup in the worker if one may be due; True if started."""
        if self.pekerja is not None or self.desk.path is None:
            return False
        sekarang = self.desk.sekarang()
        self.perbarui_status(sekarang)
        # cheap test first (no file read): the interval has passed since the last backup;
        # whether anything changed is read from the file in the worker
        if not self.penjadwal.perlu_cadangan(sekarang, True):
            return False
        path, data_dir, penjadwal = self.desk.path, self.desk.data_dir, self.penjadwal

        def job(progress) -> Any:
            try:
                return penjadwal.jalankan(path, sekarang, data_dir=data_dir, progress=progress)
            except CadanganGagal as e:
                return e

        pk = Pekerja(job)
        pk.selesai.connect(self._selesai)
        pk.gagal.connect(self._gagal)
        self.pekerja = pk
        pk.mulai()
        return True

    def _selesai(self, hasil: object) -> None:
        self._lepas()
        if isinstance(hasil, CadanganGagal):
            self._gagal(str(hasil))
            return
        if hasil is not None:
            self.gagal_terakhir = ""
        self.perbarui_status()
        self.selesai.emit(hasil)

    def _gagal(self, pesan: str) -> None:
        self._lepas()
        self.gagal_terakhir = pesan
        self.perbarui_status()
        self.selesai.emit(None)

    def _lepas(self) -> None:
        pk, self.pekerja = self.pekerja, None
        if pk is not None:
            pk.thread.wait(TUNGGU_CADANGAN_MS)

    def perbarui_status(self, sekarang: datetime | None = None) -> None:
        if self.desk.path is None:
            self.label.setText("Cadangan: basis data di memori")
            self.label.setStyleSheet("")
            return
        st = cadangan_mod.status_cadangan(self.desk.data_dir, sekarang or self.desk.sekarang())
        gagal = self.gagal_terakhir or st.gagal_terakhir
        teks = st.pesan
        if gagal:
            teks += " Cadangan otomatis terakhir GAGAL."
        self.label.setText(teks)
        self.label.setToolTip(
            f"Cadangan otomatis gagal: {gagal}"
            if gagal
            else f"Cadangan disimpan di {cadangan_mod.folder_cadangan(self.desk.data_dir)}"
        )
        self.label.setAccessibleDescription(self.label.toolTip())
        self.label.setStyleSheet(GAYA_PERINGATAN if st.usang or gagal else "")

    def hentikan(self, tunggu_ms: int = TUNGGU_CADANGAN_MS) -> None:
        """Stop the timer and let a running backup finish (closing, or before a restore)."""
        self.timer.stop()
        pk = self.pekerja
        if pk is not None and pk.thread.wait(tunggu_ms):
            self.pekerja = None  # finished: its queued result changes nothing any more


# --------------------------------------------------------------------------- flashdisk


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
        baris = QHBoxLayout()
        baris.addWidget(QLabel("&Tujuan:"))
        self.tujuanCombo = QComboBox()
        beri_nama(self.tujuanCombo, "tujuanCombo", "Drive atau folder tujuan")
        baris.itemAt(0).widget().setBuddy(self.tujuanCombo)
        baris.addWidget(self.tujuanCombo, 1)
        self.folderButton = QPushButton("Pilih &folder...")
        beri_nama(self.folderButton, "folderButton", "Pilih folder tujuan")
        baris.addWidget(self.folderButton)
        lay.addLayout(baris)
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
        self.folderButton.clicked.connect(self.pilih_folder)
        self.pekerja: Pekerja | None = None
        self.hasil: cadangan_mod.HasilFlashdisk | None = None
        self.galat: CadanganGagal | None = None
        self.isi_drive()

    def isi_drive(self, drives: list | None = None) -> None:
        """Offer the drives the core finds, flashdisks first."""
        from bawang_desk.core import storage

        if drives is None:
            try:
                drives = storage.daftar_drive()
            except OSError:
                drives = []
        self.tujuanCombo.clear()
        for d in drives:
            self.tujuanCombo.addItem(d.label, str(d.path))
        if not drives:
            self.pesanLabel.setText(
                "Tidak ada flashdisk yang terdeteksi. Tancapkan flashdisk, atau pilih folder."
            )

    def pilih_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Pilih folder tujuan cadangan")
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
        desk = self.desk

        def job(progress) -> Any:
            d = desk.cabang()
            try:
                return cadangan_mod.cadangkan_ke_flashdisk(d, tujuan, progress=progress)
            except CadanganGagal as e:
                return e
            finally:
                if d is not desk:
                    d.close()

        self.hasil = self.galat = None
        self.pesanLabel.setStyleSheet("")
        self.pesanLabel.setText(f"Menyalin ke {tujuan} ...")
        self.kemajuanBar.setValue(0)
        for b in (self.cadangkanButton, self.cobaLagiButton, self.tutupButton, self.folderButton):
            b.setEnabled(False)
        pk = Pekerja(job)
        pk.kemajuan.connect(self._kemajuan)
        pk.selesai.connect(self._selesai)
        pk.gagal.connect(self._gagal_tak_terduga)
        self.pekerja = pk
        pk.mulai()

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


# --------------------------------------------------------------------------- restore


class PilihCadanganDialog(QDialog):
    """The verified backups, newest first, with their dates and sizes; pick one to restore."""

    KOLOM = ("Waktu cadangan", "Ukuran", "Berkas")

    def __init__(self, daftar: list[Cadangan], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        beri_nama(self, "pilihCadanganDialog", "Pilih cadangan")
        self.setWindowTitle("Pulihkan dari cadangan")
        self.resize(720, 420)
        self.daftar = daftar
        lay = QVBoxLayout(self)
        info = QLabel(
            "Cadangan yang sudah diperiksa (terbaru di atas). Pilih satu untuk memulihkan "
            "basis data; berkas yang sekarang disimpan, tidak dihapus."
        )
        info.setWordWrap(True)
        lay.addWidget(info)
        self.table = QTableWidget(len(daftar), len(self.KOLOM))
        beri_nama(self.table, "cadanganTable", "Daftar cadangan")
        self.table.setHorizontalHeaderLabels(list(self.KOLOM))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        for i, c in enumerate(daftar):
            for j, v in enumerate((c.label, ukuran_teks(c.ukuran), c.path.name)):
                self.table.setItem(i, j, QTableWidgetItem(v))
        self.table.resizeColumnsToContents()
        lay.addWidget(self.table)
        bb = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.okButton = bb.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setText("&Pulihkan...")
        beri_nama(self.okButton, "pulihkanButton", "Pulihkan cadangan terpilih")
        bb.button(QDialogButtonBox.StandardButton.Cancel).setText("&Batal")
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.table.itemSelectionChanged.connect(
            lambda: self.okButton.setEnabled(self.terpilih() is not None)
        )
        if daftar:
            self.table.selectRow(0)
        self.okButton.setEnabled(self.terpilih() is not None)

    def terpilih(self) -> Cadangan | None:
        rows = self.table.selectionModel().selectedRows()
        return self.daftar[rows[0].row()] if rows else None


def teks_konfirmasi_pulih(path: Path, c: Cadangan) -> str:
    """What "Pulihkan" will do, named plainly: what is replaced, what is kept, what is lost."""
    return (
        f"Basis data yang sedang dipakai:\n{path}\nakan diganti dengan cadangan {c.label} "
        f"({ukuran_teks(c.ukuran)}).\n\n"
        "Berkas yang sekarang TIDAK dihapus: disimpan di folder yang sama sebagai "
        f"{path.name}.<waktu>.sebelum-pulih.\n\n"
        f"Semua yang dicatat sesudah {c.label} tidak ada di cadangan itu dan perlu dicatat "
        "ulang; penomoran berlanjut dari nomor terakhir di cadangan.\n\nPulihkan sekarang?"
    )


class PemulihMenu(QObject):
    """ "Pulihkan dari cadangan..." from the main window: list, confirm, close the desk, restore
    in the worker, reopen, and hand the reopened desk to the window (which rebuilds its tabs)."""

    selesai = Signal(object)  # HasilPulih, or a message string when the restore failed

    def __init__(self, jendela: MainWindow) -> None:
        super().__init__(jendela)
        self.jendela = jendela
        self.pekerja: Pekerja | None = None
        self.dialog: PilihCadanganDialog | None = None

    def jalankan(self) -> None:
        w = self.jendela
        desk = w.desk
        if desk.path is None:
            pesan_galat(w, "Pulihkan dari cadangan", BawangError("Basis data di memori."))
            return
        if not desk.boleh("cadangan.pulihkan"):
            QMessageBox.warning(
                w,
                "Pulihkan dari cadangan",
                "Hanya Admin atau Sekretaris Kecamatan yang dapat memulihkan dari cadangan.",
            )
            return
        daftar = [c for c in cadangan_mod.daftar_cadangan(desk.data_dir) if c.terverifikasi]
        if not daftar:
            QMessageBox.information(
                w,
                "Pulihkan dari cadangan",
                "Belum ada cadangan yang sudah diperiksa di "
                f"{cadangan_mod.folder_cadangan(desk.data_dir)}.",
            )
            return
        self.dialog = PilihCadanganDialog(daftar, w)
        if self.dialog.exec() != QDialog.DialogCode.Accepted:
            return
        c = self.dialog.terpilih()
        if c is None:
            return
        if not konfirmasi(
            w, "Pulihkan dari cadangan", teks_konfirmasi_pulih(desk.path, c), "Pulihkan"
        ):
            return
        self.pulihkan(c)

    def pulihkan(self, c: Cadangan) -> None:
        """After the confirmation: close the desk and restore ``c`` in the worker."""
        w = self.jendela
        desk = w.desk
        try:
            desk.otorisasi("cadangan.pulihkan")
        except BawangError as e:
            pesan_galat(w, "Pulihkan dari cadangan", e)
            return
        w.lepas_desk()  # stops the backup timer and the checks, detaches the tabs
        w.setEnabled(False)
        w.statusBar().showMessage("Memulihkan dari cadangan... Jangan matikan komputer.")
        # the desk closes only after what the detached tabs had already queued has run
        QTimer.singleShot(0, self, lambda: self._tutup_lalu_pulihkan(c, desk))

    def _tutup_lalu_pulihkan(self, c: Cadangan, desk: Desk) -> None:
        assert desk.path is not None
        path, user, sekarang, journal, jam = (
            desk.path,
            desk.username,
            desk.sekarang(),
            desk.journal,
            desk.sekarang,
        )
        desk.close()

        def job(_progress) -> Any:
            try:
                return pemulihan.pulihkan(c, path, pengguna=user, sekarang=sekarang)
            except BawangError as e:
                return str(e)
            except OSError as e:
                return cadangan_mod.pesan_oserror(e, path.parent)

        self._buka = (path, journal, jam, user)
        pk = Pekerja(job)
        pk.selesai.connect(self._selesai)
        pk.gagal.connect(self._selesai)
        self.pekerja = pk
        pk.mulai()

    def _selesai(self, hasil: object) -> None:
        pk, self.pekerja = self.pekerja, None
        if pk is not None:
            pk.thread.wait(5000)
        w = self.jendela
        path, journal, jam, user = self._buka
        w.setEnabled(True)
        w.statusBar().clearMessage()
        try:
            baru = Desk.open(path, jam=jam, journal=journal)
        except BawangError as e:
            QMessageBox.critical(
                w,
                "Pulihkan dari cadangan",
                f"Basis data tidak dapat dibuka lagi: {e}\n\nAplikasi akan ditutup; buka lagi "
                "untuk pemeriksaan basis data.",
            )
            w.close()
            self.selesai.emit(str(e))
            return
        # the same person carries on if the restored records know the account (with the role
        # those records give it); otherwise the window asks for a login
        p = baru.pengguna.get(user) if user else None
        if p is not None and p.aktif:
            baru.pengguna_aktif = p
            baru.sentuh()
        w.ganti_desk(baru)
        if isinstance(hasil, pemulihan.HasilPulih):
            disimpan = hasil.disisihkan[0].name if hasil.disisihkan else "-"
            waktu = f" {hasil.waktu_cadangan:%d-%m-%Y %H.%M}" if hasil.waktu_cadangan else ""
            QMessageBox.information(
                w,
                "Pulihkan dari cadangan",
                f"Basis data sudah dipulihkan dari cadangan{waktu}.\n"
                f"Berkas sebelumnya disimpan sebagai {disimpan}.",
            )
        else:
            QMessageBox.critical(
                w,
                "Pulihkan dari cadangan",
                f"Pemulihan gagal: {hasil}\n\nBasis data yang lama tetap dipakai.",
            )
        if baru.pengguna_aktif is None:
            w.minta_masuk(
                "Basis data sudah dipulihkan. Masuk dengan akun yang ada di cadangan itu."
            )
        self.selesai.emit(hasil)
