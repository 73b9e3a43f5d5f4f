"""Paper questionnaires typed from the keyboard in the Layanan tab, and the Laporan SKM dialog
opened from Kinerja: figures, the Sekcam's rencana, the PDF, the XLSX and the poster."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from bawang_desk.core.kinerja import Periode
from bawang_desk.core.skm import Jawaban
from bawang_desk.ui.kinerja.tab import KinerjaTab
from bawang_desk.ui.layanan.tab import LayananTab
from bawang_desk.ui.skm.kertas_dialog import KertasDialog
from bawang_desk.ui.skm.laporan_dialog import LaporanSKMDialog, ModelUnsur
from bawang_desk.ui.umum.pratinjau import PratinjauDialog
from tests.helpers import SANDI


def test_kuesioner_kertas_dari_papan_ketik(qtbot, desk):
    desk.masuk("operator", SANDI)
    tab = LayananTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    tab.perbarui_izin()
    assert tab.kertasSkmButton.isVisible()
    qtbot.mouseClick(tab.kertasSkmButton, Qt.MouseButton.LeftButton)
    dlg = tab._kertas
    assert isinstance(dlg, KertasDialog)
    qtbot.waitUntil(lambda: dlg.isVisible())
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    dlg.layananCombo.setCurrentIndex(dlg.layananCombo.findData("kk"))
    assert QApplication.focusWidget() is dlg.nilaiEdit
    # one sheet: nine digits, Tab, four digits, Tab, a saran, Enter
    qtbot.keyClicks(dlg.nilaiEdit, "434403432")
    assert "U5 (kosong)" in dlg.nilaiLabel.text() and "U1 Sangat sesuai" in dlg.nilaiLabel.text()
    qtbot.keyClick(dlg.nilaiEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "2335")
    assert "Usia: 30-39 tahun" in dlg.profilLabel.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Antrean tertib")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert "Lembar ke-1 tersimpan (Kartu Keluarga, November 2026)" in dlg.statusLabel.text()
    assert dlg.nilaiEdit.text() == "" and QApplication.focusWidget() is dlg.nilaiEdit
    # a short sheet is refused at its field; a sheet typed wrong is taken back with F9
    qtbot.keyClicks(dlg.nilaiEdit, "4444")
    qtbot.keyClick(dlg.nilaiEdit, Qt.Key.Key_Return)
    assert "Ketik 9 angka" in dlg.galatLabel.text()
    qtbot.keyClicks(dlg.nilaiEdit, "111111111")  # replaces the selected 4444
    qtbot.keyClick(dlg.nilaiEdit, Qt.Key.Key_Return)
    assert "Lembar ke-2" in dlg.statusLabel.text()
    qtbot.keyClick(dlg.nilaiEdit, Qt.Key.Key_F9)  # a shortcut clicks after the animation
    qtbot.waitUntil(lambda: "dibatalkan; 1 lembar" in dlg.statusLabel.text())
    qtbot.keyClicks(dlg.profilEdit, "9")
    qtbot.keyClicks(dlg.nilaiEdit, "333333333")
    qtbot.keyClick(dlg.nilaiEdit, Qt.Key.Key_Return)
    assert "Jenis kelamin: angka 1 sampai 2" in dlg.galatLabel.text()
    dlg.accept()
    desk.masuk("sekcam", SANDI)
    h = desk.skm.rekap(Periode.bulan(2026, 11), "kk")
    assert h.responden_kertas == 1 and h.indeks.unsur[4].terisi == 0
    assert h.saran == (("Kartu Keluarga", "Antrean tertib"),)


def test_laporan_skm_dari_kinerja(qtbot, qtmodeltester, desk, tmp_path, monkeypatch):
    desk.masuk("pengadministrasi", SANDI)
    for nilai in ((4,) * 9, (3, 3, 3, 3, 3, 3, 3, 2, 2)):
        desk.skm.simpan_kertas("skck", date(2026, 10, 5), Jawaban(nilai, {}, ""))
    desk.masuk("sekcam", SANDI)
    tab = KinerjaTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.skmButton.isVisible()
    qtbot.mouseClick(tab.skmButton, Qt.MouseButton.LeftButton)
    dlg = tab._skm
    assert isinstance(dlg, LaporanSKMDialog)
    dlg.jenisCombo.setCurrentIndex(dlg.jenisCombo.findData("semester"))
    dlg.semesterCombo.setCurrentIndex(1)
    assert dlg.periode().label == "Semester II 2026"
    qtbot.waitUntil(lambda: dlg.hasil is not None and dlg.hasil.periode.label == "Semester II 2026")
    assert dlg.hasil.indeks.konversi == Decimal("84.72")
    assert "IKM 84,72" in dlg.ringkasanLabel.text() and "mutu <b>B</b>" in dlg.ringkasanLabel.text()
    assert dlg.model.rowCount() == 9
    assert dlg.model.index(0, ModelUnsur.COL_NRR).data() == "3,500"
    assert dlg.model.index(8, ModelUnsur.COL_NAMA).data().endswith("(terendah)")
    qtmodeltester.check(dlg.model)
    # the rencana typed and printed: saved first, then in the PDF
    dlg.rencanaEdit.setPlainText("Membuka kanal pengaduan WhatsApp.")
    qtbot.mouseClick(dlg.cetakButton, Qt.MouseButton.LeftButton)
    assert desk.skm.rencana_tindak_lanjut(dlg.periode()) == "Membuka kanal pengaduan WhatsApp."
    pratinjau = dlg._pratinjau
    assert isinstance(pratinjau, PratinjauDialog) and pratinjau.doc.pageCount() >= 2
    assert pratinjau.path.name == "laporan-skm-2026-s2.pdf"
    pratinjau.close()
    qtbot.mouseClick(dlg.posterButton, Qt.MouseButton.LeftButton)
    assert (
        dlg._pratinjau.path.name == "poster-skm-2026-s2.pdf" and dlg._pratinjau.doc.pageCount() == 1
    )
    dlg._pratinjau.close()
    tujuan = tmp_path / "skm.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tujuan), ""))
    qtbot.mouseClick(dlg.eksporButton, Qt.MouseButton.LeftButton)
    assert load_workbook(tujuan).sheetnames[0] == "Unsur"
    # one service only
    dlg.layananCombo.setCurrentIndex(dlg.layananCombo.findData("kk"))
    qtbot.waitUntil(lambda: "Belum ada responden" in dlg.ringkasanLabel.text())
    dlg.accept()
    # the Camat reads, but the rencana is the Sekcam's
    desk.masuk("camat", SANDI)
    dlg = LaporanSKMDialog(desk)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.hasil is not None)
    assert dlg.rencanaEdit.isReadOnly() and not dlg.simpanRencanaButton.isEnabled()
