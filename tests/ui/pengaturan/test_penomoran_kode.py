"""Pengaturan > Penomoran: a register's classification code shows its Permendagri 83/2022
title in the list and as it is typed; a code outside the scheme is refused when saved."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

from bawang_desk.ui.pengaturan.dialog import PengaturanDialog
from bawang_desk.ui.pengaturan.penomoran_page import RegisterDialog
from tests.helpers import SANDI


def test_kode_register_dengan_judul_dan_ditolak_di_luar_skema(qtbot, desk):
    desk.masuk("sekcam", SANDI)
    dlg = PengaturanDialog(desk)
    qtbot.addWidget(dlg)
    dlg.pilih_tab("penomoran")
    table = dlg.penomoran.findChild(QTableWidget)
    baris = {table.item(i, 0).text(): table.item(i, 1).text() for i in range(table.rowCount())}
    assert baris["Register Surat Keterangan Pindah"] == (
        "400.12.2.2 \u2013 Pindah Datang Penduduk Dalam Wilayah NKRI"
    )
    reg = desk.penomoran.register("skck")
    rd = RegisterDialog(desk, reg, dlg)
    qtbot.addWidget(rd)
    assert rd.judulKodeLabel.text() == "Fasilitasi Pelayanan Umum"
    rd.kodeEdit.clear()
    qtbot.keyClicks(rd.kodeEdit, "331")
    assert rd.judulKodeLabel.text() == "kode lama Permendagri 78/2012 (kepolisian)"
    rd.accept()
    assert "kode lama Permendagri 78/2012" in rd.errorLabel.text()
    assert desk.penomoran.register("skck").kode_klasifikasi == "100.2.2.5"
