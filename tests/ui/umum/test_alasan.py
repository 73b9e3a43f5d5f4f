"""The reason box: Tab leaves it, Ctrl+Enter submits, the rule is checked before the dialog closes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from bawang_desk.ui.umum import AlasanDialog, KotakAlasan, minta_alasan, tombol_dialog


def test_tab_keluar_dari_kotak_dan_ctrl_enter_menyimpan(qtbot):
    dlg = QDialog()
    lay = QVBoxLayout(dlg)
    kotak = KotakAlasan(dlg)
    lain = QLineEdit(dlg)
    lay.addWidget(kotak)
    lay.addWidget(lain)
    disimpan: list[str] = []
    lay.addWidget(tombol_dialog(dlg, "&Simpan", lambda: disimpan.append(kotak.teks())))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    kotak.setFocus()
    qtbot.keyClicks(kotak, "baris satu")
    qtbot.keyClick(kotak, Qt.Key.Key_Return)  # Enter alone is a new line
    qtbot.keyClicks(kotak, "baris dua")
    qtbot.keyClick(kotak, Qt.Key.Key_Tab)
    assert kotak.toPlainText() == "baris satu\nbaris dua"  # no tab character typed
    assert QApplication.focusWidget() is not kotak
    kotak.setFocus()
    qtbot.keyClick(kotak, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert disimpan == ["baris satu\nbaris dua"]


def test_alasan_diperiksa_sebelum_dialog_tutup_dan_tidak_hilang(qtbot):
    dlg = AlasanDialog(None, "Batalkan", "Alasan pembatalan:")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.keyClicks(dlg.alasanEdit, "dup")
    qtbot.keyClick(dlg.alasanEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dlg.isVisible()  # refused, still open
    assert "paling sedikit 5 huruf" in dlg.galatLabel.text()
    assert dlg.alasanEdit.toPlainText() == "dup"  # what was typed is kept
    qtbot.keyClicks(dlg.alasanEdit, "likat dengan surat nomor 12")
    assert not dlg.galatLabel.isVisible()  # typing takes the message away
    qtbot.keyClick(dlg.alasanEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.hasil == "duplikat dengan surat nomor 12"


def test_minta_alasan_batal_mengembalikan_none(qtbot):
    def tutup():
        w = QApplication.activeModalWidget()
        assert isinstance(w, AlasanDialog)
        qtbot.keyClick(w.alasanEdit, Qt.Key.Key_Escape)

    QTimer.singleShot(0, tutup)
    assert minta_alasan(None, "Batalkan", "Alasan:") is None
