"""Starts the GUI: checks and opens the desk, runs the first-run setup, logs in, shows the
main window.

Each step opens its dialog without blocking and continues from the dialog's signal, so a test
can drive the very same start-up with qtbot, from the first screen onwards.

Before the Desk opens the file, the start-up check (``core.pemulihan.periksa_saat_mulai``) runs
in a worker thread behind a small "Memeriksa basis data..." window: a damaged file is set aside
as ``*.damaged`` (never deleted) and the newest verified backup is offered; nothing more is
written until the user chooses "Pulihkan" (restore, then open) or "Keluar".

When the file is already there, the login dialog comes first: it paints before the check and
the opening run (behind it, while the user types), and before the core's modules are even
imported. Masuk waits for them; damage found by the check replaces the login with the check's
window, and a file without any account yet replaces it with the first-run setup.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from bawang_desk import APP_NAME
from bawang_desk.core.errors import BawangError
from bawang_desk.core.sumber import resources_dir
from bawang_desk.ui.umum.dasar import beri_nama
from bawang_desk.ui.umum.fonts import pasang_font_aplikasi
from bawang_desk.ui.umum.pekerja import Pekerja, jalankan, tunggu_semua

if TYPE_CHECKING:
    # the core's Desk and the check load in the worker, after the login has painted
    from bawang_desk.core import pemulihan
    from bawang_desk.core.desk import Desk, Jam
    from bawang_desk.ui.cadangan.pemeriksaan_awal import PemeriksaanAwalDialog
    from bawang_desk.ui.main_window import MainWindow

#: The start-up check's window appears only if the check is still running after this long.
TUNDA_DIALOG_PERIKSA_MS = 400
#: After the login dialog has painted, the main window's code loads while the password is typed.
MUAT_DULU_MS = 150

PETUNJUK_DEMO = (
    "Data demo. Akun: operator, pengadministrasi, kasubbag, sekcam, camat, admin; "
    "kata sandi semuanya: demo"
)


#: How long a background job's thread may keep the GIL before the window's thread gets it
#: (Python's default is 5 ms). A save on the window's thread hands the GIL back at every SQLite
#: call and waited up to that long to get it again each time beside a print or an export. At
#: 1 ms a save beside a 5,000-row print still took 20-35 ms (median) and the window stalled
#: 38-77 ms; at 0.2 ms 7-13 ms and 11-31 ms, with the print no slower (bench_latar, issue 17).
SELANG_GIL_S = 0.0002


#: Indonesian dates, month and day names and numbers ("1.234.567") in every widget.
LOKAL_INDONESIA = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
#: Qt's own texts in Indonesian (standard buttons, input, message, file and print dialogs),
#: written by ``tools/terjemahan_qt.py``: Qt ships no Indonesian translation of its own.
BERKAS_TERJEMAHAN = "terjemahan/qt_id.qm"


def pasang_bahasa(app: QApplication) -> QTranslator:
    """Make Indonesian the default locale and install the shipped translation of Qt's texts.

    Without it every QInputDialog, QMessageBox standard button and the print dialog said
    "OK / Cancel / Print" and the calendar "January / Mon" inside an Indonesian app. A missing
    translation file is a broken installation, so it raises instead of falling back to English.
    """
    QLocale.setDefault(LOKAL_INDONESIA)
    lama = getattr(app, "_bawang_penerjemah", None)
    if lama is not None:
        return lama
    penerjemah = QTranslator(app)
    path = resources_dir() / BERKAS_TERJEMAHAN
    if not penerjemah.load(str(path)):
        raise RuntimeError(f"Terjemahan Qt tidak dapat dimuat: {path}")
    app.installTranslator(penerjemah)
    app._bawang_penerjemah = penerjemah  # type: ignore[attr-defined]
    return penerjemah


def buat_qapplication(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(SELANG_GIL_S)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Kecamatan Bawang")
    pasang_bahasa(app)  # type: ignore[arg-type]
    pasang_font_aplikasi(app)
    return app  # type: ignore[return-value]


def _bekukan() -> None:
    """Move what start-up made (modules, classes, the window) out of the garbage collector's
    sight (``gc.freeze``): a full collection then takes ~45 ms instead of ~300 ms, and a full
    collection triggered by a background print or export stops the window for its length."""
    import gc

    gc.freeze()


class Aplikasi(QObject):
    """The start-up sequence of one run of the app."""

    def __init__(
        self,
        db_path: Path | str | None = None,
        *,
        jam: Jam | None = None,
        petunjuk_login: str | None = None,
        journal: str = "auto",
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.jam = jam
        self.journal = journal
        self.petunjuk_login = petunjuk_login
        self.desk: Desk | None = None
        self.dialog_awal = None  # PengaturanAwalDialog, imported when needed
        self.dialog_login = None  # LoginDialog
        self.jendela: MainWindow | None = None
        self.kode_keluar = 0
        self.dialog_periksa: PemeriksaanAwalDialog | None = None
        self.hasil_periksa: pemulihan.HasilPemeriksaan | None = None
        self.hasil_pulih: pemulihan.HasilPulih | None = None
        self._pekerja: Pekerja | None = None
        #: the user left (Batal, Keluar): a check still finishing opens nothing more
        self._berakhir = False

    def buka_desk(self) -> bool:
        from bawang_desk.core.desk import Desk

        try:
            self.desk = Desk.open(self.db_path, jam=self.jam, journal=self.journal)
        except BawangError as e:
            QMessageBox.critical(None, f"{APP_NAME} tidak dapat dibuka", str(e))
            self.kode_keluar = 1
            return False
        return True

    def _path(self) -> Path | None:
        """The file to check, or None for an in-memory database (nothing to check)."""
        if self.db_path is not None and str(self.db_path) == ":memory:":
            return None
        if self.db_path is not None:
            p = Path(self.db_path)
        else:
            from bawang_desk.core import storage  # sqlite3 and friends: not before the login

            p = storage.default_db_path()
        return p.absolute()

    def mulai(self) -> bool:
        """Start the start-up check in a worker behind "Memeriksa basis data..."; the desk
        opens when it is done. Returns False only when nothing could be started."""
        path = self._path()
        if path is None:
            return self._buka_dan_lanjut()
        if path.is_file() and path.stat().st_size > 0:
            # an office that is set up: the login first, the check once it has painted
            self._login()
            assert self.dialog_login is not None
            _SetelahLukis(self.dialog_login, lambda: self._periksa(path))
            return True
        # the check reads the header and the schema: usually done before a window could even
        # appear; "Memeriksa basis data..." shows only when it takes longer than this
        QTimer.singleShot(TUNDA_DIALOG_PERIKSA_MS, self, self._tampilkan_memeriksa)
        self._periksa(path)
        return True

    def _periksa(self, path: Path) -> None:
        if self._berakhir:
            return
        sekarang = self.jam() if self.jam else None

        def job(_progress) -> pemulihan.HasilPemeriksaan:
            from bawang_desk.core import pemulihan
            from bawang_desk.core.desk import Desk  # noqa: F401  (loaded here, not on the GUI)

            path.parent.mkdir(parents=True, exist_ok=True)
            return pemulihan.periksa_saat_mulai(path, sekarang=sekarang)

        self._jalankan(job, self._hasil_periksa)

    def _dialog(self) -> PemeriksaanAwalDialog:
        """The check's window, made only when it is shown (its widgets cost a tenth of a
        second to load, which a sound database never needs)."""
        if self.dialog_periksa is None:
            from bawang_desk.ui.cadangan.pemeriksaan_awal import PemeriksaanAwalDialog

            d = self.dialog_periksa = PemeriksaanAwalDialog()
            d.pulihkan_diminta.connect(self._pulihkan)
            d.lanjut_diminta.connect(self._lanjut_setelah_periksa)
            d.keluar_diminta.connect(self._keluar_setelah_periksa)
        return self.dialog_periksa

    def _tampilkan_memeriksa(self) -> None:
        if self.hasil_periksa is None and self._pekerja is not None:
            self._dialog().show()

    def _jalankan(self, job, selesai) -> None:
        self._pekerja = jalankan(self, job, selesai=selesai, gagal=self._periksa_gagal)

    def _lepas_pekerja(self) -> None:
        pk, self._pekerja = self._pekerja, None
        if pk is not None:
            pk.thread.wait(10_000)

    def _hasil_periksa(self, hasil: pemulihan.HasilPemeriksaan) -> None:
        from bawang_desk.core import pemulihan

        self._lepas_pekerja()
        if self._berakhir:  # the login was cancelled while the check ran behind it
            return
        self.hasil_periksa = hasil
        if hasil.keadaan in (pemulihan.BAIK, pemulihan.BARU):
            self._tutup_dialog_periksa()
            self._buka_dan_lanjut()
            return
        # damage (or a foreign -wal set aside): the check's window takes the login's place,
        # says so and waits for the user's choice
        self._tutup_login()
        self._dialog().show()
        self.dialog_periksa.tampilkan_hasil(hasil)
        self.dialog_periksa.raise_()
        self.dialog_periksa.activateWindow()

    def _periksa_gagal(self, pesan: str) -> None:
        """The check itself could not run (the file is held by another copy of the app)."""
        self._lepas_pekerja()
        self._tutup_login()
        self._tutup_dialog_periksa()
        QMessageBox.critical(None, f"{APP_NAME} tidak dapat dibuka", pesan)
        self.kode_keluar = 1
        self._batal()

    def _pulihkan(self) -> None:
        from bawang_desk.core import pemulihan

        hasil = self.hasil_periksa
        path = self._path()
        if hasil is None or hasil.cadangan is None or path is None:
            return
        assert self.dialog_periksa is not None
        self.dialog_periksa.tampilkan_memulihkan()
        c = hasil.cadangan
        sekarang = self.jam() if self.jam else None

        def job(_progress) -> object:
            try:
                return pemulihan.pulihkan(c, path, sekarang=sekarang)
            except BawangError as e:
                return e

        self._pekerja = jalankan(
            self, job, selesai=self._pulih_selesai, gagal=self._pulih_gagal_tak_terduga
        )

    def _pulih_selesai(self, hasil: object) -> None:
        from bawang_desk.core import pemulihan

        self._lepas_pekerja()
        if isinstance(hasil, BawangError):
            assert self.dialog_periksa is not None
            self.dialog_periksa.tampilkan_galat(str(hasil))
            return
        self.hasil_pulih = hasil
        if isinstance(hasil, pemulihan.HasilPulih) and hasil.hilang:
            # the login says it: the numbers issued after the backup stay taken, as lost
            self.petunjuk_login = (
                "Basis data dipulihkan dari cadangan. Nomor yang ditandai HILANG (lihat Buku "
                "Nomor): " + "; ".join(r.teks() for r in hasil.hilang) + "."
            )
        self._tutup_dialog_periksa()
        self._buka_dan_lanjut()

    def _pulih_gagal_tak_terduga(self, pesan: str) -> None:
        self._lepas_pekerja()
        if self.dialog_periksa is not None:
            self.dialog_periksa.tampilkan_galat(pesan)

    def _lanjut_setelah_periksa(self) -> None:
        self._tutup_dialog_periksa()
        self._buka_dan_lanjut()

    def _keluar_setelah_periksa(self) -> None:
        rusak = self.hasil_periksa is not None and self.hasil_periksa.rusak
        self._tutup_dialog_periksa()
        self.kode_keluar = 1 if rusak else 0
        self._batal()

    def _tutup_login(self) -> None:
        """Close a login shown before the check: the check's window or the setup replaces it."""
        if self.dialog_login is not None:
            d, self.dialog_login = self.dialog_login, None
            d.blockSignals(True)  # its rejected() would quit the app
            d.close()
            d.deleteLater()

    def _tutup_dialog_periksa(self) -> None:
        if self.dialog_periksa is not None:
            self.dialog_periksa.tutup()
            self.dialog_periksa = None

    def _buka_dan_lanjut(self) -> bool:
        """Open the desk and show the first dialog; False (and exit) if it cannot be opened."""
        if not self.buka_desk():
            if self._path() is not None:  # started from the check: leave the event loop
                self._batal()
            return False
        assert self.desk is not None
        if self.desk.perlu_pengaturan_awal:
            from bawang_desk.ui.pengaturan.awal import PengaturanAwalDialog

            self._tutup_login()  # a file without any account yet: the setup comes first

            self.dialog_awal = PengaturanAwalDialog(self.desk)
            beri_nama(self.dialog_awal, "pengaturanAwalDialog", "Pengaturan awal")
            self.dialog_awal.accepted.connect(self._login)
            self.dialog_awal.rejected.connect(self._batal)
            self.dialog_awal.show()
        else:
            self._login()
        return True

    def _login(self) -> None:
        from bawang_desk.ui.pengaturan.login import LoginDialog

        if self.dialog_login is not None and self.desk is not None:
            # shown before the desk was open: it gets the desk now (and logs in if Masuk waits)
            self.dialog_login.pasang_desk(self.desk)
            return
        if (
            self.desk is not None
            and self.dialog_awal is not None
            and self.dialog_awal.admin_dibuat is not None
            and self.desk.pengguna_aktif is not None
        ):
            # the wizard logged the new Admin in: straight to the window
            self._utama()
            return
        petunjuk = self.petunjuk_login
        if self.dialog_awal is not None and self.dialog_awal.admin_dibuat is not None:
            petunjuk = "Pengaturan awal tersimpan. Masuk dengan akun Admin yang baru dibuat."
        self.dialog_login = LoginDialog(self.desk, petunjuk=petunjuk)
        beri_nama(self.dialog_login, "loginDialog", "Masuk")
        if self.dialog_awal is not None and self.dialog_awal.admin_dibuat is not None:
            self.dialog_login.ui.usernameEdit.setText(self.dialog_awal.admin_dibuat.username)
            self.dialog_login.ui.passwordEdit.setFocus()
        self.dialog_login.accepted.connect(self._utama)
        self.dialog_login.rejected.connect(self._batal)
        self.dialog_login.show()
        QTimer.singleShot(MUAT_DULU_MS, self, self._muat_dulu)

    def _muat_dulu(self) -> None:
        """While the user types the password: load the main window's code (it is not needed
        for the login dialog, so it no longer stands between the launch and the login)."""
        import bawang_desk.ui.main_window  # noqa: F401

        _bekukan()

    def _utama(self) -> None:
        from bawang_desk.ui.main_window import MainWindow

        assert self.desk is not None
        self.jendela = MainWindow(self.desk)
        QTimer.singleShot(0, self, _bekukan)
        self.jendela.desk_berganti.connect(self._desk_berganti)
        self.jendela.tampilkan()

    def _desk_berganti(self, desk: Desk) -> None:
        """The window restored a backup and reopened the database: that desk is ours now."""
        self.desk = desk

    def _batal(self) -> None:
        self._berakhir = True
        self.tutup()
        app = QApplication.instance()
        if app is not None:
            QTimer.singleShot(0, app.quit)

    def tutup(self) -> None:
        self._lepas_pekerja()
        self._tutup_dialog_periksa()
        if self.jendela is None:
            self._tutup_login()
        if self.jendela is not None:
            self.jendela.close()
            self.jendela = None
        if self.desk is not None:
            self.desk.close()
            self.desk = None


class _SetelahLukis(QObject):
    """Call ``lalu`` once, right after ``w`` has painted for the first time (or after
    ``batas_ms`` if it never paints, as on a hidden test screen)."""

    def __init__(self, w: QObject, lalu, batas_ms: int = 500) -> None:
        super().__init__(w)
        self._lalu = lalu
        w.installEventFilter(self)
        QTimer.singleShot(batas_ms, self, self._jalan)

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._jalan)
        return False

    def _jalan(self) -> None:
        lalu, self._lalu = self._lalu, None
        if lalu is not None:
            self.parent().removeEventFilter(self)
            lalu()


class _TungguLukis(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.dilukis = False

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.Paint and not self.dilukis:
            self.dilukis = True
            QTimer.singleShot(0, QApplication.quit)
        return False


def jalankan_smoke(db_path: Path | str | None, batas_ms: int = 30_000) -> int:
    """Open the main window on ``db_path``, wait for its first paint, and exit 0.

    For CI and the frozen build: it proves that Qt, the fonts, the resources and the database
    all load, without a login (no action is taken).
    """
    from bawang_desk.core.desk import Desk

    app = buat_qapplication()
    try:
        desk = Desk.open(db_path, kunci=False)
    except BawangError as e:
        print(f"smoke: {e}", file=sys.stderr)
        return 1
    from bawang_desk.ui.main_window import MainWindow

    try:
        w = MainWindow(desk)
        tunggu = _TungguLukis()
        w.installEventFilter(tunggu)
        w.show()
        QTimer.singleShot(batas_ms, app.quit)
        app.exec()
        w.close()
        if not tunggu.dilukis:
            print("smoke: jendela utama tidak tergambar dalam batas waktu", file=sys.stderr)
            return 1
        return 0
    finally:
        desk.close()


def jalankan_gui(
    db_path: Path | str | None, *, petunjuk_login: str | None = None, journal: str = "auto"
) -> int:
    app = buat_qapplication()
    aplikasi = Aplikasi(db_path, petunjuk_login=petunjuk_login, journal=journal)
    if not aplikasi.mulai():
        return aplikasi.kode_keluar
    kode = app.exec()
    aplikasi.tutup()
    tunggu_semua()  # a job still running when the last window closed ends before Qt does
    return kode or aplikasi.kode_keluar
