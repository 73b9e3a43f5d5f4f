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

Nothing here imports Qt: the window's worker thread calls :class:`PenjadwalCadangan` and
:func:`cadangkan`; the CLI and tests call them directly.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
import threading
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
        for p in folder.glob(f"{AWALAN}*.sqlite"):
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
    """What the status bar shows: the last good backup, whether it is stale, and the text."""

    terakhir: Cadangan | None
    usang: bool
    pesan: str
    gagal_terakhir: str = ""


def status_cadangan(data_dir: Path, sekarang: datetime | None = None) -> StatusCadangan:
    """``usang`` is true when there is no good backup or the last is older than a day."""
    sekarang = sekarang or datetime.now()
    c = cadangan_terakhir(data_dir)
    gagal = _baca_meta(folder_cadangan(data_dir)).get("gagal_terakhir") or {}
    gagal_pesan = str(gagal.get("pesan", "")) if isinstance(gagal, dict) else ""
    if c is None:
        return StatusCadangan(None, True, "Belum ada cadangan yang baik.", gagal_pesan)
    usang = sekarang - c.waktu > BATAS_USANG
    pesan = f"Cadangan terakhir: {c.waktu:%d-%m-%Y %H.%M}"
    if usang:
        pesan = (
            f"Peringatan: cadangan terakhir lebih dari sehari yang lalu ({c.waktu:%d-%m-%Y %H.%M})."
        )
    return StatusCadangan(c, usang, pesan, gagal_pesan)


# --------------------------------------------------------------------------- checks


def periksa_berkas(path: Path) -> list[str]:
    """``integrity_check`` and ``foreign_key_check`` of a closed database file; ``[]`` is sound.

    The file is opened read-only, so checking a backup never changes it.
    """
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
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


def _salin_snapshot(db_path: Path, tujuan: Path) -> str:
    """Backup-API copy of the live database into ``tujuan`` (DELETE journal, fsync'ed).

    One ``backup()`` step copies every page inside one read transaction: a consistent snapshot
    even while another connection writes (the writer waits its busy timeout, then goes on).
    Returns the latest audit hash of the snapshot.
    """
    src = _buka_sumber(db_path)
    try:
        with contextlib.suppress(FileNotFoundError):
            tujuan.unlink()
        dst = sqlite3.connect(str(tujuan))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            h = _hash_audit(dst)
        finally:
            dst.close()
    except sqlite3.DatabaseError as e:
        with contextlib.suppress(OSError):
            tujuan.unlink()
        if "full" in str(e).lower():
            raise CadanganGagal(pesan_oserror(OSError(errno.ENOSPC, str(e)), tujuan.parent)) from e
        if "locked" in str(e).lower() or "busy" in str(e).lower():
            raise CadanganGagal(
                "Basis data sedang sibuk ditulis; cadangan dicoba lagi nanti."
            ) from e
        raise CadanganGagal(
            f"Basis data tidak dapat dibaca untuk dicadangkan ({e}). Cadangan lama tetap disimpan; "
            "jalankan Periksa basis data.",
            bisa_diulang=False,
        ) from e
    finally:
        src.close()
    with open(tujuan, "rb") as fh:
        os.fsync(fh.fileno())
    return h


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


def rotasi(data_dir: Path, sekarang: datetime | None = None) -> list[Path]:
    """Delete the recorded backups that :func:`pilih_yang_disimpan` does not keep.

    Only verified backups recorded in the sidecar are ever deleted; pre-migration copies and
    anything else in the folder are left alone. Returns the deleted paths.
    """
    with _KUNCI:
        return _rotasi(folder_cadangan(data_dir), sekarang or datetime.now())


def _rotasi(folder: Path, sekarang: datetime) -> list[Path]:
    meta = _baca_meta(folder)
    if meta.get("rusak"):
        return []  # without a trustworthy record nothing is deleted
    entri = [c for c in _entri(folder, meta) if c.path.is_file() and c.terverifikasi]
    simpan = pilih_yang_disimpan([c.waktu for c in entri], sekarang)
    hapus = [c for c in entri if c.waktu not in simpan]
    tetap = [c for c in entri if c.waktu in simpan]
    meta["cadangan"] = [c._json() for c in sorted(tetap, key=lambda c: c.waktu)]
    _tulis_meta(folder, meta)  # the record first: a crash then leaves an orphan, never a hole
    dihapus = []
    for c in hapus:
        with contextlib.suppress(FileNotFoundError):
            c.path.unlink()
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
) -> Cadangan:
    """Make, verify, record and rotate one backup of ``db_path``; return it.

    The copy is made into a temporary file in ``cadangan/``, checked there, and renamed to its
    final name only if sound. A copy that fails raises :class:`CadanganGagal`; older backups
    and the sidecar's last good backup are untouched (the failure itself is recorded).
    """
    db_path = Path(db_path)
    sekarang = sekarang or datetime.now()
    folder = folder_cadangan(data_dir if data_dir is not None else db_path.parent)
    lapor = progress or (lambda _d, _t, _m: None)
    with _KUNCI:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise CadanganGagal(pesan_oserror(e, folder)) from e
        akhir = _nama_baru(folder, sekarang, db_path)
        tmp = akhir.with_name(f".{akhir.name}.tmp")
        try:
            lapor(0, 3, "Menyalin basis data ...")
            h = _salin_snapshot(db_path, tmp)
            lapor(1, 3, "Memeriksa salinan ...")
            masalah = periksa_berkas(tmp)
            if masalah:
                _catat_gagal(folder, sekarang, masalah)
                raise CadanganGagal(
                    "Cadangan tidak dibuat: salinan basis data gagal diperiksa "
                    f"({masalah[0]}). Cadangan yang lama tetap disimpan dan tidak ditimpa. "
                    "Jalankan Periksa basis data, atau pulihkan dari cadangan.",
                    bisa_diulang=False,
                )
            sha = sha256_berkas(tmp)
            os.replace(tmp, akhir)
            _fsync_folder(folder)
        except OSError as e:
            raise CadanganGagal(pesan_oserror(e, folder)) from e
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        c = Cadangan(akhir, sekarang, akhir.stat().st_size, sha, True, h, db_path.name)
        meta = _baca_meta(folder)
        meta["cadangan"] = [d for d in meta.get("cadangan", []) if d.get("berkas") != akhir.name]
        meta["cadangan"].append(c._json())
        meta.pop("gagal_terakhir", None)
        _tulis_meta(folder, meta)
        lapor(2, 3, "Merapikan cadangan lama ...")
        _rotasi(folder, sekarang)
        lapor(3, 3, "Cadangan selesai.")
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


def ada_perubahan(db_path: Path, data_dir: Path | None = None) -> bool:
    """Whether the database changed since the last good backup.

    Every change writes an audit row, so the latest audit hash is the database's fingerprint.
    """
    c = cadangan_terakhir(data_dir if data_dir is not None else Path(db_path).parent)
    if c is None:
        return True
    try:
        conn = _buka_sumber(Path(db_path))
    except CadanganGagal:
        return False
    try:
        return _hash_audit(conn) != c.hash_audit
    except sqlite3.Error:
        return True
    finally:
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
    ) -> Cadangan | None:
        """Back up if due (changed since the last good backup and the interval passed)."""
        if not self.perlu_cadangan(sekarang, ada_perubahan(db_path, data_dir)):
            return None
        self.terakhir = sekarang
        try:
            c = cadangkan(db_path, data_dir=data_dir, sekarang=sekarang, progress=progress)
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
        lokal.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise CadanganGagal(pesan_oserror(e, lokal)) from e
    tmp = lokal / f".flashdisk-{os.getpid()}-{threading.get_ident()}.tmp"
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
            tmp.unlink()


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
