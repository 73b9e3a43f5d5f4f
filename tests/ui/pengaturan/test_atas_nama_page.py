"""Pengaturan > Atas nama: the Sekcam names who may record the officials' paper steps."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bawang_desk.ui.pengaturan.dialog import PengaturanDialog
from tests.helpers import SANDI


def test_atas_nama_disimpan_dan_hanya_dibaca_operator(qtbot, desk):
    desk.masuk("sekcam", SANDI)
    dlg = PengaturanDialog(desk)
    qtbot.addWidget(dlg)
    dlg.pilih_tab("atas nama")
    p = dlg.atas_nama
    assert dlg.ui.tabs.currentWidget() is p
    assert p.pencatat[("surat_masuk", "pengadministrasi")].isChecked()  # the defaults
    assert p.pencatat[("layanan", "operator")].isChecked()
    assert not p.pencatat[("surat_masuk", "operator")].isChecked()
    cb = p.pencatat[("surat_masuk", "operator")]
    cb.setFocus()
    qtbot.keyClick(cb, Qt.Key.Key_Space)
    p.pejabat[("layanan", "camat")].setChecked(False)
    dlg.simpan()
    s = desk.pengaturan.atas_nama()
    assert s.pencatat["surat_masuk"] == ("operator", "pengadministrasi")
    assert "camat" not in s.pejabat["layanan"] and "sekcam" in s.pejabat["layanan"]
    aksi = [r[0] for r in desk.conn.execute("SELECT aksi FROM audit ORDER BY id DESC LIMIT 3")]
    assert "pengaturan.atas_nama" in aksi
    desk.masuk("operator", SANDI)
    dlg2 = PengaturanDialog(desk)
    qtbot.addWidget(dlg2)
    assert dlg2.atas_nama.pencatat[("surat_masuk", "operator")].isChecked()
    assert not dlg2.atas_nama.pencatat[("surat_masuk", "operator")].isEnabled()


def test_masa_berlaku_pengganti_disimpan(qtbot, desk):
    desk.masuk("sekcam", SANDI)
    dlg = PengaturanDialog(desk)
    qtbot.addWidget(dlg)
    dlg.pilih_tab("pengganti")
    spin = dlg.pengganti.bulanSpin
    assert dlg.ui.tabs.currentWidget() is dlg.pengganti and spin.value() == 6
    spin.selectAll()
    qtbot.keyClicks(spin, "3")
    dlg.simpan()
    assert desk.pengaturan.masa_berlaku_pengganti() == 3
