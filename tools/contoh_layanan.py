"""Render sample PDFs of every service letter (bawang_desk.documents.layanan) and time them.

    python tools/contoh_layanan.py                  # into /tmp/layanan, F4
    python tools/contoh_layanan.py --kertas A4 --png
    python tools/contoh_layanan.py --ukur 20        # median build time of 20 builds per letter

With ``--png`` each PDF is also rendered with ``pdftoppm -r 80`` (poppler-utils) for viewing.
Uses made-up office and applicant data; nothing is read from a database.
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from contoh_dokumen import CAMAT, KANTOR, SEKCAM  # noqa: E402

from bawang_desk.documents.kop import Penandatangan  # noqa: E402
from bawang_desk.documents.layanan import BUAT, Pemohon, SuratLayanan, Verifikasi  # noqa: E402

PEMOHON = Pemohon(
    nama="NUR'AINI RAHMAWATI",
    nik="3304055203900001",
    tempat_lahir="Banjarnegara",
    tanggal_lahir=date(1990, 3, 12),
    perempuan=True,
    agama="Islam",
    pekerjaan="Wiraswasta",
    alamat="Dusun Krajan RT 002 RW 003",
    desa="Joho",
    no_kk="3304051203150007",
)

ANGGOTA = [
    ("3304055203900001", "NUR'AINI RAHMAWATI", "Kepala Keluarga"),
    ("3304051508880003", "SUGENG PRIYANTO", "Suami"),
    ("3304052107120002", "MUHAMMAD FAIZ ARDIANSYAH", "Anak"),
    ("3304056110150001", "AZZAHRA NAILA PUTRI", "Anak"),
]

DATA: dict[str, dict] = {
    "pindah": {
        "tujuan_alamat": "RT 001 RW 004",
        "tujuan_desa": "Kenteng",
        "tujuan_kecamatan": "Madukara",
        "tujuan_kode_pos": "53482",
        "alasan": "Pekerjaan",
        "jenis_kepindahan": "Kepala keluarga dan seluruh anggota keluarga",
        "status_kk_pindah": "Nomor KK tetap",
        "anggota": ANGGOTA,
    },
    "kredit-bank": {
        "bank": "PT Bank Rakyat Indonesia (Persero) Tbk. Unit Bawang",
        "jumlah": 15_000_000,
        "usaha": "Warung kelontong dan penjualan pupuk",
        "agunan_jenis": "Sertifikat Hak Milik tanah pekarangan",
        "agunan_nomor": "SHM No. 01234/Joho",
        "agunan_pemilik": "NUR'AINI RAHMAWATI",
        "agunan_berlaku": "Tidak terbatas",
        "agunan_taksiran": 60_000_000,
        "pengantar_desa": "Kepala Desa Joho Nomor 500/045/2026 tanggal 23 November 2026",
    },
    "skck": {
        "keperluan": "Melamar pekerjaan",
        "pengantar_desa": "Kepala Desa Joho Nomor 331/112/2026 tanggal 23 November 2026",
    },
    "legalisasi": {
        "dokumen": [("Fotokopi Kartu Keluarga", 3), ("Fotokopi Akta Kelahiran", 2)],
        "nomor_salinan": [f"100.2.2.5/L-0{i}/XI/2026" for i in range(41, 46)],
    },
    "kk": {"varian_nama": "Pembuatan KK baru karena pindah datang"},
    "ktp-el": {"varian_nama": "Penggantian KTP-el karena hilang"},
    "ktp-el-pengganti": {"keterangan": "penggantian karena hilang"},
}

NOMOR = {
    "pindah": "400.12.2.2/015/2026",
    "kredit-bank": "500/021/2026",
    "skck": "100.2.2.5/033/2026",
    "legalisasi": "100.2.2.5/L/XI/2026",
    "kk": "400.12.2.1/044/2026",
    "ktp-el": "400.12.2.1/045/2026",
    "ktp-el-pengganti": "400.12.2.1/046/2026",
}


def surat(kode: str, *, an: bool, anggota: int = 4) -> SuratLayanan:
    data = dict(DATA[kode])
    if kode == "pindah" and anggota != len(ANGGOTA):
        data["anggota"] = [
            (f"33040521071{i:05d}", f"ANGGOTA KELUARGA KE-{i}", "Anak")
            for i in range(1, anggota + 1)
        ]
    ttd = (
        Penandatangan(SEKCAM, "CAMAT BAWANG", "an", jabatan_pejabat="Sekretaris Kecamatan")
        if an
        else Penandatangan(CAMAT, "CAMAT BAWANG")
    )
    return SuratLayanan(
        nomor=NOMOR[kode],
        tanggal=date(2026, 11, 24),
        pemohon=replace(PEMOHON),
        penandatangan=ttd,
        verifikasi=Verifikasi("BWG-7K3M-Q9XA", f"https://kecbawang.example/v/{kode}/BWG-7K3M-Q9XA"),
        data=data,
        tembusan=["Kepala Desa Joho"] if kode in ("pindah", "skck") else [],
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/layanan"))
    ap.add_argument("--kertas", choices=["F4", "A4"], default="F4")
    ap.add_argument("--png", action="store_true", help="also render PNGs with pdftoppm -r 80")
    ap.add_argument(
        "--ukur", type=int, default=20, help="builds per letter for the timing (0: none)"
    )
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    pdfs = []
    for kode, buat in BUAT.items():
        for an in (False, True):
            path = args.out / f"{kode}{'-an' if an else ''}-{args.kertas}.pdf"
            buat(path, KANTOR, args.kertas, surat(kode, an=an))
            pdfs.append(path)
    path = args.out / f"pindah-12-anggota-{args.kertas}.pdf"
    BUAT["pindah"](path, KANTOR, args.kertas, surat("pindah", an=False, anggota=12))
    pdfs.append(path)

    for p in pdfs:
        print(p)
        if args.png:
            if not shutil.which("pdftoppm"):
                print("pdftoppm tidak ditemukan (paket poppler-utils).", file=sys.stderr)
                return 1
            subprocess.run(
                ["pdftoppm", "-r", "80", "-png", str(p), str(p.with_suffix(""))], check=True
            )

    if args.ukur:
        print(f"\nMedian waktu membuat satu surat ({args.ukur} kali, {args.kertas}):")
        contoh = [(kode, buat, surat(kode, an=True)) for kode, buat in BUAT.items()]
        contoh.append(("pindah 12 anggota", BUAT["pindah"], surat("pindah", an=True, anggota=12)))
        for kode, buat, s in contoh:
            waktu = []
            for _ in range(args.ukur):
                mulai = time.perf_counter()
                buat(io.BytesIO(), KANTOR, args.kertas, s)
                waktu.append((time.perf_counter() - mulai) * 1000)
            print(f"  {kode:18s} {statistics.median(waktu):6.1f} ms (terlama {max(waktu):.1f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
