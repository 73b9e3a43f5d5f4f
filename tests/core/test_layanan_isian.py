"""The counter services' own fields: each bad input named at its field, warnings for SOP 007."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bawang_desk.core.errors import ValidationError
from bawang_desk.core.layanan_isian import (
    isian_kk,
    isian_kredit,
    isian_ktp,
    isian_legalisasi,
    isian_pindah,
    isian_skck,
    usia,
)

HARI = date(2026, 11, 24)
KK = "3304051203150007"
NIK1 = "3304051203900001"  # male, 12-03-1990
NIK2 = "3304055507920002"  # female, 15-07-1992
PENGANTAR_DESA = {"nomor": "470/112/2026", "tanggal": "20-11-2026"}


def pindah(**kw):
    d = dict(
        no_kk=KK,
        tujuan_kecamatan="susukan",
        tujuan_desa="Karangsalam",
        tujuan_alamat="RT 001 RW 002",
        alasan="pekerjaan",
        jenis_kepindahan="Kepala keluarga dan seluruh anggota keluarga",
        anggota=[
            {"nik": NIK1, "nama": "Slamet", "shdk": "kepala keluarga"},
            {"nik": NIK2, "nama": "Siti Nur'aini", "shdk": "Istri"},
        ],
        pengantar_desa=PENGANTAR_DESA,
        nama_kepala_keluarga="Slamet",
        tujuan_kode_pos="53161",
        status_kk_tidak_pindah="Tidak ada anggota keluarga yang ditinggal",
        status_kk_pindah="Nama kepala keluarga dan nomor KK tetap",
    )
    d.update(kw)
    return d


def test_pindah_sah():
    h = isian_pindah(pindah(), HARI, "Bawang")
    assert h.data["tujuan_kecamatan"] == "Susukan" and h.data["alasan"] == "Pekerjaan"
    assert [a["shdk"] for a in h.data["anggota"]] == ["Kepala Keluarga", "Istri"]


@pytest.mark.parametrize(
    "ubah, field, pesan",
    [
        (dict(tujuan_kecamatan="Bawang"), "tujuan_kecamatan", "tidak boleh Kecamatan Bawang"),
        (dict(tujuan_kecamatan="Cilacap"), "tujuan_kecamatan", "tidak ada di Kabupaten"),
        (dict(no_kk="123"), "no_kk", "16"),
        (dict(alasan="iseng"), "alasan", "tidak dikenal"),
        (dict(anggota=[]), "anggota", "paling sedikit satu"),
        (
            dict(
                anggota=[
                    {"nik": NIK1, "nama": "A", "shdk": "Anak"},
                    {"nik": NIK1, "nama": "B", "shdk": "Anak"},
                ]
            ),
            "anggota",
            "sudah tercantum",
        ),
        (
            dict(anggota=[{"nik": "3304051203900000", "nama": "A", "shdk": "Anak"}]),
            "anggota",
            "Anggota ke-1",
        ),
        (dict(tujuan_desa=""), "tujuan_desa", "belum diisi"),
    ],
)
def test_pindah_salah(ubah, field, pesan):
    with pytest.raises(ValidationError, match=pesan) as e:
        isian_pindah(pindah(**ubah), HARI, "Bawang")
    assert e.value.field == field


def kredit(**kw):
    d = dict(
        bank="BRI Unit Bawang",
        jumlah="Rp15.000.000",
        usaha="Warung kelontong",
        agunan_jenis="Sertifikat",
        agunan_nomor="11.04.05.01.1.00123",
        agunan_pemilik="Slamet",
        agunan_berlaku="",
        agunan_nilai="25.000.000",
        pengantar_desa=PENGANTAR_DESA,
        surat_usaha={"nomor": "510/45/2026", "tanggal": "18112026"},
    )
    d.update(kw)
    return d


LETTER_C = {
    "nomor": "C 1234",
    "persil": "45",
    "kelas": "D.II",
    "luas": "1.250",
    "lokasi": "Blok Kidul",
}


def test_kredit_dan_peringatan_sop_007():
    h = isian_kredit(kredit(), HARI)
    assert h.data["jumlah"] == 15_000_000 and h.peringatan == ()
    h = isian_kredit(
        kredit(agunan_jenis="Sertifikat", agunan_berlaku="01-01-2026", agunan_nilai="5.000.000"),
        HARI,
    )
    assert len(h.peringatan) == 2
    assert "sudah habis" in h.peringatan[0] and "di bawah jumlah pinjaman" in h.peringatan[1]
    # a BPKB has no masa berlaku: a date typed for it is not kept
    h = isian_kredit(kredit(agunan_jenis="BPKB", agunan_berlaku="01-01-2026"), HARI)
    assert h.data["agunan_berlaku"] is None and h.peringatan == ()
    h = isian_kredit(kredit(agunan_jenis="sppt", agunan_tahun="2026", letter_c_data=LETTER_C), HARI)
    assert "Letter C" in h.peringatan[0] and h.data["agunan_tahun"] == 2026
    with pytest.raises(ValidationError, match="lebih dari nol") as e:
        isian_kredit(kredit(jumlah="0"), HARI)
    assert e.value.field == "jumlah"
    with pytest.raises(ValidationError, match="Jenis agunan"):
        isian_kredit(kredit(agunan_jenis="emas"), HARI)


def test_skck_legalisasi_kk():
    skck = {"keperluan": " Melamar  kerja ", "pengantar_desa": PENGANTAR_DESA}
    assert isian_skck(skck, HARI).data == {
        "pengantar_desa": {"nomor": "470/112/2026", "tanggal": "2026-11-20"},
        "keperluan": "Melamar kerja",
        "keperluan_jenis": "umum",
        "keperluan_jenis_nama": "Umum (melamar pekerjaan, pendidikan, administrasi lain)",
        "kepada": "Kepala Kepolisian Sektor Bawang",
        "kepada_di": "Bawang",
    }
    with pytest.raises(ValidationError, match="Keperluan"):
        isian_skck({}, HARI)
    p = {"pengantar_desa": PENGANTAR_DESA}
    h = isian_legalisasi({"dokumen": [{"nama": "SKTM", "salinan": 3}], **p}, HARI)
    assert h.data["dokumen"] == [{"jenis": "sktm", "nama": "SKTM", "salinan": 3}]
    with pytest.raises(ValidationError, match="1 sampai 50"):
        isian_legalisasi({"dokumen": [{"nama": "SKTM", "salinan": 0}]}, HARI)
    datang = {
        "no_kk": "",
        "skpwni": {"nomor": "SKPWNI/3302/2026/0012", "tanggal": "2026-11-02", "penerbit": "X"},
        "anggota": [{"nik": NIK1, "nama": "Slamet", "shdk": "Kepala Keluarga"}],
    }
    assert isian_kk(datang, HARI, "pindah-datang").data["no_kk"] == ""
    with pytest.raises(ValidationError, match="anggota"):
        isian_kk({"no_kk": KK}, HARI, "pemecahan")
    with pytest.raises(ValidationError) as e:
        isian_kk({"no_kk": ""}, HARI, "rusak-hilang")
    assert e.value.field == "no_kk"


def test_ktp_di_bawah_17_tahun_ditolak_kecuali_kawin():
    lahir = date(2010, 1, 1)
    with pytest.raises(ValidationError, match="berusia 16 tahun") as e:
        isian_ktp({"no_kk": KK}, HARI, lahir)
    assert e.value.field == "kawin"
    assert isian_ktp({"no_kk": KK, "kawin": True}, HARI, lahir).data["kawin"]
    assert isian_ktp({"no_kk": KK}, HARI, date(2009, 11, 24)).data["kawin"] is False
    assert usia(date(2009, 11, 25), HARI) == 16 and usia(date(2008, 2, 29), date(2026, 2, 28)) == 17


@given(
    st.dictionaries(
        st.sampled_from(
            [
                "bank",
                "jumlah",
                "usaha",
                "agunan_jenis",
                "agunan_nilai",
                "agunan_berlaku",
                "agunan_nomor",
                "agunan_pemilik",
            ]
        ),
        st.one_of(st.text(max_size=20), st.integers(), st.none()),
    )
)
def test_isian_sembarang_hanya_validationerror(d):
    with contextlib.suppress(ValidationError):
        isian_kredit(d, HARI)


def test_identitas_wajib_dan_divalidasi():
    """The letters that state agama, pekerjaan, status and kewarganegaraan need all four; each
    is checked against the KTP-el's lists and named at its field when wrong."""
    from bawang_desk.core.layanan_isian import identitas

    sah = identitas(
        {
            "agama": "islam",
            "pekerjaan": "  petani/pekebun ",
            "status_perkawinan": "kawin",
            "kewarganegaraan": "wni",
        },
        wajib=True,
    )
    assert sah == {
        "agama": "Islam",
        "pekerjaan": "Petani/Pekebun",
        "status_perkawinan": "Kawin",
        "kewarganegaraan": "WNI",
    }
    # a pekerjaan outside the list is kept as typed
    assert identitas({"pekerjaan": "Perajin gula kelapa"})["pekerjaan"] == "Perajin gula kelapa"
    assert identitas({}) == {}
    lengkap = {**sah, "golongan_darah": ""}
    for data, field, pesan in (
        ({**sah, "agama": ""}, "agama", "Agama belum dipilih"),
        ({**sah, "agama": "Jedi"}, "agama", "tidak dikenal"),
        ({**sah, "pekerjaan": ""}, "pekerjaan", "Pekerjaan belum diisi"),
        ({**sah, "pekerjaan": "Buruh 2"}, "pekerjaan", "huruf"),
        ({**sah, "status_perkawinan": "Duda"}, "status_perkawinan", "tidak dikenal"),
        ({**sah, "kewarganegaraan": ""}, "kewarganegaraan", "belum dipilih"),
    ):
        with pytest.raises(ValidationError, match=pesan) as e:
            identitas(data, wajib=True)
        assert e.value.field == field
    with pytest.raises(ValidationError, match="Golongan darah belum dipilih"):
        identitas(lengkap, wajib=True, golongan_darah=True)
    assert (
        identitas({**sah, "golongan_darah": "ab"}, wajib=True, golongan_darah=True)[
            "golongan_darah"
        ]
        == "AB"
    )


@pytest.mark.parametrize(
    ("jenis", "kepada", "di"),
    [
        ("umum", "Kepala Kepolisian Sektor Bawang", "Bawang"),
        ("cpns-pppk", "Kepala Kepolisian Resor Banjarnegara", "Banjarnegara"),
        ("tni-polri", "Kepala Kepolisian Resor Banjarnegara", "Banjarnegara"),
        ("luar-negeri", "Kepala Kepolisian Daerah Jawa Tengah", "Semarang"),
        ("mabes", "Kepolisian Negara Republik Indonesia", "Jakarta"),
    ],
)
def test_skck_tujuan_menurut_keperluan(jenis, kepada, di):
    """The addressee follows the keperluan (Perpol 6/2023), from the shipped table."""
    data = {"keperluan": "Melamar", "keperluan_jenis": jenis, "pengantar_desa": PENGANTAR_DESA}
    d = isian_skck(data, HARI).data
    assert kepada in d["kepada"] and d["kepada_di"] == di and d["keperluan_jenis"] == jenis


def test_skck_jenis_keperluan_tidak_dikenal_dan_tabel_kantor():
    from bawang_desk.core.naskah_layanan import validasi_tujuan_skck

    with pytest.raises(ValidationError, match="tidak ada di tabel") as e:
        isian_skck({"keperluan": "x", "keperluan_jenis": "haji"}, HARI, None)
    assert e.value.field == "keperluan_jenis"
    tabel = validasi_tujuan_skck(
        [{"kode": "haji", "nama": "Ibadah haji", "kepada": "Kapolres X", "di": "Kota X"}]
    )
    data = {"keperluan": "Paspor", "keperluan_jenis": "haji", "pengantar_desa": PENGANTAR_DESA}
    d = isian_skck(data, HARI, tabel).data
    assert (d["kepada"], d["kepada_di"]) == ("Kapolres X", "Kota X")
    for baris, pesan in (
        ([], "paling sedikit satu"),
        ([{"kode": "A B", "nama": "x", "kepada": "y", "di": "z"}], "huruf kecil"),
        ([{"kode": "a", "nama": "x", "kepada": "", "di": "z"}], "tujuan"),
        ([{"kode": "a", "nama": "x", "kepada": "y", "di": "z"}] * 2, "sudah dipakai"),
    ):
        with pytest.raises(ValidationError, match=pesan):
            validasi_tujuan_skck(baris)


@pytest.mark.parametrize(
    ("fungsi", "data", "field", "pesan"),
    [
        (lambda d: isian_skck(d, HARI), {"keperluan": "x"}, "pengantar_desa", "Nomor surat"),
        (
            lambda d: isian_skck(d, HARI),
            {"keperluan": "x", "pengantar_desa": {"nomor": "1/2026"}},
            "pengantar_desa",
            "Tanggal surat pengantar desa belum diisi",
        ),
        (
            lambda d: isian_skck(d, HARI),
            {"keperluan": "x", "pengantar_desa": {"nomor": "1", "tanggal": "25-11-2026"}},
            "pengantar_desa",
            "sesudah hari ini",
        ),
        (
            lambda d: isian_kredit(d, HARI),
            {**kredit(), "surat_usaha": {}},
            "surat_usaha",
            "Surat Keterangan Usaha",
        ),
        (
            lambda d: isian_legalisasi(d, HARI),
            {"dokumen": [{"nama": "SKTM", "salinan": 1}]},
            "pengantar_desa",
            "pengantar",
        ),
        (
            lambda d: isian_pindah(d, HARI, "Bawang"),
            pindah(pengantar_desa={}),
            "pengantar_desa",
            "pengantar desa",
        ),
        (lambda d: isian_kk(d, HARI, "rusak-hilang"), {"no_kk": KK}, "sebab", "hilang atau rusak"),
        (
            lambda d: isian_kk(d, HARI, "rusak-hilang"),
            {"no_kk": KK, "sebab": "hilang"},
            "laporan_polisi",
            "kehilangan dari kepolisian",
        ),
        (
            lambda d: isian_kk(d, HARI, "rusak-hilang"),
            {
                "no_kk": KK,
                "sebab": "hilang",
                "laporan_polisi": {"nomor": "LP/12/XI/2026", "tanggal": "23-11-2026"},
            },
            "laporan_polisi",
            "Kantor polisi",
        ),
        (
            lambda d: isian_kk(d, HARI, "pindah-datang"),
            {"anggota": [{"nik": NIK1, "nama": "Slamet", "shdk": "Kepala Keluarga"}]},
            "skpwni",
            "SKPWNI",
        ),
        (
            lambda d: isian_kk(d, HARI, "pindah-datang"),
            {"skpwni": {"nomor": "1", "tanggal": "2026-11-02", "penerbit": "Dindukcapil X"}},
            "anggota",
            "anggota",
        ),
    ],
)
def test_surat_dasar_dicatat(fungsi, data, field, pesan):
    """The documents each letter cites (village pengantar, Surat Keterangan Usaha, police loss
    report, SKPWNI) are required, dated no later than today, named at their field."""
    with pytest.raises(ValidationError, match=pesan) as e:
        fungsi(data)
    assert e.value.field == field


def test_surat_dasar_tersimpan_dengan_tanggal_iso():
    h = isian_kk(
        {
            "no_kk": KK,
            "sebab": "Hilang",
            "laporan_polisi": {
                "nomor": " LP/12/XI/2026 ",
                "tanggal": "23112026",
                "penerbit": "Polsek  Bawang",
            },
        },
        HARI,
        "rusak-hilang",
    )
    assert h.data["laporan_polisi"] == {
        "nomor": "LP/12/XI/2026",
        "tanggal": "2026-11-23",
        "penerbit": "Polsek Bawang",
    }
    assert (
        "laporan_polisi" not in isian_kk({"no_kk": KK, "sebab": "Rusak"}, HARI, "rusak-hilang").data
    )


ISTRI = {"nik": NIK2, "nama": "Siti", "shdk": "Istri"}
KEPALA = {"nik": NIK1, "nama": "Slamet", "shdk": "Kepala Keluarga"}
ANAK = {"nik": "3304051506150002", "nama": "Aisyah", "shdk": "Anak"}


@pytest.mark.parametrize(
    ("ubah", "field", "pesan"),
    [
        # the case: "Kepala keluarga" with only an Istri and an Anak
        (
            dict(jenis_kepindahan="Kepala keluarga", anggota=[ISTRI, ANAK]),
            "jenis_kepindahan",
            "memerlukan Kepala Keluarga",
        ),
        (
            dict(jenis_kepindahan="Kepala keluarga", anggota=[KEPALA, ISTRI]),
            "jenis_kepindahan",
            "hanya kepala keluarga",
        ),
        (
            dict(
                jenis_kepindahan="Anggota keluarga",
                anggota=[KEPALA, ANAK],
                status_kk_tidak_pindah="Nomor KK tetap",
            ),
            "jenis_kepindahan",
            "ikut pindah",
        ),
        (
            dict(
                jenis_kepindahan="Kepala keluarga dan sebagian anggota keluarga",
                anggota=[KEPALA],
                status_kk_tidak_pindah="Nomor KK tetap",
            ),
            "anggota",
            "ikut pindah",
        ),
        (
            dict(anggota=[KEPALA, {**ISTRI, "shdk": "Kepala Keluarga"}]),
            "anggota",
            "satu Kepala Keluarga",
        ),
        (dict(status_kk_tidak_pindah="Numpang KK"), "status_kk_tidak_pindah", "Tidak ada"),
        (
            dict(
                jenis_kepindahan="Kepala keluarga dan sebagian anggota keluarga",
                anggota=[KEPALA, ANAK],
            ),
            "status_kk_tidak_pindah",
            "meninggalkan anggota",
        ),
        (
            dict(
                jenis_kepindahan="Anggota keluarga",
                anggota=[ANAK],
                status_kk_tidak_pindah="Nomor KK tetap",
            ),
            "status_kk_pindah",
            "Numpang KK",
        ),
        (dict(status_kk_pindah=""), "status_kk_pindah", "belum dipilih"),
        (dict(tujuan_kode_pos="5316"), "tujuan_kode_pos", "5 angka"),
        (dict(nama_kepala_keluarga=""), "nama_kepala_keluarga", "kepala keluarga"),
        (dict(alasan="Lainnya"), "alasan_lain", "sebutkan"),
    ],
)
def test_pindah_jenis_kepindahan_cocok_dengan_anggota(ubah, field, pesan):
    """F-1.03: the jenis kepindahan agrees with who moves and with the status KK (items 10
    and 11); the kode pos tujuan, the kepala keluarga and a 'Lainnya' reason are asked."""
    with pytest.raises(ValidationError, match=pesan) as e:
        isian_pindah(pindah(**ubah), HARI, "Bawang")
    assert e.value.field == field


def test_pindah_jenis_yang_sah():
    sendiri = isian_pindah(
        pindah(
            jenis_kepindahan="Kepala keluarga",
            anggota=[KEPALA],
            status_kk_tidak_pindah="Tidak ada anggota keluarga yang ditinggal",
            alasan="lainnya",
            alasan_lain="Merawat orang tua",
        ),
        HARI,
        "Bawang",
    ).data
    assert sendiri["alasan"] == "Lainnya" and sendiri["alasan_lain"] == "Merawat orang tua"
    anak = isian_pindah(
        pindah(
            jenis_kepindahan="Anggota keluarga",
            anggota=[ANAK],
            status_kk_tidak_pindah="Nomor KK tetap",
            status_kk_pindah="Numpang KK",
        ),
        HARI,
        "Bawang",
    ).data
    assert anak["status_kk_pindah"] == "Numpang KK" and anak["tujuan_kode_pos"] == "53161"


def test_pindah_desa_tujuan_harus_di_kecamatan_tujuan():
    """Issue 16: the destination desa was free text; now a desa of the chosen kecamatan."""
    d = isian_pindah(pindah(tujuan_desa="  karangsalam "), HARI, "Bawang").data
    assert (d["tujuan_kecamatan"], d["tujuan_desa"]) == ("Susukan", "Karangsalam")
    # Wanadri is a desa of Bawang, not of Susukan: refused, naming where it is
    with pytest.raises(ValidationError) as e:
        isian_pindah(pindah(tujuan_desa="Wanadri"), HARI, "Bawang")
    assert e.value.field == "tujuan_desa"
    assert str(e.value).startswith(
        "Desa/kelurahan 'Wanadri' tidak ada di Kecamatan Susukan (Wanadri ada di Kecamatan Bawang)"
    )
    assert "Pilih salah satu: Berta, Derik," in str(e.value)
    with pytest.raises(ValidationError, match=r"tidak ada di Kecamatan Susukan\. Pilih"):
        isian_pindah(pindah(tujuan_desa="Desa Karangan"), HARI, "Bawang")
    # a kelurahan counts: Kutabanjarnegara is in Kecamatan Banjarnegara
    d = isian_pindah(
        pindah(tujuan_kecamatan="Banjarnegara", tujuan_desa="Kutabanjarnegara"), HARI, "Bawang"
    ).data
    assert d["tujuan_desa"] == "Kutabanjarnegara"


def test_desa_banjarnegara_278_per_kecamatan():
    from bawang_desk.core.referensi import desa_banjarnegara, kecamatan_banjarnegara

    per_kec = {k.nama: desa_banjarnegara(k.kode) for k in kecamatan_banjarnegara()}
    assert sum(len(v) for v in per_kec.values()) == 278
    assert len(per_kec["Bawang"]) == 18 and per_kec["Bawang"][0].nama == "Wanadri"
    assert all(per_kec.values())
    assert desa_banjarnegara("34.04.07") == ()  # only Banjarnegara's desa are shipped


def test_kredit_sppt_tahun_pajak_dan_letter_c():
    """An SPPT is for one tax year and goes with its kutipan Buku Letter C (SOP 007)."""
    sppt = dict(agunan_jenis="SPPT", letter_c=True, agunan_tahun="2026", letter_c_data=LETTER_C)
    h = isian_kredit(kredit(**sppt), HARI)
    assert h.data["letter_c_data"] == LETTER_C and h.peringatan == ()
    assert (
        "tahun pajak 2025"
        in isian_kredit(kredit(**{**sppt, "agunan_tahun": "2025"}), HARI).peringatan[0]
    )
    for ubah, field, pesan in (
        ({"agunan_tahun": ""}, "agunan_tahun", "4 angka"),
        ({"agunan_tahun": "2027"}, "agunan_tahun", "tidak masuk akal"),
        ({"letter_c_data": {**LETTER_C, "persil": ""}}, "letter_c_data", "persil"),
        ({"letter_c_data": {**LETTER_C, "luas": "satu hektar"}}, "letter_c_data", "meter persegi"),
    ):
        with pytest.raises(ValidationError, match=pesan) as e:
            isian_kredit(kredit(**{**sppt, **ubah}), HARI)
        assert e.value.field == field


def test_legalisasi_jenis_dokumen_menentukan_dan_fotokopi_kk_ditolak():
    """A KK photocopy is refused at the counter with the reason (a TTE KK needs no legalisir,
    Permendagri 104/2019 Pasal 19 ayat 6); so are KTP-el and akta copies; a name that says
    nothing of its kind asks for the kind."""
    p = {"pengantar_desa": PENGANTAR_DESA}
    for nama, jenis, pesan in (
        ("Fotokopi KK", "", "Pasal 19 ayat 6"),
        ("fc kartu keluarga", "", "tidak memerlukan legalisir"),
        ("Salinan dokumen", "kk", "Dindukcapil"),
        ("Fotokopi KTP", "", "KTP-el asli"),
        ("Fotokopi akta kelahiran", "", "Dindukcapil"),
        ("Surat pernyataan", "", "pilih jenis dokumennya"),
    ):
        with pytest.raises(ValidationError, match=pesan) as e:
            isian_legalisasi({"dokumen": [{"nama": nama, "jenis": jenis, "salinan": 1}], **p}, HARI)
        assert e.value.field == "dokumen"
    h = isian_legalisasi(
        {"dokumen": [{"nama": "Surat pernyataan", "jenis": "surat-desa", "salinan": 1}], **p},
        HARI,
    )
    assert h.data["dokumen"][0]["jenis"] == "surat-desa"
