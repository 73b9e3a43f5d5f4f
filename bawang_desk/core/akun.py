"""Local accounts: argon2id passwords, login with lockout after failures, and role changes.

Staff share one PC, so who did what must be known for every change; the password hashes use
argon2id with a salt per user and the plain password never reaches the database or a log.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bawang_desk.core import peran as peran_mod
from bawang_desk.core.errors import AksesDitolak, SesiTerkunci, ValidationError

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

MAKS_GAGAL = 5
LAMA_KUNCI = timedelta(minutes=15)
PANJANG_SANDI_MIN = 8


@functools.cache
def _hasher():  # -> argon2.PasswordHasher
    """argon2id with a random 16-byte salt per hash; loaded at the first login, not at start.

    OWASP's argon2id configuration m = 19 MiB, t = 2, p = 1 (one of its equally strong
    choices): the library's default (64 MiB, t = 3, p = 4) took as long as starting the whole
    window on a 2-core PC, and the counter logs in all day. Older hashes are rehashed at the
    next successful login (``check_needs_rehash``).
    """
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")


@dataclass(frozen=True)
class Pengguna:
    id: int
    username: str
    nama: str
    peran: str
    aktif: bool
    jabatan: str = ""

    @property
    def label_peran(self) -> str:
        return peran_mod.label(self.peran)


#: The answer to both an unknown username and a wrong password, word for word.
PESAN_SALAH = (
    f"Nama pengguna atau kata sandi salah. Setelah {MAKS_GAGAL} kali salah berturut-turut "
    f"akun dikunci {int(LAMA_KUNCI.total_seconds() // 60)} menit."
)


@functools.cache
def _hash_tiruan() -> str:
    """A hash of a random password nobody knows, verified for unknown usernames (timing)."""
    import secrets

    return hash_sandi(secrets.token_urlsafe(24))


def hash_sandi(sandi: str) -> str:
    return _hasher().hash(sandi)


def cocok_sandi(hash_: str, sandi: str) -> bool:
    try:
        return _hasher().verify(hash_, sandi)
    except Exception as e:  # argon2's VerifyMismatchError, VerificationError, InvalidHashError
        from argon2.exceptions import InvalidHashError, VerificationError

        if not isinstance(e, VerificationError | InvalidHashError):
            raise
        return False


def validasi_username(username: str) -> str:
    u = username.strip().lower()
    if not u:
        raise ValidationError("Nama pengguna belum diisi.", "username")
    if not _USERNAME.match(u):
        raise ValidationError(
            "Nama pengguna 3-32 huruf kecil, angka, titik, garis bawah atau tanda hubung, "
            "tanpa spasi (contoh: budi.santoso).",
            "username",
        )
    return u


def validasi_sandi(sandi: str, ulang: str | None = None) -> str:
    if len(sandi) < PANJANG_SANDI_MIN:
        raise ValidationError(f"Kata sandi paling sedikit {PANJANG_SANDI_MIN} karakter.", "sandi")
    if sandi.strip() != sandi:
        raise ValidationError("Kata sandi tidak boleh diawali atau diakhiri spasi.", "sandi")
    if ulang is not None and ulang != sandi:
        raise ValidationError("Ulangan kata sandi tidak sama.", "sandi_ulang")
    return sandi


def validasi_peran(peran: str) -> str:
    if peran not in peran_mod.PERAN:
        raise ValidationError(f"Peran '{peran}' tidak dikenal.", "peran")
    return peran


_KOLOM = "id, username, nama, peran, aktif, jabatan"


class Akun:
    """``desk.pengguna``: who may use this desk, and the login that starts a session."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    def _row(self, r: tuple) -> Pengguna:
        return Pengguna(r[0], r[1], r[2], r[3], bool(r[4]), r[5] or "")

    def ada_pengguna(self) -> bool:
        return self._desk.conn.execute("SELECT 1 FROM pengguna LIMIT 1").fetchone() is not None

    def daftar(self) -> list[Pengguna]:
        """Every account, for the Admin's Pengguna page (who may log in is not for everyone)."""
        self._desk.otorisasi("pengguna.kelola", sentuh=False)
        return self._daftar()

    def _daftar(self) -> list[Pengguna]:
        return [
            self._row(r)
            for r in self._desk.conn.execute(
                f"SELECT {_KOLOM} FROM pengguna ORDER BY aktif DESC, nama"
            )
        ]

    def get(self, username: str) -> Pengguna | None:
        r = self._desk.conn.execute(
            f"SELECT {_KOLOM} FROM pengguna WHERE username = ?", (username.strip().lower(),)
        ).fetchone()
        return self._row(r) if r else None

    def _sisipkan(
        self, conn, username: str, nama: str, peran: str, sandi: str, jabatan: str = ""
    ) -> Pengguna:
        from bawang_desk.core.teks import normalisasi_nama

        username = validasi_username(username)
        nama = normalisasi_nama(nama)
        validasi_peran(peran)
        if conn.execute("SELECT 1 FROM pengguna WHERE username = ?", (username,)).fetchone():
            raise ValidationError(f"Nama pengguna '{username}' sudah dipakai.", "username")
        cur = conn.execute(
            "INSERT INTO pengguna (username, nama, peran, hash_sandi, dibuat_pada, jabatan) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (username, nama, peran, hash_sandi(sandi), self._desk.sekarang_iso(), jabatan),
        )
        self._desk.catat_audit(
            "pengguna.tambah",
            f"pengguna:{username}",
            {"nama": nama, "peran": peran, "jabatan": jabatan},
        )
        return Pengguna(cur.lastrowid, username, nama, peran, True, jabatan)

    def tambah(
        self,
        username: str,
        nama: str,
        peran: str,
        sandi: str,
        ulang: str | None = None,
        *,
        jabatan: str = "",
    ) -> Pengguna:
        """A new account; ``jabatan`` is the post it holds (for Rahasia letters disposed to it)."""
        self._desk.otorisasi("pengguna.kelola")
        validasi_sandi(sandi, ulang)
        with self._desk.tulis() as conn:
            return self._sisipkan(conn, username, nama, peran, sandi, jabatan.strip())

    def ubah(
        self,
        username: str,
        *,
        nama: str | None = None,
        peran: str | None = None,
        aktif: bool | None = None,
        jabatan: str | None = None,
    ) -> Pengguna:
        desk = self._desk
        desk.otorisasi("pengguna.kelola")
        lama = self.get(username)
        if lama is None:
            raise ValidationError(f"Pengguna '{username}' tidak ada.", "username")
        if peran is not None:
            validasi_peran(peran)
        baru_aktif = lama.aktif if aktif is None else aktif
        baru_peran = peran or lama.peran
        if lama.peran == peran_mod.ADMIN and (baru_peran != peran_mod.ADMIN or not baru_aktif):
            n_admin = desk.conn.execute(
                "SELECT COUNT(*) FROM pengguna WHERE peran = 'admin' AND aktif = 1"
            ).fetchone()[0]
            if n_admin <= 1:
                raise ValidationError(
                    "Harus tetap ada paling sedikit satu Admin yang aktif.", "peran"
                )
        from bawang_desk.core.teks import normalisasi_nama

        baru_nama = normalisasi_nama(nama) if nama is not None else lama.nama
        baru_jabatan = lama.jabatan if jabatan is None else jabatan.strip()
        with desk.tulis() as conn:
            conn.execute(
                "UPDATE pengguna SET nama = ?, peran = ?, aktif = ?, jabatan = ?, diubah_pada = ? "
                "WHERE id = ?",
                (
                    baru_nama,
                    baru_peran,
                    int(baru_aktif),
                    baru_jabatan,
                    desk.sekarang_iso(),
                    lama.id,
                ),
            )
            desk.catat_audit(
                "pengguna.ubah",
                f"pengguna:{lama.username}",
                {
                    "nama": baru_nama,
                    "peran": baru_peran,
                    "aktif": baru_aktif,
                    "jabatan": baru_jabatan,
                },
            )
        return self.get(username)  # type: ignore[return-value]

    def atur_sandi(self, username: str, sandi: str, ulang: str | None = None) -> None:
        """An Admin resets someone's password; this also lifts a lockout."""
        desk = self._desk
        desk.otorisasi("pengguna.kelola")
        validasi_sandi(sandi, ulang)
        p = self.get(username)
        if p is None:
            raise ValidationError(f"Pengguna '{username}' tidak ada.", "username")
        with desk.tulis() as conn:
            conn.execute(
                "UPDATE pengguna SET hash_sandi = ?, gagal_masuk = 0, terkunci_sampai = NULL, "
                "diubah_pada = ? WHERE id = ?",
                (hash_sandi(sandi), desk.sekarang_iso(), p.id),
            )
            desk.catat_audit("pengguna.atur_sandi", f"pengguna:{p.username}")

    def ganti_sandi_sendiri(self, lama: str, baru: str, ulang: str) -> None:
        desk = self._desk
        user = desk.pengguna_aktif
        if user is None:
            raise AksesDitolak("Silakan masuk terlebih dahulu.")
        if desk.terkunci:  # the lock screen first: its lockout rules guard the password
            raise SesiTerkunci(
                "Layar terkunci karena tidak ada kegiatan. Masukkan kata sandi untuk melanjutkan."
            )
        h = desk.conn.execute(
            "SELECT hash_sandi FROM pengguna WHERE id = ?", (user.id,)
        ).fetchone()[0]
        if not cocok_sandi(h, lama):
            raise ValidationError("Kata sandi lama salah.", "sandi_lama")
        validasi_sandi(baru, ulang)
        with desk.tulis() as conn:
            conn.execute(
                "UPDATE pengguna SET hash_sandi = ?, diubah_pada = ? WHERE id = ?",
                (hash_sandi(baru), desk.sekarang_iso(), user.id),
            )
            desk.catat_audit("pengguna.ganti_sandi", f"pengguna:{user.username}")

    # ---- login

    def periksa(self, username: str, sandi: str, *, buka_kunci: bool = False) -> Pengguna:
        """Check a password, counting failures; five in a row lock the account for a while.

        The one gate for logging in and for unlocking an idle-locked screen (``buka_kunci``,
        noted in the audit row), so both obey the same lockout and deactivation
        rules: a lockout is refused before the password is even looked at, and an account that
        was deactivated meanwhile does not open. The failure count is committed even though the
        login fails, so a guesser cannot reset it by restarting the app.

        An unknown username gets the same message as a wrong password and costs the same
        argon2 verification (against a dummy hash), so neither the words nor the time tell a
        guesser which usernames exist; a deactivated account says so only after the right
        password.
        """
        desk = self._desk
        u = username.strip().lower()
        if not u or not sandi:
            raise AksesDitolak("Isi nama pengguna dan kata sandi.")
        now = desk.sekarang()
        r = desk.conn.execute(
            "SELECT id, hash_sandi, aktif, gagal_masuk, terkunci_sampai FROM pengguna "
            "WHERE username = ?",
            (u,),
        ).fetchone()
        salah = AksesDitolak(PESAN_SALAH)
        if r is None:
            cocok_sandi(_hash_tiruan(), sandi)  # the same work as a wrong password
            with desk.tulis():
                desk.catat_audit(
                    "masuk.gagal", f"pengguna:{u}", {"sebab": "tidak dikenal"}, pengguna=u
                )
            raise salah
        pid, h, aktif, gagal, sampai = r
        if sampai and datetime.fromisoformat(sampai) > now:
            menit = max(1, int((datetime.fromisoformat(sampai) - now).total_seconds() // 60) + 1)
            raise AksesDitolak(
                f"Akun '{u}' dikunci sementara karena {MAKS_GAGAL} kali salah kata sandi. "
                f"Coba lagi dalam {menit} menit, atau minta Admin mengatur ulang kata sandi."
            )
        if not cocok_sandi(h, sandi):
            gagal += 1
            kunci = (
                (now + LAMA_KUNCI).isoformat(timespec="seconds") if gagal >= MAKS_GAGAL else None
            )
            with desk.tulis() as conn:
                conn.execute(
                    "UPDATE pengguna SET gagal_masuk = ?, terkunci_sampai = ? WHERE id = ?",
                    (0 if kunci else gagal, kunci, pid),
                )
                desk.catat_audit(
                    "masuk.gagal",
                    f"pengguna:{u}",
                    {"ke": gagal, "dikunci": bool(kunci)}
                    | ({"buka_kunci": True} if buka_kunci else {}),
                    pengguna=u,
                )
            if kunci:
                raise AksesDitolak(
                    f"Kata sandi salah {MAKS_GAGAL} kali. Akun '{u}' dikunci "
                    f"{int(LAMA_KUNCI.total_seconds() // 60)} menit."
                )
            raise salah
        if not aktif:
            raise AksesDitolak(f"Akun '{u}' tidak aktif. Hubungi Admin.")
        with desk.tulis() as conn:
            conn.execute(
                "UPDATE pengguna SET gagal_masuk = 0, terkunci_sampai = NULL WHERE id = ?", (pid,)
            )
            if _hasher().check_needs_rehash(h):
                conn.execute(
                    "UPDATE pengguna SET hash_sandi = ? WHERE id = ?", (hash_sandi(sandi), pid)
                )
            desk.catat_audit(
                "masuk", f"pengguna:{u}", {"buka_kunci": True} if buka_kunci else None, pengguna=u
            )
        return self.get(u)  # type: ignore[return-value]
