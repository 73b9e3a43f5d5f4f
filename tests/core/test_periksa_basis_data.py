"""'Periksa basis data': each check reported in Indonesian, and only for roles holding audit.periksa."""

from __future__ import annotations

import pytest

from bawang_desk.core import pemulihan
from bawang_desk.core.errors import AksesDitolak
from tests.helpers import ADMIN_SANDI, SANDI


def test_laporan_utuh_per_pemeriksaan(desk):
    desk.masuk("sekcam", SANDI)
    lap = pemulihan.periksa_basis_data(desk)
    assert lap.utuh and lap.masalah == []
    teks = lap.teks()
    for baris in (
        "Basis data utuh",
        "Integritas berkas: baik",
        "Kunci asing: baik",
        "Kesinambungan nomor: baik",
        "Rantai audit: baik (",
        f"Hash audit terakhir: {desk.verify_audit().hash_terakhir}",
    ):
        assert baris in teks


@pytest.mark.parametrize("peran", ["operator", "pengadministrasi", "kasubbag"])
def test_hanya_peran_yang_berwenang(desk, peran):
    desk.masuk(peran, SANDI)
    with pytest.raises(AksesDitolak, match="berwenang"):
        pemulihan.periksa_basis_data(desk)
    desk.keluar()
    with pytest.raises(AksesDitolak):
        pemulihan.periksa_basis_data(desk)
    for p, s in (("admin", ADMIN_SANDI), ("camat", SANDI)):
        desk.masuk(p, s)
        assert pemulihan.periksa_basis_data(desk).utuh


def test_audit_diubah_dilaporkan(desk):
    desk.masuk("admin", ADMIN_SANDI)
    conn = desk.conn
    conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
    trig = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit'"
        )
    ]
    for t in trig:
        conn.execute(f"DROP TRIGGER {t}")
    conn.execute("UPDATE audit SET aksi = 'diubah' WHERE id = 2")
    lap = pemulihan.periksa_basis_data(desk)
    assert not lap.utuh
    assert "Rantai audit: 1 masalah" in lap.teks()
    assert "Ditemukan masalah" in lap.teks()
