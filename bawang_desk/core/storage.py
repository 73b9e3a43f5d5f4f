"""Opens the SQLite file safely: where it may live, who holds it, which pragmas and journal it gets.

A counter PC loses power and shares a flaky network; SQLite's guarantees only hold on a local disk
with a journal mode the installed library handles correctly. Everything that decides *how* the
file is opened lives here so the Desk, the CLI, worker threads and the fault tests agree.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bawang_desk import APP_NAME
from bawang_desk.core.errors import (
    BasisDataSibuk,
    BawangError,
    DatabaseRusak,
    DeskSudahTerbuka,
    PenyimpananDitolak,
    PenyimpananGagal,
)

#: How long a writer waits for another connection's lock before giving up (milliseconds).
BUSY_TIMEOUT_MS = 15_000

NETWORK_FSTYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
        "9p",
        "virtiofs",
        "ncpfs",
    }
)


def default_data_dir() -> Path:
    """The per-user data folder (``%LOCALAPPDATA%\\Bawang Desk`` on Windows)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return default_data_dir() / "bawang-desk.sqlite"


# --------------------------------------------------------------------------- journal mode


def wal_aman(versi: tuple[int, int, int] | None = None) -> bool:
    """Whether this SQLite has the WAL-reset fix (3.51.3+, or the 3.44.6 / 3.50.7 backports).

    Older libraries can corrupt a WAL database when a checkpoint races a writer that restarts
    the log, so they get the DELETE journal instead.
    """
    v = versi or sqlite3.sqlite_version_info
    v = tuple(v[:3])
    if v >= (3, 51, 3):
        return True
    if (3, 50, 7) <= v < (3, 51, 0):
        return True
    return (3, 44, 6) <= v < (3, 45, 0)


def pilih_journal(diminta: str = "auto", versi: tuple[int, int, int] | None = None) -> str:
    """The journal mode to use: ``wal`` only where it is safe, else ``delete``.

    ``diminta`` is ``auto``, ``wal`` or ``delete``; asking for WAL on an unsafe library is refused
    rather than silently honoured, because the user asked for something that can lose data.
    """
    diminta = diminta.lower()
    if diminta not in {"auto", "wal", "delete"}:
        raise PenyimpananDitolak(
            f"Mode jurnal '{diminta}' tidak dikenal (pilih auto, wal atau delete)."
        )
    aman = wal_aman(versi)
    if diminta == "wal" and not aman:
        v = ".".join(map(str, (versi or sqlite3.sqlite_version_info)[:3]))
        raise PenyimpananDitolak(
            f"Mode WAL ditolak: SQLite {v} belum memuat perbaikan WAL-reset "
            "(perlu 3.51.3 atau lebih baru, atau 3.44.6 / 3.50.7). Gunakan mode jurnal DELETE."
        )
    if diminta == "auto":
        return "wal" if aman else "delete"
    return diminta


# --------------------------------------------------------------------------- where the file lives


@dataclass(frozen=True)
class Lokasi:
    """What kind of storage a path is on: ``lokal``, ``jaringan`` or ``removable``."""

    jenis: str
    keterangan: str = ""


def _existing_ancestor(path: Path) -> Path:
    p = path.absolute()
    while not p.exists() and p != p.parent:
        p = p.parent
    return p


def _linux_mount_for(path: Path, mountinfo: str) -> tuple[str, str, str] | None:
    """(mount point, fstype, source) of the longest mount point containing ``path``."""
    best: tuple[str, str, str] | None = None
    target = str(path)
    for line in mountinfo.splitlines():
        parts = line.split(" - ")
        if len(parts) != 2:
            continue
        left, right = parts[0].split(), parts[1].split()
        if len(left) < 5 or len(right) < 2:
            continue
        mnt = left[4].replace("\\040", " ")
        inside = target == mnt or target.startswith(mnt.rstrip("/") + "/") or mnt == "/"
        if inside and (best is None or len(mnt) >= len(best[0])):
            best = (mnt, right[0], right[1])
    return best


def _linux_removable(path: Path, sys_root: Path) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return False
    link = sys_root / "dev" / "block" / f"{os.major(st.st_dev)}:{os.minor(st.st_dev)}"
    try:
        dev = link.resolve(strict=True)
    except OSError:
        return False
    for d in (dev, *dev.parents):
        flag = d / "removable"
        if flag.is_file():
            with contextlib.suppress(OSError):
                return flag.read_text().strip() == "1"
        if d == sys_root:
            break
    return False


def klasifikasi_lokasi(
    path: Path, *, mountinfo: str | None = None, sys_root: Path = Path("/sys")
) -> Lokasi:
    """Classify where ``path`` lives, so a database is never put on a share or a flashdisk.

    SQLite's locking is unreliable over network file systems, and a flashdisk gets pulled out;
    either can corrupt the registers, which are legal records.
    """
    asli = Path(os.path.abspath(path))
    p = _existing_ancestor(asli)
    if sys.platform == "win32":
        return _klasifikasi_windows(asli)
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text()
        except OSError:
            mountinfo = ""
    m = _linux_mount_for(p.resolve() / asli.relative_to(p), mountinfo)
    if m and (m[1] in NETWORK_FSTYPES or m[1].startswith("fuse.smb")):
        return Lokasi("jaringan", f"{m[2]} ({m[1]}) di {m[0]}")
    if _linux_removable(p, sys_root):
        return Lokasi("removable", m[0] if m else str(p))
    return Lokasi("lokal")


def _klasifikasi_windows(p: Path) -> Lokasi:  # pragma: no cover - exercised on Windows only
    s = str(p)
    if s.startswith("\\\\"):
        return Lokasi("jaringan", s)
    import ctypes

    root = os.path.splitdrive(s)[0] + "\\"
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))
    if kind == 4:  # DRIVE_REMOTE
        return Lokasi("jaringan", root)
    if kind == 2:  # DRIVE_REMOVABLE
        return Lokasi("removable", root)
    return Lokasi("lokal")


def periksa_lokasi(path: Path, lokasi: Lokasi | None = None) -> None:
    """Refuse a database path on a network share or removable drive, saying why."""
    lok = lokasi or klasifikasi_lokasi(path)
    if lok.jenis == "jaringan":
        raise PenyimpananDitolak(
            f"Basis data tidak boleh disimpan di folder jaringan ({lok.keterangan}). "
            "Penguncian berkas SQLite tidak andal lewat jaringan dan register bisa rusak. "
            "Pilih folder di disk lokal komputer ini, misalnya folder data bawaan."
        )
    if lok.jenis == "removable":
        raise PenyimpananDitolak(
            f"Basis data tidak boleh disimpan di flashdisk atau drive lepas-pasang "
            f"({lok.keterangan}). Drive bisa tercabut saat menulis dan register rusak. "
            "Simpan di disk lokal; gunakan flashdisk hanya untuk cadangan dan serah terima."
        )


# --------------------------------------------------------------------------- who may read it


def hanya_pemilik(path: Path | str) -> None:
    """Make a file (or folder) readable by its owner only: 0600 / 0700 on POSIX.

    The database, its journals, backups and exports hold NIKs (UU 24/2013 Pasal 58, UU PDP).
    On Windows the data folder gets an owner-only ACL once (:func:`siapkan_folder_data`);
    files created inside inherit it. A file we do not own, or on a file system without modes
    (a FAT flashdisk), is left as it is.
    """
    if os.name != "posix":
        return
    p = Path(path)
    with contextlib.suppress(OSError):
        st = p.stat()
        mode = 0o700 if p.is_dir() else 0o600
        if st.st_mode & 0o777 != mode and st.st_uid == os.getuid():
            os.chmod(p, mode)


def buat_berkas_pribadi(path: Path | str) -> None:
    """Create an empty file with mode 0600 if it does not exist (before SQLite creates it with
    the umask's mode; SQLite gives its journals the mode of the database file)."""
    if os.name != "posix":
        return
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def siapkan_folder_data(folder: Path) -> None:
    """Create the folder of a database for its owner only (0700; an owner-only ACL on Windows
    where ``icacls`` is there: inheritance off, full control for the user, SYSTEM and
    Administrators, which is what ``%LOCALAPPDATA%`` has by default anyway)."""
    baru = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        if baru:
            hanya_pemilik(folder)
        return
    if baru:  # pragma: no cover - Windows only
        _acl_pemilik_windows(folder)


def perintah_acl_windows(folder: Path, pengguna: str) -> list[str]:
    """The ``icacls`` command that leaves ``folder`` (and what is created in it) to its user."""
    return [
        "icacls",
        str(folder),
        "/inheritance:r",
        "/grant:r",
        f"{pengguna}:(OI)(CI)F",
        "/grant:r",
        "*S-1-5-18:(OI)(CI)F",  # SYSTEM
        "/grant:r",
        "*S-1-5-32-544:(OI)(CI)F",  # Administrators
    ]


def _acl_pemilik_windows(folder: Path) -> None:  # pragma: no cover - Windows only
    import subprocess

    pengguna = os.environ.get("USERNAME")
    if not pengguna:
        return
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(
            perintah_acl_windows(folder, pengguna),
            capture_output=True,
            timeout=30,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )


# --------------------------------------------------------------------------- one copy per file


class KunciInstans:
    """An OS lock per database, so two copies of the app never both write.

    The OS releases it when the process dies, so a crash never leaves the desk locked. It is
    not the ``.lock`` file's presence: on Linux the lock is an abstract Unix socket named after
    the database's real path (nothing on disk to delete), and the ``flock`` on the ``.lock``
    file beside it only tells people which process holds it. On Windows the ``.lock`` file is
    held open without delete sharing (it cannot be deleted while the app runs) and locked with
    ``msvcrt.locking``.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = Path(str(db_path) + ".lock")
        self._db = Path(db_path)
        self._fh: object | None = None
        self._sock: object | None = None
        #: the previous holder did not release the lock cleanly (a crash or a power cut)
        self.tidak_bersih = False

    def _nama(self) -> bytes:
        import hashlib

        asli = os.path.realpath(self._db)
        return (
            b"\0bawang-desk-"
            + hashlib.sha256(asli.encode("utf-8", "surrogateescape")).hexdigest()[:40].encode()
        )

    def _pesan(self) -> str:
        return (
            "Bawang Desk sudah terbuka pada basis data ini (di jendela lain atau oleh "
            "pengguna lain di komputer ini). Gunakan jendela yang sudah terbuka, atau "
            "tutup dulu aplikasi yang lain."
        )

    def _ambil_soket(self) -> None:
        if not sys.platform.startswith("linux"):
            return
        import socket

        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            s.bind(self._nama())
        except OSError as e:
            s.close()
            raise DeskSudahTerbuka(self._pesan()) from e
        self._sock = s

    def dipegang_lain(self) -> bool:
        """Whether another process holds this database, asked without creating any file."""
        if self._fh is not None or self._sock is not None:
            return False
        if sys.platform.startswith("linux"):
            try:
                self._ambil_soket()
            except DeskSudahTerbuka:
                return True
            self._lepas_soket()
            return False
        if not self.path.exists():  # pragma: no cover - other platforms
            return False
        try:  # pragma: no cover - other platforms
            self.ambil()
        except DeskSudahTerbuka:
            return True
        self.lepas()
        return False

    def ambil(self) -> None:
        self._ambil_soket()
        try:
            fh = open(self.path, "a+b")  # noqa: SIM115 - held open for the life of the lock
        except OSError:
            self._lepas_soket()
            raise
        try:
            if sys.platform == "win32":  # pragma: no cover
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            fh.close()
            self._lepas_soket()
            raise DeskSudahTerbuka(self._pesan()) from e
        hanya_pemilik(self.path)
        fh.seek(0)
        # a clean release empties the file; a pid left in it means the last run died
        self.tidak_bersih = bool(fh.read(64).strip())
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()} {datetime.now().isoformat(timespec='seconds')}\n".encode())
        fh.flush()
        self._fh = fh

    def _lepas_soket(self) -> None:
        s, self._sock = self._sock, None
        if s is not None:
            with contextlib.suppress(OSError):
                s.close()

    def lepas(self, *, bersih: bool = True) -> None:
        """Release the lock; ``bersih`` (a normal close) also empties the file, so the next
        start knows this run ended cleanly."""
        fh = self._fh
        self._fh = None
        if fh is not None:
            if bersih:
                with contextlib.suppress(OSError):
                    fh.seek(0)
                    fh.truncate()
                    fh.flush()
            with contextlib.suppress(OSError):
                if sys.platform == "win32":  # pragma: no cover
                    import msvcrt

                    fh.seek(0)
                    msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
                else:
                    import fcntl

                    fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
            fh.close()
        self._lepas_soket()


# --------------------------------------------------------------------------- connections


def connect(path: Path | str, journal: str = "delete") -> sqlite3.Connection:
    """A connection with the pragmas every part of the app must use.

    ``isolation_level=None`` hands transaction control to us (``BEGIN IMMEDIATE`` for writes)
    and to sqlite-utils' ``atomic()``, instead of the driver's implicit deferred BEGIN.
    """
    if str(path) != ":memory:":
        buat_berkas_pribadi(path)
        hanya_pemilik(path)
    conn = sqlite3.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
    )
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    if str(path) != ":memory:":
        mode = conn.execute(f"PRAGMA journal_mode={journal}").fetchone()[0]
        if mode.lower() != journal:
            conn.close()
            raise PenyimpananDitolak(
                f"Mode jurnal {journal} tidak dapat dipasang (SQLite: {mode})."
            )
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def terjemahkan(e: sqlite3.Error, tindakan: str = "Data belum tersimpan") -> BawangError:
    """SQLite's error as the user should read it: what is happening and what to do, in Indonesian.

    No user-facing action shows SQLite's own text ("database is locked"); the technical name
    stays in the exception chain for the log.
    """
    teks = str(e).lower()
    if "locked" in teks or "busy" in teks:
        return BasisDataSibuk(
            f"{tindakan}: basis data sedang dipakai oleh program lain (misalnya salinan atau "
            "pemeriksaan yang dijalankan di luar aplikasi ini). Tidak ada yang hilang; tunggu "
            "sebentar lalu coba lagi."
        )
    if "full" in teks:
        return PenyimpananGagal(
            f"{tindakan}: disk komputer penuh. Kosongkan sebagian ruang disk (misalnya cadangan "
            "lama yang sudah disalin ke flashdisk), lalu coba lagi."
        )
    if "readonly" in teks or "read-only" in teks:
        return PenyimpananGagal(
            f"{tindakan}: berkas basis data tidak dapat ditulisi (hanya-baca). Periksa izin "
            "folder data, lalu buka aplikasi lagi."
        )
    if "malformed" in teks or "not a database" in teks or "corrupt" in teks:
        return DatabaseRusak(
            f"{tindakan}: basis data rusak. Tutup aplikasi lalu buka lagi: berkas yang rusak "
            "disisihkan dan cadangan terbaru ditawarkan."
        )
    if "i/o" in teks or "disk" in teks:
        return PenyimpananGagal(
            f"{tindakan}: disk gagal membaca atau menulis. Periksa disk komputer, lalu coba lagi."
        )
    nama = getattr(e, "sqlite_errorname", "") or type(e).__name__
    return BawangError(f"{tindakan}: basis data menolak perintah ini (kode {nama}).")


@contextlib.contextmanager
def transaksi_tulis(
    conn: sqlite3.Connection, saat_sibuk: Callable[[BasisDataSibuk], bool] | None = None
) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``: the write lock is taken up front.

    Taking it at BEGIN (not at the first write) means two writers never deadlock halfway and the
    counter read inside is the one that gets incremented. A BEGIN or COMMIT that cannot get the
    lock (or the disk) raises the Indonesian error of :func:`terjemahkan`, never SQLite's own;
    when the lock is what is missing, ``saat_sibuk(error)`` may first ask the user, and its
    true answer tries again (the BEGIN, or the COMMIT with the changes still in place).
    """
    if conn.in_transaction:
        # Nested use joins the outer transaction through a savepoint.
        name = f"sp_{id(conn)}_{os.urandom(4).hex()}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as e:
            galat = terjemahkan(e)
            if isinstance(galat, BasisDataSibuk) and saat_sibuk is not None and saat_sibuk(galat):
                continue
            raise galat from e
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    while True:
        try:
            conn.execute("COMMIT")
            return
        except sqlite3.OperationalError as e:
            galat = terjemahkan(e)
            if (
                isinstance(galat, BasisDataSibuk)
                and conn.in_transaction
                and saat_sibuk is not None
                and saat_sibuk(galat)
            ):
                continue
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise galat from e
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def salin_database(sumber: sqlite3.Connection, tujuan: Path) -> Path:
    """Copy a live database with SQLite's backup API (never a file copy of an open database)."""
    tujuan.parent.mkdir(parents=True, exist_ok=True)
    tmp = tujuan.with_name(tujuan.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    buat_berkas_pribadi(tmp)
    dst = sqlite3.connect(str(tmp))
    try:
        sumber.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, tujuan)
    return tujuan


class _MulaiUlang(Exception):
    """The copy was restarted by a write through another connection (internal)."""


class SalinanDibatalkan(BawangError):
    """A snapshot copy was stopped (the window closed, or the source kept changing)."""


#: Pages per backup step (4 KiB pages: 512 KiB). A save on the same connection waits at most for
#: one step, a few milliseconds even with a cold cache.
HALAMAN_PER_LANGKAH = 128
#: A copy is written out (fsync) every this many bytes: the counter's next fsync, every save,
#: waits for the copy's dirty pages the file system must write before its own commit.
TULIS_PER_FSYNC = 32 << 20
#: Pause between two steps, so the copy never takes the whole disk from the counter.
JEDA_LANGKAH_S = 0.001


@contextlib.contextmanager
def prioritas_latar() -> Iterator[None]:
    """Run the calling worker thread at background disk priority for the block.

    A backup or a check reads and writes gigabytes on the counter's only disk; at the lowest
    best-effort I/O level (Linux) the counter's save (its fsync) goes first. The CPU priority
    is left alone, on purpose: the worker shares the interpreter lock with the window, and a
    low-priority thread preempted while it holds the lock keeps the window waiting (priority
    inversion: at nice +10 on the loaded 2-core machine the window stalled 110-170 ms during
    "Periksa basis data"). Windows offers disk priority per thread only together with idle CPU
    priority (``THREAD_MODE_BACKGROUND_BEGIN``), so there the block changes nothing. The main
    thread (the window, the command line) is never lowered.
    """
    import threading

    if threading.current_thread() is threading.main_thread():
        yield
        return
    pulih: Callable[[], None] | None = None
    with contextlib.suppress(Exception):
        pulih = _turunkan()
    try:
        yield
    finally:
        if pulih is not None:
            with contextlib.suppress(Exception):
                pulih()


def _turunkan() -> Callable[[], None] | None:
    import threading

    if sys.platform.startswith("linux"):
        tid = threading.get_native_id()
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        nr = {"x86_64": 251, "aarch64": 30}.get(os.uname().machine)
        io_lama = None
        if nr is not None:
            io_lama = libc.syscall(nr + 1, 1, tid)  # ioprio_get(IOPRIO_WHO_PROCESS, tid)
            libc.syscall(nr, 1, tid, (2 << 13) | 7)  # ioprio_set: best effort, lowest level

        def pulih() -> None:
            if nr is not None and io_lama is not None and io_lama >= 0:
                libc.syscall(nr, 1, tid, io_lama)

        return pulih
    return None


def salin_bertahap(
    sumber: sqlite3.Connection,
    tujuan: Path,
    *,
    halaman: int = HALAMAN_PER_LANGKAH,
    jeda: float = JEDA_LANGKAH_S,
    progress: Callable[[int, int, str], None] | None = None,
    batal: Callable[[], bool] | None = None,
    maks_ulang: int = 20,
) -> Path:
    """A consistent copy of a live database through the backup API in small steps.

    Each step holds the source's read lock only while it copies ``halaman`` pages, so a save
    waits for one step at most. Pass the connection that writes (the window's): SQLite then
    carries every write made through it into the copy as it happens, and the copy is the
    database as it stands when the last step ends (one snapshot). A write through any *other*
    connection makes SQLite start the copy again; each such restart makes the steps four times
    larger, so a copy beside a busy foreign writer (the command line beside the open window)
    still ends, holding the lock longer only then; after ``maks_ulang`` restarts it gives up
    with :class:`SalinanDibatalkan`. Each restart begins again on a new, empty file through a new
    connection. ``batal()`` returning true stops it too. The copy is 0600 and fsync'ed; a copy
    that did not finish is removed.
    """
    tujuan = Path(tujuan)
    keadaan = {"sisa": None, "ulang": 0, "tulis": 0, "fd": -1}

    def maju(sisa: int, total: int) -> None:
        if batal is not None and batal():
            raise SalinanDibatalkan("Penyalinan basis data dihentikan.")
        if keadaan["sisa"] is not None and sisa > keadaan["sisa"]:
            keadaan["ulang"] += 1
            if keadaan["ulang"] > maks_ulang:
                raise SalinanDibatalkan(
                    "Basis data terus diubah oleh program lain selama penyalinan; salinan "
                    "dicoba lagi nanti."
                )
            raise _MulaiUlang
        keadaan["sisa"] = sisa
        if progress is not None:
            progress(total - sisa, total, "Menyalin basis data ...")
        if jeda > 0 and sisa:
            time.sleep(jeda)

    sumber_fd, ukuran_hal = _buka_untuk_baca_dulu(sumber)

    def langkah(_status: int, sisa: int, total: int) -> None:
        # write the copy out in 32 MiB slices: a backlog of a gigabyte of dirty pages would
        # make the counter's next fsync (every save is one) wait behind it
        keadaan["tulis"] += halaman
        if keadaan["tulis"] * ukuran_hal >= TULIS_PER_FSYNC:
            keadaan["tulis"] = 0
            os.fsync(keadaan["fd"])
            lupakan_cache(keadaan["fd"])
        maju(sisa, total)
        if sumber_fd is not None and sisa:
            # read the next step's pages now, holding no lock: the step then copies them from
            # memory, and a save never waits for this thread's (low priority) disk reads
            with contextlib.suppress(OSError):
                os.pread(sumber_fd, halaman * ukuran_hal, (total - sisa) * ukuran_hal)

    langkah_ini = max(1, halaman)
    fd = -1
    try:
        while True:
            # Every attempt starts from a new, empty file and a new connection: an attempt cut
            # short leaves the pages its journal-less scratch file spilled to disk (it cannot
            # roll them back), and a second backup into that half-written file fails with
            # "file is not a database".
            with contextlib.suppress(FileNotFoundError):
                hapus_bertahap(tujuan)
            buat_berkas_pribadi(tujuan)
            fd = keadaan["fd"] = os.open(tujuan, os.O_RDWR)
            keadaan["sisa"] = None
            dst = sqlite3.connect(str(tujuan), check_same_thread=False)
            try:
                # a scratch file until it is complete: no journal, no syncs of its own
                dst.execute("PRAGMA journal_mode=OFF")
                dst.execute("PRAGMA synchronous=OFF")
                try:
                    sumber.backup(dst, pages=langkah_ini, progress=langkah, sleep=0.002)
                    selesai = True
                except _MulaiUlang:
                    langkah_ini *= 4  # restarted by a foreign writer: larger steps
                    selesai = False
                if selesai:
                    dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
            if selesai:
                break
            os.close(fd)
            fd = -1
        os.fsync(fd)
        lupakan_cache(fd)
    except BaseException:
        if fd != -1:
            os.close(fd)
        with contextlib.suppress(OSError):
            hapus_bertahap(tujuan)
        raise
    os.close(fd)
    return tujuan


#: Read-ahead descriptors of live databases, by (path, inode): never closed (see below).
_BACA_DULU: dict[tuple[str, int], int] = {}


def _buka_untuk_baca_dulu(sumber: sqlite3.Connection) -> tuple[int | None, int]:
    """A read-only descriptor of the source's file and its page size, to read ahead with.

    On POSIX it is opened once per file and never closed: closing any descriptor of a file
    drops every POSIX lock this process holds on it, SQLite's included ("How To Corrupt An
    SQLite Database File", 2.2), so it lives as long as the process. Windows has no such rule
    but keeps an open file from being replaced (a restore), so there it is closed after the copy.
    """
    try:
        berkas = next((r[2] for r in sumber.execute("PRAGMA database_list") if r[1] == "main"), "")
        ukuran = sumber.execute("PRAGMA page_size").fetchone()[0]
    except sqlite3.Error:
        return None, 4096
    if not berkas or os.name != "posix":
        return None, ukuran
    try:
        kunci = (berkas, os.stat(berkas).st_ino)
        if kunci not in _BACA_DULU:
            _BACA_DULU[kunci] = os.open(berkas, os.O_RDONLY)
        return _BACA_DULU[kunci], ukuran
    except OSError:
        return None, ukuran


#: How much of a big file :func:`hapus_bertahap` frees at a time, and the pause after each slice.
HAPUS_PER_LANGKAH = 32 << 20
JEDA_HAPUS_S = 0.005


def hapus_bertahap(path: Path | str, *, per_langkah: int = HAPUS_PER_LANGKAH) -> None:
    """Delete a file, a big one (a backup, a scratch copy) a slice at a time.

    One ``unlink`` of a 1.7 GB copy frees all its blocks in one journal commit of the file
    system (ext4 with ``discard`` also trims them there), and the counter's next fsync, every
    save, waits for that commit: 50-140 ms on the reference machine. Cut from the end in
    ``per_langkah`` slices with a short pause, every commit stays small (fsync under 10 ms
    beside it). Raises ``FileNotFoundError`` like ``unlink`` when the file is not there.
    """
    path = Path(path)
    fd = -1
    with contextlib.suppress(PermissionError):  # not writable here: a plain unlink then
        fd = os.open(path, os.O_RDWR)
    if fd != -1:
        try:
            n = os.fstat(fd).st_size
            while n > per_langkah:
                n -= per_langkah
                os.ftruncate(fd, n)
                time.sleep(JEDA_HAPUS_S)
        except OSError:
            pass  # whatever is left goes with the unlink
        finally:
            os.close(fd)
    path.unlink()


def lupakan_cache(fd: int) -> None:
    """Drop a scratch copy's written pages from the OS cache (POSIX), so a backup of a big
    database does not push the live database's pages out of memory."""
    if hasattr(os, "posix_fadvise"):
        with contextlib.suppress(OSError):
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def buka_baca(path: Path | str, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection that can neither create nor change the file (``mode=ro``).

    ``immutable`` is for a private copy nobody else opens: SQLite then takes no lock at all.
    """
    uri = Path(path).absolute().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return conn


class QuickCheck:
    """``PRAGMA quick_check`` on its own query-only connection, cancellable from another thread.

    It runs beside the window at every start; on a ten-year database it takes seconds, so the
    window must never wait for it, and closing the app interrupts it instead of hanging.

    The connection is opened read-write (``mode=rw``: it never creates a missing file) but with
    ``PRAGMA query_only``: after a crash the file may carry a hot rollback journal that SQLite
    must roll back before anything can be read, and a read-only connection fails on it ("attempt
    to write a readonly database"), which would show a sound database as damaged. Rolling the
    journal back is what every reader must do; no statement of the check can write.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._batal = False

    def run(self) -> list[str]:
        """``[]`` means the file is sound; otherwise SQLite's own problem lines."""
        uri = self.path.absolute().as_uri() + "?mode=rw"
        conn = sqlite3.connect(
            uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )
        self._conn = conn
        try:
            if self._batal:
                return []
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA query_only=ON")
            rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        except sqlite3.OperationalError as e:
            if self._batal and "interrupt" in str(e).lower():
                return []
            raise
        finally:
            self._conn = None
            conn.close()
        return [] if rows == ["ok"] else rows

    def batal(self) -> None:
        self._batal = True
        conn = self._conn
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.interrupt()


def quick_check(path: Path | str) -> list[str]:
    """Run ``PRAGMA quick_check`` to completion; ``[]`` means the file is sound."""
    return QuickCheck(path).run()


# --------------------------------------------------------------------------- drives to export to

#: File systems that are never a place for an export (kernel and container pseudo file systems).
_BUKAN_DRIVE = frozenset(
    {
        "proc", "sysfs", "devtmpfs", "devpts", "tmpfs", "cgroup", "cgroup2", "securityfs",
        "pstore", "bpf", "debugfs", "tracefs", "configfs", "fusectl", "mqueue", "hugetlbfs",
        "autofs", "binfmt_misc", "efivarfs", "rpc_pipefs", "nsfs", "overlay", "squashfs",
        "ramfs", "selinuxfs", "fuse.portal", "fuse.gvfsd-fuse",
    }
)  # fmt: skip
_FOLDER_MEDIA = ("/media/", "/run/media/", "/mnt/")


@dataclass(frozen=True)
class Drive:
    """A place an export can be written to: a flashdisk (``removable``) or another drive."""

    path: Path
    label: str
    removable: bool


def daftar_drive(*, mountinfo: str | None = None, sys_root: Path = Path("/sys")) -> list[Drive]:
    """Drives to offer for an export (serah terima, backups), flashdisks first.

    The same detection that keeps the database off a flashdisk (``/sys/block/*/removable``
    through the mount's device on Linux, the drive type on Windows) here puts the flashdisk at
    the top of the list, since that is nearly always where the operator wants the files.
    Linux lists removable mounts and whatever is mounted under /media, /run/media or /mnt.
    """
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _daftar_drive_windows()
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text()
        except OSError:
            mountinfo = ""
    hasil: dict[str, Drive] = {}
    for line in mountinfo.splitlines():
        parts = line.split(" - ")
        if len(parts) != 2:
            continue
        left, right = parts[0].split(), parts[1].split()
        if len(left) < 5 or len(right) < 2:
            continue
        mnt = left[4].replace("\\040", " ")
        if right[0] in _BUKAN_DRIVE or right[0] in NETWORK_FSTYPES or mnt in hasil:
            continue
        lepas = _linux_removable(Path(mnt), sys_root)
        if not lepas and not mnt.startswith(_FOLDER_MEDIA):
            continue
        nama = Path(mnt).name or mnt
        hasil[mnt] = Drive(Path(mnt), f"{nama} ({'flashdisk' if lepas else 'drive'}, {mnt})", lepas)
    return sorted(hasil.values(), key=lambda d: (not d.removable, str(d.path)))


def _daftar_drive_windows() -> list[Drive]:  # pragma: no cover - exercised on Windows only
    import ctypes
    import string

    k32 = ctypes.windll.kernel32
    bitmask = k32.GetLogicalDrives()
    hasil = []
    for i, huruf in enumerate(string.ascii_uppercase):
        if not bitmask & (1 << i):
            continue
        root = f"{huruf}:\\"
        kind = k32.GetDriveTypeW(ctypes.c_wchar_p(root))
        if kind == 2:  # DRIVE_REMOVABLE
            hasil.append(Drive(Path(root), f"{huruf}: (flashdisk)", True))
        elif kind == 3:  # DRIVE_FIXED
            hasil.append(Drive(Path(root), f"{huruf}: (disk lokal)", False))
    return sorted(hasil, key=lambda d: (not d.removable, str(d.path)))
