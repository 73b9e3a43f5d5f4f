"""Reference data: region codes as in DOMAIN.md section 1, golongan/pangkat as in section 6."""

from __future__ import annotations

import pytest

from bawang_desk.core.errors import ValidationError
from bawang_desk.core.referensi import (
    GOLONGAN,
    PANGKAT,
    Desa,
    Kecamatan,
    desa_bawang,
    desa_by_nama,
    kecamatan_banjarnegara,
    kecamatan_by_nama,
    pangkat_golongan,
    provinsi,
    validasi_golongan,
    wilayah_kantor,
)

DESA = [
    "Wanadri", "Kebondalem", "Majalengka", "Wiramastra", "Kutayasa", "Winong", "Depok",
    "Watuurip", "Masaran", "Serang", "Mantrianom", "Binorong", "Joho", "Bawang", "Bandingan",
    "Blambangan", "Gemuruh", "Pucang",
]  # fmt: skip

KECAMATAN = [
    "Susukan", "Purworeja Klampok", "Mandiraja", "Purwanegara", "Bawang", "Banjarnegara",
    "Sigaluh", "Madukara", "Banjarmangu", "Wanadadi", "Rakit", "Punggelan", "Karangkobar",
    "Pagentan", "Pejawaran", "Batur", "Wanayasa", "Kalibening", "Pandanarum", "Pagedongan",
]  # fmt: skip

PROVINSI_KODE = [
    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35",
    "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76",
    "81", "82", "91", "92", "93", "94", "95", "96",
]  # fmt: skip


def test_wilayah_kantor():
    prov, kab, kec = wilayah_kantor()
    assert (prov.kode, prov.nama) == ("33", "Jawa Tengah")
    assert (kab.kode, kab.nama) == ("33.04", "Banjarnegara")
    assert (kec.kode, kec.nama) == ("33.04.05", "Bawang")


def test_provinsi_38_kemendagri():
    p = provinsi()
    assert list(p) == PROVINSI_KODE
    assert p["33"] == "Jawa Tengah"
    # Kemendagri codes (used in NIK), not BPS codes.
    assert p["91"] == "Papua"
    assert p["92"] == "Papua Barat"
    assert p["93"] == "Papua Selatan"
    assert p["94"] == "Papua Tengah"
    assert p["95"] == "Papua Pegunungan"
    assert p["96"] == "Papua Barat Daya"


def test_provinsi_returns_a_copy():
    provinsi()["99"] = "X"
    assert "99" not in provinsi()


def test_kecamatan_banjarnegara():
    kec = kecamatan_banjarnegara()
    assert len(kec) == 20
    assert [k.nama for k in kec] == KECAMATAN
    assert [k.kode for k in kec] == [f"33.04.{i:02d}" for i in range(1, 21)]
    assert kec[4] == Kecamatan("33.04.05", "Bawang")


def test_desa_bawang():
    desa = desa_bawang()
    assert len(desa) == 18
    assert [d.nama for d in desa] == DESA
    assert [d.kode for d in desa] == [f"33.04.05.{2000 + i}" for i in range(1, 19)]
    assert desa[0] == Desa("33.04.05.2001", "Wanadri")


@pytest.mark.parametrize("nama", ["Watuurip", "watuurip", "  WATUURIP ", "WatuUrip"])
def test_desa_by_nama_case_insensitive(nama):
    assert desa_by_nama(nama) == Desa("33.04.05.2008", "Watuurip")


def test_desa_by_nama_unknown():
    with pytest.raises(ValidationError) as e:
        desa_by_nama("Klampok")
    assert e.value.field == "desa"
    assert "Klampok" in str(e.value)
    assert "tidak ada di Kecamatan Bawang" in str(e.value)
    assert "Wanadri" in str(e.value)


def test_desa_by_nama_empty():
    with pytest.raises(ValidationError, match="belum dipilih"):
        desa_by_nama("  ")


@pytest.mark.parametrize("nama", ["Purworeja Klampok", "purworeja  klampok", "PURWOREJA KLAMPOK"])
def test_kecamatan_by_nama(nama):
    assert kecamatan_by_nama(nama) == Kecamatan("33.04.02", "Purworeja Klampok")


def test_kecamatan_by_nama_unknown():
    with pytest.raises(ValidationError, match="tidak ada di Kabupaten Banjarnegara") as e:
        kecamatan_by_nama("Kebumen")
    assert e.value.field == "kecamatan"


def test_golongan_and_pangkat():
    assert len(GOLONGAN) == 17
    assert GOLONGAN[0] == "I/a"
    assert GOLONGAN[-1] == "IV/e"
    assert list(PANGKAT) == list(GOLONGAN)
    assert PANGKAT == {
        "I/a": "Juru Muda",
        "I/b": "Juru Muda Tk I",
        "I/c": "Juru",
        "I/d": "Juru Tk I",
        "II/a": "Pengatur Muda",
        "II/b": "Pengatur Muda Tk I",
        "II/c": "Pengatur",
        "II/d": "Pengatur Tk I",
        "III/a": "Penata Muda",
        "III/b": "Penata Muda Tk I",
        "III/c": "Penata",
        "III/d": "Penata Tk I",
        "IV/a": "Pembina",
        "IV/b": "Pembina Tk I",
        "IV/c": "Pembina Utama Muda",
        "IV/d": "Pembina Utama Madya",
        "IV/e": "Pembina Utama",
    }


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("III/b", "III/b"),
        ("III/B", "III/b"),
        ("iii/b", "III/b"),
        (" III / b ", "III/b"),
        ("III b", "III/b"),
        ("IIIb", "III/b"),
        ("3b", "III/b"),
        ("3/b", "III/b"),
        ("III-b", "III/b"),
        ("iv/e", "IV/e"),
        ("I/a", "I/a"),
        ("ii/d", "II/d"),
    ],
)
def test_validasi_golongan(typed, canonical):
    assert validasi_golongan(typed) == canonical


@pytest.mark.parametrize("typed", ["V/a", "IV/f", "III", "0/a", "5a", "IIII/a", "abc", "III/bb"])
def test_validasi_golongan_rejects(typed):
    with pytest.raises(ValidationError) as e:
        validasi_golongan(typed)
    assert e.value.field == "golongan"
    assert "Golongan yang sah: I/a sampai IV/e." in str(e.value)


def test_validasi_golongan_message_exact():
    with pytest.raises(ValidationError) as e:
        validasi_golongan("V/a")
    assert str(e.value) == "Golongan 'V/a' tidak ada. Golongan yang sah: I/a sampai IV/e."


def test_validasi_golongan_empty():
    with pytest.raises(ValidationError, match=r"^Golongan belum diisi\.$"):
        validasi_golongan("")


@pytest.mark.parametrize(
    ("gol", "teks"),
    [
        ("III/b", "Penata Muda Tk I (III/b)"),
        ("iv/a", "Pembina (IV/a)"),
        ("I/a", "Juru Muda (I/a)"),
        ("IV/e", "Pembina Utama (IV/e)"),
    ],
)
def test_pangkat_golongan(gol, teks):
    assert pangkat_golongan(gol) == teks


def test_every_golongan_round_trips():
    for gol in GOLONGAN:
        assert validasi_golongan(gol) == gol
        assert validasi_golongan(gol.lower()) == gol
        assert validasi_golongan(gol.replace("/", " ")) == gol
