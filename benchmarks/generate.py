"""Generate the ten-year benchmark database (2016 to today) through the core's bulk paths.

    python benchmarks/generate.py --out benchmarks/data/sepuluh-tahun.sqlite
    python benchmarks/generate.py --permohonan 20000 --surat 3000 --pegawai 40   # a small one

Progress goes on one line; at the end it prints the run time, the records written per second
(applications + letters + staff) and all table rows per second (steps and register numbers
included; the full-text index is not counted).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bawang_desk.core.demo import generate_ten_years  # noqa: E402

DEFAULT_OUT = HERE / "data" / "sepuluh-tahun.sqlite"
_TABEL = ("permohonan", "permohonan_langkah", "nomor", "surat_masuk", "surat_keluar", "pegawai")


def _angka(n: float) -> str:
    return f"{n:,.0f}".replace(",", ".")


def _hapus(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"default: {DEFAULT_OUT}")
    ap.add_argument("--permohonan", type=int, default=1_000_000)
    ap.add_argument("--surat", type=int, default=150_000, help="letters, ~60%% in, 40%% out")
    ap.add_argument("--pegawai", type=int, default=200)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--hari-ini", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    ap.add_argument("--batch", type=int, default=20_000, help="rows per transaction")
    ap.add_argument("--force", action="store_true", help="overwrite an existing file")
    args = ap.parse_args(argv)

    out: Path = args.out
    if out.exists():
        if not args.force:
            print(f"{out} sudah ada; tambahkan --force untuk menimpanya.", file=sys.stderr)
            return 2
        _hapus(out)
    out.parent.mkdir(parents=True, exist_ok=True)

    mulai = time.perf_counter()
    tty = sys.stdout.isatty()
    terakhir = [0.0]

    def progress(done: int, total: int, message: str) -> None:
        now = time.perf_counter()
        if not tty and now - terakhir[0] < 5 and done < total:
            return  # in a log file, one line every few seconds is plenty
        terakhir[0] = now
        pct = 100 * done / total if total else 0
        laju = done / max(now - mulai, 1e-9)
        baris = f"{pct:5.1f}%  {_angka(done)}/{_angka(total)}  {_angka(laju)}/s  {message}"
        if tty:
            print(f"\r{baris:<100}", end="", flush=True)
        else:
            print(baris, flush=True)

    generate_ten_years(
        out,
        permohonan=args.permohonan,
        surat=args.surat,
        pegawai=args.pegawai,
        seed=args.seed,
        hari_ini=args.hari_ini,
        progress=progress,
        batch=args.batch,
    )
    lama = time.perf_counter() - mulai
    if tty:
        print()
    conn = sqlite3.connect(out)
    try:
        jumlah = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in _TABEL}
        rentang = conn.execute("SELECT MIN(tanggal_masuk), MAX(tanggal_masuk) FROM permohonan")
        dari, sampai = rentang.fetchone()
    finally:
        conn.close()
    rekaman = jumlah["permohonan"] + jumlah["surat_masuk"] + jumlah["surat_keluar"]
    rekaman += jumlah["pegawai"]
    semua = sum(jumlah.values())
    ukuran = out.stat().st_size / 1024**2
    print(", ".join(f"{t} {_angka(n)}" for t, n in jumlah.items()))
    print(f"permohonan dari {dari} sampai {sampai}")
    print(f"Berkas: {out} ({_angka(ukuran)} MB)")
    print(
        f"Waktu: {lama:.1f} s; {_angka(rekaman / lama)} rekaman/s "
        f"(permohonan + surat + pegawai); {_angka(semua / lama)} baris/s (semua tabel)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
