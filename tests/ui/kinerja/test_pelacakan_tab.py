"""The Pelacakan SOP tab: start a run of the kinerja SOP, see deadlines and late steps in red,
tick the next step with its date and output document."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from bawang_desk.ui.kinerja.pelacakan_dialog import CentangDialog, MulaiDialog
from bawang_desk.ui.kinerja.pelacakan_tab import ModelLangkah, PelacakanSopTab
from tests.helpers import SANDI, saat_dialog_muncul


def klik_ok(qtbot, dlg) -> None:
    qtbot.mouseClick(
        dlg.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_mulai_lihat_terlambat_dan_centang(qtbot, qtmodeltester, desk, jam):
    jam.now = datetime(2026, 1, 8, 9, 0)
    desk.masuk("kasubbag", SANDI)
    tab = PelacakanSopTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.daftarList.count() == 0 and not tab.centangButton.isEnabled()

    def isi_mulai(dlg: MulaiDialog) -> None:
        assert dlg.sopCombo.currentData() == "kinerja-pengumpulan"
        assert "hari, minggu" in dlg.infoLabel.text()
        dlg.judulEdit.setText("Laporan Kinerja 2025")
        dlg.tanggalEdit.setTanggal(date(2026, 1, 5))
        dlg.jamEdit.setTime(QTime(8, 0))
        klik_ok(qtbot, dlg)

    hasil = saat_dialog_muncul(MulaiDialog, isi_mulai)
    run = tab.mulai()
    assert not isinstance(hasil[0], BaseException)
    assert run is not None and run.judul == "Laporan Kinerja 2025"
    assert tab.daftarList.count() == 1
    assert "terlambat" in tab.daftarList.item(0).text()
    assert tab.model.rowCount() == 11
    qtmodeltester.check(tab.model)
    # steps 1-3 were due on 6, 7 and 8 January at 08:00: red; step 4 (9 January) not yet
    merah = [
        tab.model.index(i, ModelLangkah.COL_BATAS).data(Qt.ItemDataRole.ForegroundRole) is not None
        for i in range(4)
    ]
    assert merah == [True, True, True, False]
    assert tab.model.index(10, ModelLangkah.COL_BATAS).data() == "tanpa batas"
    assert "3 langkah terlambat" in tab.statusLabel.text()

    # the Camat ticks step 1, done on 7 January with the disposition
    desk.masuk("camat", SANDI)

    def isi_centang(dlg: CentangDialog) -> None:
        assert dlg.dokumenEdit.text() == "Disposisi"  # the SOP's output, to be completed
        dlg.tanggalEdit.setTanggal(date(2026, 1, 7))
        dlg.dokumenEdit.setText("Disposisi Camat 7 Januari 2026")
        klik_ok(qtbot, dlg)

    saat_dialog_muncul(CentangDialog, isi_centang)
    run = tab.centang()
    assert run is not None and run.langkah[0].selesai
    assert run.langkah[0].selesai_pada.date() == date(2026, 1, 7)
    assert tab.model.index(0, ModelLangkah.COL_DOKUMEN).data() == "Disposisi Camat 7 Januari 2026"
    assert "2 langkah terlambat" in tab.statusLabel.text()
    assert [lk.langkah for lk in desk.pelacakan.terlambat("sekcam")] == [2]

    # a tick in the future is refused at its field and the dialog stays open
    def isi_salah(dlg: CentangDialog) -> None:
        dlg.tanggalEdit.setTanggal(date(2026, 2, 1))
        klik_ok(qtbot, dlg)
        assert dlg.isVisible() and "masa depan" in dlg.galatLabel.text()
        dlg.reject()

    saat_dialog_muncul(CentangDialog, isi_salah)
    assert tab.centang() is None
    assert not desk.pelacakan.get(run.id).langkah[1].selesai
