"""Fault items 3 and 4: a PDF failure before COMMIT, and the start-up guard.

Pass conditions (issue 7): when the letter cannot be made before COMMIT no number is used and
the next letter gets it; at start synchronous is FULL and foreign keys are on, WAL is refused on
SQLite versions with the WAL-reset bug, and a network or removable path is refused.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bawang_desk.core import storage
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import PenyimpananDitolak
from bawang_desk.documents.layanan import BUAT
from tests.fault.aksi import sebagai


@pytest.mark.parametrize("galat", [OSError(28, "No space left on device"), RuntimeError("font")])
def test_pdf_gagal_sebelum_commit_nomor_tidak_terpakai(desk, tmp_path, galat, monkeypatch):
    from bawang_desk.core import verifikasi
    from tests.core.test_layanan import siap_ttd

    a = siap_ttd(desk)
    sebagai(desk, "operator")
    audit0 = desk.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]

    def gagal(*_a, **_k):
        raise galat

    # a letter rendered inside the number's transaction fails before COMMIT
    monkeypatch.setitem(BUAT, "skck", gagal)
    with pytest.raises(type(galat)), desk.tulis() as conn:
        n = desk.penomoran.terbitkan(conn, "skck", date(2026, 11, 24), perihal="surat")
        assert n.nomor == 1
        BUAT["skck"](tmp_path / "x.pdf", desk.pengaturan.kantor(), "F4", None)
    # the signing itself fails after its number was drawn, before COMMIT
    monkeypatch.setattr(verifikasi, "buat_kode", gagal)
    sebagai(desk, "camat")
    with pytest.raises(type(galat)):
        desk.layanan.tandatangani(a.id, mode="camat")
    assert not (tmp_path / "x.pdf").exists()
    assert desk.conn.execute("SELECT COUNT(*) FROM nomor").fetchone()[0] == 0
    assert desk.conn.execute("SELECT COUNT(*) FROM nomor_counter").fetchone()[0] == 0
    assert desk.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == audit0
    assert desk.layanan.get(a.id).status == "menunggu_ttd"
    monkeypatch.undo()
    # the next letter gets number 1, and prints
    p = desk.layanan.tandatangani(a.id, mode="camat")
    assert p.nomor == "100.2.2.5/001/SKCK/2026"
    from bawang_desk.documents.cetak_layanan import cetak_surat

    assert cetak_surat(desk, a.id, tmp_path / "y.pdf").stat().st_size > 1000
    assert desk.penomoran.periksa_kesinambungan() == []


@pytest.mark.parametrize("journal", ["delete", "auto"])
def test_pragma_saat_mulai(db_path, journal):
    d = Desk.open(db_path, journal=journal)
    try:
        c = d.conn
        assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert c.execute("PRAGMA busy_timeout").fetchone()[0] == storage.BUSY_TIMEOUT_MS
        harap = "wal" if journal == "auto" and storage.wal_aman() else "delete"
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == harap
        # a worker's branch gets the same pragmas
        b = d.cabang()
        assert b.conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert b.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        b.close()
    finally:
        d.close()


@pytest.mark.parametrize("versi", [(3, 40, 1), (3, 44, 5), (3, 45, 3), (3, 50, 6), (3, 51, 2)])
def test_wal_ditolak_pada_versi_bermasalah(db_path, versi, monkeypatch):
    monkeypatch.setattr(sqlite3, "sqlite_version_info", versi)
    with pytest.raises(PenyimpananDitolak, match="WAL-reset"):
        Desk.open(db_path, journal="wal")
    assert not db_path.exists()
    d = Desk.open(db_path)  # auto falls back to DELETE
    try:
        assert d.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        d.close()


@pytest.mark.parametrize("jenis, kata", [("jaringan", "jaringan"), ("removable", "flashdisk")])
def test_lokasi_tidak_aman_ditolak(tmp_path, monkeypatch, jenis, kata):
    monkeypatch.setattr(storage, "klasifikasi_lokasi", lambda p: storage.Lokasi(jenis, "X:"))
    with pytest.raises(PenyimpananDitolak, match=kata):
        Desk.open(tmp_path / "db.sqlite")
    assert not (tmp_path / "db.sqlite").exists()


def test_lokasi_jaringan_dari_mountinfo(tmp_path):
    info = "27 1 254:0 / / rw - ext4 /dev/vda rw\n60 27 0:50 / /srv/bersama rw - nfs4 s:/x rw\n"
    lok = storage.klasifikasi_lokasi(tmp_path.parent / "x.sqlite", mountinfo=info)
    assert lok.jenis == "lokal"
    lok = storage.klasifikasi_lokasi(Path("/srv/bersama/kantor/x.sqlite"), mountinfo=info)
    assert lok.jenis == "jaringan"
