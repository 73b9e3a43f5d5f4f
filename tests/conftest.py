"""Test set-up shared by every test: headless Qt and every data directory in a temporary folder."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

# Before any QApplication exists (pytest-qt creates it lazily, after conftest import).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
_HOME = Path(tempfile.mkdtemp(prefix="bawang-desk-test-home-"))
# removed when the run ends, so test runs do not pile up folders in the system's temp
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
for var in (
    "HOME",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "LOCALAPPDATA",
    "APPDATA",
):
    os.environ[var] = str(_HOME / var.lower())

import pytest  # noqa: E402

from bawang_desk.core.desk import Desk  # noqa: E402
from tests.helpers import JamPalsu, siapkan  # noqa: E402


@pytest.fixture
def jam() -> JamPalsu:
    return JamPalsu()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "bawang.sqlite"


@pytest.fixture
def desk(db_path: Path, jam: JamPalsu):
    d = Desk.open(db_path, jam=jam)
    siapkan(d)
    yield d
    d.close()


@pytest.fixture
def desk_baru(db_path: Path, jam: JamPalsu):
    d = Desk.open(db_path, jam=jam)
    yield d
    d.close()
