"""Start-up budget: the real start on a ten-year database versus a bare Qt window, warm and cold.

    python benchmarks/bench_startup.py [--db benchmarks/data/sepuluh-tahun.sqlite] [-n 7]

What the user waits for, measured on the path the user takes (DESIGN.md, issue 17):

- **launch to login**: from spawning ``python -m bawang_desk --db PATH`` (the real command line,
  ``cli.main``) to the first paint of the login dialog;
- **login to main window**: from pressing Masuk (a real account of the demo office, ``sekcam`` /
  ``demo``) to the first paint of the main window.

The child process is the app itself; a small driver only wraps ``buat_qapplication`` to install
an event filter that notes the two paints on the system-wide monotonic clock (the same clock in
parent and child), fills the login and presses OK the way a user does, and quits once the main
window has painted. The baseline is a bare QApplication + QMainWindow, spawned the same way, from
spawn to its first paint. Each round runs bare, warm app and cold app (the database file's pages
evicted first with ``posix_fadvise(DONTNEED)``; the libraries stay cached, as on a PC used all
day) in an order that rotates, so a busy moment hurts all alike. Medians of the rounds and the
ratios against the bare window of the same run are printed. Budget: every ratio at most 1.5.
Exit 1 when over budget, 2 when it cannot run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_DB = HERE / "data" / "sepuluh-tahun.sqlite"
BUDGET = 1.5

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class TungguLukis(QObject):
    dilukis = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.dilukis:
            self.dilukis = True
            print(f"LUKIS {time.monotonic()}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
w = QMainWindow()
w.setWindowTitle("bare")
w.resize(1024, 700)
tunggu = TungguLukis()
w.installEventFilter(tunggu)
w.show()
QTimer.singleShot(30_000, app.quit)
app.exec()
sys.exit(0 if tunggu.dilukis else 1)
"""

DRIVER = r"""
import sys, time
db, user, sandi = sys.argv[1:4]
KETIK_MS = 1000  # a person needs at least this long to type a username and a password
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import bawang_desk.ui.app as A


class Pengamat(QObject):
    login = utama = False

    def eventFilter(self, obj, ev):
        if ev.type() != QEvent.Type.Paint or not isinstance(obj, QWidget) or not obj.isWindow():
            return False
        nama = obj.objectName()
        if nama == "loginDialog" and not self.login:
            self.login = True
            print(f"LOGIN {time.monotonic()}", flush=True)
            QTimer.singleShot(KETIK_MS, lambda: self.masuk(obj))
        elif nama == "mainWindow" and self.login and not self.utama:
            self.utama = True
            print(f"UTAMA {time.monotonic()}", flush=True)
            QTimer.singleShot(0, self.tutup)
        return False

    def masuk(self, dlg):
        dlg.ui.usernameEdit.setText(user)
        dlg.ui.passwordEdit.setText(sandi)
        print(f"KLIK {time.monotonic()}", flush=True)
        dlg.accept()

    def tutup(self):
        for w in QApplication.topLevelWidgets():
            w.close()
        QApplication.quit()


pengamat = Pengamat()
_asli = A.buat_qapplication


def buat(argv=None):
    app = _asli(argv)
    app.installEventFilter(pengamat)
    return app


A.buat_qapplication = buat
QTimer.singleShot(120_000, lambda: QApplication.quit())
from bawang_desk import cli

kode = cli.main(["--db", db])
sys.exit(0 if pengamat.utama else (kode or 3))
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    # An installed or frozen app runs from bytecode; the first (untimed) run writes it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def usir_cache(db: Path) -> None:
    """Drop the database file's pages (and its journal's) from the OS page cache."""
    for p in (db, Path(str(db) + "-journal"), Path(str(db) + "-wal")):
        if not p.exists():
            continue
        fd = os.open(p, os.O_RDONLY)
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def _jalankan(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Spawn ``cmd``; return the marks it printed, as seconds since the spawn."""
    mulai = time.monotonic()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(
            f"{' '.join(cmd[:3])} ... keluar dengan kode {r.returncode}:\n"
            f"{(r.stderr or r.stdout).strip()[-3000:]}"
        )
    tanda = {}
    for baris in r.stdout.splitlines():
        bagian = baris.split()
        if len(bagian) == 2 and bagian[0] in {"LUKIS", "LOGIN", "KLIK", "UTAMA"}:
            tanda[bagian[0]] = float(bagian[1]) - mulai
    return tanda


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"default: {DEFAULT_DB}")
    ap.add_argument("-n", "--runs", type=int, default=7, help="rounds (default 7)")
    ap.add_argument("--python", default=sys.executable, help="interpreter to use")
    ap.add_argument("--user", default="sekcam")
    ap.add_argument("--sandi", default="demo")
    ap.add_argument("--tanpa-dingin", action="store_true", help="skip the cold-cache runs")
    args = ap.parse_args(argv)
    if not args.db.exists():
        print(
            f"bench_startup: {args.db} belum ada. Buat dulu dengan:\n"
            f"  python benchmarks/generate.py --out {args.db}",
            file=sys.stderr,
        )
        return 2
    env = _env()
    app = [args.python, "-c", DRIVER, str(args.db), args.user, args.sandi]
    bare = [args.python, "-c", BARE]
    jenis = ["bare", "hangat"] + ([] if args.tanpa_dingin else ["dingin"])
    hasil: dict[str, list[dict[str, float]]] = {j: [] for j in jenis}
    try:
        _jalankan(bare, env)  # warm-up: bytecode, fonts, libraries
        _jalankan(app, env)
        for i in range(args.runs):
            urutan = jenis[i % len(jenis) :] + jenis[: i % len(jenis)]
            for j in urutan:
                if j == "bare":
                    hasil[j].append(_jalankan(bare, env))
                    continue
                if j == "dingin":
                    usir_cache(args.db)
                hasil[j].append(_jalankan(app, env))
            teks = ", ".join(
                f"{j} "
                + (
                    f"{hasil[j][-1]['LUKIS'] * 1000:.0f} ms"
                    if j == "bare"
                    else f"login {hasil[j][-1]['LOGIN'] * 1000:.0f} ms + utama "
                    f"{(hasil[j][-1]['UTAMA'] - hasil[j][-1]['KLIK']) * 1000:.0f} ms"
                )
                for j in jenis
            )
            print(f"round {i + 1}/{args.runs}: {teks}", flush=True)
    except (RuntimeError, subprocess.TimeoutExpired, KeyError) as e:
        print(f"bench_startup: {e}", file=sys.stderr)
        return 2

    m_bare = statistics.median(h["LUKIS"] for h in hasil["bare"])
    ukuran = args.db.stat().st_size / 1024**3
    beban = os.getloadavg()
    print(f"database: {args.db} ({ukuran:.2f} GiB); load average {beban[0]:.2f} {beban[1]:.2f}")
    print(f"bare QApplication + QMainWindow, spawn to first paint: {m_bare * 1000:.0f} ms")
    lewat = False
    for j in jenis[1:]:
        login = statistics.median(h["LOGIN"] for h in hasil[j])
        utama = statistics.median(h["UTAMA"] - h["KLIK"] for h in hasil[j])
        r1, r2 = login / m_bare, utama / m_bare
        lewat |= r1 > BUDGET or r2 > BUDGET
        print(
            f"{j:6s}: launch to login {login * 1000:.0f} ms (x{r1:.2f}); "
            f"login to main window {utama * 1000:.0f} ms (x{r2:.2f})"
        )
    print(f"budget: each ratio <= {BUDGET} -> {'OVER BUDGET' if lewat else 'OK'}")
    return 1 if lewat else 0


if __name__ == "__main__":
    raise SystemExit(main())
