"""Issue 14 at the counter, one login (the operator): a Rekomendasi SKCK as KONSEP, printed for
signing with its number, the Sekcam's pen signature recorded at 10.42, handed over; a second one
sent back and reprinted under the same number; a third cancelled, its number BATAL."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from bawang_desk.ui.layanan.permohonan_dialog import PermohonanDialog
from bawang_desk.ui.layanan.tab import LayananTab
from bawang_desk.ui.layanan.ttd_dialog import BlokTtdDialog
from bawang_desk.ui.umum import AlasanDialog, KotakAlasan
from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog
from tests.helpers import SANDI, saat_dialog_muncul
from tests.ui.layanan.test_layanan_tab import siap_ttd, skck

SEKCAM = "Siti Nur'aini, S.Sos."


@pytest.fixture
def tab(qtbot, desk, jam):
    jam.now = datetime(2026, 11, 24, 10, 34)
    desk.masuk("operator", SANDI)  # the one login of the shift
    t = LayananTab(desk)
    qtbot.addWidget(t)
    t.resize(1280, 720)
    t.show()
    t.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is t)
    return t


def _teks(path) -> str:
    return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)


def _klik(qtbot, tombol) -> None:
    assert tombol.isEnabled(), tombol.objectName()
    qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)


def _cetak_untuk_ttd(qtbot, tab, blok: str) -> list:
    def pilih(dlg: BlokTtdDialog) -> str:
        while dlg.blokCombo.currentData() != blok:
            qtbot.keyClick(dlg.blokCombo, Qt.Key.Key_Down)
        teks = dlg.blokCombo.currentText()
        qtbot.mouseClick(dlg.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
        return teks

    h = saat_dialog_muncul(BlokTtdDialog, pilih)
    _klik(qtbot, tab.cetakTtdButton)
    qtbot.waitUntil(lambda: len(h) > 1)
    return h


def test_skck_satu_login_konsep_ttd_kembali_batal(qtbot, tab, desk, jam):
    a = siap_ttd(desk, skck())
    b = siap_ttd(desk, skck(nama="Budi Hartono"))
    c = siap_ttd(desk, skck(nama="Cahyo Nugroho"))
    tab.muat(pilih=a.id)

    # KONSEP: the draft, no number anywhere, nothing issued
    assert not tab.sudahTtdButton.isEnabled() and not tab.ttdButton.isEnabled()
    _klik(qtbot, tab.konsepButton)
    t = _teks(tab.surat_terakhir)
    assert "KONSEP" in t and "belum bernomor" in t and "/SKCK/" not in t
    assert desk.penomoran.daftar("skck") == []

    # Cetak untuk ditandatangani, a.n. Camat: the number is issued and printed
    h = _cetak_untuk_ttd(qtbot, tab, "an")
    assert SEKCAM in h[1]
    p = tab.terpilih()
    assert p.status == "dicetak" and p.nomor == "100.2.2.5/001/SKCK/2026"
    t = _teks(tab.surat_terakhir)
    assert p.nomor in t and "KONSEP" not in t and SEKCAM in t

    # the letter comes back signed: recorded with the Sekcam's time, the letter on screen
    jam.maju(minutes=8)  # 10.42 signed, recorded at 10.42 too or later

    def catat(dlg: CatatPejabatDialog) -> bool:
        assert isinstance(dlg.dokumenView, QPdfView) and dlg.doc.pageCount() == 1
        assert dlg.isian.pejabatCombo.currentData() == "an"
        assert SEKCAM in dlg.isian.pejabatCombo.currentText()
        dlg.isian.jamEdit.selectAll()
        qtbot.keyClicks(dlg.isian.jamEdit, "10.42")
        qtbot.mouseClick(dlg.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
        return True

    h = saat_dialog_muncul(CatatPejabatDialog, catat)
    _klik(qtbot, tab.sudahTtdButton)
    qtbot.waitUntil(lambda: True in h)
    p = tab.terpilih()
    assert p.status == "siap_diserahkan" and p.penandatangan["mode"] == "an"
    lk = next(x for x in p.langkah if x.langkah == 4)
    assert lk.waktu == datetime(2026, 11, 24, 10, 42) and lk.pelaku.nama == SEKCAM
    detail = tab.detail.toPlainText()
    assert f"{SEKCAM} (a.n. Camat (Sekcam)), dicatat oleh operator" in detail
    r = json.loads(
        desk.conn.execute(
            "SELECT rincian FROM audit WHERE aksi = 'layanan.tandatangani'"
        ).fetchone()[0]
    )
    assert (r["pejabat"], r["dicatat_oleh"], r["waktu_pejabat"]) == (
        SEKCAM,
        "operator",
        "2026-11-24T10:42",
    )
    saat_dialog_muncul(QMessageBox, lambda m: m.findChild(QPushButton, "tanpaSurveiButton").click())
    _klik(qtbot, tab.serahkanButton)
    assert tab.terpilih().status == "selesai"

    # the second: printed for the Camat, sent back, reprinted under the same number
    tab.pilih_permohonan(b.id)
    _cetak_untuk_ttd(qtbot, tab, "camat")
    nomor = tab.terpilih().nomor
    assert nomor == "100.2.2.5/002/SKCK/2026"

    def alasan(dlg: AlasanDialog) -> bool:
        qtbot.keyClicks(dlg.alasanEdit, "Keperluan kurang jelas")
        qtbot.mouseClick(dlg.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
        return True

    h = saat_dialog_muncul(AlasanDialog, alasan)
    _klik(qtbot, tab.dikembalikanButton)
    qtbot.waitUntil(lambda: True in h)
    p = tab.terpilih()
    assert p.status == "dikembalikan" and p.nomor == nomor
    assert "Keperluan kurang jelas" in tab.detail.toPlainText()

    # corrected in the intake form (service fixed, fields filled in), number unchanged
    def perbaiki(dlg: PermohonanDialog) -> bool:
        assert not dlg.layananCombo.isEnabled() and dlg.namaEdit.text() == "Budi Hartono"
        assert dlg.keperluanEdit.text() == "Melamar pekerjaan"
        dlg.keperluanEdit.selectAll()
        qtbot.keyClicks(dlg.keperluanEdit, "Melamar pekerjaan sebagai satpam")
        qtbot.keyClick(dlg.keperluanEdit, Qt.Key.Key_Return)
        return True

    h = saat_dialog_muncul(PermohonanDialog, perbaiki)
    _klik(qtbot, tab.perbaikiButton)
    qtbot.waitUntil(lambda: True in h)
    assert tab.terpilih().data["keperluan"] == "Melamar pekerjaan sebagai satpam"
    _cetak_untuk_ttd(qtbot, tab, "camat")
    p = tab.terpilih()
    assert (p.status, p.nomor, p.cetak_ke) == ("dicetak", nomor, 2)
    t = _teks(tab.surat_terakhir)
    assert nomor in t and "sebagai satpam" in t

    # the third: cancelled after numbering, the Sekcam's decision recorded; the number BATAL
    tab.pilih_permohonan(c.id)
    _cetak_untuk_ttd(qtbot, tab, "an")

    def batal(dlg: CatatPejabatDialog) -> bool:
        qtbot.keyClicks(dlg.findChild(KotakAlasan, "alasanEdit"), "Pemohon tidak jadi melamar")
        while dlg.isian.pejabatCombo.currentData() != "sekcam":
            qtbot.keyClick(dlg.isian.pejabatCombo, Qt.Key.Key_Down)
        qtbot.mouseClick(dlg.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
        return True

    h = saat_dialog_muncul(CatatPejabatDialog, batal)
    _klik(qtbot, tab.batalButton)
    qtbot.waitUntil(lambda: True in h)
    assert tab.terpilih().status == "batal"
    n = {x.nomor_lengkap: x for x in desk.penomoran.daftar("skck")}
    assert [k for k, x in n.items() if x.batal] == ["100.2.2.5/003/SKCK/2026"]
    assert n["100.2.2.5/003/SKCK/2026"].alasan_batal == "Pemohon tidak jadi melamar"
    assert desk.pengguna_aktif.username == "operator"  # nobody else logged in


def test_pejabat_di_komputer_melihat_surat_sebelum_menandatangani(qtbot, tab, desk, monkeypatch):
    """The Sekcam signing in the app sees the letter (KONSEP, with his own block) when asked."""
    from PySide6.QtWidgets import QInputDialog

    a = siap_ttd(desk, skck())
    desk.masuk("sekcam", SANDI)
    tab.perbarui_izin()
    tab.pilih_permohonan(a.id)
    dilihat = []

    def pilih(_p, _j, _l, items, *args, **kw):
        pdf = tab._pratinjau.path
        dilihat.append((tab._pratinjau.isVisible(), _teks(pdf)))
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pilih))
    _klik(qtbot, tab.ttdButton)
    terlihat, teks = dilihat[0]
    assert terlihat and "KONSEP" in teks and SEKCAM in teks and "a.n. CAMAT" in teks
    assert tab.terpilih().status == "siap_diserahkan"
