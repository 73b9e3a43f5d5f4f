"""Every service's letter printed from a signed application and read back."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from bawang_desk.core.errors import ValidationError
from bawang_desk.core.layanan import PemohonBaru, PermohonanBaru
from bawang_desk.documents.cetak_layanan import cetak_surat
from tests.documents.test_register_layanan import DATA, KK
from tests.helpers import ADMIN_SANDI, IDENTITAS, PENGANTAR, SANDI


def teks(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def teks_tata(path) -> str:
    """The text as laid out on the page (a label, its colon and its value on one line)."""
    return "\n".join(p.extract_text(extraction_mode="layout") for p in PdfReader(str(path)).pages)


@pytest.mark.parametrize("layanan", list(DATA))
def test_surat_setiap_layanan(desk, tmp_path, layanan):
    varian, data = DATA[layanan]
    desk.masuk("operator", SANDI)
    a = desk.layanan.baru(
        PermohonanBaru(
            layanan,
            varian,
            PemohonBaru(
                "3304055203900001",
                "Nur'aini Rahmawati",
                "Joho",
                rt="2",
                rw="3",
                tempat_lahir="Banjarnegara",
                **IDENTITAS,
            ),
            data,
        )
    )
    with pytest.raises(ValidationError, match="setelah ditandatangani"):
        cetak_surat(desk, a.id, tmp_path / "x.pdf")
    for s in a.syarat:
        desk.layanan.centang(a.id, s.urutan)
    desk.layanan.periksa(a.id)
    desk.layanan.minta_tanda_tangan(a.id)
    desk.masuk("sekcam", SANDI)
    a = desk.layanan.tandatangani(a.id, mode="an")
    t = teks(cetak_surat(desk, a.id, tmp_path / f"{layanan}.pdf"))
    for harap in (
        "PEMERINTAH KABUPATEN BANJARNEGARA",
        "KECAMATAN BAWANG",
        a.nomor,
        "3304055203900001",
        "a.n. CAMAT BAWANG",
        "Sekretaris Kecamatan",
        "Penata Tk I (III/d)",
        "NIP. 19800320 200501 2 003",
        a.kode_verifikasi,
    ):
        assert harap in t, (layanan, harap)
    assert "NUR'AINI RAHMAWATI" in t.upper()
    # the printed code verifies; one changed character does not
    assert desk.layanan.verifikasi(a.kode_verifikasi).id == a.id
    ubah = a.kode_verifikasi[:-1] + ("Z" if a.kode_verifikasi[-1] != "Z" else "Y")
    assert desk.layanan.verifikasi(ubah) is None


@pytest.mark.parametrize(
    ("varian", "judul"), [("kelahiran", "ditambahkan"), ("kematian", "dikurangi")]
)
def test_pengantar_kk_menyebut_anggota_yang_dimohonkan(desk, tmp_path, varian, judul):
    """A KK change for a birth or a death names the member it is about; Dindukcapil cannot
    process the pengantar without it."""
    desk.masuk("operator", SANDI)
    a = desk.layanan.baru(
        PermohonanBaru(
            "kk",
            varian,
            PemohonBaru("3304051203900001", "Slamet Riyadi", "Joho", rt="2", rw="3"),
            {
                "no_kk": "3304051203150007",
                "anggota": [{"nik": "3304055506250002", "nama": "Aisyah Putri", "shdk": "Anak"}],
            },
        )
    )
    for s in a.syarat:
        desk.layanan.centang(a.id, s.urutan)
    desk.layanan.periksa(a.id)
    desk.layanan.minta_tanda_tangan(a.id)
    desk.masuk("camat", SANDI)
    desk.layanan.tandatangani(a.id, mode="camat")
    t = teks(cetak_surat(desk, a.id, tmp_path / "kk.pdf"))
    assert "Aisyah Putri" in t and "3304055506250002" in t and judul in t


def _tanda_tangani(desk, layanan, varian, data, pemohon):
    desk.masuk("operator", SANDI)
    a = desk.layanan.baru(PermohonanBaru(layanan, varian, pemohon, data))
    for s in a.syarat:
        desk.layanan.centang(a.id, s.urutan)
    desk.layanan.periksa(a.id)
    desk.layanan.minta_tanda_tangan(a.id)
    desk.masuk("camat", SANDI)
    a = desk.layanan.tandatangani(a.id, mode="camat")
    if a.status == "diproses":
        desk.masuk("operator", SANDI)
        a = desk.layanan.proses(a.id, siak_tersedia=True)
    if layanan == "ktp-el" and a.status == "siap_diserahkan":
        desk.masuk("operator", SANDI)  # the Pengganti has its own number (kertas flow)
        a = desk.layanan.cetak_pengganti(a.id, mode="camat")
    return a


def _baris_isian(t: str) -> dict[str, str]:
    """'Label : value' rows of a letter as extracted (label, colon, value on one line)."""
    hasil = {}
    for baris in t.splitlines():
        kiri, tanda, kanan = baris.partition(":")
        if tanda and kiri.strip() and len(kiri) < 40:
            hasil[kiri.strip()] = kanan.strip()
    return hasil


@pytest.mark.parametrize(
    ("layanan", "varian", "jenis", "gol_darah"),
    [
        ("skck", "umum", "skck", False),
        ("kredit-bank", "umum", "kredit-bank", False),
        ("ktp-el", "hilang-rusak", "ktp-el-pengganti", True),
    ],
)
def test_identitas_tercetak_tanpa_tanda_hubung(desk, tmp_path, layanan, varian, jenis, gol_darah):
    """Agama, pekerjaan, status perkawinan and kewarganegaraan (and the golongan darah where the
    letter stands in for the card) are printed as asked at the counter: no row reads "-"."""
    pem = PemohonBaru(
        "3304055203900001",
        "Nur'aini Rahmawati",
        "Joho",
        alamat="Dusun Joho Kidul",
        rt="2",
        rw="3",
        tempat_lahir="Banjarnegara",
        agama="Katolik",
        pekerjaan="Pedagang",
        status_perkawinan="Cerai Hidup",
        kewarganegaraan="WNI",
        golongan_darah="AB",
    )
    a = _tanda_tangani(desk, layanan, varian, DATA[layanan][1], pem)
    baris = _baris_isian(teks_tata(cetak_surat(desk, a.id, tmp_path / "s.pdf", jenis=jenis)))
    assert baris["Agama"] == "Katolik"
    assert baris["Pekerjaan"] == "Pedagang"
    assert baris["Status Perkawinan"] == "Cerai Hidup"
    assert baris["Kewarganegaraan"] == "WNI"
    assert baris.get("Golongan Darah") == ("AB" if gol_darah else None)
    kosong = [k for k, v in baris.items() if v == "-"]
    assert not kosong, kosong


def _blok_ttd(t: str) -> list[str]:
    """The lines of the signature block, from the line of place and date to the NIP."""
    baris = [b.strip() for b in t.splitlines() if b.strip()]
    awal = next(i for i, b in enumerate(baris) if b.startswith("Bawang, "))
    akhir = next(i for i, b in enumerate(baris) if i > awal and b.startswith("NIP."))
    return baris[awal + 1 : akhir + 1]


def _kasi(desk, jabatan: str, nama: str) -> None:
    from bawang_desk.core.pengaturan import Pejabat

    desk.masuk("admin", ADMIN_SANDI)
    desk.pengguna.tambah(jabatan, nama, "operator", SANDI, jabatan=jabatan)
    pj = desk.pengaturan.semua_pejabat()
    pj[jabatan] = Pejabat(jabatan, nama, "III/c", "198207112009011004")
    desk.pengaturan.simpan(pejabat=pj)


@pytest.mark.parametrize(
    ("mode", "siapa", "blok"),
    [
        ("camat", "camat", ["CAMAT BAWANG,", "Drs. Anton Risdianto, M.Si.", "Pembina (IV/a)"]),
        (
            "an",
            "sekcam",
            ["a.n. CAMAT BAWANG", "Sekretaris Kecamatan,", "Siti Nur'aini, S.Sos."],
        ),
        ("plh", "sekcam", ["Plh. CAMAT BAWANG,", "Siti Nur'aini, S.Sos."]),
        (
            "ub",
            "kasi_trantibum",
            [
                "a.n. CAMAT BAWANG",
                "Kepala Seksi Ketenteraman dan Ketertiban Umum,",
                "Agus Santoso, S.H.",
                "Penata (III/c)",
            ],
        ),
    ],
)
def test_blok_tanda_tangan_surat_layanan(desk, tmp_path, mode, siapa, blok):
    """Camat; a.n. Camat / Sekretaris Kecamatan; Plh.; a Kasi signs a.n. Camat with his
    jabatan in full and no Sekcam "u.b." between (the seksi sit under the Camat)."""
    if siapa == "kasi_trantibum":
        _kasi(desk, "kasi_trantibum", "Agus Santoso, S.H.")
    desk.masuk("operator", SANDI)
    varian, data = DATA["skck"]
    a = desk.layanan.baru(
        PermohonanBaru(
            "skck", varian, PemohonBaru("3304051203900001", "Slamet", "Joho", **IDENTITAS), data
        )
    )
    for s in a.syarat:
        desk.layanan.centang(a.id, s.urutan)
    desk.layanan.periksa(a.id)
    desk.layanan.minta_tanda_tangan(a.id)
    desk.masuk(siapa, SANDI)
    a = desk.layanan.tandatangani(a.id, mode=mode)
    ttd = _blok_ttd(teks(cetak_surat(desk, a.id, tmp_path / "s.pdf")))
    # a long jabatan may wrap onto a second line: compare the block as one text
    assert " ".join(ttd).startswith(" ".join(blok)), ttd
    assert "u.b." not in ttd
    assert not any(b.startswith(("Kasi ", "Kasubbag ")) for b in ttd), ttd


@pytest.mark.parametrize(
    ("jenis", "yth", "di"),
    [
        ("umum", "Yth. Kepala Kepolisian Sektor Bawang", "di Bawang"),
        ("cpns-pppk", "Yth. Kepala Kepolisian Resor Banjarnegara", "di Banjarnegara"),
        ("tni-polri", "Yth. Kepala Kepolisian Resor Banjarnegara", "di Banjarnegara"),
        ("luar-negeri", "Yth. Kepala Kepolisian Daerah Jawa Tengah", "di Semarang"),
        ("mabes", "Yth. Kepala Badan Intelijen Keamanan Kepolisian", "di Jakarta"),
    ],
)
def test_skck_ditujukan_menurut_keperluan_dan_menyebut_kelakuan(desk, tmp_path, jenis, yth, di):
    """The SKCK recommendation is addressed by keperluan in an address block (not inside the
    sentence) and says what the police desk looks for: the conduct."""
    pem = PemohonBaru("3304051203900001", "Slamet", "Joho", **IDENTITAS)
    data = {"keperluan": "Seleksi tahun 2026", "keperluan_jenis": jenis, **PENGANTAR}
    a = _tanda_tangani(desk, "skck", "umum", data, pem)
    t = teks(cetak_surat(desk, a.id, tmp_path / "s.pdf"))
    baris = [b.strip() for b in t.splitlines() if b.strip()]
    i = next(i for i, b in enumerate(baris) if b.startswith("Yth."))
    assert " ".join(baris[i : i + 3]).startswith(yth)
    assert di in baris[i : i + 4]
    assert baris.index(di) < next(i for i, b in enumerate(baris) if b.startswith("Yang bertanda"))
    flat = " ".join(baris)
    assert flat.count("Yth.") == 1  # only in the address block
    assert "sepanjang pengetahuan kami berkelakuan baik" in flat
    assert "Seleksi tahun 2026" in flat


LAPORAN = {"nomor": "LP/B/12/XI/2026/Sek", "tanggal": "2026-11-23", "penerbit": "Polsek Bawang"}
SKPWNI = {
    "nomor": "3303-PWNI-2026-0012",
    "tanggal": "2026-11-02",
    "penerbit": "Dindukcapil Kabupaten Purbalingga",
}


@pytest.mark.parametrize(
    ("layanan", "varian", "data", "jenis", "harap"),
    [
        (
            "skck",
            "umum",
            DATA["skck"][1],
            None,
            ["surat pengantar Kepala Desa Joho Nomor 470/112/2026 tanggal 20 November 2026"],
        ),
        (
            "pindah",
            "umum",
            DATA["pindah"][1],
            None,
            ["surat pengantar Kepala Desa Joho Nomor 470/112/2026 tanggal 20 November 2026"],
        ),
        (
            "legalisasi",
            "umum",
            DATA["legalisasi"][1],
            None,
            ["surat pengantar Kepala Desa Joho Nomor 470/112/2026 tanggal 20 November 2026"],
        ),
        (
            "kredit-bank",
            "umum",
            DATA["kredit-bank"][1],
            None,
            [
                "surat pengantar Kepala Desa Joho Nomor 470/112/2026 tanggal 20 November 2026",
                "Surat Keterangan Usaha : Kepala Desa Joho Nomor 510/45/2026 tanggal 18 "
                "November 2026",
            ],
        ),
        (
            "kk",
            "rusak-hilang",
            {"no_kk": KK, "sebab": "Hilang", "laporan_polisi": LAPORAN},
            None,
            [
                "Sebab Penggantian : Hilang",
                "Surat Kehilangan : dari Polsek Bawang Nomor LP/B/12/XI/2026/Sek "
                "tanggal 23 November 2026",
            ],
        ),
        (
            "ktp-el",
            "hilang-rusak",
            {"no_kk": KK, "sebab": "Hilang", "laporan_polisi": LAPORAN},
            "ktp-el-pengganti",
            [
                "berdasarkan Surat Keterangan Kehilangan dari Polsek Bawang Nomor LP/B/12/XI/2026/Sek"
            ],
        ),
        (
            "kk",
            "pindah-datang",
            {
                "skpwni": SKPWNI,
                "anggota": [
                    {"nik": "3304051203900001", "nama": "Slamet", "shdk": "Kepala Keluarga"},
                    {"nik": "3304055506250002", "nama": "Aisyah Putri", "shdk": "Anak"},
                ],
            },
            None,
            [
                "SKPWNI Daerah Asal : Nomor 3303-PWNI-2026-0012 tanggal 2 November 2026, "
                "diterbitkan Dindukcapil Kabupaten Purbalingga",
                "Anggota keluarga yang datang (sesuai SKPWNI):",
                "Aisyah Putri",
            ],
        ),
    ],
)
def test_surat_dasar_dikutip(desk, tmp_path, layanan, varian, data, jenis, harap):
    """Each letter cites what it rests on: the village pengantar (SOP 004, 006, 007, 008), the
    Surat Keterangan Usaha for a kredit, the police loss report for a lost card, the SKPWNI
    (number, date, issuing Dindukcapil, members coming) for a KK pindah datang."""
    pem = PemohonBaru("3304051203900001", "Slamet", "Joho", **IDENTITAS)
    a = _tanda_tangani(desk, layanan, varian, data, pem)
    flat = " ".join(teks_tata(cetak_surat(desk, a.id, tmp_path / "s.pdf", jenis=jenis)).split())
    for h in harap:
        assert h in flat, (h, flat)


def _nik_anak(i: int) -> str:
    return f"33040515061{(i % 10)}{i:04d}"[:16]


def test_pindah_f103_lengkap_dan_halaman_dari_n(desk, tmp_path):
    """F-1.03 items 10 and 11, the kepala keluarga, the kode pos tujuan and a 'Lainnya'
    reason are printed; a letter of several pages says "halaman i dari n" on every page."""
    anggota = [{"nik": "3304051203900001", "nama": "Slamet Riyadi", "shdk": "Kepala Keluarga"}]
    anggota += [
        {"nik": f"330405150615{i:04d}", "nama": f"Anak Ke {chr(65 + i)}", "shdk": "Anak"}
        for i in range(1, 19)
    ]
    data = {
        **DATA["pindah"][1],
        "jenis_kepindahan": "Kepala keluarga dan seluruh anggota keluarga",
        "status_kk_tidak_pindah": "Tidak ada anggota keluarga yang ditinggal",
        "status_kk_pindah": "Nama kepala keluarga dan nomor KK tetap",
        "nama_kepala_keluarga": "Slamet Riyadi",
        "tujuan_kode_pos": "53473",
        "alasan": "Lainnya",
        "alasan_lain": "Merawat orang tua",
        "anggota": anggota,
    }
    pem = PemohonBaru("3304051203900001", "Slamet Riyadi", "Joho", **IDENTITAS)
    a = _tanda_tangani(desk, "pindah", "umum", data, pem)
    assert a.data["peringatan"] == []  # the applicant is among the movers
    path = cetak_surat(desk, a.id, tmp_path / "s.pdf")
    halaman = PdfReader(str(path)).pages
    assert len(halaman) == 2
    for i, h in enumerate(halaman, 1):
        assert f"halaman {i} dari 2" in h.extract_text()
    flat = " ".join(teks_tata(path).split())
    for harap in (
        "Nama Kepala Keluarga : Slamet Riyadi",
        "Kode Pos 53471 53473",
        "Alasan Pindah : Lainnya (Merawat orang tua)",
        "Status KK bagi yang tidak pindah : Tidak ada anggota keluarga yang ditinggal",
        "Status KK bagi yang pindah : Nama kepala keluarga dan nomor KK tetap",
        "(19 orang)",
    ):
        assert harap in flat, harap


def test_pindah_pemohon_bukan_yang_pindah_diperingatkan(desk):
    desk.masuk("operator", SANDI)
    data = {
        **DATA["pindah"][1],
        "anggota": [{"nik": "3304051203900001", "nama": "Slamet", "shdk": "Kepala Keluarga"}],
    }
    pem = PemohonBaru("3304055203900001", "Nur'aini", "Joho")
    a = desk.layanan.baru(PermohonanBaru("pindah", "umum", pem, data))
    assert "Pemohon tidak termasuk yang pindah" in a.data["peringatan"][0]


LETTER_C = {
    "nomor": "C 1234",
    "persil": "45",
    "kelas": "D.II",
    "luas": "1.250",
    "lokasi": "Blok Kidul",
}


@pytest.mark.parametrize(
    ("agunan", "harap", "tidak"),
    [
        (
            {"agunan_jenis": "BPKB", "agunan_nomor": "N-0457812", "agunan_berlaku": "2031-05-01"},
            ["Agunan : BPKB (Buku Pemilik Kendaraan Bermotor)", "Nomor BPKB : N-0457812"],
            ["Masa Berlaku", "Berlaku Sampai", "Tidak terbatas", "CATATAN"],
        ),
        (
            {
                "agunan_jenis": "Sertifikat",
                "agunan_nomor": "HGB 00123/Joho",
                "agunan_berlaku": "2031-05-01",
            },
            ["Nomor Sertifikat : HGB 00123/Joho", "Berlaku Sampai : 1 Mei 2031"],
            ["01-05-2031", "Tidak terbatas"],
        ),
        (
            {
                "agunan_jenis": "SPPT",
                "agunan_nomor": "33.04.050.014.001-0123.0",
                "agunan_tahun": "2026",
                "letter_c": True,
                "letter_c_data": LETTER_C,
                "agunan_nilai": "3.000.000",
            },
            [
                "NOP : 33.04.050.014.001-0123.0",
                "Tahun Pajak : 2026",
                "Kutipan Letter C : Nomor C 1234, persil 45, kelas D.II, luas 1.250 m\u00b2, "
                "lokasi Blok Kidul",
                "CATATAN: Taksiran nilai agunan Rp3.000.000 lebih rendah daripada jumlah "
                "pengajuan Rp5.000.000",
            ],
            ["Masa Berlaku", "Tidak terbatas"],
        ),
    ],
)
def test_kredit_agunan_menurut_jenisnya(desk, tmp_path, agunan, harap, tidak):
    """SOP 007: no masa berlaku for a BPKB, a date in words for a certificate that ends, the
    tax year and the Letter C lines for an SPPT, and the warning on the letter itself when the
    collateral is worth less than the loan."""
    data = {**DATA["kredit-bank"][1], **agunan}
    pem = PemohonBaru("3304051203900001", "Slamet", "Joho", **IDENTITAS)
    a = _tanda_tangani(desk, "kredit-bank", "umum", data, pem)
    flat = " ".join(teks_tata(cetak_surat(desk, a.id, tmp_path / "s.pdf")).split())
    for h in harap:
        assert h in flat, h
    for t in tidak:
        assert t not in flat, t
