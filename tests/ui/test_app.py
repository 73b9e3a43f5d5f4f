"""The start-up an operator sees: first-run setup by keyboard, login, restart, settings kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from bawang_desk.core.errors import AksesDitolak
from bawang_desk.core.pengaturan import Umum
from bawang_desk.ui.app import Aplikasi
from tests.helpers import SANDI, siapkan

ADMIN_SANDI = "Sandi-Admin-2026"


def ketik(qtbot, teks: str) -> None:
    """Type into whatever has the keyboard focus, as an operator would."""
    w = QApplication.focusWidget()
    assert w is not None, "tidak ada widget yang fokus"
    qtbot.keyClicks(w, teks)


def tab(qtbot, n: int = 1) -> None:
    for _ in range(n):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def enter(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


@pytest.fixture
def aplikasi(qtbot, db_path, jam):
    apps: list[Aplikasi] = []

    def buat() -> Aplikasi:
        a = Aplikasi(db_path, jam=jam)
        apps.append(a)
        return a

    yield buat
    for a in apps:
        a.tutup()


def test_pengaturan_awal_dari_keyboard_lalu_masuk_dan_mulai_ulang(qtbot, aplikasi):
    app = aplikasi()
    assert app.mulai()
    # the start-up check runs first, in a worker; the setup follows when it is done
    qtbot.waitUntil(lambda: app.dialog_awal is not None)
    dlg = app.dialog_awal
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.kantor.ui.alamatEdit)

    # page 1: the kop lines are prefilled for Bawang; the office types its address
    ketik(qtbot, "Jl. Raya Bawang No. 1")
    tab(qtbot)
    ketik(qtbot, "(0286) 591234")
    tab(qtbot)
    ketik(qtbot, "5347")  # one digit short: refused at the field
    tab(qtbot)
    ketik(qtbot, "kec.bawang@banjarnegarakab.go.id")
    enter(qtbot)
    assert dlg.ui.halaman.currentIndex() == 0
    assert "5 angka" in dlg.ui.errorLabel.text()
    assert QApplication.focusWidget() is dlg.kantor.ui.kodePosEdit
    ketik(qtbot, "53471")  # the wrong text was selected, typing replaces it
    enter(qtbot)
    assert dlg.ui.halaman.currentIndex() == 1

    # page 2: Camat and Sekcam (name, golongan by typing, NIP)
    assert QApplication.focusWidget() is dlg.pejabat.ui.camatNamaEdit
    ketik(qtbot, "Drs. Anton Risdianto, M.Si.")
    tab(qtbot)
    ketik(qtbot, "IV/a")
    tab(qtbot)
    ketik(qtbot, "19750115 200003 1 002")
    tab(qtbot)
    ketik(qtbot, "Siti Nur'aini, S.Sos.")
    tab(qtbot)
    ketik(qtbot, "III/d")
    tab(qtbot)
    ketik(qtbot, "19801320 200501 2 003")  # month 13: impossible date
    enter(qtbot)
    assert dlg.ui.halaman.currentIndex() == 1
    assert "NIP Sekretaris Kecamatan" in dlg.ui.errorLabel.text()
    assert QApplication.focusWidget() is dlg.pejabat.ui.sekcamNipEdit
    ketik(qtbot, "19800320 200501 2 003")
    enter(qtbot)

    # page 3: defaults are fine
    assert dlg.ui.halaman.currentIndex() == 2
    enter(qtbot)

    # page 4: the first Admin
    assert dlg.ui.halaman.currentIndex() == 3
    ketik(qtbot, "Admin Kecamatan")
    tab(qtbot)
    ketik(qtbot, ADMIN_SANDI)
    tab(qtbot)
    ketik(qtbot, ADMIN_SANDI)
    enter(qtbot)

    # the new Admin is logged in at once (the password was just typed twice): no login
    qtbot.waitUntil(lambda: app.jendela is not None and app.jendela.isVisible())
    assert app.dialog_login is None
    assert "Admin Kecamatan" in app.jendela.penggunaLabel.text()
    app.tutup()

    # restart on the same file: no setup, the settings are there
    app2 = aplikasi()
    assert app2.mulai()
    qtbot.waitUntil(lambda: app2.dialog_login is not None)
    assert app2.dialog_awal is None
    login = app2.dialog_login
    qtbot.waitExposed(login)
    login.ui.usernameEdit.setText("admin")
    login.ui.passwordEdit.setText(ADMIN_SANDI)
    login.accept()
    qtbot.waitUntil(lambda: app2.jendela is not None)
    d = app2.desk
    assert d.pengaturan.kantor().alamat == "Jl. Raya Bawang No. 1"
    assert d.pengaturan.kantor().kode_pos == "53471"
    sek = d.pengaturan.pejabat("sekcam")
    assert (sek.nama, sek.golongan, sek.nip) == (
        "Siti Nur'aini, S.Sos.",
        "III/d",
        "198003202005012003",
    )
    dlg = app2.jendela.buka_pengaturan()
    assert dlg.pejabat.ui.camatNipEdit.text() == "19750115 200003 1 002"
    assert dlg.kantor.ui.emailEdit.text() == "kec.bawang@banjarnegarakab.go.id"
    dlg.close()


def test_operator_tidak_bisa_mengubah_pengaturan(qtbot, aplikasi, db_path):
    from bawang_desk.core.desk import Desk

    d = Desk.open(db_path)
    siapkan(d)
    d.close()
    app = aplikasi()
    app.mulai()
    qtbot.waitUntil(lambda: app.dialog_login is not None)
    login = app.dialog_login
    qtbot.keyClicks(login.ui.usernameEdit, "operator")
    qtbot.keyClicks(login.ui.passwordEdit, SANDI)
    qtbot.keyClick(login.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.jendela is not None)
    dlg = app.jendela.buka_pengaturan()
    save = dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert dlg.kantor.ui.alamatEdit.isReadOnly()
    assert not dlg.umum.ui.kertasCombo.isEnabled()
    assert "Hanya Admin atau Sekretaris Kecamatan" in dlg.ui.errorLabel.text()
    # going around the GUI does not help: the core refuses as well
    dlg.simpan()
    assert "tidak berwenang" in dlg.ui.errorLabel.text()
    with pytest.raises(AksesDitolak):
        app.desk.pengaturan.simpan(umum=Umum(kertas="A4"))
    assert app.desk.pengaturan.umum().kertas == "F4"
    dlg.close()


def test_login_tampil_sebelum_inti_dimuat(db_path):
    """The login paints before the core, the check or sqlite3 are even imported (issue 17):
    checked in a fresh interpreter, on the real start-up code."""
    import os
    import subprocess
    import sys

    from bawang_desk.core.desk import Desk

    Desk.open(db_path).close()
    kode = (
        "import sys\n"
        "from bawang_desk.ui.app import Aplikasi, buat_qapplication\n"
        "app = buat_qapplication([])\n"
        f"a = Aplikasi({str(db_path)!r})\n"
        "assert a.mulai()\n"
        "assert a.dialog_login is not None and a.dialog_login.isVisible()\n"
        "dimuat = sorted(m for m in ('bawang_desk.core.desk', 'bawang_desk.core.pemulihan',\n"
        "    'bawang_desk.core.storage', 'sqlite3', 'argon2', 'reportlab', 'openpyxl')\n"
        "    if m in sys.modules)\n"
        "print('DIMUAT', dimuat)\n"
        "a.tutup()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, env=env, timeout=60
    )
    assert r.returncode == 0, r.stderr
    assert "DIMUAT []" in r.stdout, r.stdout
