"""Issue 14, SOP 001 with one login (the Pengadministrasi Umum): a Sangat Segera letter is
registered, its Lembar Disposisi printed, the Camat's handwritten disposition and the Sekcam's
elaboration recorded from the sheet with their names and times, then distributed."""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from bawang_desk.ui.main_window import MainWindow
from bawang_desk.ui.surat.disposisi_dialog import DisposisiDialog, DistribusiDialog
from bawang_desk.ui.surat.masuk_dialog import SuratMasukDialog
from bawang_desk.ui.surat.masuk_tab import SuratMasukTab
from bawang_desk.ui.umum import KotakAlasan
from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog
from tests.helpers import SANDI, saat_dialog_muncul
from tests.ui.surat.test_surat_masuk_tab import teks_pdf

CAMAT = "Drs. Anton Risdianto, M.Si."
SEKCAM = "Siti Nur'aini, S.Sos."


def _jam(isian, teks: str, qtbot) -> None:
    isian.jamEdit.selectAll()
    qtbot.keyClicks(isian.jamEdit, teks)


def test_sangat_segera_satu_login_pengadministrasi(qtbot, desk, jam):
    desk.masuk("pengadministrasi", SANDI)
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    tab: SuratMasukTab = w.tampilkan_tab("suratMasukTab")
    dicetak = []
    tab.dicetak.connect(dicetak.append)

    def catat(dlg: SuratMasukDialog) -> bool:
        qtbot.keyClicks(dlg.ui.pengirimEdit, "Bupati Banjarnegara")
        dlg.ui.halEdit.setFocus()
        qtbot.keyClicks(dlg.ui.halEdit, "Rapat kesiapsiagaan bencana hari ini")
        qtbot.keyClick(dlg.ui.halEdit, Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "Sangat")
        jam.maju(minutes=2)
        qtbot.keyClick(dlg.ui.lampiranEdit, Qt.Key.Key_Return)
        return True

    hasil = saat_dialog_muncul(SuratMasukDialog, catat)
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: True in hasil and len(dicetak) == 1, timeout=10_000)
    assert "LEMBAR DISPOSISI" in teks_pdf(dicetak[0])  # the sheet the Camat writes on
    tab._pratinjau.close()
    sid = tab.terpilih().id
    jam.maju(minutes=1)
    qtbot.mouseClick(tab.sampaikanButton, Qt.MouseButton.LeftButton)  # 08.03 to the Camat

    # the sheet comes back at 08.09 with the Camat's handwriting, dated 08.07
    jam.maju(minutes=6)
    assert tab.disposisiButton.isEnabled()

    def disposisi(dlg: DisposisiDialog) -> bool:
        assert dlg.isian is not None and CAMAT in dlg.isian.pejabatCombo.currentText()
        cb = dlg.tujuan["sekcam"]
        cb.setFocus()
        qtbot.keyClick(cb, Qt.Key.Key_Space)
        cb = dlg.instruksi["Hadiri/wakili"]
        cb.setFocus()
        qtbot.keyClick(cb, Qt.Key.Key_Space)
        dlg.ui.catatanEdit.setFocus()
        qtbot.keyClicks(dlg.ui.catatanEdit, "Sekcam mewakili, lapor hasilnya")
        _jam(dlg.isian, "08.11", qtbot)  # a slip: not yet 08.11
        dlg.ui.buttonBox.button(dlg.ui.buttonBox.StandardButton.Save).click()
        assert "belum terjadi" in dlg.ui.errorLabel.text()
        _jam(dlg.isian, "08.07", qtbot)
        dlg.ui.buttonBox.button(dlg.ui.buttonBox.StandardButton.Save).click()
        return True

    hasil = saat_dialog_muncul(DisposisiDialog, disposisi)
    qtbot.mouseClick(tab.disposisiButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: True in hasil)

    # the Sekcam's elaboration, written at 08.12, recorded at 08.14 beside the disposition
    jam.maju(minutes=5)
    tab.pilih_surat(sid)
    assert tab.jabarkanButton.isEnabled()

    def jabarkan(dlg: CatatPejabatDialog) -> bool:
        assert "Sekcam mewakili" in dlg.dokumenView.toPlainText()  # what is elaborated
        assert SEKCAM in dlg.isian.pejabatCombo.currentText()
        qtbot.keyClicks(dlg.findChild(KotakAlasan, "penjabaranEdit"), "Kasi Trantibum ikut hadir")
        _jam(dlg.isian, "08.12", qtbot)
        qtbot.mouseClick(dlg.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton)
        return True

    hasil = saat_dialog_muncul(CatatPejabatDialog, jabarkan)
    qtbot.mouseClick(tab.jabarkanButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: True in hasil)

    jam.maju(minutes=1)

    def distribusi(dlg: DistribusiDialog) -> bool:
        dlg.isi(0, None, "Siti")
        dlg.accept()
        return True

    hasil = saat_dialog_muncul(DistribusiDialog, distribusi)
    qtbot.mouseClick(tab.distribusiButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: True in hasil and len(dicetak) == 2, timeout=10_000)
    isi = teks_pdf(dicetak[1])
    assert "Sekcam mewakili" in isi and "Kasi Trantibum ikut hadir" in isi

    s = desk.surat_masuk.get(sid)
    assert s.status == "didistribusikan"
    waktu = [lk.waktu.strftime("%H.%M") for lk in s.langkah]
    assert waktu == ["08.02", "08.03", "08.07", "08.12", "08.15"]  # the officials' times
    assert [int(lk.durasi.total_seconds() // 60) for lk in s.langkah] == [2, 1, 4, 5, 3]
    assert [lk.pelaku.nama if lk.pelaku else None for lk in s.langkah] == [
        None, None, CAMAT, SEKCAM, None,
    ]  # fmt: skip
    assert {lk.oleh for lk in s.langkah} == {"pengadministrasi"}
    detail = tab.detail.toPlainText()
    assert f"{CAMAT} (Camat), dicatat oleh pengadministrasi" in detail
    assert f"{SEKCAM} (Sekretaris Kecamatan), dicatat oleh pengadministrasi" in detail
    audit = {
        aksi: (pengguna, json.loads(r) if r else {})
        for aksi, pengguna, r in desk.conn.execute(
            "SELECT aksi, pengguna, rincian FROM audit WHERE objek = ?", (f"surat_masuk:{sid}",)
        )
    }
    for aksi, pejabat in (("surat_masuk.disposisi", CAMAT), ("surat_masuk.jabarkan", SEKCAM)):
        pengguna, r = audit[aksi]
        assert (pengguna, r["pejabat"]) == ("pengadministrasi", pejabat)
    assert audit["surat_masuk.disposisi"][1]["waktu_pejabat"] == "2026-11-24T08:07"
    assert desk.pengguna_aktif.username == "pengadministrasi"
    assert jam.now == datetime(2026, 11, 24, 8, 15)
    w.close()
