"""Window tests on the demo office: built once per module, copied per test, the main window on it.

The fixtures serve the tests of this folder (every print button, every date field, the
1024x728 screen); the clock stands at 24 November 2026, 10.00, the morning of the demo.
"""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from bawang_desk.core.demo import SANDI_DEMO, buat_demo
from bawang_desk.core.desk import Desk
from tests.helpers import JamPalsu

HARI_INI = date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo_asli(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo-kantor") / "demo.sqlite"
    buat_demo(path, hari_ini=HARI_INI)
    return path


def buka_demo(demo_asli: Path, tmp_path: Path, peran: str = "sekcam") -> Desk:
    """A copy of the demo office, ``peran``'s demo account logged in (username = role key)."""
    path = tmp_path / "data" / "demo.sqlite"
    path.parent.mkdir(exist_ok=True)
    if not path.exists():
        shutil.copy(demo_asli, path)
    desk = Desk.open(path, jam=JamPalsu(datetime(2026, 11, 24, 10, 0)))
    desk.masuk(peran, SANDI_DEMO)
    return desk


@pytest.fixture
def demo_desk(demo_asli, tmp_path):
    desk = buka_demo(demo_asli, tmp_path)
    yield desk
    desk.close()


def buka_jendela(qtbot, desk: Desk, ukuran: tuple[int, int] = (1024, 728)):
    """The main window on ``desk``, shown at ``ukuran``, after its first paint's own steps."""
    from bawang_desk.ui.main_window import MainWindow

    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.resize(*ukuran)
    w.show()
    qtbot.waitExposed(w)
    # after its first paint the window shows the Sangat Segera letters of the demo office
    qtbot.waitUntil(lambda: w._sudah_dilukis and not w._setelah_lukis, timeout=5000)
    qtbot.wait(50)
    return w


@pytest.fixture
def jendela(qtbot, demo_desk):
    """The main window on a copy of the demo office, the Sekcam logged in, at 1024x728."""
    w = buka_jendela(qtbot, demo_desk)
    yield w
    w.close()


@pytest.fixture(autouse=True)
def _tempat_jendela_bersih():
    """Column widths and the window's place are kept per PC (QSettings in the tests' temporary
    home, shared by the whole run): each test here starts and ends without them."""
    from PySide6.QtCore import QSettings

    from bawang_desk import APP_NAME

    def bersihkan() -> None:
        s = QSettings("Kecamatan Bawang", APP_NAME)
        s.remove("kolom")
        s.remove("jendela")
        s.sync()

    bersihkan()
    yield
    bersihkan()
