"""Pengaturan > Survei kepuasan: offered or not, for which services, the wording per unsur."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bawang_desk.core.pengaturan import PengaturanSKM
from bawang_desk.ui.pengaturan.dialog import PengaturanDialog
from tests.helpers import SANDI


def test_pengaturan_survei_disimpan_dan_ditolak_di_kolomnya(qtbot, desk):
    desk.masuk("sekcam", SANDI)
    dlg = PengaturanDialog(desk)
    qtbot.addWidget(dlg)
    dlg.pilih_tab("survei")
    p = dlg.skm
    assert dlg.ui.tabs.currentWidget() is p and p.ditawarkanCheck.isChecked()
    p.layananCheck["legalisasi"].setChecked(False)
    p.pilih_unsur("U3")
    p.pertanyaanEdit.setText("Bagaimana kecepatan petugas melayani Bapak/Ibu?")
    p.pilihanEdit[0].setText("Lambat")
    p.pilih_unsur("U4")  # moving on keeps the U3 edit
    p.pilihanEdit[1].setText("Gratis")  # the same as answer 4: refused
    dlg.simpan()
    assert "Empat jawaban U4 harus berbeda" in dlg.ui.errorLabel.text()
    assert p.unsurCombo.currentData() == "U4" and desk.pengaturan.skm() == PengaturanSKM()
    qtbot.mouseClick(p.bawaanButton, Qt.MouseButton.LeftButton)
    assert p.pilihanEdit[1].text() == "Cukup mahal"
    dlg.simpan()
    s = desk.pengaturan.skm()
    assert "legalisasi" not in s.layanan and set(s.kalimat) == {"U3"}
    assert s.kalimat["U3"]["pilihan"][0] == "Lambat"
    assert desk.skm.kuesioner().unsur[2].pertanyaan.startswith("Bagaimana kecepatan petugas")
    # reopened, the page shows what was saved; an operator only reads it
    desk.masuk("operator", SANDI)
    dlg2 = PengaturanDialog(desk)
    qtbot.addWidget(dlg2)
    dlg2.skm.pilih_unsur("U3")
    assert dlg2.skm.pilihanEdit[0].text() == "Lambat"
    assert not dlg2.skm.layananCheck["legalisasi"].isChecked()
    assert dlg2.skm.pertanyaanEdit.isReadOnly() and not dlg2.skm.ditawarkanCheck.isEnabled()
