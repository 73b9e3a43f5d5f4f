"""Issue 14, an usulan KGB with one login (the Kasubbag): the pengantar printed as KONSEP, then
numbered at E-Office (step 5); the Camat's handwritten correction and his approval (step 6)
recorded with his name and time, the pengantar on screen; the number kept through the reprint."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton, QRadioButton

from bawang_desk.ui.kepegawaian.tab import KepegawaianTab
from bawang_desk.ui.kepegawaian.usulan_dialog import KirimBkdDialog
from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog
from tests.core import test_usulan_kp
from tests.helpers import saat_dialog_muncul
from tests.ui.kepegawaian.test_kepegawaian_tab import klik, teks_pdf

kantor = test_usulan_kp.kantor  # the fixture: staff due for KGB (logs the Kasubbag in)

CAMAT = "Drs. Anton Risdianto, M.Si."


def test_usulan_kgb_satu_login_kasubbag(qtbot, desk, jam, kantor):
    c = kantor["c"]
    u = desk.usulan_kp.buat("kgb", [c.id])
    desk.usulan_kp.centang_semua(u.id, c.id)
    desk.usulan_kp.beritahu(u.id)
    desk.usulan_kp.periksa_berkas(u.id)
    tab = KepegawaianTab(desk)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    qtbot.waitExposed(tab)
    up = tab.usulanPage
    tab.subTabs.setCurrentWidget(up)
    up.muat(pilih=u.id)

    # step 4: the konsep, printed as KONSEP (no number)
    klik(qtbot, up.konsepButton)
    klik(qtbot, up.cetakButton)
    qtbot.waitUntil(lambda: up.hasil is not None, timeout=10_000)
    assert "KONSEP" in teks_pdf(up.hasil) and "/001/" not in teks_pdf(up.hasil)
    up.pratinjau.close()

    # step 5: E-Office, numbered and printed
    klik(qtbot, up.eofficeButton)
    nomor = up.terpilih().nomor
    assert nomor == "800.1.11.13/001/2026"

    def koreksi(setuju: bool, catatan: str, jam_teks: str):
        def isi(dlg: CatatPejabatDialog) -> bool:
            assert isinstance(dlg.dokumenView, QPdfView) and dlg.doc.pageCount() == 2
            assert CAMAT in dlg.isian.pejabatCombo.currentText()
            radio = dlg.findChild(QRadioButton, "setujuRadio" if setuju else "perbaikanRadio")
            radio.setFocus()
            qtbot.keyClick(radio, Qt.Key.Key_Space)
            assert radio.isChecked()
            if catatan:
                qtbot.keyClicks(dlg.findChild(QLineEdit, "catatanEdit"), catatan)
            dlg.isian.jamEdit.selectAll()
            qtbot.keyClicks(dlg.isian.jamEdit, jam_teks)
            qtbot.mouseClick(
                dlg.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton
            )
            return True

        h = saat_dialog_muncul(CatatPejabatDialog, isi)
        klik(qtbot, up.koreksiButton)
        qtbot.waitUntil(lambda: True in h)

    # step 6 on paper: the Camat writes a correction at 08.06, recorded at 08.09
    jam.maju(minutes=9)
    koreksi(False, "Urutkan lampiran menurut NIP", "08.06")
    u = up.terpilih()
    assert u.status == "perbaikan" and u.nomor == nomor
    klik(qtbot, up.cetakButton)  # reprinted under the same number
    qtbot.waitUntil(lambda: up.hasil is not None and nomor in teks_pdf(up.hasil), timeout=10_000)
    up.pratinjau.close()
    jam.maju(minutes=8)
    koreksi(True, "", "08.15")
    u = desk.usulan_kp.get(u.id)
    assert u.status == "dikoreksi"
    lk6 = [lk for lk in u.langkah if lk.langkah == 6]
    assert [lk.waktu.strftime("%H.%M") for lk in lk6] == ["08.06", "08.15"]
    assert all(lk.oleh == "kasubbag" and CAMAT in lk.catatan for lk in lk6)

    def kirim(d: KirimBkdDialog) -> None:
        klik(qtbot, d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    h = saat_dialog_muncul(KirimBkdDialog, kirim)
    klik(qtbot, up.kirimButton)
    assert up.terpilih().status == "dikirim"
    rows = desk.conn.execute(
        "SELECT pengguna, rincian FROM audit WHERE aksi = 'usulan_kp.koreksi' ORDER BY id"
    ).fetchall()
    assert [(p, json.loads(r)["pejabat"]) for p, r in rows] == [("kasubbag", CAMAT)] * 2
    assert desk.pengguna_aktif.username == "kasubbag"
    assert h


def test_centang_semua_lalu_fokus_ke_pegawai_berikut_dan_langkah_berikut(qtbot, desk, jam, kantor):
    """With the keyboard: after "Centang semua" (Alt+S) the button is disabled, and Qt sent the
    focus back to "Usulan baru" at the top of the page. It goes on instead to the next employee
    still missing a document, and after the last one to the next step ("3 Periksa berkas")."""
    from PySide6.QtWidgets import QApplication

    b, c = kantor["b"], kantor["c"]
    u = desk.usulan_kp.buat("kgb", [b.id, c.id])
    desk.usulan_kp.beritahu(u.id)
    tab = KepegawaianTab(desk)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    up = tab.usulanPage
    tab.subTabs.setCurrentWidget(up)
    up.muat(pilih=u.id)
    pertama = up.anggota_terpilih()
    up.centangSemuaButton.setFocus()
    qtbot.keyClick(up.centangSemuaButton, Qt.Key.Key_Space)
    kedua = up.anggota_terpilih()
    assert kedua is not None and kedua.pegawai_id != pertama.pegawai_id
    assert kedua.dokumen_kurang and QApplication.focusWidget() is up.anggotaTable
    assert up.centangSemuaButton.isEnabled()
    up.centangSemuaButton.setFocus()
    qtbot.keyClick(up.centangSemuaButton, Qt.Key.Key_Space)
    assert up.terpilih().dokumen_kurang == {}
    assert QApplication.focusWidget() is up.periksaButton and up.periksaButton.isEnabled()
