"""Purges closed applications' personal fields once the retention period has passed (UU 27/2022).

The register line stays: its number, date, service, desa, status, signer and verification code,
and the non-identifying details the printed register shows (destination, purpose, bank). What
goes is what identifies the citizen: NIK, name, address, the applicant block, family members'
NIKs and names, KK number, collateral number and owner. ``nomor.perihal`` loses its "a.n. <name>".

The purge runs with ``PRAGMA secure_delete`` and merges the full-text index, so the old values
do not linger in free pages or old index segments of the file. Rows of the audit chain cannot
be changed (that is their point); since this change the chain records a masked NIK only.

The printed PDFs under ``cetak/`` (service documents, registers, daily prints: they carry the
same NIKs and names) go too once they are older than the retention period, by the file's time;
they are removed after the records' purge has committed.

Allowed to Admin and Sekcam (``data_pribadi.hapus``), only with ``konfirmasi=True``, and recorded
with one audit row for the whole purge.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bawang_desk.core.errors import ValidationError

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

__all__ = [
    "DIHAPUS",
    "HasilHapus",
    "batas_retensi",
    "berkas_cetak_lama",
    "bersihkan_data",
    "calon_hapus",
    "hapus_data_pribadi",
    "samarkan_nik",
]

#: What the name column shows after the purge.
DIHAPUS = "(data pribadi dihapus)"
PENANDA = "data_pribadi_dihapus_pada"
STATUS_TUTUP = ("selesai", "batal")

#: Keys of ``permohonan.data`` that stay: the register's non-identifying details.
DATA_TETAP = frozenset(
    {
        "tujuan_kecamatan",
        "tujuan_desa",
        "alasan",
        "jenis_kepindahan",
        "bank",
        "jumlah",
        "usaha",
        "agunan_jenis",
        "agunan_nilai",
        "letter_c",
        "keperluan",
        "dokumen",
        "kawin",
    }
)


def samarkan_nik(nik: str) -> str:
    """``3304051203900001`` -> ``330405******0001``: enough to tell records apart in the audit,
    not enough to identify a person."""
    nik = str(nik or "")
    if len(nik) < 10:
        return "*" * len(nik)
    return nik[:6] + "*" * (len(nik) - 10) + nik[-4:]


def bersihkan_data(data: dict[str, Any], waktu: str) -> dict[str, Any]:
    """The ``data`` JSON without personal details; family members keep only their relation, so
    the register still counts the people who moved."""
    baru = {k: v for k, v in data.items() if k in DATA_TETAP}
    anggota = data.get("anggota")
    if isinstance(anggota, list):
        baru["anggota"] = [
            {"shdk": a.get("shdk", "")} if isinstance(a, dict) else {} for a in anggota
        ]
    baru[PENANDA] = waktu
    return baru


def _kurangi_bulan(d: date, bulan: int) -> date:
    tahun, b = divmod(d.year * 12 + d.month - 1 - bulan, 12)
    b += 1
    import calendar

    return date(tahun, b, min(d.day, calendar.monthrange(tahun, b)[1]))


def batas_retensi(sekarang: datetime | date, bulan: int) -> date:
    """Applications closed before this day are past ``bulan`` months of retention."""
    d = sekarang.date() if isinstance(sekarang, datetime) else sekarang
    return _kurangi_bulan(d, bulan)


def _kueri_calon(desk: Desk) -> tuple[str, list[Any], date | None]:
    bulan = desk.pengaturan.data_pribadi().retensi_bulan
    if bulan <= 0:
        return "", [], None
    batas = batas_retensi(desk.sekarang(), bulan)
    sql = (
        "FROM permohonan WHERE status IN ('selesai', 'batal') "
        "AND substr(COALESCE(diubah_pada, dibuat_pada), 1, 10) < ? "
        f"AND json_extract(data, '$.{PENANDA}') IS NULL"
    )
    return sql, [batas.isoformat()], batas


def calon_hapus(desk: Desk) -> int:
    """How many closed applications are past the retention period (for the confirmation)."""
    desk.otorisasi("data_pribadi.hapus")
    sql, args, _ = _kueri_calon(desk)
    if not sql:
        return 0
    return desk.conn.execute(f"SELECT COUNT(*) {sql}", args).fetchone()[0]


def berkas_cetak_lama(desk: Desk, batas: date | None = None) -> list[Path]:
    """The printed PDFs under ``cetak/`` last written before the retention cut-off."""
    if batas is None:
        bulan = desk.pengaturan.data_pribadi().retensi_bulan
        if bulan <= 0:
            return []
        batas = batas_retensi(desk.sekarang(), bulan)
    batas_ts = datetime.combine(batas, datetime.min.time()).timestamp()
    folder = desk.data_dir / "cetak"
    if desk.path is None or not folder.is_dir():
        return []
    hasil = []
    for p in sorted(folder.rglob("*.pdf")):
        with contextlib.suppress(OSError):
            if p.is_file() and p.stat().st_mtime < batas_ts:
                hasil.append(p)
    return hasil


@dataclass(frozen=True)
class HasilHapus:
    """How many applications lost their personal fields, the cut-off day used, and the printed
    PDFs removed (and any that could not be, with the reason)."""

    jumlah: int
    batas: date
    berkas: int = 0
    gagal: tuple[str, ...] = field(default_factory=tuple)


def hapus_data_pribadi(desk: Desk, *, konfirmasi: bool = False) -> HasilHapus:
    """Purge the personal fields of closed applications past the retention period.

    ``konfirmasi`` must be true: the window asks "Hapus data pribadi N permohonan?" first.
    Everything happens in one transaction with its audit row.
    """
    desk.otorisasi("data_pribadi.hapus")
    bulan = desk.pengaturan.data_pribadi().retensi_bulan
    if bulan <= 0:
        raise ValidationError(
            "Masa simpan data pribadi belum diatur (Pengaturan > Data pribadi), jadi tidak ada "
            "yang dihapus.",
            "retensi_bulan",
        )
    if not konfirmasi:
        raise ValidationError(
            "Penghapusan data pribadi tidak dapat dibatalkan; konfirmasi dulu sebelum menghapus.",
            "konfirmasi",
        )
    sql, args, batas = _kueri_calon(desk)
    assert batas is not None
    waktu = desk.sekarang_iso()
    pdf = berkas_cetak_lama(desk, batas)
    conn = desk.conn
    lama = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete=ON")
    try:
        with desk.tulis():
            rows = conn.execute(f"SELECT id, nomor_id, data {sql} ORDER BY id", args).fetchall()
            for pid, nomor_id, data in rows:
                try:
                    d = json.loads(data or "{}")
                except ValueError:
                    d = {}
                conn.execute(
                    "UPDATE permohonan SET nik = '', nama = ?, alamat = '', data = ? WHERE id = ?",
                    (DIHAPUS, json.dumps(bersihkan_data(d, waktu), ensure_ascii=False), pid),
                )
                if nomor_id is not None:
                    conn.execute(
                        "UPDATE nomor SET perihal = CASE WHEN instr(perihal, ' a.n. ') > 0 "
                        "THEN substr(perihal, 1, instr(perihal, ' a.n. ') - 1) ELSE perihal END "
                        "WHERE id = ?",
                        (nomor_id,),
                    )
            if rows:
                # old index segments still hold the terms: merge them away
                conn.execute("INSERT INTO permohonan_fts (permohonan_fts) VALUES ('optimize')")
            ids = [r[0] for r in rows]
            desk.catat_audit(
                "data_pribadi.hapus",
                "permohonan",
                {
                    "jumlah": len(ids),
                    "batas": batas.isoformat(),
                    "retensi_bulan": bulan,
                    "id": ids if len(ids) <= 500 else [ids[0], "...", ids[-1]],
                    "berkas_cetak": len(pdf),
                },
            )
    finally:
        conn.execute(f"PRAGMA secure_delete={int(lama)}")
    # the records' purge is committed: now the printed copies of the same data
    dihapus, gagal = 0, []
    for p in pdf:
        try:
            p.unlink()
            dihapus += 1
        except FileNotFoundError:
            dihapus += 1
        except OSError as e:
            gagal.append(f"{p.name}: {e.strerror or e}")
    return HasilHapus(len(ids), batas, dihapus, tuple(gagal))
