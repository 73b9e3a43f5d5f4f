"""Loads the shipped Liberation Sans fonts into Qt and makes them the application font.

The same TTFs that ReportLab embeds in the PDFs (``resources/fonts``), so the screens look the same
on every PC, whatever fonts the system has. ``muat_font()`` is idempotent per process.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from bawang_desk.core.sumber import resource_path

FAMILI = "Liberation Sans"

BERKAS_FONT = (
    "LiberationSans-Regular.ttf",
    "LiberationSans-Bold.ttf",
    "LiberationSans-Italic.ttf",
    "LiberationSans-BoldItalic.ttf",
)


@functools.cache
def muat_font() -> str:
    """Add the four faces to QFontDatabase (needs a QGuiApplication); returns the family name.

    Raises RuntimeError when a file is missing or Qt cannot read it.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("muat_font() perlu QApplication yang sudah dibuat")
    famili = ""
    for berkas in BERKAS_FONT:
        jalur = resource_path("fonts", berkas)
        font_id = QFontDatabase.addApplicationFont(str(jalur))
        if font_id < 0:
            raise RuntimeError(f"Font tidak dapat dimuat: {jalur}")
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families and not famili:
            famili = families[0]
    return famili or FAMILI


def pasang_font_aplikasi(app: QApplication, point_size: int = 10) -> str:
    """Load the fonts and set Liberation Sans as the application font; returns the family name."""
    famili = muat_font()
    font = QFont(famili, point_size)
    app.setFont(font)
    return famili
