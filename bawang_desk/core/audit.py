"""The append-only audit chain: every change is recorded with the hash of the row before it.

Triggers refuse UPDATE and DELETE on the table, and the hash chain shows an edit made by going
around the application (a hex editor, another SQLite tool) at the row where it was made.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


def hitung_hash(
    sebelum: str,
    id_: int,
    waktu: str,
    pengguna: str | None,
    aksi: str,
    objek: str | None,
    rincian: str | None,
) -> str:
    data = json.dumps(
        [sebelum, id_, waktu, pengguna, aksi, objek, rincian],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def tulis(
    conn: sqlite3.Connection,
    waktu: str,
    pengguna: str | None,
    aksi: str,
    objek: str | None = None,
    rincian: dict[str, Any] | None = None,
) -> str:
    """Append one audit row inside the caller's open transaction and return its hash.

    Requiring the open transaction is the point: the change and its audit row commit or vanish
    together.
    """
    if not conn.in_transaction:
        raise RuntimeError("audit.tulis harus dipanggil di dalam transaksi tulis")
    last = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    sebelum = last[1] if last else GENESIS
    id_ = (last[0] + 1) if last else 1
    teks = json.dumps(rincian, ensure_ascii=False, sort_keys=True, default=str) if rincian else None
    h = hitung_hash(sebelum, id_, waktu, pengguna, aksi, objek, teks)
    conn.execute(
        "INSERT INTO audit (id, waktu, pengguna, aksi, objek, rincian, hash_sebelum, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (id_, waktu, pengguna, aksi, objek, teks, sebelum, h),
    )
    return h


@dataclass(frozen=True)
class HasilAudit:
    """Outcome of a chain check: ``baris_rusak`` is the id of the first row that does not fit."""

    utuh: bool
    jumlah: int
    baris_rusak: int | None
    hash_terakhir: str
    pesan: str


def verifikasi(conn: sqlite3.Connection) -> HasilAudit:
    sebelum = GENESIS
    n = 0
    harap_id = 1
    for id_, waktu, pengguna, aksi, objek, rincian, hs, h in conn.execute(
        "SELECT id, waktu, pengguna, aksi, objek, rincian, hash_sebelum, hash FROM audit "
        "ORDER BY id"
    ):
        n += 1
        rusak = (
            id_ != harap_id
            or hs != sebelum
            or h != hitung_hash(sebelum, id_, waktu, pengguna, aksi, objek, rincian)
        )
        if rusak:
            return HasilAudit(
                False,
                n,
                id_,
                sebelum,
                f"Rantai audit rusak pada baris {id_}: catatan itu atau yang sebelumnya telah "
                "diubah atau dihapus di luar aplikasi.",
            )
        sebelum = h
        harap_id += 1
    return HasilAudit(True, n, None, sebelum, f"Rantai audit utuh ({n} catatan).")


def hash_terakhir(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else GENESIS
