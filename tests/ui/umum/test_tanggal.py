"""The one date field: typed the way the office types dates, refused at the field, Indonesian."""

from __future__ import annotations

import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCalendarWidget, QDialog, QVBoxLayout

from bawang_desk.core.errors import ValidationError
from bawang_desk.ui.umum import TanggalEdit
from bawang_desk.ui.umum.dasar import GAYA_GALAT

D = datetime.date


@pytest.fixture
def dlg(qtbot):
    d = QDialog()
    lay = QVBoxLayout(d)
    d.tgl = TanggalEdit(d)
    d.tgl.setObjectName("tanggalEdit")
    d.lain = TanggalEdit(d, boleh_kosong=True)
    d.lain.setObjectName("lainEdit")
    lay.addWidget(d.tgl)
    lay.addWidget(d.lain)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.tgl.setFocus()
    return d


def _ketik(qtbot, w, teks):
    w.setFocus()
    w.selectAll()
    qtbot.keyClicks(w, teks)
    qtbot.keyClick(w, Qt.Key.Key_Tab)


@pytest.mark.parametrize(
    "teks", ["28112026", "28-11-2026", "28/11/2026", "28.11.2026", "28 November 2026"]
)
def test_diketik_dalam_bentuk_kantor(qtbot, dlg, teks):
    berubah: list[object] = []
    dlg.tgl.tanggalBerubah.connect(berubah.append)
    _ketik(qtbot, dlg.tgl, teks)
    assert dlg.tgl.tanggal() == D(2026, 11, 28)
    assert dlg.tgl.text() == "28-11-2026"  # rewritten when the field is left
    assert dlg.tgl.galat() is None
    assert berubah == [D(2026, 11, 28)]


def test_tanpa_nol_di_depan(qtbot, dlg):
    _ketik(qtbot, dlg.tgl, "1-2-2026")
    assert dlg.tgl.tanggal() == D(2026, 2, 1)
    assert dlg.tgl.text() == "01-02-2026"


def test_31_februari_ditolak_di_field_dengan_kalimat(qtbot, dlg):
    _ketik(qtbot, dlg.tgl, "31-02-2026")
    assert dlg.tgl.tanggal() is None
    assert "Februari 2026 hanya 28 hari" in dlg.tgl.galat()
    assert dlg.tgl.styleSheet() == GAYA_GALAT
    assert "hanya 28 hari" in dlg.tgl.accessibleDescription()
    assert dlg.tgl.text() == "31-02-2026"  # what was typed stays, to be corrected
    with pytest.raises(ValidationError) as e:
        dlg.tgl.periksa()
    assert e.value.field == "tanggalEdit"
    # correcting it takes the red away
    _ketik(qtbot, dlg.tgl, "28022026")
    assert dlg.tgl.styleSheet() == ""
    assert dlg.tgl.periksa() == D(2026, 2, 28)


def test_di_luar_rentang_ditolak(qtbot, dlg):
    dlg.tgl.setRentang(D(2026, 1, 1), D(2026, 12, 1), "Tanggal surat tidak boleh setelah hari ini.")
    _ketik(qtbot, dlg.tgl, "02122026")
    assert dlg.tgl.galat() == "Tanggal surat tidak boleh setelah hari ini."
    assert dlg.tgl.tanggal() is None
    dlg.tgl.setRentang(D(1900, 1, 1), D(2026, 12, 1))
    _ketik(qtbot, dlg.tgl, "01-01-0001")
    assert dlg.tgl.galat() == (
        "Tanggal 01-01-0001 di luar rentang yang boleh: 01-01-1900 sampai 01-12-2026."
    )


def test_wajib_dan_opsional(qtbot, dlg):
    with pytest.raises(ValidationError, match="wajib diisi"):
        dlg.tgl.periksa()
    assert dlg.lain.periksa() is None  # optional: empty is fine
    dlg.lain.setTanggal(D(2026, 5, 1))
    assert dlg.lain.text() == "01-05-2026"
    assert dlg.lain.isClearButtonEnabled()
    dlg.lain.kosongkan()
    assert dlg.lain.tanggal() is None and dlg.lain.text() == ""
    _ketik(qtbot, dlg.lain, "")
    assert dlg.lain.periksa() is None


def test_panah_menggeser_hari_dan_bulan(qtbot, dlg):
    dlg.tgl.setTanggal(D(2026, 1, 31))
    qtbot.keyClick(dlg.tgl, Qt.Key.Key_Up)
    assert dlg.tgl.tanggal() == D(2026, 2, 1)
    qtbot.keyClick(dlg.tgl, Qt.Key.Key_PageDown)
    assert dlg.tgl.tanggal() == D(2026, 1, 1)
    qtbot.keyClick(dlg.tgl, Qt.Key.Key_Down)
    assert dlg.tgl.tanggal() == D(2025, 12, 31)


def test_kalender_indonesia_dibuka_di_tanggal_field_lalu_dipilih(qtbot, dlg):
    dlg.tgl.setTanggal(D(2026, 11, 28))
    qtbot.keyClick(dlg.tgl, Qt.Key.Key_F4)
    popup = dlg.tgl._popup
    qtbot.waitUntil(popup.isVisible)
    kal = popup.findChild(QCalendarWidget, "kalender")
    assert kal.selectedDate().toPython() == D(2026, 11, 28)
    assert kal.locale().monthName(11) == "November"
    assert kal.locale().monthName(1) == "Januari"
    assert kal.locale().dayName(1) == "Senin"
    assert kal.firstDayOfWeek() == Qt.DayOfWeek.Monday
    kal.setSelectedDate(kal.selectedDate().addDays(2))
    kal.activated.emit(kal.selectedDate())
    assert dlg.tgl.tanggal() == D(2026, 11, 30)
    assert not popup.isVisible()


def test_kalender_field_kosong_dibuka_di_hari_ini(qtbot, dlg):
    qtbot.keyClick(dlg.lain, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    kal = dlg.lain._popup.findChild(QCalendarWidget, "kalender")
    assert kal.selectedDate().toPython() == datetime.date.today()
    qtbot.keyClick(kal, Qt.Key.Key_Escape)
    assert dlg.lain.tanggal() is None
