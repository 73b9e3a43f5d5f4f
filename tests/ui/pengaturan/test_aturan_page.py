"""Pengaturan > Aturan berlaku: the dated rules read-only beside the SOP catalog, every version
with its legal basis and dates, the one in force on the desk's date marked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bawang_desk.ui.pengaturan.dialog import PengaturanDialog
from tests.helpers import SANDI


def test_aturan_berlaku_terlihat_dengan_dasar_hukum(qtbot, desk):
    desk.masuk("kasubbag", SANDI)  # read-only users see the rules too
    dlg = PengaturanDialog(desk)
    qtbot.addWidget(dlg)
    tabs = [dlg.ui.tabs.tabText(i) for i in range(dlg.ui.tabs.count())]
    assert tabs.index("Aturan &berlaku") == tabs.index("Katalog &SOP") + 1
    dlg.pilih_tab("aturan")
    assert dlg.ui.tabs.currentWidget() is dlg.aturan
    daftar = dlg.aturan.daftar
    judul = [daftar.item(i).text() for i in range(daftar.count())]
    assert "Kepegawaian: Periode kenaikan pangkat (TMT KP)" in judul
    daftar.setFocus()
    while not daftar.currentItem().text().endswith("Periode kenaikan pangkat (TMT KP)"):
        qtbot.keyClick(daftar, Qt.Key.Key_Down)
    teks = dlg.aturan.detail.toPlainText()
    assert "PP 99/2000" in teks and "Peraturan BKN Nomor 4 Tahun 2023" in teks
    assert "1 Januari 2024" in teks and "30 September 2025" in teks
    # the desk's date is 24 November 2026: the monthly rule is the one in force
    baris = [b for b in teks.splitlines() if "(berlaku sekarang)" in b]
    assert baris == ["1 Oktober 2025 (berlaku sekarang)"]
    assert dlg.aturan.detail.isReadOnly()
    qtbot.keyClick(daftar, Qt.Key.Key_Down)
    assert daftar.currentItem().text() == "Kepegawaian: Syarat kenaikan pangkat reguler"
    teks = dlg.aturan.detail.toPlainText()
    assert "Peraturan BKN Nomor 2 Tahun 2025" in teks and "20 Mei 2025" in teks
    assert "atasan langsung: informasi" in teks


def test_katalog_sop_003_menyebut_aturan_yang_berubah(qtbot, desk):
    """SOP 003 (2022) still says 1 April/1 October and "tidak melampaui pangkat atasan
    langsung"; its page names the rules in force now, with their basis."""
    desk.masuk("kasubbag", SANDI)
    dlg = PengaturanDialog(desk)
    qtbot.addWidget(dlg)
    k = dlg.katalog
    i = next(i for i in range(k.daftar.count()) if "KP & KGB" in k.daftar.item(i).text())
    k.daftar.setCurrentRow(i)
    teks = k.detail.toPlainText()
    assert "Tidak melampaui pangkat atasan langsungnya." in teks  # the SOP's own text stays
    assert "Aturan yang berubah sejak SOP ini disahkan" in teks
    assert "Setiap tanggal 1 tiap bulan" in teks and "Peraturan BKN Nomor 4 Tahun 2025" in teks
    assert "Peraturan BKN Nomor 2 Tahun 2025" in teks
    k.daftar.setCurrentRow(0)  # another SOP: no such note
    assert "Aturan yang berubah" not in k.detail.toPlainText()
