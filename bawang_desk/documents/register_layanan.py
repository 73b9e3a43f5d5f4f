"""Prints the service registers (SOP 004-011) for a period, and the Sekcam's daily print.

The rows come from the desk (permissions apply); the layout is the shared register book of
``buku``. The daily print carries the latest audit-chain hash at its foot, so an edit of the
audit table made afterwards shows up against paper.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.layanan import LABEL_STATUS, LAYANAN, MODE_TTD, BarisRegister, info
from bawang_desk.core.teks import tanggal_panjang, tanggal_pendek
from bawang_desk.documents.buku import Kolom, cetak_buku
from bawang_desk.documents.surat_masuk import catatan_hilang, folder_cetak

Progress = Callable[[int, int, str], None]

KOLOM = [
    Kolom("No.", 0.4, "tengah"),
    Kolom("Nomor Register", 1.4),
    Kolom("Tanggal", 0.8, "tengah"),
    Kolom("NIK", 1.2),
    Kolom("Nama", 1.5),
    Kolom("Desa", 0.9),
    Kolom("Rincian Layanan", 2.6),
    Kolom("Penandatangan", 1.4),
    Kolom("Keterangan", 1.4),
]


def _ket(b: BarisRegister) -> str:
    if b.batal:
        return "BATAL"
    ket = LABEL_STATUS.get(b.status, b.status)
    if b.syarat_dilewati:
        ket += f"; syarat diloloskan Sekcam: {b.syarat_dilewati}"
    return ket


def _ttd(b: BarisRegister) -> str:
    t = b.penandatangan
    if not t:
        return ""
    # "a.n. Camat (Sekcam): Nama", as the signing dialogs write it; "Nama (a.n. Camat (Sekcam))"
    # printed a double bracket
    mode = MODE_TTD.get(t.get("mode", ""), "")
    return f"{mode}: {t.get('nama', '')}" if mode else t.get("nama", "")


def baris_cetak(rows: list[BarisRegister]) -> list[tuple[str, ...]]:
    return [
        (
            str(i),
            b.nomor,
            tanggal_pendek(date.fromisoformat(b.tanggal)),
            b.nik,
            b.nama,
            b.desa,
            b.rincian(),
            _ttd(b),
            _ket(b),
        )
        for i, b in enumerate(rows, start=1)
    ]


def _kaki(desk: Desk, dengan_audit: bool) -> str:
    user = desk.pengguna_aktif
    now = desk.sekarang()
    teks = (
        f"Dicetak dari Bawang Desk oleh {user.nama if user else '-'} pada "
        f"{tanggal_panjang(now.date())} pukul {now:%H.%M}"
    )
    if dengan_audit:
        # the stored latest hash: cheap on a ten-year chain, and the true anchor even when an
        # earlier row was tampered with (the chain walk would stop at the tampered row)
        from bawang_desk.core.audit import hash_terakhir

        teks += f" | hash audit terakhir: {hash_terakhir(desk.conn)[:24]}"
    return teks


def cetak_register(
    desk: Desk,
    layanan: str,
    dari: date,
    sampai: date,
    target: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """One service's register for a date range (F4/A4 landscape, repeated headers, totals)."""
    inf = info(layanan)
    if sampai < dari:
        raise ValidationError("Tanggal akhir sebelum tanggal awal.", "sampai")
    rows = desk.layanan.register(inf.kode, dari, sampai)
    if target is None:
        target = folder_cetak(desk, "register") / f"{inf.kode}-{dari:%Y%m%d}-{sampai:%Y%m%d}.pdf"
    jumlah, batal, baris = len(rows), sum(1 for b in rows if b.batal), baris_cetak(rows)
    # the rows' dicts and lists go now, not after the book: fewer objects for the garbage
    # collector to walk while it builds (a full collection holds up the window too)
    del rows
    cetak_buku(
        target,
        desk.pengaturan.kantor(),
        desk.pengaturan.umum().kertas,
        judul=f"REGISTER {inf.nama.upper()}",
        subjudul=f"Periode {tanggal_panjang(dari)} s.d. {tanggal_panjang(sampai)}",
        kolom=KOLOM,
        baris=baris,
        ringkasan=[("Jumlah nomor register", str(jumlah)), ("Di antaranya BATAL", str(batal))],
        progress=progress,
        kaki=_kaki(desk, False),
        catatan=catatan_hilang(desk, [inf.kode], dari, sampai),
    )
    return target


def ekspor_register(desk: Desk, layanan: str, dari: date, sampai: date, target: Path) -> Path:
    """One service's register as an XLSX workbook, formulas escaped.

    Like the mail book it carries the export manifest rows (who, when, the latest audit-chain
    hash): the file holds NIKs, so it must say who took it out, and the hash ties it to the
    audit chain as the daily print does on paper.
    """
    from bawang_desk.core.ekspor import info_ekspor, tulis_xlsx

    desk.otorisasi("buku.cetak")
    inf = info(layanan)
    if sampai < dari:
        raise ValidationError("Tanggal akhir sebelum tanggal awal.", "sampai")
    rows = baris_cetak(desk.layanan.register(inf.kode, dari, sampai))
    info_baris = [
        ("Periode", f"{tanggal_panjang(dari)} s.d. {tanggal_panjang(sampai)}"),
        *[("Catatan", c) for c in catatan_hilang(desk, [inf.kode], dari, sampai)],
        *info_ekspor(desk),
    ]
    return tulis_xlsx(
        target,
        judul=f"Register {inf.nama}",
        kolom=[k.judul for k in KOLOM],
        baris=rows,
        info=info_baris,
        kertas=desk.pengaturan.umum().kertas,
        bobot=[k.lebar for k in KOLOM],
    )


def cetak_harian(desk: Desk, hari: date, target: Path | None = None) -> Path:
    """The Sekcam's daily print: the day's entries of every service register, totals per
    service, and the audit-chain anchor at the foot of every page."""
    desk.otorisasi("buku.cetak")
    semua: list[BarisRegister] = []
    for kode in LAYANAN:
        semua.extend(desk.layanan.register(kode, hari, hari))
    if target is None:
        target = folder_cetak(desk, "harian") / f"cetak-harian-{hari:%Y%m%d}.pdf"
    per = Counter(b.layanan for b in semua)
    ringkasan = [(f"Jumlah {LAYANAN[k].nama}", str(per.get(k, 0))) for k in LAYANAN]
    ringkasan.append(("Jumlah seluruh layanan", str(len(semua))))
    kolom = [Kolom("Layanan", 1.2), *KOLOM]
    baris = [(LAYANAN[b.layanan].nama, *r) for b, r in zip(semua, baris_cetak(semua), strict=True)]
    cetak_buku(
        target,
        desk.pengaturan.kantor(),
        desk.pengaturan.umum().kertas,
        judul="CETAK HARIAN REGISTER PELAYANAN",
        subjudul=f"Hari {tanggal_panjang(hari)}",
        kolom=kolom,
        baris=baris,
        ringkasan=ringkasan,
        kaki=_kaki(desk, True),
    )
    from bawang_desk.core import jangkar_audit

    jangkar_audit.catat(desk.path, desk.conn, desk.sekarang_iso(), f"cetak harian {hari:%d-%m-%Y}")
    return target
