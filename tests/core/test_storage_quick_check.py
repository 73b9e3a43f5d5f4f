"""The background quick_check must take a crash's hot journal for what it is, not for damage."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from bawang_desk.core import storage


def _berkas_dengan_jurnal_panas(folder: Path) -> Path:
    """A database and the hot rollback journal a crash in the middle of a write leaves.

    The writer's cache is tiny, so the changed pages spill into the file while the journal holds
    the originals; copying both while the transaction is open gives what a power cut leaves.
    """
    asal = folder / "asal.sqlite"
    conn = sqlite3.connect(str(asal), isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    conn.execute(
        "INSERT INTO t SELECT randomblob(1000) FROM (WITH RECURSIVE n(i) AS "
        "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500) SELECT i FROM n)"
    )
    conn.execute("PRAGMA cache_size=5")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE t SET x = randomblob(1000)")
    tujuan = folder / "crash" / "bawang.sqlite"
    tujuan.parent.mkdir()
    shutil.copy(asal, tujuan)
    shutil.copy(Path(str(asal) + "-journal"), Path(str(tujuan) + "-journal"))
    conn.execute("ROLLBACK")
    conn.close()
    return tujuan


def test_quick_check_setelah_crash_dengan_jurnal_panas(tmp_path):
    path = _berkas_dengan_jurnal_panas(tmp_path)
    assert Path(str(path) + "-journal").stat().st_size > 0
    assert storage.QuickCheck(path).run() == []
    # the crash's half-written transaction was rolled back, as any reader must do
    assert not Path(str(path) + "-journal").exists()
    conn = sqlite3.connect(str(path))
    assert conn.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 1500
    conn.close()


def test_quick_check_tidak_membuat_berkas_yang_tidak_ada(tmp_path):
    path = tmp_path / "tidak-ada.sqlite"
    with pytest.raises(sqlite3.Error):
        storage.QuickCheck(path).run()
    assert not path.exists()


def test_quick_check_tidak_mengubah_isi(tmp_path):
    path = tmp_path / "a.sqlite"
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    sebelum = path.read_bytes()
    assert storage.QuickCheck(path).run() == []
    assert path.read_bytes() == sebelum
