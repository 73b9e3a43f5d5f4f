"""Opening the desk: pragmas, journal choice, refused places, one copy per file, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bawang_desk.core import migrations, storage
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import DeskSudahTerbuka, PenyimpananDitolak


def test_pragmas_dan_jurnal(desk_baru):
    c = desk_baru.conn
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    mode = c.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == ("wal" if storage.wal_aman() else "delete")


@pytest.mark.parametrize(
    "versi, aman",
    [
        ((3, 40, 1), False),
        ((3, 44, 5), False),
        ((3, 44, 6), True),
        ((3, 45, 0), False),
        ((3, 50, 6), False),
        ((3, 50, 7), True),
        ((3, 51, 0), False),
        ((3, 51, 2), False),
        ((3, 51, 3), True),
        ((3, 52, 0), True),
    ],
)
def test_wal_hanya_dengan_perbaikan_wal_reset(versi, aman):
    assert storage.wal_aman(versi) is aman
    assert storage.pilih_journal("auto", versi) == ("wal" if aman else "delete")
    if not aman:
        with pytest.raises(PenyimpananDitolak, match="WAL"):
            storage.pilih_journal("wal", versi)


def test_salinan_kedua_ditolak(db_path):
    a = Desk.open(db_path)
    try:
        with pytest.raises(DeskSudahTerbuka, match="sudah terbuka"):
            Desk.open(db_path)
        # helpers in the same app (workers, batch commands) may open without the lock
        Desk.open(db_path, kunci=False).close()
    finally:
        a.close()
    Desk.open(db_path).close()  # released on close


MOUNTINFO = """\
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw
60 27 0:50 / /mnt/kantor rw,relatime - cifs //server/berkas rw
61 27 8:17 / /media/flashdisk rw,relatime - vfat /dev/sdb1 rw
"""


def test_lokasi_jaringan_ditolak(tmp_path):
    lok = storage.klasifikasi_lokasi(Path("/mnt/kantor/bawang/db.sqlite"), mountinfo=MOUNTINFO)
    assert lok.jenis == "jaringan"
    with pytest.raises(PenyimpananDitolak, match="jaringan"):
        storage.periksa_lokasi(Path("/mnt/kantor/db.sqlite"), lok)
    assert (
        storage.klasifikasi_lokasi(Path("/home/x/db.sqlite"), mountinfo=MOUNTINFO).jenis == "lokal"
    )


def test_lokasi_removable_ditolak(tmp_path, monkeypatch):
    # a fake /sys in which the block device of tmp_path is marked removable
    st = (tmp_path).stat()
    sys_root = tmp_path / "sys"
    dev = sys_root / "devices" / "usb1" / "block" / "sdb"
    (dev / "sdb1").mkdir(parents=True)
    (dev / "removable").write_text("1\n")
    link = sys_root / "dev" / "block"
    link.mkdir(parents=True)
    import os

    (link / f"{os.major(st.st_dev)}:{os.minor(st.st_dev)}").symlink_to(dev / "sdb1")
    lok = storage.klasifikasi_lokasi(tmp_path / "db.sqlite", mountinfo="", sys_root=sys_root)
    assert lok.jenis == "removable"
    with pytest.raises(PenyimpananDitolak, match="flashdisk"):
        storage.periksa_lokasi(tmp_path / "db.sqlite", lok)


def test_desk_open_menolak_lokasi_tidak_aman(tmp_path, monkeypatch):
    monkeypatch.setattr(
        storage, "klasifikasi_lokasi", lambda p: storage.Lokasi("jaringan", "//server/berkas")
    )
    with pytest.raises(PenyimpananDitolak):
        Desk.open(tmp_path / "db.sqlite")
    assert not (tmp_path / "db.sqlite").exists()


def test_cadangan_sebelum_migrasi(db_path, monkeypatch):
    # a database made by an older version: only the first migration applied
    db_path.parent.mkdir(parents=True)
    conn = storage.connect(db_path)
    from sqlite_utils import Database

    migrations.migrations.apply(Database(conn), stop_before="0002_register_inti")
    conn.close()
    d = Desk.open(db_path)
    try:
        assert d.cadangan_pra_migrasi is not None and d.cadangan_pra_migrasi.exists()
        old = sqlite3.connect(d.cadangan_pra_migrasi)
        names = {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "register" in names and "permohonan" not in names
        assert old.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        old.close()
        assert migrations.pending(d.db) == []
    finally:
        d.close()
    # opening again applies nothing and backs nothing up
    d = Desk.open(db_path)
    assert d.cadangan_pra_migrasi is None
    d.close()


def test_quick_check_tanpa_kunci_tulis(desk, db_path):
    assert storage.quick_check(db_path) == []


def test_periksa_integritas_bersih(desk):
    assert desk.periksa_integritas() == []
