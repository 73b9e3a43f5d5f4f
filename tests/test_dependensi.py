"""The pinned PySide6 keeps Python's reference counts right (issue 17 item 6).

PySide6 6.12.0 dropped a reference to ``None`` on every call of a static void method; the app
calls ``QTimer.singleShot`` all day, so the interpreter would abort after enough of them
("deallocating None"). This runs in a child process, where a miscount cannot hurt the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = r"""
import sys
from PySide6.QtCore import QCoreApplication, QTimer
app = QCoreApplication([])
def f():
    pass
hasil = []
for panggil in (
    QCoreApplication.processEvents,
    QCoreApplication.sendPostedEvents,
    lambda: QTimer.singleShot(0, f),
    lambda: QCoreApplication.setApplicationName("x"),
):
    a = sys.getrefcount(None)
    for _ in range(500):
        panggil()
    hasil.append(sys.getrefcount(None) - a)
print(" ".join(map(str, hasil)))
"""


def test_static_qt_calls_keep_none_refcount() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    assert r.returncode == 0, r.stderr
    selisih = [int(x) for x in r.stdout.split()]
    # a few references may come and go with caches; the leak was exactly -1 per call
    assert all(abs(d) < 50 for d in selisih), selisih


def test_pyside_is_the_pinned_version() -> None:
    import PySide6

    assert PySide6.__version__ == "6.11.3"
