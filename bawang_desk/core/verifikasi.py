"""Verification codes printed on letters: checked offline, signed with a secret in the database.

A plain hash of the letter's data could be recomputed by anyone who can read it; an HMAC with a
per-office secret cannot, so a code changed by one character, or copied onto another letter, is
refused. The secret lives in the database so every backup carries it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import sqlite3
from dataclasses import dataclass

from bawang_desk.core.errors import ValidationError

KUNCI_RAHASIA = "verifikasi.rahasia"
PANJANG_MAC = 8

#: Register kode to the short prefix printed in the code (letters only, easy to type).
AWALAN: dict[str, str] = {
    "pindah": "PDH",
    "legalisasi": "LEG",
    "kredit-bank": "KRD",
    "skck": "SKCK",
    "kk": "KK",
    "ktp-el": "KTP",
}
_REGISTER = {v: k for k, v in AWALAN.items()}


def rahasia(conn: sqlite3.Connection) -> bytes:
    """The office's secret, created once (inside the caller's transaction when there is one)."""
    r = conn.execute("SELECT nilai FROM pengaturan WHERE kunci = ?", (KUNCI_RAHASIA,)).fetchone()
    if r:
        return bytes.fromhex(r[0].strip('"'))
    kunci = secrets.token_bytes(32)
    conn.execute(
        "INSERT INTO pengaturan (kunci, nilai) VALUES (?, ?)", (KUNCI_RAHASIA, f'"{kunci.hex()}"')
    )
    return kunci


def _mac(kunci: bytes, register: str, tahun: int, nomor: int, nik: str) -> str:
    pesan = f"{register}|{tahun}|{nomor}|{nik}".encode()
    digest = hmac.new(kunci, pesan, hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:PANJANG_MAC]


def buat_kode(kunci: bytes, register: str, tahun: int, nomor: int, nik: str) -> str:
    """E.g. ``SKCK-2026-15-K7Q4M2XA``: register, year and number to find it, then the MAC."""
    awalan = AWALAN.get(register)
    if awalan is None:
        raise ValueError(f"register tanpa kode verifikasi: {register}")
    return f"{awalan}-{tahun}-{nomor}-{_mac(kunci, register, tahun, nomor, nik)}"


@dataclass(frozen=True)
class KodeTerbaca:
    register: str
    tahun: int
    nomor: int
    mac: str


CONTOH = "SKCK-2026-15-K7Q4M2XA"
#: Typing slips the code's alphabets allow to undo: the MAC is base32 (A-Z, 2-7), which has no
#: 0, 1 or 8, and the year and number are digits, which have no O, I or L.
_KE_HURUF = str.maketrans({"0": "O", "1": "I", "8": "B"})
_KE_ANGKA = str.maketrans({"O": "0", "I": "1", "L": "1"})
_PEMISAH = re.compile(r"[-\u2010-\u2015\u2212_./\\]+")


def _tolak(pesan: str) -> ValidationError:
    return ValidationError(f"{pesan} Bentuk kode: {CONTOH}.", "kode")


def urai_kode(teks: str) -> KodeTerbaca:
    """Read what was typed or scanned, forgiving what a person slips on: case, spaces, other
    dashes or none at all, O for 0 and I or L for 1 in the numbers, 0 for O, 1 for I and 8 for
    B in the final letters. Raises ValidationError saying what is missing when it cannot be a
    code at all: only a readable code can be called genuine or not."""
    t = re.sub(r"\s+", "", teks or "").upper()
    if not t:
        raise _tolak("Kode verifikasi belum diisi.")
    t = _PEMISAH.sub("-", t).strip("-")
    bagian = t.split("-")
    if len(bagian) == 4:
        awalan, tahun, nomor, mac = bagian
    else:
        # dashes left out (or some of them): the prefix is a known word, the year four
        # digits and the MAC the last eight characters, so the rest is the number
        polos = t.replace("-", "")
        awalan = next(
            (a for a in sorted(_REGISTER, key=len, reverse=True) if polos.startswith(a)), ""
        )
        sisa = polos[len(awalan) :]
        if not awalan:
            awalan = re.match(r"[A-Z]*", polos).group(0)
        tengah, mac = sisa[:-PANJANG_MAC], sisa[-PANJANG_MAC:]
        tahun, nomor = tengah[:4], tengah[4:]
    if awalan not in _REGISTER:
        daftar = ", ".join(sorted(_REGISTER))
        raise _tolak(
            f"Kode harus diawali jenis surat ({daftar}); tertulis \u201c{awalan or t[:6]}\u201d."
        )
    tahun, nomor = tahun.translate(_KE_ANGKA), nomor.translate(_KE_ANGKA)
    if not re.fullmatch(r"\d{4}", tahun):
        raise _tolak(f"Sesudah {awalan} harus ada tahun empat angka.")
    if not re.fullmatch(r"\d{1,6}", nomor) or int(nomor) == 0:
        raise _tolak(f"Sesudah tahun {tahun} harus ada nomor register (angka).")
    mac = mac.translate(_KE_HURUF)
    if len(mac) != PANJANG_MAC:
        raise _tolak(
            f"Bagian terakhir kode harus {PANJANG_MAC} huruf/angka; tertulis {len(mac)}. "
            "Periksa apakah ada yang terlewat atau berlebih."
        )
    if not re.fullmatch(r"[A-Z2-7]+", mac):
        salah = sorted(set(re.sub(r"[A-Z2-7]", "", mac)))
        raise _tolak(
            f"Bagian terakhir kode hanya memakai huruf A-Z dan angka 2-7; tertulis "
            f"{', '.join(salah)}."
        )
    return KodeTerbaca(_REGISTER[awalan], int(tahun), int(nomor), mac)


def baca_kode(teks: str) -> KodeTerbaca | None:
    """Parse what was typed or scanned (see :func:`urai_kode`); None when it is no code."""
    try:
        return urai_kode(teks)
    except ValidationError:
        return None


def teks_kode(kode: KodeTerbaca) -> str:
    """The code as printed, e.g. ``SKCK-2026-15-K7Q4M2XA``."""
    return f"{AWALAN[kode.register]}-{kode.tahun}-{kode.nomor}-{kode.mac}"


def cocok(kunci: bytes, kode: KodeTerbaca, nik: str) -> bool:
    """Constant-time comparison of the code's MAC with the one the register entry gives."""
    harap = _mac(kunci, kode.register, kode.tahun, kode.nomor, nik)
    return hmac.compare_digest(harap, kode.mac)


def cocok_tersimpan(kode: KodeTerbaca, tersimpan: str) -> bool:
    """Constant-time comparison of a typed code with the code the register entry stored.

    For entries whose NIK was purged after the retention period (UU 27/2022): the MAC can no
    longer be recomputed from the emptied NIK, but the letter in the citizen's hand is still
    genuine, and the code issued with it is still in the register line.
    """
    awalan = AWALAN.get(kode.register)
    if not tersimpan or awalan is None:
        return False
    dibaca = f"{awalan}-{kode.tahun}-{kode.nomor}-{kode.mac}"
    tersimpan = re.sub(r"\s+", "", tersimpan).upper()
    return hmac.compare_digest(dibaca.encode("ascii"), tersimpan.encode("ascii", "replace"))
