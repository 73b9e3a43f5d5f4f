"""Backups: verified copies made with SQLite's backup API, rotated, and copied to a flashdisk.

A backup is taken from a live database only through ``sqlite3.Connection.backup`` (never a file
copy, which can catch a page half written). Every new copy is checked on the copy itself
(``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check``) before it is renamed into the
``cadangan/`` folder beside the database, and only then may rotation delete older copies. A copy
that fails its check is thrown away and recorded as a failure: a bad database never pushes a good
backup out.

What is known about each backup (time, size, SHA-256, verified, latest audit hash) is kept in a
small sidecar ``cadangan/cadangan.json``, written atomically, so the status bar and the recovery
dialog know the last good backup without checking the files again.

Rotation keeps every backup of the last two days, then the newest backup of each of 12 days,
8 ISO weeks and 12 months before that (counted like ``borg prune``: a period whose newest backup
an earlier rule already kept does not count again). The decision is the pure function
:func:`pilih_yang_disimpan`.

Only data changes count: the scheduler compares the latest audit row that records a change of
data (not a login, a logout or a copy to a flashdisk) with the one the last backup holds.

The copy is taken in small steps of the backup API (``storage.salin_bertahap``) from the
connection that writes, when the window passes it, so a save never waits for the copy; the
check runs on the copy, never on the live file. Copies are stored gzip-compressed (level 1: a
ten-year database shrinks to about a quarter at ~150 MB/s) when a sample shows it pays. The
folder keeps to a disk budget (``Umum.batas_cadangan_gb``): beyond it the copies the rotation
values least go first (extra copies of one day, then the oldest), never the newest two, and
:func:`status_cadangan` warns before that starts. An interrupted backup leaves a temporary file
that the next backup removes (:func:`bersihkan_sisa`); temporary files are never backups.

Nothing here imports Qt: the window's worker thread calls :class:`PenjadwalCadangan` and
:func:`cadangkan`; the CLI and tests call them directly.
"""

from __future__ import annotations

import contextlib
import errno
import gzip
import json
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bawang_desk.core import storage
from bawang_desk.core.ekspor import sha256_berkas, tulis_atomik
from bawang_desk.core.errors import CadanganGagal

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

__all__ = [
    "BATAS_USANG",
    "SELANG",
    "Cadangan",
    "HasilFlashdisk",
    "PenjadwalCadangan",
    "StatusCadangan",
    "ada_perubahan",
    "cadangan_terakhir",
    "cadangkan",
    "cadangkan_ke",
    "cadangkan_ke_flashdisk",
    "daftar_cadangan",
    "folder_cadangan",
    "periksa_berkas",
    "pesan_oserror",
    "pilih_yang_disimpan",
    "rotasi",
    "sha256_cocok",
    "status_cadangan",
]

Progress = Callable[[int, int, str], None]

FOLDER = "cadangan"
BERKAS_META = "cadangan.json"
AWALAN = "cadangan-"
#: At most one automatic backup per this interval (and only after a change).
SELANG = timedelta(minutes=30)
#: The status bar warns when the last good backup is older than this.
BATAS_USANG = timedelta(days=1)
#: Rotation: everything of the last two days, then daily, weekly and monthly survivors.
SIMPAN_SEMUA = timedelta(days=2)
HARIAN, MINGGUAN, BULANAN = 12, 8, 12
#: Disk budget of the backups when the settings give none (bytes).
BATAS_BAWAAN = 5 * 10**9
#: Warn on the Beranda when one more copy would take the folder past this share of the budget.
AMBANG_PERINGATAN = 0.9
#: Audit actions that change no record: a backup is not made for them alone.
AKSI_BUKAN_DATA = ("masuk", "masuk.gagal", "keluar", "cadangan.flashdisk")
#: A temporary file of a backup older than this (and whose process is gone) is stale.
UMUR_SISA = timedelta(hours=1)
AKHIRAN_GZ = ".sqlite.gz"

_KUNCI = threading.Lock()  # one backup or rotation at a time in this process


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Cadangan:
    """One backup file in ``cadangan/`` as the sidecar records it."""

    path: Path
    waktu: datetime
    ukuran: int
    sha256: str
    terverifikasi: bool
    hash_audit: str = ""
    sumber: str = ""
    sidik: str = ""
    ukuran_asli: int = 0

    @property
    def dikompres(self) -> bool:
        return self.path.name.endswith(".gz")

    @property
    def label(self) -> str:
        """For lists and dialogs: ``Selasa, 24 November 2026 pukul 08.00``."""
        from bawang_desk.core.teks import hari_tanggal

        return f"{hari_tanggal(self.waktu.date())} pukul {self.waktu:%H.%M}"

    def _json(self) -> dict:
        return {
            "berkas": self.path.name,
            "waktu": self.waktu.isoformat(timespec="seconds"),
            "ukuran": self.ukuran,
            "sha256": self.sha256,
            "terverifikasi": self.terverifikasi,
            "hash_audit": self.hash_audit,
            "sumber": self.sumber,
            "sidik": self.sidik,
            "ukuran_asli": self.ukuran_asli,
        }


def folder_cadangan(data_dir: Path) -> Path:
    """The ``cadangan/`` folder beside the database (created on first backup)."""
    return Path(data_dir) / FOLDER


def _dari_json(folder: Path, d: dict) -> Cadangan:
    return Cadangan(
        folder / str(d["berkas"]),
        datetime.fromisoformat(str(d["waktu"])),
        int(d.get("ukuran", 0)),
        str(d.get("sha256", "")),
        bool(d.get("terverifikasi", False)),
        str(d.get("hash_audit", "")),
        str(d.get("sumber", "")),
        str(d.get("sidik", "")),
        int(d.get("ukuran_asli", 0) or 0),
    )


def _baca_meta(folder: Path) -> dict:
    """The sidecar, or an empty one when it is missing or unreadable (``rusak`` says which)."""
    p = folder / BERKAS_META
    try:
        meta = json.loads(p.read_text(encoding="utf-8"))
        if not isinstance(meta, dict) or not isinstance(meta.get("cadangan", []), list):
            raise ValueError("bentuk salah")
    except FileNotFoundError:
        return {"versi": 1, "cadangan": []}
    except (OSError, ValueError):
        return {"versi": 1, "cadangan": [], "rusak": True}
    meta.setdefault("cadangan", [])
    return meta


def _tulis_meta(folder: Path, meta: dict) -> None:
    meta = {k: v for k, v in meta.items() if k != "rusak"}
    data = json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    with tulis_atomik(folder / BERKAS_META) as f:
        f.write(data)


def _entri(folder: Path, meta: dict) -> list[Cadangan]:
    out = []
    for d in meta.get("cadangan", []):
        with contextlib.suppress(KeyError, ValueError, TypeError):
            out.append(_dari_json(folder, d))
    return out


def daftar_cadangan(data_dir: Path) -> list[Cadangan]:
    """The recorded backups whose files still exist, newest first.

    When the sidecar is lost, the backup files found in the folder are listed as not verified
    (:func:`periksa_berkas` can check one on demand).
    """
    folder = folder_cadangan(data_dir)
    meta = _baca_meta(folder)
    semua = [c for c in _entri(folder, meta) if c.path.is_file()]
    if meta.get("rusak") or (not semua and folder.is_dir()):
        dikenal = {c.path.name for c in semua}
        for p in [*folder.glob(f"{AWALAN}*.sqlite"), *folder.glob(f"{AWALAN}*{AKHIRAN_GZ}")]:
            if p.name not in dikenal:
                st = p.stat()
                semua.append(
                    Cadangan(p, datetime.fromtimestamp(st.st_mtime), st.st_size, "", False)
                )
    return sorted(semua, key=lambda c: c.waktu, reverse=True)


def cadangan_terakhir(data_dir: Path) -> Cadangan | None:
    """The newest verified backup (for the status bar, the Beranda and the recovery offer)."""
    return next((c for c in daftar_cadangan(data_dir) if c.terverifikasi), None)


@dataclass(frozen=True)
class StatusCadangan:
    """What the status bar shows: the last good backup, whether it is stale, and the text.

    ``ruang_terpakai`` / ``ruang_batas`` are the backup folder's bytes and its budget;
    ``hampir_penuh`` is set before the budget starts to thin the copies, with ``pesan_ruang``
    saying so for the Beranda.
    """

    terakhir: Cadangan | None
    usang: bool
    pesan: str
    gagal_terakhir: str = ""
    ruang_terpakai: int = 0
    ruang_batas: int = 0
    hampir_penuh: bool = False
    pesan_ruang: str = ""


def _gb(n: int) -> str:
    return f"{n / 10**9:.1f} GB".replace(".", ",")


def status_cadangan(
    data_dir: Path, sekarang: datetime | None = None, *, batas: int | None = None
) -> StatusCadangan:
    """``usang`` is true when there is no good backup or the last is older than a day."""
    sekarang = sekarang or datetime.now()
    batas = BATAS_BAWAAN if batas is None else int(batas)
    semua = [c for c in daftar_cadangan(data_dir) if c.terverifikasi]
    c = semua[0] if semua else None
    gagal = _baca_meta(folder_cadangan(data_dir)).get("gagal_terakhir") or {}
    gagal_pesan = str(gagal.get("pesan", "")) if isinstance(gagal, dict) else ""
    terpakai = sum(x.ukuran for x in semua)
    berikut = c.ukuran if c else 0
    hampir = bool(c) and terpakai + berikut > AMBANG_PERINGATAN * batas
    pesan_ruang = ""
    if hampir:
        pesan_ruang = (
            f"Ruang cadangan hampir habis: {_gb(terpakai)} dari batas {_gb(batas)} terpakai "
            f"({len(semua)} cadangan). Cadangan lama mulai dihapus untuk memberi tempat. "
            "Naikkan batas ruang cadangan di Pengaturan, atau salin cadangan ke flashdisk."
        )
    if c is None:
        return StatusCadangan(
            None, True, "Belum ada cadangan yang baik.", gagal_pesan, terpakai, batas
        )
    usang = sekarang - c.waktu > BATAS_USANG
    pesan = f"Cadangan terakhir: {c.waktu:%d-%m-%Y %H.%M}"
    if usang:
        pesan = (
            f"Peringatan: cadangan terakhir lebih dari sehari yang lalu ({c.waktu:%d-%m-%Y %H.%M})."
        )
    return StatusCadangan(c, usang, pesan, gagal_pesan, terpakai, batas, hampir, pesan_ruang)


# --------------------------------------------------------------------------- checks


def periksa_berkas(path: Path) -> list[str]:
    """``integrity_check`` and ``foreign_key_check`` of a closed database file; ``[]`` is sound.

    The file is opened read-only, so checking a backup never changes it; a compressed backup is
    unpacked into a private temporary file first.
    """
    path = Path(path)
    if path.name.endswith(".gz"):
        try:
            with buka_salinan(path) as p:
                return periksa_berkas(p)
        except (OSError, EOFError, gzip.BadGzipFile) as e:
            return [f"Berkas cadangan tidak dapat dibuka: {e}"]
    try:
        conn = storage.buka_baca(path)
    except sqlite3.Error as e:
        return [f"Berkas tidak dapat dibuka: {e}"]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        masalah = [] if rows == ["ok"] else [f"integrity_check: {r}" for r in rows]
        for tbl, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            masalah.append(f"Kunci asing rusak: {tbl} baris {rowid} merujuk {parent}.")
        return masalah
    except sqlite3.DatabaseError as e:
        return [f"Berkas bukan basis data yang utuh: {e}"]
    finally:
        conn.close()


def buka_mentah(path: Path):
    """The backup's database bytes for reading: unpacked on the fly when compressed."""
    path = Path(path)
    return gzip.open(path, "rb") if path.name.endswith(".gz") else open(path, "rb")


@contextlib.contextmanager
def buka_salinan(path: Path, folder: Path | None = None):
    """The backup as a plain SQLite file: itself, or unpacked into a private temporary file
    (0600, removed afterwards) when it is compressed."""
    path = Path(path)
    if not path.name.endswith(".gz"):
        yield path
        return
    fd, tmp = tempfile.mkstemp(
        dir=folder or path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp"
    )
    try:
        with os.fdopen(fd, "wb") as dst, gzip.open(path, "rb") as src:
            shutil.copyfileobj(src, dst, 1 << 20)
        yield Path(tmp)
    finally:
        with contextlib.suppress(OSError):
            storage.hapus_bertahap(tmp)


def sidik_data(conn: sqlite3.Connection) -> str:
    """The fingerprint of the data: id and hash of the latest audit row that changed a record.

    Logins, logouts and copies to a flashdisk write audit rows too, but they change no record,
    so they alone never make a backup due.
    """
    tanda = ",".join("?" * len(AKSI_BUKAN_DATA))
    try:
        r = conn.execute(
            f"SELECT id, hash FROM audit WHERE aksi NOT IN ({tanda}) ORDER BY id DESC LIMIT 1",
            AKSI_BUKAN_DATA,
        ).fetchone()
    except sqlite3.OperationalError:  # not a Bawang Desk database yet
        return ""
    return f"{r[0]}:{r[1]}" if r else ""


def _pid_hidup(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":  # pragma: no cover - Windows: age alone decides
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def bersihkan_sisa(folder: Path, sekarang: float | None = None) -> list[Path]:
    """Remove what interrupted backups, checks and flashdisk copies left in ``cadangan/``.

    Temporary files (hidden, ending in ``.tmp``) are never backups. One is removed when the
    process that wrote it is gone (its pid is in the name) or it is older than
    :data:`UMUR_SISA`; a copy another running process is still writing is left alone.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    sekarang = time.time() if sekarang is None else sekarang
    dihapus = []
    for p in folder.glob(".*.tmp"):
        try:
            umur = sekarang - p.stat().st_mtime
        except OSError:
            continue
        pid = next((int(x) for x in p.name.split(".") if x.isdigit()), None)
        mati = pid is not None and not _pid_hidup(pid)
        if mati or umur > UMUR_SISA.total_seconds():
            with contextlib.suppress(OSError):
                storage.hapus_bertahap(p)
                dihapus.append(p)
    return dihapus


def _hash_audit(conn: sqlite3.Connection) -> str:
    try:
        r = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.OperationalError:  # not a Bawang Desk database yet
        return ""
    return r[0] if r else ""


def _buka_sumber(db_path: Path) -> sqlite3.Connection:
    """A plain connection for reading the live file: it rolls back a crash's hot journal like any
    reader must, but changes no pragma that belongs to the window's connection."""
    if not Path(db_path).is_file():
        raise CadanganGagal(f"Basis data {db_path} tidak ditemukan.", bisa_diulang=False)
    conn = sqlite3.connect(
        str(db_path), timeout=storage.BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    conn.execute(f"PRAGMA busy_timeout={storage.BUSY_TIMEOUT_MS}")
    return conn


def _salin_snapshot(
    db_path: Path,
    tujuan: Path,
    *,
    sumber: sqlite3.Connection | None = None,
    progress: Progress | None = None,
    batal: Callable[[], bool] | None = None,
) -> tuple[str, str]:
    """A consistent copy of the live database in ``tujuan`` (DELETE journal, 0600, fsync'ed).

    ``sumber`` is the connection that writes (the window's): the copy is taken from it in small
    steps, so a save on it never waits more than one step. Without it, the copy is taken the
    same way from a plain connection of our own. Returns (latest audit hash, data fingerprint)
    of the copy.
    """
    src = sumber if sumber is not None else _buka_sumber(db_path)
    try:
        storage.salin_bertahap(src, tujuan, progress=progress, batal=batal)
        dst = storage.buka_baca(tujuan, immutable=True)
        try:
            return _hash_audit(dst), sidik_data(dst)
        finally:
            dst.close()
    except storage.SalinanDibatalkan as e:
        raise CadanganGagal(str(e)) from e
    except sqlite3.DatabaseError as e:
        if "full" in str(e).lower():
            raise CadanganGagal(pesan_oserror(OSError(errno.ENOSPC, str(e)), tujuan.parent)) from e
        if "locked" in str(e).lower() or "busy" in str(e).lower():
            raise CadanganGagal(
                "Basis data sedang sibuk ditulis; cadangan dicoba lagi nanti."
            ) from e
        raise CadanganGagal(
            "Basis data tidak dapat dibaca untuk dicadangkan (berkas rusak). Cadangan lama tetap "
            "disimpan; jalankan Periksa basis data.",
            bisa_diulang=False,
        ) from e
    finally:
        if sumber is None:
            src.close()


def _layak_dikompres(path: Path) -> bool:
    """Whether gzip pays for this file: a sample from its middle shrinks to under 80%."""
    import zlib

    ukuran = path.stat().st_size
    with open(path, "rb") as fh:
        fh.seek(max(0, ukuran // 2 - (2 << 20)))
        contoh = fh.read(4 << 20)
    return bool(contoh) and len(zlib.compress(contoh, 1)) < 0.8 * len(contoh)


class _TulisHash:
    """A file that hashes what is written to it, so a fresh backup is never read back just to
    learn its SHA-256 (half a gigabyte more of disk reads beside the counter's saves)."""

    def __init__(self, f) -> None:
        import hashlib

        self.f = f
        self.h = hashlib.sha256()

    def write(self, b: bytes) -> int:
        self.h.update(b)
        return self.f.write(b)

    def flush(self) -> None:
        self.f.flush()


def _kompres(asal: Path, tujuan: Path, batal: Callable[[], bool] | None = None) -> str:
    """gzip level 1 into ``tujuan`` (0600, fsync'ed); zlib works outside the GIL. Returns the
    SHA-256 of the compressed file."""
    storage.buat_berkas_pribadi(tujuan)
    with open(asal, "rb") as src, open(tujuan, "wb") as raw:
        tulis = _TulisHash(raw)
        with gzip.GzipFile(fileobj=tulis, mode="wb", compresslevel=1, mtime=0) as gz:  # type: ignore[arg-type]
            n = 0
            while blok := src.read(1 << 20):
                if batal is not None and batal():
                    raise CadanganGagal("Cadangan dihentikan.")
                gz.write(blok)
                n += 1
                if n % 32 == 0:  # in slices, so the counter's own fsync never queues long
                    raw.flush()
                    os.fsync(raw.fileno())
                    storage.lupakan_cache(src.fileno())
        raw.flush()
        os.fsync(raw.fileno())
        storage.lupakan_cache(raw.fileno())
    return tulis.h.hexdigest()


# --------------------------------------------------------------------------- rotation


def pilih_yang_disimpan(
    waktu: Iterable[datetime],
    sekarang: datetime,
    *,
    semua: timedelta = SIMPAN_SEMUA,
    harian: int = HARIAN,
    mingguan: int = MINGGUAN,
    bulanan: int = BULANAN,
) -> set[datetime]:
    """Which backup times to keep: every one within ``semua`` of ``sekarang``, then the newest of
    each of ``harian`` days, ``mingguan`` ISO weeks and ``bulanan`` months.

    Rules run in that order over all backups, newest first; a period whose newest backup an
    earlier rule already kept does not use up a place (as ``borg prune`` counts). The newest
    backup is always kept. Times in the future (a clock set back) are kept too.
    """
    urut = sorted(set(waktu), reverse=True)
    simpan = {w for w in urut if w >= sekarang - semua}
    if urut:
        simpan.add(urut[0])
    aturan: list[tuple[int, Callable[[datetime], tuple]]] = [
        (harian, lambda w: (w.year, w.month, w.day)),
        (mingguan, lambda w: tuple(w.isocalendar()[:2])),
        (bulanan, lambda w: (w.year, w.month)),
    ]
    for n, periode in aturan:
        if n <= 0:
            continue
        terakhir = None
        dipilih = 0
        for w in urut:
            p = periode(w)
            if p == terakhir:
                continue
            terakhir = p
            if w in simpan:
                continue
            simpan.add(w)
            dipilih += 1
            if dipilih >= n:
                break
    return simpan


def pangkas_anggaran(
    ukuran: dict[datetime, int], simpan: set[datetime], batas: int, *, minimal: int = 2
) -> set[datetime]:
    """Thin ``simpan`` until the sizes it keeps fit in ``batas`` bytes.

    The copies the rotation values least go first: a day's extra copies (all but its newest),
    oldest first, then whole days, oldest first. The newest ``minimal`` copies always stay,
    even over the budget (a backup is worth more than the budget).
    """
    tetap = sorted(simpan, reverse=True)
    dilindungi = set(tetap[:minimal])
    total = sum(ukuran.get(w, 0) for w in tetap)
    if total <= batas:
        return set(tetap)
    terbaru_hari: dict[tuple[int, int, int], datetime] = {}
    for w in tetap:
        terbaru_hari.setdefault((w.year, w.month, w.day), w)
    tambahan = [w for w in reversed(tetap) if terbaru_hari[(w.year, w.month, w.day)] != w]
    urutan = tambahan + [w for w in reversed(tetap) if w not in tambahan]
    hasil = set(tetap)
    for w in urutan:
        if total <= batas:
            break
        if w in dilindungi:
            continue
        hasil.discard(w)
        total -= ukuran.get(w, 0)
    return hasil


def rotasi(
    data_dir: Path, sekarang: datetime | None = None, *, batas: int | None = None
) -> list[Path]:
    """Delete the recorded backups that :func:`pilih_yang_disimpan` does not keep, and those the
    disk budget ``batas`` (bytes; default :data:`BATAS_BAWAAN`) has no room for.

    Only verified backups recorded in the sidecar are ever deleted; pre-migration copies and
    anything else in the folder are left alone. Returns the deleted paths.
    """
    with _KUNCI:
        return _rotasi(folder_cadangan(data_dir), sekarang or datetime.now(), batas)


def _rotasi(folder: Path, sekarang: datetime, batas: int | None = None) -> list[Path]:
    meta = _baca_meta(folder)
    if meta.get("rusak"):
        return []  # without a trustworthy record nothing is deleted
    entri = [c for c in _entri(folder, meta) if c.path.is_file() and c.terverifikasi]
    simpan = pilih_yang_disimpan([c.waktu for c in entri], sekarang)
    simpan = pangkas_anggaran(
        {c.waktu: c.ukuran for c in entri}, simpan, BATAS_BAWAAN if batas is None else batas
    )
    hapus = [c for c in entri if c.waktu not in simpan]
    tetap = [c for c in entri if c.waktu in simpan]
    meta["cadangan"] = [c._json() for c in sorted(tetap, key=lambda c: c.waktu)]
    _tulis_meta(folder, meta)  # the record first: a crash then leaves an orphan, never a hole
    dihapus = []
    for c in hapus:
        with contextlib.suppress(FileNotFoundError):
            storage.hapus_bertahap(c.path)
            dihapus.append(c.path)
    return dihapus


# --------------------------------------------------------------------------- making a backup


def _nama_baru(folder: Path, waktu: datetime, db_path: Path) -> Path:
    dasar = f"{AWALAN}{waktu:%Y%m%d-%H%M%S}-{Path(db_path).stem}"
    p = folder / f"{dasar}.sqlite"
    i = 2
    while p.exists():
        p = folder / f"{dasar}-{i}.sqlite"
        i += 1
    return p


def cadangkan(
    db_path: Path,
    *,
    data_dir: Path | None = None,
    sekarang: datetime | None = None,
    progress: Progress | None = None,
    sumber: sqlite3.Connection | None = None,
    batal: Callable[[], bool] | None = None,
    batas: int | None = None,
    kompres: bool | None = None,
) -> Cadangan:
    """Make, verify, record and rotate one backup of ``db_path``; return it.

    The copy is made into a temporary file in ``cadangan/`` (from ``sumber``, the connection
    that writes, when given: see :func:`_salin_snapshot`), checked there, compressed when it
    pays (``kompres`` forces either way), and renamed to its final name only if sound. A copy
    that fails raises :class:`CadanganGagal`; older backups and the sidecar's last good backup
    are untouched (the failure itself is recorded). Leftovers of interrupted backups are
    removed first; ``batas`` is the disk budget in bytes.
    """
    db_path = Path(db_path)
    sekarang = sekarang or datetime.now()
    folder = folder_cadangan(data_dir if data_dir is not None else db_path.parent)
    lapor = progress or (lambda _d, _t, _m: None)
    with _KUNCI, storage.prioritas_latar():
        try:
            storage.siapkan_folder_data(folder)
        except OSError as e:
            raise CadanganGagal(pesan_oserror(e, folder)) from e
        bersihkan_sisa(folder)
        akhir = _nama_baru(folder, sekarang, db_path)
        tmp = akhir.with_name(f".{akhir.name}.{os.getpid()}.tmp")
        tmp_gz = akhir.with_name(f".{akhir.name}.gz.{os.getpid()}.tmp")
        try:
            lapor(0, 4, "Menyalin basis data ...")

            def salin(d: int, t: int, _m: str) -> None:
                lapor(0, 4, f"Menyalin basis data ... {100 * d // max(t, 1)}%")

            h, sidik = _salin_snapshot(db_path, tmp, sumber=sumber, progress=salin, batal=batal)
            lapor(1, 4, "Memeriksa salinan ...")
            masalah = periksa_berkas(tmp)
            if masalah:
                _catat_gagal(folder, sekarang, masalah)
                raise CadanganGagal(
                    "Cadangan tidak dibuat: salinan basis data gagal diperiksa "
                    f"({masalah[0]}). Cadangan yang lama tetap disimpan dan tidak ditimpa. "
                    "Jalankan Periksa basis data, atau pulihkan dari cadangan.",
                    bisa_diulang=False,
                )
            ukuran_asli = tmp.stat().st_size
            if kompres is None:
                kompres = _layak_dikompres(tmp)
            if kompres:
                lapor(2, 4, "Memadatkan salinan ...")
                akhir = akhir.with_name(akhir.name[: -len(".sqlite")] + AKHIRAN_GZ)
                sha = _kompres(tmp, tmp_gz, batal)
                storage.hapus_bertahap(tmp)
                tmp = tmp_gz
            else:
                sha = sha256_berkas(tmp)
            os.replace(tmp, akhir)
            _fsync_folder(folder)
        except OSError as e:
            raise CadanganGagal(pesan_oserror(e, folder)) from e
        finally:
            for t in (tmp, tmp_gz):
                with contextlib.suppress(OSError):
                    storage.hapus_bertahap(t)
        c = Cadangan(
            akhir, sekarang, akhir.stat().st_size, sha, True, h, db_path.name, sidik, ukuran_asli
        )
        meta = _baca_meta(folder)
        meta["cadangan"] = [d for d in meta.get("cadangan", []) if d.get("berkas") != akhir.name]
        meta["cadangan"].append(c._json())
        meta.pop("gagal_terakhir", None)
        _tulis_meta(folder, meta)
        lapor(3, 4, "Merapikan cadangan lama ...")
        _rotasi(folder, sekarang, batas)
        lapor(4, 4, "Cadangan selesai.")
        return c


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX; a no-op on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _catat_gagal(folder: Path, sekarang: datetime, masalah: list[str]) -> None:
    with contextlib.suppress(OSError):
        meta = _baca_meta(folder)
        meta["gagal_terakhir"] = {
            "waktu": sekarang.isoformat(timespec="seconds"),
            "pesan": masalah[0],
        }
        _tulis_meta(folder, meta)


def ada_perubahan(
    db_path: Path, data_dir: Path | None = None, conn: sqlite3.Connection | None = None
) -> bool:
    """Whether the data changed since the last good backup (logins and logouts do not count).

    Every change writes an audit row; :func:`sidik_data` is the latest one that changed data.
    A backup recorded before fingerprints existed is compared by its audit hash. ``conn`` is a
    connection to read through (the window's), else one is opened.
    """
    c = cadangan_terakhir(data_dir if data_dir is not None else Path(db_path).parent)
    if c is None:
        return True
    if conn is None:
        try:
            conn = _buka_sumber(Path(db_path))
        except CadanganGagal:
            return False
        tutup = True
    else:
        tutup = False
    try:
        if c.sidik:
            return sidik_data(conn) != c.sidik
        return _hash_audit(conn) != c.hash_audit
    except sqlite3.Error:
        return True
    finally:
        if tutup:
            conn.close()


class PenjadwalCadangan:
    """When to back up: after a change, at most once per :data:`SELANG` (30 minutes).

    Qt-free: the window asks :meth:`perlu_cadangan` from a timer and runs :meth:`jalankan` in
    its worker thread. A failed attempt also waits the interval before the next try.
    """

    def __init__(self, selang: timedelta = SELANG, terakhir: datetime | None = None) -> None:
        self.selang = selang
        self.terakhir = terakhir
        self.gagal: CadanganGagal | None = None

    @classmethod
    def dari_folder(cls, data_dir: Path, selang: timedelta = SELANG) -> PenjadwalCadangan:
        c = cadangan_terakhir(data_dir)
        return cls(selang, c.waktu if c else None)

    def perlu_cadangan(self, sekarang: datetime, ada_perubahan: bool) -> bool:
        if not ada_perubahan:
            return False
        return self.terakhir is None or sekarang - self.terakhir >= self.selang

    def jalankan(
        self,
        db_path: Path,
        sekarang: datetime,
        *,
        data_dir: Path | None = None,
        progress: Progress | None = None,
        sumber: sqlite3.Connection | None = None,
        batal: Callable[[], bool] | None = None,
        batas: int | None = None,
        paksa: bool = False,
    ) -> Cadangan | None:
        """Back up if due (data changed since the last good backup and the interval passed), or
        at once with ``paksa`` (the daily check, or one after an unclean shutdown)."""
        if not paksa and not self.perlu_cadangan(
            sekarang, ada_perubahan(db_path, data_dir, sumber)
        ):
            return None
        self.terakhir = sekarang
        try:
            c = cadangkan(
                db_path,
                data_dir=data_dir,
                sekarang=sekarang,
                progress=progress,
                sumber=sumber,
                batal=batal,
                batas=batas,
            )
        except CadanganGagal as e:
            self.gagal = e
            raise
        self.gagal = None
        return c


# --------------------------------------------------------------------------- flashdisk


def pesan_oserror(e: OSError, tujuan: Path) -> str:
    """An OS error while writing to ``tujuan`` as a plain Indonesian message."""
    en = e.errno
    if en in (errno.ENOSPC, errno.EDQUOT):
        return (
            f"Ruang di {tujuan} tidak cukup (penuh). Kosongkan sebagian isi drive atau pakai "
            "flashdisk lain, lalu coba lagi. Berkas lama di drive tidak diubah."
        )
    if en in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (
            f"{tujuan} tidak dapat ditulisi (hanya-baca atau terkunci). Geser kunci tulis pada "
            "flashdisk atau pilih folder lain, lalu coba lagi."
        )
    if en in (errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, errno.ENOTDIR, errno.ESTALE):
        return (
            f"Drive {tujuan} tidak ditemukan atau tercabut saat menulis. Tancapkan kembali "
            "flashdisk, lalu coba lagi."
        )
    return f"Gagal menulis ke {tujuan}: {e.strerror or e}. Coba lagi atau pilih folder lain."


@dataclass(frozen=True)
class HasilFlashdisk:
    """The copy written to a chosen drive and the ``.sha256`` file beside it."""

    path: Path
    path_sha256: Path
    sha256: str
    ukuran: int


def cadangkan_ke(
    tujuan: Path,
    db_path: Path,
    *,
    data_dir: Path | None = None,
    sekarang: datetime | None = None,
    progress: Progress | None = None,
) -> HasilFlashdisk:
    """ "Cadangkan ke flashdisk": a verified copy plus its SHA-256 file in the folder ``tujuan``.

    The snapshot is made and checked on the local disk first; the drive then gets it through a
    temporary file, fsync and rename, and the copy on the drive is read back and hashed. Any
    OS error becomes :class:`CadanganGagal` with a plain message (full, read-only, pulled out);
    nothing half-written stays on the drive, and the call can simply be repeated.
    """
    tujuan = Path(tujuan)
    db_path = Path(db_path)
    sekarang = sekarang or datetime.now()
    lapor = progress or (lambda _d, _t, _m: None)
    lokal = folder_cadangan(data_dir if data_dir is not None else db_path.parent)
    try:
        storage.siapkan_folder_data(lokal)
    except OSError as e:
        raise CadanganGagal(pesan_oserror(e, lokal)) from e
    bersihkan_sisa(lokal)
    tmp = lokal / f".flashdisk.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        lapor(0, 4, "Menyalin basis data ...")
        try:
            _salin_snapshot(db_path, tmp)
        except OSError as e:
            raise CadanganGagal(pesan_oserror(e, lokal)) from e
        lapor(1, 4, "Memeriksa salinan ...")
        masalah = periksa_berkas(tmp)
        if masalah:
            raise CadanganGagal(
                f"Salinan tidak ditulis ke flashdisk: basis data gagal diperiksa ({masalah[0]}).",
                bisa_diulang=False,
            )
        sha = sha256_berkas(tmp)
        if not tujuan.is_dir():
            raise CadanganGagal(
                f"Folder {tujuan} tidak ditemukan. Pastikan flashdisk tertancap dan folder "
                "tujuan benar, lalu coba lagi."
            )
        nama = f"bawang-desk-{sekarang:%Y%m%d-%H%M%S}.sqlite"
        akhir = tujuan / nama
        lapor(2, 4, f"Menulis ke {tujuan} ...")
        try:
            with tulis_atomik(akhir) as f, open(tmp, "rb") as src:
                while blok := src.read(1 << 20):
                    f.write(blok)
            lapor(3, 4, "Memeriksa salinan di flashdisk ...")
            if sha256_berkas(akhir) != sha:
                with contextlib.suppress(OSError):
                    akhir.unlink()
                raise CadanganGagal(
                    f"Salinan di {tujuan} tidak sama dengan aslinya (flashdisk bermasalah). "
                    "Salinan itu dihapus; coba lagi atau pakai flashdisk lain."
                )
            p_sha = akhir.with_name(akhir.name + ".sha256")
            with tulis_atomik(p_sha) as f:
                f.write(f"{sha}  {nama}\n".encode("ascii"))
        except OSError as e:
            raise CadanganGagal(pesan_oserror(e, tujuan)) from e
        lapor(4, 4, "Selesai.")
        return HasilFlashdisk(akhir, p_sha, sha, akhir.stat().st_size)
    finally:
        with contextlib.suppress(OSError):
            storage.hapus_bertahap(tmp)


def sha256_cocok(path: Path, sha: str) -> bool:
    """Whether a file still has the SHA-256 recorded for it."""
    try:
        return sha256_berkas(path) == sha
    except OSError:
        return False


def cadangkan_ke_flashdisk(
    desk: Desk, tujuan: Path, *, progress: Progress | None = None
) -> HasilFlashdisk:
    """The menu action: :func:`cadangkan_ke` for the logged-in user, with an audit row (the
    copy carries NIKs out of the office, so who made it and where is recorded)."""
    desk.otorisasi("cadangan.flashdisk")
    if desk.path is None:
        raise CadanganGagal("Basis data di memori tidak dapat dicadangkan.", bisa_diulang=False)
    h = cadangkan_ke(
        tujuan, desk.path, data_dir=desk.data_dir, sekarang=desk.sekarang(), progress=progress
    )
    with desk.tulis():
        desk.catat_audit(
            "cadangan.flashdisk",
            f"berkas:{h.path.name}",
            {"tujuan": str(Path(tujuan)), "sha256": h.sha256, "ukuran": h.ukuran},
        )
    return h
