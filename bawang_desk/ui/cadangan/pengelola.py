"""Runs the automatic backups from the main window: asks the scheduler, backs up in a worker, waits at close."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
)

from bawang_desk.core import cadangan as cadangan_mod
from bawang_desk.core.cadangan import PenjadwalCadangan
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import CadanganGagal
from bawang_desk.ui.cadangan.pemeriksaan_awal import GAYA_PERINGATAN
from bawang_desk.ui.umum.pekerja import Pekerja, jalankan

#: How often the window asks the scheduler whether a backup is due (the scheduler itself keeps
#: to "after a change, at most every 30 minutes").
INTERVAL_CEK_CADANGAN_MS = 60_000
#: How long closing the window waits for a running backup to finish (it cannot be cut short
#: without throwing the copy away, and a copy half made is worth nothing).
TUNGGU_CADANGAN_MS = 120_000


class PengelolaCadangan(QObject):
    """Drives :class:`PenjadwalCadangan` from a QTimer: the timer only asks whether a backup may
    be due; the backup itself (and the "has anything changed" read) runs in a worker thread,
    never two at once. Shows the last good backup in ``label``, in red when it is older than a
    day or the last attempt failed.

    ``interval_ms`` and ``selang`` are injectable so tests need not wait half an hour; the time
    comes from the desk's clock, which tests set by hand.
    """

    selesai = Signal(object)  # the Cadangan made, or None when nothing was due
    #: a copy failed its integrity check: what was found (the window tells the user)
    kerusakan = Signal(str)

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
        self._dihentikan = False
        self._ditutup = False
        self.paksa = False
        self.penjadwal = self._penjadwal()

    def _penjadwal(self) -> PenjadwalCadangan:
        if self.desk.path is None:
            return PenjadwalCadangan(self.selang)
        return PenjadwalCadangan.dari_folder(self.desk.data_dir, self.selang)

    @property
    def berjalan(self) -> bool:
        return self.pekerja is not None

    def mulai(self) -> None:
        self._ditutup = False
        self.perbarui_status()
        if self.desk.path is not None:
            self.timer.start()

    def ganti_desk(self, desk: Desk) -> None:
        """After a restore: the reopened database, its own backup history."""
        self.desk = desk
        self.gagal_terakhir = ""
        self.penjadwal = self._penjadwal()
        self.mulai()

    def _batas(self) -> int:
        try:
            return int(self.desk.pengaturan.umum().batas_cadangan_gb * 10**9)
        except Exception:  # settings unreadable: the default budget
            return cadangan_mod.BATAS_BAWAAN

    def cek(self, *, paksa: bool = False) -> bool:
        """One tick: start a backup in the worker if one may be due; True if started.

        ``paksa``: now, changed or not: the daily check or one after an unclean shutdown (the
        backup's verification of its copy is that check). The copy is taken in small steps
        through the window's own connection, so the counter's saves never wait for it.
        """
        if self.pekerja is not None or self.desk.path is None or self._ditutup:
            return False
        sekarang = self.desk.sekarang()
        self.perbarui_status(sekarang)
        # cheap test first (no file read): the interval has passed since the last backup;
        # whether anything changed is read from the file in the worker
        if not paksa and not self.penjadwal.perlu_cadangan(sekarang, True):
            return False
        path, data_dir, penjadwal = self.desk.path, self.desk.data_dir, self.penjadwal
        sumber, batas = self.desk.conn, self._batas()
        self._dihentikan = False
        self.paksa = paksa

        def job(progress) -> Any:
            try:
                return penjadwal.jalankan(
                    path,
                    sekarang,
                    data_dir=data_dir,
                    progress=progress,
                    sumber=sumber,
                    batal=lambda: self._dihentikan,
                    batas=batas,
                    paksa=paksa,
                )
            except CadanganGagal as e:
                return e

        # no owner: the backup's result must be recorded even while the window is closing
        self.pekerja = jalankan(None, job, selesai=self._selesai, gagal=self._gagal)
        return True

    def _selesai(self, hasil: object) -> None:
        self._lepas()
        if isinstance(hasil, CadanganGagal):
            if not hasil.bisa_diulang:
                self.kerusakan.emit(str(hasil))  # the copy failed its check: the file is damaged
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
        st = cadangan_mod.status_cadangan(
            self.desk.data_dir, sekarang or self.desk.sekarang(), batas=self._batas()
        )
        gagal = self.gagal_terakhir or st.gagal_terakhir
        teks = st.pesan
        if gagal:
            teks += " Cadangan otomatis terakhir GAGAL."
        if st.hampir_penuh:
            teks += " Ruang cadangan hampir habis."
        self.label.setText(teks)
        self.label.setToolTip(
            f"Cadangan otomatis gagal: {gagal}"
            if gagal
            else f"Cadangan disimpan di {cadangan_mod.folder_cadangan(self.desk.data_dir)}"
        )
        self.label.setAccessibleDescription(self.label.toolTip())
        self.label.setStyleSheet(GAYA_PERINGATAN if st.usang or gagal or st.hampir_penuh else "")

    def hentikan(self, tunggu_ms: int = TUNGGU_CADANGAN_MS) -> None:
        """Stop the timer and a running backup (closing, or before a restore): the copy stops at
        its next step and its temporary file is removed, so closing never waits for it."""
        self.timer.stop()
        self._dihentikan = True
        self._ditutup = True
        pk = self.pekerja
        if pk is not None and pk.thread.wait(tunggu_ms):
            self.pekerja = None  # finished: its queued result changes nothing any more
