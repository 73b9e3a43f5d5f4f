"""Prints the mail documents from the desk: the Lembar Disposisi and the three mail books.

This is the glue between the core's records and the layouts in ``disposisi`` and ``buku``; it
reads through the desk (so permissions and Rahasia masking apply) and writes PDFs only after the
records are committed, into the data folder where they are kept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.lib.units import cm

from bawang_desk.core import klasifikasi
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.teks import tanggal_panjang
from bawang_desk.documents.buku import Kolom, cetak_buku
from bawang_desk.documents.disposisi import DataDisposisi, lembar_disposisi

Progress = Callable[[int, int, str], None]


def folder_cetak(desk: Desk, jenis: str) -> Path:
    p = desk.data_dir / "cetak" / jenis
    p.mkdir(parents=True, exist_ok=True)
    return p


def data_disposisi(desk: Desk, surat_id: int) -> tuple[DataDisposisi, bool]:
    """The sheet's data and whether it is still blank (no disposition recorded yet)."""
    s = desk.surat_masuk.get(surat_id)
    pilihan = desk.surat_masuk.pilihan_tujuan()
    label = dict(pilihan)
    d = DataDisposisi(
        nomor_agenda=f"{s.nomor_agenda}/{s.tahun}",
        surat_dari=s.pengirim,
        nomor_surat=s.nomor_surat,
        tanggal_surat=s.tanggal_surat,
        diterima_tanggal=s.tanggal_terima,
        sifat=s.sifat,
        hal=s.hal,
        rahasia=s.rahasia,
        pilihan_tujuan=[lbl for _k, lbl in pilihan],
        pilihan_instruksi=desk.surat_masuk.pilihan_instruksi(),
    )
    if s.disposisi:
        disp = s.disposisi
        d.tujuan = {label.get(k, k) for k in disp.kepada}
        d.instruksi = set(disp.instruksi)
        d.catatan_camat = disp.catatan
        d.batas_waktu = disp.batas_waktu
        d.tanggal_disposisi = disp.waktu.date()
        d.penjabaran_sekcam = disp.penjabaran
        d.tanggal_penjabaran = disp.penjabaran_waktu.date() if disp.penjabaran_waktu else None
    d.distribusi = [(x.kepada, x.waktu.date(), x.diterima_oleh) for x in s.distribusi]
    return d, s.disposisi is None


def cetak_lembar_disposisi(desk: Desk, surat_id: int, target: Path | None = None) -> Path:
    """Blank for handwriting until the Camat disposes in the app, then filled in."""
    desk.otorisasi("surat_masuk.lihat")
    d, kosong = data_disposisi(desk, surat_id)
    if target is None:
        nama = d.nomor_agenda.replace("/", "-")
        target = folder_cetak(desk, "disposisi") / (
            f"lembar-disposisi-{nama}{'' if kosong else '-isi'}.pdf"
        )
    lembar_disposisi(
        target, desk.pengaturan.kantor(), desk.pengaturan.umum().kertas, d, kosong=kosong
    )
    return target


#: The mail books: title, columns (DOMAIN.md section 4) and the core's row source.
BUKU = {
    "surat-masuk": (
        "BUKU AGENDA SURAT MASUK",
        [
            Kolom("No. Agenda", 0.7, "tengah"),
            Kolom("Tgl Terima", 0.8, "tengah"),
            Kolom("Pengirim", 1.8),
            Kolom("Nomor Surat", 1.4),
            Kolom("Tgl Surat", 0.8, "tengah"),
            Kolom("Hal / Isi Ringkas", 2.6),
            Kolom("Sifat", 0.8),
            Kolom("Kode Klas.", 0.8),
            Kolom("Lamp.", 0.6),
            Kolom("Disposisi", 1.4),
            Kolom("Ket.", 1.0),
        ],
    ),
    "surat-keluar": (
        "BUKU AGENDA SURAT KELUAR",
        [
            Kolom("No. Urut", 0.5, "tengah"),
            Kolom("Nomor Surat", 1.5),
            Kolom("Kode Klas.", 0.8),
            Kolom("Tgl Surat", 0.8, "tengah"),
            Kolom("Tgl Kirim", 0.8, "tengah"),
            Kolom("Dikirim Kepada", 1.8),
            Kolom("Hal / Isi Ringkas", 2.6),
            Kolom("Lamp.", 0.6),
            Kolom("Ket.", 1.2),
        ],
    ),
    "ekspedisi": (
        "BUKU EKSPEDISI",
        [
            Kolom("No.", 0.4, "tengah"),
            Kolom("Tgl Kirim", 0.8, "tengah"),
            Kolom("Tanggal dan Nomor Surat", 1.6),
            Kolom("Isi Ringkas", 2.6),
            Kolom("Ditujukan Kepada", 1.8),
            Kolom("Tanda Terima", 1.6),
        ],
    ),
}


def baris_buku(desk: Desk, jenis: str, dari: date, sampai: date) -> list[tuple[str, ...]]:
    if jenis == "surat-masuk":
        return list(desk.surat_masuk.baris_buku(dari, sampai))
    if jenis == "surat-keluar":
        return list(desk.surat_keluar.baris_buku(dari, sampai))
    if jenis == "ekspedisi":
        return list(desk.surat_keluar.baris_ekspedisi(dari, sampai))
    raise ValidationError(f"Buku '{jenis}' tidak dikenal.", "buku")


def _per_kode(rows: list[tuple[str, ...]], kolom: int) -> list[tuple[str, str]]:
    """One line per classification code in the book, with its Permendagri 83/2022 title (or
    "kode lama" for a 78/2012 code), so the bare codes of the table can be read."""
    hitung: dict[str, int] = {}
    for r in rows:
        kode = (r[kolom] or "").strip()
        if kode:
            hitung[kode] = hitung.get(kode, 0) + 1
    hasil = []
    for kode in sorted(hitung, key=lambda k: [int(x) if x.isdigit() else 0 for x in k.split(".")]):
        teks = f"Kode {klasifikasi.label(kode)}"
        hasil.append((teks if len(teks) <= 90 else teks[:89] + "\u2026", str(hitung[kode])))
    return hasil


def ringkasan_buku(jenis: str, rows: list[tuple[str, ...]]) -> list[tuple[str, str]]:
    """The totals printed under a book: the count, and per sifat or status where it matters."""
    if jenis == "surat-masuk":
        hasil = [("Jumlah surat masuk", str(len(rows)))]
        # the sifat cell is "Sangat Segera, Rahasia": urgency first, secrecy counted apart
        for sifat in ("Sangat Segera", "Segera", "Biasa"):
            n = sum(1 for r in rows if r[6].split(",")[0] == sifat)
            if n:
                hasil.append((f"Sifat {sifat}", str(n)))
        n = sum(1 for r in rows if r[6].endswith(", Rahasia"))
        if n:
            hasil.append(("Di antaranya Rahasia", str(n)))
        return hasil + _per_kode(rows, 7)
    if jenis == "surat-keluar":
        batal = sum(1 for r in rows if r[-1].startswith("BATAL"))
        return [
            ("Jumlah nomor surat keluar", str(len(rows))),
            ("Di antaranya BATAL", str(batal)),
            *_per_kode(rows, 2),
        ]
    belum = sum(1 for r in rows if not r[-1])
    return [("Jumlah surat diantar", str(len(rows))), ("Belum ada tanda terima", str(belum))]


def catatan_hilang(desk: Desk, registers: list[str], dari: date, sampai: date) -> list[str]:
    """The lines a printed book carries for numbers a restore entered as lost in the period."""
    return [f"Nomor {r.teks()}." for r in desk.penomoran.rentang_hilang(registers, dari, sampai)]


def _register_buku(desk: Desk, jenis: str) -> list[str]:
    if jenis == "surat-masuk":
        return ["surat-masuk"]
    if jenis == "surat-keluar":
        return [r.kode for r in desk.penomoran.registers() if r.jenis == "surat_keluar"]
    return []


def cetak_buku_surat(
    desk: Desk,
    jenis: str,
    dari: date,
    sampai: date,
    target: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Print one mail book for a date range (F4 or A4 landscape, repeated headers, totals)."""
    desk.otorisasi("buku.cetak")
    if sampai < dari:
        raise ValidationError("Tanggal akhir sebelum tanggal awal.", "sampai")
    judul, kolom = BUKU[jenis]
    rows = baris_buku(desk, jenis, dari, sampai)
    if target is None:
        target = folder_cetak(desk, "buku") / f"{jenis}-{dari:%Y%m%d}-{sampai:%Y%m%d}.pdf"
    user = desk.pengguna_aktif
    now = desk.sekarang()
    # the print date: a book is read against the day it was taken from the system
    kaki = (
        f"Dicetak dari Bawang Desk oleh {user.nama if user else '-'} pada "
        f"{tanggal_panjang(now.date())} pukul {now:%H.%M}"
    )
    cetak_buku(
        target,
        desk.pengaturan.kantor(),
        desk.pengaturan.umum().kertas,
        judul=judul,
        subjudul=f"Periode {tanggal_panjang(dari)} s.d. {tanggal_panjang(sampai)}",
        kolom=kolom,
        baris=rows,
        ringkasan=ringkasan_buku(jenis, rows),
        progress=progress,
        kaki=kaki,
        # the addressee signs the tanda terima in the row: about 1.5 cm
        tinggi_baris_min=1.5 * cm if jenis == "ekspedisi" else 0,
        catatan=catatan_hilang(desk, _register_buku(desk, jenis), dari, sampai),
    )
    return target


def ekspor_buku_surat(desk: Desk, jenis: str, dari: date, sampai: date, target: Path) -> Path:
    """The same book as an XLSX workbook, formulas escaped, naming who exported it."""
    from bawang_desk.core.ekspor import info_ekspor, tulis_xlsx

    desk.otorisasi("buku.cetak")
    judul, kolom = BUKU[jenis]
    rows = baris_buku(desk, jenis, dari, sampai)
    info = [
        ("Periode", f"{tanggal_panjang(dari)} s.d. {tanggal_panjang(sampai)}"),
        *[("Catatan", c) for c in catatan_hilang(desk, _register_buku(desk, jenis), dari, sampai)],
        *info_ekspor(desk),
    ]
    return tulis_xlsx(
        target,
        judul=judul,
        kolom=[k.judul for k in kolom],
        baris=rows,
        info=info,
        kertas=desk.pengaturan.umum().kertas,
        bobot=[k.lebar for k in kolom],
    )
