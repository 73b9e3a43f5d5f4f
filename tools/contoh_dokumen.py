"""Render sample documents to look at: a letter, the Lembar Disposisi (blank and filled), a Buku Agenda.

    python tools/contoh_dokumen.py                 # into /tmp/docs, F4
    python tools/contoh_dokumen.py --out contoh --kertas A4 --png

With ``--png`` each PDF is also rendered with ``pdftoppm -r 80`` (poppler-utils) for viewing.
Uses made-up office data and a drawn placeholder logo; nothing is read from a database.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from reportlab.platypus import Paragraph, Spacer  # noqa: E402

from bawang_desk.core.pengaturan import Kantor, Pejabat, logo_dari_berkas  # noqa: E402
from bawang_desk.documents.buku import Kolom, cetak_buku  # noqa: E402
from bawang_desk.documents.disposisi import DataDisposisi, lembar_disposisi  # noqa: E402
from bawang_desk.documents.kop import (  # noqa: E402
    Penandatangan,
    blok_nomor_surat,
    blok_tanda_tangan,
    buat_dokumen,
    gaya,
    judul_surat_keterangan,
    tembusan_flowables,
)


def logo_contoh() -> bytes:
    """A plain shield, standing in for the lambang daerah."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (200, 240), "white")
    d = ImageDraw.Draw(img)
    d.polygon([(10, 10), (190, 10), (190, 150), (100, 230), (10, 150)], fill=(30, 90, 160))
    d.polygon([(10, 10), (190, 10), (190, 150), (100, 230), (10, 150)], outline="black")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


KANTOR = Kantor(
    alamat="Jalan Raya Bawang Nomor 1, Bawang, Banjarnegara",
    telepon="(0286) 591234",
    kode_pos="53471",
    email="kec.bawang@banjarnegarakab.go.id",
    website="kecbawang.banjarnegarakab.go.id",
    logo_b64=logo_dari_berkas(logo_contoh()),
)
CAMAT = Pejabat("camat", "Drs. HARYANTO, M.Si.", "IV/b", "197003121995031004")
SEKCAM = Pejabat("sekcam", "BAMBANG SUTRISNO, S.Sos., M.M.", "IV/a", "197501152000031002")


def surat(out: Path, kertas: str) -> Path:
    isi = gaya(rata="rata", leading=18)
    story = [
        blok_nomor_surat(
            "400.12.2.2/015/2026",
            "Biasa",
            "1 (satu) berkas",
            "Permohonan Data Kependudukan Semester II Tahun 2026 untuk Keperluan Perencanaan",
            "Bawang, 24 November 2026",
        ),
        Spacer(1, 18),
        Paragraph(
            "Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil<br/>Kabupaten Banjarnegara<br/>"
            "di Banjarnegara",
            gaya(),
        ),
        Spacer(1, 14),
        Paragraph(
            "Dengan hormat, dalam rangka penyusunan rencana kerja Kecamatan Bawang tahun 2027, "
            "bersama ini kami mohon bantuan Saudara untuk menyampaikan data agregat kependudukan "
            "semester II tahun 2026 per desa di wilayah Kecamatan Bawang, yang meliputi jumlah "
            "penduduk menurut jenis kelamin, kelompok umur, dan status perkawinan.",
            isi,
        ),
        Spacer(1, 8),
        Paragraph(
            "Demikian permohonan kami, atas perhatian dan kerja samanya kami ucapkan terima kasih.",
            isi,
        ),
        Spacer(1, 20),
        blok_tanda_tangan(
            Penandatangan(SEKCAM, "CAMAT BAWANG", "an", jabatan_pejabat="Sekretaris Kecamatan")
        ),
        *tembusan_flowables(
            [
                "Yth. Bupati Banjarnegara (sebagai laporan);",
                "Yth. Kepala Bagian Tata Pemerintahan Setda Kabupaten Banjarnegara.",
            ]
        ),
    ]
    path = out / f"surat-{kertas}.pdf"
    buat_dokumen(path, KANTOR, kertas, story, judul_pdf="Permohonan Data Kependudukan")
    return path


def surat_keterangan(out: Path, kertas: str) -> Path:
    isi = gaya(rata="rata", leading=18)
    story = [
        *judul_surat_keterangan("Surat Keterangan", "400.12.2.1/031/2026"),
        Paragraph(
            "Yang bertanda tangan di bawah ini Camat Bawang Kabupaten Banjarnegara menerangkan "
            "bahwa penduduk tersebut di bawah ini benar telah melakukan perekaman KTP-el.",
            isi,
        ),
        Spacer(1, 24),
        blok_tanda_tangan(
            Penandatangan(SEKCAM, "CAMAT BAWANG", "plh"),
            tempat_tanggal="Bawang, 24 November 2026",
        ),
    ]
    path = out / f"surat-keterangan-{kertas}.pdf"
    buat_dokumen(path, KANTOR, kertas, story, judul_pdf="Surat Keterangan", kaki="Contoh")
    return path


def disposisi(out: Path, kertas: str) -> list[Path]:
    d = DataDisposisi(
        nomor_agenda="SM/0152/2026",
        surat_dari="Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banjarnegara",
        nomor_surat="400.12.2.2/1234/Dukcapil/2026",
        tanggal_surat=date(2026, 11, 20),
        diterima_tanggal=date(2026, 11, 24),
        sifat="Amat Segera",
        hal="Undangan Rapat Koordinasi Percepatan Perekaman KTP-el bagi Pemilih Pemula Tahun 2027",
        tujuan={"Sekretaris Kecamatan", "Kasi Tata Pemerintahan"},
        instruksi={"Hadiri/wakili", "Koordinasi/konfirmasikan"},
        catatan_camat="Kasi Tapem hadir, koordinasikan dengan operator KTP-el; laporkan hasilnya.",
        batas_waktu=date(2026, 11, 27),
        tanggal_disposisi=date(2026, 11, 24),
        penjabaran_sekcam="Kasi Tapem hadir; siapkan data pemilih pemula per desa.",
        tanggal_penjabaran=date(2026, 11, 24),
        distribusi=[("Kasi Tata Pemerintahan", date(2026, 11, 24), "Suparno")],
    )
    hasil = []
    for kosong in (True, False):
        path = out / f"disposisi-{'kosong' if kosong else 'isi'}-{kertas}.pdf"
        lembar_disposisi(path, KANTOR, kertas, d, kosong=kosong)
        hasil.append(path)
    return hasil


def buku(out: Path, kertas: str, n: int = 55) -> Path:
    sys.path.insert(0, str(HERE.parent / "benchmarks"))
    from bench_buku import KOLOM, baris_contoh

    rows = baris_contoh(n)
    path = out / f"buku-agenda-{kertas}.pdf"
    cetak_buku(
        path,
        KANTOR,
        kertas,
        judul="Buku Agenda Surat Masuk",
        subjudul="Periode 1 Januari 2026 s.d. 31 Desember 2026",
        kolom=[Kolom(k.judul, k.lebar, k.rata, k.bungkus) for k in KOLOM],
        baris=rows,
        ringkasan=[("Jumlah surat", str(n)), ("Sangat Segera", "3"), ("Rahasia", "2")],
        kaki="Dicetak oleh Admin, 24 November 2026 10.15",
    )
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/docs"))
    ap.add_argument("--kertas", choices=["F4", "A4"], default="F4")
    ap.add_argument("--baris", type=int, default=55, help="rows in the sample Buku Agenda")
    ap.add_argument("--png", action="store_true", help="also render PNGs with pdftoppm -r 80")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    pdfs = [
        surat(args.out, args.kertas),
        surat_keterangan(args.out, args.kertas),
        *disposisi(args.out, args.kertas),
        buku(args.out, args.kertas, args.baris),
    ]
    for p in pdfs:
        print(p)
        if args.png:
            if not shutil.which("pdftoppm"):
                print("pdftoppm tidak ditemukan (paket poppler-utils).", file=sys.stderr)
                return 1
            subprocess.run(
                ["pdftoppm", "-r", "80", "-png", str(p), str(p.with_suffix(""))], check=True
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
