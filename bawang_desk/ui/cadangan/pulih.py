""" "Pulihkan dari cadangan": choose a verified backup, confirm, restore in a worker and reopen the desk."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import cadangan as cadangan_mod
from bawang_desk.core import pemulihan
from bawang_desk.core.cadangan import Cadangan
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.ui.cadangan.flashdisk_dialog import ukuran_teks
from bawang_desk.ui.umum import beri_nama, konfirmasi, pesan_galat
from bawang_desk.ui.umum.pekerja import Pekerja, jalankan


class JendelaUtama(Protocol):
    """What a restore needs of the main window, named here so this module never imports it.

    The main window imports this module for its menu; the restore only needs the window's desk,
    a way to let go of it and to take the reopened one, a login prompt, and its status bar.
    """

    desk: Desk

    def lepas_desk(self) -> None: ...
    def ganti_desk(self, desk: Desk) -> None: ...
    def minta_masuk(self, petunjuk: str) -> None: ...
    def setEnabled(self, aktif: bool) -> None: ...
    def statusBar(self) -> Any: ...
    def close(self) -> bool: ...


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


def teks_konfirmasi_pulih(path: Path, c: Cadangan, rencana: pemulihan.RencanaPulih) -> str:
    """What "Pulihkan" will do, named plainly: what is replaced, what is kept, what is lost,
    and (from :func:`pemulihan.rencana_pulih`) which issued numbers each book marks lost."""
    return (
        f"Basis data yang sedang dipakai:\n{path}\nakan diganti dengan cadangan {c.label} "
        f"({ukuran_teks(c.ukuran)}).\n\n"
        "Berkas yang sekarang TIDAK dihapus: disimpan di folder yang sama sebagai "
        f"{path.name}.<waktu>.sebelum-pulih.\n\n"
        f"Semua yang dicatat sesudah {c.label} tidak ada di cadangan itu dan perlu dicatat "
        "ulang. Nomor yang sudah diterbitkan tidak pernah dipakai dua kali: setiap buku "
        "berlanjut sesudah nomor tertinggi yang pernah terbit.\n\n"
        f"{rencana.teks()}\n\nPulihkan sekarang?"
    )


class PemulihMenu(QObject):
    """ "Pulihkan dari cadangan..." from the main window: list, confirm, close the desk, restore
    in the worker, reopen, and hand the reopened desk to the window (which rebuilds its tabs)."""

    selesai = Signal(object)  # HasilPulih, or a message string when the restore failed

    def __init__(self, jendela: JendelaUtama) -> None:
        super().__init__(jendela)  # type: ignore[arg-type] (a QMainWindow at run time)
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
        path = desk.path
        w.statusBar().showMessage("Membaca nomor terakhir di cadangan dan di basis data...")

        def job(_progress) -> object:
            try:
                return pemulihan.rencana_pulih(c, path)
            except BawangError as e:
                return e

        # a compressed backup is unpacked to be read: in the worker, never in the window
        jalankan(self, job, selesai=lambda r: self._tanya(c, r), gagal=self._rencana_gagal)

    def _rencana_gagal(self, pesan: str) -> None:
        self.jendela.statusBar().clearMessage()
        QMessageBox.critical(self.jendela, "Pulihkan dari cadangan", pesan)

    def _tanya(self, c: Cadangan, rencana: object) -> None:
        w = self.jendela
        w.statusBar().clearMessage()
        if isinstance(rencana, BawangError):
            pesan_galat(w, "Pulihkan dari cadangan", rencana)
            return
        assert isinstance(rencana, pemulihan.RencanaPulih) and w.desk.path is not None
        if not konfirmasi(
            w,
            "Pulihkan dari cadangan",
            teks_konfirmasi_pulih(w.desk.path, c, rencana),
            "Pulihkan",
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
        self.pekerja = jalankan(self, job, selesai=self._selesai, gagal=self._selesai)

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
            hilang = "".join(f"\n- {r.teks()}" for r in hasil.hilang)
            if hilang:
                hilang = "\n\nNomor yang ditandai HILANG (lihat Buku Nomor):" + hilang
            QMessageBox.information(
                w,
                "Pulihkan dari cadangan",
                f"Basis data sudah dipulihkan dari cadangan{waktu}.\n"
                f"Berkas sebelumnya disimpan sebagai {disimpan}.{hilang}",
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
