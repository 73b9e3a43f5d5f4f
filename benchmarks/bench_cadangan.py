"""Backups over a simulated month on the ten-year database: how much disk they take.

    python benchmarks/bench_cadangan.py [--db benchmarks/data/sepuluh-tahun.sqlite] [--ukur]

A month of the counter (22 working days from Monday 2 November 2026; logins at 07.30, records
changed from 08.00 to 15.30, nothing at night or at the weekend) run through the rotation of
``core.cadangan`` twice, with each backup's size:

- **before** (issue 17): every audit row counted as a change (a login made a backup due), full
  copies, no disk budget: the rotation alone;
- **now**: only data changes count, gzip copies, the default disk budget
  (``cadangan.BATAS_BAWAAN``) thinning the least valuable copies first.

The sizes are those of one real backup of the database: with ``--ukur`` one is made now with
``cadangkan`` (into a temporary folder, then deleted) and its time and both sizes printed;
without it, the database's size and the compression ratio measured on the ten-year database
(0.281) are used. Prints the disk the backups take at the end of the month and at most during
it, and how many copies remain.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

RASIO_TERUKUR = 0.281  # 1,806,262,272 -> 507,619,389 bytes on the ten-year database


def jadwal(mulai: datetime, hari: int = 31) -> list[tuple[datetime, bool]]:
    """(time, changes data?) of every moment a backup may be taken: a login, or a change."""
    kejadian = []
    for d in range(hari):
        tgl = mulai + timedelta(days=d)
        if tgl.weekday() >= 5:
            continue
        kejadian.append((tgl.replace(hour=7, minute=30), False))  # the first login
        t = tgl.replace(hour=8, minute=0)
        while t <= tgl.replace(hour=15, minute=30):
            kejadian.append((t, True))
            t += timedelta(minutes=30)
    return kejadian


def simulasi(kejadian, ukuran: int, *, hanya_data: bool, batas: int | None) -> tuple[int, int, int]:
    from bawang_desk.core import cadangan as cd

    simpan: dict[datetime, int] = {}
    puncak = 0
    for w, data in kejadian:
        if hanya_data and not data:
            continue
        simpan[w] = ukuran
        tetap = cd.pilih_yang_disimpan(list(simpan), w)
        if batas is not None:
            tetap = cd.pangkas_anggaran(simpan, tetap, batas)
        simpan = {k: v for k, v in simpan.items() if k in tetap}
        puncak = max(puncak, sum(simpan.values()) + ukuran)  # the new copy beside the old ones
    return sum(simpan.values()), puncak, len(simpan)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=HERE / "data" / "sepuluh-tahun.sqlite")
    ap.add_argument("--ukur", action="store_true", help="make one real backup to size it")
    args = ap.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} tidak ada: jalankan dulu benchmarks/generate.py", file=sys.stderr)
        return 2
    from bawang_desk.core import cadangan as cd

    asli = args.db.stat().st_size
    padat = int(asli * RASIO_TERUKUR)
    if args.ukur:
        folder = Path(tempfile.mkdtemp(prefix="bench-cadangan-"))
        t = time.perf_counter()
        c = cd.cadangkan(args.db, data_dir=folder)
        lama = time.perf_counter() - t
        asli, padat = c.ukuran_asli, c.ukuran
        print(f"one backup: {lama:.1f} s, {asli / 1e9:.2f} GB -> {padat / 1e9:.2f} GB (gzip)")
        shutil.rmtree(folder, ignore_errors=True)
    kejadian = jadwal(datetime(2026, 11, 2))
    gb = 1e9
    akhir, puncak, n = simulasi(kejadian, asli, hanya_data=False, batas=None)
    print(
        f"before: {akhir / gb:.1f} GB at the end of the month ({n} copies), "
        f"at most {puncak / gb:.1f} GB"
    )
    akhir, puncak, n = simulasi(kejadian, padat, hanya_data=True, batas=cd.BATAS_BAWAAN)
    print(
        f"now:    {akhir / gb:.1f} GB at the end of the month ({n} copies), "
        f"at most {puncak / gb:.1f} GB (budget {cd.BATAS_BAWAAN / gb:.0f} GB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
