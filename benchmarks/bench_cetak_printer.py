"""Printing from the preview: a one-page letter and a 20-page register spooled to a PDF printer.

    python benchmarks/bench_cetak_printer.py [-n 5]

What the preview's Cetak does (``umum.pratinjau.cetak_pdf``): each page at 100% on the
document's own paper, rendered at no more than 300 dpi just before it is drawn. Measured per
round, in a fresh process each time so one round's memory does not hide the next: the time to
spool (from ``QPainter.begin`` to the end of the job) and the peak RSS above what the process
held just before (sampled every 2 ms from /proc, and the kernel's own high-water mark). Issue
11's budget: within about +150 MB for a 20-page book (before, one 1200-dpi bitmap a page).
Medians of ``-n`` rounds.

The documents are made first in a temporary folder: the letter of a finished application of a
small generated office (``generate_ten_years``, 20,000 applications), and the first 20 pages of
its busiest year's register.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HARI_INI = date(2026, 11, 24)


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _satu_putaran(pdf: str, halaman: int, out: str) -> dict:
    """In the child process: print ``halaman`` pages of ``pdf`` to a PDF printer."""
    import resource
    import threading
    import time

    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from bawang_desk.ui.umum.pratinjau import cetak_pdf

    app = QApplication([])  # noqa: F841 (QtPdf and QPrinter need it)
    doc = QPdfDocument()
    doc.load(pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(out)
    if halaman < doc.pageCount():
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(1, halaman)
    puncak = [0.0]
    jalan = [True]

    def sampel() -> None:
        while jalan[0]:
            puncak[0] = max(puncak[0], rss_mb())
            time.sleep(0.002)

    r0 = rss_mb()
    hwm0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t = threading.Thread(target=sampel, daemon=True)
    t.start()
    t0 = time.perf_counter()
    n = cetak_pdf(doc, printer)
    detik = time.perf_counter() - t0
    jalan[0] = False
    t.join()
    hwm1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    puncak_mb = max(puncak[0], hwm1 if hwm1 > hwm0 else 0.0)
    return {
        "halaman": n,
        "detik": detik,
        "rss_tambah": max(0.0, puncak_mb - r0),
        "dpi": printer.resolution(),
        "kb": Path(out).stat().st_size / 1024,
    }


def _dokumen(folder: Path) -> tuple[Path, Path]:
    from bawang_desk.core.demo import SANDI_DEMO, generate_ten_years
    from bawang_desk.core.desk import Desk
    from bawang_desk.documents.cetak_layanan import cetak_surat
    from bawang_desk.documents.register_layanan import cetak_register

    db = folder / "kantor.sqlite"
    generate_ten_years(db, permohonan=20_000, surat=500, pegawai=30, hari_ini=HARI_INI)
    desk = Desk.open(db, kunci=False)
    try:
        desk.masuk("sekcam", SANDI_DEMO)
        pid = desk.conn.execute(
            "SELECT id FROM permohonan WHERE layanan = 'skck' AND status = 'selesai' "
            "ORDER BY id DESC LIMIT 1"
        ).fetchone()[0]
        surat = cetak_surat(desk, pid, target=folder / "surat.pdf")
        register = cetak_register(
            desk, "kk", date(2025, 1, 1), date(2025, 12, 31), folder / "register.pdf"
        )
    finally:
        desk.close()
    return surat, register


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=5)
    ap.add_argument("--anak", nargs=3, metavar=("PDF", "HALAMAN", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.anak:
        pdf, halaman, out = args.anak
        print(json.dumps(_satu_putaran(pdf, int(halaman), out)))
        return 0
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory(prefix="bench-cetak-") as tmp:
        folder = Path(tmp)
        surat, register = _dokumen(folder)
        n_reg = len(PdfReader(str(register)).pages)
        if n_reg < 20:
            print(f"register hanya {n_reg} halaman; perlu 20", file=sys.stderr)
            return 2
        for nama, pdf, halaman in (
            ("Surat 1 halaman", surat, 1),
            ("Register 20 halaman", register, 20),
        ):
            hasil = []
            for i in range(args.n):
                out = folder / f"keluar-{i}.pdf"
                p = subprocess.run(
                    [sys.executable, __file__, "--anak", str(pdf), str(halaman), str(out)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                hasil.append(json.loads(p.stdout.strip().splitlines()[-1]))
            assert all(h["halaman"] == halaman for h in hasil), hasil
            print(
                f"{nama}: spool {statistics.median(h['detik'] for h in hasil) * 1000:.0f} ms "
                f"(median dari {args.n}), puncak RSS +{statistics.median(h['rss_tambah'] for h in hasil):.0f} MB "
                f"(maks +{max(h['rss_tambah'] for h in hasil):.0f} MB), {hasil[0]['dpi']} dpi, "
                f"berkas cetak {statistics.median(h['kb'] for h in hasil):.0f} KB"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
