"""The application font is the shipped Liberation Sans."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication, QLabel

from bawang_desk.ui.umum.fonts import FAMILI, muat_font, pasang_font_aplikasi


def test_pasang_font_aplikasi(qapp) -> None:
    lama = QApplication.font()
    try:
        famili = pasang_font_aplikasi(qapp, point_size=11)
        assert famili == "Liberation Sans" == FAMILI
        font = QApplication.font()
        assert font.family() == "Liberation Sans"
        assert font.pointSize() == 11
        assert QFontInfo(QLabel("x").font()).family() == "Liberation Sans"
    finally:
        QApplication.setFont(lama)


def test_muat_font_keempat_wajah(qapp) -> None:
    assert muat_font() == "Liberation Sans"
    styles = set(QFontDatabase.styles("Liberation Sans"))
    assert {"Regular", "Bold", "Italic", "Bold Italic"} <= styles
