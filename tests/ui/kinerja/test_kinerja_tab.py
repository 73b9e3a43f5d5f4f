"""The Kinerja tab: a month computed in the worker thread, the table and chart filled, the report
printed to the preview and exported to XLSX."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from bawang_desk.ui.kinerja.tab import KinerjaTab, ModelKinerja
from bawang_desk.ui.umum.pratinjau import PratinjauDialog
from tests.core.test_kinerja import isi_bulan
from tests.helpers import SANDI


def test_hitung_cetak_dan_ekspor(qtbot, qtmodeltester, desk, tmp_path, monkeypatch):
    isi_bulan(desk)
    desk.masuk("sekcam", SANDI)
    tab = KinerjaTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.cetakButton.isEnabled() and not tab.eksporButton.isEnabled()
    tab.jenisCombo.setCurrentIndex(tab.jenisCombo.findData("bulan"))
    tab.bulanCombo.setCurrentIndex(9)  # Oktober
    tab.tahunSpin.setValue(2026)
    qtbot.mouseClick(tab.hitungButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.laporan is not None, timeout=30000)
    assert "Oktober 2026" in tab.statusLabel.text()
    lap = tab.laporan
    assert tab.model.rowCount() == sum(1 + len(s.langkah) for s in lap.sop)
    assert tab.model.index(0, ModelKinerja.COL_LANGKAH).data() == "Utuh"
    assert tab.model.index(0, ModelKinerja.COL_TERUKUR).data() == str(lap.sop[0].total.n)
    qtmodeltester.check(tab.model)
    assert len(tab.grafik.data) == len(lap.sop)
    assert "dari standar" in tab.grafik.accessibleDescription()
    tab.grafik.grab()  # paints without error
    tab.table.sortByColumn(ModelKinerja.COL_MEDIAN, Qt.SortOrder.DescendingOrder)

    qtbot.mouseClick(tab.cetakButton, Qt.MouseButton.LeftButton)
    pratinjau = tab._pratinjau
    assert isinstance(pratinjau, PratinjauDialog) and pratinjau.doc.pageCount() >= 3
    assert pratinjau.path.name == "laporan-kinerja-2026-10.pdf"
    pratinjau.close()

    tujuan = tmp_path / "kinerja.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tujuan), ""))
    qtbot.mouseClick(tab.eksporButton, Qt.MouseButton.LeftButton)
    assert load_workbook(tujuan).sheetnames == ["Ringkasan", "Langkah", "Pelaksana"]
    assert str(tujuan) in tab.statusLabel.text()

    # a whole year, and a user without the right gets a message, not a crash
    tab.jenisCombo.setCurrentIndex(tab.jenisCombo.findData("tahun"))
    assert not tab.bulanCombo.isEnabled()
    assert tab.periode().label == "Tahun 2026"
    desk.masuk("operator", SANDI)
    qtbot.mouseClick(tab.hitungButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.statusLabel.text().startswith("Gagal"), timeout=30000)
    assert "tidak berwenang" in tab.statusLabel.text()
    assert "kinerja.lihat" not in tab.statusLabel.text()
    assert not tab.hitungButton.isEnabled()  # the new user's role: Hitung is not offered
    assert tab.hitungButton.toolTip().startswith("Hanya ")
    assert Path(tab.laporan.periode.label) == Path("Oktober 2026")  # the old figures stay


def test_hitung_dinonaktifkan_dengan_keterangan_untuk_peran_lain(qtbot, desk):
    """Issue 12.5: Hitung is not offered to a role that may not read kinerja, and the screen
    says why in a sentence, never with a permission key like "(kinerja.lihat)"."""
    desk.masuk("pengadministrasi", SANDI)
    tab = KinerjaTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.hitungButton.isEnabled()
    tip = tab.hitungButton.toolTip()
    assert tip.startswith("Hanya Kasubbag Umum dan Kepegawaian, Sekretaris Kecamatan atau Camat")
    assert tab.statusLabel.text() == (
        "Peran Pengadministrasi Umum tidak berwenang melihat laporan kinerja."
    )
    for teks in (tip, tab.statusLabel.text()):
        assert "kinerja.lihat" not in teks and "(" not in teks
    desk.masuk("kasubbag", SANDI)
    tab.perbarui_izin()
    assert tab.hitungButton.isEnabled() and "Hanya" not in tab.hitungButton.toolTip()
