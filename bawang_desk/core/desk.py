"""``Desk``: the one way into the core, opened from a database path, with a manager per area.

The Desk owns the connection, the logged-in user and the idle clock, so that every manager checks
permissions and writes its audit row the same way (Anki's Collection and its managers).
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bawang_desk.core import audit as audit_mod
from bawang_desk.core import skema, storage
from bawang_desk.core.akun import Akun, Pengguna
from bawang_desk.core.errors import AksesDitolak, SesiTerkunci
from bawang_desk.core.pengaturan import Kantor, Pejabat, Pengaturan, Umum
from bawang_desk.core.penomoran import Penomoran
from bawang_desk.core.peran import ADMIN, boleh, pesan_ditolak

if TYPE_CHECKING:
    from bawang_desk.core.kinerja import KinerjaManager
    from bawang_desk.core.layanan import LayananManager
    from bawang_desk.core.pegawai import PegawaiManager
    from bawang_desk.core.pelacakan_sop import PelacakanManager
    from bawang_desk.core.serah_terima import SerahTerimaManager
    from bawang_desk.core.skm import SKMManager
    from bawang_desk.core.surat_keluar import SuratKeluarManager
    from bawang_desk.core.surat_masuk import SuratMasukManager
    from bawang_desk.core.usulan_kp import UsulanKPManager

Jam = Callable[[], datetime]


class Desk:
    """An open Bawang Desk database and the session of whoever sits at the counter."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None,
        *,
        journal: str,
        kunci: storage.KunciInstans | None = None,
        jam: Jam | None = None,
        cadangan_pra_migrasi: Path | None = None,
    ) -> None:
        self.conn = conn
        self._db = None
        self.path = path
        self.journal = journal
        self._kunci = kunci
        self._jam: Jam = jam or datetime.now
        #: the idle lock's clock: monotonic, so setting the PC's clock back or forward neither
        #: keeps a session open nor locks it (a test clock, when given, drives both)
        self.monoton: Callable[[], float] = (
            time.monotonic if jam is None else (lambda: self._jam().timestamp())
        )
        self.cadangan_pra_migrasi = cadangan_pra_migrasi
        self.pengguna_aktif: Pengguna | None = None
        self._terakhir_aktif: float | None = None
        self._terkunci = False
        self.pengguna = Akun(self)
        self.pengaturan = Pengaturan(self)
        self.penomoran = Penomoran(self)
        #: asked when a write cannot get the database (another program holds it): the window
        #: says so and offers "Coba lagi"; True tries again, False gives up (nothing is saved)
        self.saat_sibuk: Callable[[Exception], bool] | None = None
        #: numbers issued in the open transaction, for the numbers journal after its COMMIT
        self.nomor_tertunda: list[tuple[int, Any]] = []

    @functools.cached_property
    def surat_masuk(self) -> SuratMasukManager:
        """``desk.surat_masuk``: the Buku Agenda, made on first use (not before the login)."""
        from bawang_desk.core.surat_masuk import SuratMasukManager

        return SuratMasukManager(self)

    @functools.cached_property
    def layanan(self) -> LayananManager:
        """``desk.layanan``: the counter services, made on first use."""
        from bawang_desk.core.layanan import LayananManager

        return LayananManager(self)

    @functools.cached_property
    def kinerja(self) -> KinerjaManager:
        """``desk.kinerja``: the Laporan Kinerja figures of a month or a year, from the registers."""
        from bawang_desk.core.kinerja import KinerjaManager

        return KinerjaManager(self)

    @functools.cached_property
    def pelacakan(self) -> PelacakanManager:
        """``desk.pelacakan``: any catalog SOP followed as work, with deadlines and late steps."""
        from bawang_desk.core.pelacakan_sop import PelacakanManager

        return PelacakanManager(self)

    @functools.cached_property
    def serah_terima(self) -> SerahTerimaManager:
        """``desk.serah_terima``: KK/KTP-el files handed to Dindukcapil in batches, and back."""
        from bawang_desk.core.serah_terima import SerahTerimaManager

        return SerahTerimaManager(self)

    @functools.cached_property
    def skm(self) -> SKMManager:
        """``desk.skm``: the Survei Kepuasan Masyarakat, its anonymous counters and the IKM."""
        from bawang_desk.core.skm import SKMManager

        return SKMManager(self)

    @functools.cached_property
    def surat_keluar(self) -> SuratKeluarManager:
        """``desk.surat_keluar``, made on first use so start-up does not pay for it."""
        from bawang_desk.core.surat_keluar import SuratKeluarManager

        return SuratKeluarManager(self)

    @functools.cached_property
    def pegawai(self) -> PegawaiManager:
        """``desk.pegawai``: the staff roster, its history and the buku penjagaan KP/KGB."""
        from bawang_desk.core.pegawai import PegawaiManager

        return PegawaiManager(self)

    @functools.cached_property
    def usulan_kp(self) -> UsulanKPManager:
        """``desk.usulan_kp``: KP/KGB proposals to BKD along SOP 003, and the Register KP/KGB."""
        from bawang_desk.core.usulan_kp import UsulanKPManager

        return UsulanKPManager(self)

    @property
    def db(self):  # -> sqlite_utils.Database
        """sqlite-utils over the same connection, imported on first use (it is slow to load)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        kunci: bool = True,
        journal: str = "auto",
        jam: Jam | None = None,
        periksa_lokasi: bool = True,
    ) -> Desk:
        """Open or create the database, refusing unsafe places and a second copy of the app.

        ``kunci=False`` is for helpers inside the same app (worker threads, the CLI's batch
        commands and the fault tests), which may share the file with the window.
        """
        p = Path(path) if path is not None else storage.default_db_path()
        if str(p) == ":memory:":
            conn = storage.connect(":memory:")
            desk = cls(conn, None, journal="memory", jam=jam)
            from bawang_desk.core import migrations

            migrations.apply(desk.db)
            return desk
        p = p.absolute()
        p.parent.mkdir(parents=True, exist_ok=True)
        if periksa_lokasi:
            storage.periksa_lokasi(p)
        mode = storage.pilih_journal(journal)
        lock = storage.KunciInstans(p) if kunci else None
        if lock:
            lock.ambil()
        try:
            ada = p.exists() and p.stat().st_size > 0
            conn = storage.connect(p, mode)
            try:
                cadangan = None
                if skema.tertunda(conn):
                    from sqlite_utils import Database

                    from bawang_desk.core import migrations

                    if ada:
                        stamp = (jam or datetime.now)().strftime("%Y%m%d-%H%M%S")
                        cadangan = storage.salin_database(
                            conn, p.parent / "cadangan" / f"pra-migrasi-{stamp}-{p.name}"
                        )
                    migrations.apply(Database(conn))
            except BaseException:
                conn.close()
                raise
        except BaseException as e:
            if lock:
                lock.lepas()
            if type(e) is sqlite3.DatabaseError:  # SQLITE_NOTADB / SQLITE_CORRUPT, not a bug
                from bawang_desk.core.errors import DatabaseRusak

                raise DatabaseRusak(
                    f"Basis data {p.name} rusak atau bukan basis data Bawang Desk ({e}). "
                    "Tutup aplikasi lalu buka lagi: berkas yang rusak akan disisihkan dan "
                    "cadangan terbaru ditawarkan."
                ) from e
            raise
        return cls(conn, p, journal=mode, kunci=lock, jam=jam, cadangan_pra_migrasi=cadangan)

    def cabang(self) -> Desk:
        """A second Desk on the same file for a worker thread, carrying the same session.

        Long jobs run in their own thread with their own connection (SQLite connections are not
        shared across threads here); the logged-in user comes along so permissions still apply.
        """
        if self.path is None:
            return self
        d = Desk.open(
            self.path, kunci=False, periksa_lokasi=False, jam=self._jam, journal=self.journal
        )
        d.pengguna_aktif = self.pengguna_aktif
        d.monoton = self.monoton
        d._terakhir_aktif = self._terakhir_aktif
        d._terkunci = self._terkunci
        return d

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        if self._kunci:
            self._kunci.lepas()
            self._kunci = None

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def data_dir(self) -> Path:
        """Folder for files that belong to this database (scans, printed PDFs, backups)."""
        return self.path.parent if self.path else storage.default_data_dir()

    # ------------------------------------------------------------------ time

    def sekarang(self) -> datetime:
        return self._jam()

    def sekarang_iso(self) -> str:
        return self._jam().isoformat(timespec="seconds")

    # ------------------------------------------------------------------ transactions & audit

    @contextlib.contextmanager
    def tulis(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (``BEGIN IMMEDIATE``); changes and their audit rows commit together.

        After the outermost COMMIT the numbers it issued go to the numbers journal
        (:mod:`~bawang_desk.core.jurnal_nomor`); a rollback drops them.
        """
        luar = not self.conn.in_transaction
        try:
            with storage.transaksi_tulis(self.conn, self.saat_sibuk) as conn:
                yield conn
        except BaseException:
            if luar:
                self.nomor_tertunda.clear()
            raise
        if luar and self.nomor_tertunda:
            self._tulis_jurnal_nomor()

    def _tulis_jurnal_nomor(self) -> None:
        from bawang_desk.core import jurnal_nomor

        tertunda, self.nomor_tertunda = self.nomor_tertunda, []
        if self.path is None:
            return
        # the numbers are committed and may already be printing: a journal that cannot be
        # written (a full disk) must not turn a saved document into an error
        with contextlib.suppress(OSError, sqlite3.Error):
            jurnal_nomor.tulis(
                jurnal_nomor.path_jurnal(self.path),
                jurnal_nomor.yang_tersimpan(self.conn, tertunda),
            )

    @property
    def username(self) -> str | None:
        return self.pengguna_aktif.username if self.pengguna_aktif else None

    def catat_audit(
        self,
        aksi: str,
        objek: str | None = None,
        rincian: dict[str, Any] | None = None,
        *,
        pengguna: str | None = None,
    ) -> str:
        return audit_mod.tulis(
            self.conn, self.sekarang_iso(), pengguna or self.username, aksi, objek, rincian
        )

    def verify_audit(self) -> audit_mod.HasilAudit:
        """Walk the audit chain and report the first row that was changed outside the app."""
        return audit_mod.verifikasi(self.conn)

    # ------------------------------------------------------------------ session

    @property
    def batas_diam(self) -> timedelta:
        return timedelta(minutes=self.pengaturan.umum().batas_diam_menit)

    def masuk(self, username: str, sandi: str) -> Pengguna:
        """Log in (or switch user); the previous user's session ends here."""
        p = self.pengguna.periksa(username, sandi)
        self.pengguna_aktif = p
        self._terakhir_aktif = self.monoton()
        self._terkunci = False
        return p

    def keluar(self) -> None:
        if self.pengguna_aktif:
            with self.tulis():
                self.catat_audit("keluar", f"pengguna:{self.pengguna_aktif.username}")
        self.pengguna_aktif = None
        self._terakhir_aktif = None
        self._terkunci = False

    @property
    def terkunci(self) -> bool:
        """Whether the session is locked, either explicitly or by idle time on the clock."""
        if self.pengguna_aktif is None:
            return False
        diam = self._terakhir_aktif
        if (
            not self._terkunci
            and diam is not None
            and self.monoton() - diam >= self.batas_diam.total_seconds()
        ):
            self._terkunci = True
        return self._terkunci

    def kunci_layar(self) -> None:
        if self.pengguna_aktif:
            self._terkunci = True

    def buka_kunci(self, sandi: str) -> None:
        """Unlock the idle-locked session with the same user's password.

        Through the login's own gate (``Akun.periksa``): a locked-out account is refused before
        its password is checked, a wrong password counts towards the lockout, and an account
        deactivated meanwhile stays shut. The role is read afresh, so a change made by the
        Admin while the screen was locked applies at once.
        """
        user = self.pengguna_aktif
        if user is None:
            raise AksesDitolak("Tidak ada sesi yang terkunci.")
        self.pengguna_aktif = self.pengguna.periksa(user.username, sandi, buka_kunci=True)
        self._terkunci = False
        self._terakhir_aktif = self.monoton()

    def sentuh(self) -> None:
        """Note user activity (keyboard or mouse) so the idle lock restarts its clock."""
        if self.pengguna_aktif and not self.terkunci:
            self._terakhir_aktif = self.monoton()

    def otorisasi(self, izin: str, *, sentuh: bool = True) -> Pengguna:
        """Raise unless the logged-in, unlocked user's role holds ``izin``.

        Reads pass ``sentuh=False``: a table refreshed by a timer must not keep an unattended
        session from locking itself (the user's own keys and clicks restart the idle clock).
        """
        user = self.pengguna_aktif
        if user is None:
            raise AksesDitolak("Silakan masuk terlebih dahulu.")
        if self.terkunci:
            raise SesiTerkunci(
                "Layar terkunci karena tidak ada kegiatan. Masukkan kata sandi untuk melanjutkan."
            )
        if not boleh(user.peran, izin):
            raise AksesDitolak(pesan_ditolak(user.peran, izin))
        if sentuh:
            self._terakhir_aktif = self.monoton()
        return user

    def boleh(self, izin: str) -> bool:
        return self.pengguna_aktif is not None and boleh(self.pengguna_aktif.peran, izin)

    # ------------------------------------------------------------------ first run

    @property
    def perlu_pengaturan_awal(self) -> bool:
        return not self.pengguna.ada_pengguna()

    def pengaturan_awal(
        self,
        *,
        kantor: Kantor,
        pejabat: dict[str, Pejabat],
        umum: Umum,
        admin_username: str,
        admin_nama: str,
        admin_sandi: str,
        admin_sandi_ulang: str | None = None,
    ) -> Pengguna:
        """The first-run setup: office identity, officials, paper and the first Admin, at once.

        Allowed without a login only while the database has no account at all; everything is
        validated before anything is written, so a bad field leaves the database untouched.
        """
        from bawang_desk.core.akun import validasi_sandi

        if not self.perlu_pengaturan_awal:
            raise AksesDitolak("Pengaturan awal sudah pernah dilakukan.")
        validasi_sandi(admin_sandi, admin_sandi_ulang)
        with self.tulis() as conn:
            admin = self.pengguna._sisipkan(conn, admin_username, admin_nama, ADMIN, admin_sandi)
            self.pengguna_aktif = admin  # so the settings rows are audited under the new Admin
            try:
                self.pengaturan._simpan(conn, kantor, pejabat, umum)
            finally:
                self.pengguna_aktif = None
        return admin

    # ------------------------------------------------------------------ checks

    def periksa_integritas(self) -> list[str]:
        """Full integrity, foreign key and numbering checks; an empty list means all is well."""
        masalah = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
        masalah = [] if masalah == ["ok"] else [f"integrity_check: {m}" for m in masalah]
        for tbl, rowid, parent, _ in self.conn.execute("PRAGMA foreign_key_check"):
            masalah.append(f"Kunci asing rusak: {tbl} baris {rowid} merujuk {parent}.")
        masalah.extend(self.penomoran.periksa_kesinambungan())
        masalah.extend(self.skm.segel_berubah())
        a = self.verify_audit()
        if not a.utuh:
            masalah.append(a.pesan)
        return masalah
