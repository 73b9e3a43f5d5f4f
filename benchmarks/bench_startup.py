"""Start-up budget: the main window on a ten-year database versus a bare Qt window.

    python benchmarks/bench_startup.py [--db benchmarks/data/sepuluh-tahun.sqlite] [-n 7]

Times ``python -m bawang_desk --smoke --db PATH`` (open the database, show the main window,
wait for its first paint, exit 0) against a bare script that creates a QApplication and a
QMainWindow, shows it, waits for its first paint and exits. Both run as fresh processes with
``QT_QPA_PLATFORM=offscreen``, interleaved in the same run (alternating which goes first) so
that a busy disk or CPU hurts both alike; one warm-up run of each is not counted. Prints both
medians and their ratio; the budget (DESIGN.md) is a ratio of at most 2.0, and the exit code
is 1 when it is exceeded.
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
BUDGET = 2.0

BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class TungguLukis(QObject):
    dilukis = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.dilukis:
            self.dilukis = True
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


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    # An installed or frozen app runs from bytecode; with PYTHONDONTWRITEBYTECODE set (as on
    # some CI machines) every run would compile the sources again and time the compiler.
    # The warm-up run writes the bytecode for both sides.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _smoke_ada(python: str, env: dict[str, str]) -> str | None:
    """None if ``python -m bawang_desk --smoke`` exists, else why not."""
    try:
        r = subprocess.run(
            [python, "-m", "bawang_desk", "--help"],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"tidak dapat menjalankan 'python -m bawang_desk --help': {e}"
    if r.returncode != 0:
        return f"'python -m bawang_desk --help' gagal (kode {r.returncode}):\n{r.stderr.strip()}"
    if "--smoke" not in r.stdout:
        return "CLI bawang_desk belum punya opsi --smoke (bawang_desk/cli.py)."
    return None


def _jalankan(cmd: list[str], env: dict[str, str]) -> float:
    mulai = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    lama = time.perf_counter() - mulai
    if r.returncode != 0:
        raise RuntimeError(
            f"{' '.join(cmd[:4])} ... keluar dengan kode {r.returncode}:\n"
            f"{(r.stderr or r.stdout).strip()[-2000:]}"
        )
    return lama


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"default: {DEFAULT_DB}")
    ap.add_argument("-n", "--runs", type=int, default=7, help="timed runs of each (default 7)")
    ap.add_argument("--warmup", type=int, default=1, help="untimed runs of each first")
    ap.add_argument("--python", default=sys.executable, help="interpreter to use")
    args = ap.parse_args(argv)

    env = _env()
    alasan = _smoke_ada(args.python, env)
    if alasan:
        print(f"bench_startup: {alasan}", file=sys.stderr)
        return 2
    if not args.db.exists():
        print(
            f"bench_startup: {args.db} belum ada. Buat dulu dengan:\n"
            f"  python benchmarks/generate.py --out {args.db}",
            file=sys.stderr,
        )
        return 2

    app = [args.python, "-m", "bawang_desk", "--smoke", "--db", str(args.db)]
    bare = [args.python, "-c", BARE]
    waktu: dict[str, list[float]] = {"app": [], "bare": []}
    try:
        for _ in range(args.warmup):
            _jalankan(app, env)
            _jalankan(bare, env)
        for i in range(args.runs):
            urutan = (
                (("app", app), ("bare", bare)) if i % 2 == 0 else (("bare", bare), ("app", app))
            )
            for nama, cmd in urutan:
                waktu[nama].append(_jalankan(cmd, env))
            print(
                f"run {i + 1}/{args.runs}: app {waktu['app'][-1] * 1000:.0f} ms, "
                f"bare {waktu['bare'][-1] * 1000:.0f} ms",
                flush=True,
            )
    except (RuntimeError, subprocess.TimeoutExpired) as e:
        print(f"bench_startup: {e}", file=sys.stderr)
        return 2

    m_app = statistics.median(waktu["app"])
    m_bare = statistics.median(waktu["bare"])
    rasio = m_app / m_bare
    ukuran = args.db.stat().st_size / 1024**2
    print(f"database: {args.db} ({ukuran:.0f} MB)")
    print(f"median app  (--smoke): {m_app * 1000:.0f} ms")
    print(f"median bare (QMainWindow): {m_bare * 1000:.0f} ms")
    hasil = "OK" if rasio <= BUDGET else "OVER BUDGET"
    print(f"ratio: {rasio:.2f} (budget <= {BUDGET:.1f}) {hasil}")
    return 0 if rasio <= BUDGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
