"""The KONSEP watermark: a draft printed before its number, unmistakable on every page.

A letter goes to the official printed with its number (issue 14); what is printed before that is
a draft, and must never pass for the letter: a large grey diagonal "KONSEP" across each page, and
no number on it. One function, drawn from a page callback, so every letter layout marks its
drafts the same way.
"""

from __future__ import annotations

from typing import Any

from bawang_desk.documents.fonts import FONT_BOLD

TEKS = "KONSEP"
#: What a draft prints where the register number will be.
NOMOR_KONSEP = "(belum bernomor)"


def gambar_konsep(canv: Any, doc: Any) -> None:
    """Draw the diagonal KONSEP over the page (a ReportLab ``onPage`` callback)."""
    w, h = doc.pagesize
    canv.saveState()
    canv.setFillColorRGB(0.55, 0.55, 0.55, alpha=0.35)
    canv.setFont(FONT_BOLD, min(w, h) / 4.2)
    canv.translate(w / 2, h / 2)
    canv.rotate(55)
    canv.drawCentredString(0, -min(w, h) / 14, TEKS)
    canv.restoreState()
