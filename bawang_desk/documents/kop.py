"""THE letterhead (kop) and THE signature block: every document of the app uses these, and only these.

One place decides how the office's name, address and officials appear on paper (Tata Naskah Dinas,
Permendagri 1/2023; DOMAIN.md section 4), so a change of address or of Camat reaches every letter,
form and register book at once:

- :func:`kop_flowables`: lambang daerah at the left, "PEMERINTAH KABUPATEN BANJARNEGARA",
  "KECAMATAN BAWANG", the address/telephone/postal-code line and the e-mail/website line centred,
  then a double rule (thick over thin). ``kecil=True`` for half sheets and register books.
- :class:`Penandatangan` and :func:`blok_tanda_tangan`: the signature block at the right, with
  langsung, a.n., u.b., Plh. and Plt.; :func:`tembusan_flowables` for the tembusan at the left.
- :func:`blok_nomor_surat`: Nomor / Sifat / Lampiran / Hal with place and date on the Nomor line.
- :func:`judul_surat_keterangan`: the centred, underlined title of a surat keterangan/rekomendasi.
- :func:`buat_dokumen`: builds a PDF with the kop at the top of the first page, an optional footer
  on every page, PDF metadata, and an atomic write when the target is a path.

Never imports Qt (import-linter contract). Fonts: Liberation Sans (Arial metrics) via
:mod:`bawang_desk.documents.fonts`; the canvas starts in it so Helvetica never appears in a PDF.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from bawang_desk import APP_NAME
from bawang_desk.core.ekspor import tulis_atomik
from bawang_desk.core.pengaturan import JABATAN, JABATAN_LENGKAP, Kantor, Pejabat
from bawang_desk.documents import kertas as _kertas
from bawang_desk.documents.fonts import FONT, FONT_BOLD, daftarkan_font

__all__ = [
    "LEBAR_BLOK_KANAN",
    "MODE_TTD",
    "UKURAN_HURUF",
    "Penandatangan",
    "blok_nomor_surat",
    "blok_tanda_tangan",
    "buat_dokumen",
    "gaya",
    "judul_surat_keterangan",
    "kop_flowables",
    "lebar_teks",
    "penandatangan_kantor",
    "tembusan_flowables",
    "tinggi_teks",
]

log = logging.getLogger(__name__)

UKURAN_HURUF = 12
"""Body text of letters: 12 pt (Tata Naskah Dinas: Arial 11-12)."""
LEBAR_BLOK_KANAN = 8.5 * cm
"""Width of the right-hand column: place/date on the Nomor line and the signature block start at
the same x, about half the text width of an F4 letter."""
RUANG_TANDA_TANGAN = 2.2 * cm
"""Empty space for the signature and the stamp."""

MODE_TTD: tuple[str, ...] = ("langsung", "an", "ub", "plh", "plt")


def gaya(
    ukuran: float = UKURAN_HURUF,
    *,
    tebal: bool = False,
    rata: str = "kiri",
    leading: float | None = None,
    nama: str = "bd",
) -> ParagraphStyle:
    """A paragraph style in Liberation Sans; ``rata`` is kiri | tengah | rata (justified)."""
    daftarkan_font()
    return ParagraphStyle(
        f"{nama}-{ukuran}-{int(tebal)}-{rata}",
        fontName=FONT_BOLD if tebal else FONT,
        fontSize=ukuran,
        leading=leading if leading is not None else ukuran * 1.2,
        alignment={"kiri": TA_LEFT, "tengah": TA_CENTER, "rata": TA_JUSTIFY}[rata],
    )


def _p(teks: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text (escaped); newlines become line breaks."""
    return Paragraph(escape(teks).replace("\n", "<br/>"), style)


def lebar_teks(kertas: str, *, landscape: bool = False, setengah: bool = False) -> float:
    """Width in points between the margins of a page made by :func:`buat_dokumen`."""
    w, _ = _ukuran_halaman(kertas, landscape=landscape, setengah=setengah)
    m = _kertas.margin(setengah=setengah, landscape=landscape)
    return w - m.kiri - m.kanan


def tinggi_teks(kertas: str, *, landscape: bool = False, setengah: bool = False) -> float:
    """Height in points between the margins of a page made by :func:`buat_dokumen`."""
    _, h = _ukuran_halaman(kertas, landscape=landscape, setengah=setengah)
    m = _kertas.margin(setengah=setengah, landscape=landscape)
    return h - m.atas - m.bawah


def _ukuran_halaman(kertas: str, *, landscape: bool, setengah: bool) -> tuple[float, float]:
    if setengah:
        return _kertas.setengah(kertas)
    return _kertas.ukuran(kertas, landscape)


# --- Kop --------------------------------------------------------------------------------------


class _GarisKop(Flowable):
    """The double rule under the kop: a thick line over a thin one."""

    def __init__(self, tebal: float, tipis: float, jarak: float) -> None:
        super().__init__()
        self.tebal, self.tipis, self.jarak = tebal, tipis, jarak
        self.lebar = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.lebar = availWidth
        return availWidth, self.tebal + self.jarak + self.tipis

    def draw(self) -> None:
        c = self.canv
        h = self.tebal + self.jarak + self.tipis
        c.saveState()
        c.setLineWidth(self.tebal)
        c.line(0, h - self.tebal / 2, self.lebar, h - self.tebal / 2)
        c.setLineWidth(self.tipis)
        c.line(0, self.tipis / 2, self.lebar, self.tipis / 2)
        c.restoreState()


def _logo(data: bytes | None, lebar: float, tinggi: float) -> Flowable | str:
    """The logo scaled into lebar x tinggi, keeping its proportions; "" when absent or unreadable."""
    if not data:
        return ""
    try:
        iw, ih = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # a damaged logo must not stop a letter from printing
        log.warning("Logo kantor tidak dapat dibaca; kop dicetak tanpa logo.", exc_info=True)
        return ""
    skala = min(lebar / iw, tinggi / ih)
    return Image(io.BytesIO(data), width=iw * skala, height=ih * skala)


def _lebar_kontak(teks: str, font: str, ukuran: float) -> float:
    # a double space (between e-mail and website) is printed as four spaces
    return pdfmetrics.stringWidth(teks.replace("  ", "    "), font, ukuran)


def kop_flowables(kantor: Kantor, lebar: float, *, kecil: bool = False) -> list[Flowable]:
    """The letterhead as flowables for the top of the first page, ``lebar`` points wide.

    The logo sits in a left column and an equal empty column balances it at the right, so the
    text is centred on the page. Without a logo the left column stays empty (no placeholder).
    Each contact line is kept on one line: its size steps down (to 8 pt, 6 pt when ``kecil``)
    and, if still too long, the right balancing column is given up to widen the text; only then
    does a line wrap.
    """
    daftarkan_font()
    if kecil:
        ukuran, kotak_logo, garis = (10.5, 12.5, 7.0), (1.45 * cm, 1.65 * cm), (1.5, 0.5, 1.0)
        ukuran_min = 6.0
    else:
        ukuran, kotak_logo, garis = (14.0, 16.0, 9.5), (2.2 * cm, 2.6 * cm), (2.25, 0.75, 1.5)
        ukuran_min = 8.0
    w_logo = kotak_logo[0]
    kontak = [b.strip() for b in kantor.baris_kontak().split("\n") if b.strip()]

    # (size, width of the right balancing column): first centred on the page, then widened.
    pilihan = []
    for kanan in (w_logo, 0.0):
        u = ukuran[2]
        while u >= ukuran_min:
            pilihan.append((u, kanan))
            u -= 0.5
    u_kontak, w_kanan = ukuran_min, 0.0
    for u, kanan in pilihan:
        ruang = lebar - w_logo - kanan - 2
        if all(_lebar_kontak(b, FONT, u) <= ruang for b in kontak):
            u_kontak, w_kanan = u, kanan
            break

    s_pemda = gaya(ukuran[0], tebal=True, rata="tengah", leading=ukuran[0] * 1.2, nama="kop1")
    s_kantor = gaya(ukuran[1], tebal=True, rata="tengah", leading=ukuran[1] * 1.2, nama="kop2")
    s_kontak = gaya(u_kontak, rata="tengah", leading=u_kontak * 1.25, nama="kop3")
    teks: list[Flowable] = [
        _p(kantor.pemerintah.upper(), s_pemda),
        _p(kantor.nama_kantor.upper(), s_kantor),
        *(Paragraph(escape(b).replace("  ", "&nbsp;&nbsp;&nbsp; "), s_kontak) for b in kontak),
    ]
    tabel = Table(
        [[_logo(kantor.logo, *kotak_logo), teks, ""]],
        colWidths=[w_logo, lebar - w_logo - w_kanan, w_kanan],
        hAlign="CENTER",
    )
    tabel.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, 0), "LEFT"),
                ("FONT", (0, 0), (-1, -1), FONT),  # else empty cells set Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    setelah = Spacer(1, 0.25 * cm if kecil else 0.5 * cm)
    return [tabel, Spacer(1, 2), _GarisKop(*garis), setelah]


# --- Signature block --------------------------------------------------------------------------


@dataclass(frozen=True)
class Penandatangan:
    """Who signs, and in which capacity (DOMAIN.md section 4).

    ``jabatan_cetak`` is the office as printed, e.g. ``"CAMAT BAWANG"``. ``mode``:

    - ``"langsung"``: the holder signs: ``CAMAT BAWANG,``
    - ``"an"`` (atas nama): ``a.n. CAMAT BAWANG`` / ``Sekretaris Kecamatan,``; the second line is
      ``jabatan_pejabat``, the first ``atas_nama`` (defaults to ``jabatan_cetak``);
    - ``"ub"`` (untuk beliau): the mandated official passes it one level further down:
      ``a.n. CAMAT BAWANG`` / ``Sekretaris Kecamatan`` / ``u.b.`` / ``Kasubbag Umum dan
      Kepegawaian,``: the second line is ``jabatan_perantara`` (default ``"Sekretaris
      Kecamatan"``), the last ``jabatan_pejabat`` (the signer's own jabatan);
    - ``"plh"`` / ``"plt"`` (pelaksana harian / pelaksana tugas): ``Plh. CAMAT BAWANG,``.
    """

    pejabat: Pejabat
    jabatan_cetak: str
    mode: str = "langsung"
    atas_nama: str = ""
    jabatan_pejabat: str = ""
    jabatan_perantara: str = "Sekretaris Kecamatan"

    def baris_jabatan(self) -> list[str]:
        """The jabatan lines above the signature space, in order."""
        if self.mode not in MODE_TTD:
            raise ValueError(f"Mode penandatangan tidak dikenal: {self.mode!r}.")
        an = self.atas_nama or self.jabatan_cetak
        if self.mode == "langsung":
            return [f"{self.jabatan_cetak},"]
        if self.mode in ("plh", "plt"):
            return [f"{self.mode.capitalize()}. {self.jabatan_cetak},"]
        if not self.jabatan_pejabat:
            raise ValueError(
                "Penandatangan a.n./u.b. memerlukan jabatan pejabat yang menandatangani."
            )
        if self.mode == "an":
            return [f"a.n. {an}", f"{self.jabatan_pejabat},"]
        return [f"a.n. {an}", self.jabatan_perantara, "u.b.", f"{self.jabatan_pejabat},"]


def penandatangan_kantor(mode: str, pejabat: Pejabat, kecamatan: str) -> Penandatangan:
    """The signature block of an official of the kecamatan, by who signs and how.

    ``mode``: ``"camat"`` (the Camat himself), ``"an"`` (the Sekcam a.n. Camat), ``"plh"`` /
    ``"plt"`` (the Sekcam standing in), ``"ub"`` (an official below the Sekcam, by post). In a
    kecamatan the seksi sit beside the sekretariat, directly under the Camat (PP 17/2018), so a
    Kasi signs "a.n. CAMAT BAWANG / Kepala Seksi ...,"; a Kasubbag sits under the Sekcam, so
    the chain runs "a.n. CAMAT BAWANG / Sekretaris Kecamatan / u.b. / Kepala Subbagian ...,".
    Jabatan are written in full (``JABATAN_LENGKAP``).
    """
    camat = f"CAMAT {kecamatan.upper()}"
    if mode in ("camat", "langsung"):
        return Penandatangan(pejabat, camat)
    if mode in ("plh", "plt"):
        return Penandatangan(pejabat, camat, mode)
    jabatan = JABATAN_LENGKAP.get(pejabat.jabatan) or JABATAN.get(pejabat.jabatan, pejabat.jabatan)
    if mode == "an":
        return Penandatangan(pejabat, camat, "an", camat, JABATAN_LENGKAP["sekcam"])
    if mode != "ub":
        raise ValueError(f"Mode penandatangan tidak dikenal: {mode!r}.")
    if pejabat.jabatan.startswith("kasubbag"):
        return Penandatangan(pejabat, camat, "ub", camat, jabatan, JABATAN_LENGKAP["sekcam"])
    return Penandatangan(pejabat, camat, "an", camat, jabatan)


def blok_tanda_tangan(
    p: Penandatangan,
    *,
    tempat_tanggal: str | None = None,
    lebar: float = LEBAR_BLOK_KANAN,
    ukuran: float = UKURAN_HURUF,
) -> Flowable:
    """The signature block at the right: [place, date], jabatan, space, name, pangkat, NIP.

    The lines are left-aligned in a column ``lebar`` wide at the right margin (the same x as the
    place and date of :func:`blok_nomor_surat`). The block never splits across pages.
    A missing name or NIP prints a dotted line to be filled by hand.
    """
    s = gaya(ukuran, nama="ttd")
    s_nama = gaya(ukuran, tebal=True, nama="ttd-nama")
    baris: list[Any] = []
    if tempat_tanggal:
        baris.append([_p(tempat_tanggal, s)])
    baris += [[_p(b, s)] for b in p.baris_jabatan()]
    i_ruang = len(baris)
    baris.append([""])
    nama = p.pejabat.nama.strip()
    baris.append([Paragraph(f"<u>{escape(nama)}</u>", s_nama) if nama else _p("." * 45, s)])
    if p.pejabat.pangkat_golongan:
        baris.append([_p(p.pejabat.pangkat_golongan, s)])
    baris.append([_p(f"NIP. {p.pejabat.nip_cetak or '.' * 35}", s)])

    heights: list[float | None] = [None] * len(baris)
    heights[i_ruang] = RUANG_TANDA_TANGAN
    t = Table(baris, colWidths=[lebar], rowHeights=heights, hAlign="RIGHT")
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),  # else empty cells set Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return KeepTogether([t])


def tembusan_flowables(tembusan: Sequence[str], *, ukuran: float = UKURAN_HURUF) -> list[Flowable]:
    """``Tembusan:`` and the numbered list at the bottom left; [] when there is none.

    One recipient is not numbered; two or more are numbered ``1.``, ``2.``, ... with a hanging
    indent. The text is printed as given (the caller writes "Yth. Bupati Banjarnegara;").
    """
    isi = [t.strip() for t in tembusan if t and t.strip()]
    if not isi:
        return []
    s = gaya(ukuran, nama="tembusan")
    out: list[Flowable] = [Spacer(1, 0.6 * cm), _p("Tembusan:", s)]
    if len(isi) == 1:
        out.append(_p(isi[0], s))
        return [KeepTogether(out)]
    lebar_no = 0.75 * cm
    t = Table(
        [[_p(f"{i}.", s), _p(x, s)] for i, x in enumerate(isi, 1)],
        colWidths=[lebar_no, "*"],
        hAlign="LEFT",
    )
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),  # else empty cells set Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    out.append(t)
    return [KeepTogether(out)]


# --- Nomor block and titles -------------------------------------------------------------------


class _MenurutLebar(Flowable):
    """A flowable made when the frame width is known (a table that must use the full width)."""

    def __init__(self, buat: Callable[[float], Flowable]) -> None:
        super().__init__()
        self._buat = buat
        self._isi: Flowable | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._isi = self._buat(availWidth)
        self.width, self.height = self._isi.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        assert self._isi is not None
        self._isi.drawOn(self.canv, 0, 0)


def blok_nomor_surat(
    nomor: str,
    sifat: str,
    lampiran: str,
    hal: str,
    tempat_tanggal: str,
    *,
    ukuran: float = UKURAN_HURUF,
    lebar_kanan: float = LEBAR_BLOK_KANAN,
) -> Flowable:
    """Nomor / Sifat / Lampiran / Hal at the left, place and date at the right of the Nomor line.

    ``tempat_tanggal`` is printed as given, e.g. ``"Bawang, 24 November 2026"``, with no closing
    period (DOMAIN.md section 4). The date starts at the x of the signature block; a very long
    nomor pushes it to the right margin instead. Sifat, lampiran and hal may run to the right
    margin. An empty lampiran prints ``-``.
    """
    s = gaya(ukuran, nama="nomor")
    tanggal = tempat_tanggal.rstrip(". ")
    w_label, w_titik = 2.3 * cm, 0.4 * cm

    def buat(lebar: float) -> Flowable:
        perlu = pdfmetrics.stringWidth(nomor, FONT, ukuran) + 12
        w_kanan = lebar_kanan
        if w_label + w_titik + perlu + w_kanan > lebar:
            w_kanan = max(
                pdfmetrics.stringWidth(tanggal, FONT, ukuran) + 2, lebar - w_label - w_titik - perlu
            )
        data = [
            [_p("Nomor", s), _p(":", s), _p(nomor, s), _p(tanggal, s)],
            [_p("Sifat", s), _p(":", s), _p(sifat or "Biasa", s), ""],
            [_p("Lampiran", s), _p(":", s), _p(lampiran or "-", s), ""],
            [_p("Hal", s), _p(":", s), _p(hal, s), ""],
        ]
        t = Table(
            data,
            colWidths=[w_label, w_titik, lebar - w_label - w_titik - w_kanan, w_kanan],
            hAlign="LEFT",
        )
        t.setStyle(
            TableStyle(
                [
                    ("SPAN", (2, 1), (3, 1)),
                    ("SPAN", (2, 2), (3, 2)),
                    ("SPAN", (2, 3), (3, 3)),
                    ("FONT", (0, 0), (-1, -1), FONT),  # else empty cells set Helvetica
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return t

    return _MenurutLebar(buat)


def judul_surat_keterangan(
    judul: str, nomor: str, *, ukuran: float = UKURAN_HURUF
) -> list[Flowable]:
    """The centred, bold, underlined title and ``Nomor: ...`` under it, then a little space."""
    s_judul = gaya(ukuran + 1, tebal=True, rata="tengah", nama="judul-sk")
    s_nomor = gaya(ukuran, rata="tengah", nama="nomor-sk")
    return [
        Paragraph(f"<u>{escape(judul.upper())}</u>", s_judul),
        _p(f"Nomor: {nomor}", s_nomor),
        Spacer(1, 0.6 * cm),
    ]


# --- Building a document ----------------------------------------------------------------------


def _gambar_kaki(kaki: str | None, m: _kertas.Margin) -> Callable[[Canvas, Any], None]:
    def on_page(canv: Canvas, doc: Any) -> None:
        if not kaki:
            return
        canv.saveState()
        canv.setFont(FONT, 7)
        canv.drawString(m.kiri, _kertas.y_kaki(m), kaki)
        canv.restoreState()

    return on_page


def _bangun(
    target: str | os.PathLike[str] | BinaryIO,
    kantor: Kantor,
    kertas: str,
    story: list[Flowable],
    *,
    judul_pdf: str,
    pembuat: str,
    landscape: bool,
    setengah: bool,
    kaki: str | None,
    kop_kecil: bool,
    canvasmaker: Callable[..., Canvas] = Canvas,
    on_page: Callable[[Canvas, Any], None] | None = None,
) -> None:
    """Shared by :func:`buat_dokumen` and the register books (which add page numbers)."""
    daftarkan_font()
    pagesize = _ukuran_halaman(kertas, landscape=landscape, setengah=setengah)
    m = _kertas.margin(setengah=setengah, landscape=landscape)
    lebar = pagesize[0] - m.kiri - m.kanan
    tinggi = pagesize[1] - m.atas - m.bawah
    kaki_fn = _gambar_kaki(kaki, m)

    def halaman(canv: Canvas, doc: Any) -> None:
        kaki_fn(canv, doc)
        if on_page is not None:
            on_page(canv, doc)

    frame = Frame(
        m.kiri, m.bawah, lebar, tinggi, leftPadding=0, rightPadding=0, topPadding=0,
        bottomPadding=0, id="isi",
    )  # fmt: skip
    semua = [*kop_flowables(kantor, lebar, kecil=kop_kecil), *story]

    def susun(berkas: Any) -> None:
        doc = BaseDocTemplate(
            berkas,
            pagesize=pagesize,
            leftMargin=m.kiri,
            rightMargin=m.kanan,
            topMargin=m.atas,
            bottomMargin=m.bawah,
            title=judul_pdf,
            author=pembuat,
            creator=APP_NAME,
            subject=judul_pdf,
            lang="id-ID",
            initialFontName=FONT,
            initialFontSize=10,
        )
        doc.addPageTemplates([PageTemplate(id="halaman", frames=[frame], onPage=halaman)])
        try:
            doc.build(semua, canvasmaker=canvasmaker)
        finally:
            _lepas_siklus(doc, frame)

    if isinstance(target, str | os.PathLike):
        with tulis_atomik(Path(target)) as f:
            susun(f)
    else:
        susun(target)


def _lepas_siklus(doc: BaseDocTemplate, frame: Frame) -> None:
    """Break the built document's reference cycles (template, frame, canvas and PDF objects
    all point at each other), so reference counting frees a book as soon as it is written.
    Left to the garbage collector, a 5,000-row book was 6,000-23,000 objects that the next
    full collection walked and freed in one go, 40-90 ms in which a background print held
    the interpreter and the window stood still."""
    canv = getattr(doc, "canv", None)
    for o in (getattr(canv, "_doc", None), canv, *doc.pageTemplates, frame, doc):
        if o is not None and hasattr(o, "__dict__"):
            o.__dict__.clear()


def buat_dokumen(
    target: str | os.PathLike[str] | BinaryIO,
    kantor: Kantor,
    kertas: str,
    story: list[Flowable],
    *,
    judul_pdf: str,
    pembuat: str = APP_NAME,
    landscape: bool = False,
    setengah: bool = False,
    kaki: str | None = None,
    on_page: Callable[[Canvas, Any], None] | None = None,
) -> None:
    """Build a PDF: the kop at the top of the first page, then ``story``.

    ``target`` is a path (written atomically: a temp file in the same folder, fsync, os.replace;
    a failure never leaves half a PDF under the final name) or a binary file object.
    ``setengah`` makes a half-sheet page (Lembar Disposisi) with the small kop; ``landscape`` turns
    the page. ``kaki`` is a small footer line printed on every page; ``on_page`` draws on every
    page too (the KONSEP watermark of :mod:`bawang_desk.documents.konsep`). The PDF's title is
    ``judul_pdf``, its author ``pembuat`` (the user who printed it), its creator the app.
    """
    _bangun(
        target,
        kantor,
        kertas,
        story,
        judul_pdf=judul_pdf,
        pembuat=pembuat,
        landscape=landscape,
        setengah=setengah,
        kaki=kaki,
        kop_kecil=setengah or landscape,
        on_page=on_page,
    )
