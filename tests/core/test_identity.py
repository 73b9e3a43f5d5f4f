"""NIK, Nomor KK and NIP: decoding, the checks, and the messages the counter staff will see."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bawang_desk.core.errors import ValidationError
from bawang_desk.core.identity import (
    NIK,
    NIP,
    IdentityError,
    NomorKK,
    angka_ascii,
    format_nip,
    parse_nik,
    parse_nip,
    parse_no_kk,
)
from bawang_desk.core.referensi import uraian_wilayah, wilayah_nasional

TODAY = datetime.date(2026, 11, 24)
D = datetime.date


def err(fn, *args, **kwargs) -> IdentityError:
    with pytest.raises(IdentityError) as e:
        fn(*args, **kwargs)
    return e.value


# --- NIK: ordinary cases ---------------------------------------------------------------------


def test_nik_male():
    nik = parse_nik("3304051203900001", today=TODAY)
    assert nik == NIK("3304051203900001", "33.04.05", D(1990, 3, 12), False, 1)
    assert nik.formatted == "330405 120390 0001"
    assert str(nik) == "3304051203900001"


def test_nik_female_day_plus_40():
    nik = parse_nik("3304055203900123", today=TODAY)
    assert nik.perempuan is True
    assert nik.tanggal_lahir == D(1990, 3, 12)
    assert nik.nomor_urut == 123


@pytest.mark.parametrize(
    "typed",
    [
        "3304 0512 0390 0001",
        "3304.0512.0390.0001",
        "3304-0512-0390-0001",
        " 330405 120390 0001 ",
        "3304\t0512\u00a00390 0001",
        "330405–120390–0001",
    ],
)
def test_nik_separators_are_stripped(typed):
    assert parse_nik(typed, today=TODAY).nomor == "3304051203900001"


def test_nik_default_today_is_real_today():
    nik = parse_nik("3304051203900001")
    assert nik.tanggal_lahir == D(1990, 3, 12)


def test_nik_day_31_and_71():
    assert parse_nik("3304053101900001", today=TODAY).tanggal_lahir == D(1990, 1, 31)
    nik = parse_nik("3304057101900001", today=TODAY)
    assert (nik.tanggal_lahir, nik.perempuan) == (D(1990, 1, 31), True)


def test_nik_serial_9999():
    assert parse_nik("3304051203909999", today=TODAY).nomor_urut == 9999


# --- NIK: century ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nik", "lahir"),
    [
        ("3304051203260001", D(2026, 3, 12)),  # 2026-03-12 is before today
        ("3304052411260001", D(2026, 11, 24)),  # born today
        ("3304052511260001", D(1926, 11, 25)),  # 2026-11-25 would be tomorrow
        ("3304052512260001", D(1926, 12, 25)),
        ("3304050101270001", D(1927, 1, 1)),
        ("3304050101000001", D(2000, 1, 1)),
        ("3304053112990001", D(1999, 12, 31)),
        ("3304056512250001", D(2025, 12, 25)),  # female
    ],
)
def test_nik_century_resolution(nik, lahir):
    assert parse_nik(nik, today=TODAY).tanggal_lahir == lahir


def test_nik_century_depends_on_today():
    assert parse_nik("3304051203260001", today=D(2026, 3, 11)).tanggal_lahir == D(1926, 3, 12)
    assert parse_nik("3304051203260001", today=D(2026, 3, 12)).tanggal_lahir == D(2026, 3, 12)


def test_nik_stated_birth_date_settles_the_century():
    # An old person born 12-03-1926: without the stated date the NIK reads as 2026.
    nik = parse_nik("3304051203260001", today=TODAY, tanggal_lahir=D(1926, 3, 12))
    assert nik.tanggal_lahir == D(1926, 3, 12)
    nik = parse_nik("3304051203260001", today=TODAY, tanggal_lahir=D(2026, 3, 12))
    assert nik.tanggal_lahir == D(2026, 3, 12)


def test_nik_stated_birth_date_in_the_future_is_not_used():
    e = err(parse_nik, "3304052512260001", today=TODAY, tanggal_lahir=D(2026, 12, 25))
    assert "NIK menunjukkan 25-12-1926" in str(e)


# --- NIK: leap days --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nik", "lahir"),
    [
        ("3304052902000001", D(2000, 2, 29)),
        ("3304052902240001", D(2024, 2, 29)),
        ("3304056902240001", D(2024, 2, 29)),
        ("3304052902960001", D(1996, 2, 29)),
        ("3304052902280001", D(1928, 2, 29)),  # 2028 is in the future, 1928 was leap
    ],
)
def test_nik_leap_day_valid(nik, lahir):
    assert parse_nik(nik, today=TODAY).tanggal_lahir == lahir


def test_nik_leap_day_invalid_in_common_year():
    # Neither 2023 nor 1923 is a leap year.
    e = err(parse_nik, "3304052902230001", today=TODAY)
    assert "29-02-23" in str(e)
    assert "kabisat" in str(e)
    assert e.field == "nik"


def test_nik_29_feb_00_before_2000_leap_day():
    # 1900 was not a leap year, 2000-02-29 not yet reached.
    err(parse_nik, "3304052902000001", today=D(2000, 2, 28))


# --- NIK: rejected ---------------------------------------------------------------------------


def test_nik_empty():
    for typed in ["", "   ", " . - "]:
        e = err(parse_nik, typed, today=TODAY)
        assert str(e) == "NIK belum diisi."
        assert e.field == "nik"


def test_nik_none_is_empty():
    assert str(err(parse_nik, None, today=TODAY)) == "NIK belum diisi."


def test_nik_15_digits_message():
    e = err(parse_nik, "330405120390001", today=TODAY)
    assert str(e).startswith("NIK harus 16 angka; yang diketik 15 angka.")


def test_nik_17_digits_message():
    e = err(parse_nik, "33040512039000011", today=TODAY)
    assert "yang diketik 17 angka" in str(e)


@pytest.mark.parametrize("typed", ["33040512039O0001", "3304051203900001a", "NIK 3304051203900001"])
def test_nik_letters(typed):
    e = err(parse_nik, typed, today=TODAY)
    assert "NIK hanya boleh berisi angka" in str(e)


def test_nik_letter_is_named():
    assert "'O'" in str(err(parse_nik, "33040512039O0001", today=TODAY))


def _lebar(angka: str) -> str:
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in angka)


@pytest.mark.parametrize(
    "typed",
    [
        "٣٣٠٤٠٥١٢٠٣٩٠٠٠٠١",  # Arabic-Indic
        "۳۳۰۴۰۵۱۲۰۳۹۰۰۰۰۱",  # Extended Arabic-Indic (Persian)
        _lebar("3304051203900001"),  # fullwidth, as a phone keyboard may type
        _lebar("3304 0512 0390 0001"),
    ],
)
def test_nik_non_ascii_digits_normalised(typed):
    """Issue 13 item 12: the same number in another script is read and stored as ASCII."""
    nik = parse_nik(typed, today=TODAY)
    assert nik.nomor == "3304051203900001" and nik.nomor.isascii()


def test_nomor_kk_dan_nip_angka_non_ascii():
    assert parse_no_kk(_lebar("3304050120120003")).nomor == "3304050120120003"
    assert parse_nip("١٩٨٦٠٩٢٦٢٠١٥٠٥١٠٠١").nomor == "198609262015051001"
    assert angka_ascii("NIK ٣٣") == "NIK 33"
    assert angka_ascii("²³") == "²³"  # superscripts are not decimal digits: still refused
    assert "hanya boleh berisi angka" in str(err(parse_nik, "²³⁰⁴⁰⁵¹²⁰³⁹⁰⁰⁰⁰¹", today=TODAY))


@pytest.mark.parametrize(
    ("nik", "fragment"),
    [
        ("3304050003900001", "'00'"),
        ("3304053203900001", "'32'"),
        ("3304054003900001", "'40'"),
        ("3304057203900001", "'72'"),
        ("3304059903900001", "'99'"),
    ],
)
def test_nik_impossible_day_code(nik, fragment):
    e = err(parse_nik, nik, today=TODAY)
    assert fragment in str(e)
    assert "41 sampai 71" in str(e)


@pytest.mark.parametrize(
    ("nik", "fragment"),
    [
        ("3304051200900001", "Bulan lahir"),
        ("3304051213900001", "Bulan lahir"),
        ("3304053102900001", "tidak ada"),  # 31 Feb
        ("3304053104900001", "tidak ada"),  # 31 Apr
        ("3304057102900001", "tidak ada"),  # female 31 Feb
        ("3304053002000001", "tidak ada"),  # 30 Feb
    ],
)
def test_nik_impossible_dates(nik, fragment):
    assert fragment in str(err(parse_nik, nik, today=TODAY))


def test_nik_serial_0000():
    e = err(parse_nik, "3304051203900000", today=TODAY)
    assert "0000" in str(e)


@pytest.mark.parametrize(("prov", "msg"), [("00", "'00'"), ("99", "'99'"), ("20", "'20'")])
def test_nik_unknown_province(prov, msg):
    e = err(parse_nik, f"{prov}04051203900001", today=TODAY)
    assert "Kode provinsi" in str(e)
    assert msg in str(e)


def test_nik_kabupaten_00():
    assert "kabupaten/kota" in str(err(parse_nik, "3300051203900001", today=TODAY))


def test_nik_kecamatan_00():
    assert "Kode kecamatan" in str(err(parse_nik, "3304001203900001", today=TODAY))


def test_nik_banjarnegara_kecamatan_21_rejected():
    e = err(parse_nik, "3304211203900001", today=TODAY)
    assert "'21'" in str(e)
    assert "Banjarnegara" in str(e)
    assert "01 sampai 20" in str(e)


@pytest.mark.parametrize("kec", [f"{i:02d}" for i in range(1, 21)])
def test_nik_every_banjarnegara_kecamatan_accepted(kec):
    assert parse_nik(f"3304{kec}1203900001", today=TODAY).kode_wilayah == f"33.04.{kec}"


@pytest.mark.parametrize(
    "region",
    [
        "330121",  # Kab. Cilacap, Kec. Cilacap Selatan
        "317401",  # Kota Adm. Jakarta Selatan, Kec. Tebet
        "340407",  # Kab. Sleman, Kec. Depok
        "110101",
        "910101",  # Merauke before Papua Selatan (2022): old NIKs keep the code
        "930101",  # Merauke since 2022
    ],
)
def test_nik_other_regencies_accepted_when_they_exist(region):
    nik = parse_nik(f"{region}1203900001", today=TODAY)
    assert nik.kode_wilayah == f"{region[:2]}.{region[2:4]}.{region[4:]}"


@pytest.mark.parametrize(
    ("region", "pesan"),
    [
        ("334001", "Kode kabupaten/kota '33.40' pada NIK (angka ke-3 dan ke-4) tidak ada di "
                   "Provinsi Jawa Tengah"),
        ("337701", "Kode kabupaten/kota '33.77' pada NIK (angka ke-3 dan ke-4) tidak ada di "
                   "Provinsi Jawa Tengah"),
        ("317601", "Kode kabupaten/kota '31.76' pada NIK (angka ke-3 dan ke-4) tidak ada di "
                   "Provinsi DKI Jakarta"),
        ("340499", "Kode kecamatan '99' (34.04.99) pada NIK (angka ke-5 dan ke-6) tidak ada di "
                   "Kabupaten Sleman (yang ada 01 sampai 17)"),
        ("330199", "tidak ada di Kabupaten Cilacap"),
    ],
)  # fmt: skip
def test_nik_wilayah_yang_tidak_ada_ditolak_dengan_namanya(region, pesan):
    """Issue 16: only the province was checked outside Banjarnegara."""
    e = err(parse_nik, f"{region}1203900001", today=TODAY)
    assert pesan in str(e) and e.field == "nik"
    e = err(parse_no_kk, f"{region}0120120003")
    assert pesan.replace("NIK", "Nomor KK") in str(e) and e.field == "no_kk"


# --- NIK: stated birth date and sex ----------------------------------------------------------


def test_nik_stated_birth_date_matches():
    nik = parse_nik("3304051303900001", today=TODAY, tanggal_lahir=D(1990, 3, 13))
    assert nik.tanggal_lahir == D(1990, 3, 13)


def test_nik_stated_birth_date_mismatch_message():
    e = err(parse_nik, "3304051303900001", today=TODAY, tanggal_lahir=D(1990, 3, 12))
    assert str(e) == (
        "Tanggal lahir 12-03-1990 tidak cocok dengan NIK (NIK menunjukkan 13-03-1990). "
        "Periksa kembali NIK atau tanggal lahir."
    )
    assert e.field == "nik"


def test_nik_stated_sex():
    assert parse_nik("3304055303900001", today=TODAY, perempuan=True).perempuan
    assert not parse_nik("3304051303900001", today=TODAY, perempuan=False).perempuan
    e = err(parse_nik, "3304051303900001", today=TODAY, perempuan=True)
    assert "Jenis kelamin perempuan tidak cocok dengan NIK" in str(e)
    assert "NIK menunjukkan laki-laki" in str(e)
    e = err(parse_nik, "3304055303900001", today=TODAY, perempuan=False)
    assert "NIK menunjukkan perempuan" in str(e)


def test_identity_error_is_validation_error_and_value_error():
    e = err(parse_nik, "1", today=TODAY)
    assert isinstance(e, ValidationError)
    assert isinstance(e, ValueError)


# --- NIK: properties -------------------------------------------------------------------------

_KECAMATAN = sorted(wilayah_nasional().kecamatan)


@st.composite
def nik_parts(draw):
    prov, kab, kec = (int(x) for x in draw(st.sampled_from(_KECAMATAN)).split("."))
    prov = f"{prov:02d}"
    # Dates the two-digit year can express relative to TODAY: (TODAY - 100 years, TODAY].
    lahir = draw(st.dates(min_value=D(1926, 11, 25), max_value=TODAY))
    perempuan = draw(st.booleans())
    urut = draw(st.integers(1, 9999))
    nomor = (
        f"{prov}{kab:02d}{kec:02d}"
        f"{lahir.day + (40 if perempuan else 0):02d}{lahir.month:02d}{lahir.year % 100:02d}"
        f"{urut:04d}"
    )
    return nomor, f"{prov}.{kab:02d}.{kec:02d}", lahir, perempuan, urut


@given(nik_parts(), st.sampled_from(["", " ", ".", "-", " - "]))
def test_nik_round_trip(parts, sep):
    nomor, wilayah, lahir, perempuan, urut = parts
    typed = sep.join([nomor[:4], nomor[4:8], nomor[8:12], nomor[12:]])
    nik = parse_nik(typed, today=TODAY)
    assert nik == NIK(nomor, wilayah, lahir, perempuan, urut)
    assert nik.formatted.replace(" ", "") == nomor
    assert parse_nik(nik.formatted, today=TODAY) == nik
    # Stating the (correct) birth date and sex never hurts.
    assert parse_nik(nomor, today=TODAY, tanggal_lahir=lahir, perempuan=perempuan) == nik


@given(nik_parts(), st.dates(min_value=D(1900, 1, 1), max_value=TODAY))
def test_nik_with_any_stated_date_of_the_same_ddmmyy(parts, lahir):
    nomor, _, _, perempuan, _ = parts
    dd = lahir.day + (40 if perempuan else 0)
    nomor = f"{nomor[:6]}{dd:02d}{lahir.month:02d}{lahir.year % 100:02d}{nomor[12:]}"
    assert parse_nik(nomor, today=TODAY, tanggal_lahir=lahir).tanggal_lahir == lahir


@given(st.text())
def test_nik_arbitrary_text_only_identity_error(text):
    try:
        nik = parse_nik(text, today=TODAY)
    except IdentityError as e:
        assert e.field == "nik"
        assert str(e)
    else:
        assert len(nik.nomor) == 16


@given(st.text(alphabet="0123456789 .-", max_size=24), st.dates(), st.booleans())
def test_nik_digit_soup_only_identity_error(text, today, perempuan):
    try:
        parse_nik(text, today=today, tanggal_lahir=today, perempuan=perempuan)
    except IdentityError as e:
        assert e.field == "nik"


# --- Nomor KK --------------------------------------------------------------------------------


def test_kk_ok():
    kk = parse_no_kk("3304 0501 2012 0003")
    assert kk == NomorKK("3304050120120003", "33.04.05")
    assert str(kk) == "3304050120120003"


def test_kk_rest_not_checked():
    assert parse_no_kk("3304059999999999").kode_wilayah == "33.04.05"
    assert parse_no_kk("3304050000000000").kode_wilayah == "33.04.05"


def test_kk_messages():
    assert str(err(parse_no_kk, "")) == "Nomor KK belum diisi."
    e = err(parse_no_kk, "330405012012000")
    assert str(e).startswith("Nomor KK harus 16 angka; yang diketik 15 angka.")
    assert e.field == "no_kk"
    assert "Nomor KK hanya boleh berisi angka" in str(err(parse_no_kk, "3304O50120120003"))


@pytest.mark.parametrize("region", ["000405", "990405", "330005", "330400", "330421"])
def test_kk_region(region):
    e = err(parse_no_kk, f"{region}0120120003")
    assert e.field == "no_kk"
    assert "Nomor KK" in str(e)


@given(st.text())
def test_kk_arbitrary_text_only_identity_error(text):
    try:
        parse_no_kk(text)
    except IdentityError as e:
        assert e.field == "no_kk"


@given(st.text(alphabet="0123456789", min_size=16, max_size=16))
def test_kk_sixteen_digits_only_identity_error(text):
    try:
        kk = parse_no_kk(text)
    except IdentityError as e:
        assert e.field == "no_kk"
    else:
        assert kk.nomor == text


# --- NIP -------------------------------------------------------------------------------------


def test_nip_example():
    nip = parse_nip("19860926 201505 1 001")
    assert nip == NIP("198609262015051001", D(1986, 9, 26), D(2015, 5, 1), False, 1)
    assert nip.formatted == "19860926 201505 1 001"
    assert str(nip) == "198609262015051001"


def test_nip_female():
    nip = parse_nip("199001012015032005")
    assert nip.perempuan is True
    assert nip.nomor_urut == 5
    assert nip.tmt_cpns == D(2015, 3, 1)


@pytest.mark.parametrize(
    "typed", ["198609262015051001", "19860926.201505.1.001", "19860926-201505-1-001"]
)
def test_nip_separators(typed):
    assert parse_nip(typed).nomor == "198609262015051001"


def test_format_nip():
    assert format_nip("198609262015051001") == "19860926 201505 1 001"
    assert format_nip("19860926 201505 1 001") == "19860926 201505 1 001"
    err(format_nip, "19861326 201505 1 001")


def test_nip_empty_and_length():
    assert str(err(parse_nip, "")) == "NIP belum diisi."
    e = err(parse_nip, "19860926 201505 1 01")
    assert str(e).startswith("NIP harus 18 angka; yang diketik 17 angka.")
    assert e.field == "nip"


def test_nip_letters():
    assert "NIP hanya boleh berisi angka" in str(err(parse_nip, "19860926 2015O5 1 001"))


def test_nip_birth_month_13():
    e = err(parse_nip, "19861326 201505 1 001")
    assert "Bulan lahir pada NIP" in str(e)
    assert "'13'" in str(e)
    assert "01 sampai 12" in str(e)


def test_nip_tmt_month_13():
    e = err(parse_nip, "19860926 201513 1 001")
    assert "Bulan TMT CPNS pada NIP" in str(e)
    assert "'13'" in str(e)


def test_nip_tmt_month_00():
    assert "Bulan TMT CPNS" in str(err(parse_nip, "19860926 201500 1 001"))


@pytest.mark.parametrize("typed", ["19860231 201505 1 001", "19860900 201505 1 001"])
def test_nip_impossible_birth_date(typed):
    assert "Tanggal lahir pada NIP" in str(err(parse_nip, typed))


def test_nip_leap_birth():
    assert parse_nip("19880229 201001 2 001").tanggal_lahir == D(1988, 2, 29)
    err(parse_nip, "19870229 201001 2 001")


def test_nip_tmt_before_age_18():
    e = err(parse_nip, "19860926 200401 1 001")
    assert "sebelum pegawai berumur 18 tahun" in str(e)
    # The month the person turns 18 is accepted (TMT is always the 1st).
    assert parse_nip("19860926 200409 1 001").tmt_cpns == D(2004, 9, 1)


def test_nip_tmt_more_than_60_years_after_birth():
    e = err(parse_nip, "19500101 201102 1 001")
    assert "lebih dari 60 tahun" in str(e)
    assert parse_nip("19500101 201001 1 001").tmt_cpns == D(2010, 1, 1)


def test_nip_year_before_1900():
    err(parse_nip, "18990101 193001 1 001")


@pytest.mark.parametrize("digit", ["0", "3", "9"])
def test_nip_sex_digit(digit):
    e = err(parse_nip, f"19860926 201505 {digit} 001")
    assert "jenis kelamin" in str(e)
    assert f"'{digit}'" in str(e)


def test_nip_serial_000():
    assert "000" in str(err(parse_nip, "19860926 201505 1 000"))


@st.composite
def nip_parts(draw):
    lahir = draw(st.dates(min_value=D(1940, 1, 1), max_value=D(2008, 12, 31)))
    bulan_ke = draw(st.integers(18 * 12, 60 * 12))
    total = lahir.year * 12 + lahir.month - 1 + bulan_ke
    tmt = D(total // 12, total % 12 + 1, 1)
    perempuan = draw(st.booleans())
    urut = draw(st.integers(1, 999))
    nomor = f"{lahir:%Y%m%d}{tmt:%Y%m}{2 if perempuan else 1}{urut:03d}"
    return nomor, lahir, tmt, perempuan, urut


@given(nip_parts())
def test_nip_round_trip(parts):
    nomor, lahir, tmt, perempuan, urut = parts
    nip = parse_nip(nomor)
    assert nip == NIP(nomor, lahir, tmt, perempuan, urut)
    assert parse_nip(nip.formatted) == nip
    assert format_nip(nomor) == nip.formatted


@given(st.text())
def test_nip_arbitrary_text_only_identity_error(text):
    try:
        parse_nip(text)
    except IdentityError as e:
        assert e.field == "nip"


@given(st.text(alphabet="0123456789", min_size=18, max_size=18))
def test_nip_eighteen_digits_only_identity_error(text):
    try:
        nip = parse_nip(text)
    except IdentityError as e:
        assert e.field == "nip"
    else:
        assert nip.nomor == text


def test_tulis_nip_mengelompokkan_tanpa_memeriksa():
    from bawang_desk.core.identity import tulis_nip

    assert tulis_nip("198003202005012003") == "19800320 200501 2 003"
    assert tulis_nip("199001012021211001") == "19900101 202121 1 001"  # NI PPPK
    assert tulis_nip("12345") == "12345"


# --- region codes (Kepmendagri 300.2.2-2138/2025 via cahyadsn/wilayah) -------------------------


def test_daftar_wilayah_nasional_baris_yang_diketahui():
    w = wilayah_nasional()
    lama = w.lama
    assert sum(1 for k in w.kabupaten if k not in lama) == 514
    assert sum(1 for k in w.kecamatan if k not in lama) == 7285
    assert len(w.desa) == 278
    assert w.kabupaten["33.04"] == "Kabupaten Banjarnegara"
    assert w.kecamatan["33.04.05"] == "Bawang"
    assert w.kabupaten["34.04"] == "Kabupaten Sleman"
    assert w.kecamatan["34.04.07"] == "Depok"
    assert w.kabupaten["33.74"] == "Kota Semarang"
    assert "91.01" in lama and "93.01" not in lama
    assert not {"33.40", "33.77", "31.76"} & set(w.kabupaten)
    assert "300.2.2-2138" in w.sumber and "cahyadsn/wilayah" in w.sumber


def test_uraian_wilayah():
    assert uraian_wilayah("34.04.07") == "Kab. Sleman, Kec. Depok"
    assert uraian_wilayah("33.04.05") == "Kab. Banjarnegara, Kec. Bawang"
    assert uraian_wilayah("33.74") == "Kota Semarang"
    assert uraian_wilayah("31.74.01") == "Kota Adm. Jakarta Selatan, Kec. Tebet"
    assert uraian_wilayah("91.01.01").endswith("(kode lama)")
    assert uraian_wilayah("33.40.01") == "" and uraian_wilayah("34.04.99") == ""


def test_kecamatan_dan_desa_kantor_sesuai_daftar_nasional():
    """The office's own short lists (wilayah.toml) agree with the national file."""
    from bawang_desk.core.referensi import desa_bawang, kecamatan_banjarnegara

    w = wilayah_nasional()
    assert {k.kode: k.nama for k in kecamatan_banjarnegara()} == {
        k: n for k, n in w.kecamatan.items() if k.startswith("33.04.")
    }
    assert {d.kode: d.nama for d in desa_bawang()} == {
        k: n for k, n in w.desa.items() if k.startswith("33.04.05.")
    }


def test_pemeriksaan_wilayah_cepat_dan_dimuat_sekali():
    """Loaded once (cached) and then a dictionary look-up; the figure is printed, not asserted
    (tests are never timed assertions)."""
    import time

    assert wilayah_nasional() is wilayah_nasional()
    n = 2000
    t = time.perf_counter()
    for _ in range(n):
        parse_nik("3404071203900001", today=TODAY)
    print(f"parse_nik: {(time.perf_counter() - t) / n * 1e6:.1f} µs per NIK")
