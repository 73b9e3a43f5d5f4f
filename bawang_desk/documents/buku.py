"""Register books printed to PDF: Buku Agenda Surat Masuk/Keluar, Buku Ekspedisi, service registers.

One function, :func:`cetak_buku`, prints any register from its columns and rows: landscape F4 (or
A4), the small kop on the first page, the title and period, one long table whose header row
repeats on every page, "Halaman x dari y" on every page, and a summary table after the rows.

Speed (DESIGN.md: 5,000 rows at most 1.3 x a bare ReportLab LongTable of the same rows): a
Paragraph per cell is ten times slower than a plain string, so cells stay plain strings. Long text
is wrapped here, once, into newline-joined lines measured with the font's real widths
(:func:`bungkus`), words longer than the column are broken, and a cell is capped at
:data:`BARIS_MAKS` lines (a row never outgrows a page). Repeated short values (dates, sifat, codes)
are wrapped once and cached. "Halaman x dari y" costs no second pass: the canvas keeps each page
and stamps the numbers when the document is saved.
"""

from __future__ import annotations

import bisect
import functools
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from bawang_desk import APP_NAME
from bawang_desk.core.pengaturan import Kantor
from bawang_desk.documents import kertas as _kertas
from bawang_desk.documents.fonts import FONT, FONT_BOLD, daftarkan_font
from bawang_desk.documents.kop import _bangun, gaya, lebar_teks

__all__ = [
    "BARIS_MAKS",
    "UKURAN_ISI",
    "Kolom",
    "bungkus",
    "cetak_buku",
    "lebar_kolom",
    "lebar_teks_pt",
    "siapkan_baris",
]

Progress = Callable[[int, int, str], None]

UKURAN_ISI = 7.5
"""Text size of the table body and header, in points."""
LEADING = UKURAN_ISI * 1.2
BARIS_MAKS = 14
"""Lines per cell at most; longer text ends with "…"."""
PAD_H = 2.5
PAD_ATAS = 1.5
PAD_BAWAH = 2.5
SETIAP = 500
"""Rows between two progress reports."""

_ELIPSIS = "…"
_RATA = {"kiri": "LEFT", "tengah": "CENTER", "kanan": "RIGHT"}


@dataclass(frozen=True)
class Kolom:
    """One column of a register book.

    ``lebar`` is a relative weight (the widths are scaled to the text width); ``rata`` is
    kiri | tengah | kanan; ``bungkus=False`` keeps a cell on one line (cut with "…").
    """

    judul: str
    lebar: float
    rata: str = "kiri"
    bungkus: bool = True

    def __post_init__(self) -> None:
        if self.rata not in _RATA:
            raise ValueError(f"Perataan kolom harus kiri, tengah atau kanan, bukan {self.rata!r}.")
        if not self.lebar > 0:
            raise ValueError("Lebar kolom harus lebih dari nol.")


# --- Wrapping ---------------------------------------------------------------------------------


class _TabelLebar(dict):
    """Glyph advance widths (1/1000 em) by code point; unknown characters get the default."""

    def __init__(self, lebar: dict[int, float], bawaan: float) -> None:
        super().__init__(lebar)
        self.bawaan = bawaan

    def __missing__(self, kode: int) -> float:
        return self.bawaan


@functools.cache
def _tabel_lebar(font: str) -> _TabelLebar | None:
    f = pdfmetrics.getFont(font)
    face = getattr(f, "face", None)
    if face is None or not hasattr(face, "charWidths"):
        return None  # not a TrueType font: use ReportLab's own stringWidth
    return _TabelLebar(face.charWidths, face.defaultWidth)


def lebar_teks_pt(teks: str, font: str, ukuran: float) -> float:
    """The same as ``pdfmetrics.stringWidth`` for our TrueType fonts, several times faster
    without ReportLab's C accelerator (a dict lookup per character, no generator)."""
    t = _tabel_lebar(font)
    if t is None:
        return stringWidth(teks, font, ukuran)
    return sum(map(t.__getitem__, map(ord, teks))) * 0.001 * ukuran


_CACHE_KATA: dict[str, dict[str, float]] = {}


def _lebar_kata(kata: str, font: str, ukuran: float) -> float:
    """Width of one word, cached per font (words repeat a lot in a register)."""
    cache = _CACHE_KATA.setdefault(font, {})
    w = cache.get(kata)
    if w is None:
        w = lebar_teks_pt(kata, font, 1000.0)
        if len(cache) < 200_000:
            cache[kata] = w
    return w * 0.001 * ukuran


def _potong_kata(kata: str, lebar: float, font: str, ukuran: float) -> list[str]:
    """Break one word that is wider than ``lebar`` into pieces that fit (at least 1 char each)."""
    out = []
    while kata:
        lo, hi = 1, len(kata)  # the longest prefix that fits; lo always "fits" (1 char minimum)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if lebar_teks_pt(kata[:mid], font, ukuran) <= lebar:
                lo = mid
            else:
                hi = mid - 1
        if lo < len(kata):  # prefer to break after a "/" or "-" in the right half of the piece
            tanda = max(kata.rfind("/", 0, lo), kata.rfind("-", 0, lo))
            if tanda + 1 > lo // 2:
                lo = tanda + 1
        out.append(kata[:lo])
        kata = kata[lo:]
    return out


def _akhiri(baris: str, lebar: float, font: str, ukuran: float) -> str:
    """The longest prefix of ``baris`` that fits in ``lebar`` with "…" after it."""
    lo, hi = 0, len(baris)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if lebar_teks_pt(baris[:mid].rstrip() + _ELIPSIS, font, ukuran) <= lebar:
            lo = mid
        else:
            hi = mid - 1
    return baris[:lo].rstrip() + _ELIPSIS


def bungkus(
    teks: str,
    lebar: float,
    font: str = FONT,
    ukuran: float = UKURAN_ISI,
    *,
    baris_maks: int = BARIS_MAKS,
    satu_baris: bool = False,
) -> str:
    """Wrap ``teks`` to lines no wider than ``lebar`` points; return them joined with newlines.

    Existing newlines are kept; words longer than the line are broken; at most ``baris_maks``
    lines, the last one ending in "…" when text was cut. ``satu_baris``: one line, cut with "…".
    """
    if not teks:
        return ""
    if "\n" not in teks and lebar_teks_pt(teks, font, ukuran) <= lebar:
        return teks
    if satu_baris:
        teks = " ".join(teks.split())
        if lebar_teks_pt(teks, font, ukuran) <= lebar:
            return teks
        return _akhiri(teks, lebar, font, ukuran)
    spasi = lebar_teks_pt(" ", font, ukuran)
    hasil: list[str] = []
    for paragraf in teks.split("\n"):
        baris: list[str] = []
        w_baris = 0.0
        for kata in paragraf.split():
            w = _lebar_kata(kata, font, ukuran)
            if baris and w_baris + spasi + w <= lebar:
                baris.append(kata)
                w_baris += spasi + w
                continue
            if baris:
                hasil.append(" ".join(baris))
            if w > lebar:
                potongan = _potong_kata(kata, lebar, font, ukuran)
                hasil.extend(potongan[:-1])
                kata = potongan[-1]
                w = lebar_teks_pt(kata, font, ukuran)
            baris, w_baris = [kata], w
            if len(hasil) > baris_maks:
                break
        hasil.append(" ".join(baris))
        if len(hasil) > baris_maks:
            break
    if len(hasil) > baris_maks:
        hasil = hasil[:baris_maks]
        hasil[-1] = _akhiri(hasil[-1] + " " + _ELIPSIS, lebar, font, ukuran)
    return "\n".join(hasil)


class _Pembungkus:
    """Wraps the cells of one column; short repeated values are served from a cache."""

    CACHE_MAKS = 20_000
    PANJANG_CACHE = 48

    def __init__(self, lebar: float, satu_baris: bool) -> None:
        self.lebar = lebar
        self.satu_baris = satu_baris
        self.cache: dict[str, str] = {}

    def __call__(self, nilai: Any) -> str:
        teks = "" if nilai is None else nilai if isinstance(nilai, str) else str(nilai)
        if len(teks) > self.PANJANG_CACHE:
            return bungkus(teks, self.lebar, satu_baris=self.satu_baris)
        hasil = self.cache.get(teks)
        if hasil is None:
            hasil = bungkus(teks, self.lebar, satu_baris=self.satu_baris)
            if len(self.cache) < self.CACHE_MAKS:
                self.cache[teks] = hasil
        return hasil


# --- Page numbers -----------------------------------------------------------------------------


class _KanvasBernomor(Canvas):
    """A canvas that stamps "Halaman x dari y" on every page when the document is saved."""

    def __init__(self, *args: Any, posisi: tuple[float, float], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._posisi_nomor = posisi
        self._halaman_tersimpan: list[dict[str, Any]] = []

    def stringWidth(
        self, text: str, fontName: str | None = None, fontSize: float | None = None
    ) -> float:
        # Centred and right-aligned cells measure every line: use the fast table.
        return lebar_teks_pt(
            text,
            fontName if fontName is not None else self._fontname,
            fontSize if fontSize is not None else self._fontsize,
        )

    def showPage(self) -> None:
        self._halaman_tersimpan.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        halaman = self._halaman_tersimpan
        n = len(halaman)
        for i, keadaan in enumerate(halaman, 1):
            self.__dict__.update(keadaan)
            self.saveState()
            self.setFont(FONT, 7)
            self.drawRightString(*self._posisi_nomor, f"Halaman {i} dari {n}")
            self.restoreState()
            Canvas.showPage(self)
        # each kept page state holds this very list: emptied, the pages go by reference
        # counting now instead of waiting, a whole book of them, for a full collection
        halaman.clear()
        Canvas.save(self)


# --- The fast table ---------------------------------------------------------------------------

_ABU = colors.Color(0.86, 0.86, 0.86)


class _Teks:
    """PDF text operators of one font, each string encoded once per document.

    ReportLab's text object splits every string into font subsets and escapes it on every
    call; a register repeats the same dates, desa and statuses thousands of times.
    """

    def __init__(self, canv: Canvas, font: str, ukuran: float) -> None:
        self.font = pdfmetrics.getFont(font)
        self.nama = font
        self.ukuran = ukuran
        self.doc = canv._doc
        self.escape = canv._escape
        # one cache per document and font: the subset codes are the document's
        semua = self.doc.__dict__.setdefault("_bawang_teks", {})
        # tuples, not lists: tuples of strings drop out of the garbage collector's sight, and
        # as lists the cache of a 5,000-row book was 20,000 objects a full collection walked
        # (and freed with the document's cycle), holding the window up 40-90 ms
        self.cache: dict[str, tuple[tuple[int, str], ...]] = semua.setdefault(font, {})
        self.dinamis = bool(getattr(self.font, "_dynamicFont", False))

    def bagian(self, teks: str) -> tuple[tuple[int, str], ...]:
        p = self.cache.get(teks)
        if p is None:
            if self.dinamis:
                p = tuple((sub, self.escape(t)) for sub, t in self.font.splitString(teks, self.doc))
            else:  # pragma: no cover - the books always use the TrueType fonts
                p = ((-1, self.escape(teks)),)
            self.cache[teks] = p
        return p

    def tf(self, subset: int) -> str:
        if subset < 0:  # pragma: no cover
            nama = self.doc.getInternalFontName(self.nama)
        else:
            nama = self.font.getSubsetInternalName(subset, self.doc)
        return f"{nama} {self.ukuran:g} Tf"


class TabelCepat(Flowable):
    """A register table drawn straight onto the page: plain wrapped strings, row heights
    measured once, one text block and one set of grid lines per page.

    It prints what ``LongTable(..., repeatRows=1)`` with the book's style prints (header row
    bold on grey, repeated on every page; top-aligned cells; a 0.4 pt grid), at a fraction of
    its cost: LongTable recomputes the heights of all remaining rows at every page break and
    formats every cell through the generic text object. Splitting is a binary search over the
    cumulative row heights.
    """

    def __init__(
        self,
        data: list[list[str]],
        lebar: Sequence[float],
        rata: Sequence[str],
        *,
        tinggi: list[float] | None = None,
        awal: int = 1,
        akhir: int | None = None,
        kum: list[float] | None = None,
    ) -> None:
        super().__init__()
        self.data = data
        self.lebar = list(lebar)
        self.rata = list(rata)
        if tinggi is None:
            tinggi = [
                max(1, *(c.count("\n") + 1 for c in r)) * LEADING + PAD_ATAS + PAD_BAWAH
                for r in data
            ]
        self.tinggi = tinggi
        self.awal = awal
        self.akhir = len(data) if akhir is None else akhir
        if kum is None:
            kum = [0.0]
            for h in tinggi[1:]:
                kum.append(kum[-1] + h)
        self._kum = kum  # kum[i]: height of body rows 1..i, shared by every part

    def _tinggi_isi(self, a: int, b: int) -> float:
        return self._kum[b - 1] - self._kum[a - 1]

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = sum(self.lebar)
        self.height = self.tinggi[0] + self._tinggi_isi(self.awal, self.akhir)
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        ruang = ah - self.tinggi[0]

        # the last row b (exclusive) with kum[b-1] - kum[awal-1] <= ruang
        batas = self._kum[self.awal - 1] + ruang + 1e-6
        b = bisect.bisect_right(
            self._kum, batas, lo=self.awal, hi=min(self.akhir + 1, len(self._kum))
        )
        if b <= self.awal:
            return []
        b = min(b, self.akhir)
        bagian = {"tinggi": self.tinggi, "kum": self._kum}
        return [
            TabelCepat(self.data, self.lebar, self.rata, awal=self.awal, akhir=b, **bagian),
            TabelCepat(self.data, self.lebar, self.rata, awal=b, akhir=self.akhir, **bagian),
        ]

    def draw(self) -> None:
        canv = self.canv
        baris = [0, *range(self.awal, self.akhir)]
        xs = [0.0]
        for w in self.lebar:
            xs.append(xs[-1] + w)
        tinggi = self.tinggi
        # header background
        canv.saveState()
        canv.setFillColor(_ABU)
        canv.rect(0, self.height - tinggi[0], xs[-1], tinggi[0], stroke=0, fill=1)
        canv.restoreState()
        isi = _Teks(canv, FONT, UKURAN_ISI)
        tebal = _Teks(canv, FONT_BOLD, UKURAN_ISI)
        cache_lebar: dict[tuple[str, str], float] = {}
        ops = ["BT", f"{LEADING:g} TL"]
        aktif: tuple[str, int] | None = None
        y_atas = self.height
        garis_h = [y_atas]
        for k, i in enumerate(baris):
            h = tinggi[i]
            header = k == 0
            if header and h == 0:  # the continuation of a table: no header row
                continue
            t = tebal if header else isi
            sel = self.data[i]
            for c, teks in enumerate(sel):
                if not teks:
                    continue
                lines = teks.split("\n")
                if header:  # centred both ways
                    y = y_atas - (h - len(lines) * LEADING) / 2 - UKURAN_ISI * 0.9
                    rata = "tengah"
                else:
                    y = y_atas - PAD_ATAS - UKURAN_ISI
                    rata = self.rata[c]
                for baris_teks in lines:
                    if rata == "kiri":
                        x = xs[c] + PAD_H
                    else:
                        kunci = (t.nama, baris_teks)
                        w = cache_lebar.get(kunci)
                        if w is None:
                            w = cache_lebar[kunci] = lebar_teks_pt(baris_teks, t.nama, t.ukuran)
                        if rata == "tengah":
                            x = xs[c] + (self.lebar[c] - w) / 2
                        else:
                            x = xs[c + 1] - PAD_H - w
                    ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
                    for sub, esc in t.bagian(baris_teks):
                        if aktif != (t.nama, sub):
                            ops.append(t.tf(sub))
                            aktif = (t.nama, sub)
                        ops.append(f"({esc}) Tj")
                    y -= LEADING
            y_atas -= h
            garis_h.append(y_atas)
        ops.append("ET")
        canv._code.append("\n".join(ops))
        # the grid: every row boundary and every column boundary, as one path
        canv.saveState()
        canv.setLineWidth(0.4)
        canv.setStrokeColor(colors.black)
        garis = [(0, y, xs[-1], y) for y in garis_h]
        garis += [(x, garis_h[-1], x, garis_h[0]) for x in xs]
        canv.lines(garis)
        canv.restoreState()


class _EkorBuku(Flowable):
    """The last rows of a book's table, kept on the page of the summary after it.

    Drawn without a header row when it follows the rest of the table, and with the header when
    it starts a new page, so a summary never stands alone on the last page.
    """

    def __init__(self, data: list[list[str]], tinggi: list[float], lebar, rata) -> None:
        super().__init__()
        self.dengan = TabelCepat(data, lebar, rata, tinggi=tinggi)
        self.tanpa = TabelCepat(data, lebar, rata, tinggi=[0.0, *tinggi[1:]])
        self._isi = self.tanpa

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)
        self._isi = self.dengan if frame is not None and frame._atTop else self.tanpa
        self.width, self.height = self._isi.wrap(aw, ah)
        return self.width, self.height

    def draw(self) -> None:
        self._isi.drawOn(self.canv, 0, 0)


EKOR_RINGKASAN = 3
"""Rows of the table kept with the summary."""


# --- The book ---------------------------------------------------------------------------------


def _gaya_tabel(kolom: Sequence[Kolom], ada_baris: bool) -> TableStyle:
    perintah: list[tuple] = [
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, UKURAN_ISI, LEADING),
        ("FONT", (0, 1), (-1, -1), FONT, UKURAN_ISI, LEADING),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.86, 0.86, 0.86)),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_H),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_H),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_ATAS),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BAWAH),
    ]
    if ada_baris:
        for i, k in enumerate(kolom):
            if k.rata != "kiri":
                perintah.append(("ALIGN", (i, 1), (i, -1), _RATA[k.rata]))
    else:
        perintah += [("SPAN", (0, 1), (-1, 1)), ("ALIGN", (0, 1), (-1, 1), "CENTER")]
    return TableStyle(perintah)


def lebar_kolom(kertas: str, kolom: Sequence[Kolom]) -> list[float]:
    """Column widths in points on a landscape page: the weights scaled to the text width."""
    lebar = lebar_teks(kertas, landscape=True)
    total = sum(k.lebar for k in kolom)
    return [lebar * k.lebar / total for k in kolom]


def siapkan_baris(
    kertas: str,
    kolom: Sequence[Kolom],
    baris: Iterable[Sequence[Any]],
    progress: Progress | None = None,
) -> list[list[str]]:
    """The header and the rows as wrapped plain strings, ready for a LongTable."""
    daftarkan_font()
    lebar = lebar_kolom(kertas, kolom)
    ruang = [w - 2 * PAD_H - 0.5 for w in lebar]
    header = [bungkus(k.judul, r, FONT_BOLD) for k, r in zip(kolom, ruang, strict=True)]
    pembungkus = [_Pembungkus(r, not k.bungkus) for k, r in zip(kolom, ruang, strict=True)]
    n_kolom = len(kolom)
    data: list[list[str]] = [header]
    for i, r in enumerate(baris, 1):
        sel = [f(v) for f, v in zip(pembungkus, r, strict=False)]
        if len(sel) < n_kolom:
            sel += [""] * (n_kolom - len(sel))
        data.append(sel)
        if progress is not None and i % SETIAP == 0:
            progress(i, 0, f"Menyiapkan baris {i}…")
    return data


def cetak_buku(
    target: str | os.PathLike[str] | BinaryIO,
    kantor: Kantor,
    kertas: str,
    *,
    judul: str,
    subjudul: str,
    kolom: list[Kolom],
    baris: Iterable[Sequence[Any]],
    ringkasan: Sequence[tuple[str, str]] = (),
    progress: Progress | None = None,
    kaki: str | None = None,
    pembuat: str = APP_NAME,
    tinggi_baris_min: float = 0,
    catatan: Sequence[str] = (),
) -> int:
    """Print a register book; returns the number of rows printed.

    ``target``: a path (written atomically) or a binary file object. ``subjudul``: the period,
    e.g. "Periode 1 November 2026 s.d. 30 November 2026". ``ringkasan``: (label, value) pairs
    printed after the table. ``progress(done, total, message)`` is called every 500 rows while
    the rows are prepared (total 0: unknown) and once per page while the PDF is built.
    ``kaki``: a small footer line on every page (e.g. who printed it and when). ``catatan``:
    lines printed under "Catatan" after the totals (the numbers a restore entered as lost).
    ``tinggi_baris_min``: the least height of a row in points (the Buku Ekspedisi leaves about
    1.5 cm to sign the tanda terima in).
    """
    if not kolom:
        raise ValueError("Buku register memerlukan sekurang-kurangnya satu kolom.")
    daftarkan_font()
    data = siapkan_baris(kertas, kolom, baris, progress)
    n = len(data) - 1
    if n == 0:
        data.append(["Tidak ada data pada periode ini."] + [""] * (len(kolom) - 1))
    if progress is not None:
        progress(n, n, "Menyusun PDF…")

    ekor = None
    if n > 0:
        tinggi = [
            max(1, *(c.count("\n") + 1 for c in r)) * LEADING + PAD_ATAS + PAD_BAWAH for r in data
        ]
        if tinggi_baris_min:
            tinggi = [tinggi[0], *(max(h, tinggi_baris_min) for h in tinggi[1:])]
        lebar, rata = lebar_kolom(kertas, kolom), [k.rata for k in kolom]
        ekor: Flowable | None = None
        if ringkasan and n > EKOR_RINGKASAN:
            potong = len(data) - EKOR_RINGKASAN
            ekor = _EkorBuku([data[0], *data[potong:]], [tinggi[0], *tinggi[potong:]], lebar, rata)
            data, tinggi = data[:potong], tinggi[:potong]
        tabel: Flowable = TabelCepat(data, lebar, rata, tinggi=tinggi)
    else:
        tabel = LongTable(data, colWidths=lebar_kolom(kertas, kolom), repeatRows=1)
        tabel.setStyle(_gaya_tabel(kolom, False))
    story: list[Any] = [
        Paragraph(judul.upper(), gaya(11, tebal=True, rata="tengah", nama="buku-j")),
        Spacer(1, 2),
    ]
    if subjudul:
        story.append(Paragraph(subjudul, gaya(9, rata="tengah", nama="buku-s")))
    story += [Spacer(1, 8), tabel]
    if ringkasan:
        t = Table(
            [["Ringkasan", ""], *[[a, b] for a, b in ringkasan]],
            colWidths=[14 * 28.35, 3 * 28.35],  # wide enough for "Kode 400.12.2.2 – title"
            hAlign="LEFT",
        )
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                    ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
                    ("SPAN", (0, 0), (-1, 0)),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                    ("ALIGN", (1, 1), (1, -1), "RIGHT"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.86, 0.86, 0.86)),
                ]
            )
        )
        # the summary goes with the last rows of the table: never alone on the last page
        story += [KeepTogether([*([ekor] if ekor is not None else []), Spacer(1, 10), t])]
    if catatan:
        story += [Spacer(1, 8), Paragraph("Catatan:", gaya(8.5, tebal=True, nama="buku-ct"))]
        story += [Paragraph(escape(c), gaya(8.5, nama="buku-c")) for c in catatan]

    lebar_hal, _ = _kertas.ukuran(kertas, landscape=True)
    m = _kertas.margin(landscape=True)
    kanvas = functools.partial(_KanvasBernomor, posisi=(lebar_hal - m.kanan, _kertas.y_kaki(m)))

    def per_halaman(canv: Canvas, doc: Any) -> None:
        if progress is not None:
            progress(doc.page, 0, f"Menyusun halaman {doc.page}…")

    _bangun(
        target,
        kantor,
        kertas,
        story,
        judul_pdf=judul,
        pembuat=pembuat,
        landscape=True,
        setengah=False,
        kaki=kaki,
        kop_kecil=True,
        canvasmaker=kanvas,
        on_page=per_halaman,
    )
    return n
