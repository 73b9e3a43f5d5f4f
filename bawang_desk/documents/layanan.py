"""The letters of the citizen services (SOP 004, 006, 007, 008, 010, 011), one function each.

Every function writes a PDF from plain data (no database here) through the kop's builder (the
machinery of :func:`kop.buat_dokumen`, atomic write included),
so each letter has THE kop at the top and THE signature block (:func:`kop.blok_tanda_tangan`, with
a.n./u.b./Plh./Plt.) at the right, and at the bottom left the verification QR code with
"Kode verifikasi: ..." and where to check it. Paper is ``"F4"`` or ``"A4"``.

The service fields go in ``SuratLayanan.data`` (all texts are printed as given):

A cited document (``pengantar_desa``, ``surat_usaha``, ``laporan_polisi``, ``skpwni``) is a
dict ``{"nomor", "tanggal" (ISO)[, "penerbit"]}`` (see :func:`rujukan`); the applicant's
agama, status perkawinan, pekerjaan, kewarganegaraan and golongan darah are in ``Pemohon``.

- ``surat_keterangan_pindah`` (SOP 004, formulir F-1.03): ``tujuan_alamat`` (e.g. "RT 001
  RW 004"), ``tujuan_desa``, ``tujuan_kecamatan``, ``tujuan_kabupaten`` (default Banjarnegara),
  ``tujuan_provinsi`` (default Jawa Tengah), ``tujuan_kode_pos``, ``asal_kode_pos`` (default
  the office's), ``klasifikasi`` (default "Antar kecamatan dalam satu kabupaten"), ``alasan``
  (and ``alasan_lain`` for "Lainnya"), ``jenis_kepindahan``, ``nama_kepala_keluarga``,
  ``status_kk_tidak_pindah``, ``status_kk_pindah`` (items 10 and 11), ``pengantar_desa``,
  ``anggota`` = list of (nik, nama, shdk). Many members may take a second page; the member
  table then repeats its header, and every page says "halaman i dari n".
- ``rekomendasi_kredit_bank`` (SOP 007): ``bank``, ``jumlah`` (int rupiah), ``usaha``,
  ``surat_usaha``, ``agunan_jenis`` (its kind in ``naskah_layanan.toml`` decides what is
  printed: no masa berlaku for a BPKB, ``agunan_tahun`` and ``letter_c_data`` for an SPPT),
  ``agunan_nomor``, ``agunan_pemilik``, ``agunan_berlaku``, ``agunan_taksiran`` (int rupiah;
  below ``jumlah`` it prints SOP 007's warning), ``pengantar_desa``.
- ``rekomendasi_skck`` (SOP 008): ``keperluan``, ``keperluan_jenis_nama``, ``kepada`` and
  ``kepada_di`` (from the office's table by keperluan; default the Polsek), ``pengantar_desa``.
- ``cap_legalisasi`` (SOP 006): ``dokumen`` = list of (nama dokumen, jumlah lembar[, jenis]),
  the kind (``naskah_layanan.toml``) choosing the wording; ``nomor_salinan`` = the register
  number per sheet (default: the letter's number on every sheet, no ".1" sub-numbers).
  One stamp block per sheet, several to a page, to be cut out and fixed on the sheets.
- ``surat_pengantar_kk`` (SOP 010) / ``surat_pengantar_ktp`` (SOP 011): ``varian`` (its phrase
  in the sentence comes from ``naskah_layanan.toml``), ``varian_nama``, ``sebab`` and
  ``laporan_polisi`` (a lost card), ``skpwni`` (pindah datang), ``elemen_berubah`` (a KTP-el
  change of data), ``sifat`` (default Biasa), ``lampiran`` (default "1 (satu) berkas"),
  ``kepada`` (default the Kepala Dindukcapil Kabupaten Banjarnegara), ``kepada_di``.
- ``surat_keterangan_pengganti_ktp`` (SOP 011): ``keterangan`` (optional), ``laporan_polisi``
  (cited for a lost card). A 3 x 4 cm pasfoto box sits at the left of the signature.

Never imports Qt (import-linter contract).
"""

from __future__ import annotations

import functools
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

import segno
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from bawang_desk import APP_NAME
from bawang_desk.core.ekspor import tulis_atomik
from bawang_desk.core.pengaturan import Kantor
from bawang_desk.core.teks import rupiah, tanggal_panjang, terbilang
from bawang_desk.documents import kertas as _kertas
from bawang_desk.documents.fonts import FONT, daftarkan_font
from bawang_desk.documents.kop import (
    LEBAR_BLOK_KANAN,
    Penandatangan,
    blok_nomor_surat,
    blok_tanda_tangan,
    gaya,
    judul_surat_keterangan,
    lebar_teks,
    tembusan_flowables,
)
from bawang_desk.documents.kop import (
    _bangun as _bangun_kop,
)

__all__ = [
    "BUAT",
    "JUDUL",
    "Pemohon",
    "SuratLayanan",
    "Verifikasi",
    "cap_legalisasi",
    "rekomendasi_kredit_bank",
    "rekomendasi_skck",
    "surat_keterangan_pengganti_ktp",
    "surat_keterangan_pindah",
    "surat_pengantar_kk",
    "surat_pengantar_ktp",
]

Target = str | os.PathLike[str] | BinaryIO

JUDUL: dict[str, str] = {
    "pindah": "Surat Keterangan Pindah",
    "kredit-bank": "Rekomendasi Pengajuan Kredit Bank",
    "skck": "Surat Rekomendasi SKCK",
    "legalisasi": "Cap Legalisasi",
    "kk": "Surat Pengantar Permohonan Kartu Keluarga",
    "ktp-el": "Surat Pengantar Permohonan KTP-el",
    "ktp-el-pengganti": "Surat Keterangan Pengganti KTP-el",
}
"""Service kode -> the letter's name (also the PDF title)."""

INDEN = 1.0 * cm
"""Data tables are indented this much under the body text."""
UKURAN = 12
"""Body text of the short letters."""
UKURAN_PADAT = 11
"""Body text of the letters with long tables (pindah, kredit)."""
DINDUKCAPIL = "Kepala Dinas Kependudukan dan Pencatatan Sipil\nKabupaten Banjarnegara"


@dataclass
class Pemohon:
    """The applicant as printed: the data of the KTP-el / KK."""

    nama: str
    nik: str
    tempat_lahir: str
    tanggal_lahir: date
    perempuan: bool
    agama: str = ""
    pekerjaan: str = ""
    status_perkawinan: str = ""
    kewarganegaraan: str = ""
    golongan_darah: str = ""
    alamat: str = ""
    """The street part, e.g. "RT 002 RW 003" or "Dusun Krajan RT 002 RW 003"."""
    desa: str = ""
    kecamatan: str = "Bawang"
    kabupaten: str = "Banjarnegara"
    no_kk: str = ""

    def alamat_lengkap(self) -> str:
        """``"RT 002 RW 003, Desa Joho, Kecamatan Bawang, Kabupaten Banjarnegara"``."""
        bagian = [
            self.alamat.strip(),
            self.desa.strip() and f"Desa {self.desa.strip()}",
            self.kecamatan.strip() and f"Kecamatan {self.kecamatan.strip()}",
            self.kabupaten.strip() and f"Kabupaten {self.kabupaten.strip()}",
        ]
        return ", ".join(b for b in bagian if b)

    def tempat_tanggal_lahir(self) -> str:
        tempat = self.tempat_lahir.strip()
        tanggal = tanggal_panjang(self.tanggal_lahir)
        return f"{tempat}, {tanggal}" if tempat else tanggal


@dataclass
class Verifikasi:
    """The code printed under the QR, and what the QR encodes (a URL or a payload)."""

    kode: str
    url_or_payload: str


@dataclass
class SuratLayanan:
    """One service letter: number, date, applicant, signer, verification and the service fields."""

    nomor: str
    tanggal: date
    pemohon: Pemohon
    penandatangan: Penandatangan
    verifikasi: Verifikasi
    tempat: str = "Bawang"
    data: dict[str, Any] = field(default_factory=dict)
    tembusan: list[str] = field(default_factory=list)
    #: a draft printed before the number: diagonal KONSEP on every page (documents.konsep)
    konsep: bool = False

    def tempat_tanggal(self) -> str:
        return f"{self.tempat}, {tanggal_panjang(self.tanggal)}"


# --- Small pieces -----------------------------------------------------------------------------


def _p(teks: str, style: Any) -> Paragraph:
    return Paragraph(escape(teks).replace("\n", "<br/>"), style)


def _teks(data: dict[str, Any], kunci: str, bawaan: str = "") -> str:
    nilai = data.get(kunci)
    return str(nilai).strip() if nilai not in (None, "") else bawaan


def _tabel_polos(
    baris: list[list[Any]], lebar: list[float], style: Sequence[tuple] = (), **kw: Any
) -> Table:
    t = Table(baris, colWidths=lebar, hAlign="LEFT", **kw)
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),  # else empty cells set Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *style,
            ]
        )
    )
    return t


def _tabel_isian(
    baris: Sequence[tuple[str, str]],
    lebar: float,
    ukuran: float,
    *,
    label: float = 4.6 * cm,
    leading: float = 1.25,
) -> Table:
    """Label : value rows indented 1 cm; a label starting with spaces is a sub-row (indented)."""
    s = gaya(ukuran, leading=ukuran * leading, nama="isian")
    s_sub = gaya(ukuran, leading=ukuran * leading, nama="isian-sub")
    s_sub.leftIndent = 0.5 * cm
    indent, titik = INDEN, 0.4 * cm
    data = [
        ["", _p(k.strip(), s_sub if k.startswith(" ") else s), _p(":", s), _p(v or "-", s)]
        for k, v in baris
    ]
    return _tabel_polos(data, [indent, label, titik, lebar - indent - label - titik])


def _data_pemohon(
    p: Pemohon, *, kk: bool = False, lengkap: bool = True, golongan_darah: bool = False
) -> list[tuple[str, str]]:
    """The applicant's rows in the order of the KTP-el; ``lengkap`` adds agama, status
    perkawinan, pekerjaan and kewarganegaraan, ``golongan_darah`` the blood group (the letter
    that stands in for the card)."""
    baris = [("Nama", p.nama), ("NIK", p.nik)]
    if kk:
        baris.append(("Nomor KK", p.no_kk))
    baris += [
        ("Tempat/Tanggal Lahir", p.tempat_tanggal_lahir()),
        ("Jenis Kelamin", "Perempuan" if p.perempuan else "Laki-laki"),
    ]
    if golongan_darah:
        baris.append(("Golongan Darah", p.golongan_darah))
    if lengkap:
        baris += [
            ("Agama", p.agama),
            ("Status Perkawinan", p.status_perkawinan),
            ("Pekerjaan", p.pekerjaan),
            ("Kewarganegaraan", p.kewarganegaraan),
        ]
    baris.append(("Alamat", p.alamat_lengkap()))
    if not kk and p.no_kk:
        baris.append(("Nomor KK", p.no_kk))
    return baris


def _pembuka(kantor: Kantor) -> str:
    return (
        f"Yang bertanda tangan di bawah ini, Camat {kantor.kecamatan} Kabupaten "
        f"{kantor.kabupaten}, "
    )


def _penutup(jenis: str = "surat keterangan") -> str:
    return f"Demikian {jenis} ini dibuat untuk dapat dipergunakan sebagaimana mestinya."


def _tanggal_teks(nilai: Any) -> str:
    """A stored ISO date as "1 Mei 2031"; any other text as given."""
    if isinstance(nilai, date):
        return tanggal_panjang(nilai)
    teks = str(nilai or "").strip()
    try:
        return tanggal_panjang(date.fromisoformat(teks))
    except ValueError:
        return teks


def rujukan(nilai: Any, penerbit: str = "", *, cara: str = "") -> str:
    """A document referred to: ``{"nomor", "tanggal"[, "penerbit"]}`` as
    "Kepala Desa Joho Nomor 470/12/2026 tanggal 20 November 2026"; ``cara="dari"`` writes
    "dari <issuer> Nomor ...", ``cara="oleh"`` "Nomor ... tanggal ..., diterbitkan <issuer>".
    A plain text is printed as given."""
    if not isinstance(nilai, dict):
        return str(nilai or "").strip()
    oleh = str(nilai.get("penerbit") or penerbit).strip()
    nomor = str(nilai.get("nomor") or "").strip()
    tgl = _tanggal_teks(nilai.get("tanggal"))
    inti = " ".join(
        b for b in (f"Nomor {nomor}" if nomor else "", f"tanggal {tgl}" if tgl else "") if b
    )
    if not oleh:
        return inti
    if cara == "oleh":
        return f"{inti}, diterbitkan {oleh}" if inti else oleh
    return " ".join(b for b in ("dari" if cara == "dari" else "", oleh, inti) if b)


def _pengantar_desa(d: dict[str, Any], p: Pemohon) -> str:
    """ "surat pengantar Kepala Desa Joho Nomor ... tanggal ..." or "" when none is recorded."""
    teks = rujukan(d.get("pengantar_desa"), f"Kepala Desa {p.desa}" if p.desa else "")
    return f"surat pengantar {teks}" if teks else ""


def _blok_yth(kepada: str, di: str, lebar: float, u: float) -> Table:
    """The address block at the left: "Yth. <addressee>" with a hanging indent, then "di <place>"."""
    s_yth = gaya(u, leading=u * 1.3, nama="yth")
    s_yth.leftIndent, s_yth.firstLineIndent = 0.85 * cm, -0.85 * cm  # "Yth." hangs
    s_di = gaya(u, leading=u * 1.3, nama="yth-di")
    s_di.leftIndent = 0.85 * cm
    isi = [_p(f"Yth. {kepada}", s_yth)]
    if di:
        isi.append(_p(f"di {di}", s_di))
    return _tabel_polos([[isi]], [min(lebar, 11 * cm)])


# --- Verification QR --------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _matriks_qr(isi: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of the QR code of ``isi`` (error correction M), with a 2-module quiet zone."""
    qr = segno.make(isi, error="m", micro=False)
    return tuple(tuple(bool(x) for x in r) for r in qr.matrix_iter(border=2))


class _KodeQR(Flowable):
    """A QR code drawn as filled rectangles (crisp at any zoom and on any printer)."""

    def __init__(self, isi: str, sisi: float) -> None:
        super().__init__()
        self.modul = _matriks_qr(isi)
        self.sisi = sisi
        self.width = self.height = sisi

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.sisi, self.sisi

    def draw(self) -> None:
        c = self.canv
        n = len(self.modul)
        m = self.sisi / n
        c.saveState()
        c.setFillColorRGB(0, 0, 0)
        for i, baris in enumerate(self.modul):
            y = self.sisi - (i + 1) * m
            j = 0
            while j < n:
                if baris[j]:
                    k = j
                    while k < n and baris[k]:
                        k += 1
                    # a hair wider so neighbouring runs leave no white seams when rasterised
                    c.rect(j * m, y, (k - j) * m, m * 1.02, stroke=0, fill=1)
                    j = k
                else:
                    j += 1
        c.restoreState()


def _blok_verifikasi(
    v: Verifikasi, kantor: Kantor, lebar: float, *, sisi: float = 2.4 * cm, ukuran: float = 8
) -> Table:
    """QR at the left, the code and where to check it at its right, bottom-aligned."""
    s = gaya(ukuran, leading=ukuran * 1.25, nama="verif")
    s_kode = gaya(ukuran, tebal=True, leading=ukuran * 1.25, nama="verif-kode")
    teks = [
        _p(f"Kode verifikasi: {v.kode}", s_kode),
        _p(
            f"Periksa keaslian di Kantor Kecamatan {kantor.kecamatan} "
            "(menu Verifikasi Bawang Desk)",
            s,
        ),
    ]
    jarak = 0.25 * cm
    t = _tabel_polos(
        [[_KodeQR(v.url_or_payload, sisi), "", teks]], [sisi, jarak, max(lebar - sisi - jarak, 1)]
    )
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return t


def _isi_ttd(p: Penandatangan, tempat_tanggal: str | None, lebar: float, ukuran: float) -> list:
    """The signature block's own table, to be placed in a cell (KeepTogether cannot be)."""
    return _buka([blok_tanda_tangan(p, tempat_tanggal=tempat_tanggal, lebar=lebar, ukuran=ukuran)])


def _kaki_surat(
    s: SuratLayanan,
    kantor: Kantor,
    lebar: float,
    *,
    ukuran: float = UKURAN,
    dengan_tanggal: bool = True,
    pasfoto: bool = False,
    jarak: float = 0.6 * cm,
    penutup: Flowable | Sequence[Flowable] = (),
) -> list[Flowable]:
    """Signature at the right; the QR (or the pasfoto box, the QR under it) at the left.

    ``penutup`` (the closing sentence, or a list ending with it) is kept on the same page as the
    signature, so a long letter never ends with a signature alone on its last page.
    """
    w_kanan = min(LEBAR_BLOK_KANAN, lebar * 0.55)
    w_kiri = lebar - w_kanan
    ttd = _isi_ttd(s.penandatangan, s.tempat_tanggal() if dengan_tanggal else None, w_kanan, ukuran)
    verif = _blok_verifikasi(s.verifikasi, kantor, w_kiri - 0.3 * cm)
    if pasfoto:
        bawah = _tabel_polos(
            [[_KotakPasfoto(), ttd]],
            [w_kiri, w_kanan],
            style=[
                ("VALIGN", (0, 0), (0, 0), "MIDDLE"),
                ("ALIGN", (0, 0), (0, 0), "RIGHT"),
                ("RIGHTPADDING", (0, 0), (0, 0), 1.5 * cm),
            ],
        )
    else:
        bawah = _tabel_polos(
            [[verif, ttd]], [w_kiri, w_kanan], style=[("VALIGN", (0, 0), (0, 0), "BOTTOM")]
        )
    blok = [penutup] if isinstance(penutup, Flowable) else list(penutup)
    blok += [Spacer(1, jarak), bawah, *_buka(tembusan_flowables(s.tembusan, ukuran=ukuran))]
    if pasfoto:  # the QR goes under the pasfoto and signature
        blok += [Spacer(1, 0.5 * cm), verif]
    return [KeepTogether(blok)]


def _buka(flowables: Sequence[Flowable]) -> list[Flowable]:
    """The contents of KeepTogether blocks, to nest them in another one."""
    hasil: list[Flowable] = []
    for f in flowables:
        hasil += list(f._content) if isinstance(f, KeepTogether) else [f]
    return hasil


class _KotakPasfoto(Flowable):
    """An empty 3 x 4 cm frame for the photograph, labelled in its middle."""

    def __init__(self, lebar: float = 3 * cm, tinggi: float = 4 * cm) -> None:
        super().__init__()
        self.width, self.height = lebar, tinggi

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setLineWidth(0.6)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        c.setFont(FONT, 8)
        c.drawCentredString(self.width / 2, self.height / 2 + 2, "Pasfoto")
        c.drawCentredString(self.width / 2, self.height / 2 - 8, "3 x 4 cm")
        c.restoreState()


@dataclass(frozen=True)
class _Tata:
    """Type size and spacing of one build; the tight one is tried when a letter spills over."""

    ukuran: float
    leading: float
    """Body text leading, a factor of the size."""
    leading_isian: float
    """Leading of the label : value rows and ruled tables."""
    jarak: float
    """Scale of the vertical spaces between the parts of the letter."""
    pad: float = 1.0
    """Scale of the cell padding of ruled tables."""

    def isi(self) -> Any:
        return gaya(self.ukuran, rata="rata", leading=self.ukuran * self.leading, nama="isi")

    def sp(self, poin: float) -> Spacer:
        return Spacer(1, poin * self.jarak)


BIASA = _Tata(UKURAN, 1.4, 1.25, 1.0)
PADAT = _Tata(UKURAN_PADAT, 1.35, 1.2, 1.0)
SEDANG = _Tata(UKURAN_PADAT, 1.28, 1.15, 0.75, 0.8)
RAPAT = _Tata(UKURAN_PADAT, 1.2, 1.1, 0.5, 0.6)
"""The floor: 11 pt, tight leading and spaces (Tata Naskah Dinas: 11-12 pt)."""


def _jumlah_halaman(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")


def _terbitkan(
    target: Target,
    kantor: Kantor,
    kertas: str,
    kode: str,
    s: SuratLayanan,
    susun: Callable[[_Tata], list[Flowable]],
    tata: Sequence[_Tata],
) -> None:
    """Build with each layout in turn until the letter fits one page, then write it.

    When no layout fits (many members of a pindah), the first, roomier layout is used. Pages after
    the first carry the letter's title, number and page as a footer, so a loose sheet is
    identified. Builds go to memory through the kop's builder (the one letterhead, the same as
    :func:`kop.buat_dokumen`, which has no footer for later pages only); a path target is then
    written atomically.
    """
    judul = f"{JUDUL[kode]} {s.nomor} - {s.pemohon.nama}"
    kaki = f"{JUDUL[kode]} Nomor {s.nomor} a.n. {s.pemohon.nama}"
    m = _kertas.margin()
    total = [0]

    def kaki_halaman(canv: Any, doc: Any) -> None:
        if s.konsep:
            from bawang_desk.documents.konsep import gambar_konsep

            gambar_konsep(canv, doc)
        # a letter of several sheets says on each, the first included, which sheet of how
        # many it is; a one-page letter needs no footer
        if total[0] > 1:
            canv.saveState()
            canv.setFont(FONT, 7)
            teks = f"halaman {doc.page} dari {total[0]}"
            if doc.page > 1:  # the first page has the kop and the title
                teks = f"{kaki} - {teks}"
            canv.drawRightString(kertas_lebar - m.kanan, _kertas.y_kaki(m), teks)
            canv.restoreState()

    kertas_lebar = _kertas.ukuran(kertas)[0]

    def bangun(t: _Tata) -> bytes:
        buf = io.BytesIO()
        _bangun_kop(
            buf, kantor, kertas, susun(t), judul_pdf=judul, pembuat=APP_NAME, landscape=False,
            setengah=False, kaki=None, kop_kecil=False, on_page=kaki_halaman,
        )  # fmt: skip
        return buf.getvalue()

    pdf = pertama = bangun(tata[0])
    terpilih = tata[0]
    for t in tata[1:]:
        if _jumlah_halaman(pdf) <= 1:
            break
        pdf, terpilih = bangun(t), t
    if _jumlah_halaman(pdf) > 1:
        pdf, terpilih = pertama, tata[0]  # nothing fits: the roomier layout reads best over two
    if _jumlah_halaman(pdf) > 1:  # again, now that the count is known, for "dari n"
        total[0] = _jumlah_halaman(pdf)
        pdf = bangun(terpilih)
    if isinstance(target, str | os.PathLike):
        with tulis_atomik(Path(target)) as f:
            f.write(pdf)
    else:
        target.write(pdf)


# --- Surat Keterangan Pindah (SOP 004) --------------------------------------------------------


def _gaya_grid(pad: float = 1.0) -> list[tuple]:
    """A ruled table with a grey header row, padded just enough to read at 11 pt."""
    return [
        ("FONT", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 * pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * pad),
        ("BACKGROUND", (0, 0), (-1, 0), (0.9, 0.9, 0.9)),
    ]


def _tabel_alamat(baris: Sequence[tuple[str, str, str]], lebar: float, t: _Tata) -> Table:
    """Alamat asal and alamat tujuan side by side, as on formulir F-1.03."""
    u, ld = t.ukuran, t.ukuran * t.leading_isian
    s = gaya(u, leading=ld, nama="alamat")
    s_kepala = gaya(u, tebal=True, rata="tengah", leading=ld, nama="alamat-h")
    data: list[list[Any]] = [["", _p("Alamat Asal", s_kepala), _p("Alamat Tujuan", s_kepala)]]
    data += [[_p(k, s), _p(a or "-", s), _p(v or "-", s)] for k, a, v in baris]
    w_label = 3.6 * cm
    w = (lebar - INDEN - w_label) / 2
    tabel = Table(data, colWidths=[w_label, w, w], hAlign="RIGHT")
    tabel.setStyle(TableStyle(_gaya_grid(t.pad)))
    return tabel


def _tabel_anggota(
    anggota: Sequence[Sequence[str]], lebar: float, t: _Tata, *, mulai: int = 1, kepala: bool = True
) -> Table:
    """No / NIK / Nama / SHDK, ruled; the header row repeats when the table runs onto a new page.

    ``mulai`` is the number of the first row; ``kepala=False`` leaves out the header row.
    """
    u, ld = t.ukuran, t.ukuran * t.leading_isian
    s = gaya(u, leading=ld, nama="anggota")
    s_kepala = gaya(u, tebal=True, rata="tengah", leading=ld, nama="anggota-h")
    s_no = gaya(u, rata="tengah", leading=ld, nama="anggota-no")
    data: list[list[Any]] = []
    if kepala:
        data.append([_p(h, s_kepala) for h in ("No.", "NIK", "Nama", "SHDK")])
    for i, (nik, nama, shdk) in enumerate(anggota, mulai):
        data.append([_p(str(i), s_no), _p(str(nik), s), _p(str(nama), s), _p(str(shdk), s)])
    if not anggota:
        data.append([_p("-", s_no), "", "", ""])
    # a NIK never breaks: its column holds 16 digits at this size, the 4 pt side paddings of
    # _gaya_grid and 2 pt to spare
    w_nik = max(4.0 * cm, stringWidth("0" * 16, FONT, u) + 4 + 4 + 2)
    w_no, w_shdk = 1.0 * cm, 3.6 * cm
    tabel = Table(
        data,
        colWidths=[w_no, w_nik, lebar - w_no - w_nik - w_shdk, w_shdk],
        repeatRows=1 if kepala else 0,
        hAlign="LEFT",
    )
    gaya_tabel = _gaya_grid(t.pad)
    if not kepala:
        gaya_tabel = [g for g in gaya_tabel if g[0] != "BACKGROUND"]
    tabel.setStyle(TableStyle(gaya_tabel))
    return tabel


class _EkorTabel(Flowable):
    """The last rows of the member table, kept with the closing and the signature.

    It prints without a header row when it follows the rest of the table, and with the header
    when it starts a new page (so the reader of the second page knows the columns).
    """

    def __init__(self, dengan_kepala: Table, tanpa_kepala: Table) -> None:
        super().__init__()
        self.dengan, self.tanpa = dengan_kepala, tanpa_kepala
        self._isi: Table = tanpa_kepala

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)
        self._isi = self.dengan if frame is not None and frame._atTop else self.tanpa
        self.width, self.height = self._isi.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        self._isi.drawOn(self.canv, 0, 0)


def _anggota_dan_ekor(
    anggota: Sequence[Sequence[str]], lebar: float, t: _Tata, ekor: int = 2
) -> tuple[list[Flowable], list[Flowable]]:
    """(the member table but its last rows, those last rows to keep with the signature)."""
    if len(anggota) <= ekor:
        return [], [_tabel_anggota(anggota, lebar, t)]
    n = len(anggota) - ekor
    akhir = anggota[n:]
    return [_tabel_anggota(anggota[:n], lebar, t)], [
        _EkorTabel(
            _tabel_anggota(akhir, lebar, t, mulai=n + 1),
            _tabel_anggota(akhir, lebar, t, mulai=n + 1, kepala=False),
        )
    ]


def _alasan_pindah(d: dict[str, Any]) -> str:
    """ "Pekerjaan", or for "Lainnya" what the applicant said: "Lainnya (merawat orang tua)"."""
    alasan = _teks(d, "alasan")
    lain = _teks(d, "alasan_lain")
    return f"{alasan} ({lain})" if alasan == "Lainnya" and lain else alasan


def surat_keterangan_pindah(target: Target, kantor: Kantor, kertas: str, s: SuratLayanan) -> None:
    """Surat Keterangan Pindah antar kecamatan dalam kabupaten (SOP 004, formulir F-1.03)."""
    d, p = s.data, s.pemohon
    lebar = lebar_teks(kertas)
    anggota = list(d.get("anggota") or [])
    kode_pos_asal = _teks(d, "asal_kode_pos", kantor.kode_pos)
    alamat = [
        ("Alamat", p.alamat, _teks(d, "tujuan_alamat")),
        ("Desa/Kelurahan", p.desa, _teks(d, "tujuan_desa")),
        ("Kecamatan", p.kecamatan or kantor.kecamatan, _teks(d, "tujuan_kecamatan")),
        (
            "Kabupaten",
            p.kabupaten or kantor.kabupaten,
            _teks(d, "tujuan_kabupaten", "Banjarnegara"),
        ),
        ("Provinsi", "Jawa Tengah", _teks(d, "tujuan_provinsi", "Jawa Tengah")),
    ]
    if kode_pos_asal or _teks(d, "tujuan_kode_pos"):
        alamat.append(("Kode Pos", kode_pos_asal, _teks(d, "tujuan_kode_pos")))
    lain = [
        ("Klasifikasi Pindah", _teks(d, "klasifikasi", "Antar kecamatan dalam satu kabupaten")),
        ("Alasan Pindah", _alasan_pindah(d)),
        ("Jenis Kepindahan", _teks(d, "jenis_kepindahan")),
    ]
    if _teks(d, "status_kk_tidak_pindah"):
        lain.append(("Status KK bagi yang tidak pindah", _teks(d, "status_kk_tidak_pindah")))
    if _teks(d, "status_kk_pindah"):
        lain.append(("Status KK bagi yang pindah", _teks(d, "status_kk_pindah")))
    data_pemohon = [
        ("Nomor KK", p.no_kk),
        ("Nama Kepala Keluarga", _teks(d, "nama_kepala_keluarga")),
        ("Nama Pemohon", p.nama),
        ("NIK Pemohon", p.nik),
    ]
    label = 5.2 * cm
    # "Status KK bagi yang tidak pindah" (F-1.03 item 10) on one line
    daftarkan_font()
    label_lain = max(label, stringWidth("Status KK bagi yang tidak pindah", FONT, UKURAN_PADAT) + 6)
    pengantar = _pengantar_desa(d, p)

    def susun(t: _Tata) -> list[Flowable]:
        u = t.ukuran
        s_sub = gaya(u, tebal=True, leading=u * 1.3, nama="sub")
        badan, ekor = _anggota_dan_ekor(anggota, lebar, t)
        return [
            *judul_surat_keterangan("Surat Keterangan Pindah", s.nomor, ukuran=u + 1),
            _p(
                _pembuka(kantor)
                + (f"berdasarkan {pengantar}, " if pengantar else "")
                + "menerangkan bahwa penduduk tersebut di bawah ini adalah benar "
                f"warga Kecamatan {kantor.kecamatan} Kabupaten {kantor.kabupaten}, dibuktikan "
                "dengan KTP-el dan Kartu Keluarga, dan bermaksud pindah ke alamat tujuan sebagai "
                "berikut:",
                t.isi(),
            ),
            t.sp(5),
            _tabel_isian(data_pemohon, lebar, u, label=label, leading=t.leading_isian),
            t.sp(6),
            _tabel_alamat(alamat, lebar, t),
            t.sp(6),
            _tabel_isian(lain, lebar, u, label=label_lain, leading=t.leading_isian),
            t.sp(8),
            _p(f"Anggota keluarga yang pindah ({len(anggota)} orang):", s_sub),
            t.sp(3),
            *badan,
            *_kaki_surat(
                s,
                kantor,
                lebar,
                ukuran=u,
                penutup=[*ekor, t.sp(8), _p(_penutup(), t.isi())],
                jarak=0.3 * cm * t.jarak,
            ),
        ]

    _terbitkan(target, kantor, kertas, "pindah", s, susun, (PADAT, SEDANG, RAPAT))


# --- Rekomendasi Pengajuan Kredit Bank (SOP 007) ----------------------------------------------


def _uang(nilai: Any) -> str:
    if nilai in (None, ""):
        return ""
    if isinstance(nilai, int) and not isinstance(nilai, bool):
        return f"{rupiah(nilai)} ({terbilang(nilai)})"
    return str(nilai)


def _baris_agunan(d: dict[str, Any]) -> list[tuple[str, str]]:
    """The collateral as its kind is described (catalog data, ``naskah_layanan.toml``): the
    number under its own name, a masa berlaku only for a document that ends, the tax year of an
    SPPT and the lines of its kutipan Buku Letter C."""
    from bawang_desk.core.naskah_layanan import jenis_agunan

    kode = _teks(d, "agunan_jenis")
    try:
        ja = jenis_agunan(kode)
    except Exception:  # an old or hand-made kind: print what is there
        ja = None
    baris = [
        ("Agunan", ja.nama if ja else kode),
        (f"   {ja.label_nomor if ja else 'Nomor'}", _teks(d, "agunan_nomor")),
        ("   Atas Nama", _teks(d, "agunan_pemilik")),
    ]
    if ja is not None and ja.tahun_pajak and d.get("agunan_tahun"):
        baris.append(("   Tahun Pajak", str(d["agunan_tahun"])))
    if (ja is None or ja.masa_berlaku) and d.get("agunan_berlaku"):
        baris.append(("   Berlaku Sampai", _tanggal_teks(d["agunan_berlaku"])))
    lc = d.get("letter_c_data") or {}
    if lc:
        baris.append(
            (
                "   Kutipan Letter C",
                f"Nomor {lc.get('nomor', '')}, persil {lc.get('persil', '')}, kelas "
                f"{lc.get('kelas', '')}, luas {lc.get('luas', '')} m\u00b2, lokasi "
                f"{lc.get('lokasi', '')}",
            )
        )
    if d.get("agunan_taksiran") not in (None, ""):
        baris.append(("   Taksiran Nilai", _uang(d.get("agunan_taksiran"))))
    return baris


def _peringatan_agunan(d: dict[str, Any]) -> list[str]:
    """SOP 007's warning, on the letter so the signer sees it: the collateral is worth less
    than the loan (computed from the figures, so an old record shows it too)."""
    jumlah, nilai = d.get("jumlah"), d.get("agunan_taksiran")
    if isinstance(jumlah, int) and isinstance(nilai, int) and nilai < jumlah:
        return [
            f"Taksiran nilai agunan {rupiah(nilai)} lebih rendah daripada jumlah pengajuan "
            f"{rupiah(jumlah)} (kurang {rupiah(jumlah - nilai)}); kesesuaian nilai agunan "
            "dengan pinjaman perlu diperhatikan (SOP 007)."
        ]
    return []


def _kotak_catatan(catatan: Sequence[str], lebar: float, u: float) -> Table:
    """A ruled box headed CATATAN, for what the signer must see before signing."""
    s = gaya(u - 1, leading=(u - 1) * 1.3, nama="catatan")
    s_j = gaya(u - 1, tebal=True, leading=(u - 1) * 1.3, nama="catatan-j")
    isi = [_p("CATATAN:", s_j), *(_p(c, s) for c in catatan)]
    t = Table([[isi]], colWidths=[lebar - INDEN], hAlign="RIGHT")
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.8, "black"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return t


def rekomendasi_kredit_bank(target: Target, kantor: Kantor, kertas: str, s: SuratLayanan) -> None:
    """Rekomendasi Pengajuan Kredit Bank (SOP 007): applicant, loan, business and collateral."""
    d, p = s.data, s.pemohon
    lebar = lebar_teks(kertas)
    bank = _teks(d, "bank", "bank yang dituju")
    pengantar = _pengantar_desa(d, p)
    dasar = f"berdasarkan {pengantar}, " if pengantar else ""
    usaha = rujukan(d.get("surat_usaha"), f"Kepala Desa {p.desa}" if p.desa else "")
    kredit = [
        ("Bank yang Dituju", bank),
        ("Jumlah Pengajuan", _uang(d.get("jumlah"))),
        ("Jenis Usaha", _teks(d, "usaha")),
        *([("Surat Keterangan Usaha", usaha)] if usaha else []),
        *_baris_agunan(d),
    ]
    peringatan = _peringatan_agunan(d)

    def susun(t: _Tata) -> list[Flowable]:
        u = t.ukuran
        return [
            *judul_surat_keterangan("Rekomendasi Pengajuan Kredit Bank", s.nomor, ukuran=u + 1),
            _p(_pembuka(kantor) + dasar + "dengan ini memberikan rekomendasi kepada:", t.isi()),
            t.sp(5),
            _tabel_isian(_data_pemohon(p), lebar, u, leading=t.leading_isian),
            t.sp(6),
            _p("untuk mengajukan permohonan kredit dengan keterangan sebagai berikut:", t.isi()),
            t.sp(5),
            _tabel_isian(kredit, lebar, u, leading=t.leading_isian),
            *([t.sp(6), _kotak_catatan(peringatan, lebar, u)] if peringatan else []),
            t.sp(6),
            _p(
                f"Yang bersangkutan adalah benar penduduk Kecamatan {kantor.kecamatan}, dan dokumen "
                "agunan tersebut telah dicocokkan dengan aslinya yang ditunjukkan kepada kami. "
                "Rekomendasi ini bukan merupakan jaminan atas pemberian kredit; penilaian kelayakan "
                f"dan keputusan pemberian kredit sepenuhnya menjadi kewenangan {bank} sesuai "
                "ketentuan yang berlaku.",
                t.isi(),
            ),
            t.sp(6),
            *_kaki_surat(
                s,
                kantor,
                lebar,
                ukuran=u,
                penutup=_p(_penutup("rekomendasi"), t.isi()),
                jarak=0.6 * cm * t.jarak,
            ),
        ]

    _terbitkan(target, kantor, kertas, "kredit-bank", s, susun, (PADAT, SEDANG, RAPAT))


# --- Rekomendasi SKCK (SOP 008) ---------------------------------------------------------------


KALIMAT_KELAKUAN = (
    "sepanjang pengetahuan kami berkelakuan baik, tidak pernah tersangkut perkara pidana, dan "
    "tidak terlibat dalam organisasi terlarang"
)
"""What the police desk looks for in the kecamatan's recommendation (SOP 008)."""


def rekomendasi_skck(target: Target, kantor: Kantor, kertas: str, s: SuratLayanan) -> None:
    """Surat Rekomendasi for an SKCK application (SOP 008), addressed by keperluan.

    ``kepada``/``kepada_di`` come from the office's table (Polsek for general use, Polres for
    CPNS/PPPK and TNI/Polri, Polda or Mabes for abroad: Perpol 6/2023) and stand as an address
    block, not inside the sentence; the body cites the village pengantar and says what the
    kecamatan knows of the applicant's conduct."""
    d, p = s.data, s.pemohon
    lebar = lebar_teks(kertas)
    kepada = _teks(d, "kepada", f"Kepala Kepolisian Sektor {kantor.kecamatan}")
    di = _teks(d, "kepada_di", kantor.kecamatan)
    pengantar = _pengantar_desa(d, p)
    dasar = f"Berdasarkan {pengantar}, yang" if pengantar else "Yang"
    desa = f"Desa {p.desa} " if p.desa else ""
    keperluan = _teks(d, "keperluan", "-")
    jenis = _teks(d, "keperluan_jenis_nama")
    if jenis and not jenis.lower().startswith("umum") and jenis.lower() not in keperluan.lower():
        keperluan = f"{jenis} ({keperluan})"

    def susun(t: _Tata) -> list[Flowable]:
        u = t.ukuran
        return [
            *judul_surat_keterangan("Surat Rekomendasi", s.nomor, ukuran=u),
            _blok_yth(kepada, di, lebar, u),
            t.sp(10),
            _p(_pembuka(kantor) + "dengan ini memberikan rekomendasi kepada:", t.isi()),
            t.sp(6),
            _tabel_isian(_data_pemohon(p), lebar, u, leading=t.leading_isian),
            t.sp(8),
            _p(
                f"{dasar} bersangkutan adalah benar penduduk {desa}Kecamatan {kantor.kecamatan} "
                f"Kabupaten {kantor.kabupaten} dan {KALIMAT_KELAKUAN}.",
                t.isi(),
            ),
            t.sp(6),
            _p(
                "Sehubungan dengan hal tersebut, kami memberikan rekomendasi kepada yang "
                "bersangkutan untuk mengajukan permohonan Surat Keterangan Catatan Kepolisian "
                f"(SKCK) guna keperluan: {keperluan}.",
                t.isi(),
            ),
            t.sp(8),
            *_kaki_surat(
                s,
                kantor,
                lebar,
                ukuran=u,
                penutup=_p(_penutup("surat rekomendasi"), t.isi()),
                jarak=0.6 * cm * t.jarak,
            ),
        ]

    _terbitkan(target, kantor, kertas, "skck", s, susun, (BIASA, PADAT, SEDANG, RAPAT))


# --- Surat pengantar KK / KTP-el (SOP 010, 011) -----------------------------------------------


def _surat_pengantar(
    target: Target,
    kantor: Kantor,
    kertas: str,
    s: SuratLayanan,
    kode: str,
    dokumen: str,
    hal: str,
) -> None:
    d, p = s.data, s.pemohon
    lebar = lebar_teks(kertas)
    from bawang_desk.core.naskah_layanan import frasa_varian

    varian = _teks(d, "varian_nama")
    # the variant as a phrase of the sentence, not its list name in brackets
    perihal = frasa_varian(kode, _teks(d, "varian"), _teks(d, "sebab")) or (
        f"{dokumen} ({varian[:1].lower()}{varian[1:]})" if varian else dokumen
    )
    kepada = _teks(d, "kepada", DINDUKCAPIL)
    di = _teks(d, "kepada_di", "Banjarnegara")

    def susun(t: _Tata) -> list[Flowable]:
        u = t.ukuran
        s_yth = gaya(u, leading=u * 1.3, nama="yth")
        s_yth.leftIndent, s_yth.firstLineIndent = 0.85 * cm, -0.85 * cm  # "Yth." hangs
        return [
            blok_nomor_surat(
                s.nomor,
                _teks(d, "sifat", "Biasa"),
                _teks(d, "lampiran", "1 (satu) berkas"),
                hal,
                s.tempat_tanggal(),
                ukuran=u,
            ),
            t.sp(18),
            _tabel_polos([[_p(f"Yth. {kepada}\ndi {di}", s_yth)]], [min(lebar, 11 * cm)]),
            t.sp(14),
            _p(
                f"Dengan hormat, bersama ini kami sampaikan berkas permohonan {perihal}"
                f" atas nama penduduk Kecamatan {kantor.kecamatan} tersebut di bawah ini:",
                t.isi(),
            ),
            t.sp(6),
            _tabel_isian(
                _data_pemohon(p, kk=True, lengkap=False) + _dasar_permohonan(d),
                lebar,
                u,
                leading=t.leading_isian,
            ),
            *_anggota_dimohonkan(d, lebar, t),
            t.sp(8),
            _p(
                "Berkas persyaratan telah kami teliti kelengkapannya dan terlampir. Sehubungan "
                f"dengan hal tersebut, kami mohon Saudara berkenan memproses penerbitan {dokumen} "
                "yang bersangkutan sesuai ketentuan yang berlaku.",
                t.isi(),
            ),
            t.sp(6),
            *_kaki_surat(
                s,
                kantor,
                lebar,
                ukuran=u,
                penutup=_p(
                    "Demikian, atas perhatian dan kerja samanya kami ucapkan terima kasih.", t.isi()
                ),
                dengan_tanggal=False,
                jarak=0.6 * cm * t.jarak,
            ),
        ]

    _terbitkan(target, kantor, kertas, kode, s, susun, (BIASA, PADAT, SEDANG, RAPAT))


def _dasar_permohonan(d: dict[str, Any]) -> list[tuple[str, str]]:
    """The documents a KK/KTP-el request rests on, as rows under the applicant: the sebab of a
    replacement with the police loss report for a lost card, the SKPWNI of a pindah datang."""
    baris: list[tuple[str, str]] = []
    if d.get("sebab"):
        baris.append(("Sebab Penggantian", _teks(d, "sebab")))
    if d.get("laporan_polisi"):
        baris.append(("Surat Kehilangan", rujukan(d["laporan_polisi"], cara="dari")))
    if d.get("elemen_berubah"):
        baris.append(("Elemen Data yang Berubah", _teks(d, "elemen_berubah")))
    if d.get("skpwni"):
        baris.append(("SKPWNI Daerah Asal", rujukan(d["skpwni"], cara="oleh")))
    return baris


ANGGOTA_KK = {
    "kelahiran": "Anggota keluarga yang ditambahkan (kelahiran)",
    "numpang": "Anggota keluarga yang ditambahkan (numpang KK)",
    "kematian": "Anggota keluarga yang dikurangi (kematian)",
    "pemecahan": "Anggota keluarga yang dipisahkan ke KK baru",
    "pindah-datang": "Anggota keluarga yang datang (sesuai SKPWNI)",
}
"""KK variant -> the heading of its member table in the pengantar."""


def _anggota_dimohonkan(d: dict[str, Any], lebar: float, t: _Tata) -> list[Flowable]:
    """The members a KK change is about (birth, numpang, death, split), with their NIK and
    SHDK; nothing for a variant without members."""
    anggota = list(d.get("anggota") or [])
    if not anggota:
        return []
    judul = ANGGOTA_KK.get(_teks(d, "varian"), "Anggota keluarga yang dimohonkan")
    return [
        t.sp(6),
        _p(f"{judul}:", t.isi()),
        t.sp(3),
        _tabel_anggota(anggota, lebar, t),
    ]


def surat_pengantar_kk(target: Target, kantor: Kantor, kertas: str, s: SuratLayanan) -> None:
    """Surat pengantar to Dindukcapil to process a Kartu Keluarga (SOP 010)."""
    _surat_pengantar(
        target, kantor, kertas, s, "kk", "Kartu Keluarga", "Pengantar Permohonan Kartu Keluarga"
    )


def surat_pengantar_ktp(target: Target, kantor: Kantor, kertas: str, s: SuratLayanan) -> None:
    """Surat pengantar to Dindukcapil to process a KTP-el (SOP 011)."""
    _surat_pengantar(target, kantor, kertas, s, "ktp-el", "KTP-el", "Pengantar Permohonan KTP-el")


# --- Surat Keterangan Pengganti KTP-el (SOP 011) ----------------------------------------------


def surat_keterangan_pengganti_ktp(
    target: Target, kantor: Kantor, kertas: str, s: SuratLayanan
) -> None:
    """Surat Keterangan Pengganti KTP-el until the card is printed (SOP 011 step 5)."""
    d, p = s.data, s.pemohon
    lebar = lebar_teks(kertas)
    keterangan = _teks(d, "keterangan")

    def susun(t: _Tata) -> list[Flowable]:
        u = t.ukuran
        return [
            *judul_surat_keterangan("Surat Keterangan Pengganti KTP-el", s.nomor, ukuran=u),
            _p(_pembuka(kantor) + "menerangkan bahwa:", t.isi()),
            t.sp(6),
            _tabel_isian(_data_pemohon(p, golongan_darah=True), lebar, u, leading=t.leading_isian),
            t.sp(8),
            _p(
                f"adalah benar penduduk Kecamatan {kantor.kecamatan} Kabupaten {kantor.kabupaten} "
                "yang telah melakukan perekaman KTP-el, dan KTP-el yang bersangkutan sedang dalam "
                "proses penerbitan"
                + (f" ({keterangan})" if keterangan else "")
                + (
                    f", berdasarkan Surat Keterangan Kehilangan "
                    f"{rujukan(d['laporan_polisi'], cara='dari')}"
                    if d.get("laporan_polisi")
                    else ""
                )
                + ". Surat keterangan ini dipergunakan sebagai pengganti sementara KTP-el dan "
                + (
                    f"berlaku sampai dengan tanggal {tanggal_panjang(d['berlaku_sampai'])}, atau "
                    "sampai KTP-el terbit bila lebih dahulu."
                    if d.get("berlaku_sampai")
                    else "berlaku sampai KTP-el terbit."
                ),
                t.isi(),
            ),
            t.sp(6),
            *_kaki_surat(
                s,
                kantor,
                lebar,
                ukuran=u,
                penutup=_p(_penutup(), t.isi()),
                pasfoto=True,
                jarak=0.6 * cm * t.jarak,
            ),
        ]

    _terbitkan(target, kantor, kertas, "ktp-el-pengganti", s, susun, (BIASA, PADAT, SEDANG, RAPAT))


# --- Cap legalisasi (SOP 006) -----------------------------------------------------------------


RUANG_TTD_CAP = 4.2 * cm
"""Signature space of a stamp block: the cap dinas (about 4 cm across) is pressed over the
signature, and must not cover the verification text."""


def _salinan(s: SuratLayanan) -> list[tuple[str, str, str]]:
    """(document name, kind code, register number) for every sheet stamped, in order.

    Every sheet carries the application's register number: a stamp is one act of the
    register, and "…/2026.1" is not a naskah number; the stamp says "lembar i dari n"."""
    nama: list[tuple[str, str]] = []
    for dok in s.data.get("dokumen") or []:
        if isinstance(dok, dict):
            nm, jumlah, jenis = dok.get("nama", ""), dok.get("salinan", 0), dok.get("jenis", "")
        else:
            nm, jumlah, *rest = dok
            jenis = rest[0] if rest else ""
        nama += [(str(nm), str(jenis or ""))] * int(jumlah)
    nomor = [str(n) for n in s.data.get("nomor_salinan") or []] or [s.nomor] * len(nama)
    if len(nomor) != len(nama):
        raise ValueError(
            f"Jumlah nomor register ({len(nomor)}) tidak sama dengan jumlah salinan ({len(nama)})."
        )
    if not nama:
        raise ValueError("Tidak ada dokumen yang dilegalisasi.")
    return [(n, j, no) for (n, j), no in zip(nama, nomor, strict=True)]


def _teks_cap(dokumen: str, jenis: str) -> tuple[str, str]:
    """The stamp's heading and line for a kind of document (catalog data): a copy is
    "TELAH DILEGALISASI / Fotokopi sesuai dengan aslinya", a village original is
    "MENGETAHUI DAN MENGUATKAN"."""
    from bawang_desk.core.naskah_layanan import kenali_legalisasi

    try:
        j = kenali_legalisasi(dokumen, jenis or None)
    except Exception:
        j = None
    if j is None or j.cara == "ditolak":  # an old record: the old wording
        return "TELAH DILEGALISASI", "sesuai dengan aslinya"
    return j.judul, j.keterangan


def _cap(
    s: SuratLayanan,
    kantor: Kantor,
    dokumen: str,
    jenis: str,
    nomor: str,
    ke: int,
    dari: int,
    lebar: float,
) -> Table:
    """One stamp block: the wording of the document's kind, the register number and date, and
    the signer block with room for the signature under the cap dinas."""
    u = 8.5
    pad = 5
    w = lebar - 2 * pad
    w_qr = 1.7 * cm
    w_ttd = min(w - w_qr - 0.3 * cm, 5.6 * cm)
    s_judul = gaya(u + 1, tebal=True, rata="tengah", leading=(u + 1) * 1.2, nama="cap-judul")
    s_isi = gaya(u, rata="tengah", leading=u * 1.25, nama="cap-isi")
    s_kiri = gaya(u, leading=u * 1.25, nama="cap-kiri")
    judul, keterangan = _teks_cap(dokumen, jenis)
    isi: list[Any] = [
        _p(judul, s_judul),
        _p(keterangan, s_isi),
        Spacer(1, 2),
        _p(f"{dokumen} (lembar {ke} dari {dari})", s_isi),
        Spacer(1, 3),
        _tabel_polos(
            [[_p("Nomor", s_kiri), _p(":", s_kiri), _p(nomor, s_kiri)]],
            [1.3 * cm, 0.3 * cm, w - 1.6 * cm],
        ),
        Spacer(1, 4),
        _tabel_polos(
            [[_KodeQR(s.verifikasi.url_or_payload, w_qr), "", _isi_ttd_kecil(s, w_ttd, u)]],
            [w_qr, w - w_qr - w_ttd, w_ttd],
            style=[("VALIGN", (0, 0), (0, 0), "BOTTOM")],
        ),
        Spacer(1, 2),
        _p(
            f"Kode verifikasi: {s.verifikasi.kode}. Periksa keaslian di Kantor Kecamatan "
            f"{kantor.kecamatan} (menu Verifikasi Bawang Desk)",
            gaya(6.5, leading=8, nama="cap-verif"),
        ),
    ]
    t = Table([[isi]], colWidths=[lebar], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.8, "black"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def _isi_ttd_kecil(s: SuratLayanan, lebar: float, ukuran: float) -> list:
    """The signer block at a small size: place/date, jabatan, the signature space under the
    cap dinas (:data:`RUANG_TTD_CAP`), name, NIP."""
    isi = _isi_ttd(s.penandatangan, s.tempat_tanggal(), lebar, ukuran)
    for t in isi:  # kop.blok_tanda_tangan has one fixed-height row: the signature space
        if isinstance(t, Table) and hasattr(t, "_argH"):
            t._argH = [RUANG_TTD_CAP if h is not None else None for h in t._argH]
    return isi


def cap_legalisasi(target: Target, kantor: Kantor, kertas: str, s: SuratLayanan) -> None:
    """A sheet of legalisation stamp blocks, one per sheet stamped, two to a row (SOP 006)."""
    lebar = lebar_teks(kertas)
    p = s.pemohon
    salinan = _salinan(s)
    jarak = 0.6 * cm
    w_cap = (lebar - jarak) / 2

    def susun(t: _Tata) -> list[Flowable]:
        caps = [
            _cap(s, kantor, dok, jenis, nomor, i, len(salinan), w_cap)
            for i, (dok, jenis, nomor) in enumerate(salinan, 1)
        ]
        s_info = gaya(10, leading=12.5, nama="cap-info")
        ringkas = "; ".join(
            f"{nm} {j} lembar"
            for nm, j in (
                (d.get("nama"), d.get("salinan")) if isinstance(d, dict) else (d[0], d[1])
                for d in s.data.get("dokumen") or []
            )
        )
        baris: list[Flowable] = []
        for i in range(0, len(caps), 2):
            a, b = caps[i], caps[i + 1] if i + 1 < len(caps) else ""
            baris += [Spacer(1, jarak), _tabel_polos([[a, "", b]], [w_cap, jarak, w_cap])]
        pengantar = _pengantar_desa(s.data, p)
        return [
            *judul_surat_keterangan("Cap Legalisasi", s.nomor, ukuran=UKURAN - 1),
            _p(
                f"Pemohon: {p.nama} (NIK {p.nik}), {p.alamat_lengkap()}.\n"
                + (f"Dasar: {pengantar}.\n" if pengantar else "")
                + f"Dokumen: {ringkas}. Setiap cap digunting dan ditempelkan pada lembar yang "
                "bersangkutan, kemudian ditandatangani dan dibubuhi cap dinas di atas tanda "
                "tangan.",
                s_info,
            ),
            *baris,
        ]

    _terbitkan(target, kantor, kertas, "legalisasi", s, susun, (PADAT,))


BUAT: dict[str, Callable[[Target, Kantor, str, SuratLayanan], None]] = {
    "pindah": surat_keterangan_pindah,
    "kredit-bank": rekomendasi_kredit_bank,
    "skck": rekomendasi_skck,
    "legalisasi": cap_legalisasi,
    "kk": surat_pengantar_kk,
    "ktp-el": surat_pengantar_ktp,
    "ktp-el-pengganti": surat_keterangan_pengganti_ktp,
}
"""Service kode -> the function that writes its letter."""
