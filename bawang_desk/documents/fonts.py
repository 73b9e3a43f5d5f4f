"""Registers the shipped Liberation Sans fonts with ReportLab, once, so every document uses them.

Liberation Sans has Arial's metrics (the face of the Tata Naskah Dinas) and is shipped in
``resources/fonts`` so the PDFs look the same on every PC. ``daftarkan_font()`` is idempotent; call
it before building any document. The family is mapped with ``addMapping`` so ``<b>`` and ``<i>`` in
a Paragraph pick the bold and italic faces.
"""

from __future__ import annotations

import functools

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from bawang_desk.core.sumber import resource_path

FONT = "LiberationSans"
FONT_BOLD = "LiberationSans-Bold"
FONT_ITALIC = "LiberationSans-Italic"
FONT_BOLD_ITALIC = "LiberationSans-BoldItalic"

#: ReportLab font name -> file in resources/fonts.
BERKAS_FONT: dict[str, str] = {
    FONT: "LiberationSans-Regular.ttf",
    FONT_BOLD: "LiberationSans-Bold.ttf",
    FONT_ITALIC: "LiberationSans-Italic.ttf",
    FONT_BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
}


@functools.cache
def daftarkan_font() -> str:
    """Register the four faces and the family mapping with ReportLab; returns the family name."""
    for nama, berkas in BERKAS_FONT.items():
        pdfmetrics.registerFont(TTFont(nama, str(resource_path("fonts", berkas))))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    return FONT
