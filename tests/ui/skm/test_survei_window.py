"""The citizen's survey after "Serahkan", walked from the keyboard: an SKCK handed over in the
Layanan tab, the survey window opens, nine answers and the profile by digit keys, a saran, the
thank-you page closes it, and the month's IKM includes the answer while nothing in the
database links it to the applicant."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from bawang_desk.core.kinerja import Periode
from bawang_desk.ui.layanan.tab import LayananTab
from bawang_desk.ui.skm.survei_window import SurveiWindow
from tests.core.test_skm import semua_teks
from tests.helpers import SANDI, saat_dialog_muncul
from tests.ui.layanan.test_layanan_tab import NIK, siap_ttd, skck


@pytest.fixture
def tab(qtbot, desk):
    desk.masuk("operator", SANDI)
    t = LayananTab(desk)
    qtbot.addWidget(t)
    t.resize(1280, 720)
    t.show()
    t.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is t)
    return t


def siap_diserahkan(desk) -> int:
    a = siap_ttd(desk, skck())
    desk.masuk("sekcam", SANDI)
    desk.layanan.tandatangani(a.id, mode="an")
    desk.masuk("operator", SANDI)
    return a.id


def buka_survei(qtbot, tab, desk) -> SurveiWindow:
    pid = siap_diserahkan(desk)
    tab.muat(pilih=pid)
    tab.perbarui_izin()
    saat_dialog_muncul(QMessageBox, lambda b: b.findChild(QPushButton, "bukaSurveiButton").click())
    qtbot.mouseClick(tab.serahkanButton, Qt.MouseButton.LeftButton)
    assert desk.layanan.get(pid).status == "selesai"
    w = tab.survei
    assert isinstance(w, SurveiWindow)
    qtbot.waitUntil(lambda: w.isVisible())
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def tekan(qtbot, w, *kunci) -> None:
    for k in kunci:
        qtbot.keyClick(QApplication.focusWidget() or w, k)


def test_skck_diserahkan_survei_dari_papan_ketik(qtbot, tab, desk):
    conn = desk.conn
    w = buka_survei(qtbot, tab, desk)
    audit_awal = conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    assert w.isModal() and w.windowModality() == Qt.WindowModality.ApplicationModal
    assert w.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert w.isFullScreen()
    assert "Rekomendasi SKCK" in w.judulLabel.text()
    assert (
        w.halaman[0].tanyaLabel.text().startswith("Bagaimana pendapat Saudara tentang kesesuaian")
    )
    assert w.halaman[0].tombol[3].teksLabel.text() == "Sangat sesuai"
    assert w.halaman[0].tombol[3].accessibleName() == "4, Sangat sesuai"
    # the citizen's Escape and Alt+F4 do nothing
    tekan(qtbot, w, Qt.Key.Key_Escape)
    w.close()
    assert w.isVisible() and w.stack.currentIndex() == 0
    # nine answers: 4 3 4 4 3 4 4 3 then a mistake on U9, Backspace, and 2
    tekan(qtbot, w, *[getattr(Qt.Key, f"Key_{d}") for d in "43443443"])
    assert w.stack.currentIndex() == 8
    tekan(qtbot, w, Qt.Key.Key_1, Qt.Key.Key_Backspace)
    assert w.stack.currentIndex() == 8 and w.halaman[8].tombol[0].property("dipilih")
    tekan(qtbot, w, Qt.Key.Key_2)
    assert w.nilai == [4, 3, 4, 4, 3, 4, 4, 3, 2]
    # the profile: Perempuan, 30-39, SMA/SMK, Wirausaha; a 7 on a six-button page does nothing
    tekan(qtbot, w, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_7, Qt.Key.Key_3, Qt.Key.Key_5)
    assert w.profil == {
        "jenis_kelamin": "Perempuan",
        "usia": "30-39 tahun",
        "pendidikan": "SMA/SMK",
        "pekerjaan": "Wirausaha",
    }
    assert w.stack.currentIndex() == w.indeks_saran
    assert QApplication.focusWidget() is w.saranEdit
    qtbot.keyClicks(w.saranEdit, "Ruang tunggu panas, mohon kipas 2 buah.")
    # nothing is written until the end
    assert conn.execute("SELECT COUNT(*) FROM skm_responden").fetchone()[0] == 0
    qtbot.keyClick(w.saranEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentIndex() == w.indeks_terima_kasih
    assert (
        "Selesai, terima kasih"
        in w.stack.currentWidget().findChild(type(w.judulLabel), "terimaKasihLabel").text()
    )
    with qtbot.waitSignal(w.selesai) as sinyal:
        tekan(qtbot, w, Qt.Key.Key_Return)
    assert sinyal.args == [True]
    qtbot.waitUntil(lambda: not w.isVisible())
    # control is back at the counter; the survey wrote no audit row
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    assert conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == audit_awal

    # the month's IKM includes the answer
    desk.masuk("sekcam", SANDI)
    i = desk.skm.indeks_periode(Periode.bulan(2026, 11))
    assert i.responden == 1 and i.nilai == Fraction(31, 9)
    assert i.konversi == Decimal("86.11") and i.mutu.huruf == "B"
    h = desk.skm.rekap(Periode.bulan(2026, 11), "skck")
    assert h.saran == (("Rekomendasi SKCK", "Ruang tunggu panas, mohon kipas 2 buah."),)
    # nothing links it to the applicant: only the month and the service are stored
    for t, rows in semua_teks(conn):
        if t.startswith("skm_"):
            for r in rows:
                assert not {NIK, "Slamet Riyadi"} & {str(v) for v in r}
                assert all("2026-11-24" not in str(v) for v in r)
    assert conn.execute("SELECT DISTINCT bulan, layanan FROM skm_jawaban").fetchall() == [
        ("2026-11", "skck")
    ]


def test_batalkan_survei_tidak_menyimpan(qtbot, tab, desk):
    w = buka_survei(qtbot, tab, desk)
    tekan(qtbot, w, Qt.Key.Key_4, Qt.Key.Key_4)
    with qtbot.waitSignal(w.selesai) as sinyal:
        qtbot.mouseClick(w.batalButton, Qt.MouseButton.LeftButton)
    assert sinyal.args == [False]
    assert desk.conn.execute("SELECT COUNT(*) FROM skm_responden").fetchone()[0] == 0


def test_survei_ditinggal_menutup_sendiri(qtbot, desk):
    desk.masuk("operator", SANDI)
    pid = siap_diserahkan(desk)
    desk.layanan.serahkan(pid)
    w = SurveiWindow(desk, desk.skm.buka_survei(pid), diam_ms=200)
    qtbot.addWidget(w)
    w.tampilkan()
    with qtbot.waitSignal(w.selesai, timeout=3000) as sinyal:
        pass
    assert sinyal.args == [False] and not w.isVisible()


def test_tidak_ditawarkan_bila_pengaturan_mematikannya(qtbot, tab, desk):
    from bawang_desk.core.pengaturan import PengaturanSKM

    desk.masuk("sekcam", SANDI)
    desk.pengaturan.simpan_skm(PengaturanSKM(ditawarkan=False))
    pid = siap_diserahkan(desk)
    tab.muat(pilih=pid)
    tab.perbarui_izin()
    qtbot.mouseClick(tab.serahkanButton, Qt.MouseButton.LeftButton)  # no question, no window
    assert desk.layanan.get(pid).status == "selesai" and tab.survei is None
