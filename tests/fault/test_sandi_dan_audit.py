"""Fault items 8 and 11: passwords at rest, lockout, and the audit chain.

Pass conditions (issue 7): passwords are argon2id with a salt per user; the test password
appears nowhere in the database file (nor its journal, its backups and flashdisk copy) or in
the logs; five failures lock the account, even across a restart. A change and its audit row
commit in one transaction; triggers refuse UPDATE and DELETE on the audit table; a row edited
outside the app is found at its position by ``verify_audit``.
"""

from __future__ import annotations

import logging
import random
import sqlite3
from datetime import date

import pytest

from bawang_desk.core import audit
from bawang_desk.core import cadangan as cd
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import AksesDitolak
from bawang_desk.core.pengaturan import Umum
from tests.fault.aksi import sebagai
from tests.helpers import ADMIN_SANDI, SANDI


def test_sandi_argon2id_garam_per_pengguna_dan_tidak_bocor(
    desk, db_path, jam, tmp_path, caplog, capfd
):
    caplog.set_level(logging.DEBUG)
    desk.masuk("admin", ADMIN_SANDI)
    desk.pengguna.atur_sandi("operator", "Sandi-Baru-Rahasia-9")
    for salah in ("tebakan-pertama-1", "Sandi-Baru-Rahasia-8"):
        with pytest.raises(AksesDitolak):
            desk.masuk("operator", salah)
    desk.masuk("operator", "Sandi-Baru-Rahasia-9")
    hashes = dict(desk.conn.execute("SELECT username, hash_sandi FROM pengguna"))
    garam = set()
    for h in hashes.values():
        bagian = h.split("$")
        assert bagian[1] == "argon2id" and bagian[2] == "v=19"
        garam.add(bagian[4])
    assert len(garam) == len(hashes)  # a salt per user, even for the same password
    flash = tmp_path / "flash"
    flash.mkdir()
    c = cd.cadangkan(db_path, sekarang=jam.now)
    h = cd.cadangkan_ke_flashdisk(desk, flash)
    desk.close()
    rahasia = [
        SANDI,
        ADMIN_SANDI,
        "Sandi-Baru-Rahasia-9",
        "tebakan-pertama-1",
        "Sandi-Baru-Rahasia-8",
    ]
    berkas = [db_path, c.path, h.path, *db_path.parent.glob("*journal*")]
    out, err = capfd.readouterr()
    for s in rahasia:
        for b in berkas:
            assert s.encode() not in b.read_bytes(), (s, b)
            assert s.encode("utf-16-le") not in b.read_bytes()
        assert s not in caplog.text and s not in out and s not in err


def test_kunci_setelah_lima_kali_walau_aplikasi_dibuka_ulang(desk, db_path, jam):
    desk.close()
    for i in range(5):
        d = Desk.open(db_path, jam=jam)  # a guesser restarts the app between tries
        with pytest.raises(AksesDitolak):
            d.masuk("camat", f"tebakan-{i}")
        d.close()
    d = Desk.open(db_path, jam=jam)
    try:
        with pytest.raises(AksesDitolak, match="dikunci sementara"):
            d.masuk("camat", SANDI)
        jam.maju(minutes=16)
        assert d.masuk("camat", SANDI).peran == "camat"
    finally:
        d.close()


def test_perubahan_dan_audit_satu_transaksi(desk, monkeypatch):
    sebagai(desk, "sekcam")
    n_audit = desk.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]

    def audit_gagal(*a, **k):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(audit, "tulis", audit_gagal)
    with pytest.raises(sqlite3.OperationalError):
        desk.pengaturan.simpan(umum=Umum(kertas="A4"))
    with pytest.raises(sqlite3.OperationalError):
        desk.penomoran.ambil("skck", date(2026, 11, 24), "tanpa audit")
    monkeypatch.undo()
    assert desk.pengaturan.umum().kertas == "F4"  # the change went with its audit row
    assert desk.conn.execute("SELECT COUNT(*) FROM nomor").fetchone()[0] == 0
    assert desk.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == n_audit
    with pytest.raises(RuntimeError, match="transaksi"):
        audit.tulis(desk.conn, "2026-11-24T08:00:00", "x", "di luar transaksi")


def test_trigger_dan_baris_yang_diubah_ditemukan(desk):
    sebagai(desk, "operator")
    for i in range(30):
        desk.penomoran.ambil("kk", date(2026, 11, 24), f"perihal {i}")
    n = desk.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    for sql in ("UPDATE audit SET aksi = 'x' WHERE id = 5", "DELETE FROM audit WHERE id = 5"):
        with pytest.raises(sqlite3.DatabaseError, match="tidak boleh"):
            desk.conn.execute(sql)
    with pytest.raises(sqlite3.DatabaseError):
        desk.conn.execute("DELETE FROM audit")
    assert desk.verify_audit().utuh and desk.verify_audit().jumlah == n
    # going around the app: drop the triggers and edit, delete or reorder at random rows
    desk.conn.execute("DROP TRIGGER audit_tanpa_ubah")
    desk.conn.execute("DROP TRIGGER audit_tanpa_hapus")
    rnd = random.Random(7)
    cara = {
        "ubah": "UPDATE audit SET rincian = replace(rincian, 'perihal', 'perihaI') WHERE id = ?",
        "pengguna": "UPDATE audit SET pengguna = 'penyusup' WHERE id = ?",
        "hapus": "DELETE FROM audit WHERE id = ?",
    }
    jangkar = audit.hash_terakhir(desk.conn)  # as printed at the foot of the daily print
    dicoba = 0
    for nama, sql in cara.items():
        for k in [n, *(rnd.randint(2, n - 1) for _ in range(6))]:
            desk.conn.execute("SAVEPOINT coba")
            cur = desk.conn.execute(sql, (k,))
            hasil = desk.verify_audit()
            desk.conn.execute("ROLLBACK TO coba")
            desk.conn.execute("RELEASE coba")
            if cur.rowcount == 0 or (nama == "ubah" and hasil.utuh):
                continue  # that row had nothing to replace
            if nama == "hapus" and k == n:
                # cutting the tail leaves a valid shorter chain: the paper anchor shows it
                assert hasil.utuh and hasil.hash_terakhir != jangkar
            elif nama == "hapus":
                assert not hasil.utuh and hasil.baris_rusak == k + 1  # the row after the gap
            else:
                assert not hasil.utuh and hasil.baris_rusak == k
                assert f"baris {k}" in hasil.pesan
            dicoba += 1
    assert desk.verify_audit().utuh and audit.hash_terakhir(desk.conn) == jangkar
    assert dicoba >= 15
