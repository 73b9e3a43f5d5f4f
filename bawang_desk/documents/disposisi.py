"""The Lembar Disposisi of SOP 068/001 (Pengelolaan Surat Masuk), on one half sheet under the small kop.

The staff print it when they record an incoming letter (step 1) and clip it to the letter; the
Camat writes the disposition (step 3), the Sekretaris Kecamatan elaborates it (step 4, its own box),
and the staff distribute the letter against signatures (step 5, the receipt table).

- ``kosong=True``: the form for handwriting. Only the letter's own data is printed (sender,
  number, dates, agenda number, sifat, hal); the recipient and instruction boxes are empty, the
  notes are empty lines, the receipt table has empty rows.
- ``kosong=False``: the form as recorded in the app: ticked boxes (a "√" in the box, a glyph
  Liberation Sans has, so it prints on any printer and reads back as text), notes and dates filled.

A Sangat Segera letter (the seed's "Amat Segera") gets a bold bordered "SANGAT SEGERA" band above
the title, black on white so it survives any printer and photocopy; Rahasia gets a "RAHASIA" band.

Everything fits on ONE half sheet: when it would not, the text size steps down to a floor (6 pt),
then the free texts (hal, catatan, penjabaran, ...) are cut with "…"; the empty space left over goes
to the two handwriting boxes. If even that cannot fit (dozens of tick options), a ``ValueError``
says so: the form never silently runs onto a second page.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from bawang_desk import APP_NAME
from bawang_desk.core.pengaturan import Kantor
from bawang_desk.core.teks import tanggal_panjang
from bawang_desk.documents.fonts import FONT, FONT_BOLD, daftarkan_font
from bawang_desk.documents.kop import (
    _bangun,
    gaya,
    kop_flowables,
    lebar_teks,
    tinggi_teks,
)

__all__ = [
    "INSTRUKSI_BAKU",
    "PILIHAN_KEAMANAN",
    "PILIHAN_SIFAT",
    "TUJUAN_BAKU",
    "DataDisposisi",
    "lembar_disposisi",
    "normalisasi_sifat",
]

PILIHAN_SIFAT: tuple[str, ...] = ("Sangat Segera", "Segera", "Biasa")
"""The urgency boxes, most urgent first; secrecy is its own row (Biasa / Rahasia)."""

PILIHAN_KEAMANAN: tuple[str, ...] = ("Biasa", "Rahasia")
"""The security boxes: a secret letter can be urgent too (issue 12 item 6)."""

TUJUAN_BAKU: tuple[str, ...] = (
    "Sekretaris Kecamatan",
    "Kasi Tata Pemerintahan",
    "Kasi Ketenteraman dan Ketertiban Umum",
    "Kasi Pemberdayaan Masyarakat dan Desa",
    "Kasi Kesejahteraan Sosial",
    "Kasubbag Umum dan Kepegawaian",
    "Kasubbag Perencanaan dan Keuangan",
)
"""A default list of recipients for callers that have none configured."""

INSTRUKSI_BAKU: tuple[str, ...] = (
    "Tanggapan dan saran",
    "Proses lebih lanjut",
    "Koordinasi/konfirmasikan",
    "Untuk diketahui",
    "Hadiri/wakili",
    "Siapkan jawaban",
    "Arsip",
)
"""The usual "Dengan hormat harap" instructions."""

_SIFAT_ALIAS = {
    "amat segera": "Sangat Segera",
    "sangat segera": "Sangat Segera",
    "segera": "Segera",
    "penting": "Penting",
    "rahasia": "Rahasia",
    "biasa": "Biasa",
}
_CENTANG = "√"
_ELIPSIS = "…"


def normalisasi_sifat(sifat: str) -> str:
    """``"Amat Segera"`` (the seed) and any case of a known sifat -> its name in PILIHAN_SIFAT."""
    s = " ".join((sifat or "").split())
    return _SIFAT_ALIAS.get(s.casefold(), s)


@dataclass
class DataDisposisi:
    """What the Lembar Disposisi prints. Dates are ``datetime.date`` (printed "24 November 2026")."""

    nomor_agenda: str
    surat_dari: str
    nomor_surat: str
    tanggal_surat: datetime.date | None
    diterima_tanggal: datetime.date
    sifat: str
    hal: str
    rahasia: bool = False
    pilihan_tujuan: list[str] = field(default_factory=lambda: list(TUJUAN_BAKU))
    tujuan: set[str] = field(default_factory=set)
    pilihan_instruksi: list[str] = field(default_factory=lambda: list(INSTRUKSI_BAKU))
    instruksi: set[str] = field(default_factory=set)
    catatan_camat: str = ""
    batas_waktu: datetime.date | None = None
    tanggal_disposisi: datetime.date | None = None
    penjabaran_sekcam: str = ""
    tanggal_penjabaran: datetime.date | None = None
    distribusi: list[tuple[str, datetime.date | None, str]] = field(default_factory=list)


# --- Tick boxes -------------------------------------------------------------------------------


class _Kotak(Flowable):
    """A square box, a "√" in it when ticked, and its label (wrapped when long)."""

    def __init__(self, label: str, centang: bool, ukuran: float, titik: bool = False) -> None:
        super().__init__()
        self.label, self.centang, self.ukuran, self.titik = label, centang, ukuran, titik
        self.sisi = ukuran * 1.05
        self.jarak = ukuran * 0.5
        self.leading = ukuran * 1.25
        self.baris: list[str] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        ruang = max(availWidth - self.sisi - self.jarak, 10)
        if self.titik:
            n = int(ruang / stringWidth(".", FONT, self.ukuran)) - 1
            self.baris = ["." * max(n, 3)]
        else:
            self.baris = simpleSplit(self.label, FONT, self.ukuran, ruang) or [""]
        self.width = availWidth
        self.height = max(len(self.baris) * self.leading, self.sisi + self.ukuran * 0.3)
        return self.width, self.height

    def draw(self) -> None:
        c, u = self.canv, self.ukuran
        dasar = self.height - u * 0.95  # baseline of the first line
        c.saveState()
        c.setLineWidth(0.6)
        c.rect(0, dasar - u * 0.2, self.sisi, self.sisi, stroke=1, fill=0)
        if self.centang:
            c.setFont(FONT_BOLD, u * 0.95)
            c.drawCentredString(self.sisi / 2, dasar - u * 0.02, _CENTANG)
        c.setFont(FONT, u)
        x = self.sisi + self.jarak
        for i, b in enumerate(self.baris):
            c.drawString(x, dasar - i * self.leading, b)
        c.restoreState()


class _DeretKotak(Flowable):
    """Tick boxes side by side, wrapping to the next line when the row is full."""

    def __init__(self, item: Sequence[tuple[str, bool]], ukuran: float) -> None:
        super().__init__()
        self.item, self.ukuran = list(item), ukuran
        self.posisi: list[tuple[float, int, str, bool]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        u = self.ukuran
        x, baris = 0.0, 0
        self.posisi = []
        for label, centang in self.item:
            w = u * 1.5 + stringWidth(label, FONT, u)
            if x > 0 and x + w > availWidth:
                x, baris = 0.0, baris + 1
            self.posisi.append((x, baris, label, centang))
            x += w + u * 1.6
        self.width = availWidth
        self.height = (baris + 1) * u * 1.4
        return self.width, self.height

    def draw(self) -> None:
        c, u = self.canv, self.ukuran
        c.saveState()
        c.setLineWidth(0.6)
        for x, baris, label, centang in self.posisi:
            dasar = self.height - u * 0.92 - baris * u * 1.4
            c.rect(x, dasar - u * 0.2, u * 1.05, u * 1.05, stroke=1, fill=0)
            if centang:
                c.setFont(FONT_BOLD, u * 0.95)
                c.drawCentredString(x + u * 0.525, dasar - u * 0.02, _CENTANG)
            c.setFont(FONT_BOLD if centang else FONT, u)
            c.drawString(x + u * 1.5, dasar, label)
        c.restoreState()


class _Pita(Flowable):
    """The SANGAT SEGERA / RAHASIA band: bold capitals in a thick black frame, full width."""

    def __init__(self, teks: str, catatan: str, ukuran: float) -> None:
        super().__init__()
        self.teks, self.catatan, self.ukuran = teks, catatan, ukuran

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.ukuran * 1.9
        return self.width, self.height

    def draw(self) -> None:
        c, u = self.canv, self.ukuran
        c.saveState()
        c.setLineWidth(2.2)
        c.rect(1.1, 1.1, self.width - 2.2, self.height - 2.2, stroke=1, fill=0)
        y = (self.height - u * 0.72) / 2
        if self.catatan:
            w1 = stringWidth(self.teks, FONT_BOLD, u)
            uc = u * 0.55
            w2 = stringWidth(self.catatan, FONT, uc)
            x = (self.width - w1 - uc - w2) / 2
            c.setFont(FONT_BOLD, u)
            c.drawString(x, y, self.teks)
            c.setFont(FONT, uc)
            c.drawString(x + w1 + uc, y, self.catatan)
        else:
            c.setFont(FONT_BOLD, u)
            c.drawCentredString(self.width / 2, y, self.teks)
        c.restoreState()


# --- Layout -----------------------------------------------------------------------------------


def _potong(teks: str, batas: int | None) -> str:
    teks = " ".join((teks or "").split()) if batas is not None else (teks or "").strip()
    if batas is None or len(teks) <= batas:
        return teks
    return teks[: max(batas - 1, 1)].rstrip() + _ELIPSIS


def _tgl(d: datetime.date | None) -> str:
    return tanggal_panjang(d) if d else ""


def _gaya_tabel(u: float) -> list[tuple]:
    return [
        ("FONT", (0, 0), (-1, -1), FONT, u),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), u * 0.45),
        ("RIGHTPADDING", (0, 0), (-1, -1), u * 0.45),
        ("TOPPADDING", (0, 0), (-1, -1), u * 0.25),
        ("BOTTOMPADDING", (0, 0), (-1, -1), u * 0.35),
        ("BOX", (0, 0), (-1, -1), 0.8, "black"),
    ]


def _susun(
    d: DataDisposisi,
    kosong: bool,
    lebar: float,
    u: float,
    batas: int | None,
    ekstra: float,
    baris_min: tuple[int, int] = (4, 3),
) -> list[Flowable]:
    """The form below the kop at text size ``u``, free texts cut at ``batas`` characters,
    ``baris_min`` lines of writing space at least in the Camat's and the Sekcam's boxes, and
    ``ekstra`` points of spare height shared between those two boxes."""
    s = gaya(u, leading=u * 1.22, nama="dispo")
    s_b = gaya(u, tebal=True, leading=u * 1.22, nama="dispo-b")
    s_agenda = gaya(u * 1.25, tebal=True, leading=u * 1.45, nama="dispo-agenda")

    def p(teks: str, style=s) -> Paragraph:
        return Paragraph(escape(teks).replace("\n", "<br/>"), style)

    out: list[Flowable] = []
    sifat = normalisasi_sifat(d.sifat)
    rahasia = d.rahasia or sifat == "Rahasia"  # an old-style single sifat still prints right
    if sifat == "Rahasia":
        sifat = "Biasa"
    if sifat == "Sangat Segera":
        out += [_Pita("SANGAT SEGERA", "Sampaikan kepada Camat saat ini juga", u * 1.75)]
    if rahasia:
        if out:
            out.append(Spacer(1, u * 0.3))
        out += [_Pita("RAHASIA", "Hanya dibuka oleh yang dituju", u * 1.75)]
    if out:
        out.append(Spacer(1, u * 0.5))
    out += [
        Paragraph("LEMBAR DISPOSISI", gaya(u * 1.5, tebal=True, rata="tengah", nama="dispo-j")),
        Spacer(1, u * 0.5),
    ]

    # The letter's own data.
    w_lbl, w_lbl2 = lebar * 0.17, lebar * 0.18
    w_val = (lebar - w_lbl - w_lbl2) / 2
    sifat_item = [(x, x == sifat) for x in PILIHAN_SIFAT]
    if sifat and sifat not in PILIHAN_SIFAT:
        sifat_item.append((sifat, True))
    keamanan_item = [(x, (x == "Rahasia") == rahasia) for x in PILIHAN_KEAMANAN]
    data = [
        [p("Surat dari", s_b), p(_potong(d.surat_dari, batas)), "", ""],
        [
            p("Nomor surat", s_b),
            p(_potong(d.nomor_surat, batas)),
            p("Nomor agenda", s_b),
            p(d.nomor_agenda, s_agenda),
        ],
        [
            p("Tanggal surat", s_b),
            p(_tgl(d.tanggal_surat)),
            p("Diterima tanggal", s_b),
            p(_tgl(d.diterima_tanggal)),
        ],
        [p("Sifat", s_b), _DeretKotak(sifat_item, u), "", ""],
        [p("Keamanan", s_b), _DeretKotak(keamanan_item, u), "", ""],
        [p("Hal", s_b), p(_potong(d.hal, batas)), "", ""],
    ]
    t = Table(data, colWidths=[w_lbl, w_val, w_lbl2, w_val])
    t.setStyle(
        TableStyle(
            [
                *_gaya_tabel(u),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, "black"),
                ("SPAN", (1, 0), (3, 0)),
                ("SPAN", (1, 3), (3, 3)),
                ("SPAN", (1, 4), (3, 4)),
                ("SPAN", (1, 5), (3, 5)),
            ]
        )
    )
    out += [t, Spacer(1, u * 0.5)]

    # Recipients and instructions.
    def kolom_kotak(judul: str, pilihan: Sequence[str], terpilih: set[str]) -> list[Flowable]:
        isi: list[Flowable] = [p(judul, s_b), Spacer(1, u * 0.2)]
        for x in pilihan:
            isi.append(_Kotak(x, (not kosong) and x in terpilih, u))
        if not kosong:
            isi += [_Kotak(x, True, u) for x in sorted(terpilih - set(pilihan))]
        else:
            isi.append(_Kotak("", False, u, titik=True))
        return isi

    t = Table(
        [
            [
                kolom_kotak("Diteruskan kepada Sdr.:", d.pilihan_tujuan, d.tujuan),
                kolom_kotak("Dengan hormat harap:", d.pilihan_instruksi, d.instruksi),
            ]
        ],
        colWidths=[lebar / 2, lebar / 2],
    )
    t.setStyle(TableStyle([*_gaya_tabel(u), ("INNERGRID", (0, 0), (-1, -1), 0.4, "black")]))
    out += [t, Spacer(1, u * 0.5)]

    # The Camat's note, then the Sekcam's elaboration: boxes for handwriting.
    titik = "." * 22

    def kotak_tulis(judul: str, teks: str, baris_min: int, tambahan: float, kaki: str) -> Table:
        isi = p("" if kosong else _potong(teks, batas))
        _, h = isi.wrap(lebar - u * 0.9, 100_000)
        tinggi_isi = max(h + u * 0.6, baris_min * u * 1.6 + tambahan)
        tabel = Table(
            [[p(judul, s_b)], [isi], [p(kaki)]],
            colWidths=[lebar],
            rowHeights=[None, tinggi_isi, None],
        )
        tabel.setStyle(TableStyle(_gaya_tabel(u)))
        return tabel

    nbsp = "\u00a0" * 6
    batas_waktu = titik if kosong or not d.batas_waktu else _tgl(d.batas_waktu)
    tgl_dispo = titik if kosong or not d.tanggal_disposisi else _tgl(d.tanggal_disposisi)
    out += [
        kotak_tulis(
            "Catatan / disposisi Camat:",
            d.catatan_camat,
            baris_min[0],
            ekstra * 0.6,
            f"Batas waktu: {batas_waktu}{nbsp}Tanggal: {tgl_dispo}{nbsp}Paraf: {titik}",
        ),
        Spacer(1, u * 0.5),
    ]
    tgl_jabar = titik if kosong or not d.tanggal_penjabaran else _tgl(d.tanggal_penjabaran)
    out += [
        kotak_tulis(
            "Penjabaran disposisi oleh Sekretaris Kecamatan:",
            d.penjabaran_sekcam,
            baris_min[1],
            ekstra * 0.4,
            f"Tanggal: {tgl_jabar}{nbsp}Paraf: {titik}",
        ),
        Spacer(1, u * 0.5),
    ]

    # Distribution against signatures (SOP 068/001 step 5).
    rows: list[list] = [
        [
            p("No.", s_b),
            p("Diteruskan kepada", s_b),
            p("Tanggal", s_b),
            p("Diterima oleh/paraf", s_b),
        ]
    ]
    isi_dist = [] if kosong else list(d.distribusi)
    for i, (kepada, tgl, oleh) in enumerate(isi_dist, 1):
        rows.append([p(f"{i}."), p(_potong(kepada, batas)), p(_tgl(tgl)), p(_potong(oleh, batas))])
    for i in range(len(isi_dist) + 1, max(3, len(isi_dist)) + 1):
        rows.append([p(f"{i}."), "", "", ""])
    tinggi = [None] + [max(u * 2.1, 0) for _ in rows[1:]]
    t = Table(
        rows,
        colWidths=[lebar * 0.07, lebar * 0.45, lebar * 0.2, lebar * 0.28],
        rowHeights=tinggi,
    )
    t.setStyle(TableStyle([*_gaya_tabel(u), ("INNERGRID", (0, 0), (-1, -1), 0.4, "black")]))
    out += [p("Distribusi / tanda terima:", s_b), Spacer(1, u * 0.2), t]
    return out


def _tinggi(flowables: Sequence[Flowable], lebar: float) -> float:
    return sum(f.wrap(lebar, 100_000)[1] for f in flowables)


UKURAN_AWAL = 8.0
UKURAN_MIN = 6.0
_BATAS_MIN = 30


def _pilih_tata_letak(
    d: DataDisposisi, kosong: bool, lebar: float, tinggi: float
) -> tuple[float, int | None, tuple[int, int]]:
    """The largest text size, then the longest cut of the free texts, then the least squeezing of
    the writing boxes with which the form fits in ``tinggi``."""

    def muat(u: float, batas: int | None, baris_min: tuple[int, int] = (4, 3)) -> bool:
        return _tinggi(_susun(d, kosong, lebar, u, batas, 0, baris_min), lebar) <= tinggi

    u = UKURAN_AWAL
    while u >= UKURAN_MIN:
        if muat(u, None):
            return u, None, (4, 3)
        u -= 0.5
    u = UKURAN_MIN
    teks = (d.surat_dari, d.nomor_surat, d.hal, d.catatan_camat, d.penjabaran_sekcam)
    teks += tuple(x for k, _, o in d.distribusi for x in (k, o))
    panjang = max(len(" ".join((t or "").split())) for t in teks)
    if panjang > _BATAS_MIN and muat(u, _BATAS_MIN):
        lo, hi = _BATAS_MIN, panjang  # muat(lo) holds; find the largest such cut
        while hi - lo > 4:
            mid = (lo + hi) // 2
            lo, hi = (mid, hi) if muat(u, mid) else (lo, mid)
        return u, lo, (4, 3)
    for baris_min in ((2, 2), (1, 1)):
        if muat(u, _BATAS_MIN, baris_min):
            return u, _BATAS_MIN, baris_min
    raise ValueError(
        "Lembar disposisi tidak muat pada setengah lembar kertas: kurangi jumlah pilihan "
        "tujuan/instruksi atau baris distribusi."
    )


def lembar_disposisi(
    target: str | os.PathLike[str] | BinaryIO,
    kantor: Kantor,
    kertas: str,
    d: DataDisposisi,
    *,
    kosong: bool,
    pembuat: str = APP_NAME,
) -> None:
    """Print the Lembar Disposisi of ``d`` on one half sheet of ``kertas`` (F4 or A4).

    ``target``: a path (written atomically) or a binary file object. ``kosong``: the blank form
    for handwriting (only the letter's own data) instead of the form as recorded.
    Raises ``ValueError`` if the form cannot fit on one half sheet even at the smallest size.
    """
    daftarkan_font()
    lebar = lebar_teks(kertas, setengah=True)
    tinggi = tinggi_teks(kertas, setengah=True) - 2.0  # a little slack against rounding
    tinggi -= _tinggi(kop_flowables(kantor, lebar, kecil=True), lebar)

    u, batas, baris_min = _pilih_tata_letak(d, kosong, lebar, tinggi)
    sisa = tinggi - _tinggi(_susun(d, kosong, lebar, u, batas, 0, baris_min), lebar)
    story = _susun(d, kosong, lebar, u, batas, max(sisa, 0) * 0.98, baris_min)
    judul = f"Lembar Disposisi {d.nomor_agenda}".strip()
    _bangun(
        target,
        kantor,
        kertas,
        story,
        judul_pdf=judul,
        pembuat=pembuat,
        landscape=False,
        setengah=True,
        kaki=None,
        kop_kecil=True,
    )
