"""Benchmark: print 5,000 Buku Agenda Surat Masuk rows to PDF (DESIGN.md performance budget).

    python benchmarks/bench_buku.py            # 5,000 rows, 5 runs each
    python benchmarks/bench_buku.py --rows 20000 --runs 3

Budget: ``cetak_buku`` takes at most 1.3 x a bare ReportLab LongTable of the same rows.

Both sides get the same plain-string cells (wrapped by ``siapkan_baris``, as cetak_buku does), the
same column widths and the same landscape page, and are built into a BytesIO. ``cetak_buku`` is
timed end to end: wrapping the raw rows, kop, title, grid and header styling, the summary and
"Halaman x dari y". The bare LongTable is ``LongTable(rows, colWidths, repeatRows=1)`` built with
SimpleDocTemplate on the same text area; it is given only the body font (Liberation Sans at the same size and leading),
without which it would lay out other rows in Helvetica 10 and the two would not print the same
thing. The runs are interleaved (bare, ours, bare, ours, ...) so a slow moment hits both; the
medians and their ratio are printed. A second baseline, the LongTable with no style at all
(Helvetica), is printed for information.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle  # noqa: E402

from bawang_desk.core.pengaturan import Kantor  # noqa: E402
from bawang_desk.core.teks import tanggal_pendek  # noqa: E402
from bawang_desk.documents import kertas as _kertas  # noqa: E402
from bawang_desk.documents.buku import (  # noqa: E402
    LEADING,
    UKURAN_ISI,
    Kolom,
    cetak_buku,
    lebar_kolom,
    siapkan_baris,
)
from bawang_desk.documents.fonts import FONT, daftarkan_font  # noqa: E402

KOLOM = [
    Kolom("No. Agenda", 1.0, "tengah"),
    Kolom("Tanggal Terima", 1.1, "tengah"),
    Kolom("Pengirim", 2.4),
    Kolom("Nomor Surat", 2.0),
    Kolom("Tanggal Surat", 1.1, "tengah"),
    Kolom("Hal / Isi Ringkas", 4.0),
    Kolom("Sifat", 1.1, "tengah"),
    Kolom("Kode Klasifikasi", 1.2, "tengah"),
    Kolom("Lampiran", 1.0, "tengah"),
    Kolom("Disposisi", 2.0),
    Kolom("Keterangan", 1.6),
]

_PENGIRIM = [
    "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banjarnegara",
    "Sekretariat Daerah Kabupaten Banjarnegara",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "Pemerintah Desa Wanadri",
    "Pemerintah Desa Kebondalem",
    "Polsek Bawang",
    "Puskesmas Bawang 1",
    "Koramil 04/Bawang",
    "Dinas Pendidikan, Pemuda dan Olahraga",
    "Bappeda dan Litbang Kabupaten Banjarnegara",
    "KPU Kabupaten Banjarnegara",
    "PT Bank Rakyat Indonesia Unit Bawang",
]
_KATA = str.split(
    "undangan rapat koordinasi pelaksanaan kegiatan permohonan data kependudukan laporan "
    "bulanan penyampaian hasil evaluasi pembinaan administrasi pemerintahan desa sosialisasi "
    "program percepatan perekaman KTP-el pemilih pemula penyaluran bantuan langsung tunai "
    "musyawarah perencanaan pembangunan monitoring dana desa tahun anggaran 2026 kecamatan"
)
_SIFAT = ["Biasa"] * 12 + ["Penting"] * 4 + ["Segera"] * 3 + ["Sangat Segera", "Rahasia"]
_KODE = ["400.12.2.2", "400.12.2.1", "800.1.3.2", "800.1.11.13", "100.2.2.5", "000.1.2", "900.1"]
_DISPO = [
    "Sekcam",
    "Kasi Tapem",
    "Kasi Trantibum",
    "Kasubbag Umum dan Kepegawaian",
    "Sekcam; Kasi Tapem",
    "Arsip",
]
_KET = ["", "", "", "Hadir: Kasi Tapem", "Sudah dibalas", "Menunggu data desa", "Diarsipkan"]


def baris_contoh(n: int, seed: int = 2026) -> list[list[str]]:
    """``n`` realistic Buku Agenda Surat Masuk rows; column 0 is a unique token per row."""
    rnd = random.Random(seed)
    awal = date(2026, 1, 2)
    rows = []
    for i in range(1, n + 1):
        terima = awal + timedelta(days=i * 360 // max(n, 1))
        tgl_surat = terima - timedelta(days=rnd.randint(0, 7))
        hal = []
        while sum(len(w) + 1 for w in hal) < rnd.randint(40, 120):
            hal.append(rnd.choice(_KATA))
        hal_teks = " ".join(hal).capitalize()[:120]
        kode = rnd.choice(_KODE)
        rows.append(
            [
                f"SM-{i:05d}",
                tanggal_pendek(terima),
                rnd.choice(_PENGIRIM),
                f"{kode}/{rnd.randint(1, 999):03d}/{rnd.choice(['Dukcapil', 'Setda', 'BKPSDM', 'Ds'])}/2026",
                tanggal_pendek(tgl_surat),
                hal_teks,
                rnd.choice(_SIFAT),
                kode,
                rnd.choice(["-", "1 berkas", "2 lembar", "1 (satu) bendel"]),
                rnd.choice(_DISPO),
                rnd.choice(_KET),
            ]
        )
    return rows


KANTOR = Kantor(
    alamat="Jalan Raya Bawang Nomor 1, Bawang, Banjarnegara",
    telepon="(0286) 591234",
    kode_pos="53471",
    email="kec.bawang@banjarnegarakab.go.id",
)


def kita(rows: list[list[str]], kertas: str) -> float:
    buf = io.BytesIO()
    t = time.perf_counter()
    cetak_buku(
        buf,
        KANTOR,
        kertas,
        judul="Buku Agenda Surat Masuk",
        subjudul="Periode 1 Januari 2026 s.d. 31 Desember 2026",
        kolom=KOLOM,
        baris=rows,
        ringkasan=[("Jumlah surat", str(len(rows)))],
        kaki="Dicetak oleh Admin",
    )
    return time.perf_counter() - t


def polos(data: list[list[str]], kertas: str, *, gaya_font: bool = True) -> float:
    buf = io.BytesIO()
    t = time.perf_counter()
    m = _kertas.margin(landscape=True)
    doc = SimpleDocTemplate(
        buf,
        pagesize=_kertas.ukuran(kertas, landscape=True),
        leftMargin=m.kiri - 6,  # SimpleDocTemplate's frame pads 6 pt: the same text area
        rightMargin=m.kanan - 6,
        topMargin=m.atas - 6,
        bottomMargin=m.bawah - 6,
        initialFontName=FONT if gaya_font else "Helvetica",
    )
    tabel = LongTable(data, colWidths=lebar_kolom(kertas, KOLOM), repeatRows=1)
    if gaya_font:
        tabel.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, UKURAN_ISI, LEADING)]))
    doc.build([tabel])
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--kertas", choices=["F4", "A4"], default="F4")
    args = ap.parse_args(argv)

    daftarkan_font()
    rows = baris_contoh(args.rows)
    data = siapkan_baris(args.kertas, KOLOM, rows)  # the same wrapped strings for the baseline
    polos(data[:200], args.kertas)  # warm-up: font subsetting tables, imports
    kita(rows[:200], args.kertas)

    t_polos, t_kita, t_helv = [], [], []
    for i in range(args.runs):
        t_polos.append(polos(data, args.kertas))
        t_kita.append(kita(rows, args.kertas))
        t_helv.append(polos(data, args.kertas, gaya_font=False))
        print(
            f"run {i + 1}: bare LongTable {t_polos[-1]:.3f} s, cetak_buku {t_kita[-1]:.3f} s",
            flush=True,
        )
    m_polos, m_kita = statistics.median(t_polos), statistics.median(t_kita)
    print(f"{args.rows} rows, {args.kertas} landscape, median of {args.runs}:")
    print(f"  bare LongTable (same font/size): {m_polos:.3f} s")
    print(f"  cetak_buku:                      {m_kita:.3f} s")
    print(f"  ratio: {m_kita / m_polos:.2f} (budget 1.30)")
    print(
        f"  (info) bare LongTable, no style at all (Helvetica 10): {statistics.median(t_helv):.3f} s"
    )
    return 0 if m_kita / m_polos <= 1.3 else 1


if __name__ == "__main__":
    raise SystemExit(main())
