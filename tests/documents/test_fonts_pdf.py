"""The shipped fonts end up in the PDFs: Liberation Sans for text, its bold face for <b>."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from bawang_desk.documents.fonts import (
    FONT,
    FONT_BOLD,
    FONT_BOLD_ITALIC,
    FONT_ITALIC,
    daftarkan_font,
)


def _base_fonts(pdf: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(pdf))
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object()["/Font"].get_object()
        for ref in fonts.values():
            base = str(ref.get_object()["/BaseFont"])
            # Embedded subsets are named "ABCDEF+LiberationSans-Bold"; drop the tag.
            names.add(base.lstrip("/").split("+", 1)[-1])
    return names


def _pdf(*flowables) -> bytes:
    buf = io.BytesIO()
    # initialFontName: otherwise the canvas lists its default Helvetica in every page's resources.
    SimpleDocTemplate(buf, pagesize=A4, initialFontName=FONT).build(list(flowables))
    return buf.getvalue()


def test_daftarkan_font_idempotent() -> None:
    assert daftarkan_font() == FONT
    assert daftarkan_font() == FONT


def test_pdf_memakai_liberation_sans() -> None:
    daftarkan_font()
    style = ParagraphStyle("biasa", fontName=FONT, fontSize=12)
    names = _base_fonts(_pdf(Paragraph("Kecamatan Bawang", style)))
    assert names == {FONT}
    assert all("LiberationSans" in n for n in names)


def test_tag_b_dan_i_memakai_wajah_yang_benar() -> None:
    daftarkan_font()
    style = ParagraphStyle("biasa", fontName=FONT, fontSize=12)
    pdf = _pdf(
        Paragraph("Nomor: <b>400.12/001/2025</b>", style),
        Paragraph("<i>miring</i> dan <b><i>tebal miring</i></b>", style),
    )
    assert _base_fonts(pdf) == {FONT, FONT_BOLD, FONT_ITALIC, FONT_BOLD_ITALIC}
