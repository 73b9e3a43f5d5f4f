"""Indonesian text helpers: dates, Roman numerals, rupiah, terbilang, names."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bawang_desk.core.errors import ValidationError
from bawang_desk.core.teks import (
    BULAN,
    bulan_romawi,
    hari_tanggal,
    normalisasi_nama,
    parse_rupiah,
    parse_tanggal,
    romawi,
    rupiah,
    tanggal_panjang,
    tanggal_pendek,
    terbilang,
    terbilang_angka,
)

D = datetime.date


# --- Tanggal ---------------------------------------------------------------------------------


def test_bulan():
    assert len(BULAN) == 12
    assert BULAN[0] == "Januari"
    assert BULAN[7] == "Agustus"
    assert BULAN[11] == "Desember"


@pytest.mark.parametrize(
    ("d", "panjang", "pendek", "hari"),
    [
        (D(2026, 11, 24), "24 November 2026", "24-11-2026", "Selasa, 24 November 2026"),
        (D(2026, 1, 4), "4 Januari 2026", "04-01-2026", "Minggu, 4 Januari 2026"),
        (D(2024, 2, 29), "29 Februari 2024", "29-02-2024", "Kamis, 29 Februari 2024"),
        (D(2025, 8, 17), "17 Agustus 2025", "17-08-2025", "Minggu, 17 Agustus 2025"),
        (D(2026, 5, 1), "1 Mei 2026", "01-05-2026", "Jumat, 1 Mei 2026"),
        (D(2026, 3, 2), "2 Maret 2026", "02-03-2026", "Senin, 2 Maret 2026"),
        (D(2026, 3, 4), "4 Maret 2026", "04-03-2026", "Rabu, 4 Maret 2026"),
        (D(2026, 3, 7), "7 Maret 2026", "07-03-2026", "Sabtu, 7 Maret 2026"),
    ],
)
def test_tanggal_formats(d, panjang, pendek, hari):
    assert tanggal_panjang(d) == panjang
    assert tanggal_pendek(d) == pendek
    assert hari_tanggal(d) == hari


def test_tanggal_accepts_datetime():
    assert tanggal_panjang(datetime.datetime(2026, 11, 24, 9, 30)) == "24 November 2026"


@pytest.mark.parametrize(
    ("n", "r"),
    [(1, "I"), (4, "IV"), (9, "IX"), (14, "XIV"), (40, "XL"), (90, "XC"), (400, "CD"),
     (1994, "MCMXCIV"), (2026, "MMXXVI"), (3999, "MMMCMXCIX")],
)  # fmt: skip
def test_romawi(n, r):
    assert romawi(n) == r


@pytest.mark.parametrize("n", [0, -1, 4000, True, 1.0, "5"])
def test_romawi_out_of_range(n):
    with pytest.raises(ValueError):
        romawi(n)


def test_bulan_romawi():
    assert [bulan_romawi(m) for m in range(1, 13)] == [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ]  # fmt: skip
    for bad in (0, 13, -1):
        with pytest.raises(ValueError):
            bulan_romawi(bad)


# --- Rupiah ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (0, "Rp0"),
        (5, "Rp5"),
        (999, "Rp999"),
        (1000, "Rp1.000"),
        (10000, "Rp10.000"),
        (15_000_000, "Rp15.000.000"),
        (1_234_567_890, "Rp1.234.567.890"),
        (-1500, "-Rp1.500"),
        (Decimal("1500.50"), "Rp1.500,50"),
        (Decimal("1500.5"), "Rp1.500,50"),
        (Decimal("1500.00"), "Rp1.500"),
        (Decimal("1500"), "Rp1.500"),
        (Decimal("0.05"), "Rp0,05"),
        (Decimal("0"), "Rp0"),
        (Decimal("1500.005"), "Rp1.500,01"),
        (Decimal("-2500000.75"), "-Rp2.500.000,75"),
        (Decimal("1E+6"), "Rp1.000.000"),
    ],
)
def test_rupiah(amount, text):
    assert rupiah(amount) == text


@pytest.mark.parametrize("bad", [1.5, "1000", None, True])
def test_rupiah_type(bad):
    with pytest.raises(TypeError):
        rupiah(bad)


@pytest.mark.parametrize("bad", [Decimal("NaN"), Decimal("Infinity")])
def test_rupiah_not_finite(bad):
    with pytest.raises(ValueError):
        rupiah(bad)


TERBILANG = [
    (0, "nol"),
    (1, "satu"),
    (2, "dua"),
    (10, "sepuluh"),
    (11, "sebelas"),
    (12, "dua belas"),
    (19, "sembilan belas"),
    (20, "dua puluh"),
    (21, "dua puluh satu"),
    (100, "seratus"),
    (101, "seratus satu"),
    (111, "seratus sebelas"),
    (200, "dua ratus"),
    (1000, "seribu"),
    (1001, "seribu satu"),
    (1100, "seribu seratus"),
    (2000, "dua ribu"),
    (10_000, "sepuluh ribu"),
    (11_000, "sebelas ribu"),
    (21_000, "dua puluh satu ribu"),
    (100_000, "seratus ribu"),
    (101_000, "seratus satu ribu"),
    (1_000_000, "satu juta"),
    (1_001_000, "satu juta seribu"),
    (2_001_001, "dua juta seribu satu"),
    (10_000_000, "sepuluh juta"),
    (15_000_000, "lima belas juta"),
    (1_500_250, "satu juta lima ratus ribu dua ratus lima puluh"),
    (1_000_000_000, "satu miliar"),
    (1_000_001_000, "satu miliar seribu"),
    (2_500_000_000_000, "dua triliun lima ratus miliar"),
    (
        123_456_789,
        "seratus dua puluh tiga juta empat ratus lima puluh enam ribu "
        "tujuh ratus delapan puluh sembilan",
    ),
]


@pytest.mark.parametrize(("n", "words"), TERBILANG)
def test_terbilang_angka(n, words):
    assert terbilang_angka(n) == words


@pytest.mark.parametrize(("n", "words"), TERBILANG)
def test_terbilang(n, words):
    assert terbilang(n) == f"{words} rupiah"


def test_terbilang_kapital():
    assert terbilang(15_000_000, kapital=True) == "Lima belas juta rupiah"
    assert terbilang(0, kapital=True) == "Nol rupiah"
    assert terbilang_angka(11, kapital=True) == "Sebelas"


def test_terbilang_decimal_whole():
    assert terbilang(Decimal("15000000.00")) == "lima belas juta rupiah"


@pytest.mark.parametrize("bad", [-1, -15_000_000, Decimal("1.5"), 10**18])
def test_terbilang_rejects(bad):
    with pytest.raises(ValueError):
        terbilang(bad)


def _own_terbilang(n: int) -> str:
    """An independent reference spelling, to check the num2words-based one."""
    satuan = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]

    def ratusan(x: int) -> list[str]:
        out = []
        r, p = divmod(x, 100)
        if r == 1:
            out.append("seratus")
        elif r:
            out += [satuan[r], "ratus"]
        if p == 10:
            out.append("sepuluh")
        elif p == 11:
            out.append("sebelas")
        elif 12 <= p <= 19:
            out += [satuan[p - 10], "belas"]
        else:
            pl, s = divmod(p, 10)
            if pl:
                out += [satuan[pl], "puluh"]
            if s:
                out.append(satuan[s])
        return out

    if n == 0:
        return "nol"
    words = []
    for i, skala in reversed(list(enumerate(["", "ribu", "juta", "miliar", "triliun"]))):
        g = (n // 1000**i) % 1000
        if not g:
            continue
        if i == 1 and g == 1:
            words.append("seribu")
        else:
            words += ratusan(g) + ([skala] if skala else [])
    return " ".join(words)


@given(st.integers(0, 10**15 - 1))
def test_terbilang_matches_reference(n):
    assert terbilang_angka(n) == _own_terbilang(n)


# --- parse_rupiah ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("15.000.000", 15_000_000),
        ("Rp 15.000.000", 15_000_000),
        ("Rp15.000.000", 15_000_000),
        ("rp. 15.000.000", 15_000_000),
        ("15000000", 15_000_000),
        ("Rp15.000.000,00", 15_000_000),
        ("Rp15.000.000,-", 15_000_000),
        ("  1.500 ", 1500),
        ("0", 0),
        ("IDR 2.500", 2500),
    ],
)
def test_parse_rupiah(typed, value):
    assert parse_rupiah(typed) == value


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("15,5 juta", "angka lengkap"),
        ("", "belum diisi"),
        ("   ", "belum diisi"),
        ("-5", "negatif"),
        ("Rp -5.000", "negatif"),
        ("abc", "tidak dapat dibaca"),
        ("15.00.000", "tidak dapat dibaca"),
        ("1.5", "tidak dapat dibaca"),
        ("15,000,000", "tidak dapat dibaca"),
        ("15.000.000,50", "tanpa sen"),
        ("1" * 16, "terlalu besar"),
    ],
)
def test_parse_rupiah_rejects(typed, fragment):
    with pytest.raises(ValidationError) as e:
        parse_rupiah(typed)
    assert e.value.field == "jumlah"
    assert fragment in str(e.value)


@given(st.integers(0, 10**15 - 1))
def test_parse_rupiah_round_trip(n):
    assert parse_rupiah(rupiah(n)) == n
    assert parse_rupiah(str(n)) == n


@given(st.text())
def test_parse_rupiah_arbitrary_text(text):
    try:
        n = parse_rupiah(text)
    except ValidationError as e:
        assert e.field == "jumlah"
    else:
        assert n >= 0


# --- parse_tanggal ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "24-11-2026",
        "24/11/2026",
        "24.11.2026",
        "2026-11-24",
        "24 November 2026",
        "24 november 2026",
        "24 Nov 2026",
        "24 Nov. 2026",
        "  24  November   2026 ",
        "Selasa, 24 November 2026",
        "24 Nopember 2026",
        "24112026",
        " 24112026 ",
    ],
)
def test_parse_tanggal(typed):
    assert parse_tanggal(typed) == D(2026, 11, 24)


@pytest.mark.parametrize(
    ("typed", "d"),
    [
        ("4-1-2026", D(2026, 1, 4)),
        ("17 Agustus 1945", D(1945, 8, 17)),
        ("17 Agt 1945", D(1945, 8, 17)),
        ("1 Mei 2026", D(2026, 5, 1)),
        ("29-02-2024", D(2024, 2, 29)),
        ("31 Des 2026", D(2026, 12, 31)),
        ("5 Okt 2026", D(2026, 10, 5)),
    ],
)
def test_parse_tanggal_more(typed, d):
    assert parse_tanggal(typed) == d


@pytest.mark.parametrize(
    ("typed", "fragment"),
    [
        ("", "belum diisi"),
        ("besok", "tidak dapat dibaca"),
        ("24-11-26", "tidak dapat dibaca"),
        ("24-11/2026", "tidak dapat dibaca"),
        ("24 Novembre 2026", "tidak dapat dibaca"),
        ("2026/11/24", "tidak dapat dibaca"),
        ("31-02-2026", "Februari 2026 hanya 28 hari"),
        ("31022026", "Februari 2026 hanya 28 hari"),
        ("2411202", "tidak dapat dibaca"),
        ("241120266", "tidak dapat dibaca"),
        ("29-02-2023", "tidak ada"),
        ("24-13-2026", "bulan 13 tidak ada"),
        ("00-11-2026", "hari 0 tidak ada"),
        ("01-01-0000", "tidak ada"),
    ],
)
def test_parse_tanggal_rejects(typed, fragment):
    with pytest.raises(ValidationError) as e:
        parse_tanggal(typed)
    assert e.value.field == "tanggal"
    assert fragment in str(e.value)


@given(st.dates(min_value=D(1000, 1, 1)))
def test_parse_tanggal_round_trip(d):
    assert parse_tanggal(tanggal_panjang(d)) == d
    assert parse_tanggal(tanggal_pendek(d)) == d
    assert parse_tanggal(hari_tanggal(d)) == d
    assert parse_tanggal(d.isoformat()) == d


@given(st.text())
def test_parse_tanggal_arbitrary_text(text):
    try:
        parse_tanggal(text)
    except ValidationError as e:
        assert e.field == "tanggal"


# --- normalisasi_nama ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "nama"),
    [
        ("Siti Nur'aini", "Siti Nur'aini"),
        ("  Dwi   Ayu\tRatnaningsih ", "Dwi Ayu Ratnaningsih"),
        ("Ñoño", "Ñoño"),
        ("Ma'ruf", "Ma'ruf"),
        ("Ma’ruf", "Ma'ruf"),
        ("Drs. H. Ahmad, S.Sos.", "Drs. H. Ahmad, S.Sos."),
        ("Jean-Pierre", "Jean-Pierre"),
        ("SUPRIYADI", "SUPRIYADI"),
        ("Nguyễn Văn An", "Nguyễn Văn An"),
        ("Rene\u0301", "René"),
    ],
)
def test_normalisasi_nama(typed, nama):
    assert normalisasi_nama(typed) == nama


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Nama belum diisi."),
        ("   ", "Nama belum diisi."),
        ("Budi 2", "Nama tidak boleh berisi angka."),
        ("Hamengkubuwono IX", None),
        ("Budi\x00", "karakter kendali"),
        ("Bu\u200bdi", "karakter kendali"),
        ("budi@desa", "tanda '@'"),
        ("...", "Nama harus berisi huruf."),
        ("A" * 101, "terlalu panjang"),
    ],
)
def test_normalisasi_nama_rejects(typed, message):
    if message is None:
        assert normalisasi_nama(typed) == typed
        return
    with pytest.raises(ValidationError) as e:
        normalisasi_nama(typed)
    assert e.value.field == "nama"
    assert message in str(e.value)


def test_nama_max_length_exact():
    assert normalisasi_nama("A" * 100) == "A" * 100


@given(st.text())
def test_normalisasi_nama_arbitrary_text(text):
    try:
        nama = normalisasi_nama(text)
    except ValidationError as e:
        assert e.field == "nama"
    else:
        assert nama == nama.strip()
        assert "  " not in nama
        assert 0 < len(nama) <= 100
        assert normalisasi_nama(nama) == nama


_HURUF = st.characters(categories=("Lu", "Ll", "Lt", "Lo"))


@given(
    st.lists(
        st.text(_HURUF, min_size=1, max_size=8).map(
            lambda w: w[0] + "'" + w[1:] if len(w) > 2 else w
        ),
        min_size=1,
        max_size=5,
    )
)
def test_normalisasi_nama_accepts_letters_and_apostrophes(words):
    typed = "  ".join(words)
    nama = normalisasi_nama(typed)
    assert nama.split() == [normalisasi_nama(w) for w in words]
