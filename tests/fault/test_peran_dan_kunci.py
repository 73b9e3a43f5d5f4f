"""Fault items 9 and 10: the role matrix called directly, and the idle lock with a fake clock.

Pass conditions (issue 7): every core action called as every role and as nobody: exactly the
roles the matrix allows succeed, the rest get AksesDitolak; after the idle timeout every action
needs the password again (SesiTerkunci), and succeeds once the password is given.
"""

from __future__ import annotations

import pytest

from bawang_desk.core import peran
from bawang_desk.core.errors import AksesDitolak, SesiTerkunci
from tests.fault.aksi import daftar_aksi, sebagai
from tests.helpers import SANDI

PERAN = [*peran.PERAN, None]


def test_matriks_lengkap_lewat_otorisasi(desk):
    """Every permission of the matrix (those of later areas too) against every role."""
    n = 0
    for izin, boleh in peran.IZIN.items():
        for p in PERAN:
            sebagai(desk, p)
            if p is not None and p in boleh:
                assert desk.otorisasi(izin).peran == p
            else:
                with pytest.raises(AksesDitolak):
                    desk.otorisasi(izin)
            n += 1
    assert n == len(peran.IZIN) * len(PERAN)


def test_setiap_aksi_inti_sebagai_setiap_peran(desk, tmp_path, jam):
    flash = tmp_path / "flash"
    flash.mkdir()
    dicoba = 0
    for i, a in enumerate(daftar_aksi(flash)):
        for p in PERAN:
            ctx = a.siapkan(desk)
            sebagai(desk, p)
            tag = f"{i}.{p}"
            if p is not None and peran.boleh(p, a.izin):
                a.jalan(desk, ctx, tag)  # must succeed
            else:
                with pytest.raises(AksesDitolak) as e:
                    a.jalan(desk, ctx, tag)
                pesan = str(e.value)
                assert ("masuk terlebih dahulu" in pesan) if p is None else ("berwenang" in pesan)
            dicoba += 1
    assert desk.verify_audit().utuh
    print(f"\nrole matrix: {dicoba} direct calls")


def test_kunci_diam_semua_aksi_butuh_sandi_lagi(desk, tmp_path, jam):
    flash = tmp_path / "flash"
    flash.mkdir()
    batas = desk.pengaturan.umum().batas_diam_menit
    for i, a in enumerate(daftar_aksi(flash)):
        p = sorted(peran.IZIN[a.izin])[0]
        ctx = a.siapkan(desk)
        desk.masuk(p, SANDI if p != "admin" else "rahasia-admin-1")
        jam.maju(minutes=batas - 1)
        desk.sentuh()  # activity restarts the idle clock
        jam.maju(minutes=batas)
        assert desk.terkunci
        with pytest.raises(SesiTerkunci, match="kata sandi"):
            a.jalan(desk, ctx, f"k{i}")
        with pytest.raises(AksesDitolak):
            desk.buka_kunci("bukan-sandinya")
        assert desk.terkunci
        desk.buka_kunci(SANDI if p != "admin" else "rahasia-admin-1")
        a.jalan(desk, ctx, f"k{i}")
