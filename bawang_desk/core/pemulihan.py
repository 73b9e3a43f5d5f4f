"""Recovery: the start-up check that sets a damaged database aside, and restore from a backup.

At start, before the Desk opens the file, :func:`periksa_saat_mulai` looks at it: a file that is
not SQLite, that SQLite cannot open, or that fails ``PRAGMA quick_check`` is moved aside as
``<name>.<time>.damaged`` (with its ``-journal``/``-wal`` siblings renamed alongside, so the pair
can still be examined together), never deleted and never over an earlier ``.damaged`` file. The
result says plainly what happened and offers the newest verified backup with its date; nothing
else is written until the user chooses.

A ``-wal`` file next to a database whose header says it uses the rollback journal can only be
foreign (copied in, or left from another file): SQLite would replay its pages onto this
database, so it is set aside on its own before anything opens the file.

:func:`pulihkan` restores a backup after the caller has asked for confirmation: the backup is
checked (SHA-256 against the record, integrity and foreign keys), the current file is kept aside
as ``.sebelum-pulih``, and the copy replaces it through a temporary file and a rename. The
counters come back with the backup, so numbering continues from the restored counters.

:func:`periksa_basis_data` is "Periksa basis data": integrity, foreign keys, gapless numbering
and the audit chain, each reported on its own line in Indonesian. Verifying the audit chain is
a supervisor's check (``audit.periksa``: Admin, Sekcam, Camat), so the session must hold it;
the command line's ``periksa`` reads the file as whoever runs it, outside any session, and
calls :func:`laporan_periksa` directly.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bawang_desk.core import audit, storage
from bawang_desk.core.cadangan import (
    Cadangan,
    daftar_cadangan,
    periksa_berkas,
    pesan_oserror,
    sha256_cocok,
)
from bawang_desk.core.errors import CadanganGagal, DeskSudahTerbuka

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

__all__ = [
    "BAIK",
    "BARU",
    "RUSAK",
    "WAL_ASING",
    "BagianPeriksa",
    "HasilPemeriksaan",
    "HasilPulih",
    "LaporanPeriksa",
    "cadangan_untuk_pulih",
    "laporan_periksa",
    "periksa_basis_data",
    "periksa_saat_mulai",
    "pulihkan",
    "pulihkan_dari_desk",
    "sisihkan",
]

BAIK, BARU, RUSAK, WAL_ASING = "baik", "baru", "rusak", "wal_asing"
SAUDARA = ("-journal", "-wal", "-shm")
_KEPALA = b"SQLite format 3\x00"


@dataclass(frozen=True)
class HasilPemeriksaan:
    """What the start-up check found and did.

    ``keadaan`` is ``baik`` (open it), ``baru`` (no database yet), ``wal_asing`` (a foreign
    ``-wal`` was set aside; the database itself is sound) or ``rusak`` (the database was set
    aside: offer ``cadangan`` and wait for the user's choice).
    """

    keadaan: str
    pesan: str
    masalah: tuple[str, ...] = ()
    disisihkan: tuple[Path, ...] = ()
    cadangan: Cadangan | None = None

    @property
    def rusak(self) -> bool:
        return self.keadaan == RUSAK


def _cap(sekarang: datetime | None) -> str:
    return (sekarang or datetime.now()).strftime("%Y%m%d-%H%M%S")


def sisihkan(
    path: Path, akhiran: str = "damaged", sekarang: datetime | None = None
) -> tuple[Path, ...]:
    """Rename ``path`` and its ``-journal``/``-wal``/``-shm`` to ``<name>.<time>.<akhiran>[-x]``.

    Never deletes and never overwrites: an existing name gets ``-2``, ``-3``, ... Returns the
    new paths (the database first, when it existed).
    """
    path = Path(path)
    dasar = f"{path.name}.{_cap(sekarang)}"
    i = 1
    while True:
        stem = dasar if i == 1 else f"{dasar}-{i}"
        calon = [path.with_name(f"{stem}.{akhiran}{s}") for s in ("", *SAUDARA)]
        if not any(c.exists() for c in calon):
            break
        i += 1
    hasil = []
    for s, tujuan in zip(("", *SAUDARA), calon, strict=True):
        asal = Path(str(path) + s)
        if asal.exists():
            os.replace(asal, tujuan)
            hasil.append(tujuan)
    return tuple(hasil)


def cadangan_untuk_pulih(data_dir: Path) -> Cadangan | None:
    """The newest backup that is still sound, to offer after damage.

    A recorded backup must still match its SHA-256; when the sidecar is lost, files are checked
    one by one, newest first, until one passes.
    """
    for c in daftar_cadangan(data_dir):
        if c.terverifikasi and c.sha256:
            if sha256_cocok(c.path, c.sha256):
                return c
        elif not periksa_berkas(c.path):
            return Cadangan(c.path, c.waktu, c.ukuran, c.sha256, True, c.hash_audit, c.sumber)
    return None


def _periksa_cepat(path: Path) -> list[str]:
    """``quick_check`` on a read-write connection that changes no pragma.

    Read-write because a crash leaves a hot rollback journal that SQLite must roll back before
    anything can be read; a read-only connection would fail on it ("attempt to write a readonly
    database") and a sound database would be taken for a damaged one.
    """
    try:
        conn = sqlite3.connect(str(path), timeout=storage.BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as e:
        return [f"Berkas tidak dapat dibuka: {e}"]
    try:
        conn.execute(f"PRAGMA busy_timeout={storage.BUSY_TIMEOUT_MS}")
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        return [] if rows == ["ok"] else rows
    except sqlite3.OperationalError as e:
        if "locked" in str(e).lower() or "busy" in str(e).lower():
            raise DeskSudahTerbuka(
                "Basis data sedang dipakai oleh program lain, sehingga belum dapat diperiksa. "
                "Tutup program itu, lalu buka Bawang Desk lagi."
            ) from e
        return [f"Berkas tidak dapat dibaca: {e}"]
    except sqlite3.DatabaseError as e:
        return [f"Berkas bukan basis data yang utuh: {e}"]
    finally:
        conn.close()


def periksa_saat_mulai(
    path: Path | str,
    *,
    data_dir: Path | None = None,
    kunci: bool = True,
    sekarang: datetime | None = None,
) -> HasilPemeriksaan:
    """Check the database before the Desk opens it; set it aside if damaged (see module doc).

    ``kunci`` takes the instance lock for the check, so a file another running copy of the app
    holds is never moved (that raises :class:`DeskSudahTerbuka`). The lock is released again;
    the caller then opens the Desk as usual, or waits for the user's choice when ``rusak``.
    """
    p = Path(path).absolute()
    data_dir = Path(data_dir) if data_dir is not None else p.parent
    lock = storage.KunciInstans(p) if kunci and p.parent.is_dir() else None
    if lock:
        lock.ambil()
    try:
        return _periksa(p, data_dir, sekarang)
    finally:
        if lock:
            lock.lepas()


def _periksa(p: Path, data_dir: Path, sekarang: datetime | None) -> HasilPemeriksaan:
    disisihkan: list[Path] = []
    masalah: list[str] = []
    ukuran = p.stat().st_size if p.is_file() else -1
    if ukuran < 0 and p.exists():
        masalah.append(f"{p} bukan berkas.")
    elif ukuran <= 0:
        ada_cadangan = any(True for _ in daftar_cadangan(data_dir))
        if ukuran < 0 or not ada_cadangan:
            return HasilPemeriksaan(BARU, "Basis data baru akan dibuat.")
        masalah.append("Berkas basis data kosong (0 byte) padahal sudah ada cadangannya.")
    else:
        with open(p, "rb") as fh:
            kepala = fh.read(100)
        if len(kepala) < 100 or not kepala.startswith(_KEPALA):
            masalah.append("Kepala berkas bukan kepala basis data SQLite (berkas rusak).")
        elif kepala[18:20] == b"\x01\x01":
            wal = Path(str(p) + "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                # a rollback-journal database never leaves a WAL: this one is foreign
                disisihkan.extend(_sisihkan_wal(p, sekarang))
        if not masalah:
            masalah.extend(_periksa_cepat(p))
    if not masalah:
        if disisihkan:
            return HasilPemeriksaan(
                WAL_ASING,
                "Ditemukan berkas -wal asing di samping basis data; berkas itu disisihkan "
                f"sebagai {disisihkan[0].name} (tidak dihapus). Basis data sendiri utuh.",
                (),
                tuple(disisihkan),
                cadangan_untuk_pulih(data_dir),
            )
        return HasilPemeriksaan(BAIK, "Basis data utuh.")
    disisihkan.extend(sisihkan(p, "damaged", sekarang))
    c = cadangan_untuk_pulih(data_dir)
    pesan = (
        "Basis data rusak dan tidak dapat dipakai. Berkas itu tidak dihapus, tetapi disisihkan "
        f"sebagai {disisihkan[-1].name if disisihkan else p.name}. "
    )
    if c is not None:
        pesan += (
            f"Cadangan terbaru yang baik dibuat {c.label}. Pilih Pulihkan untuk memakainya; "
            "data setelah waktu itu perlu dicatat ulang."
        )
    else:
        pesan += (
            "Tidak ada cadangan yang baik. Hubungi Admin sebelum membuat basis data baru; "
            "berkas yang rusak masih dapat diperiksa ahli."
        )
    return HasilPemeriksaan(RUSAK, pesan, tuple(masalah), tuple(disisihkan), c)


def _sisihkan_wal(p: Path, sekarang: datetime | None) -> list[Path]:
    hasil = []
    dasar = f"{p.name}.{_cap(sekarang)}"
    for s in ("-wal", "-shm"):
        asal = Path(str(p) + s)
        if not asal.exists():
            continue
        tujuan = p.with_name(f"{dasar}.damaged{s}")
        i = 2
        while tujuan.exists():
            tujuan = p.with_name(f"{dasar}-{i}.damaged{s}")
            i += 1
        os.replace(asal, tujuan)
        hasil.append(tujuan)
    return hasil


# --------------------------------------------------------------------------- restore


@dataclass(frozen=True)
class HasilPulih:
    """A restore: the database now in place, what was kept aside, and the backup used."""

    path: Path
    sumber: Path
    waktu_cadangan: datetime | None
    disisihkan: tuple[Path, ...] = field(default_factory=tuple)


def pulihkan(
    cadangan: Cadangan | Path,
    target: Path | str,
    *,
    kunci: bool = True,
    pengguna: str | None = None,
    sekarang: datetime | None = None,
) -> HasilPulih:
    """Put a backup in place of ``target`` (the caller has asked the user to confirm).

    The Desk on ``target`` must be closed first. The backup is checked before anything moves;
    the current file (if any) is kept aside as ``.sebelum-pulih``; the restored database gets an
    audit row ``cadangan.pulih`` naming the backup, so the restore shows in the chain.
    """
    target = Path(target).absolute()
    if isinstance(cadangan, Cadangan):
        sumber, waktu, sha = cadangan.path, cadangan.waktu, cadangan.sha256
    else:
        sumber, waktu, sha = Path(cadangan), None, ""
    if not sumber.is_file():
        raise CadanganGagal(f"Berkas cadangan {sumber} tidak ditemukan.", bisa_diulang=False)
    if sha and not sha256_cocok(sumber, sha):
        raise CadanganGagal(
            f"Berkas cadangan {sumber.name} sudah berubah sejak dibuat (SHA-256 tidak cocok); "
            "pilih cadangan lain.",
            bisa_diulang=False,
        )
    masalah = periksa_berkas(sumber)
    if masalah:
        raise CadanganGagal(
            f"Cadangan {sumber.name} gagal diperiksa ({masalah[0]}); pilih cadangan lain.",
            bisa_diulang=False,
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = storage.KunciInstans(target) if kunci else None
    if lock:
        lock.ambil()
    tmp = target.with_name(f".{target.name}.pulih.tmp")
    try:
        try:
            with open(sumber, "rb") as src, open(tmp, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
                dst.flush()
                os.fsync(dst.fileno())
        except OSError as e:
            raise CadanganGagal(pesan_oserror(e, target.parent)) from e
        disisihkan: tuple[Path, ...] = ()
        if target.exists() or any(Path(str(target) + s).exists() for s in SAUDARA):
            disisihkan = sisihkan(target, "sebelum-pulih", sekarang)
        os.replace(tmp, target)
        _catat_pulih(target, sumber, waktu, pengguna, sekarang)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if lock:
            lock.lepas()
    return HasilPulih(target, sumber, waktu, disisihkan)


def _catat_pulih(
    target: Path,
    sumber: Path,
    waktu: datetime | None,
    pengguna: str | None,
    sekarang: datetime | None,
) -> None:
    conn = storage.connect(target, storage.pilih_journal("auto"))
    try:
        ada_audit = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit'"
        ).fetchone()
        if not ada_audit:
            return
        with storage.transaksi_tulis(conn):
            audit.tulis(
                conn,
                (sekarang or datetime.now()).isoformat(timespec="seconds"),
                pengguna,
                "cadangan.pulih",
                f"cadangan:{sumber.name}",
                {"waktu_cadangan": waktu.isoformat(timespec="seconds") if waktu else None},
            )
    finally:
        conn.close()


def pulihkan_dari_desk(desk: Desk, cadangan: Cadangan | Path) -> HasilPulih:
    """The menu action "Pulihkan dari cadangan" (after the user confirmed): checks the role,
    closes the desk, restores, and returns; the caller opens the restored file again."""
    desk.otorisasi("cadangan.pulihkan")
    if desk.path is None:
        raise CadanganGagal("Basis data di memori tidak dapat dipulihkan.", bisa_diulang=False)
    path, user, sekarang = desk.path, desk.username, desk.sekarang()
    desk.close()
    return pulihkan(cadangan, path, pengguna=user, sekarang=sekarang)


# --------------------------------------------------------------------------- "Periksa basis data"


@dataclass(frozen=True)
class BagianPeriksa:
    """One check of the report: its name, and its problems (none means it passed)."""

    nama: str
    masalah: tuple[str, ...]
    keterangan: str = ""

    @property
    def baik(self) -> bool:
        return not self.masalah

    def baris(self) -> str:
        """``Integritas berkas: baik`` or ``Integritas berkas: 2 masalah``, for the report."""
        if self.baik:
            return f"{self.nama}: baik" + (f" ({self.keterangan})" if self.keterangan else "")
        return f"{self.nama}: {len(self.masalah)} masalah"


@dataclass(frozen=True)
class LaporanPeriksa:
    """The whole report: every check, the audit anchor, and a plain-language text."""

    bagian: tuple[BagianPeriksa, ...]
    hash_audit: str

    @property
    def utuh(self) -> bool:
        return all(b.baik for b in self.bagian)

    @property
    def masalah(self) -> list[str]:
        return [m for b in self.bagian for m in b.masalah]

    def teks(self) -> str:
        """The report as the window and the command line show it."""
        kepala = (
            "Basis data utuh: semua pemeriksaan baik."
            if self.utuh
            else "Ditemukan masalah pada basis data. Jangan ubah berkas secara manual; "
            "hubungi Admin untuk memulihkan dari cadangan."
        )
        baris = [kepala, ""]
        baris += [f"- {b.baris()}" for b in self.bagian]
        for b in self.bagian:
            if b.masalah:
                baris += ["", f"{b.nama}:"] + [f"  {m}" for m in b.masalah[:20]]
                if len(b.masalah) > 20:
                    baris.append(f"  ... dan {len(b.masalah) - 20} masalah lain")
        baris += ["", f"Hash audit terakhir: {self.hash_audit or '-'}"]
        return "\n".join(baris)


def laporan_periksa(desk: Desk) -> LaporanPeriksa:
    """Run every check on ``desk``'s connection, without a session check (see module doc).

    ``integrity_check`` reads every page: on a ten-year database it takes seconds, so the
    window calls this from a worker thread on its own connection (``desk.cabang()``).
    """
    conn = desk.conn
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        integritas = () if rows == ["ok"] else tuple(rows)
    except sqlite3.DatabaseError as e:
        integritas = (f"Berkas tidak dapat dibaca seluruhnya: {e}",)
    try:
        fk = tuple(
            f"Baris {rowid} di tabel {tbl} merujuk {parent} yang tidak ada."
            for tbl, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
        )
    except sqlite3.DatabaseError as e:
        fk = (f"Tidak dapat diperiksa: {e}",)
    nomor = tuple(desk.penomoran.periksa_kesinambungan())
    a = desk.verify_audit()
    bagian = (
        BagianPeriksa("Integritas berkas", integritas),
        BagianPeriksa("Kunci asing", fk),
        BagianPeriksa("Kesinambungan nomor", nomor),
        BagianPeriksa(
            "Rantai audit", () if a.utuh else (a.pesan,), f"{a.jumlah} catatan" if a.utuh else ""
        ),
    )
    return LaporanPeriksa(bagian, a.hash_terakhir)


def periksa_basis_data(desk: Desk) -> LaporanPeriksa:
    """ "Periksa basis data" for the logged-in user: needs ``audit.periksa``."""
    desk.otorisasi("audit.periksa")
    return laporan_periksa(desk)
