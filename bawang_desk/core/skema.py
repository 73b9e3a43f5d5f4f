"""The names of the schema migrations, readable without importing sqlite-utils.

Opening the desk at start-up only needs to know whether every migration is applied; importing
sqlite-utils (and its plugin machinery) just to learn that would cost a third of the start-up.
``migrations.py`` checks at import that its list is this one.
"""

from __future__ import annotations

import sqlite3

#: The usual Tata Naskah Dinas number: ``400.12.2.2/015/2026`` (used by migration 0001).
POLA_BAKU = "{kode}/{nomor:03}/{tahun}"

MIGRASI: tuple[str, ...] = (
    "0001_dasar",
    "0002_register_inti",
    "0003_surat",
    "0004_layanan",
    "0005_kepegawaian",
    "0007_serah_terima",
    "0008_kinerja",
    "0040_skm",
    "0020_rahasia_tersamar",
    "0060_atas_nama",
    "0061_pengganti_ktp",
    "0021_sifat_dua",
    "0022_gagal_tak_dikenal",
    "0023_indeks_nomor_hilang",
    "0024_indeks_rahasia",
    "0025_indeks_segera",
)
SET = "bawang_desk"


def tertunda(conn: sqlite3.Connection) -> list[str]:
    """Migrations not yet applied to the database behind ``conn``, in order."""
    try:
        done = {
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (SET,)
            )
        }
    except sqlite3.OperationalError:
        return list(MIGRASI)
    return [m for m in MIGRASI if m not in done]
