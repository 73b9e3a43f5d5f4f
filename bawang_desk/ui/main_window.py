"""The main window: one tab per finished feature, the menus, the status bar and the idle lock."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bawang_desk import APP_NAME, __version__
from bawang_desk.core.cadangan import SELANG
from bawang_desk.core.desk import Desk
from bawang_desk.ui.cadangan.pengelola import INTERVAL_CEK_CADANGAN_MS, PengelolaCadangan
from bawang_desk.ui.cadangan.pulih import PemulihMenu
from bawang_desk.ui.umum import beri_nama
from bawang_desk.ui.umum.pekerja import Pekerja, jalankan
from bawang_desk.ui.umum.tata import PenjagaJudul, muat_di_layar

#: (objectName, tab title, "module:Class"). A feature gets its tab here only once it is
#: finished. Tabs are built the first time they are shown, so start-up only pays for the first.
#: The titles carry no Alt letter: Ctrl+1..9 and Ctrl+Tab reach the tabs, and every Alt letter
#: stays free for the buttons and fields inside them (a letter used twice only moves focus).
TABS: list[tuple[str, str, str]] = [
    ("berandaTab", "Beranda", "bawang_desk.ui.beranda.tab:BerandaTab"),
    ("suratMasukTab", "Surat Masuk", "bawang_desk.ui.surat.masuk_tab:SuratMasukTab"),
    ("layananTab", "Layanan", "bawang_desk.ui.layanan.tab:LayananTab"),
    ("suratKeluarTab", "Surat Keluar", "bawang_desk.ui.surat.keluar_tab:SuratKeluarTab"),
    (
        "registerLayananTab",
        "Register Layanan",
        "bawang_desk.ui.layanan.register_tab:RegisterLayananTab",
    ),
    ("serahTerimaTab", "Serah Terima", "bawang_desk.ui.serah_terima.tab:SerahTerimaTab"),
    ("kepegawaianTab", "Kepegawaian", "bawang_desk.ui.kepegawaian.tab:KepegawaianTab"),
    ("kinerjaTab", "Kinerja", "bawang_desk.ui.kinerja.tab:KinerjaTab"),
    ("pelacakanTab", "Pelacakan SOP", "bawang_desk.ui.kinerja.pelacakan_tab:PelacakanSopTab"),
    ("penomoranTab", "Buku Nomor", "bawang_desk.ui.penomoran.tab:PenomoranTab"),
]


def _buat_tab(spec: str, desk: Desk) -> QWidget:
    import importlib

    modul, kelas = spec.split(":")
    return getattr(importlib.import_module(modul), kelas)(desk)


INTERVAL_CEK_DIAM_MS = 5_000


class _PengamatKegiatan(QObject):
    """Application-wide event filter: any key or click counts as activity for the idle lock."""

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if ev.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.desk.sentuh()
        return False


class MainWindow(QMainWindow):
    sesi_berganti = Signal()
    #: after "Pulihkan dari cadangan": the window now works on this reopened Desk
    desk_berganti = Signal(object)

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        *,
        cek_cadangan_ms: int = INTERVAL_CEK_CADANGAN_MS,
        selang_cadangan: timedelta = SELANG,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self._sudah_dilukis = False
        self._setelah_lukis: list = []
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_NAME} - {desk.pengaturan.kantor().nama_kantor.title()}")
        muat_di_layar(self, 1280, 720)  # the size it has when it is not maximized
        self.tabs = QTabWidget()
        beri_nama(self.tabs, "tabs", "Tab utama")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._tab_widgets: dict[str, QWidget] = {}
        self._tab_lama: list[QWidget] = []  # detached before a restore, deleted after it
        self._wadah: dict[str, QWidget] = {}
        for i, (nama, judul, _spec) in enumerate(TABS):
            wadah = QWidget()
            beri_nama(wadah, f"{nama}Wadah", judul.replace("&", ""))
            QVBoxLayout(wadah).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(wadah, judul)
            self._wadah[nama] = wadah
            if i < 10:  # Ctrl+1..9, and Ctrl+0 for the tenth
                QShortcut(
                    QKeySequence(f"Ctrl+{(i + 1) % 10}"),
                    self,
                    lambda i=i: self.tabs.setCurrentIndex(i),
                )
        self.tabs.currentChanged.connect(self._tab_aktif)
        self._tab_aktif(0)
        self._buat_menu()
        self._buat_status()
        # automatic backups: the timer only asks, the backup runs in a worker thread
        self.cadangan = PengelolaCadangan(
            desk,
            self.cadanganLabel,
            interval_ms=cek_cadangan_ms,
            selang=selang_cadangan,
            parent=self,
        )
        self.cadangan.kerusakan.connect(lambda m: self._quick_selesai([m]))
        self.cadangan.selesai.connect(self._cadangan_selesai)
        self._pemulih = PemulihMenu(self)
        self._pekerja: list[Pekerja] = []
        self.hasil_quick_check: list[str] | None = None
        desk.saat_sibuk = self.tanya_coba_lagi
        self._pengamat = _PengamatKegiatan(desk)
        app = QApplication.instance()
        self._penjaga_judul = PenjagaJudul(self)  # no dialog title cut in its title bar
        if app is not None:
            app.installEventFilter(self._pengamat)
            app.installEventFilter(self._penjaga_judul)
        self._timer_diam = QTimer(self)
        self._timer_diam.setInterval(INTERVAL_CEK_DIAM_MS)
        self._timer_diam.timeout.connect(self.cek_diam)
        self._timer_diam.start()
        self._mengunci = False
        self._quick_dimulai = False
        self.perbarui_sesi()

    # ------------------------------------------------------------------ building

    def _aksi(self, menu, teks: str, slot, pintasan: str | None = None, nama: str = "") -> QAction:
        a = QAction(teks, self)
        if pintasan:
            a.setShortcut(QKeySequence(pintasan))
        a.triggered.connect(slot)
        if nama:
            a.setObjectName(nama)
        menu.addAction(a)
        return a

    def _buat_menu(self) -> None:
        mb = self.menuBar()
        berkas = mb.addMenu("&Berkas")
        self._aksi(
            berkas, "&Ganti pengguna...", self.ganti_pengguna, "Ctrl+Shift+U", "aksiGantiPengguna"
        )
        self._aksi(berkas, "&Kunci layar", self.kunci_layar, "Ctrl+L", "aksiKunciLayar")
        berkas.addSeparator()
        self.aksiPeriksa = self._aksi(
            berkas, "&Periksa basis data", self.periksa_basis_data, None, "aksiPeriksa"
        )
        self.aksiFlashdisk = self._aksi(
            berkas, "Cadangkan ke &flashdisk...", self.cadangkan_ke_flashdisk, None, "aksiFlashdisk"
        )
        self.aksiPulihkan = self._aksi(
            berkas, "P&ulihkan dari cadangan...", self.pulihkan_dari_cadangan, None, "aksiPulihkan"
        )
        berkas.addSeparator()
        self._aksi(berkas, "&Keluar", self.close, "Ctrl+Q", "aksiKeluar")
        atur = mb.addMenu("&Pengaturan")
        self._aksi(atur, "&Pengaturan kantor...", self.buka_pengaturan, "Ctrl+,", "aksiPengaturan")
        self._aksi(
            atur, "Pengguna...", lambda: self.buka_pengaturan("pengguna"), None, "aksiPengguna"
        )
        self._aksi(atur, "&Ganti kata sandi...", self.ganti_sandi, None, "aksiGantiSandi")
        self._aksi(
            atur, "&Katalog SOP...", lambda: self.buka_pengaturan("katalog"), "F2", "aksiKatalog"
        )
        bantuan = mb.addMenu("Ba&ntuan")
        self._aksi(bantuan, "&Pintasan keyboard", self.pintasan, "F1", "aksiPintasan")
        self._aksi(bantuan, "&Tentang Bawang Desk", self.tentang, None, "aksiTentang")

    def _buat_status(self) -> None:
        sb = self.statusBar()
        self.penggunaLabel = QLabel()
        beri_nama(self.penggunaLabel, "penggunaLabel", "Pengguna aktif")
        self.dbLabel = QLabel(str(self.desk.path or ":memory:"))
        beri_nama(self.dbLabel, "dbLabel", "Berkas basis data")
        self.cekLabel = QLabel("Memeriksa basis data...")
        beri_nama(self.cekLabel, "cekLabel", "Hasil pemeriksaan basis data")
        self.cadanganLabel = QLabel()
        beri_nama(self.cadanganLabel, "cadanganLabel", "Cadangan terakhir")
        sb.addWidget(self.penggunaLabel)
        sb.addWidget(self.dbLabel, 1)
        sb.addPermanentWidget(self.cadanganLabel)
        sb.addPermanentWidget(self.cekLabel)

    # ------------------------------------------------------------------ session

    def perbarui_sesi(self) -> None:
        p = self.desk.pengguna_aktif
        self.penggunaLabel.setText(f"{p.nama} ({p.label_peran})" if p else "Belum masuk")
        self.aksiPeriksa.setEnabled(self.desk.boleh("audit.periksa"))
        self.aksiFlashdisk.setEnabled(self.desk.boleh("cadangan.flashdisk"))
        self.aksiPulihkan.setEnabled(self.desk.boleh("cadangan.pulihkan"))
        for w in self._tab_widgets.values():
            if hasattr(w, "perbarui_izin"):
                w.perbarui_izin()
        # SOP 001's warning: Sangat Segera letters reach the Camat (and Sekcam) first
        if p:

            def urgen() -> None:
                d = self.desk
                if (
                    d.boleh("surat_masuk.lihat")
                    and not d.terkunci
                    and d.surat_masuk.urgen_untuk_pimpinan()
                ):
                    self.tampilkan_tab("suratMasukTab")

            if self._sudah_dilukis:
                urgen()
            else:  # the window first, then the letters: the login is not held up by them
                self._setelah_lukis.append(urgen)
        self.sesi_berganti.emit()

    def tab(self, nama: str) -> QWidget:
        """The tab's widget, built now if it has not been shown yet."""
        if nama not in self._tab_widgets:
            spec = next(s for n, _j, s in TABS if n == nama)
            w = _buat_tab(spec, self.desk)
            beri_nama(w, nama, next(j for n, j, _s in TABS if n == nama).replace("&", ""))
            self._wadah[nama].layout().addWidget(w)
            self._tab_widgets[nama] = w
            if hasattr(w, "buka"):  # the Beranda opens records in their own tabs
                w.buka.connect(self.buka_catatan)
        return self._tab_widgets[nama]

    def tampilkan_tab(self, nama: str) -> QWidget:
        w = self.tab(nama)
        self.tabs.setCurrentWidget(self._wadah[nama])
        return w

    def buka_catatan(self, tab: str, ident: int) -> None:
        """Show ``tab`` with record ``ident`` selected (from a list on the Beranda)."""
        if tab not in self._wadah:
            return
        w = self.tampilkan_tab(tab)
        if hasattr(w, "buka_id"):
            w.buka_id(ident)

    def _tab_aktif(self, i: int) -> None:
        if 0 <= i < len(TABS):
            self.tab(TABS[i][0])

    def cek_diam(self) -> None:
        if self.desk.terkunci and not self._mengunci:
            self.tampilkan_kunci()

    def kunci_layar(self) -> None:
        self.desk.kunci_layar()
        self.tampilkan_kunci()

    def tampilkan_kunci(self) -> None:
        """Hide the work behind the lock until the same user's password (or another login)."""
        from bawang_desk.ui.pengaturan.login import LoginDialog

        self._mengunci = True
        self.centralWidget().setVisible(False)
        try:
            while self.desk.terkunci:
                dlg = LoginDialog(self.desk, self, buka_kunci=True)
                beri_nama(dlg, "kunciDialog", "Layar terkunci")
                if dlg.exec() == QDialog.DialogCode.Accepted:
                    break
                # "Ganti pengguna": another member of staff takes the desk
                login = LoginDialog(self.desk, self)
                beri_nama(login, "loginDialog", "Masuk")
                if login.exec() == QDialog.DialogCode.Accepted:
                    break
        finally:
            self._mengunci = False
            self.centralWidget().setVisible(True)
        self.perbarui_sesi()

    def ganti_pengguna(self) -> None:
        from bawang_desk.ui.pengaturan.login import LoginDialog

        dlg = LoginDialog(
            self.desk,
            self,
            petunjuk="Masuk sebagai pengguna lain. Sesi pengguna sekarang diakhiri.",
        )
        beri_nama(dlg, "loginDialog", "Masuk")
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.perbarui_sesi()

    # ------------------------------------------------------------------ actions

    def buka_pengaturan(self, tab: str | None = None) -> QDialog:
        # imported here: the settings dialog (and the catalog) are not needed to start
        from bawang_desk.ui.pengaturan.dialog import PengaturanDialog

        dlg = PengaturanDialog(self.desk, self)
        beri_nama(dlg, "pengaturanDialog", "Pengaturan")
        if tab:
            dlg.pilih_tab(tab)
        dlg.open()
        dlg.finished.connect(lambda _r: self._setelah_pengaturan())
        self._dialog_pengaturan = dlg
        return dlg

    def _setelah_pengaturan(self) -> None:
        self.setWindowTitle(f"{APP_NAME} - {self.desk.pengaturan.kantor().nama_kantor.title()}")
        for w in self._tab_widgets.values():
            if hasattr(w, "_isi_register"):
                w._isi_register()

    def ganti_sandi(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from bawang_desk.core.errors import BawangError

        lama, ok = QInputDialog.getText(
            self, "Ganti kata sandi", "Kata sandi lama:", QLineEdit.EchoMode.Password
        )
        if not ok:
            return
        baru, ok = QInputDialog.getText(
            self,
            "Ganti kata sandi",
            "Kata sandi baru (min. 8 karakter):",
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        ulang, ok = QInputDialog.getText(
            self, "Ganti kata sandi", "Ulangi kata sandi baru:", QLineEdit.EchoMode.Password
        )
        if not ok:
            return
        try:
            self.desk.pengguna.ganti_sandi_sendiri(lama, baru, ulang)
        except BawangError as e:
            QMessageBox.warning(self, "Ganti kata sandi", str(e))
            return
        QMessageBox.information(self, "Ganti kata sandi", "Kata sandi sudah diganti.")

    def periksa_basis_data(self) -> None:
        """Integrity, foreign keys, numbering and the audit chain, reported per check.

        A supervisor's check (``audit.periksa``); the full ``integrity_check`` reads every page,
        so it runs in a worker on its own connection and the window stays usable.
        """
        from bawang_desk.core import pemulihan

        desk = self.desk
        self.cekLabel.setText("Memeriksa basis data...")

        def job(progress):
            # the window's own desk, not a branch: the snapshot is copied in small steps
            # through its connection, so the counter's saves go on while the check runs
            return pemulihan.periksa_basis_data(desk, progress=progress)

        if desk.path is None:  # an in-memory desk has one connection: check it here
            from bawang_desk.core.errors import BawangError

            try:
                self._periksa_selesai(job(None))
            except BawangError as e:
                self._periksa_gagal(str(e))
            return
        pk = jalankan(self, job, selesai=self._periksa_selesai, gagal=self._periksa_gagal)
        self._pekerja = [p for p in self._pekerja if p.berjalan()] + [pk]

    def _periksa_selesai(self, laporan) -> None:
        self.hasil_periksa = laporan
        self.cekLabel.setText("Basis data utuh" if laporan.utuh else "Basis data bermasalah!")
        self.cekLabel.setStyleSheet("" if laporan.utuh else "color: #a40000; font-weight: bold;")
        if laporan.utuh:
            QMessageBox.information(self, "Periksa basis data", laporan.teks())
        else:
            QMessageBox.warning(self, "Periksa basis data", laporan.teks())

    def _periksa_gagal(self, pesan: str) -> None:
        self.hasil_periksa = pesan
        self.cekLabel.setText("Pemeriksaan tidak dijalankan")
        QMessageBox.warning(self, "Periksa basis data", pesan)

    # ------------------------------------------------------------------ backups

    def cadangkan_ke_flashdisk(self) -> QDialog:
        """The flashdisk dialog (non-blocking: it runs its copy in a worker)."""
        from bawang_desk.ui.cadangan.flashdisk_dialog import FlashdiskDialog

        dlg = FlashdiskDialog(self.desk, self)
        self._dialog_flashdisk = dlg
        dlg.open()
        return dlg

    def pulihkan_dari_cadangan(self) -> None:
        self._pemulih.jalankan()

    def lepas_desk(self) -> None:
        """Before the database file is replaced: stop every job of this window that reads it
        and take the tabs off the window.

        The tabs are only detached here (they may still have a queued refresh on the old desk,
        which must find it open); :meth:`ganti_desk` deletes them once the desk is replaced.
        """
        self.cadangan.hentikan()
        for pk in self._pekerja:
            pk.hentikan()
        self._pekerja.clear()
        for w in self._tab_widgets.values():
            if hasattr(w, "hentikan"):
                w.hentikan()
            w.setParent(None)
            self._tab_lama.append(w)
        self._tab_widgets.clear()

    def ganti_desk(self, desk: Desk) -> None:
        """Work on a reopened database (after a restore): the tabs are built again on it."""
        self.lepas_desk()
        for w in self._tab_lama:
            w.deleteLater()
        self._tab_lama.clear()
        self.desk = desk
        desk.saat_sibuk = self.tanya_coba_lagi
        self._pengamat.desk = desk
        self.setWindowTitle(f"{APP_NAME} - {desk.pengaturan.kantor().nama_kantor.title()}")
        self.dbLabel.setText(str(desk.path or ":memory:"))
        self.hasil_quick_check = None
        self.cekLabel.setStyleSheet("")
        self.cekLabel.setText("Memeriksa basis data...")
        self.cadangan.ganti_desk(desk)
        self._tab_aktif(self.tabs.currentIndex())
        QTimer.singleShot(0, self.mulai_quick_check)
        self.perbarui_sesi()
        self.desk_berganti.emit(desk)

    def minta_masuk(self, petunjuk: str) -> None:
        """Ask for a login on the current desk (after a restore that does not know the user);
        cancelling closes the window, since nobody may work without an account."""
        from bawang_desk.ui.pengaturan.login import LoginDialog

        dlg = LoginDialog(self.desk, self, petunjuk=petunjuk)
        beri_nama(dlg, "loginDialog", "Masuk")
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.perbarui_sesi()
        else:
            self.close()

    def tanya_coba_lagi(self, galat: Exception) -> bool:
        """A save could not get the database: say what is happening and offer to try again.

        Nothing is lost either way: the form keeps what was typed.
        """
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Basis data sedang dipakai", str(galat), parent=self
        )
        beri_nama(box, "sibukDialog", "Basis data sedang dipakai")
        coba = box.addButton("&Coba lagi", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("&Batal", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(coba)
        box.exec()
        return box.clickedButton() is coba

    def pintasan(self) -> None:
        baris = [
            f"Ctrl+{(i + 1) % 10}: tab {judul.replace('&', '')}"
            for i, (_n, judul, _f) in enumerate(TABS[:10])
        ]
        baris += [
            "Ctrl+N: catat surat masuk / konsep surat keluar / ambil nomor (di tab masing-masing)",
            "Ctrl+L: kunci layar",
            "Ctrl+Shift+U: ganti pengguna",
            "Ctrl+,: pengaturan",
            "F2: katalog SOP",
            "Ctrl+Q: keluar",
        ]
        QMessageBox.information(self, "Pintasan keyboard", "\n".join(baris))

    def teks_tentang(self) -> str:
        return (
            f"{APP_NAME} versi {__version__}\n"
            f"Aplikasi loket pelayanan {self.desk.pengaturan.kantor().nama_kantor.title()}, "
            "berjalan tanpa jaringan.\n\n"
            f"Basis data: {self.desk.path or ':memory:'}\n"
            f"Mode jurnal: {self.desk.journal.upper()}\n"
            f"Versi SQLite: {sqlite3.sqlite_version}"
        )

    def tentang(self) -> None:
        QMessageBox.about(self, f"Tentang {APP_NAME}", self.teks_tentang())

    # ------------------------------------------------------------------ background check

    def paintEvent(self, ev) -> None:
        super().paintEvent(ev)
        if not self._sudah_dilukis:
            self._sudah_dilukis = True
            for f in self._setelah_lukis:
                QTimer.singleShot(0, self, f)
            self._setelah_lukis.clear()

    def showEvent(self, ev) -> None:
        super().showEvent(ev)
        if not self._quick_dimulai:
            self._quick_dimulai = True
            QTimer.singleShot(0, self.mulai_quick_check)
            self.cadangan.mulai()

    #: The full check waits this long after the window appears, so the first minutes at the
    #: counter (the Beranda, the first search) do not share the disk with it.
    TUNDA_PERIKSA_MS = 3_000

    def mulai_quick_check(self) -> None:
        """Schedule the full check if it is due (daily, or after an unclean shutdown).

        It is never in front of the user and never runs twice: the check is the automatic
        backup's verification of its snapshot (``integrity_check`` and foreign keys on the
        copy), forced now instead of waiting for a change; when a good copy of today exists it
        does not run at all.
        """
        if self.desk.path is None:
            self.cekLabel.setText("Basis data di memori")
            self.hasil_quick_check = []
            return
        from bawang_desk.core import pemulihan

        kunci = self.desk._kunci
        alasan = pemulihan.pemeriksaan_penuh(
            self.desk.data_dir, self.desk.sekarang(), bool(kunci and kunci.tidak_bersih)
        )
        if not alasan:
            self._quick_selesai([])
            return
        self.cekLabel.setText("Pemeriksaan basis data dijadwalkan")
        self.cekLabel.setToolTip(alasan)

        def mulai() -> None:
            if not self.cadangan.cek(paksa=True):
                QTimer.singleShot(self.TUNDA_PERIKSA_MS, self, mulai)  # one still running
                return
            self.cekLabel.setText("Memeriksa basis data...")

        QTimer.singleShot(self.TUNDA_PERIKSA_MS, self, mulai)

    def _cadangan_selesai(self, hasil: object) -> None:
        if self.hasil_quick_check is None and hasil is not None:
            self._quick_selesai([])
        b = self._tab_widgets.get("berandaTab")
        if hasil is not None and b is not None and b.isVisible():
            b.muat()  # its backup card shows the new copy

    def _quick_selesai(self, masalah: list[str]) -> None:
        self.hasil_quick_check = masalah
        if masalah:
            self.cekLabel.setText("Basis data bermasalah!")
            self.cekLabel.setStyleSheet("color: #a40000; font-weight: bold;")
            QMessageBox.critical(
                self,
                "Basis data bermasalah",
                "Pemeriksaan basis data menemukan kerusakan:\n\n"
                + "\n".join(masalah[:10])
                + "\n\nCadangan yang lama tetap disimpan. Jangan tutup aplikasi dengan paksa. "
                "Hubungi Admin untuk memulihkan dari cadangan (menu Berkas).",
            )
        else:
            self.cekLabel.setText("Basis data utuh")

    # ------------------------------------------------------------------ geometry

    @staticmethod
    def pengaturan_jendela() -> QSettings:
        """Where the window's place on this PC is kept (per user, not in the database)."""
        return QSettings("Kecamatan Bawang", APP_NAME)

    def tampilkan(self) -> None:
        """Show the window where the user left it; the first time, maximized."""
        g = self.pengaturan_jendela().value("jendela/geometri")
        if isinstance(g, QByteArray) and not g.isEmpty() and self.restoreGeometry(g):
            self.show()
        else:
            self.showMaximized()

    def simpan_geometri(self) -> None:
        s = self.pengaturan_jendela()
        s.setValue("jendela/geometri", self.saveGeometry())
        s.sync()

    def closeEvent(self, ev: QCloseEvent) -> None:
        if self.isVisible():
            self.simpan_geometri()
        self.cadangan.hentikan()  # a running copy stops at its next step; no new one starts
        for pk in self._pekerja:
            pk.hentikan()
        for w in self._tab_widgets.values():
            if hasattr(w, "hentikan"):
                w.hentikan()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._pengamat)
            app.removeEventFilter(self._penjaga_judul)
        self._timer_diam.stop()
        super().closeEvent(ev)


def tampilkan_jendela(desk: Desk) -> MainWindow:
    w = MainWindow(desk)
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    w.tampilkan()
    return w
