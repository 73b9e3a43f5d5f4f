"""Main window: tabs, menus, status bar, the background quick_check and the idle lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bawang_desk.ui.main_window import TABS, MainWindow
from bawang_desk.ui.pengaturan.katalog import KatalogWidget
from bawang_desk.ui.pengaturan.login import LoginDialog
from tests.helpers import SANDI


def test_jendela_utama_tab_menu_dan_status(qtbot, desk):
    desk.masuk("camat", SANDI)
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.show()
    assert w.tabs.count() == len(TABS)
    menus = [a.text().replace("&", "") for a in w.menuBar().actions()]
    assert menus == ["Berkas", "Pengaturan", "Bantuan"]
    assert "Camat" in w.penggunaLabel.text()
    assert str(desk.path) in w.dbLabel.text()
    qtbot.waitUntil(lambda: w.hasil_quick_check is not None, timeout=10_000)
    assert w.hasil_quick_check == []
    assert w.cekLabel.text() == "Basis data utuh"
    teks = w.teks_tentang()
    assert "0.1.0" in teks and str(desk.path) in teks and "SQLite" in teks
    w.close()


def test_kunci_layar_setelah_diam(qtbot, desk, jam):
    desk.masuk("operator", SANDI)
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.show()
    jam.maju(minutes=11)
    terlihat = []

    def buka():
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, LoginDialog) and dlg.buka_kunci
        assert "karena tidak ada kegiatan" in dlg.ui.petunjukLabel.text()
        terlihat.append(w.centralWidget().isVisible())
        dlg.ui.passwordEdit.setText(SANDI)
        dlg.accept()

    QTimer.singleShot(50, buka)
    w.cek_diam()
    assert terlihat == [False]  # the work was hidden while locked
    assert not desk.terkunci and w.centralWidget().isVisible()
    w.close()


def test_layar_terkunci_menolak_setelah_lima_salah(qtbot, desk, jam):
    """Issue 13.7 through the lock dialog: five wrong passwords lock the account, and then the
    right one is refused with the lockout's own words instead of opening the screen."""
    from PySide6.QtWidgets import QDialogButtonBox

    desk.masuk("operator", SANDI)
    jam.maju(minutes=11)
    assert desk.terkunci
    dlg = LoginDialog(desk, None, buka_kunci=True)
    qtbot.addWidget(dlg)
    dlg.show()
    ok = dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    for _ in range(5):
        qtbot.keyClicks(dlg.ui.passwordEdit, "salah-salah")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dlg.ui.passwordEdit, SANDI)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and desk.terkunci
    assert "dikunci sementara" in dlg.ui.errorLabel.text()
    assert dlg.ui.passwordEdit.text() == ""
    dlg.close()


def test_ctrl_l_mengunci_tanpa_menyebut_diam(qtbot, desk):
    """Ctrl+L is the user's own lock: the dialog says "Layar dikunci", not "no activity"."""
    from tests.helpers import saat_dialog_muncul

    desk.masuk("operator", SANDI)
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    teks: list[str] = []

    def buka(dlg: LoginDialog) -> None:
        teks.append(dlg.ui.petunjukLabel.text())
        dlg.ui.passwordEdit.setText(SANDI)
        dlg.accept()

    h = saat_dialog_muncul(LoginDialog, buka)
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(teks))
    assert h and teks[0].startswith("Layar dikunci. ") and "kegiatan" not in teks[0]
    assert not desk.terkunci
    w.close()


def test_katalog_sop_terlihat(qtbot):
    k = KatalogWidget()
    qtbot.addWidget(k)
    assert k.daftar.count() == 11
    k.daftar.setCurrentRow(3)  # pindah
    html = k.detail.toPlainText()
    assert "Kecamatan Bawang" in html and "Pandanarum" not in html
    assert "10 menit" in html


def test_periksa_basis_data_dari_menu(qtbot, desk, monkeypatch):
    desk.masuk("sekcam", SANDI)
    w = MainWindow(desk)
    qtbot.addWidget(w)
    pesan = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _j, t: pesan.append(t))
    assert w.aksiPeriksa.isEnabled()
    w.periksa_basis_data()  # runs in a worker: the window stays usable
    qtbot.waitUntil(lambda: bool(pesan), timeout=10_000)
    assert "Basis data utuh" in pesan[0]
    for baris in ("Integritas berkas: baik", "Kunci asing: baik", "Rantai audit: baik"):
        assert baris in pesan[0]
    assert desk.verify_audit().hash_terakhir in pesan[0]
    w.close()


def test_periksa_basis_data_hanya_peran_berwenang(qtbot, desk, monkeypatch):
    """audit.periksa: the menu item is off for an operator, and the core refuses anyway."""
    desk.masuk("operator", SANDI)
    w = MainWindow(desk)
    qtbot.addWidget(w)
    assert not w.aksiPeriksa.isEnabled()
    pesan = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _j, t: pesan.append(t))
    w.periksa_basis_data()
    qtbot.waitUntil(lambda: bool(pesan), timeout=10_000)
    assert "tidak berwenang" in pesan[0]
    w.close()


def _huruf_alt(teks: str) -> str | None:
    import re

    m = re.search(r"&([^&])", teks.replace("&&", ""))
    return m.group(1).lower() if m else None


@pytest.mark.parametrize("peran", ["operator", "sekcam", "kasubbag"])
def test_huruf_alt_tidak_bentrok_di_setiap_tab(qtbot, desk, peran):
    """An Alt letter used twice in one window only moves the focus between its owners, so on
    every tab and every page of its sub-tabs (Alt+B on Penjagaan KGB opened the Berkas menu, not
    "Buat usulan") the visible buttons, labels, group boxes, sub-tabs and the menus each own
    theirs."""
    from PySide6.QtWidgets import QTabWidget

    def halaman(t):
        """Every page a user can bring up in ``t``: each sub-tab of each tab widget in turn."""
        yield ""
        for tw in t.findChildren(QTabWidget):
            if not tw.isVisible():
                continue
            awal = tw.currentIndex()
            for i in range(tw.count()):
                tw.setCurrentIndex(i)
                QApplication.processEvents()
                yield f" / {tw.tabText(i)}"
            tw.setCurrentIndex(awal)

    desk.masuk(peran, SANDI)
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    menu = [(_huruf_alt(a.text()), f"menu {a.text()}") for a in w.menuBar().actions()]
    bentrok = {}
    for nama, _judul, _spec in TABS:
        t = w.tampilkan_tab(nama)
        QApplication.processEvents()
        for sub in halaman(t):
            dua = _alt_ganda(w, t, menu)
            if dua:
                bentrok[nama + sub] = dua
    assert bentrok == {}


def _alt_ganda(w, t, menu) -> dict:
    """The Alt letters owned twice on the page of ``t`` now shown, with their owners."""
    from collections import defaultdict

    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar

    milik = defaultdict(list)
    for h, asal in menu:
        milik[h].append(asal)
    for i in range(w.tabs.count()):
        milik[_huruf_alt(w.tabs.tabText(i))].append(f"tab {w.tabs.tabText(i)}")
    for x in t.findChildren(QAbstractButton) + t.findChildren(QLabel):
        if x.isVisible():
            milik[_huruf_alt(x.text())].append(x.text())
    for g in t.findChildren(QGroupBox):
        if g.isVisible():
            milik[_huruf_alt(g.title())].append(g.title())
    for tb in t.findChildren(QTabBar):
        if tb.isVisible():
            for i in range(tb.count()):
                milik[_huruf_alt(tb.tabText(i))].append(tb.tabText(i))
    milik.pop(None, None)
    return {h: v for h, v in milik.items() if len(v) > 1}


def test_ctrl_angka_membuka_tab(qtbot, desk):
    desk.masuk("sekcam", SANDI)
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentWidget() is w._wadah[TABS[2][0]]
    qtbot.keyClick(w, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentWidget() is w._wadah[TABS[9][0]] and TABS[9][0] == "penomoranTab"


def test_simpan_yang_tertahan_menawarkan_coba_lagi(qtbot, desk, db_path):
    import sqlite3

    from tests.helpers import saat_dialog_muncul

    desk.masuk("sekcam", SANDI)
    w = MainWindow(desk)
    qtbot.addWidget(w)
    lain = sqlite3.connect(db_path, isolation_level=None)
    lain.execute("BEGIN IMMEDIATE")
    desk.conn.execute("PRAGMA busy_timeout=50")
    teks: list[str] = []

    def jawab(box) -> None:
        teks.append(box.text())
        lain.execute("ROLLBACK")
        tombol = next(b for b in box.buttons() if "Coba lagi" in b.text())
        tombol.click()

    saat_dialog_muncul(QMessageBox, jawab)
    try:
        n = desk.penomoran.ambil("skck", desk.sekarang().date(), "tertahan lalu tersimpan")
    finally:
        lain.close()
    assert teks and "sedang dipakai" in teks[0] and "locked" not in teks[0]
    assert n.nomor >= 1
    w.close()
