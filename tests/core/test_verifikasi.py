"""Verification codes: accepted as printed, refused with one character changed or moved."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from bawang_desk.core.verifikasi import AWALAN, baca_kode, buat_kode, cocok, rahasia

NIK = "3304054508900001"


def test_kode_diterima_dan_ditolak_bila_diubah_satu_huruf(desk):
    with desk.tulis() as conn:
        kunci = rahasia(conn)
    assert rahasia(desk.conn) == kunci  # made once, kept in the database
    kode = buat_kode(kunci, "skck", 2026, 15, NIK)
    assert kode.startswith("SKCK-2026-15-")
    k = baca_kode(kode.lower().replace("-", " - "))
    assert k is not None and k.register == "skck" and k.nomor == 15
    assert cocok(kunci, k, NIK)
    # every single-character change of the MAC is refused
    mac = kode.rsplit("-", 1)[1]
    for i in range(len(mac)):
        for c in "A2":
            if mac[i] == c:
                continue
            palsu = kode[: -len(mac)] + mac[:i] + c + mac[i + 1 :]
            kp = baca_kode(palsu)
            assert kp is not None and not cocok(kunci, kp, NIK)
    # the same MAC moved to another number or another person is refused too
    assert not cocok(kunci, baca_kode(kode.replace("-15-", "-16-")), NIK)
    assert not cocok(kunci, k, "3304054508900002")
    # another office's secret does not make valid codes
    assert not cocok(b"x" * 32, k, NIK)


@given(st.text(alphabet=string.ascii_letters + string.digits + "- ", max_size=40))
def test_teks_sembarang_tidak_membuat_galat(teks):
    baca_kode(teks)  # None or a parsed code, never an exception


def test_setiap_register_layanan_punya_awalan():
    assert set(AWALAN) == {"pindah", "legalisasi", "kredit-bank", "skck", "kk", "ktp-el"}
    assert len(set(AWALAN.values())) == len(AWALAN)


def test_salah_ketik_dimaafkan_kode_tak_lengkap_disebut():
    import pytest

    from bawang_desk.core.errors import ValidationError
    from bawang_desk.core.verifikasi import teks_kode, urai_kode

    kode = buat_kode(b"k" * 32, "kk", 2026, 7, NIK)
    awalan, tahun, nomor, mac = kode.split("-")
    for t in (
        kode.lower(),
        kode.replace("-", ""),
        kode.replace("-", " "),
        kode.replace("-", "\u2013"),  # an en dash from a word processor
        f"{awalan}{tahun}-{nomor}-{mac.replace('O', '0').replace('I', '1')}",
        f"{awalan}-{tahun.replace('0', 'O')}-{nomor.replace('1', 'I')}-{mac}",
    ):
        assert teks_kode(urai_kode(t)) == kode, t
    for t, bagian in (
        ("", "belum diisi"),
        (kode[:-1], "tertulis 7"),
        ("ABC-2026-7-" + mac, "jenis surat"),
        (f"{awalan}-26-7-{mac}", "tahun empat angka"),
        (f"{awalan}-{tahun}--{mac}", "nomor register"),
        (f"{awalan}-{tahun}-{nomor}-{mac[:-1]}9", "A-Z dan angka 2-7"),
    ):
        with pytest.raises(ValidationError, match=bagian):
            urai_kode(t)
