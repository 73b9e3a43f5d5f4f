"""Search as you type and opening a register view, on the ten-year database.

    python benchmarks/bench_cari.py [--db benchmarks/data/sepuluh-tahun.sqlite] [-n 5]

Types realistic queries one keystroke at a time ("p", "po", "pol", ... "polsek bawang") into
the same core call the Surat Masuk and Surat Keluar tabs make on every keystroke (the first page
of results, urgent letters included), and reports the median and the 95th percentile per
keystroke against DESIGN.md's budget (p95 under 20 ms). Then opens the Surat Masuk tab (model
and first page) offscreen and reports the time and the memory it added (budget: under 100 ms and
under 100 MB), and types the same keystrokes into the real tab (what its search timer runs,
the page, the Rahasia rule, the count line and the detail pane; budget from issue 17: p95 under
10 ms), then again with the table's repaint, for information.
The database is opened read-only in spirit: nothing is written but the login's
audit row.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KUERI = [
    "polsek bawang",
    "undangan rapat koordinasi",
    "kepala desa pucang",
    "permohonan rekomendasi dana desa",
    "bkpsdm kenaikan pangkat",
    "470/",
    "dinas kependudukan",
    "laporan",
    "surat edaran bupati",
    "a",
]


def rss_mb() -> float:
    """Resident memory of this process (Linux /proc); what the budget's "more memory" means."""
    try:
        halaman = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return float("nan")
    return halaman * os.sysconf("SC_PAGE_SIZE") / 1e6


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def ketik(fn, kueri: list[str], ulang: int) -> list[float]:
    """Time fn(prefix) for every prefix of every query, ``ulang`` times each."""
    hasil = []
    for _ in range(ulang):
        for q in kueri:
            for i in range(1, len(q) + 1):
                t = time.perf_counter()
                fn(q[:i])
                hasil.append((time.perf_counter() - t) * 1000)
    return hasil


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=str(HERE / "data" / "sepuluh-tahun.sqlite"))
    ap.add_argument("-n", type=int, default=3, help="how many times each query is typed")
    args = ap.parse_args(argv)
    if not Path(args.db).exists():
        print(f"{args.db} tidak ada: jalankan dulu benchmarks/generate.py", file=sys.stderr)
        return 2

    from bawang_desk.core.desk import Desk
    from bawang_desk.core.surat_masuk import FilterSurat

    desk = Desk.open(args.db, kunci=False)
    desk.masuk("pengadministrasi", "demo")
    n_masuk = desk.conn.execute("SELECT COUNT(*) FROM surat_masuk").fetchone()[0]
    n_keluar = desk.conn.execute("SELECT COUNT(*) FROM surat_keluar").fetchone()[0]
    print(f"database: {args.db} ({n_masuk:,} surat masuk, {n_keluar:,} surat keluar)")
    ok = True
    for nama, fn in (
        ("surat masuk", lambda t: desk.surat_masuk.daftar(FilterSurat(teks=t))),
        ("surat keluar", lambda t: desk.surat_keluar.daftar(teks=t)),
    ):
        ketik(fn, KUERI[:2], 1)  # warm the page cache
        xs = ketik(fn, KUERI, args.n)
        lolos = p95(xs) < 20
        ok &= lolos
        print(
            f"cari {nama}: {len(xs)} ketukan, median {statistics.median(xs):.1f} ms, "
            f"p95 {p95(xs):.1f} ms, maks {max(xs):.1f} ms (anggaran p95 < 20 ms) "
            f"{'OK' if lolos else 'LEWAT ANGGARAN'}"
        )

    from PySide6.QtWidgets import QApplication

    from bawang_desk.ui.surat.masuk_tab import SuratMasukTab

    app = QApplication.instance() or QApplication([])
    waktu, memori, rss = [], [], []
    for _ in range(5):
        tracemalloc.start()
        r0 = rss_mb()
        t = time.perf_counter()
        tab = SuratMasukTab(desk)
        tab.resize(1280, 640)
        tab.show()
        app.processEvents()
        waktu.append((time.perf_counter() - t) * 1000)
        memori.append(tracemalloc.get_traced_memory()[1] / 1e6)
        rss.append(rss_mb() - r0)
        tracemalloc.stop()
        rows = tab.model.rowCount()
        tab.close()
        tab.deleteLater()
        app.processEvents()
    lolos = statistics.median(waktu) < 100 and max(rss) < 100
    ok &= lolos
    print(
        f"buka tab Surat Masuk ({n_masuk:,} baris, {rows} dimuat pertama): median "
        f"{statistics.median(waktu):.1f} ms, tambahan RSS maks {max(rss):.1f} MB, puncak memori "
        f"Python {max(memori):.1f} MB "
        f"(anggaran < 100 ms, < 100 MB) {'OK' if lolos else 'LEWAT ANGGARAN'}"
    )
    # the same keystrokes in the real tab: what its search timer runs (the model's page, the
    # Rahasia rule, the count line, the detail pane) and the repaint of the table
    tab = SuratMasukTab(desk)
    tab.resize(1280, 640)
    tab.show()
    app.processEvents()

    def di_tab(teks: str, lukis: bool) -> None:
        tab.cariEdit.blockSignals(True)  # the 120 ms typing timer is not the cost measured
        tab.cariEdit.setText(teks)
        tab.cariEdit.blockSignals(False)
        tab.muat()
        if lukis:
            tab.table.viewport().repaint()

    for lukis in (False, True):
        ketik(lambda t, lukis=lukis: di_tab(t, lukis), KUERI[:2], 1)
        xs = ketik(lambda t, lukis=lukis: di_tab(t, lukis), KUERI, args.n)
        if lukis:  # for information: Qt's painting of a 1280 x 640 table, not the search
            print(
                f"  dengan melukis ulang tabel: median {statistics.median(xs):.1f} ms, "
                f"p95 {p95(xs):.1f} ms"
            )
            continue
        lolos = p95(xs) < 10
        ok &= lolos
        print(
            f"cari di tab Surat Masuk: {len(xs)} ketukan, median {statistics.median(xs):.1f} ms, "
            f"p95 {p95(xs):.1f} ms, maks {max(xs):.1f} ms (anggaran p95 < 10 ms, issue 17) "
            f"{'OK' if lolos else 'LEWAT ANGGARAN'}"
        )
    tab.close()
    desk.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
