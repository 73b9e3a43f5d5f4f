"""The shared action button: its Alt letter and its shortcut both press it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from bawang_desk.ui.umum.dasar import tombol


def test_tombol_dengan_pintasan_tetap_punya_huruf_alt(qtbot):
    """Ctrl+N set as the button's own shortcut replaced its mnemonic: "Catat surat masuk" showed
    C underlined while Alt+C typed a "c" into the search field (seen in a real window)."""
    w = QWidget()
    qtbot.addWidget(w)
    lay = QVBoxLayout(w)
    cari = QLineEdit()
    b = tombol("&Catat surat masuk...", "catatButton", "Ctrl+N")
    lay.addWidget(cari)
    lay.addWidget(b)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    cari.setFocus()
    QApplication.processEvents()
    tekan: list[bool] = []
    b.clicked.connect(lambda: tekan.append(True))
    assert b.shortcut() == QKeySequence("Alt+C")
    QTest.keyClick(cari, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(tekan) == 1, timeout=2000)
    assert cari.text() == ""
    QTest.keyClick(cari, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(tekan) == 2, timeout=2000)
    b.setEnabled(False)  # a disabled button's shortcut does nothing
    QTest.keyClick(cari, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert len(tekan) == 2
