"""Fault item 13: the roster importer fed truncated, byte-flipped, BOM-prefixed and formula files.

Pass condition (issue 7): all rows or none, and errors that name their line in the file; never
a crash (only ``ValidationError``/``ImporDitolak`` reach the user). The returned-batch importer
the issue also names does not exist in the core yet; the roster (``desk.pegawai.impor``) is
the only file importer.
"""

from __future__ import annotations

import io
import random

import pytest

from bawang_desk.core.errors import ValidationError
from bawang_desk.core.impor_pegawai import ImporDitolak
from tests.fault.aksi import sebagai

KEPALA = [
    "NIP", "Nama", "Gol/Ruang", "TMT Pangkat", "MKG Tahun", "MKG Bulan", "TMT KGB", "Jabatan",
    "Jenis Jabatan", "Pendidikan Terakhir", "NIP Atasan", "Status", "SKP",
]  # fmt: skip
N = 20
HURUF = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _baris(i: int) -> list[str]:
    nip = f"198001012005031{i:03d}"
    return [nip, f"Pegawai {HURUF[i]}{HURUF[i + 1].lower()}'an", "III/a", "01-04-2022", "2", "0",
            "", "Pengolah Data", "pelaksana", "S1", "", "PNS", "Baik"]  # fmt: skip


def roster_csv(bom: bool = True) -> bytes:
    teks = "\r\n".join(";".join(r) for r in [KEPALA, *(_baris(i) for i in range(1, N + 1))])
    return (b"\xef\xbb\xbf" if bom else b"") + (teks + "\r\n").encode("utf-8")


def roster_xlsx(ubah=None) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(KEPALA)
    for i in range(1, N + 1):
        r = _baris(i)
        if ubah:
            r = ubah(i, r)
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@pytest.fixture
def impor(desk):
    if not hasattr(desk.pegawai, "impor"):
        pytest.skip("desk.pegawai.impor belum ada")
    sebagai(desk, "kasubbag")

    def jalan(data: bytes, nama: str):
        """Import; check all-or-none and line numbers; return the error or the result."""
        sebelum = desk.conn.execute("SELECT COUNT(*) FROM pegawai").fetchone()[0]
        audit = desk.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
        try:
            hasil = desk.pegawai.impor(data, nama)
        except ImporDitolak as e:
            assert desk.conn.execute("SELECT COUNT(*) FROM pegawai").fetchone()[0] == sebelum
            assert desk.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == audit
            assert e.kesalahan and all(k.baris >= 1 for k in e.kesalahan)
            assert all(f"Baris {k.baris}" in str(e) for k in e.kesalahan)
            return e
        except ValidationError as e:
            assert desk.conn.execute("SELECT COUNT(*) FROM pegawai").fetchone()[0] == sebelum
            assert str(e)
            return e
        n = desk.conn.execute("SELECT COUNT(*) FROM pegawai").fetchone()[0]
        assert n - sebelum == hasil.ditambah
        return hasil

    return jalan


def test_roster_utuh_dengan_dan_tanpa_bom(impor, desk):
    assert impor(roster_csv(bom=True), "r.csv").ditambah == N
    assert impor(roster_csv(bom=False), "r.csv").diperbarui == N
    assert impor(roster_xlsx(), "r.xlsx").diperbarui == N
    assert desk.pegawai.by_nip("198001012005031001").nama == "Pegawai Bc'an"


def test_baris_rusak_dilaporkan_dengan_nomor_barisnya(impor, desk):
    data = roster_csv().replace(b"198001012005031007", b"19800101200503X007")
    data = data.replace(b"Pegawai Mn'an", b"Pegawai M9n")
    e = impor(data, "r.csv")
    assert isinstance(e, ImporDitolak)
    assert sorted({k.baris for k in e.kesalahan}) == [8, 13]  # header is line 1
    assert desk.conn.execute("SELECT COUNT(*) FROM pegawai").fetchone()[0] == 0


@pytest.mark.parametrize("bentuk", ["csv", "xlsx"])
def test_rumus_tidak_dijalankan_dan_tidak_disimpan(impor, desk, bentuk):
    rumus = ['=HYPERLINK("http://x","klik")', "+62-286", "-1+1", "@SUM(A1)", "=1+1"]
    if bentuk == "csv":
        data = roster_csv()
        for i, r in enumerate(rumus, start=1):
            data = data.replace(f"Pegawai {HURUF[i]}{HURUF[i + 1].lower()}'an".encode(), r.encode())
    else:
        data = roster_xlsx(lambda i, r: [r[0], rumus[i - 1], *r[2:]] if i <= len(rumus) else r)
    e = impor(data, f"r.{bentuk}")
    assert isinstance(e, ImporDitolak)
    assert {k.baris for k in e.kesalahan} == set(range(2, 2 + len(rumus)))
    assert desk.conn.execute("SELECT COUNT(*) FROM pegawai").fetchone()[0] == 0


@pytest.mark.slow
@pytest.mark.parametrize("bentuk", ["csv", "xlsx"])
def test_terpotong_dan_byte_dibalik(impor, desk, bentuk):
    asli = roster_csv() if bentuk == "csv" else roster_xlsx()
    rnd = random.Random(13)
    hasil = {"ditolak": 0, "diterima": 0}
    for k in range(60):
        data = bytearray(asli)
        if k % 2 == 0:
            data = data[: rnd.randrange(1, len(data))]
        else:
            for _ in range(rnd.randint(1, 3)):
                data[rnd.randrange(len(data))] ^= 1 << rnd.randrange(8)
        r = impor(bytes(data), f"r.{bentuk}")
        if isinstance(r, ValidationError):
            hasil["ditolak"] += 1
        else:
            hasil["diterima"] += 1
            desk.conn.execute("DELETE FROM pegawai_skp")  # start the next try from empty
            desk.conn.execute("DELETE FROM riwayat_pangkat")
            desk.conn.execute("DELETE FROM pegawai")
    assert hasil["ditolak"] > 0
    print(f"\nimport {bentuk}: 60 damaged files, {hasil}")
