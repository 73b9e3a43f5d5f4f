"""Starts the GUI: opens the desk, runs the first-run setup, logs in, shows the main window.

Each step opens its dialog without blocking and continues from the dialog's signal, so a test
can drive the very same start-up with qtbot, from the first screen onwards.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bawang_desk import APP_NAME
from bawang_desk.core.desk import Desk, Jam
from bawang_desk.core.errors import BawangError
from bawang_desk.ui.fonts import pasang_font_aplikasi
from bawang_desk.ui.main_window import MainWindow
from bawang_desk.ui.umum import beri_nama

PETUNJUK_DEMO = (
    "Data demo. Akun: operator, pengadministrasi, kasubbag, sekcam, camat, admin; "
    "kata sandi semuanya: demo"
)


def buat_qapplication(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Kecamatan Bawang")
    pasang_font_aplikasi(app)
    return app  # type: ignore[return-value]


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

    def buka_desk(self) -> bool:
        try:
            self.desk = Desk.open(self.db_path, jam=self.jam, journal=self.journal)
        except BawangError as e:
            QMessageBox.critical(None, f"{APP_NAME} tidak dapat dibuka", str(e))
            self.kode_keluar = 1
            return False
        return True

    def mulai(self) -> bool:
        """Open the desk and show the first dialog; False if the desk could not be opened."""
        if not self.buka_desk():
            return False
        assert self.desk is not None
        if self.desk.perlu_pengaturan_awal:
            from bawang_desk.ui.pengaturan_awal import PengaturanAwalDialog

            self.dialog_awal = PengaturanAwalDialog(self.desk)
            beri_nama(self.dialog_awal, "pengaturanAwalDialog", "Pengaturan awal")
            self.dialog_awal.accepted.connect(self._login)
            self.dialog_awal.rejected.connect(self._batal)
            self.dialog_awal.show()
        else:
            self._login()
        return True

    def _login(self) -> None:
        from bawang_desk.ui.login import LoginDialog

        assert self.desk is not None
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

    def _utama(self) -> None:
        assert self.desk is not None
        self.jendela = MainWindow(self.desk)
        self.jendela.show()

    def _batal(self) -> None:
        self.tutup()
        app = QApplication.instance()
        if app is not None:
            QTimer.singleShot(0, app.quit)

    def tutup(self) -> None:
        if self.jendela is not None:
            self.jendela.close()
            self.jendela = None
        if self.desk is not None:
            self.desk.close()
            self.desk = None


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
    app = buat_qapplication()
    try:
        desk = Desk.open(db_path, kunci=False)
    except BawangError as e:
        print(f"smoke: {e}", file=sys.stderr)
        return 1
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
    return kode or aplikasi.kode_keluar
