"""Accounts, roles, idle lock and the audit chain."""

from __future__ import annotations

import sqlite3

import pytest

from bawang_desk.core.errors import AksesDitolak, SesiTerkunci, ValidationError
from bawang_desk.core.pengaturan import Umum
from tests.helpers import ADMIN_SANDI, SANDI


def test_sandi_argon2id_dan_tidak_tersimpan_polos(desk, db_path):
    hashes = [r[0] for r in desk.conn.execute("SELECT hash_sandi FROM pengguna")]
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert len(set(hashes)) == len(hashes)  # salt per user: same password, different hashes
    desk.close()
    data = db_path.read_bytes()
    assert SANDI.encode() not in data and ADMIN_SANDI.encode() not in data


def test_sandi_salah_lima_kali_mengunci(desk, jam):
    for _ in range(4):
        with pytest.raises(AksesDitolak, match="kata sandi salah"):
            desk.masuk("operator", "salah-salah")
    with pytest.raises(AksesDitolak, match="dikunci"):
        desk.masuk("operator", "salah-salah")
    with pytest.raises(AksesDitolak, match="dikunci sementara"):
        desk.masuk("operator", SANDI)  # even the right password waits
    jam.maju(minutes=16)
    assert desk.masuk("operator", SANDI).peran == "operator"


def test_pengguna_tidak_dikenal_dan_kosong(desk):
    with pytest.raises(AksesDitolak, match="salah"):
        desk.masuk("tidakada", SANDI)
    with pytest.raises(AksesDitolak, match="Isi nama pengguna"):
        desk.masuk("", "")


def test_operator_tidak_bisa_mengubah_pengaturan(desk):
    desk.masuk("operator", SANDI)
    with pytest.raises(AksesDitolak, match="tidak berwenang"):
        desk.pengaturan.simpan(umum=Umum(kertas="A4"))
    assert desk.pengaturan.umum().kertas == "F4"
    with pytest.raises(AksesDitolak):
        desk.pengguna.tambah("baru", "Orang Baru", "camat", SANDI)
    desk.keluar()
    with pytest.raises(AksesDitolak, match="masuk terlebih dahulu"):
        desk.pengaturan.simpan(umum=Umum(kertas="A4"))
    desk.masuk("sekcam", SANDI)
    desk.pengaturan.simpan(umum=Umum(kertas="A4"))
    assert desk.pengaturan.umum().kertas == "A4"


def test_kunci_layar_setelah_diam(desk, jam):
    desk.masuk("sekcam", SANDI)
    desk.pengaturan.simpan(umum=Umum(batas_diam_menit=10))
    jam.maju(minutes=9, seconds=59)
    desk.otorisasi("pengaturan.ubah")  # activity restarts the idle clock
    jam.maju(minutes=10)
    assert desk.terkunci
    with pytest.raises(SesiTerkunci):
        desk.otorisasi("nomor.ambil")
    with pytest.raises(AksesDitolak):
        desk.buka_kunci("salah-sandi")
    assert desk.terkunci
    desk.buka_kunci(SANDI)
    assert not desk.terkunci
    desk.otorisasi("nomor.ambil")


def test_kelola_pengguna(desk):
    desk.masuk("admin", ADMIN_SANDI)
    with pytest.raises(ValidationError, match="sudah dipakai"):
        desk.pengguna.tambah("operator", "Dua", "operator", SANDI)
    with pytest.raises(ValidationError, match="paling sedikit 8"):
        desk.pengguna.tambah("baru", "Baru", "operator", "pendek")
    with pytest.raises(ValidationError, match="tidak sama"):
        desk.pengguna.tambah("baru", "Baru", "operator", SANDI, "lain-lain-123")
    with pytest.raises(ValidationError, match="Nama pengguna"):
        desk.pengguna.tambah("Ada Spasi", "Baru", "operator", SANDI)
    with pytest.raises(ValidationError, match="satu Admin"):
        desk.pengguna.ubah("admin", peran="operator")
    desk.pengguna.ubah("operator", aktif=False)
    with pytest.raises(AksesDitolak, match="tidak aktif"):
        desk.masuk("operator", SANDI)


def test_audit_rantai_dan_trigger(desk):
    hasil = desk.verify_audit()
    assert hasil.utuh and hasil.jumlah > 5
    with pytest.raises(sqlite3.DatabaseError, match="tidak boleh diubah"):
        desk.conn.execute("UPDATE audit SET aksi = 'x' WHERE id = 2")
    with pytest.raises(sqlite3.DatabaseError, match="tidak boleh dihapus"):
        desk.conn.execute("DELETE FROM audit WHERE id = 2")
    # someone goes around the app: drop the trigger, edit row 3
    desk.conn.execute("DROP TRIGGER audit_tanpa_ubah")
    desk.conn.execute("UPDATE audit SET pengguna = 'penyusup' WHERE id = 3")
    hasil = desk.verify_audit()
    assert not hasil.utuh and hasil.baris_rusak == 3
    assert "baris 3" in hasil.pesan


def test_perubahan_dan_audit_satu_transaksi(desk):
    desk.masuk("sekcam", SANDI)
    n0 = desk.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    with pytest.raises(ValidationError):
        desk.pengaturan.simpan(
            umum=Umum(kertas="A4"), kantor=desk.pengaturan.kantor().__class__(nama_kantor="")
        )
    assert desk.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == n0
    assert desk.pengaturan.umum().kertas == "F4"  # nothing half-saved


def _kunci_sesi(desk, jam, username: str = "operator") -> None:
    desk.masuk(username, SANDI)
    jam.maju(minutes=desk.pengaturan.umum().batas_diam_menit + 1)
    assert desk.terkunci


def test_buka_kunci_menghormati_penguncian_akun(desk, jam):
    """Issue 13.7: five wrong unlock passwords lock the account like five wrong logins, and
    then even the right password waits; the lockout is checked before the password."""
    _kunci_sesi(desk, jam)
    for _ in range(4):
        with pytest.raises(AksesDitolak, match="kata sandi salah"):
            desk.buka_kunci("salah-salah")
    with pytest.raises(AksesDitolak, match="dikunci"):
        desk.buka_kunci("salah-salah")
    with pytest.raises(AksesDitolak, match="dikunci sementara"):
        desk.buka_kunci(SANDI)
    assert desk.terkunci
    with pytest.raises(AksesDitolak, match="dikunci sementara"):
        desk.masuk("operator", SANDI)  # the lockout is the account's, not the screen's
    jam.maju(minutes=16)
    desk.buka_kunci(SANDI)
    assert not desk.terkunci


def test_buka_kunci_penguncian_dari_login_lain(desk, jam):
    """Guesses at the login window count against the unlock too (one counter per account)."""
    _kunci_sesi(desk, jam)
    for _ in range(5):
        with pytest.raises(AksesDitolak):
            desk.pengguna.periksa("operator", "salah-salah")
    with pytest.raises(AksesDitolak, match="dikunci sementara"):
        desk.buka_kunci(SANDI)
    assert desk.terkunci


def test_buka_kunci_akun_dinonaktifkan(desk, jam):
    """An account the Admin deactivated while its screen was locked does not open again."""
    _kunci_sesi(desk, jam)
    desk.pengguna_aktif, simpan = None, desk.pengguna_aktif
    desk.masuk("admin", ADMIN_SANDI)
    desk.pengguna.ubah("operator", aktif=False)
    desk.pengguna_aktif, desk._terkunci = simpan, True
    with pytest.raises(AksesDitolak, match="tidak aktif"):
        desk.buka_kunci(SANDI)
    assert desk.terkunci


def test_buka_kunci_membaca_peran_baru(desk, jam):
    """A role changed while the screen was locked applies from the unlock on."""
    _kunci_sesi(desk, jam)
    desk.pengguna_aktif, simpan = None, desk.pengguna_aktif
    desk.masuk("admin", ADMIN_SANDI)
    desk.pengguna.ubah("operator", peran="pengadministrasi")
    desk.pengguna_aktif, desk._terkunci = simpan, True
    desk.buka_kunci(SANDI)
    assert desk.pengguna_aktif.peran == "pengadministrasi"


def test_pengguna_tidak_dikenal_sama_dengan_sandi_salah(desk, monkeypatch):
    """Issue 13.10: an unknown username and a wrong password get the same words, and both
    pay for one argon2 verification (so the time does not tell them apart either)."""
    from bawang_desk.core import akun

    asli = akun.cocok_sandi
    dipanggil: list[str] = []

    def hitung(h: str, sandi: str) -> bool:
        dipanggil.append(h)
        return asli(h, sandi)

    monkeypatch.setattr(akun, "cocok_sandi", hitung)
    with pytest.raises(AksesDitolak) as tak_dikenal:
        desk.masuk("tidakada", "salah-salah")
    assert len(dipanggil) == 1 and dipanggil[0].startswith("$argon2id$")
    with pytest.raises(AksesDitolak) as salah:
        desk.masuk("operator", "salah-salah")
    assert len(dipanggil) == 2
    assert str(tak_dikenal.value) == str(salah.value)
    assert "operator" not in str(salah.value)


def test_akun_nonaktif_tidak_terungkap_tanpa_sandi_benar(desk):
    """Without the right password a deactivated account answers like an unknown one."""
    desk.masuk("admin", ADMIN_SANDI)
    desk.pengguna.ubah("operator", aktif=False)
    desk.keluar()
    with pytest.raises(AksesDitolak) as nonaktif:
        desk.masuk("operator", "salah-salah")
    with pytest.raises(AksesDitolak) as tak_dikenal:
        desk.masuk("tidakada", "salah-salah")
    assert str(nonaktif.value) == str(tak_dikenal.value)
