"""The Buku Nomor tab: take a number by keyboard, see it, cancel it as Sekcam."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from bawang_desk.ui.main_window import MainWindow
from bawang_desk.ui.penomoran.ambil_nomor_dialog import AmbilNomorDialog
from bawang_desk.ui.penomoran.tab import NomorModel, PenomoranTab
from tests.helpers import SANDI, saat_dialog_muncul


def test_model_lulus_qtmodeltester(qapp, qtmodeltester, desk):
    desk.masuk("operator", SANDI)
    for i in range(3):
        desk.penomoran.ambil("skck", date(2026, 11, 24), f"uji {i}")
    tab = PenomoranTab(desk)
    assert tab.model.rowCount() == 0  # loaded on first show, not at start-up
    tab.muat()
    assert tab.model.rowCount() == 3
    qtmodeltester.check(tab.model)
    qtmodeltester.check(NomorModel())


def test_ambil_nomor_dari_keyboard(qtbot, desk):
    desk.masuk("pengadministrasi", SANDI)
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    tab = w.tampilkan_tab("penomoranTab")
    regs = desk.penomoran.registers()

    def isi(dlg):
        dlg.ui.registerCombo.setCurrentIndex(dlg.ui.registerCombo.findData("kredit-bank"))
        assert dlg.ui.contohLabel.text() == "100.2.2.5/001/KRD/2026"
        qtbot.keyClicks(dlg.ui.perihalEdit, "Surat rekomendasi diketik di Word")
        qtbot.keyClick(dlg.ui.perihalEdit, Qt.Key.Key_Return)
        return True

    hasil = saat_dialog_muncul(AmbilNomorDialog, isi)
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: True in hasil and not tab.ambilButton.isDown())
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    n = desk.penomoran.daftar("kredit-bank")
    assert [x.nomor_lengkap for x in n] == ["100.2.2.5/001/KRD/2026"]
    assert "100.2.2.5/001/KRD/2026" in tab.infoLabel.text()
    assert tab.model.rowCount() == 1
    assert any(r.kode == "kredit-bank" for r in regs)
    # Pengadministrasi may not cancel
    assert not tab.batalButton.isEnabled()
    w.close()


def test_sekcam_membatalkan_dengan_alasan(qtbot, desk, monkeypatch):
    desk.masuk("operator", SANDI)
    n = desk.penomoran.ambil("skck", date(2026, 11, 24), "Salah nama")
    desk.masuk("sekcam", SANDI)
    tab = PenomoranTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.batalButton.isEnabled()
    tab.table.selectRow(0)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Nama pemohon salah ketik", True))
    )
    monkeypatch.setattr("bawang_desk.ui.penomoran.tab.konfirmasi", lambda *a, **k: True)
    tab.batalkan_nomor()
    assert desk.penomoran.get(n.id).batal
    assert "1 batal" in tab.infoLabel.text()
    assert "BATAL" in tab.model.data(tab.model.index(0, NomorModel.COL_STATUS))


def test_batal_tanpa_pilihan_memberi_pesan(qtbot, desk, monkeypatch):
    desk.masuk("sekcam", SANDI)
    tab = PenomoranTab(desk)
    qtbot.addWidget(tab)
    pesan = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, j, t: pesan.append(t))
    tab.batalkan_nomor()
    assert "Pilih dulu" in pesan[0]


def test_ambil_nomor_tanpa_perihal_ditolak(qtbot, desk):
    desk.masuk("operator", SANDI)
    dlg = AmbilNomorDialog(desk, desk.penomoran.registers())
    qtbot.addWidget(dlg)
    dlg.accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "perihal belum diisi" in dlg.ui.errorLabel.text()
    assert desk.penomoran.daftar() == []


def test_tanggal_ambil_nomor_hanya_buku_tahun_ini(qtbot, desk, jam):
    jam.now = jam.now.replace(year=2027, month=1, day=2)
    desk.masuk("operator", SANDI)
    dlg = AmbilNomorDialog(desk, desk.penomoran.registers())
    qtbot.addWidget(dlg)
    assert dlg.ui.tanggalEdit.rentang() == (date(2027, 1, 1), date(2027, 1, 2))
    dlg.ui.tanggalEdit.selectAll()
    qtbot.keyClicks(dlg.ui.tanggalEdit, "31122026")
    assert "buku tahun ini" in (dlg.ui.tanggalEdit.galat() or "")


def test_sekcam_mengambil_nomor_mundur_dengan_alasan(qtbot, desk, jam):
    from bawang_desk.ui.umum import AlasanDialog

    jam.now = jam.now.replace(year=2027, month=1, day=2)
    desk.masuk("sekcam", SANDI)
    dlg = AmbilNomorDialog(desk, desk.penomoran.registers(), register_awal="skck")
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.ui.tanggalEdit.rentang() == (date(2026, 1, 1), date(2027, 1, 2))
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    dlg.ui.tanggalEdit.setFocus()
    dlg.ui.tanggalEdit.selectAll()
    qtbot.keyClicks(dlg.ui.tanggalEdit, "31-12-2026")
    qtbot.keyClick(dlg.ui.tanggalEdit, Qt.Key.Key_Tab)
    assert dlg.ui.contohLabel.text().endswith("/2026")
    qtbot.keyClicks(dlg.ui.perihalEdit, "Rekomendasi ditandatangani akhir tahun")

    def isi(a: AlasanDialog) -> bool:
        qtbot.keyClicks(a.alasanEdit, "ditandatangani Camat 31 Desember, dinomori hari ini")
        qtbot.keyClick(a.alasanEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return True

    hasil = saat_dialog_muncul(AlasanDialog, isi)
    qtbot.keyClick(dlg.ui.perihalEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.hasil is not None)
    assert True in hasil
    assert (dlg.hasil.tahun, dlg.hasil.nomor) == (2026, 1)
    (alasan,) = desk.conn.execute(
        "SELECT json_extract(rincian, '$.alasan') FROM audit WHERE aksi = 'nomor.mundur'"
    ).fetchone()
    assert alasan == "ditandatangani Camat 31 Desember, dinomori hari ini"
