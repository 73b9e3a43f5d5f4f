"""Tabs on the ten-year database: Buku Nomor's first open, and every visit of Serah Terima.

    python benchmarks/bench_tab.py [--db benchmarks/data/sepuluh-tahun.sqlite] [-n 5]

In a real main window (offscreen), logged in as the Sekcam: the time from asking for the tab
(``MainWindow.tampilkan_tab``, what Ctrl+0 and a click do) to the end of its first paint. Buku
Nomor is built fresh in a new window each round (its first open; budget under 100 ms); Serah
Terima is visited again and again from the Beranda (budget under 50 ms a visit). Medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=HERE / "data" / "sepuluh-tahun.sqlite")
    ap.add_argument("-n", type=int, default=5)
    args = ap.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} tidak ada: jalankan dulu benchmarks/generate.py", file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    from bawang_desk.core.desk import Desk
    from bawang_desk.ui.main_window import MainWindow

    app = QApplication([])
    desk = Desk.open(args.db, kunci=False)
    desk.masuk("sekcam", "demo")

    def tunggu_lukis(detik: float = 0.0) -> None:
        """Let queued work (the Beranda's count, a worker's rows) finish, outside the timing."""
        akhir = time.perf_counter() + detik
        while True:
            app.processEvents()
            if time.perf_counter() >= akhir:
                break
            time.sleep(0.01)

    def buka(w: MainWindow, nama: str) -> float:
        """From asking for the tab to the end of its first (synchronous) paint."""
        tunggu_lukis(0.5)
        t = time.perf_counter()
        w.tampilkan_tab(nama)
        w.repaint()
        lama = (time.perf_counter() - t) * 1000
        tunggu_lukis(0.5)
        return lama

    nomor, serah = [], []
    for _ in range(args.n):
        w = MainWindow(desk)
        w.cadangan.hentikan(0)
        w.show()
        tunggu_lukis(1.0)
        nomor.append(buka(w, "penomoranTab"))
        buka(w, "serahTerimaTab")  # its first build is not a visit
        for _ in range(3):
            buka(w, "berandaTab")
            serah.append(buka(w, "serahTerimaTab"))
        w.close()
        w.deleteLater()
        tunggu_lukis()
    print(f"database: {args.db}; load average {os.getloadavg()[0]:.2f}")
    print(
        f"Buku Nomor, first open: median {statistics.median(nomor):.0f} ms "
        f"(max {max(nomor):.0f}; budget < 100 ms)"
    )
    print(
        f"Serah Terima, a visit: median {statistics.median(serah):.0f} ms "
        f"(max {max(serah):.0f}; budget < 50 ms)"
    )
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
