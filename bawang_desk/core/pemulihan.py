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
as ``.sebelum-pulih``, and the copy replaces it through a temporary file and a rename. A printed
number is never issued twice: every book then continues past the highest number known anywhere
(the replaced file when SQLite can read it, and the numbers journal beside it,
:mod:`~bawang_desk.core.jurnal_nomor`), and the numbers between the backup and that point are
entered as lost ("hilang karena pemulihan dari cadangan <tanggal jam>", BATAL kept with
``sumber = 'pemulihan'``), in the Buku Nomor and on the printed books. :func:`rencana_pulih`
says all that before the user confirms.

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
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bawang_desk.core import audit, skema, storage
from bawang_desk.core.cadangan import (
    Cadangan,
    buka_mentah,
    daftar_cadangan,
    folder_cadangan,
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
    "RencanaPulih",
    "RentangHilang",
    "cadangan_untuk_pulih",
    "laporan_periksa",
    "periksa_basis_data",
    "periksa_saat_mulai",
    "pulihkan",
    "pulihkan_dari_desk",
    "rencana_pulih",
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
    #: why the full check (on a copy, in the background) is due now: "" when it is not
    perlu_periksa: str = ""

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


def _periksa_ringan(path: Path) -> list[str]:
    """What start-up can afford to check in front of the user: SQLite opens the file, rolls back
    a crash's hot journal (read-write for that, changing no pragma) and reads its schema.

    The page-by-page check runs later on a copy, in the background (:func:`pemeriksaan_penuh`):
    reading a ten-year file took 2.7 s warm and 22 s with a cold cache before the login.
    """
    try:
        conn = sqlite3.connect(str(path), timeout=storage.BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as e:
        return [f"Berkas tidak dapat dibuka: {e}"]
    try:
        conn.execute(f"PRAGMA busy_timeout={storage.BUSY_TIMEOUT_MS}")
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return []
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


def pemeriksaan_penuh(data_dir: Path, sekarang: datetime, tidak_bersih: bool) -> str:
    """Why the full check is due ("" when it is not): after an unclean shutdown, or when no
    copy of the database passed ``integrity_check`` in the last day (every verified backup is
    that check, made on a snapshot)."""
    if tidak_bersih:
        return "Aplikasi tidak ditutup dengan benar terakhir kali."
    c = next((c for c in daftar_cadangan(data_dir) if c.terverifikasi), None)
    if c is None:
        return "Belum ada salinan yang diperiksa."
    if sekarang - c.waktu >= timedelta(days=1) or c.waktu > sekarang:
        return "Pemeriksaan harian."
    return ""


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
        hasil = _periksa(p, data_dir, sekarang)
    finally:
        if lock:
            lock.lepas(bersih=False)
    if hasil.keadaan in (BAIK, WAL_ASING):
        tidak_bersih = bool(lock and lock.tidak_bersih) or any(
            s in {x.name[len(p.name) :] for x in hasil.disisihkan} for s in ("-wal",)
        )
        alasan = pemeriksaan_penuh(data_dir, sekarang or datetime.now(), tidak_bersih)
        hasil = HasilPemeriksaan(
            hasil.keadaan, hasil.pesan, hasil.masalah, hasil.disisihkan, hasil.cadangan, alasan
        )
    return hasil


def _periksa(p: Path, data_dir: Path, sekarang: datetime | None) -> HasilPemeriksaan:
    disisihkan: list[Path] = []
    masalah: list[str] = []
    ukuran = p.stat().st_size if p.is_file() else -1
    if ukuran < 0 and p.exists():
        masalah.append(f"{p} bukan berkas.")
    elif ukuran <= 0:
        ada_cadangan = any(True for _ in daftar_cadangan(data_dir))
        if not ada_cadangan:
            return HasilPemeriksaan(BARU, "Basis data baru akan dibuat.")
        if ukuran < 0:
            # missing, yet backups lie beside it: never start an empty office over them
            return _rusak(
                p,
                data_dir,
                ["Berkas basis data tidak ditemukan, padahal sudah ada cadangannya."],
                [],
                "Basis data tidak ditemukan di tempatnya. ",
            )
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
            masalah.extend(_periksa_ringan(p))
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
    return _rusak(p, data_dir, masalah, disisihkan, "Basis data rusak dan tidak dapat dipakai. ")


def _rusak(
    p: Path, data_dir: Path, masalah: list[str], disisihkan: list[Path], awal: str
) -> HasilPemeriksaan:
    c = cadangan_untuk_pulih(data_dir)
    pesan = awal
    if disisihkan:
        pesan += (
            "Berkas itu tidak dihapus, tetapi disisihkan sebagai "
            f"{disisihkan[-1].name if disisihkan else p.name}. "
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
    #: the numbers entered as lost, per book: issued after the backup, known from the replaced
    #: file or the numbers journal
    hilang: tuple[RentangHilang, ...] = ()


@dataclass(frozen=True)
class RentangHilang:
    """Numbers ``dari`` .. ``sampai`` of one book and year, entered as lost by a restore."""

    register: str
    nama: str
    tahun: int
    dari: int
    sampai: int

    @property
    def jumlah(self) -> int:
        return self.sampai - self.dari + 1

    def teks(self) -> str:
        rentang = (
            f"nomor {self.dari}"
            if self.dari == self.sampai
            else (f"nomor {self.dari} s.d. {self.sampai}")
        )
        return f"{self.nama} tahun {self.tahun}: {rentang} ({self.jumlah} nomor)"


@dataclass(frozen=True)
class RencanaPulih:
    """What a restore of one backup will do to the number books, said before confirming."""

    waktu_cadangan: datetime | None
    hilang: tuple[RentangHilang, ...]
    catatan: tuple[str, ...] = ()

    @property
    def label_waktu(self) -> str:
        return label_waktu(self.waktu_cadangan)

    def teks(self) -> str:
        """The lines the dialog and ``pulihkan`` show: the backup's time and the lost numbers."""
        baris = [f"Cadangan dibuat {self.label_waktu}."]
        if self.hilang:
            total = sum(h.jumlah for h in self.hilang)
            baris.append(
                f"{total} nomor yang sudah diterbitkan sesudah cadangan itu akan ditandai "
                "HILANG (tidak akan dipakai lagi; penomoran berlanjut sesudahnya):"
            )
            baris += [f"  - {h.teks()}" for h in self.hilang]
        else:
            baris.append("Tidak ada nomor yang hilang: semua buku berlanjut dari cadangan.")
        baris += list(self.catatan)
        return "\n".join(baris)


def label_waktu(waktu: datetime | None) -> str:
    """``Selasa, 24 November 2026 pukul 08.00`` (or a dash when it is not known)."""
    from bawang_desk.core.teks import hari_tanggal

    return (
        f"{hari_tanggal(waktu.date())} pukul {waktu:%H.%M}" if waktu else "(waktu tidak diketahui)"
    )


def alasan_hilang(waktu: datetime | None, sumber: Path) -> str:
    """The reason a restore writes beside each lost number (short enough for a table cell)."""
    asal = f"{waktu:%d-%m-%Y} pukul {waktu:%H.%M}" if waktu else sumber.name
    return f"hilang karena pemulihan dari cadangan {asal}"


@dataclass
class _Dikenal:
    """Numbers known outside the backup: in the file being replaced and in the journal."""

    maks: dict[tuple[str, int], int] = field(default_factory=dict)
    #: (register, year, number) -> (full text, date) of numbers above the backup
    baris: dict[tuple[str, int, int], tuple[str, str]] = field(default_factory=dict)
    register: dict[str, tuple[str, str, str, str, str]] = field(default_factory=dict)
    catatan: list[str] = field(default_factory=list)


def _kenali(target: Path, batas: dict[tuple[str, int], int]) -> _Dikenal:
    """What the replaced file (when SQLite can read it) and the journal know of numbers: each
    book's highest number, and the text and date of the numbers above ``batas`` (the backup's
    counters), the only ones a restore needs."""
    from bawang_desk.core import jurnal_nomor

    d = _Dikenal()
    if target.is_file() and target.stat().st_size > 0:
        try:
            conn = storage.buka_baca(target)
            try:
                for reg, tahun, n in conn.execute(
                    "SELECT register, tahun, MAX(nomor) FROM nomor GROUP BY register, tahun"
                ):
                    d.maks[(reg, tahun)] = n
                for (reg, tahun), n in d.maks.items():
                    if n <= batas.get((reg, tahun), 0):
                        continue
                    for nomor, teks, tgl in conn.execute(
                        "SELECT nomor, nomor_lengkap, tanggal FROM nomor "
                        "WHERE register = ? AND tahun = ? AND nomor > ?",
                        (reg, tahun, batas.get((reg, tahun), 0)),
                    ):
                        d.baris[(reg, tahun, nomor)] = (teks, tgl)
                for r in conn.execute(
                    "SELECT kode, nama, jenis, kode_klasifikasi, unit, pola FROM register"
                ):
                    d.register[r[0]] = tuple(r[1:])  # type: ignore[assignment]
            finally:
                conn.close()
        except sqlite3.Error:
            d.maks.clear()
            d.baris.clear()
            d.catatan.append(
                "Berkas yang sekarang tidak dapat dibaca; nomor terakhir diambil dari jurnal nomor."
            )
    maks, di_atas = jurnal_nomor.di_atas(jurnal_nomor.path_jurnal(target), batas)
    for k, n in maks.items():
        if n > d.maks.get(k, 0):
            d.maks[k] = n
    for e in di_atas:
        d.baris.setdefault((e.register, e.tahun, e.nomor), (e.nomor_lengkap, e.tanggal))
    return d


def _counter_cadangan(conn: sqlite3.Connection) -> tuple[dict[tuple[str, int], int], dict]:
    counter = {
        (r, t): n for r, t, n in conn.execute("SELECT register, tahun, terakhir FROM nomor_counter")
    }
    nama = dict(conn.execute("SELECT kode, nama FROM register"))
    return counter, nama


def _rentang(
    dikenal: _Dikenal, counter: dict[tuple[str, int], int], nama: dict[str, str]
) -> list[RentangHilang]:
    hasil = []
    for (reg, tahun), maks in sorted(dikenal.maks.items()):
        awal = counter.get((reg, tahun), 0)
        if maks > awal:
            n = nama.get(reg) or (dikenal.register.get(reg) or (reg,))[0]
            hasil.append(RentangHilang(reg, n, tahun, awal + 1, maks))
    return hasil


def _waktu_data(conn: sqlite3.Connection) -> datetime | None:
    """The time of a backup's latest audit row (when the file was not recorded as a backup)."""
    with contextlib.suppress(sqlite3.Error, ValueError, TypeError):
        r = conn.execute("SELECT waktu FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        return datetime.fromisoformat(r[0]) if r else None
    return None


def rencana_pulih(cadangan: Cadangan | Path, target: Path | str) -> RencanaPulih:
    """Before the confirmation: the backup's date and time and, per book, how many numbers
    issued since will be entered as lost (read only; a compressed backup is unpacked into a
    private temporary file to be read)."""
    from bawang_desk.core.cadangan import buka_salinan

    target = Path(target).absolute()
    sumber = cadangan.path if isinstance(cadangan, Cadangan) else Path(cadangan)
    waktu = cadangan.waktu if isinstance(cadangan, Cadangan) else None
    try:
        with buka_salinan(sumber) as plain:
            conn = storage.buka_baca(plain, immutable=True)
            try:
                counter, nama = _counter_cadangan(conn)
                if waktu is None:
                    waktu = _waktu_data(conn)
            finally:
                conn.close()
    except (OSError, EOFError, sqlite3.Error) as e:
        raise CadanganGagal(
            f"Cadangan {sumber.name} tidak dapat dibaca ({e}); pilih cadangan lain.",
            bisa_diulang=False,
        ) from e
    dikenal = _kenali(target, counter)
    return RencanaPulih(waktu, tuple(_rentang(dikenal, counter, nama)), tuple(dikenal.catatan))


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
            storage.buat_berkas_pribadi(tmp)
            with buka_mentah(sumber) as src, open(tmp, "wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
                dst.flush()
                os.fsync(dst.fileno())
        except OSError as e:
            raise CadanganGagal(pesan_oserror(e, target.parent)) from e
        # read before anything moves: the numbers this file and the journal know of beyond
        # the backup's counters
        salinan = storage.buka_baca(tmp, immutable=True)
        try:
            counter = _counter_cadangan(salinan)[0] if "nomor_counter" in _tabel(salinan) else {}
        finally:
            salinan.close()
        dikenal = _kenali(target, counter)
        disisihkan: tuple[Path, ...] = ()
        if target.exists() or any(Path(str(target) + s).exists() for s in SAUDARA):
            disisihkan = sisihkan(target, "sebelum-pulih", sekarang)
        os.replace(tmp, target)
        hilang = _catat_pulih(target, sumber, waktu, pengguna, sekarang, dikenal)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if lock:
            lock.lepas()
    return HasilPulih(target, sumber, waktu, disisihkan, tuple(hilang))


def _catat_pulih(
    target: Path,
    sumber: Path,
    waktu: datetime | None,
    pengguna: str | None,
    sekarang: datetime | None,
    dikenal: _Dikenal | None = None,
) -> list[RentangHilang]:
    """In the restored file, in one transaction: every number known beyond its counters is
    entered as lost (BATAL with the reason, ``sumber = 'pemulihan'``), the counters move past
    them, and the audit chain gets the restore and each lost number."""
    conn = storage.connect(target, storage.pilih_journal("auto"))
    try:
        tabel = _tabel(conn)
        if "audit" not in tabel:
            return []
        saat = sekarang or datetime.now()
        saat_iso = saat.isoformat(timespec="seconds")
        with storage.transaksi_tulis(conn):
            hilang: list[RentangHilang] = []
            if dikenal is not None and {"nomor", "nomor_counter", "register"} <= tabel:
                hilang = _tandai_hilang(conn, dikenal, waktu, sumber, pengguna, saat)
            if waktu is None:
                waktu = _waktu_data(conn)
            audit.tulis(
                conn,
                saat_iso,
                pengguna,
                "cadangan.pulih",
                f"cadangan:{sumber.name}",
                {
                    "waktu_cadangan": waktu.isoformat(timespec="seconds") if waktu else None,
                    "nomor_hilang": [
                        {
                            "register": h.register,
                            "tahun": h.tahun,
                            "dari": h.dari,
                            "sampai": h.sampai,
                        }
                        for h in hilang
                    ],
                },
            )
        return hilang
    finally:
        conn.close()


def _tandai_hilang(
    conn: sqlite3.Connection,
    dikenal: _Dikenal,
    waktu: datetime | None,
    sumber: Path,
    pengguna: str | None,
    saat: datetime,
) -> list[RentangHilang]:
    from datetime import date

    from bawang_desk.core.penomoran import SUMBER_HILANG, format_nomor
    from bawang_desk.core.skema import POLA_BAKU

    counter, nama = _counter_cadangan(conn)
    alasan = alasan_hilang(waktu, sumber)
    saat_iso = saat.isoformat(timespec="seconds")
    hasil = []
    for h in _rentang(dikenal, counter, nama):
        reg = conn.execute(
            "SELECT kode_klasifikasi, unit, pola FROM register WHERE kode = ?", (h.register,)
        ).fetchone()
        if reg is None:
            # a book opened after the backup: take it from the replaced file, or (an outgoing
            # letter book) make it as the app does on first use
            lama = dikenal.register.get(h.register)
            if lama is None and h.register.startswith("surat-keluar:"):
                klas = h.register.split(":", 1)[1]
                lama = (f"Buku Surat Keluar {klas}", "surat_keluar", klas, "", POLA_BAKU)
            if lama is None:
                continue
            conn.execute(
                "INSERT INTO register (kode, nama, jenis, kode_klasifikasi, unit, pola, "
                "dibuat_pada) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (h.register, *lama, saat_iso),
            )
            reg = (lama[2], lama[3], lama[4])
        for n in range(h.dari, h.sampai + 1):
            teks, tgl = dikenal.baris.get((h.register, h.tahun, n), ("", ""))
            if not tgl:
                tgl = (saat.date() if saat.year == h.tahun else date(h.tahun, 12, 31)).isoformat()
            if not teks:
                teks = format_nomor(
                    reg[2], nomor=n, tanggal=date.fromisoformat(tgl), kode=reg[0], unit=reg[1]
                )
            cur = conn.execute(
                "INSERT INTO nomor (register, tahun, nomor, nomor_lengkap, tanggal, status, "
                "alasan_batal, perihal, sumber, dibuat_oleh, dibuat_pada) "
                "VALUES (?, ?, ?, ?, ?, 'BATAL', ?, '', ?, ?, ?)",
                (h.register, h.tahun, n, teks, tgl, alasan, SUMBER_HILANG, pengguna, saat_iso),
            )
            audit.tulis(
                conn,
                saat_iso,
                pengguna,
                "nomor.hilang",
                f"nomor:{cur.lastrowid}",
                {"register": h.register, "nomor": teks, "alasan": alasan},
            )
        conn.execute(
            "INSERT INTO nomor_counter (register, tahun, terakhir) VALUES (?, ?, ?) "
            "ON CONFLICT (register, tahun) DO UPDATE SET terakhir = MAX(terakhir, excluded.terakhir)",
            (h.register, h.tahun, h.sampai),
        )
        hasil.append(h)
    return hasil


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


def _aman(nama: str, fn: Callable[[], tuple[str, ...]]) -> tuple[str, ...]:
    """One check; a page SQLite cannot read becomes the check's finding, never a traceback."""
    try:
        return fn()
    except sqlite3.DatabaseError as e:
        return (f"{nama} tidak dapat diperiksa: bagian berkas tidak terbaca ({e}).",)


def laporan_periksa(
    desk: Desk, path: Path | None = None, jangkar: JangkarDikenal | None = None
) -> LaporanPeriksa:
    """Run every check on ``desk``'s connection, without a session check (see module doc).

    Give it a desk over one consistent snapshot (:func:`snapshot`, :func:`desk_snapshot`):
    read statement by statement from a live file, a counter and its numbers could come from
    two moments and disagree ("penghitung N tidak sama") beside a running writer. ``path`` is
    the live database's file (a snapshot has none): the anchors beside it (backups, numbers
    journal, daily prints and exports) are read from there.
    """
    conn = desk.conn
    path = path if path is not None else desk.path

    def integritas() -> tuple[str, ...]:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        return () if rows == ["ok"] else tuple(rows)

    def fk() -> tuple[str, ...]:
        return tuple(
            f"Baris {rowid} di tabel {tbl} merujuk {parent} yang tidak ada."
            for tbl, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
        )

    hasil_audit: list[audit.HasilAudit] = []

    def rantai() -> tuple[str, ...]:
        a = desk.verify_audit()
        hasil_audit.append(a)
        return () if a.utuh else (a.pesan,)

    bagian = [
        BagianPeriksa("Integritas berkas", _aman("Integritas berkas", integritas)),
        BagianPeriksa("Kunci asing", _aman("Kunci asing", fk)),
        BagianPeriksa(
            "Kesinambungan nomor",
            _aman("Kesinambungan nomor", lambda: tuple(desk.penomoran.periksa_kesinambungan())),
        ),
    ]
    m = _aman("Rantai audit", rantai)
    a = hasil_audit[0] if hasil_audit else None
    bagian.append(
        BagianPeriksa("Rantai audit", m, f"{a.jumlah} catatan" if a is not None and a.utuh else "")
    )
    bagian.append(
        BagianPeriksa(
            "Buku nomor dan jejak audit",
            _aman("Buku nomor dan jejak audit", lambda: tuple(periksa_buku_audit(conn))),
        )
    )
    if path is not None:
        jumlah: list[int] = []

        def cek_jangkar() -> tuple[str, ...]:
            masalah, n = periksa_jangkar(conn, path, jangkar)
            jumlah.append(n)
            return tuple(masalah)

        mj = _aman("Jangkar rantai audit", cek_jangkar)
        bagian.append(
            BagianPeriksa(
                "Jangkar rantai audit",
                mj,
                f"{jumlah[0]} jangkar cocok" if jumlah and not mj else "",
            )
        )
    return LaporanPeriksa(tuple(bagian), a.hash_terakhir if a is not None else "")


#: Findings listed per check before "... dan N masalah lain"; a check stops collecting here.
_BATAS_TEMUAN = 50
#: Newest numbers-journal entries whose audit row is checked one by one (each book's last
#: number is checked whatever its age).
_JURNAL_DIPERIKSA = 2000


def periksa_buku_audit(conn: sqlite3.Connection) -> list[str]:
    """Reconcile the number books with the chain's ``nomor.terbit`` rows.

    Every number the chain says was issued (or entered as lost) must still be in its book with
    the same text, and every number in a book must have come from such a row, or from a bulk
    import batch (``massal.*``, one row per batch that counts its numbers).
    """
    masalah: list[str] = []
    tercatat = 0
    for aid, teks, ada, sekarang in conn.execute(
        "SELECT a.id, json_extract(a.rincian, '$.nomor'), n.id, n.nomor_lengkap FROM audit a "
        "LEFT JOIN nomor n ON n.id = CAST(substr(a.objek, 7) AS INTEGER) "
        "WHERE a.aksi IN ('nomor.terbit', 'nomor.hilang') AND a.objek LIKE 'nomor:%'"
    ):
        if ada is None:
            if len(masalah) < _BATAS_TEMUAN:
                masalah.append(
                    f"Nomor {teks} tercatat terbit di jejak audit (catatan #{aid}) tetapi tidak "
                    "ada lagi di buku nomor: catatannya dihapus di luar aplikasi."
                )
        elif teks is not None and sekarang != teks:
            if len(masalah) < _BATAS_TEMUAN:
                masalah.append(
                    f"Nomor {teks} (catatan audit #{aid}) di buku nomor sekarang tertulis "
                    f"{sekarang}: diubah di luar aplikasi."
                )
        else:
            tercatat += 1
    (jumlah,) = conn.execute("SELECT COUNT(*) FROM nomor").fetchone()
    (massal,) = conn.execute(
        "SELECT COALESCE(SUM(json_extract(rincian, '$.nomor')), 0) FROM audit "
        "WHERE aksi LIKE 'massal.%'"
    ).fetchone()
    lebih = jumlah - tercatat - int(massal or 0)
    if lebih > 0:
        masalah.append(
            f"{lebih} nomor di buku tidak pernah tercatat terbit di jejak audit (catatan "
            "terbitnya hilang, atau nomornya disisipkan di luar aplikasi)."
        )
    return masalah


def _anchor_cadangan(path: Path) -> list[tuple[str, int | None, str, str]]:
    hasil: list[tuple[str, int | None, str, str]] = []
    for c in daftar_cadangan(path.parent):
        label = f"cadangan {c.label}"
        waktu = c.waktu.isoformat(timespec="seconds")
        if c.sidik and ":" in c.sidik:
            i, h = c.sidik.split(":", 1)
            with contextlib.suppress(ValueError):
                hasil.append((label, int(i), h, waktu))
        if c.hash_audit and c.hash_audit != audit.GENESIS:
            hasil.append((label, None, c.hash_audit, waktu))
    return hasil


def _selang_pulih(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(backup time, restore time] of every restore in the chain: what was recorded in that
    span belongs to the timeline the restore replaced, so its audit rows are not in this chain
    (its numbers are: entered as lost)."""
    hasil = []
    for waktu, rincian in conn.execute(
        "SELECT waktu, json_extract(rincian, '$.waktu_cadangan') FROM audit "
        "WHERE aksi = 'cadangan.pulih'"
    ):
        hasil.append((rincian or "", waktu))
    return hasil


@dataclass(frozen=True)
class JangkarDikenal:
    """The anchors beside a database, read *before* its snapshot is taken: whatever they hold
    was committed before it, so a number or a print made while the check runs is no alarm."""

    #: (what recorded it, audit row id or None, hash, when it was recorded)
    anchors: list[tuple[str, int | None, str, str]]
    terakhir: dict[tuple[str, int], object]


def kumpulkan_jangkar(path: Path) -> JangkarDikenal:
    """Read every anchor beside ``path`` (see :func:`periksa_jangkar`)."""
    from bawang_desk.core import jangkar_audit, jurnal_nomor

    path = Path(path)
    anchors = _anchor_cadangan(path)
    anchors += [
        (f"{j.sumber} ({j.waktu})", j.id, j.hash, j.waktu) for j in jangkar_audit.baca(path)
    ]
    terakhir, baru = jurnal_nomor.ringkas(jurnal_nomor.path_jurnal(path), _JURNAL_DIPERIKSA)
    periksa_entri = {id(e): e for e in baru}
    periksa_entri.update({id(e): e for e in terakhir.values()})
    for e in periksa_entri.values():
        if e.audit_id and e.audit:
            anchors.append(
                (f"jurnal nomor ({e.nomor_lengkap}, {e.waktu})", e.audit_id, e.audit, e.waktu)
            )
    return JangkarDikenal(anchors, terakhir)  # type: ignore[arg-type]


def _hash_lama(conn: sqlite3.Connection) -> set[tuple[int, str]]:
    """(id, old hash) of rows the app itself re-hashed (migration 0020 scrubbing Rahasia text
    kept each old hash in ``audit_rantai_lama`` and wrote an ``audit.samarkan_rahasia`` row):
    an anchor recorded before that still holds. Only rows inside a recorded re-hash count."""
    if "audit_rantai_lama" not in _tabel(conn):
        return set()
    rentang = [
        (int(dari), int(rid))
        for rid, dari in conn.execute(
            "SELECT id, json_extract(rincian, '$.dihitung_ulang_dari') FROM audit "
            "WHERE aksi = 'audit.samarkan_rahasia'"
        )
        if dari is not None
    ]
    return {
        (int(i), str(h))
        for i, h in conn.execute("SELECT id, hash_lama FROM audit_rantai_lama")
        if any(dari <= i < rid for dari, rid in rentang)
    }


def periksa_jangkar(
    conn: sqlite3.Connection, path: Path, jangkar: JangkarDikenal | None = None
) -> tuple[list[str], int]:
    """Hold the chain against every head recorded outside it; returns (problems, anchors that
    matched). Pass ``jangkar`` read before the snapshot was taken (:func:`kumpulkan_jangkar`).

    The anchors: each backup's head and its latest data row (``cadangan.json``), the head at
    each daily print and export (:mod:`jangkar_audit`), and the numbers journal
    (:mod:`jurnal_nomor`): every book must reach at least the journal's last number with the
    same text, and the newest entries' ``nomor.terbit`` rows must still be in the chain as they
    were. A cut tail shows as an anchor whose row is gone, an early edit with every later hash
    computed again as an anchor whose row has another hash.
    """
    jk = jangkar if jangkar is not None else kumpulkan_jangkar(path)
    anchors, terakhir = jk.anchors, jk.terakhir
    (kepala_id,) = conn.execute("SELECT COALESCE(MAX(id), 0) FROM audit").fetchone()
    masalah: list[str] = []
    cocok = 0
    dikabarkan: set[tuple[int | None, str]] = set()
    tanpa_id: dict[str, str] = {}
    selang = _selang_pulih(conn)
    lama = _hash_lama(conn)
    for label, i, h, waktu in anchors:
        if any(awal < waktu <= akhir for awal, akhir in selang):
            continue  # recorded in a timeline a restore replaced (see _selang_pulih)
        if i is None:
            tanpa_id.setdefault(h, label)
            continue
        if (i, h) in dikabarkan:
            continue
        dikabarkan.add((i, h))
        r = conn.execute("SELECT hash FROM audit WHERE id = ?", (i,)).fetchone()
        if r is None:
            masalah.append(
                f"Jejak audit berakhir di catatan #{kepala_id}, padahal {label} mencatat catatan "
                f"#{i}: ekor rantai audit dipotong di luar aplikasi."
            )
        elif r[0] != h and (i, h) not in lama:
            masalah.append(
                f"Catatan audit #{i} tidak sama dengan yang dicatat {label} (hash {h[:16]}..., "
                f"sekarang {r[0][:16]}...): rantai diubah lalu dihitung ulang di luar aplikasi."
            )
        else:
            cocok += 1
    hashes = list(tanpa_id)
    ada: set[str] = set()
    for a in range(0, len(hashes), 500):
        potong = hashes[a : a + 500]
        ada.update(
            r[0]
            for r in conn.execute(
                f"SELECT hash FROM audit WHERE hash IN ({','.join('?' * len(potong))})", potong
            )
        )
    ada.update(h for _i, h in lama)
    for h, label in tanpa_id.items():
        if h in ada:
            cocok += 1
        else:
            masalah.append(
                f"Kepala rantai audit yang dicatat {label} (hash {h[:16]}...) tidak ada di "
                "jejak audit: rantai dipotong atau dihitung ulang di luar aplikasi."
            )
    for (reg, tahun), e in sorted(terakhir.items()):  # type: ignore[assignment]
        r = conn.execute(
            "SELECT nomor_lengkap FROM nomor WHERE register = ? AND tahun = ? AND nomor = ?",
            (reg, tahun, e.nomor),
        ).fetchone()
        if r is None:
            masalah.append(
                f"Nomor {e.nomor_lengkap} ({reg} tahun {tahun}) tercatat di jurnal nomor "
                f"({e.waktu}) tetapi tidak ada di buku nomor: nomor itu atau catatan sesudahnya "
                "dihapus di luar aplikasi (atau basis data dipulihkan tanpa aplikasi)."
            )
        elif r[0] != e.nomor_lengkap:
            masalah.append(
                f"Nomor {reg} tahun {tahun} nomor urut {e.nomor} tertulis {r[0]} di buku nomor, "
                f"tetapi {e.nomor_lengkap} di jurnal nomor: diubah di luar aplikasi."
            )
        else:
            cocok += 1
    return masalah[: _BATAS_TEMUAN * 2], cocok


@contextlib.contextmanager
def snapshot(
    path: Path,
    *,
    sumber: sqlite3.Connection | None = None,
    journal: str = "delete",
    folder: Path | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    batal: Callable[[], bool] | None = None,
) -> Iterator[sqlite3.Connection]:
    """One consistent, read-only view of the live database that holds no lock a save needs.

    In WAL mode that is one read transaction on the file itself (writers go on beside it). With
    the rollback journal a reader would block every save for the whole check, so the view is a
    private copy (0600, in ``folder``, removed afterwards) taken in small backup steps from
    ``sumber``, the connection that writes (the window's), or from a connection of our own.
    """
    path = Path(path)
    if journal == "wal":
        conn = storage.buka_baca(path)
        try:
            conn.execute("BEGIN")
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            yield conn
        finally:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            conn.close()
        return
    folder = Path(folder) if folder is not None else folder_cadangan(path.parent)
    storage.siapkan_folder_data(folder)
    tmp = folder / f".periksa.{os.getpid()}.{id(path)}.tmp"
    src = sumber
    if src is None:
        src = sqlite3.connect(str(path), timeout=storage.BUSY_TIMEOUT_MS / 1000)
    try:
        storage.salin_bertahap(src, tmp, progress=progress, batal=batal)
        conn = storage.buka_baca(tmp, immutable=True)
        try:
            yield conn
        finally:
            conn.close()
    finally:
        if sumber is None:
            src.close()
        with contextlib.suppress(OSError):
            tmp.unlink()


def desk_baca(conn: sqlite3.Connection) -> Desk:
    """A Desk over a read-only snapshot connection, so every manager's reads and checks (the
    numbering, the audit chain, and whatever a check adds) run on that one snapshot."""
    from bawang_desk.core.desk import Desk

    return Desk(conn, None, journal="baca")


def periksa_basis_data(
    desk: Desk,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    batal: Callable[[], bool] | None = None,
) -> LaporanPeriksa:
    """ "Periksa basis data" for the logged-in user: needs ``audit.periksa``.

    Pass the window's own desk (from the worker): the snapshot is copied in small steps through
    its connection, so the counter's saves never wait for the check.
    """
    desk.otorisasi("audit.periksa")
    if desk.path is None:
        return laporan_periksa(desk)
    jangkar = kumpulkan_jangkar(desk.path)  # before the snapshot: all of it is in there
    with (
        storage.prioritas_latar(),
        snapshot(
            desk.path,
            sumber=desk.conn,
            journal=desk.journal,
            folder=folder_cadangan(desk.data_dir),
            progress=progress,
            batal=batal,
        ) as conn,
    ):
        return laporan_periksa(desk_baca(conn), desk.path, jangkar)


# --------------------------------------------------------------------------- the command line


def _tabel(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def periksa_berkas_saja(path: Path | str) -> tuple[int, str]:
    """``bawang-desk periksa``: check a file without changing, migrating or creating anything.

    Returns (exit code, report): 0 sound, 1 problems found, 2 nothing to check. Every kind of
    file gets a plain answer: missing, empty, not SQLite, another program's SQLite, an older
    schema, a hot journal left by a crash (checked on a private copy where SQLite may roll it
    back), a damaged page. While the app has the file open with the rollback journal, the
    check runs on a private copy in the system's temporary folder, so the counter never waits.
    """
    p = Path(path).absolute()
    if not p.exists():
        return 2, f"Berkas basis data {p} tidak ditemukan. Tidak ada berkas yang dibuat."
    if not p.is_file():
        return 2, f"{p} bukan berkas basis data (sebuah folder?)."
    cad = next((c for c in daftar_cadangan(p.parent) if c.terverifikasi), None)
    saran = f" Cadangan terbaru yang baik: {c_label(cad)}." if cad else ""
    if p.stat().st_size == 0:
        return 1, f"Berkas {p.name} kosong (0 byte): bukan basis data yang dapat dipakai.{saran}"
    with open(p, "rb") as fh:
        kepala = fh.read(100)
    if len(kepala) < 100 or not kepala.startswith(_KEPALA):
        return 1, f"Berkas {p.name} bukan basis data SQLite (kepala berkas tidak dikenal).{saran}"
    wal = kepala[18:20] == b"\x02\x02"
    jangkar = kumpulkan_jangkar(p)  # before the snapshot: all of it is in there
    dipakai = storage.KunciInstans(p).dipegang_lain()
    catatan: list[str] = []
    with contextlib.ExitStack() as tumpuk:
        try:
            conn = tumpuk.enter_context(contextlib.closing(storage.buka_baca(p)))
            tabel = _tabel(conn)
        except sqlite3.OperationalError as e:
            if "readonly" not in str(e).lower() and "read-only" not in str(e).lower():
                return 1, f"Berkas {p.name} tidak dapat dibaca: {e}.{saran}"
            # a crash left a hot journal: let SQLite roll it back on a private copy
            conn = tumpuk.enter_context(_salinan_pulih_jurnal(p))
            tabel = _tabel(conn)
            catatan.append(
                "Aplikasi berhenti mendadak sebelumnya (ada jurnal yang belum diselesaikan); "
                "pemeriksaan dilakukan pada salinan, berkas aslinya tidak diubah. Buka "
                "aplikasi untuk menyelesaikan jurnal itu."
            )
        except sqlite3.DatabaseError as e:
            return 1, f"Berkas {p.name} rusak: SQLite tidak dapat membacanya ({e}).{saran}"
        if not {"audit", "nomor", "_sqlite_migrations"} <= tabel:
            return 1, (
                f"Berkas {p.name} adalah basis data SQLite, tetapi bukan basis data Bawang Desk "
                "(tabel audit dan nomor tidak ada). Berkas tidak diubah."
            )
        tertunda = skema.tertunda(conn)
        if dipakai and not wal and not catatan:
            conn.close()
            folder = Path(tempfile.gettempdir())
            conn = tumpuk.enter_context(snapshot(p, folder=folder))
            catatan.append(
                "Aplikasi sedang membuka basis data ini; pemeriksaan dilakukan pada salinan "
                "sesaat (snapshot), tanpa menahan penyimpanan di loket."
            )
        else:
            conn.execute("BEGIN")  # one read transaction: one snapshot
        if tertunda:
            catatan.append(
                f"Basis data memakai skema lama ({len(tertunda)} pembaruan belum dijalankan); "
                "hanya integritas berkas dan kunci asing yang diperiksa. Buka aplikasi untuk "
                "memperbaruinya."
            )
            laporan = _laporan_dasar(conn)
        else:
            laporan = laporan_periksa(desk_baca(conn), p, jangkar)
    teks = laporan.teks()
    if catatan:
        teks = "\n".join(catatan) + "\n\n" + teks
    return (0 if laporan.utuh else 1), teks


def c_label(c: Cadangan) -> str:
    return f"{c.label} ({c.path.name})"


def _laporan_dasar(conn: sqlite3.Connection) -> LaporanPeriksa:
    def integritas() -> tuple[str, ...]:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        return () if rows == ["ok"] else tuple(rows)

    return LaporanPeriksa(
        (BagianPeriksa("Integritas berkas", _aman("Integritas berkas", integritas)),), ""
    )


@contextlib.contextmanager
def _salinan_pulih_jurnal(p: Path) -> Iterator[sqlite3.Connection]:
    """The database and its hot journal copied into a private temporary folder, where SQLite
    may roll the journal back; the original pair is never touched."""
    with tempfile.TemporaryDirectory(prefix="bawang-periksa-") as d:
        os.chmod(d, 0o700)
        salinan = Path(d) / p.name
        shutil.copyfile(p, salinan)
        for akhiran in ("-journal", "-wal"):
            if Path(str(p) + akhiran).exists():
                shutil.copyfile(str(p) + akhiran, str(salinan) + akhiran)
        conn = sqlite3.connect(str(salinan))
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            yield conn
        finally:
            conn.close()
