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

KUNCI_RAHASIA = "verifikasi.rahasia"
PANJANG_MAC = 8
_POLA = re.compile(rf"^([A-Z]{{2,6}})-(\d{{4}})-(\d{{1,6}})-([A-Z2-7]{{{PANJANG_MAC}}})$")

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


def baca_kode(teks: str) -> KodeTerbaca | None:
    """Parse what was typed or scanned (case and spaces forgiven); None when it is no code."""
    t = re.sub(r"\s+", "", teks or "").upper()
    m = _POLA.match(t)
    if not m or m.group(1) not in _REGISTER:
        return None
    return KodeTerbaca(_REGISTER[m.group(1)], int(m.group(2)), int(m.group(3)), m.group(4))


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
