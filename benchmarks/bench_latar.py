"""Saves while the window works in the background: backup, database check, register print.

    python benchmarks/bench_latar.py [--db benchmarks/data/sepuluh-tahun.sqlite] [--jobs ...]

The counter saves while a backup, a check or a print runs (DESIGN.md: a save waits at most
100 ms for a background job, and the GUI never stalls more than 50 ms). On the GUI thread of a
real QApplication, with the Desk logged in as the Sekcam, a timer saves every 200 ms (a number
taken from a Buku Surat Keluar: ``BEGIN IMMEDIATE``, the counter, the number row, its audit row,
``COMMIT``) and a 10 ms timer measures how late the event loop runs it (the GUI's stall). Each
background job is started the way the window starts it (``ui.cadangan_ui.PengelolaCadangan`` for
the automatic backup, the window's own check job for "Periksa basis data", the start-up check,
``cetak_register`` of about 5,000 rows, their XLSX export, and a year's Laporan Kinerja, each in
a worker) and runs to its end; "tutup" closes the window 3 s into a backup and prints how long
the close took. Printed per job:
its duration, the saves made, the median and worst save, and the longest stall; a first phase
without any job gives the baseline of both. The database grows by the numbers taken (about 5 a
second); backups made by the run are deleted afterwards.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REGISTER_SIMPAN = "surat-keluar:100.2.2.5"


def periode_5000(desk, kode: str = "skck") -> tuple[date, date]:
    """A period of the ``kode`` register holding about 5,000 numbers (ending at its last)."""
    akhir = desk.conn.execute(
        "SELECT MAX(tanggal) FROM nomor WHERE register = ?", (kode,)
    ).fetchone()[0]
    sampai = date.fromisoformat(akhir)
    dari = sampai
    hitung = lambda d: desk.conn.execute(  # noqa: E731
        "SELECT COUNT(*) FROM nomor WHERE register = ? AND tanggal BETWEEN ? AND ?",
        (kode, d.isoformat(), sampai.isoformat()),
    ).fetchone()[0]
    while hitung(dari) < 5000:
        dari -= timedelta(days=30)
    while hitung(dari) > 5000:
        dari += timedelta(days=1)
    return dari, sampai


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=HERE / "data" / "sepuluh-tahun.sqlite")
    ap.add_argument(
        "--jobs",
        nargs="*",
        default=["cadangan", "periksa", "mulai", "cetak", "ekspor", "kinerja", "tutup"],
        help="background jobs to run, in this order (cadangan periksa mulai cetak ekspor kinerja)",
    )
    ap.add_argument("--batas", type=float, default=180.0, help="seconds per job at most")
    ap.add_argument(
        "--jejak",
        type=Path,
        help="write every thread's stack to this file whenever the GUI stalls over 40 ms "
        "(faulthandler's watchdog needs no GIL: it names what holds the window up)",
    )
    args = ap.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} tidak ada: jalankan dulu benchmarks/generate.py", file=sys.stderr)
        return 2

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from bawang_desk.core.desk import Desk
    from bawang_desk.ui.umum.pekerja import Pekerja, dengan_cabang

    app = QApplication([])
    desk = Desk.open(args.db, kunci=False)
    desk.masuk("sekcam", "demo")
    from bawang_desk.ui.app import SELANG_GIL_S, _bekukan

    sys.setswitchinterval(SELANG_GIL_S)  # as buat_qapplication does
    _bekukan()  # as the app does once its window is up
    folder_cadangan = desk.data_dir / "cadangan"
    sudah_ada = set(folder_cadangan.glob("*")) if folder_cadangan.is_dir() else set()
    print(
        f"database: {args.db} ({args.db.stat().st_size / 1024**3:.2f} GiB), "
        f"SQLite journal {desk.journal.upper()}; load average {os.getloadavg()[0]:.2f}",
        flush=True,
    )

    simpan: list[float] = []
    gagal: list[str] = []
    macet: list[float] = []
    jam = QElapsedTimer()
    jam.start()
    terakhir = [jam.elapsed()]

    jejak = open(args.jejak, "w") if args.jejak else None  # noqa: SIM115 - open for the run

    def tik() -> None:
        if jejak is not None:
            faulthandler.dump_traceback_later(0.04 + 0.01, file=jejak)
        now = jam.elapsed()
        macet.append(now - terakhir[0] - 10)
        terakhir[0] = now

    def simpan_satu() -> None:
        t = time.perf_counter()
        try:
            desk.penomoran.ambil(REGISTER_SIMPAN, desk.sekarang().date(), "Tolok ukur simpan")
        except Exception as e:
            gagal.append(f"{type(e).__name__}: {e}")
        simpan.append((time.perf_counter() - t) * 1000)
        desk.sentuh()

    t_tik = QTimer()
    t_tik.setInterval(10)
    t_tik.timeout.connect(tik)
    t_simpan = QTimer()
    t_simpan.setInterval(200)
    t_simpan.timeout.connect(simpan_satu)

    def fase(nama: str, mulai_job) -> None:
        simpan.clear()
        macet.clear()
        gagal.clear()
        selesai = [False]

        def beres(*_a) -> None:
            selesai[0] = True

        t0 = time.perf_counter()
        terakhir[0] = jam.elapsed()
        t_tik.start()
        t_simpan.start()
        penahan = mulai_job(beres)
        batas = time.perf_counter() + args.batas
        while not selesai[0] and time.perf_counter() < batas:
            app.processEvents()
            time.sleep(0.002)
        lama = time.perf_counter() - t0
        t_tik.stop()
        t_simpan.stop()
        faulthandler.cancel_dump_traceback_later()
        app.processEvents()
        del penahan
        if not simpan:
            print(f"{nama}: tidak ada simpan", flush=True)
            return
        catatan = f"; {len(gagal)} simpan GAGAL: {gagal[0]}" if gagal else ""
        print(
            f"{nama:10s}: {lama:6.1f} s{'' if selesai[0] else ' (BELUM SELESAI)'}, "
            f"{len(simpan)} simpan, median {statistics.median(simpan):.1f} ms, "
            f"p99 {sorted(simpan)[int(len(simpan) * 0.99)]:.0f} ms, "
            f"terlama {max(simpan):.0f} ms; GUI macet terlama {max(macet):.0f} ms{catatan}",
            flush=True,
        )

    def tanpa_job(beres):
        QTimer.singleShot(5000, beres)

    def pekerja(job, beres):
        pk = Pekerja(job)
        pk.selesai.connect(beres)
        pk.gagal.connect(lambda m: (print(f"  gagal: {m}", flush=True), beres()))
        pk.mulai()
        return pk

    def job_cadangan(beres):
        from bawang_desk.ui.cadangan.pengelola import PengelolaCadangan

        label = QLabel()
        p = PengelolaCadangan(desk, label)
        p.penjadwal.terakhir = None
        p.selesai.connect(lambda h: (print(f"  cadangan: {h}", flush=True), beres()))
        if not p.cek():
            beres()
        return (p, label)

    def job_periksa(beres):
        from bawang_desk.core import pemulihan

        def job(p):  # as MainWindow.periksa_basis_data does
            return pemulihan.periksa_basis_data(desk, progress=p)

        return pekerja(job, lambda lap: (print(f"  periksa: utuh={lap.utuh}"), beres()))

    def job_mulai(beres):  # the start-up check: now the forced backup of MainWindow
        from bawang_desk.ui.cadangan.pengelola import PengelolaCadangan

        label = QLabel()
        p = PengelolaCadangan(desk, label)
        p.selesai.connect(lambda h: beres())
        if not p.cek(paksa=True):
            beres()
        return (p, label)

    def job_cetak(beres):
        dari, sampai = periode  # found before the phase: not the window's work
        tujuan = Path(tempfile.mkdtemp()) / "skck.pdf"

        def job(d, p):
            # imported in the worker, as RegisterTab's job does: on the GUI thread the first
            # import of ReportLab alone stalled the window 130-200 ms in this benchmark
            from bawang_desk.documents.register_layanan import cetak_register

            return cetak_register(d, "skck", dari, sampai, tujuan, progress=p)

        return pekerja(dengan_cabang(desk, job), beres)

    def job_kinerja(beres):  # a year's Laporan Kinerja, as the Kinerja tab computes it
        from bawang_desk.core.kinerja import Periode

        def job(d, p):
            return d.kinerja.hitung(Periode.tahun(desk.sekarang().year - 1), p)

        return pekerja(dengan_cabang(desk, job), beres)

    def job_ekspor(beres):  # the same register rows as an XLSX workbook
        dari, sampai = periode
        tujuan = Path(tempfile.mkdtemp()) / "skck.xlsx"

        def job(d, _p):
            from bawang_desk.documents.register_layanan import ekspor_register

            return ekspor_register(d, "skck", dari, sampai, tujuan)

        return pekerja(dengan_cabang(desk, job), beres)

    def job_tutup(beres):  # the window closed 3 s into the automatic backup
        from bawang_desk.ui.cadangan.pengelola import PengelolaCadangan

        label = QLabel()
        p = PengelolaCadangan(desk, label)
        p.penjadwal.terakhir = None

        def tutup() -> None:
            t = time.perf_counter()
            p.hentikan()  # what MainWindow.closeEvent does
            print(f"  tutup saat cadangan: {(time.perf_counter() - t) * 1000:.0f} ms", flush=True)
            beres()

        if p.cek():
            QTimer.singleShot(3000, tutup)
        else:
            beres()
        return (p, label)

    jobs = {
        "tutup": job_tutup,
        "kinerja": job_kinerja,
        "ekspor": job_ekspor,
        "cadangan": job_cadangan,
        "periksa": job_periksa,
        "mulai": job_mulai,
        "cetak": job_cetak,
    }
    periode = periode_5000(desk)
    try:
        fase("tanpa job", tanpa_job)
        for j in args.jobs:
            fase(j, jobs[j])
    finally:
        desk.close()
        if folder_cadangan.is_dir():
            for p in set(folder_cadangan.glob("*")) - sudah_ada:
                if p.is_dir():
                    shutil.rmtree(p, ignore_errors=True)
                else:
                    p.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
