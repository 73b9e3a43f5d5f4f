"""Issue 14, a surat keluar with one login (the Pengadministrasi Umum): KONSEP printed, the
Sekcam's approval recorded with the body on screen, numbered at "Cetak untuk ditandatangani",
sent back once and reprinted under the same number, the pen signature recorded, sent."""

from __future__ import annotations

import json
from datetime import datetime

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QPushButton

from bawang_desk.core.surat_keluar import SuratKeluarBaru
from bawang_desk.ui.surat.kirim_dialog import KirimDialog
from bawang_desk.ui.umum import AlasanDialog
from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog
from tests.helpers import SANDI, saat_dialog_muncul
from tests.ui.surat.test_surat_keluar_tab import buka_tab, klik

SEKCAM = "Siti Nur'aini, S.Sos."


def _teks(p) -> str:
    return "\n".join(x.extract_text() for x in PdfReader(p).pages)


def _ok(qtbot, dlg) -> None:
    qtbot.mouseClick(dlg.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)


def test_surat_keluar_satu_login(qtbot, desk, jam, monkeypatch):
    desk.masuk("pengadministrasi", SANDI)
    s = desk.surat_keluar.buat_konsep(
        SuratKeluarBaru(
            "400.12.2.1",
            "Kepala Dindukcapil Kabupaten Banjarnegara",
            "Permohonan tambahan blangko KTP-el",
            isi="Dengan hormat, kami mohon tambahan blangko KTP-el sebanyak 500 keping.",
        )
    )
    tab = buka_tab(qtbot, desk)
    tab.pilih_surat(s.id)
    klik(qtbot, tab.cetakKonsepButton)
    assert "KONSEP" in _teks(tab.surat_terakhir) and not desk.penomoran.daftar(
        "surat-keluar:400.12.2.1"
    )

    # the Sekcam approved the printed konsep in his room: recorded, with the body on screen
    jam.maju(minutes=7)

    def setuju(dlg: CatatPejabatDialog) -> bool:
        assert "500 keping" in dlg.dokumenView.toPlainText()
        while dlg.isian.pejabatCombo.currentData() != "sekcam":
            qtbot.keyClick(dlg.isian.pejabatCombo, Qt.Key.Key_Down)
        dlg.isian.jamEdit.selectAll()
        qtbot.keyClicks(dlg.isian.jamEdit, "08.05")
        _ok(qtbot, dlg)
        return True

    h = saat_dialog_muncul(CatatPejabatDialog, setuju)
    klik(qtbot, tab.setujuiButton)
    qtbot.waitUntil(lambda: True in h)
    assert tab.surat_terpilih().status == "disetujui"

    # numbered now, a.n. Camat, and printed
    ditawarkan = []

    def pilih(_p, _j, _l, items, current=0, *a, **k):
        ditawarkan.append(list(items))
        return next(i for i in items if i.startswith("a.n.")), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pilih))
    klik(qtbot, tab.cetakTtdButton)
    k = tab.surat_terpilih()
    assert k.status == "dicetak" and k.nomor == "400.12.2.1/001/2026"
    assert any(SEKCAM in i for i in ditawarkan[0])
    assert k.nomor in _teks(tab.surat_terakhir)

    # sent back once: reason kept, reprinted under the same number
    def alasan(dlg: AlasanDialog) -> bool:
        qtbot.keyClicks(dlg.alasanEdit, "Sebutkan dasar permintaan")
        _ok(qtbot, dlg)
        return True

    h = saat_dialog_muncul(AlasanDialog, alasan)
    klik(qtbot, tab.dikembalikanButton)
    qtbot.waitUntil(lambda: True in h)
    assert tab.surat_terpilih().status == "dikembalikan"
    klik(qtbot, tab.cetakTtdButton)
    k = tab.surat_terpilih()
    assert (k.status, k.nomor, k.cetak_ke) == ("dicetak", "400.12.2.1/001/2026", 2)

    # the pen signature: the printed letter on screen, the Sekcam's time
    jam.maju(minutes=6)

    def ttd(dlg: CatatPejabatDialog) -> bool:
        assert isinstance(dlg.dokumenView, QPdfView) and dlg.doc.pageCount() == 1
        assert dlg.isian.pejabatCombo.currentData() == "an"
        dlg.isian.jamEdit.selectAll()
        qtbot.keyClicks(dlg.isian.jamEdit, "08.12")
        _ok(qtbot, dlg)
        return True

    h = saat_dialog_muncul(CatatPejabatDialog, ttd)
    klik(qtbot, tab.sudahTtdButton)
    qtbot.waitUntil(lambda: True in h)
    k = desk.surat_keluar.get(k.id)
    assert k.status == "bernomor" and k.penandatangan == SEKCAM
    st, w, oleh, cat = k.riwayat[-1]
    assert (st, w, oleh) == ("ditandatangani", datetime(2026, 11, 24, 8, 12), "pengadministrasi")
    assert "dicatat oleh pengadministrasi" in cat

    def kirim(dlg: KirimDialog) -> bool:
        dlg.caraCombo.setCurrentIndex(dlg.caraCombo.findText("E-Office"))
        qtbot.mouseClick(
            dlg.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return True

    h = saat_dialog_muncul(KirimDialog, kirim)
    klik(qtbot, tab.kirimButton)
    qtbot.waitUntil(lambda: True in h)
    assert tab.surat_terpilih().status == "dikirim"
    for aksi, pejabat in (
        ("surat_keluar.koreksi", SEKCAM),
        ("surat_keluar.tandatangan", SEKCAM),
    ):
        pengguna, r = desk.conn.execute(
            "SELECT pengguna, rincian FROM audit WHERE aksi = ?", (aksi,)
        ).fetchone()
        assert (pengguna, json.loads(r)["pejabat"]) == ("pengadministrasi", pejabat)
    assert desk.pengguna_aktif.username == "pengadministrasi"
