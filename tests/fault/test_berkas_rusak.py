"""Fault item 5: corrupt database files at start.

Pass condition (issue 7): truncated, zeroed header, one flipped byte in a page, random bytes and
a foreign ``-wal``: no crash, the original kept as ``*.damaged`` (never deleted, never over an
earlier one), the newest verified backup offered with its date, nothing written until the user
chooses; restoring it gives a sound database whose numbering continues from its counters.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bawang_desk.core import cadangan as cd
from bawang_desk.core import pemulihan as pl
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import CadanganGagal, DatabaseRusak
from tests.helpers import SANDI

HALAMAN = 4096


def isi(desk: Desk, n: int, jam) -> None:
    desk.masuk("operator", SANDI)
    for i in range(n):
        desk.penomoran.ambil("skck", date(2026, 11, 24), f"Rekomendasi SKCK nomor {i} " * 3)
    desk.keluar()


@pytest.fixture
def siap(desk, db_path, jam):
    """A database with 60 numbers and two verified backups (at 40 and 60 numbers)."""
    isi(desk, 40, jam)
    cd.cadangkan(db_path, sekarang=jam.now)
    jam.maju(hours=1)
    isi(desk, 20, jam)
    jam.maju(minutes=1)
    terbaru = cd.cadangkan(db_path, sekarang=jam.now)
    jam.maju(minutes=5)
    isi(desk, 5, jam)  # after the last backup: a restore marks these numbers lost
    desk.close()
    return terbaru


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _terpotong(p: Path, rnd: random.Random) -> None:
    data = p.read_bytes()
    p.write_bytes(data[: HALAMAN * max(2, len(data) // HALAMAN // 3)])


def _kepala_nol(p: Path, rnd: random.Random) -> None:
    data = bytearray(p.read_bytes())
    data[:100] = bytes(100)
    p.write_bytes(bytes(data))


def _balik_satu_byte(p: Path, rnd: random.Random) -> None:
    """Flip the page-type byte of one b-tree page: structural damage quick_check must see."""
    data = bytearray(p.read_bytes())
    halaman = [
        i for i in range(1, len(data) // HALAMAN) if data[i * HALAMAN] in (0x02, 0x05, 0x0A, 0x0D)
    ]
    i = rnd.choice(halaman)
    data[i * HALAMAN] ^= 0xFF
    p.write_bytes(bytes(data))


def _acak(p: Path, rnd: random.Random) -> None:
    p.write_bytes(rnd.randbytes(p.stat().st_size))


RUSAK = {
    "terpotong": _terpotong,
    "kepala-nol": _kepala_nol,
    "satu-byte-dibalik": _balik_satu_byte,
    "byte-acak": _acak,
}


def test_kerusakan_halaman_ditemukan_pemeriksaan_penuh_bukan_saat_mulai(siap, db_path, jam):
    """A damaged b-tree page passes the light start-up check (the login is not held up by a
    page-by-page read); the full check on the next copy finds it and keeps the good backups."""
    _balik_satu_byte(db_path, random.Random("satu-byte-dibalik"))
    hasil = pl.periksa_saat_mulai(db_path, sekarang=jam.now)
    assert hasil.keadaan == pl.BAIK and db_path.exists()
    with pytest.raises(CadanganGagal, match="gagal diperiksa"):
        cd.cadangkan(db_path, sekarang=jam.now)
    assert cd.cadangan_terakhir(db_path.parent).path == siap.path


@pytest.mark.parametrize("jenis", [j for j in RUSAK if j != "satu-byte-dibalik"])
def test_berkas_rusak_disisihkan_dan_cadangan_ditawarkan(siap, db_path, jam, jenis):
    RUSAK[jenis](db_path, random.Random(jenis))
    sha_rusak = _sha(db_path)
    if jenis in ("kepala-nol", "byte-acak"):
        with pytest.raises(DatabaseRusak, match="rusak"):  # a plain message, no traceback
            Desk.open(db_path, kunci=False)
    folder = sorted(p.name for p in db_path.parent.iterdir())
    hasil = pl.periksa_saat_mulai(db_path, sekarang=jam.now)
    assert hasil.rusak and hasil.masalah
    assert "disisihkan" in hasil.pesan and "24 November 2026" in hasil.pesan
    # the original is kept, byte for byte, as *.damaged; nothing else was written
    assert not db_path.exists()
    rusak = [p for p in hasil.disisihkan if p.name.endswith(".damaged")]
    assert len(rusak) == 1 and _sha(rusak[0]) == sha_rusak
    sekarang = sorted(p.name for p in db_path.parent.iterdir())
    assert sorted(set(sekarang) - set(folder)) == [rusak[0].name]
    assert hasil.cadangan is not None and hasil.cadangan.path == siap.path
    assert hasil.cadangan.waktu == siap.waktu
    # the user chooses the backup
    pulih = pl.pulihkan(hasil.cadangan, db_path, pengguna="admin", sekarang=jam.now)
    assert pulih.disisihkan == ()  # the damaged file was already aside
    d = Desk.open(db_path, jam=jam)
    try:
        assert d.periksa_integritas() == []
        # the five numbers issued after the backup are known from the numbers journal (the
        # damaged file tells nothing): lost, never issued again
        assert [(h.dari, h.sampai) for h in pulih.hilang] == [(61, 65)]
        assert d.conn.execute("SELECT MAX(nomor) FROM nomor").fetchone()[0] == 65
        d.masuk("operator", SANDI)  # the Buku Nomor is read in a session (issue 13 item 9)
        assert sorted(n.nomor for n in d.penomoran.daftar("skck") if n.hilang) == [
            61,
            62,
            63,
            64,
            65,
        ]
        d.masuk("operator", SANDI)
        assert d.penomoran.ambil("skck", date(2026, 11, 24), "setelah pulih").nomor == 66
        aksi = d.conn.execute("SELECT aksi FROM audit WHERE aksi = 'cadangan.pulih'").fetchall()
        assert len(aksi) == 1
    finally:
        d.close()


def test_wal_asing_disisihkan_basis_data_tetap(siap, db_path, tmp_path, jam):
    # a WAL from another database, with valid frames, left beside ours
    lain = tmp_path / "lain.sqlite"
    c = sqlite3.connect(lain, isolation_level=None)
    c.execute("PRAGMA journal_mode=WAL")
    c.execute("PRAGMA wal_autocheckpoint=0")
    c.execute("CREATE TABLE asing (x)")
    c.execute("INSERT INTO asing VALUES ('bukan milik kita')")
    wal = Path(str(lain) + "-wal").read_bytes()
    c.close()
    Path(str(db_path) + "-wal").write_bytes(wal)
    hasil = pl.periksa_saat_mulai(db_path, sekarang=jam.now)
    assert hasil.keadaan == pl.WAL_ASING and "asing" in hasil.pesan
    assert [p.name.endswith(".damaged-wal") for p in hasil.disisihkan] == [True]
    assert hasil.disisihkan[0].read_bytes() == wal  # kept, not deleted
    assert not Path(str(db_path) + "-wal").exists()
    assert hasil.cadangan is not None and hasil.cadangan.path == siap.path
    d = Desk.open(db_path, kunci=False)
    try:
        tabel = {r[0] for r in d.conn.execute("SELECT name FROM sqlite_master")}
        assert "asing" not in tabel and "nomor" in tabel  # our pages, not the foreign ones
        assert d.periksa_integritas() == []
        assert d.conn.execute("SELECT MAX(nomor) FROM nomor").fetchone()[0] == 65
    finally:
        d.close()


def test_damaged_lama_tidak_ditimpa(siap, db_path, jam):
    asli = db_path.read_bytes()
    _kepala_nol(db_path, random.Random(1))
    pertama = pl.periksa_saat_mulai(db_path, sekarang=jam.now)
    db_path.write_bytes(b"kedua kalinya rusak" * 300)
    kedua = pl.periksa_saat_mulai(db_path, sekarang=jam.now)  # the same second
    assert pertama.disisihkan[0] != kedua.disisihkan[0]
    assert pertama.disisihkan[0].read_bytes()[100:] == asli[100:]
    assert kedua.disisihkan[0].read_bytes().startswith(b"kedua")


def test_sidecar_hilang_cadangan_diperiksa_satu_per_satu(siap, db_path, jam):
    folder = db_path.parent / "cadangan"
    (folder / "cadangan.json").unlink()
    # the newest backup file is itself damaged: the older sound one is offered
    data = bytearray(siap.path.read_bytes())
    data[:100] = bytes(100)
    siap.path.write_bytes(bytes(data))
    os.utime(siap.path, (siap.waktu.timestamp(), siap.waktu.timestamp()))
    _acak(db_path, random.Random(2))
    hasil = pl.periksa_saat_mulai(db_path, sekarang=jam.now)
    assert hasil.rusak and hasil.cadangan is not None
    assert hasil.cadangan.path != siap.path and cd.periksa_berkas(hasil.cadangan.path) == []


def test_tanpa_cadangan_pesan_jelas(desk, db_path, jam):
    desk.close()
    _acak(db_path, random.Random(3))
    hasil = pl.periksa_saat_mulai(db_path, sekarang=jam.now)
    assert hasil.rusak and hasil.cadangan is None and "Tidak ada cadangan" in hasil.pesan


def test_berkas_kosong_padahal_ada_cadangan(siap, db_path, jam):
    db_path.write_bytes(b"")
    hasil = pl.periksa_saat_mulai(db_path, sekarang=jam.now)
    assert hasil.rusak and hasil.cadangan is not None


def test_berkas_baru_dan_utuh(tmp_path, siap, db_path, jam):
    assert pl.periksa_saat_mulai(tmp_path / "baru" / "x.sqlite").keadaan == pl.BARU
    assert pl.periksa_saat_mulai(db_path).keadaan == pl.BAIK


def test_satu_byte_di_isi_baris_audit_tidak_lolos_periksa(siap, db_path, jam):
    """A flip inside a row's payload is invisible to quick_check (SQLite keeps no checksums);
    the start-up check keeps the file, and the audit chain is what finds it."""
    data = bytearray(db_path.read_bytes())
    i = data.find(b"nomor.terbit")
    data[i] ^= 0x01  # "nomor.terbit" -> "oomor.terbit"
    db_path.write_bytes(bytes(data))
    assert pl.periksa_saat_mulai(db_path, sekarang=jam.now).keadaan == pl.BAIK
    d = Desk.open(db_path, kunci=False)
    try:
        masalah = d.periksa_integritas()
        assert any("Rantai audit rusak" in m for m in masalah)
    finally:
        d.close()


def test_dipakai_aplikasi_lain_tidak_disisihkan(siap, db_path):
    from bawang_desk.core.errors import DeskSudahTerbuka

    d = Desk.open(db_path)
    try:
        with pytest.raises(DeskSudahTerbuka):
            pl.periksa_saat_mulai(db_path)
        assert db_path.exists()
    finally:
        d.close()


def test_cadangan_terbaru_berubah_tidak_dipulihkan(siap, db_path, jam):
    from bawang_desk.core.errors import CadanganGagal

    data = bytearray(siap.path.read_bytes())
    data[-10] ^= 0x01
    siap.path.write_bytes(bytes(data))
    sebelum = db_path.read_bytes()
    with pytest.raises(CadanganGagal, match="SHA-256"):
        pl.pulihkan(siap, db_path)
    assert db_path.read_bytes() == sebelum  # nothing moved
