"""Prints the papers of SOP 068/003: the two buku penjagaan, the Register KP/KGB and the pengantar.

The buku penjagaan (KP and KGB) and the Buku Register KP/KGB are register books: the shared
layout of :func:`bawang_desk.documents.buku.cetak_buku` (F4/A4 landscape, the small kop, the
header row repeated on every page, "Halaman x dari y"), with rows read through the desk so the
printed book is the same list the screen shows and the rule functions compute. Each book also
exports to XLSX through :func:`bawang_desk.core.ekspor.tulis_xlsx`, with NIP and dates in their
own columns so the Kasubbag can filter and sort them.

The surat pengantar to BKD is an ordinary outgoing letter: THE kop, the Nomor/Sifat/Lampiran/Hal
block with the number the surat keluar book gave the usulan at step 5, the addressee from
Pengaturan > Kepegawaian, THE signature block of the Camat (or a.n. Camat when the Sekcam
approved it), and on the next page the lampiran: the list of employees with NIP, golongan from
and to, TMT and the documents enclosed, signed again. Before step 5 the same letter prints as a
KONSEP with the number left open, for the Camat to read.

Never imports Qt (import-linter contract).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    LongTable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.identity import format_nip
from bawang_desk.core.kepegawaian import PANGKAT, JatuhTempo, tambah_bulan
from bawang_desk.core.pengaturan import Kantor
from bawang_desk.core.teks import tanggal_panjang, tanggal_pendek, terbilang_angka
from bawang_desk.core.usulan_kp import BarisRegisterKP, Usulan
from bawang_desk.documents.buku import Kolom, cetak_buku
from bawang_desk.documents.fonts import FONT, FONT_BOLD
from bawang_desk.documents.konsep import gambar_konsep
from bawang_desk.documents.kop import (
    LEBAR_BLOK_KANAN,
    Penandatangan,
    blok_nomor_surat,
    blok_tanda_tangan,
    buat_dokumen,
    gaya,
    lebar_teks,
    penandatangan_kantor,
)
from bawang_desk.documents.surat_masuk import folder_cetak

__all__ = [
    "BUKU_PENJAGAAN",
    "KOLOM_REGISTER",
    "BarisLampiran",
    "PengantarKP",
    "baris_penjagaan",
    "baris_register",
    "cetak_buku_penjagaan",
    "cetak_pengantar_usulan",
    "cetak_register_kp",
    "ekspor_buku_penjagaan",
    "ekspor_register_kp",
    "nip_cetak",
    "pengantar_untuk",
    "surat_pengantar_kp",
]

Progress = Callable[[int, int, str], None]
Target = str | os.PathLike[str] | BinaryIO

#: The two buku penjagaan: title and printed columns.
BUKU_PENJAGAAN: dict[str, tuple[str, list[Kolom]]] = {
    "kp": (
        "BUKU PENJAGAAN KENAIKAN PANGKAT",
        [
            Kolom("No.", 0.35, "tengah"),
            Kolom("Nama / NIP", 1.9),
            Kolom("Jabatan", 1.5),
            Kolom("Pend.", 0.45, "tengah"),
            Kolom("Pangkat/Gol. Sekarang", 1.35),
            Kolom("TMT Pangkat", 0.7, "tengah"),
            Kolom("MKG pada TMT KP", 0.65, "tengah"),
            Kolom("Naik ke", 1.35),
            Kolom("TMT KP", 0.78, "tengah"),
            Kolom("Usul paling lambat", 0.7, "tengah"),
            Kolom("Peringatan (SOP 003)", 2.6),
        ],
    ),
    "kgb": (
        "BUKU PENJAGAAN KENAIKAN GAJI BERKALA",
        [
            Kolom("No.", 0.35, "tengah"),
            Kolom("Nama / NIP", 1.9),
            Kolom("Jabatan", 1.6),
            Kolom("Pangkat/Gol.", 1.35),
            Kolom("TMT KGB Terakhir", 0.75, "tengah"),
            Kolom("MKG Lama", 0.65, "tengah"),
            Kolom("MKG Baru", 0.65, "tengah"),
            Kolom("TMT KGB Berikutnya", 0.75, "tengah"),
            Kolom("Pemberi- tahuan", 0.8, "tengah"),
            Kolom("Peringatan", 2.4),
        ],
    ),
}

#: XLSX columns of the two books (one value a column, dates as dates).
_XLSX_PENJAGAAN = {
    "kp": [
        "No.", "Nama", "NIP", "Jabatan", "Pendidikan", "Golongan", "Pangkat", "TMT Pangkat",
        "MKG (tahun)", "MKG (bulan)", "Naik ke golongan", "Pangkat baru", "TMT KP",
        "Usul paling lambat", "Terlambat", "Peringatan",
    ],
    "kgb": [
        "No.", "Nama", "NIP", "Jabatan", "Golongan", "Pangkat", "TMT KGB terakhir",
        "MKG lama (tahun)", "MKG lama (bulan)", "MKG baru (tahun)", "MKG baru (bulan)",
        "TMT KGB berikutnya", "Pemberitahuan", "Terlambat", "Peringatan",
    ],
}  # fmt: skip

KOLOM_REGISTER = [
    Kolom("No.", 0.35, "tengah"),
    Kolom("Nama / NIP", 1.8),
    Kolom("Jenis Usulan", 0.8),
    Kolom("Dari", 0.85),
    Kolom("Menjadi", 0.85),
    Kolom("TMT Usul", 0.72, "tengah"),
    Kolom("Nomor / Tgl Surat", 1.5),
    *(
        Kolom(j, 0.62, "tengah")
        for j in (
            "1 Teliti",
            "2 Beri- tahu",
            "3 Berkas",
            "4 Kon- sep",
            "5 E-Office",
            "6 Ko- reksi",
            "7 Kirim BKD",
            "8 Arsip",
        )
    ),
    Kolom("Hasil", 1.35),
    Kolom("Status", 0.95),
]
_XLSX_REGISTER = [
    "No.", "Nama", "NIP", "Jenis usulan", "Dari", "Menjadi", "TMT usul", "Nomor surat",
    "Tanggal surat", "1 Meneliti buku penjagaan", "2 Memberitahukan", "3 Meneliti berkas",
    "4 Konsep surat", "5 E-Office", "6 Koreksi Camat", "7 Kirim ke BKD", "8 Arsip", "Hasil",
    "Status",
]  # fmt: skip


# --------------------------------------------------------------------------- small helpers


def nip_cetak(nip: str) -> str:
    """A NIP as printed, ``19860926 201505 1 001``; an NI PPPK is grouped the same way."""
    try:
        return format_nip(nip)
    except Exception:  # an NI PPPK does not decode as a NIP but has the same 18-digit shape
        d = "".join(c for c in nip if c.isdigit())
        return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}" if len(d) == 18 else nip


def _pangkat_gol(golongan: str) -> str:
    p = PANGKAT.get(golongan, "")
    return f"{p} ({golongan})" if p else f"Golongan {golongan}"


def _mkg(m: tuple[int, int]) -> str:
    return f"{m[0]} th {m[1]} bl"


def _nama_nip(nama: str, nip: str) -> str:
    return f"{nama}\nNIP. {nip_cetak(nip)}"


def _kaki(desk: Desk) -> str:
    user = desk.pengguna_aktif
    return (
        f"Dicetak dari Bawang Desk oleh {user.nama if user else '-'} pada "
        f"{desk.sekarang():%d-%m-%Y %H:%M}"
    )


def _periode(dari: date, sampai: date) -> str:
    return f"Jatuh tempo {tanggal_panjang(dari)} s.d. {tanggal_panjang(sampai)}"


def _buku(desk: Desk, jenis: str, dari: date, sampai: date) -> list[JatuhTempo]:
    if jenis not in BUKU_PENJAGAAN:
        raise ValidationError(f"Buku penjagaan '{jenis}' tidak dikenal (kp atau kgb).", "jenis")
    if sampai < dari:
        raise ValidationError("Tanggal akhir sebelum tanggal awal.", "sampai")
    if jenis == "kp":
        return desk.pegawai.penjagaan_kp(dari, sampai)
    return desk.pegawai.penjagaan_kgb(dari, sampai)


def _usul_paling_lambat(j: JatuhTempo) -> date:
    """KP proposals go in about two months ahead; the KGB notice goes out two months ahead."""
    return tambah_bulan(j.tmt, -2)


# --------------------------------------------------------------------------- buku penjagaan


def _batas(lambat: date, dari: date) -> str:
    """When the proposal or notice must go out; already past at the window's start: now."""
    return "SEGERA" if lambat < dari else tanggal_pendek(lambat)


def baris_penjagaan(
    jenis: str, buku: Sequence[JatuhTempo], dari: date, *, xlsx: bool = False
) -> list[tuple[Any, ...]]:
    """The book's rows: printed cells (strings) or, with ``xlsx``, one value per column.

    ``dari`` is the window's start: a deadline already behind it prints as "SEGERA".
    """
    hasil: list[tuple[Any, ...]] = []
    for i, j in enumerate(buku, 1):
        p = j.pegawai
        peringatan = "\n".join(f"- {w}" for w in j.peringatan)
        lambat = _usul_paling_lambat(j)
        if jenis == "kp":
            if xlsx:
                hasil.append(
                    (
                        i, p.nama, p.nip, p.jabatan, p.pendidikan, j.golongan_dari,
                        PANGKAT.get(j.golongan_dari, ""), p.tmt_pangkat, j.mkg_dari[0],
                        j.mkg_dari[1], j.golongan_ke, PANGKAT.get(j.golongan_ke, ""), j.tmt,
                        lambat, "ya" if j.terlambat else "", "; ".join(j.peringatan),
                    )
                )  # fmt: skip
                continue
            hasil.append(
                (
                    str(i),
                    _nama_nip(p.nama, p.nip),
                    p.jabatan,
                    p.pendidikan or "-",
                    _pangkat_gol(j.golongan_dari),
                    tanggal_pendek(p.tmt_pangkat),
                    _mkg(j.mkg_dari),
                    _pangkat_gol(j.golongan_ke),
                    tanggal_pendek(j.tmt) + ("\n(terlambat)" if j.terlambat else ""),
                    _batas(lambat, dari),
                    peringatan,
                )
            )
            continue
        tmt_lama = p.dasar_kgb[0]
        if xlsx:
            hasil.append(
                (
                    i, p.nama, p.nip, p.jabatan, j.golongan_dari, PANGKAT.get(j.golongan_dari, ""),
                    tmt_lama, j.mkg_dari[0], j.mkg_dari[1], j.mkg_ke[0], j.mkg_ke[1], j.tmt,
                    lambat, "ya" if j.terlambat else "", "; ".join(j.peringatan),
                )
            )  # fmt: skip
            continue
        hasil.append(
            (
                str(i),
                _nama_nip(p.nama, p.nip),
                p.jabatan,
                _pangkat_gol(j.golongan_dari),
                tanggal_pendek(tmt_lama),
                _mkg(j.mkg_dari),
                _mkg(j.mkg_ke),
                tanggal_pendek(j.tmt) + ("\n(terlambat)" if j.terlambat else ""),
                _batas(lambat, dari),
                peringatan,
            )
        )
    return hasil


def _ringkasan_penjagaan(jenis: str, buku: Sequence[JatuhTempo]) -> list[tuple[str, str]]:
    return [
        ("Jumlah pegawai jatuh tempo", str(len(buku))),
        ("Di antaranya terlambat", str(sum(1 for j in buku if j.terlambat))),
        ("Dengan peringatan", str(sum(1 for j in buku if j.peringatan))),
    ]


def cetak_buku_penjagaan(
    desk: Desk,
    jenis: str,
    dari: date,
    sampai: date,
    target: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """The buku penjagaan KP or KGB for a window, as a landscape register book."""
    buku = _buku(desk, jenis, dari, sampai)
    judul, kolom = BUKU_PENJAGAAN[jenis]
    if target is None:
        target = folder_cetak(desk, "kepegawaian") / (
            f"penjagaan-{jenis}-{dari:%Y%m%d}-{sampai:%Y%m%d}.pdf"
        )
    cetak_buku(
        target,
        desk.pengaturan.kantor(),
        desk.pengaturan.umum().kertas,
        judul=judul,
        subjudul=_periode(dari, sampai),
        kolom=kolom,
        baris=baris_penjagaan(jenis, buku, dari),
        ringkasan=_ringkasan_penjagaan(jenis, buku),
        progress=progress,
        kaki=_kaki(desk),
    )
    return target


def ekspor_buku_penjagaan(desk: Desk, jenis: str, dari: date, sampai: date, target: Path) -> Path:
    """The same book as an XLSX workbook, naming who exported it and when."""
    from bawang_desk.core.ekspor import info_ekspor, tulis_xlsx

    buku = _buku(desk, jenis, dari, sampai)
    judul, _ = BUKU_PENJAGAAN[jenis]
    kolom = _XLSX_PENJAGAAN[jenis]
    return tulis_xlsx(
        target,
        judul=judul.title(),
        kolom=kolom,
        baris=baris_penjagaan(jenis, buku, dari, xlsx=True),
        lebar=[5, 30, 22, 30, *([14] * (len(kolom) - 5)), 60],
        info=[("Periode", _periode(dari, sampai)), *info_ekspor(desk)],
    )


# --------------------------------------------------------------------------- register KP/KGB


def baris_register(rows: Sequence[BarisRegisterKP], *, xlsx: bool = False) -> list[tuple]:
    """The Register KP/KGB rows: one employee of one usulan, the date of each SOP step."""
    hasil: list[tuple] = []
    for i, r in enumerate(rows, 1):
        langkah = [r.langkah.get(n) for n in range(1, 9)]
        if xlsx:
            hasil.append(
                (
                    i, r.nama, r.nip, r.jenis, r.dari, r.menjadi, r.tmt_usul, r.nomor_surat,
                    r.tanggal_surat, *(w.replace(microsecond=0) if w else None for w in langkah),
                    r.hasil, r.status,
                )
            )  # fmt: skip
            continue
        nomor = r.nomor_surat or "(belum bernomor)"
        if r.tanggal_surat:
            nomor += f"\n{tanggal_pendek(r.tanggal_surat)}"
        hasil.append(
            (
                str(i),
                _nama_nip(r.nama, r.nip),
                r.jenis,
                r.dari,
                r.menjadi,
                tanggal_pendek(r.tmt_usul),
                nomor,
                *(f"{w:%d-%m-%y}" if w else "" for w in langkah),
                r.hasil,
                r.status,
            )
        )
    return hasil


def _cek_periode(dari: date | None, sampai: date | None) -> None:
    if dari and sampai and sampai < dari:
        raise ValidationError("Tanggal akhir sebelum tanggal awal.", "sampai")


def _subjudul_register(dari: date | None, sampai: date | None, teks: str) -> str:
    if dari and sampai:
        s = f"Usulan dibuat {tanggal_panjang(dari)} s.d. {tanggal_panjang(sampai)}"
    else:
        s = "Semua usulan"
    return s + (f" (pencarian: \u201c{teks.strip()}\u201d)" if teks.strip() else "")


def cetak_register_kp(
    desk: Desk,
    dari: date | None = None,
    sampai: date | None = None,
    teks: str = "",
    target: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """The Buku Register KP/KGB (SOP 003's "Pencatatan") for the usulan made in a period."""
    _cek_periode(dari, sampai)
    rows = desk.usulan_kp.register(dari, sampai, teks)
    if target is None:
        akhir = f"-{dari:%Y%m%d}-{sampai:%Y%m%d}" if dari and sampai else ""
        target = folder_cetak(desk, "kepegawaian") / f"register-kp-kgb{akhir}.pdf"
    # a cancelled usulan keeps its line (and number) in the book but was never proposed
    batal = [r for r in rows if r.status == "BATAL"]
    aktif = [r for r in rows if r.status != "BATAL"]
    disetujui = sum(1 for r in aktif if r.hasil.startswith("SK"))
    cetak_buku(
        target,
        desk.pengaturan.kantor(),
        desk.pengaturan.umum().kertas,
        judul="BUKU REGISTER KP/KGB",
        subjudul=_subjudul_register(dari, sampai, teks),
        kolom=KOLOM_REGISTER,
        baris=baris_register(rows),
        ringkasan=[
            ("Jumlah pegawai diusulkan", str(len(aktif))),
            ("SK sudah diterima", str(disetujui)),
            ("Tidak disetujui", str(sum(1 for r in aktif if r.hasil.startswith("Tidak")))),
            ("Belum ada hasil", str(sum(1 for r in aktif if not r.hasil))),
            ("Usulan BATAL (tidak dihitung)", str(len(batal))),
        ],
        progress=progress,
        kaki=_kaki(desk),
    )
    return target


def ekspor_register_kp(
    desk: Desk,
    target: Path,
    dari: date | None = None,
    sampai: date | None = None,
    teks: str = "",
) -> Path:
    """The Register KP/KGB as an XLSX workbook (step times as date-times)."""
    from bawang_desk.core.ekspor import info_ekspor, tulis_xlsx

    _cek_periode(dari, sampai)
    rows = desk.usulan_kp.register(dari, sampai, teks)
    return tulis_xlsx(
        target,
        judul="Buku Register KP-KGB",
        kolom=_XLSX_REGISTER,
        baris=baris_register(rows, xlsx=True),
        lebar=[5, 30, 22, 22, 24, 24, 12, 22, 12, *([17] * 8), 40, 24],
        info=[("Periode", _subjudul_register(dari, sampai, teks)), *info_ekspor(desk)],
    )


# --------------------------------------------------------------------------- the pengantar


@dataclass(frozen=True)
class BarisLampiran:
    """One employee on the lampiran: who, from and to, TMT and the documents enclosed."""

    nama: str
    nip: str
    jabatan: str
    dari: str
    menjadi: str
    tmt: date
    dokumen: tuple[str, ...]


@dataclass(frozen=True)
class PengantarKP:
    """Everything the surat pengantar prints; no database here."""

    nomor: str
    tanggal: date
    hal: str
    tujuan: str
    tempat_tujuan: str
    jenis: str
    anggota: tuple[BarisLampiran, ...]
    penandatangan: Penandatangan
    tempat: str = "Bawang"
    sifat: str = "Biasa"
    konsep: bool = False

    def tempat_tanggal(self) -> str:
        return f"{self.tempat}, {tanggal_panjang(self.tanggal)}"

    @property
    def lampiran(self) -> str:
        return "1 (satu) berkas"


def _p(teks: str, style: Any) -> Paragraph:
    return Paragraph(escape(teks).replace("\n", "<br/>"), style)


def _polos(baris: list[list[Any]], lebar: list[float], gaya_tambahan: Sequence = ()) -> Table:
    t = Table(baris, colWidths=lebar, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),  # else empty cells set Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *gaya_tambahan,
            ]
        )
    )
    return t


JENIS_KALIMAT: dict[str, str] = {
    "kp-reguler": "Kenaikan Pangkat Reguler",
    "kp-pilihan": "Kenaikan Pangkat Pilihan (Jabatan Struktural)",
    "kp-ijazah": "Kenaikan Pangkat Penyesuaian Ijazah",
    "kgb": "Kenaikan Gaji Berkala",
}
"""The kind of usulan as the pengantar's body writes it (the short names are for lists)."""


def _dari_ke_kp(jenis: str, gol_dari: str, gol_ke: str, mkg_dari, mkg_ke) -> tuple[str, str]:
    """The lampiran's "from" and "to": pangkat for a KP, the MKG step for a KGB."""
    if jenis == "kgb":
        return f"{_pangkat_gol(gol_dari)}\nMKG lama {_mkg(mkg_dari)}", f"MKG baru {_mkg(mkg_ke)}"
    return _pangkat_gol(gol_dari), f"menjadi {_pangkat_gol(gol_ke)}"


def _penandatangan(desk: Desk, mode: str) -> Penandatangan:
    """The Camat signs; when the Sekcam approved at step 6 the letter is a.n. Camat."""
    kec = desk.pengaturan.kantor().kecamatan
    if mode in ("an", "plh"):
        return penandatangan_kantor(mode, desk.pengaturan.pejabat("sekcam"), kec)
    return penandatangan_kantor("camat", desk.pengaturan.pejabat("camat"), kec)


def pengantar_untuk(desk: Desk, u: Usulan) -> PengantarKP:
    """The pengantar's data from an usulan and its surat keluar row (steps 4 to 8)."""
    if u.surat_keluar_id is None:
        raise ValidationError(
            "Surat pengantar belum dibuat: selesaikan pemeriksaan berkas lalu buat konsep "
            "surat (langkah 4).",
            "status",
        )
    if u.status == "batal":
        raise ValidationError("Usulan ini BATAL; surat pengantarnya tidak dicetak.", "status")
    s = desk.surat_keluar.get(u.surat_keluar_id)
    kantor = desk.pengaturan.kantor()
    setelan = desk.pengaturan.kepegawaian()
    konsep = not s.nomor
    tanggal = s.tanggal_surat or desk.sekarang().date()
    nomor = s.nomor or f"{s.kode_klasifikasi}/ . . . . /{tanggal.year}"
    pegawai = {p.id: p for p in desk.pegawai.daftar(aktif_saja=False)}
    anggota = []
    for a in u.anggota:
        dari, ke = _dari_ke_kp(u.jenis, a.golongan_dari, a.golongan_ke, a.mkg_dari, a.mkg_ke)
        p = pegawai.get(a.pegawai_id)
        anggota.append(
            BarisLampiran(
                a.nama,
                a.nip,
                p.jabatan if p else "",
                dari,
                ke,
                a.tmt_usul,
                tuple(d.item for d in a.dokumen if d.ada),
            )
        )
    return PengantarKP(
        nomor=nomor,
        tanggal=tanggal,
        hal=s.hal,
        tujuan=s.tujuan or setelan.tujuan,
        tempat_tujuan=setelan.tempat_tujuan,
        jenis=u.jenis,
        anggota=tuple(anggota),
        penandatangan=_penandatangan(desk, s.mode_tanda_tangan or "camat"),
        tempat=kantor.kecamatan,
        sifat=s.sifat or "Biasa",
        konsep=konsep,
    )


def _kop_lampiran(s: PengantarKP, kantor: Kantor, ukuran: float) -> Flowable:
    """ "Lampiran Surat Camat ..." with Nomor, Tanggal and Hal, at the right like the date."""
    st = gaya(ukuran, leading=ukuran * 1.25, nama="lamp-kop")
    baris = [
        [_p(f"Lampiran Surat Camat {kantor.kecamatan}", st), "", ""],
        [_p("Nomor", st), _p(":", st), _p(s.nomor, st)],
        [_p("Tanggal", st), _p(":", st), _p(tanggal_panjang(s.tanggal), st)],
        [_p("Hal", st), _p(":", st), _p(s.hal, st)],
    ]
    w = LEBAR_BLOK_KANAN
    t = Table(baris, colWidths=[1.8 * cm, 0.4 * cm, w - 2.2 * cm], hAlign="RIGHT")
    t.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("FONT", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def _tabel_lampiran(s: PengantarKP, lebar: float) -> LongTable:
    """No. | name, NIP, jabatan | pangkat from and to (or MKG) | TMT | documents enclosed."""
    ukuran = 9
    st = gaya(ukuran, leading=ukuran * 1.2, nama="lamp")
    st_tengah = gaya(ukuran, leading=ukuran * 1.2, rata="tengah", nama="lamp-t")
    st_head = gaya(ukuran, tebal=True, leading=ukuran * 1.2, rata="tengah", nama="lamp-h")
    judul = [
        "No.",
        "Nama / NIP / Jabatan",
        "Pangkat/Gol. dan MKG" if s.jenis == "kgb" else "Pangkat/Gol. Lama dan Usulan",
        "TMT",
        "Berkas Persyaratan",
    ]
    data: list[list[Any]] = [[_p(j, st_head) for j in judul]]
    for i, a in enumerate(s.anggota, 1):
        nama = Paragraph(
            f"<b>{escape(a.nama)}</b><br/>NIP. {escape(nip_cetak(a.nip))}"
            + (f"<br/>{escape(a.jabatan)}" if a.jabatan else ""),
            st,
        )
        dok = "<br/>".join(f"{n}. {escape(d)}" for n, d in enumerate(a.dokumen, 1)) or "-"
        data.append(
            [
                _p(f"{i}.", st_tengah),
                nama,
                _p(f"{a.dari}\n{a.menjadi}", st),
                _p(tanggal_pendek(a.tmt), st_tengah),
                Paragraph(dok, st),
            ]
        )
    # the NIP line must never wrap: the name column is as wide as the widest NIP line needs
    w_nama = max(5.0 * cm, stringWidth("NIP. 00000000 000000 0 000", FONT, ukuran) + 8)
    w_no, w_tmt, w_gol = 0.9 * cm, 1.9 * cm, 3.9 * cm
    lebar_kolom = [w_no, w_nama, w_gol, w_tmt, lebar - w_no - w_nama - w_gol - w_tmt]
    t = LongTable(data, colWidths=lebar_kolom, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, ukuran),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, ukuran),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


def surat_pengantar_kp(target: Target, kantor: Kantor, kertas: str, s: PengantarKP) -> None:
    """Write the surat pengantar to BKD and its lampiran (a plain-data layout, no database)."""
    u = 12
    lebar = lebar_teks(kertas)
    isi = gaya(u, rata="rata", leading=u * 1.4, nama="pkp-isi")
    isi.firstLineIndent = 1.25 * cm
    s_yth = gaya(u, leading=u * 1.3, nama="pkp-yth")
    s_yth.leftIndent, s_yth.firstLineIndent = 0.85 * cm, -0.85 * cm  # "Yth." hangs
    n = len(s.anggota)
    orang = f"{n} ({terbilang_angka(n)}) orang"
    # in the sentence in full, as a letter writes it: no "usul kp reguler"
    jenis = JENIS_KALIMAT.get(s.jenis, "Kenaikan Pangkat/Kenaikan Gaji Berkala")
    if s.jenis == "kgb":
        permohonan = "penerbitan Surat Pemberitahuan Kenaikan Gaji Berkala"
    else:
        permohonan = "penerbitan Keputusan kenaikan pangkat"
    ttd = blok_tanda_tangan(s.penandatangan, ukuran=u)
    story: list[Flowable] = [
        blok_nomor_surat(s.nomor, s.sifat, s.lampiran, s.hal, s.tempat_tanggal(), ukuran=u),
        Spacer(1, 18),
        _polos([[_p(f"Yth. {s.tujuan}\ndi {s.tempat_tujuan}", s_yth)]], [min(lebar, 11 * cm)]),
        Spacer(1, 16),
        _p(
            f"Dengan hormat, bersama ini kami sampaikan usul {jenis} bagi {orang} Pegawai "
            f"Negeri Sipil di lingkungan Kecamatan {kantor.kecamatan} Kabupaten "
            f"{kantor.kabupaten} sebagaimana daftar terlampir, beserta berkas persyaratannya "
            "yang telah kami teliti kelengkapannya.",
            isi,
        ),
        Spacer(1, 6),
        _p(
            f"Sehubungan dengan hal tersebut, kami mohon Saudara berkenan memproses {permohonan} "
            "pegawai yang bersangkutan sesuai ketentuan peraturan perundang-undangan.",
            isi,
        ),
        Spacer(1, 6),
        _p("Demikian, atas perhatian dan kerja samanya kami ucapkan terima kasih.", isi),
        Spacer(1, 18),
        ttd,
        PageBreak(),
        _kop_lampiran(s, kantor, 10),
        Spacer(1, 14),
        _p(
            f"DAFTAR PEGAWAI YANG DIUSULKAN {JENIS_KALIMAT.get(s.jenis, 'KP/KGB').upper()}",
            gaya(11.5, tebal=True, rata="tengah", nama="pkp-judul"),
        ),
        Spacer(1, 10),
        _tabel_lampiran(s, lebar),
        Spacer(1, 18),
        blok_tanda_tangan(s.penandatangan, ukuran=11),
    ]
    buat_dokumen(
        target,
        kantor,
        kertas,
        story,
        judul_pdf=f"Surat Pengantar {s.hal}" + (" (KONSEP)" if s.konsep else ""),
        kaki=(
            "KONSEP - nomor surat diberikan saat dikirim melalui E-Office (langkah 5)"
            if s.konsep
            else None
        ),
        on_page=gambar_konsep if s.konsep else None,
    )


def cetak_pengantar_usulan(desk: Desk, uid: int, target: Path | None = None) -> Path:
    """Write the pengantar of an usulan (after COMMIT of its number) and return the path."""
    desk.otorisasi("usulan_kp.lihat")
    u = desk.usulan_kp.get(uid)
    s = pengantar_untuk(desk, u)
    if target is None:
        nama = s.nomor.replace("/", "-").replace(" ", "").replace(".-", "-")
        target = folder_cetak(desk, "kepegawaian") / (
            f"pengantar-{u.jenis}-{uid}-{'konsep' if s.konsep else nama}.pdf"
        )
    surat_pengantar_kp(target, desk.pengaturan.kantor(), desk.pengaturan.umum().kertas, s)
    return target
