"""The Surat Keluar tab, walked the way the office does: konsep, koreksi, tanda tangan, nomor,
kirim, Buku Ekspedisi, arsip; plus outside numbers, BATAL and what each role may not do."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QInputDialog

from bawang_desk.core.surat_keluar import MODE_TTD, SuratKeluarBaru
from bawang_desk.core.surat_masuk import SuratMasukBaru
from bawang_desk.ui.surat.keluar_dialog import SuratKeluarDialog
from bawang_desk.ui.surat.keluar_model import (
    WARNA_BATAL,
    EkspedisiModel,
    RiwayatModel,
    SuratKeluarModel,
)
from bawang_desk.ui.surat.keluar_tab import SuratKeluarTab
from bawang_desk.ui.surat.kirim_dialog import EkspedisiDialog, KirimDialog, TandaTerimaDialog
from bawang_desk.ui.surat.pilih_surat_masuk import PilihSuratMasukDialog
from bawang_desk.ui.umum import GAYA_GALAT
from tests.helpers import SANDI, jawab_alasan, saat_dialog_muncul

HARI = date(2026, 11, 24)
M = SuratKeluarModel


def konsep(**kw) -> SuratKeluarBaru:
    d = dict(
        kode_klasifikasi="800.1.11.13",
        tujuan="Kepala BKPSDM Kabupaten Banjarnegara",
        hal="Usulan kenaikan gaji berkala",
    )
    d.update(kw)
    return SuratKeluarBaru(**d)


def siap_tanda_tangan(desk, **kw) -> int:
    """A konsep approved by the Sekcam; leaves the Sekcam logged in."""
    desk.masuk("pengadministrasi", SANDI)
    s = desk.surat_keluar.buat_konsep(konsep(**kw))
    desk.masuk("sekcam", SANDI)
    desk.surat_keluar.koreksi(s.id, setuju=True)
    return s.id


def buka_tab(qtbot, desk) -> SuratKeluarTab:
    tab = SuratKeluarTab(desk)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    return tab


def ganti_pengguna(tab: SuratKeluarTab, username: str) -> None:
    tab.desk.masuk(username, SANDI)
    tab.perbarui_izin()


def sel(tab: SuratKeluarTab, col: int, row: int = 0) -> str:
    return tab.proxy.index(row, col).data()


def klik(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def jawab_teks(monkeypatch, teks: str) -> list:
    """The next reason box gets ``teks`` typed and Ctrl+Enter; returns the questions asked."""
    ditanya: list = []
    _JAWAB.append(jawab_alasan(teks, ditanya))
    return ditanya


_JAWAB: list = []  # keeps the reason boxes' timers alive until they have answered


def test_model_lulus_qtmodeltester(qtmodeltester, qtbot, desk):
    sid = siap_tanda_tangan(desk)
    desk.surat_keluar.tandatangani(sid, mode="an")
    desk.masuk("pengadministrasi", SANDI)
    desk.surat_keluar.beri_nomor(sid, HARI)
    desk.surat_keluar.kirim(sid, cara="Diantar langsung", tanggal=HARI)
    desk.surat_keluar.buat_konsep(konsep(hal="Undangan rapat"))
    luar = desk.surat_keluar.ambil_nomor_luar(
        kode_klasifikasi="100.2.2.5", tujuan="Kapolsek Bawang", hal="Rekomendasi SKCK"
    )
    desk.masuk("sekcam", SANDI)
    desk.surat_keluar.batalkan(luar.id, "Pemohon membatalkan")
    tab = SuratKeluarTab(desk)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 3
    assert tab.eksModel.rowCount() == 1
    tab.pilih_surat(sid)
    assert tab.riwayatModel.rowCount() == 5
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.eksModel)
    qtmodeltester.check(tab.riwayatModel)
    for kosong in (SuratKeluarModel(), EkspedisiModel(), RiwayatModel()):
        qtmodeltester.check(kosong)


def test_alur_kantor_dari_konsep_sampai_arsip(qtbot, desk, monkeypatch):
    desk.masuk("pengadministrasi", SANDI)
    tab = buka_tab(qtbot, desk)
    assert not tab.ttdButton.isEnabled() and not tab.setujuiButton.isEnabled()

    # Pengadministrasi drafts by keyboard: Ctrl+N, type, Enter
    def isi(dlg: SuratKeluarDialog):
        assert dlg.ui.tanggalEdit.isHidden() and not dlg.ui.isiEdit.isHidden()
        qtbot.keyClicks(dlg.ui.kodeCombo, "800.1.11.13")
        assert dlg.ui.kodeKetLabel.text().startswith("Pengurusan Kenaikan Gaji Berkala")
        qtbot.keyClicks(dlg.ui.tujuanEdit, "Kepala BKPSDM Kabupaten Banjarnegara")
        qtbot.keyClicks(dlg.ui.halEdit, "Usulan kenaikan gaji berkala a.n. Budi Santoso")
        qtbot.keyClicks(dlg.ui.lampiranEdit, "1 berkas")
        qtbot.keyClicks(dlg.ui.isiEdit, "Dengan hormat, bersama ini kami usulkan ...")
        qtbot.keyClick(dlg.ui.lampiranEdit, Qt.Key.Key_Return)
        return True

    hasil = saat_dialog_muncul(SuratKeluarDialog, isi)
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: True in hasil and tab.model.rowCount() == 1)
    s = tab.surat_terpilih()
    assert s is not None and s.status == "konsep" and s.lampiran == "1 berkas"
    assert s.isi.startswith("Dengan hormat")
    assert sel(tab, M.COL_NOMOR) == "(belum bernomor)"
    assert sel(tab, M.COL_STATUS) == "Konsep"
    # issue 14: the Pengadministrasi may record the Sekcam's koreksi from the paper
    assert tab.ubahButton.isEnabled() and tab.setujuiButton.isEnabled()

    # the Sekcam sends it back with a note
    ganti_pengguna(tab, "sekcam")
    assert tab.surat_terpilih().id == s.id
    assert tab.setujuiButton.isEnabled() and not tab.ttdButton.isEnabled()
    ditanya = jawab_teks(monkeypatch, "Lampirkan SKP dua tahun terakhir")
    klik(qtbot, tab.perbaikanButton)
    assert "diperbaiki" in ditanya[0]
    assert tab.surat_terpilih().status == "perbaikan"
    assert sel(tab, M.COL_STATUS) == "Perlu perbaikan"
    assert "Lampirkan SKP" in tab.koreksiLabel.text() and tab.koreksiLabel.isVisibleTo(tab)
    assert not tab.ttdButton.isEnabled() and not tab.setujuiButton.isEnabled()

    # Pengadministrasi fixes it (the note is shown in the form)
    ganti_pengguna(tab, "pengadministrasi")

    def perbaiki(dlg: SuratKeluarDialog):
        assert "Lampirkan SKP" in dlg.ui.infoLabel.text()
        assert dlg.ui.halEdit.text().startswith("Usulan kenaikan gaji berkala")
        dlg.ui.lampiranEdit.selectAll()
        qtbot.keyClicks(dlg.ui.lampiranEdit, "2 berkas")
        qtbot.keyClick(dlg.ui.lampiranEdit, Qt.Key.Key_Return)
        return True

    hasil = saat_dialog_muncul(SuratKeluarDialog, perbaiki)
    klik(qtbot, tab.ubahButton)
    qtbot.waitUntil(lambda: True in hasil)
    s = tab.surat_terpilih()
    assert s.status == "konsep" and s.lampiran == "2 berkas"

    # the Sekcam approves and signs a.n. Camat (offered first; "Camat" is not offered)
    ganti_pengguna(tab, "sekcam")
    klik(qtbot, tab.setujuiButton)
    assert tab.surat_terpilih().status == "disetujui"
    ditawarkan: list = []

    def get_item(_parent, _judul, _label, items, current=0, editable=True, *a, **k):
        ditawarkan.append((list(items), current))
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    klik(qtbot, tab.ttdButton)
    assert ditawarkan == [([MODE_TTD["an"], MODE_TTD["plh"]], 0)]
    s = tab.surat_terpilih()
    assert s.status == "ditandatangani" and s.mode_tanda_tangan == "an"
    assert sel(tab, M.COL_PENANDATANGAN) == "a.n. Camat: Siti Nur'aini, S.Sos."

    # an Operator may not sign nor number it
    ganti_pengguna(tab, "operator")
    assert tab.surat_terpilih().status == "ditandatangani"
    assert not tab.ttdButton.isEnabled() and not tab.nomorButton.isEnabled()
    assert not tab.batalButton.isEnabled() and not tab.luarButton.isEnabled()

    # Pengadministrasi gives the number, only now, from the book of 800.1.11.13
    ganti_pengguna(tab, "pengadministrasi")
    klik(qtbot, tab.nomorButton)
    assert tab.surat_terpilih().nomor == "800.1.11.13/001/2026"
    assert sel(tab, M.COL_NOMOR) == "800.1.11.13/001/2026"
    assert sel(tab, M.COL_TANGGAL) == "24-11-2026"
    assert "800.1.11.13/001/2026" in tab.infoLabel.text()

    # ... and sends it by hand
    def antar(dlg: KirimDialog):
        dlg.caraCombo.setCurrentIndex(dlg.caraCombo.findText("Diantar langsung"))
        qtbot.mouseClick(
            dlg.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return True

    hasil = saat_dialog_muncul(KirimDialog, antar)
    klik(qtbot, tab.kirimButton)
    qtbot.waitUntil(lambda: True in hasil)
    assert tab.surat_terpilih().status == "dikirim"
    assert "Buku Ekspedisi" in tab.infoLabel.text()

    # it is in the Buku Ekspedisi, waiting for its tanda terima
    tab.tabs.setCurrentIndex(1)
    E = EkspedisiModel
    assert tab.eksModel.rowCount() == 1
    ix = tab.eksProxy.index
    assert ix(0, E.COL_NOMOR).data() == "800.1.11.13/001/2026"
    assert ix(0, E.COL_KEPADA).data() == "Kepala BKPSDM Kabupaten Banjarnegara"
    assert ix(0, E.COL_TANDA_TERIMA).data() == "belum"
    assert not tab.terimaButton.isEnabled()
    tab.eksTable.selectRow(0)

    def terima(dlg: TandaTerimaDialog) -> None:
        # name and date asked; the date may be a later day than the letter's (not the future)
        assert dlg.tanggalEdit.text() == "24-11-2026"
        qtbot.keyClicks(dlg.penerimaEdit, "Rudi (staf BKPSDM)")
        dlg.tanggalEdit.setFocus()
        dlg.tanggalEdit.selectAll()
        qtbot.keyClicks(dlg.tanggalEdit, "25112026")
        qtbot.keyClick(dlg.tanggalEdit, Qt.Key.Key_Return)
        assert dlg.isVisible() and "tidak boleh" in dlg.errorLabel.text()  # 25th is tomorrow
        dlg.tanggalEdit.selectAll()
        qtbot.keyClicks(dlg.tanggalEdit, "24112026")
        qtbot.keyClick(dlg.tanggalEdit, Qt.Key.Key_Return)

    h = saat_dialog_muncul(TandaTerimaDialog, terima)
    klik(qtbot, tab.terimaButton)
    assert h[-1] is None
    assert ix(0, E.COL_TANDA_TERIMA).data() == "Rudi (staf BKPSDM) (24-11-2026 08:00)"
    assert not tab.terimaButton.isEnabled()  # recorded once only

    # and finally archived
    tab.tabs.setCurrentIndex(0)
    klik(qtbot, tab.arsipButton)
    s = desk.surat_keluar.get(tab.surat_terpilih().id)
    assert s.status == "diarsipkan"
    assert [r[0] for r in s.riwayat] == [
        "konsep",
        "perbaikan",
        "konsep",
        "disetujui",
        "ditandatangani",
        "bernomor",
        "dikirim",
        "diarsipkan",
    ]
    assert tab.riwayatModel.rowCount() == 8
    assert not any(
        b.isEnabled()
        for b in (tab.ubahButton, tab.ttdButton, tab.nomorButton, tab.kirimButton, tab.arsipButton)
    )


@pytest.mark.parametrize(
    ("username", "boleh"),
    [
        ("operator", set()),
        # issue 14: she records the Sekcam's or Camat's decision to cancel (Pengaturan)
        ("pengadministrasi", {"batalButton"}),
        ("kasubbag", set()),
        ("sekcam", {"ttdButton", "batalButton"}),
        ("camat", {"ttdButton", "batalButton"}),
    ],
)
def test_tombol_mengikuti_peran(qtbot, desk, username, boleh):
    siap_tanda_tangan(desk)
    desk.masuk(username, SANDI)
    tab = SuratKeluarTab(desk)
    qtbot.addWidget(tab)
    tab.table.selectRow(0)
    assert tab.surat_terpilih().status == "disetujui"
    semua = (
        "ubahButton",
        "setujuiButton",
        "perbaikanButton",
        "ttdButton",
        "nomorButton",
        "kirimButton",
        "arsipButton",
        "batalButton",
    )
    assert {n for n in semua if getattr(tab, n).isEnabled()} == boleh
    assert tab.konsepButton.isEnabled()
    assert tab.luarButton.isEnabled() == (username in ("pengadministrasi", "sekcam"))


def test_camat_menandatangani_sebagai_camat(qtbot, desk, monkeypatch):
    sid = siap_tanda_tangan(desk)
    desk.masuk("camat", SANDI)
    tab = SuratKeluarTab(desk)
    qtbot.addWidget(tab)
    tab.pilih_surat(sid)
    ditawarkan: list = []

    def get_item(_p, _j, _l, items, current=0, *a, **k):
        ditawarkan.append(list(items))
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    tab.tandatangani()
    assert ditawarkan[0][0] == MODE_TTD["camat"]
    s = tab.surat_terpilih()
    assert s.mode_tanda_tangan == "camat" and s.penandatangan == "Drs. Anton Risdianto, M.Si."


def test_admin_tidak_melihat_surat_keluar(qtbot, desk):
    siap_tanda_tangan(desk)
    desk.masuk("admin", "rahasia-admin-1")
    tab = SuratKeluarTab(desk)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 0
    assert "tidak berwenang" in tab.infoLabel.text()
    assert not tab.konsepButton.isEnabled() and not tab.catatEksButton.isEnabled()


def test_nomor_luar_adalah_nomor_berikutnya_di_buku_yang_sama(qtbot, desk):
    sid = siap_tanda_tangan(desk)
    desk.surat_keluar.tandatangani(sid, mode="an")
    desk.masuk("pengadministrasi", SANDI)
    desk.surat_keluar.beri_nomor(sid, HARI)
    tab = buka_tab(qtbot, desk)
    dilihat: dict = {}

    def isi(dlg: SuratKeluarDialog):
        assert dlg.ui.isiEdit.isHidden() and not dlg.ui.tanggalEdit.isHidden()
        qtbot.keyClicks(dlg.ui.kodeCombo, "800.1.11.13")
        dilihat["contoh"] = dlg.ui.contohLabel.text()
        qtbot.keyClicks(dlg.ui.tujuanEdit, "Kepala BKPSDM Kabupaten Banjarnegara")
        qtbot.keyClicks(dlg.ui.halEdit, "Susulan berkas KGB (diketik di Word)")
        qtbot.keyClick(dlg.ui.halEdit, Qt.Key.Key_Return)
        dilihat["nomor"] = dlg.ui.nomorLabel.text()
        dilihat["tampil"] = dlg.ui.nomorLabel.isVisible()
        dilihat["hasil"] = dlg.hasil
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)  # "Tutup"
        return True

    hasil = saat_dialog_muncul(SuratKeluarDialog, isi)
    klik(qtbot, tab.luarButton)
    qtbot.waitUntil(lambda: True in hasil)
    assert dilihat["contoh"] == "800.1.11.13/002/2026"
    assert dilihat["hasil"].nomor == "800.1.11.13/002/2026"
    assert "800.1.11.13/002/2026" in dilihat["nomor"] and dilihat["tampil"]
    s = tab.surat_terpilih()
    assert s.nomor == "800.1.11.13/002/2026" and s.status == "bernomor"
    assert tab.model.rowCount() == 2
    assert "800.1.11.13/002/2026" in tab.infoLabel.text()
    assert tab.kirimButton.isEnabled()
    assert desk.penomoran.periksa_kesinambungan() == []


def test_nomor_luar_tanpa_tujuan_ditolak_di_field(qtbot, desk):
    desk.masuk("pengadministrasi", SANDI)
    dlg = SuratKeluarDialog(desk, SuratKeluarDialog.LUAR)
    qtbot.addWidget(dlg)
    dlg.ui.kodeCombo.setCurrentText("800.1.3.2")
    dlg.ui.halEdit.setText("Usulan KP")
    dlg.accept()
    assert dlg.hasil is None and dlg.result() != QDialog.DialogCode.Accepted
    assert "Tujuan surat" in dlg.ui.errorLabel.text()
    assert dlg.ui.tujuanEdit.styleSheet() == GAYA_GALAT
    assert desk.penomoran.daftar() == []


def test_batal_tampil_di_tabel(qtbot, desk, monkeypatch):
    desk.masuk("pengadministrasi", SANDI)
    luar = desk.surat_keluar.ambil_nomor_luar(
        kode_klasifikasi="100.2.2.5", tujuan="Kapolsek Bawang", hal="Rekomendasi SKCK"
    )
    desk.masuk("sekcam", SANDI)
    tab = SuratKeluarTab(desk)
    qtbot.addWidget(tab)
    tab.pilih_surat(luar.id)
    jawab_teks(monkeypatch, "Pemohon membatalkan permohonan")
    ditanya: list = []

    def tidak(*a, **k):
        ditanya.append(a[2])
        return False

    monkeypatch.setattr("bawang_desk.ui.surat.keluar_tab.konfirmasi", tidak)
    tab.batalkan()
    assert "100.2.2.5/001/2026" in ditanya[0]
    assert desk.surat_keluar.get(luar.id).status == "bernomor"  # the safe answer changes nothing

    monkeypatch.setattr("bawang_desk.ui.surat.keluar_tab.konfirmasi", lambda *a, **k: True)
    jawab_teks(monkeypatch, "Pemohon membatalkan permohonan")
    klik(qtbot, tab.batalButton)
    assert tab.surat_terpilih().id == luar.id
    assert sel(tab, M.COL_STATUS) == "BATAL"
    assert sel(tab, M.COL_NOMOR) == "100.2.2.5/001/2026"
    warna = tab.proxy.index(0, M.COL_HAL).data(Qt.ItemDataRole.ForegroundRole)
    assert warna.color().name() == WARNA_BATAL
    assert "Pemohon membatalkan" in tab.proxy.index(0, M.COL_STATUS).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "BATAL" in tab.detailLabel.text() and "Pemohon membatalkan" in tab.detailLabel.text()
    assert desk.penomoran.get(luar.nomor_id).batal
    assert not tab.batalButton.isEnabled() and not tab.kirimButton.isEnabled()


def test_konsep_tanpa_hal_ditolak_di_field_dan_tidak_disimpan(qtbot, desk):
    desk.masuk("pengadministrasi", SANDI)
    tab = buka_tab(qtbot, desk)
    dilihat: dict = {}

    def isi(dlg: SuratKeluarDialog):
        qtbot.keyClicks(dlg.ui.kodeCombo, "400.12.2.2")
        qtbot.keyClicks(dlg.ui.tujuanEdit, "Camat Susukan")
        qtbot.keyClick(dlg.ui.tujuanEdit, Qt.Key.Key_Return)
        dilihat["pesan"] = dlg.ui.errorLabel.text()
        dilihat["fokus"] = QApplication.focusWidget() is dlg.ui.halEdit
        dilihat["gaya"] = dlg.ui.halEdit.styleSheet()
        dilihat["terbuka"] = dlg.isVisible()
        dlg.reject()
        return True

    hasil = saat_dialog_muncul(SuratKeluarDialog, isi)
    klik(qtbot, tab.konsepButton)
    qtbot.waitUntil(lambda: True in hasil)
    assert dilihat == {
        "pesan": "Hal surat belum diisi.",
        "fokus": True,
        "gaya": GAYA_GALAT,
        "terbuka": True,
    }
    assert desk.surat_keluar.daftar() == []
    assert tab.model.rowCount() == 0


def test_balasan_untuk_surat_masuk_dipilih_dengan_keyboard(qtbot, desk):
    desk.masuk("pengadministrasi", SANDI)
    sm = desk.surat_masuk.catat(SuratMasukBaru(HARI, "Pemerintah Desa Joho", "Permohonan data"))
    desk.surat_masuk.catat(SuratMasukBaru(HARI, "Dinas Sosial", "Undangan rapat"))
    dlg = SuratKeluarDialog(desk)
    qtbot.addWidget(dlg)
    dlg.show()

    def pilih(p: PilihSuratMasukDialog):
        assert p.hasilList.count() == 2
        qtbot.keyClicks(p.cariEdit, "joho")
        p.cari()  # as the 150 ms timer would
        assert p.hasilList.count() == 1
        qtbot.keyClick(p.cariEdit, Qt.Key.Key_Down)
        qtbot.keyClick(p.hasilList, Qt.Key.Key_Return)
        return True

    hasil = saat_dialog_muncul(PilihSuratMasukDialog, pilih)
    qtbot.mouseClick(dlg.ui.pilihBalasanButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: True in hasil)
    assert dlg.balasan_untuk == sm.id
    assert "Pemerintah Desa Joho" in dlg.ui.balasanEdit.text()
    assert dlg.ui.tujuanEdit.text() == "Pemerintah Desa Joho"  # filled from the sender
    dlg.ui.kodeCombo.setCurrentText("100.2.2.5")
    dlg.ui.halEdit.setText("Jawaban permohonan data")
    dlg.accept()
    assert dlg.hasil is not None and dlg.hasil.balasan_untuk == sm.id
    assert dlg.result() == QDialog.DialogCode.Accepted


def test_cari_saat_mengetik_dan_saring_status(qtbot, desk):
    desk.masuk("pengadministrasi", SANDI)
    desk.surat_keluar.buat_konsep(konsep(tujuan="Kepala Desa Pucang", hal="Undangan musrenbang"))
    desk.surat_keluar.ambil_nomor_luar(
        kode_klasifikasi="800.1.3.2", tujuan="BKPSDM", hal="Usulan kenaikan pangkat"
    )
    tab = SuratKeluarTab(desk)
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == 2
    qtbot.keyClicks(tab.cariEdit, "pucang")
    assert tab._tunda.isActive()  # debounced, not one query per keystroke
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert sel(tab, M.COL_TUJUAN) == "Kepala Desa Pucang"
    tab.cariEdit.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.statusCombo.setCurrentIndex(tab.statusCombo.findData("bernomor"))
    assert tab.model.rowCount() == 1 and sel(tab, M.COL_NOMOR) == "800.1.3.2/001/2026"


def test_catat_pengiriman_manual_di_buku_ekspedisi(qtbot, desk):
    desk.masuk("operator", SANDI)
    tab = SuratKeluarTab(desk)
    qtbot.addWidget(tab)
    tab.tabs.setCurrentIndex(1)
    dilihat: dict = {}

    def isi(dlg: EkspedisiDialog):
        qtbot.keyClicks(dlg.nomorEdit, "470/12/2025")
        qtbot.keyClicks(dlg.halEdit, "Berkas lama")
        dlg.accept()
        dilihat["pesan"] = dlg.errorLabel.text()
        dilihat["gaya"] = dlg.kepadaEdit.styleSheet()
        qtbot.keyClicks(dlg.kepadaEdit, "Dindukcapil")
        dlg.tanggalSuratCheck.setChecked(False)
        qtbot.keyClick(dlg.kepadaEdit, Qt.Key.Key_Return)
        return True

    hasil = saat_dialog_muncul(EkspedisiDialog, isi)
    klik(qtbot, tab.catatEksButton)
    qtbot.waitUntil(lambda: True in hasil)
    assert dilihat == {"pesan": "Ditujukan kepada belum diisi.", "gaya": GAYA_GALAT}
    assert tab.eksModel.rowCount() == 1
    b = tab.ekspedisi_terpilih()
    assert b is not None and b.nomor_surat == "470/12/2025" and b.tanggal_surat is None
    assert tab.terimaButton.isEnabled()
    assert "1 belum" in tab.eksInfoLabel.text()


def test_balasan_dicari_dengan_nomor_agenda(qtbot, desk):
    """Issue 12 item 3: the reply-to picker finds a letter by its agenda number as typed."""
    desk.masuk("pengadministrasi", SANDI)
    for _ in range(41):
        desk.surat_masuk.catat(SuratMasukBaru(HARI, "Dinas Sosial", "Undangan rapat"))
    sm = desk.surat_masuk.catat(SuratMasukBaru(HARI, "Pemerintah Desa Joho", "Permohonan data"))
    dlg = SuratKeluarDialog(desk)
    qtbot.addWidget(dlg)
    dlg.show()
    dilihat: list[int] = []

    def pilih(p: PilihSuratMasukDialog):
        for teks in ("042", "42", "042/2026"):
            p.cariEdit.clear()
            qtbot.keyClicks(p.cariEdit, teks)
            p.cari()  # as the 150 ms timer would
            dilihat.append(p.hasilList.count())
            assert "Pemerintah Desa Joho" in p.hasilList.item(0).text()
        qtbot.keyClick(p.cariEdit, Qt.Key.Key_Down)
        qtbot.keyClick(p.hasilList, Qt.Key.Key_Return)
        return True

    hasil = saat_dialog_muncul(PilihSuratMasukDialog, pilih)
    qtbot.mouseClick(dlg.ui.pilihBalasanButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: True in hasil)
    assert dlg.balasan_untuk == sm.id and dilihat == [1, 1, 1]
    dlg.close()


def test_kode_dicari_dengan_judulnya_dan_kode_lama_ditolak(qtbot, desk):
    """Issue 16: the code list showed bare codes; now every code carries its Permendagri
    83/2022 title, any code can be found by words of its title, and an old 78/2012 code is
    refused for a new letter, naming it."""
    desk.masuk("pengadministrasi", SANDI)
    dlg = SuratKeluarDialog(desk)
    qtbot.addWidget(dlg)
    dlg.show()
    combo = dlg.ui.kodeCombo
    tips = {combo.itemText(i): combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
            for i in range(combo.count())}  # fmt: skip
    assert tips["400.12.2.2"] == "400.12.2.2 \u2013 Pindah Datang Penduduk Dalam Wilayah NKRI"
    assert tips["100.2.2.5"] == "100.2.2.5 \u2013 Fasilitasi Pelayanan Umum"
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "gaji berkala")
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    pilihan = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert "800.1.11.13 \u2013 Pengurusan Kenaikan Gaji Berkala, Mutasi Gaji/ tunjangan" in (
        pilihan
    )
    baris = pilihan.index(
        "800.1.11.13 \u2013 Pengurusan Kenaikan Gaji Berkala, Mutasi Gaji/ tunjangan"
    )
    popup.setCurrentIndex(popup.model().index(baris, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == "800.1.11.13"
    assert dlg.ui.kodeKetLabel.text().startswith("Pengurusan Kenaikan Gaji Berkala")
    combo.setCurrentText("471.13")
    assert dlg.ui.kodeKetLabel.text() == "kode lama Permendagri 78/2012 (KTP)"
    qtbot.keyClicks(dlg.ui.tujuanEdit, "Kepala Dindukcapil")
    dlg.ui.halEdit.setText("Permohonan blangko KTP-el")
    dlg.accept()
    assert "kode lama Permendagri 78/2012" in dlg.ui.errorLabel.text()
    assert dlg.hasil is None and dlg.isVisible()


def test_buku_agenda_keluar_dan_ekspedisi_dicetak_dari_tab_surat_keluar(qtbot, desk):
    from bawang_desk.ui.surat.cetak_buku import CetakBukuDialog

    desk.masuk("pengadministrasi", SANDI)
    tab = SuratKeluarTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.bukuButton.isEnabled()
    klik(qtbot, tab.bukuButton)
    dlg = tab._cetak_buku
    assert isinstance(dlg, CetakBukuDialog) and dlg.jenisCombo.currentData() == "surat-keluar"
    dlg.close()
    tab.tabs.setCurrentIndex(1)
    klik(qtbot, tab.bukuEksButton)
    assert tab._cetak_buku.jenisCombo.currentData() == "ekspedisi"
    tab._cetak_buku.close()


def test_pilih_penandatangan_dengan_hal_panjang_muat_di_layar(qtbot, desk):
    """A long hal (common in letters: whose proposal, for which period) made the "Cetak untuk
    ditandatangani" question one line wider than a 1024 px screen; it wraps, all of it shown."""
    hal = (
        "Laporan Hasil Pemeriksaan Pengaduan Masyarakat terhadap Perangkat Desa Kebondalem "
        "dan Desa Wanadri Kecamatan Bawang Kabupaten Banjarnegara Tahun Anggaran 2026"
    )
    sid = siap_tanda_tangan(desk, hal=hal)
    tab = buka_tab(qtbot, desk)
    tab.pilih_surat(sid)
    dilihat: list = []

    def lihat(dlg: QInputDialog) -> None:
        dilihat.append((dlg.width(), dlg.labelText()))
        dlg.reject()

    saat_dialog_muncul(QInputDialog, lihat)
    klik(qtbot, tab.cetakTtdButton)
    qtbot.waitUntil(lambda: bool(dilihat))
    lebar, teks = dilihat[0]
    assert lebar <= 1024 - 40 and hal in " ".join(teks.split())
    assert not tab.surat_terpilih().nomor  # nothing issued when the question is closed
