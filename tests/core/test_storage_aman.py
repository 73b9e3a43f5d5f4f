"""Issue 13 items 3-6 and 12: checks on one snapshot, a read-only ``periksa``, no raw SQLite
error, stale temporary copies, owner-only files, the OS instance lock, the monotonic idle clock.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from bawang_desk.core import cadangan as cd
from bawang_desk.core import pemulihan as pl
from bawang_desk.core import storage
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BasisDataSibuk, DeskSudahTerbuka
from tests.helpers import SANDI

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _sha(p: Path) -> str:
    import hashlib

    return hashlib.sha256(p.read_bytes()).hexdigest()


# ------------------------------------------------------------------ item 3: one snapshot


def test_periksa_beside_a_writer_has_no_false_counter_alarm(desk, db_path, jam):
    desk.masuk("sekcam", SANDI)
    henti = threading.Event()

    def penulis() -> None:
        d = Desk.open(db_path, kunci=False, jam=jam)
        d.masuk("sekcam", SANDI)
        try:
            while not henti.is_set():
                d.penomoran.ambil("skck", jam.hari_ini(), "tulis")
        finally:
            d.close()

    t = threading.Thread(target=penulis)
    t.start()
    try:
        laporan = [pl.periksa_basis_data(desk) for _ in range(6)]
    finally:
        henti.set()
        t.join()
    for lap in laporan:
        assert lap.utuh, lap.teks()


# ------------------------------------------------------------------ item 4: periksa reads only


def test_periksa_on_an_empty_file_beside_backups_changes_nothing(desk, db_path, jam):
    cd.cadangkan(db_path, sekarang=jam.now)
    desk.close()
    db_path.write_bytes(b"")
    isi = sorted(p.name for p in db_path.parent.iterdir())
    kode, teks = pl.periksa_berkas_saja(db_path)
    assert kode == 1 and "kosong (0 byte)" in teks and "Cadangan terbaru" in teks
    assert db_path.stat().st_size == 0
    assert sorted(p.name for p in db_path.parent.iterdir()) == isi


def test_periksa_on_another_programs_sqlite_adds_nothing(tmp_path):
    p = tmp_path / "lain.sqlite"
    c = sqlite3.connect(p)
    c.execute("CREATE TABLE resep (nama TEXT)")
    c.commit()
    c.close()
    sebelum = _sha(p)
    kode, teks = pl.periksa_berkas_saja(p)
    assert kode == 1 and "bukan basis data Bawang Desk" in teks
    assert _sha(p) == sebelum
    assert sorted(x.name for x in tmp_path.iterdir()) == ["lain.sqlite"]


def test_periksa_reports_a_damaged_index_page_without_a_traceback(desk, db_path, jam):
    desk.masuk("sekcam", SANDI)
    for i in range(30):
        desk.penomoran.ambil("skck", jam.hari_ini(), f"nomor {i}")
    desk.close()
    c = sqlite3.connect(db_path)
    root = c.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'nomor' LIMIT 1"
    ).fetchone()[0]
    ukuran = c.execute("PRAGMA page_size").fetchone()[0]
    c.close()
    data = bytearray(db_path.read_bytes())
    awal = (root - 1) * ukuran
    data[awal + 8 : awal + ukuran] = os.urandom(ukuran - 8)
    db_path.write_bytes(bytes(data))
    sebelum = _sha(db_path)
    kode, teks = pl.periksa_berkas_saja(db_path)
    assert kode == 1 and "Integritas berkas" in teks and "Traceback" not in teks
    assert _sha(db_path) == sebelum


def test_missing_database_with_backups_is_damaged_at_start(desk, db_path, jam):
    c = cd.cadangkan(db_path, sekarang=jam.now)
    desk.close()
    db_path.unlink()
    hasil = pl.periksa_saat_mulai(db_path, sekarang=jam.now)
    assert hasil.rusak and hasil.cadangan is not None and hasil.cadangan.path == c.path
    assert not db_path.exists()


# ------------------------------------------------------------------ item 5: plain errors


def test_a_write_that_cannot_get_the_lock_says_so_in_indonesian(desk, db_path):
    desk.masuk("sekcam", SANDI)
    lain = sqlite3.connect(db_path, isolation_level=None)
    lain.execute("BEGIN IMMEDIATE")
    desk.conn.execute("PRAGMA busy_timeout=50")
    try:
        with pytest.raises(BasisDataSibuk) as e:
            desk.penomoran.ambil("skck", desk.sekarang().date(), "tertahan")
        assert "coba lagi" in str(e.value) and "locked" not in str(e.value)
    finally:
        lain.execute("ROLLBACK")
        lain.close()
    desk.penomoran.ambil("skck", desk.sekarang().date(), "sesudahnya")  # then it works


def test_saves_do_not_wait_for_a_check_or_a_backup(desk, db_path, jam):
    desk.masuk("sekcam", SANDI)
    for i in range(300):  # enough pages that the copy takes many steps
        desk.penomoran.ambil("kk", jam.hari_ini(), "isi " + "x" * 200 + str(i))
    selesai = threading.Event()
    hasil: list[object] = []

    def latar() -> None:
        try:
            hasil.append(pl.periksa_basis_data(desk))
            hasil.append(cd.cadangkan(db_path, sekarang=jam.now, sumber=desk.conn))
        finally:
            selesai.set()

    t = threading.Thread(target=latar)
    t.start()
    nomor: list[int] = []
    while not selesai.is_set() or not nomor:
        # a save beside the check and the backup goes through (no "database is locked");
        # how long it waits is measured by benchmarks/bench_latar.py, not asserted here
        nomor.append(desk.penomoran.ambil("skck", jam.hari_ini(), "simpan").nomor)
    t.join()
    assert hasil[0].utuh and hasil[1].terverifikasi
    assert nomor == list(range(1, len(nomor) + 1))


# ------------------------------------------------------------------ item 6: temporary copies


def test_stale_temporary_copies_are_removed_and_never_listed(desk, db_path, jam):
    folder = db_path.parent / "cadangan"
    folder.mkdir()
    mati = folder / ".cadangan-20261124-080000-bawang.sqlite.999999999.tmp"
    mati.write_bytes(b"x" * 1000)
    lama = folder / ".cadangan-20261120-080000-bawang.sqlite.tmp"
    lama.write_bytes(b"x" * 1000)
    os.utime(lama, (time.time() - 7200, time.time() - 7200))
    hidup = folder / f".cadangan-20261124-090000-bawang.sqlite.{os.getpid()}.tmp"
    hidup.write_bytes(b"x")
    assert cd.daftar_cadangan(db_path.parent) == []
    cd.cadangkan(db_path, sekarang=jam.now)
    assert not mati.exists() and not lama.exists() and hidup.exists()
    assert [c.path.name.startswith("cadangan-") for c in cd.daftar_cadangan(db_path.parent)] == [
        True
    ]


# ------------------------------------------------------------------ item 12


@posix
def test_database_journal_and_backup_are_owner_only(desk, db_path, jam):
    os.umask(0o022)
    desk.masuk("sekcam", SANDI)
    jurnal = []
    desk.conn.set_trace_callback(
        lambda _s: jurnal.append(
            Path(str(db_path) + "-journal").exists()
            and stat.S_IMODE(Path(str(db_path) + "-journal").stat().st_mode)
        )
    )
    desk.penomoran.ambil("skck", jam.hari_ini(), "izin berkas")
    desk.conn.set_trace_callback(None)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert all(m in (False, 0o600) for m in jurnal) and 0o600 in jurnal
    c = cd.cadangkan(db_path, sekarang=jam.now)
    assert stat.S_IMODE(c.path.stat().st_mode) == 0o600
    assert stat.S_IMODE((db_path.parent / "cadangan").stat().st_mode) == 0o700


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux lock")
def test_instance_lock_survives_deleting_the_lock_file(db_path):
    d = Desk.open(db_path)
    try:
        Path(str(db_path) + ".lock").unlink()
        with pytest.raises(DeskSudahTerbuka):
            Desk.open(db_path)
    finally:
        d.close()
    Desk.open(db_path).close()


def test_idle_lock_follows_the_monotonic_clock_not_the_wall_clock(desk, jam):
    mono = [1000.0]
    desk.monoton = lambda: mono[0]
    desk.masuk("operator", SANDI)
    jam.maju(hours=5)  # the PC's clock jumps forward: not idle time
    assert not desk.terkunci
    jam.maju(hours=-10)  # and back
    mono[0] += 9 * 60
    assert not desk.terkunci
    mono[0] += 61
    assert desk.terkunci


def test_idle_lock_defaults_to_time_monotonic(db_path):
    d = Desk.open(db_path)
    try:
        assert d.monoton is time.monotonic
    finally:
        d.close()
    assert timedelta


def test_a_busy_write_asks_and_tries_again(desk, db_path):
    desk.masuk("sekcam", SANDI)
    lain = sqlite3.connect(db_path, isolation_level=None)
    lain.execute("BEGIN IMMEDIATE")
    desk.conn.execute("PRAGMA busy_timeout=50")
    ditanya: list[str] = []

    def tanya(galat: Exception) -> bool:
        ditanya.append(str(galat))
        if len(ditanya) == 2:
            lain.execute("ROLLBACK")  # the other program lets go meanwhile
        return True

    desk.saat_sibuk = tanya
    try:
        n = desk.penomoran.ambil("skck", desk.sekarang().date(), "dicoba lagi")
    finally:
        lain.close()
    assert len(ditanya) == 2 and "coba lagi" in ditanya[0]
    assert n.nomor >= 1


# ------------------------------------------------------------------ issue 17: when the full check runs


def test_full_check_is_due_daily_and_after_an_unclean_shutdown(db_path, jam):
    from tests.helpers import siapkan

    d = Desk.open(db_path, jam=jam)
    siapkan(d)
    d.close()  # a clean close empties the lock file
    assert (
        pl.pemeriksaan_penuh(db_path.parent, jam.now, False) == "Belum ada salinan yang diperiksa."
    )
    cd.cadangkan(db_path, sekarang=jam.now)  # its check of the copy is the day's check
    hasil = pl.periksa_saat_mulai(db_path, sekarang=jam.now + timedelta(hours=2))
    assert hasil.keadaan == pl.BAIK and hasil.perlu_periksa == ""  # not twice on a day
    assert pl.pemeriksaan_penuh(db_path.parent, jam.now + timedelta(hours=25), False) == (
        "Pemeriksaan harian."
    )
    # a run that dies leaves its pid in the lock file: the next start knows
    k = storage.KunciInstans(db_path)
    k.ambil()
    k._fh.close()  # the process "dies" without releasing cleanly
    k._fh = None
    k._lepas_soket()
    hasil = pl.periksa_saat_mulai(db_path, sekarang=jam.now + timedelta(hours=3))
    assert hasil.perlu_periksa == "Aplikasi tidak ditutup dengan benar terakhir kali."


# ------------------------------------------------------------------ step-wise copy restarts


def test_stepwise_copy_restarted_by_a_foreign_writer_is_a_sound_database(tmp_path):
    """A write through another connection between two steps makes SQLite restart the copy;
    the restarted copy over the same journal-less scratch file must still be a database."""
    asal = tmp_path / "asal.sqlite"
    src = sqlite3.connect(str(asal), isolation_level=None)
    src.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, isi TEXT)")
    # 6 MiB: the larger steps after a restart overflow the copy's page cache onto its disk
    src.executemany("INSERT INTO t (isi) VALUES (?)", [("x" * 2000,) for _ in range(3000)])
    lain = sqlite3.connect(str(asal), isolation_level=None)
    langkah = {"tulis": 0}

    def progress(selesai: int, total: int, _pesan: str) -> None:
        # between two steps of every attempt but the last, another connection writes
        if selesai < total and langkah["tulis"] < 4:
            langkah["tulis"] += 1
            lain.execute("INSERT INTO t (isi) VALUES (?)", ("b" * 3000,))

    tujuan = tmp_path / "salinan.sqlite"
    storage.salin_bertahap(src, tujuan, halaman=8, jeda=0, progress=progress)
    assert langkah["tulis"] == 4  # the copy really was restarted, four times
    src.close()
    lain.close()
    hasil = sqlite3.connect(str(tujuan))
    try:
        assert [r[0] for r in hasil.execute("PRAGMA integrity_check")] == ["ok"]
        assert hasil.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 3004
    finally:
        hasil.close()


def test_big_scratch_files_are_deleted_in_slices(tmp_path, monkeypatch):
    """One unlink of a gigabyte copy frees it all in one journal commit that the next save's
    fsync waits for; hapus_bertahap frees it a slice at a time, then removes the file."""
    p = tmp_path / "salinan.tmp"
    p.write_bytes(b"x" * (10 * 4096 + 7))
    potong: list[int] = []
    asli = os.ftruncate
    monkeypatch.setattr(storage, "JEDA_HAPUS_S", 0)
    monkeypatch.setattr(os, "ftruncate", lambda fd, n: (potong.append(n), asli(fd, n))[1])
    storage.hapus_bertahap(p, per_langkah=4 * 4096)
    assert not p.exists()
    assert potong == [6 * 4096 + 7, 2 * 4096 + 7]  # from the end, one slice at a time
    with pytest.raises(FileNotFoundError):
        storage.hapus_bertahap(p)


def test_backup_and_check_remove_their_copies_in_slices(desk, db_path, jam, monkeypatch):
    dihapus: list[str] = []
    asli = storage.hapus_bertahap
    monkeypatch.setattr(
        storage, "hapus_bertahap", lambda p, **k: (dihapus.append(Path(p).name), asli(p, **k))[1]
    )
    desk.masuk("sekcam", SANDI)
    cd.cadangkan(db_path, sekarang=jam.now, sumber=desk.conn, kompres=True)
    assert any(n.endswith(".tmp") and ".gz." not in n for n in dihapus)  # the uncompressed copy
    dihapus.clear()
    pl.periksa_basis_data(desk)
    assert any(n.startswith(".periksa.") for n in dihapus)  # the check's snapshot
    assert not list((db_path.parent / "cadangan").glob(".*.tmp"))


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or os.uname().machine != "x86_64",
    reason="ioprio syscalls numbered for Linux x86_64 here",
)
def test_pekerja_latar_turun_prioritas_disk_saja_bukan_cpu():
    """A backup or check worker yields the disk, never the CPU: it shares the interpreter lock
    with the window, and a low-priority thread preempted while holding it froze the window
    110-170 ms during "Periksa basis data" on a loaded machine (priority inversion)."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    hasil: dict[str, int] = {}

    def kerja() -> None:
        tid = threading.get_native_id()
        hasil["nice_awal"] = os.getpriority(os.PRIO_PROCESS, tid)
        with storage.prioritas_latar():
            hasil["nice"] = os.getpriority(os.PRIO_PROCESS, tid)
            hasil["io"] = libc.syscall(252, 1, tid)  # ioprio_get
        hasil["io_sesudah"] = libc.syscall(252, 1, tid)

    t = threading.Thread(target=kerja)
    t.start()
    t.join()
    assert hasil["nice"] == hasil["nice_awal"]
    assert hasil["io"] == (2 << 13) | 7  # best effort, lowest level
    assert hasil["io_sesudah"] != hasil["io"]
