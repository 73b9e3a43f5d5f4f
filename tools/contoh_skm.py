"""Render a sample Laporan Survei Kepuasan Masyarakat (PDF, XLSX) and its A4 poster to look at.

    python tools/contoh_skm.py                      # into /tmp/skm, F4
    python tools/contoh_skm.py --kertas A4 --png

A temporary database gets made-up paper questionnaires for Semester II 2026 (about 180, spread
over the six counter services, with profile and saran) and a rencana tindak lanjut; nothing is
read from a real database. With ``--png`` each PDF is rendered with ``pdftoppm -r 80``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from contoh_dokumen import CAMAT, KANTOR, SEKCAM  # noqa: E402

from bawang_desk.core.desk import Desk  # noqa: E402
from bawang_desk.core.pengaturan import Umum  # noqa: E402
from bawang_desk.core.skm import Jawaban, muat_kuesioner, periode_semester  # noqa: E402
from bawang_desk.documents.skm import (  # noqa: E402
    cetak_laporan_skm,
    cetak_poster_skm,
    ekspor_xlsx_skm,
)

SARAN = [
    "Ruang tunggu panas siang hari, mohon ditambah kipas angin.",
    "Petugas ramah dan cepat, terima kasih.",
    "Papan alur pelayanan sebaiknya dipasang di depan pintu masuk.",
    "Mohon informasi persyaratan diumumkan di grup desa supaya tidak bolak-balik.",
    "Kotak saran tidak terlihat, letakkan dekat loket.",
]
BOBOT = {  # made-up: most answers 3, the complaint channel weaker
    "U9": (0.10, 0.25, 0.50, 0.15),
    "U8": (0.03, 0.20, 0.55, 0.22),
}


def isi(desk: Desk, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    k = muat_kuesioner()
    layanan = ["kk", "ktp-el", "skck", "legalisasi", "pindah", "kredit-bank"]
    for _ in range(n):
        nilai = tuple(
            rng.choices((1, 2, 3, 4), BOBOT.get(u.kode, (0.01, 0.07, 0.55, 0.37)))[0]
            for u in k.unsur
        )
        profil = {a.atribut: rng.choice(a.pilihan) for a in k.profil}
        saran = rng.choice(SARAN) if rng.random() < 0.04 else ""
        bulan = date(2026, rng.randint(7, 11), rng.randint(1, 28))
        lay = rng.choices(layanan, (30, 25, 20, 12, 8, 5))[0]
        desk.skm.simpan_kertas(lay, bulan, Jawaban(nilai, profil, saran))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/tmp/skm"))
    ap.add_argument("--kertas", choices=("F4", "A4"), default="F4")
    ap.add_argument("--responden", type=int, default=180)
    ap.add_argument("--png", action="store_true")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        desk = Desk.open(Path(tmp) / "contoh.sqlite", jam=lambda: datetime(2026, 12, 2, 9, 30))
        desk.pengaturan_awal(
            kantor=KANTOR,
            pejabat={"camat": CAMAT, "sekcam": SEKCAM},
            umum=replace(Umum(), kertas=a.kertas),
            admin_username="admin",
            admin_nama="Admin",
            admin_sandi="contoh-sandi-1",
        )  # fmt: skip
        desk.masuk("admin", "contoh-sandi-1")
        desk.pengguna.tambah("sekcam", "Siti Sekcam", "sekcam", "contoh-sandi-1")
        desk.masuk("sekcam", "contoh-sandi-1")
        isi(desk, a.responden)
        p = periode_semester(2026, 2)
        desk.skm.simpan_rencana(
            p,
            "1. Memasang papan alur dan daftar persyaratan setiap layanan di depan loket "
            "(Kasubbag Umum, Januari 2027).\n"
            "2. Menyediakan kotak saran dan nomor WhatsApp pengaduan yang dijawab setiap hari "
            "kerja (Sekcam, Januari 2027).\n"
            "3. Menambah kipas angin di ruang tunggu (Kasubbag Umum, Februari 2027).",
        )
        h = desk.skm.rekap(p)
        berkas = [
            cetak_laporan_skm(desk, h, a.out / "laporan-skm.pdf"),
            cetak_poster_skm(desk, h, a.out / "poster-skm.pdf"),
        ]
        ekspor_xlsx_skm(desk, h, a.out / "laporan-skm.xlsx")
        desk.close()
    for b in berkas:
        print(b)
        if a.png and shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-r", "80", "-png", str(b), str(b.with_suffix(""))],
                           check=True)  # fmt: skip


if __name__ == "__main__":
    main()
