"""Paper sizes and margins for every printed document.

F4 (215 x 330 mm, "folio" in the shops of Banjarnegara) is the default paper; A4 is a setting
(DOMAIN.md section 4: the national guide says A4, many Central Java regencies use F4).

Margins of a letter follow the Tata Naskah Dinas minimums: top 2 cm, left 3 cm (the binding side),
right 2 cm, bottom 2.5 cm. Two kinds of document are not naskah dinas pages and use smaller margins,
chosen here once so every such document matches:

- the half sheet (the Lembar Disposisi, half an F4 sheet or an A5) is a form clipped to the letter:
  1.5 cm on the left for the clip/staple, 1 cm elsewhere, so the whole form fits on one half sheet;
- a register book printed landscape is a working list, not a letter: 1.5 cm on the left (the binding
  side of a ring binder) and 1 cm elsewhere, so the eleven columns of the Buku Agenda get their room.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4 as _A4
from reportlab.lib.units import cm, mm

__all__ = [
    "A4",
    "A5",
    "F4",
    "MARGIN_BUKU",
    "MARGIN_SETENGAH",
    "MARGIN_SURAT",
    "SETENGAH_F4",
    "Margin",
    "margin",
    "setengah",
    "ukuran",
]

F4: tuple[float, float] = (215 * mm, 330 * mm)
"""F4 / folio, portrait, in points (609.4 x 935.4)."""
A4: tuple[float, float] = (float(_A4[0]), float(_A4[1]))
"""A4, portrait, in points (595.3 x 841.9)."""
SETENGAH_F4: tuple[float, float] = (165 * mm, 215 * mm)
"""Half an F4 sheet (330 cut in two), portrait: 165 x 215 mm."""
A5: tuple[float, float] = (148 * mm, 210 * mm)
"""A5, half an A4 sheet, portrait: 148 x 210 mm."""

_UKURAN = {"F4": F4, "A4": A4}
_SETENGAH = {"F4": SETENGAH_F4, "A4": A5}


@dataclass(frozen=True)
class Margin:
    """Page margins in points."""

    atas: float
    kiri: float
    kanan: float
    bawah: float


MARGIN_SURAT = Margin(atas=2 * cm, kiri=3 * cm, kanan=2 * cm, bawah=2.5 * cm)
"""Letters and other portrait documents: the Tata Naskah Dinas minimums."""
MARGIN_SETENGAH = Margin(atas=1 * cm, kiri=1.5 * cm, kanan=1 * cm, bawah=1.5 * cm)
"""Half-sheet forms (Lembar Disposisi); the bottom leaves room for the footer line."""
MARGIN_BUKU = Margin(atas=1 * cm, kiri=1.5 * cm, kanan=1 * cm, bawah=1.5 * cm)
"""Landscape register books (Buku Agenda, Buku Ekspedisi, service registers); the bottom
leaves room for the page number and "dicetak oleh" line."""
TEPI_AMAN = 8 * mm
"""Nothing is printed closer than this to the paper's edge: many office printers cannot print
the outer 4-5 mm, and a page number or audit hash there is lost."""


def y_kaki(m: Margin) -> float:
    """The baseline of a footer line (page number, "dicetak oleh", audit hash): in the bottom
    margin, but never within :data:`TEPI_AMAN` of the edge (the descenders included)."""
    return max(m.bawah * 0.45, TEPI_AMAN + 1 * mm)


def _periksa(kertas: str) -> str:
    if kertas not in _UKURAN:
        raise ValueError(f"Ukuran kertas harus F4 atau A4, bukan {kertas!r}.")
    return kertas


def ukuran(kertas: str, landscape: bool = False) -> tuple[float, float]:
    """Page size (width, height) in points of ``"F4"`` or ``"A4"``, portrait or landscape."""
    w, h = _UKURAN[_periksa(kertas)]
    return (h, w) if landscape else (w, h)


def setengah(kertas: str) -> tuple[float, float]:
    """Half sheet, portrait: 165 x 215 mm for F4, A5 (148 x 210 mm) for A4."""
    return _SETENGAH[_periksa(kertas)]


def margin(*, setengah: bool = False, landscape: bool = False) -> Margin:
    """The margins for a kind of page (see the module docstring)."""
    if setengah:
        return MARGIN_SETENGAH
    if landscape:
        return MARGIN_BUKU
    return MARGIN_SURAT
