"""Fault item 12: hypothesis over every validator and parser, and names into the database and a PDF.

Pass condition (issue 7): valid input is accepted, anything else is rejected with a message
(``ValidationError`` with text), never a crash; Indonesian names (apostrophes, non-ASCII letters)
round-trip through the database and into a printed letter read back with pypdf.
"""

from __future__ import annotations

import datetime
import io
import re
import unicodedata
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from bawang_desk.core import akun, identity, penomoran, referensi, teks
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.pengaturan import logo_dari_berkas
from tests.core.test_identity import TODAY, nik_parts, nip_parts
from tests.helpers import IDENTITAS, PENGANTAR

DICOBA: Counter[str] = Counter()

VALIDATOR = {
    "nik": lambda s: identity.parse_nik(s, today=TODAY),
    "no_kk": identity.parse_no_kk,
    "nip": identity.parse_nip,
    "tanggal": teks.parse_tanggal,
    "rupiah": teks.parse_rupiah,
    "nama": teks.normalisasi_nama,
    "username": akun.validasi_username,
    "sandi": akun.validasi_sandi,
    "pola": penomoran.validasi_pola,
    "kode_klasifikasi": penomoran.validasi_kode_klasifikasi,
    "golongan": referensi.validasi_golongan,
}

TEKS_LIAR = st.one_of(
    st.text(),
    st.text(alphabet="0123456789 .-/,Rp'", max_size=30),
    st.text(alphabet=st.characters(categories=["Nd", "Zs", "Cc", "Cf", "So"]), max_size=20),
)


@pytest.mark.parametrize("nama", list(VALIDATOR))
@settings(max_examples=300, deadline=None)
@given(teks_=TEKS_LIAR)
def test_validator_menerima_atau_menolak_dengan_pesan(nama, teks_):
    DICOBA[nama] += 1
    try:
        VALIDATOR[nama](teks_)
    except ValidationError as e:
        assert str(e).strip() and e.message.strip()
        assert "Traceback" not in str(e)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=64))
def test_logo_bytes_sembarang(data):
    DICOBA["logo"] += 1
    try:
        logo_dari_berkas(data)
    except ValidationError as e:
        assert str(e)


# ---------------------------------------------------------------- valid input accepted


@settings(max_examples=200, deadline=None)
@given(nik_parts(), st.sampled_from(["", " ", ".", "-"]))
def test_nik_sah_diterima(parts, sep):
    DICOBA["nik sah"] += 1
    nomor = parts[0]
    assert identity.parse_nik(sep.join([nomor[:6], nomor[6:12], nomor[12:]]), TODAY).nomor == nomor


@settings(max_examples=200, deadline=None)
@given(nip_parts())
def test_nip_sah_diterima(parts):
    DICOBA["nip sah"] += 1
    assert identity.parse_nip(identity.format_nip(parts[0])).nomor == parts[0]


@settings(max_examples=200, deadline=None)
@given(
    st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31)),
    st.sampled_from(["{d:%d-%m-%Y}", "{d:%d/%m/%Y}", "{d:%Y-%m-%d}", "panjang"]),
)
def test_tanggal_sah_diterima(d, bentuk):
    DICOBA["tanggal sah"] += 1
    s = teks.tanggal_panjang(d) if bentuk == "panjang" else bentuk.format(d=d)
    assert teks.parse_tanggal(s) == d


@settings(max_examples=200, deadline=None)
@given(
    st.integers(0, 10**15 - 1),
    st.sampled_from(["", "Rp", "Rp ", "Rp."]),
    st.sampled_from(["", ",00", ",-"]),
)
def test_rupiah_sah_diterima(n, awal, akhir):
    DICOBA["rupiah sah"] += 1
    assert teks.parse_rupiah(f"{awal}{teks.rupiah(n)[2:]}{akhir}") == n


# Letters the shipped fonts draw (Latin-1 and the Latin Extended-A used in names)
HURUF = st.characters(
    categories=["Lu", "Ll"],
    codec="latin-1",
) | st.sampled_from(list("ĀāĒēĪīŌōŪūŠšŽžČčŘř"))
KATA = st.text(alphabet=HURUF, min_size=1, max_size=10)
NAMA = st.lists(
    st.tuples(KATA, st.sampled_from(["", "'", "-"]), KATA).map(
        lambda t: t[0] + t[1] + t[2] if t[1] else t[0]
    ),
    min_size=1,
    max_size=4,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(NAMA)
def test_nama_sah_diterima(nama):
    DICOBA["nama sah"] += 1
    assert teks.normalisasi_nama(nama) == unicodedata.normalize("NFC", nama)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(nama=NAMA.filter(lambda s: len(s) <= 60))
def test_nama_pulang_pergi_basis_data_dan_pdf(desk, nama):
    from bawang_desk.core.layanan import PemohonBaru, PermohonanBaru
    from bawang_desk.documents.cetak_layanan import cetak_surat
    from tests.fault.aksi import sebagai

    DICOBA["nama ke pdf"] += 1
    sebagai(desk, "operator")
    a = desk.layanan.baru(
        PermohonanBaru(
            "skck",
            "umum",
            PemohonBaru("3304051203900001", nama, "Wanadri", **IDENTITAS),
            {"keperluan": "Melamar pekerjaan", **PENGANTAR},
        )
    )
    sah = teks.normalisasi_nama(nama)
    assert desk.layanan.get(a.id).nama == sah
    for s in a.syarat:
        desk.layanan.centang(a.id, s.urutan)
    desk.layanan.periksa(a.id)
    desk.layanan.minta_tanda_tangan(a.id)
    sebagai(desk, "camat")
    desk.layanan.tandatangani(a.id, mode="camat")
    buf = io.BytesIO()
    path = cetak_surat(desk, a.id, desk.data_dir / "uji.pdf")
    buf.write(path.read_bytes())
    t = "\n".join(p.extract_text() for p in PdfReader(buf).pages)
    bersih = re.sub(r"\s+", " ", unicodedata.normalize("NFC", t))
    assert sah in bersih or sah.upper() in bersih.upper(), (sah, bersih[:400])


def test_laporan_jumlah_dicoba():
    """Runs last in this file: prints how many inputs each property saw (for the issue note)."""
    print("\nhypothesis inputs:", dict(DICOBA), "total", sum(DICOBA.values()))
