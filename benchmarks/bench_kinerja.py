"""Kinerja report of a year on the ten-year database: the figures, then the PDF (budget 5 s).

    python benchmarks/bench_kinerja.py [--db benchmarks/data/sepuluh-tahun.sqlite] [-n 5]
        [--tahun 2025]

Computes ``desk.kinerja.hitung(Periode.tahun(...))`` (about 100,000 applications and 840,000
step records) ``n`` times after one warm-up run and reports the median; then the same with the
PDF written (``cetak_laporan_kinerja``), which is what "Cetak laporan" costs after "Hitung".
Opening the database applies pending migrations first (0008 builds the step index once).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

ANGGARAN = 5.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=str(HERE / "data" / "sepuluh-tahun.sqlite"))
    ap.add_argument("-n", type=int, default=5)
    ap.add_argument("--tahun", type=int, default=None)
    args = ap.parse_args(argv)
    if not Path(args.db).exists():
        print(f"{args.db} tidak ada: jalankan dulu benchmarks/generate.py", file=sys.stderr)
        return 2
    from bawang_desk.core.desk import Desk
    from bawang_desk.core.kinerja import Periode
    from bawang_desk.documents.laporan_kinerja import cetak_laporan_kinerja

    t = time.perf_counter()
    desk = Desk.open(args.db, kunci=False)
    print(f"buka basis data (termasuk migrasi tertunda): {time.perf_counter() - t:.1f} s")
    desk.masuk("sekcam", "demo")
    tahun = args.tahun
    if tahun is None:  # the last full year in the data
        akhir = desk.conn.execute("SELECT MAX(tanggal_masuk) FROM permohonan").fetchone()[0]
        tahun = int(akhir[:4]) - 1
    periode = Periode.tahun(tahun)
    n = desk.conn.execute(
        "SELECT COUNT(*) FROM permohonan WHERE tanggal_masuk >= ? AND tanggal_masuk < ?",
        (periode.awal.isoformat(), periode.akhir.isoformat()),
    ).fetchone()[0]
    print(f"database: {args.db}; {periode.label}: {n:,} permohonan")

    desk.kinerja.hitung(periode)  # warm-up: the file cache
    waktu, dengan_pdf = [], []
    for _ in range(args.n):
        t = time.perf_counter()
        lap = desk.kinerja.hitung(periode)
        waktu.append(time.perf_counter() - t)
        t2 = time.perf_counter()
        buf = HERE / "data" / f".bench-kinerja-{tahun}.pdf"
        cetak_laporan_kinerja(desk, lap, buf)
        dengan_pdf.append(waktu[-1] + time.perf_counter() - t2)
        buf.unlink(missing_ok=True)
    med, med_pdf = statistics.median(waktu), statistics.median(dengan_pdf)
    langkah = sum(lk.dikerjakan for s in lap.sop for lk in s.langkah)
    print(
        f"hitung kinerja {periode.label} ({langkah:,} catatan langkah): median {med:.2f} s "
        f"(min {min(waktu):.2f}, maks {max(waktu):.2f}; n={args.n})"
    )
    ok = med_pdf <= ANGGARAN
    print(
        f"hitung + PDF laporan: median {med_pdf:.2f} s, rasio {med_pdf / ANGGARAN:.2f} terhadap "
        f"anggaran {ANGGARAN:.0f} s {'OK' if ok else 'LEWAT ANGGARAN'}"
    )
    desk.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
