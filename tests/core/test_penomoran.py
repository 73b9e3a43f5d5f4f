"""Gapless numbering: patterns, the counter per register and year, BATAL, and SIGKILL safety."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.penomoran import format_nomor, validasi_pola
from tests.helpers import SANDI


def test_format_nomor_tokens():
    d = date(2026, 11, 24)
    assert (
        format_nomor("{kode}/{nomor:03}/{tahun}", nomor=15, tanggal=d, kode="400.12.2.2")
        == "400.12.2.2/015/2026"
    )
    assert (
        format_nomor(
            "{kode}/{nomor:04}/{unit}/{bulan}/{tahun}",
            nomor=7,
            tanggal=d,
            kode="100.2.2.5",
            unit="Tapem",
        )
        == "100.2.2.5/0007/Tapem/XI/2026"
    )
    # an empty unit drops out with its separator
    assert (
        format_nomor("{kode}/{nomor}/{unit}/{tahun}", nomor=3, tanggal=d, kode="470")
        == "470/3/2026"
    )
    assert format_nomor("{nomor:03}", nomor=1234, tanggal=d) == "1234"


@pytest.mark.parametrize(
    "pola, pesan",
    [
        ("", "belum diisi"),
        ("{kode}/{tahun}", "tepat satu kali"),
        ("{kode}/{nomor}/{nomor}", "tepat satu kali"),
        ("{kode}/{nomer}/{tahun}", "{nomer}"),
        ("{kode}/{nomor}/{tahun", "berpasangan"),
    ],
)
def test_pola_salah_ditolak(pola, pesan):
    with pytest.raises(ValidationError, match=pesan.replace("{", r"\{").replace("}", r"\}")):
        validasi_pola(pola)


def test_nomor_berurutan_per_register_dan_tahun(desk, jam):
    desk.masuk("operator", SANDI)
    a = desk.penomoran.ambil("skck", date(2026, 11, 24), "Rekomendasi SKCK Budi")
    jam.maju(days=1)  # a number is dated today or before, never ahead
    desk.masuk("operator", SANDI)
    b = desk.penomoran.ambil("skck", date(2026, 11, 25), "Rekomendasi SKCK Sari")
    c = desk.penomoran.ambil("pindah", date(2026, 11, 25), "Pindah Joko")
    jam.now = jam.now.replace(year=2027, month=1, day=2)
    desk.masuk("operator", SANDI)
    d = desk.penomoran.ambil("skck", date(2027, 1, 2), "Tahun baru")
    assert (a.nomor, b.nomor, c.nomor, d.nomor) == (1, 2, 1, 1)
    assert a.nomor_lengkap == "100.2.2.5/001/SKCK/2026"
    assert c.nomor_lengkap == "400.12.2.2/001/PDH/2026"
    assert d.nomor_lengkap == "100.2.2.5/001/SKCK/2027"
    assert desk.penomoran.periksa_kesinambungan() == []


def test_batal_menyimpan_nomor_dan_tidak_dipakai_ulang(desk):
    desk.masuk("operator", SANDI)
    a = desk.penomoran.ambil("skck", date(2026, 11, 24), "Salah ketik")
    with pytest.raises(AksesDitolak):
        desk.penomoran.batalkan(a.id, "Salah ketik nama pemohon")
    desk.masuk("sekcam", SANDI)
    with pytest.raises(ValidationError, match="Alasan"):
        desk.penomoran.batalkan(a.id, "  ")
    batal = desk.penomoran.batalkan(a.id, "Salah ketik nama pemohon")
    assert batal.batal and batal.alasan_batal == "Salah ketik nama pemohon"
    b = desk.penomoran.ambil("skck", date(2026, 11, 24), "Pengganti")
    assert b.nomor == 2
    with pytest.raises(ValidationError, match="sudah BATAL"):
        desk.penomoran.batalkan(a.id, "Lagi lagi")
    # the database itself refuses deleting or renumbering
    import sqlite3

    with pytest.raises(sqlite3.DatabaseError):
        desk.conn.execute("DELETE FROM nomor WHERE id = ?", (a.id,))
    with pytest.raises(sqlite3.DatabaseError):
        desk.conn.execute("UPDATE nomor SET nomor = 9 WHERE id = ?", (a.id,))
    with pytest.raises(sqlite3.DatabaseError):
        desk.conn.execute("UPDATE nomor SET status = 'TERBIT' WHERE id = ?", (a.id,))


def test_gagal_sebelum_commit_tidak_memakai_nomor(desk):
    desk.masuk("operator", SANDI)
    with pytest.raises(RuntimeError), desk.tulis() as conn:
        desk.penomoran.terbitkan(conn, "kk", date(2026, 11, 24), perihal="akan gagal")
        raise RuntimeError("PDF gagal dibuat")
    n = desk.penomoran.ambil("kk", date(2026, 11, 24), "berikutnya")
    assert n.nomor == 1


def test_pola_register_bisa_diubah_oleh_sekcam_saja(desk):
    desk.masuk("operator", SANDI)
    with pytest.raises(AksesDitolak):
        desk.penomoran.ubah_register("skck", pola="{kode}/{nomor:04}/{bulan}/{tahun}")
    desk.masuk("sekcam", SANDI)
    reg = desk.penomoran.ubah_register(
        "skck",
        pola="{kode}/{nomor:04}/{unit}/{bulan}/{tahun}",
        unit="Trantib",
        kode_klasifikasi="300.1.4",
    )
    assert reg.contoh(date(2026, 11, 24), 15) == "300.1.4/0015/Trantib/XI/2026"
    with pytest.raises(ValidationError, match="Kode klasifikasi"):
        desk.penomoran.ubah_register("skck", pola="{kode}/{nomor}", kode_klasifikasi="abc")


def test_register_surat_keluar_dibuat_saat_dipakai(desk):
    desk.masuk("pengadministrasi", SANDI)
    with desk.tulis() as conn:
        kode = desk.penomoran.pastikan_register_surat_keluar(conn, "800.1.11.13")
        n = desk.penomoran.terbitkan(conn, kode, date(2026, 11, 24), perihal="Usulan KGB")
    assert n.nomor_lengkap == "800.1.11.13/001/2026"


# ---------------------------------------------------------------- SIGKILL

ANAK = textwrap.dedent(
    """
    import sys
    from datetime import date
    from bawang_desk.core.desk import Desk
    desk = Desk.open(sys.argv[1], kunci=False)
    desk.masuk("operator", sys.argv[2])
    regs = ["skck", "pindah", "kk"]
    i = 0
    while True:
        reg = regs[i % 3]
        tahun = 2026 + (i // 7) % 2
        with desk.tulis() as conn:
            n = desk.penomoran.terbitkan(conn, reg, date(tahun, 11, 24), perihal=f"uji {i}")
        # acknowledged only after COMMIT returned
        print(f"{n.register} {n.tahun} {n.nomor}", flush=True)
        i += 1
    """
)


def bunuh_berulang(db_path: Path, kali: int, seed: int = 20261124) -> set[tuple[str, int, int]]:
    """Start a child that issues numbers, SIGKILL it at a random moment, ``kali`` times."""
    rnd = random.Random(seed)
    diakui: set[tuple[str, int, int]] = set()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    for _ in range(kali):
        p = subprocess.Popen(
            [sys.executable, "-c", ANAK, str(db_path), SANDI],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        # wait until it is issuing, then kill it somewhere in the middle of a transaction
        first = p.stdout.readline()
        assert first, p.stderr.read()
        r, t, n = first.split()
        diakui.add((r, int(t), int(n)))
        time.sleep(rnd.uniform(0.0, 0.25))
        p.send_signal(signal.SIGKILL)
        out, _ = p.communicate()
        for line in out.splitlines():
            r, t, n = line.split()
            diakui.add((r, int(t), int(n)))
    return diakui


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_20_kali_tidak_merusak_dan_tidak_ada_celah(desk, db_path):
    desk.close()
    diakui = bunuh_berulang(db_path, 20)
    d = Desk.open(db_path, kunci=False)
    try:
        assert d.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = d.conn.execute("SELECT register, tahun, nomor FROM nomor").fetchall()
        ada = {(r, t, n) for r, t, n in rows}
        assert diakui <= ada, "nomor yang sudah diakui hilang"
        per = {}
        for r, t, n in rows:
            per.setdefault((r, t), []).append(n)
        for key, ns in per.items():
            assert sorted(ns) == list(range(1, len(ns) + 1)), key
        assert d.penomoran.periksa_kesinambungan() == []
        assert d.verify_audit().utuh
        assert len(rows) >= 20
    finally:
        d.close()


def test_nomor_bawaan_setiap_register_berbeda(desk):
    """Two books must never print the same number text (the bug: SKCK, kredit and legalisasi
    all shared 100.2.2.5/001/2026, and KK shared KTP-el's)."""
    regs = desk.penomoran.registers()
    with desk.tulis() as conn:
        for kode in ("400.12.2.2", "100.2.2.5", "400.12.2.1"):
            desk.penomoran.pastikan_register_surat_keluar(conn, kode)
    regs = desk.penomoran.registers()
    contoh = [r.contoh(date(2026, 11, 24), 1) for r in regs]
    assert len(set(contoh)) == len(contoh), contoh


def test_pola_yang_menyamai_register_lain_ditolak(desk):
    desk.masuk("sekcam", SANDI)
    lain = desk.penomoran.register("kredit-bank")
    with pytest.raises(ValidationError, match="sama dengan"):
        desk.penomoran.ubah_register(
            "skck", pola=lain.pola, unit=lain.unit, kode_klasifikasi=lain.kode_klasifikasi
        )


def test_alasan_batal_dan_tandai_batal_bersama(desk):
    """Every cancellation (number, letter, application, batch, usulan) shares one rule for the
    reason and one way of marking its number BATAL."""
    import pytest

    from bawang_desk.core.errors import ValidationError
    from bawang_desk.core.penomoran import alasan_batal, tandai_batal

    assert alasan_batal("  salah   ketik  ") == "salah ketik"
    with pytest.raises(ValidationError, match="paling sedikit 5 huruf"):
        alasan_batal(" ab ")
    desk.masuk("sekcam", SANDI)
    n = desk.penomoran.ambil("skck", date(2026, 11, 24), "Uji")
    with desk.tulis() as conn:
        assert tandai_batal(conn, None, "tidak ada") is False
        assert tandai_batal(conn, n.id, "salah ketik") is True
        assert tandai_batal(conn, n.id, "kedua kali") is False  # already BATAL: unchanged
    assert desk.penomoran.get(n.id).alasan_batal == "salah ketik"


def test_catatan_nomor_hilang_dibaca_dari_indeks_kecil_bukan_seluruh_register(desk):
    """Every printed book asks for its lost numbers; on a ten-year database the read walked all
    of a register's numbers (118 ms for SKCK, a read that keeps every save out with the
    rollback journal). Lost numbers are few: a partial index holds only them."""
    from bawang_desk.core import penomoran

    sql, args = penomoran.sql_rentang_hilang(["skck", "kk"], date(2026, 1, 1), date(2026, 12, 31))
    rencana = " ".join(r[3] for r in desk.conn.execute("EXPLAIN QUERY PLAN " + sql, args))
    assert "nomor_hilang" in rencana, rencana
