"""The letters of the citizen services: what a Sekretaris Kecamatan checks on each printed letter."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from bawang_desk.core.pengaturan import Kantor, Pejabat
from bawang_desk.documents import layanan
from bawang_desk.documents.kop import Penandatangan
from bawang_desk.documents.layanan import BUAT, JUDUL, Pemohon, SuratLayanan, Verifikasi

KANTOR = Kantor(
    alamat="Jalan Raya Bawang Nomor 1, Bawang",
    telepon="(0286) 591234",
    kode_pos="53471",
    email="kec.bawang@contoh.go.id",
)
CAMAT = Pejabat("camat", "Drs. HARYANTO, M.Si.", "IV/b", "197003121995031004")
SEKCAM = Pejabat("sekcam", "BAMBANG SUTRISNO, S.Sos.", "IV/a", "197501152000031002")
TTD_AN = Penandatangan(SEKCAM, "CAMAT BAWANG", "an", jabatan_pejabat="Sekretaris Kecamatan")
KODE_VERIFIKASI = "BWG-7K3M-Q9XA"

PEMOHON = Pemohon(
    nama="Nur'aini Ñoño Rahmawati",
    nik="3304055203900001",
    tempat_lahir="Banjarnegara",
    tanggal_lahir=date(1990, 3, 12),
    perempuan=True,
    agama="Islam",
    pekerjaan="Wiraswasta",
    alamat="RT 002 RW 003",
    desa="Joho",
    no_kk="3304051203150007",
)

DATA = {
    "pindah": {
        "tujuan_alamat": "RT 001 RW 004",
        "tujuan_desa": "Kenteng",
        "tujuan_kecamatan": "Madukara",
        "alasan": "Pekerjaan",
        "jenis_kepindahan": "Kepala keluarga dan seluruh anggota keluarga",
        "anggota": [
            ("3304055203900001", "Nur'aini Ñoño Rahmawati", "Kepala Keluarga"),
            ("3304051508880003", "Sugeng Priyanto", "Suami"),
            ("3304052107120002", "Muhammad Faiz", "Anak"),
        ],
    },
    "kredit-bank": {
        "bank": "PT Bank Rakyat Indonesia (Persero) Tbk. Unit Bawang",
        "jumlah": 15_000_000,
        "usaha": "Warung kelontong",
        "agunan_jenis": "Sertifikat Hak Milik",
        "agunan_nomor": "SHM No. 01234/Joho",
        "agunan_pemilik": "Nur'aini Ñoño Rahmawati",
        "agunan_berlaku": "Tidak terbatas",
        "agunan_taksiran": 60_000_000,
    },
    "skck": {"keperluan": "Melamar pekerjaan"},
    "legalisasi": {
        "dokumen": [
            ("Fotokopi Surat Keterangan Pindah", 2, "salinan-kecamatan"),
            ("Surat Keterangan Ahli Waris", 1, "ahli-waris"),
        ],
    },
    "kk": {"varian_nama": "Pembuatan KK baru karena pindah datang", "varian": "pindah-datang"},
    "ktp-el": {
        "varian_nama": "Penggantian KTP-el karena hilang/rusak",
        "varian": "hilang-rusak",
        "sebab": "Hilang",
    },
    "ktp-el-pengganti": {"keterangan": "penggantian karena hilang"},
}

JUDUL_CETAK = {
    "pindah": "SURAT KETERANGAN PINDAH",
    "kredit-bank": "REKOMENDASI PENGAJUAN KREDIT BANK",
    "skck": "SURAT REKOMENDASI",
    "legalisasi": "CAP LEGALISASI",
    "kk": "Pengantar Permohonan Kartu Keluarga",
    "ktp-el": "Pengantar Permohonan KTP-el",
    "ktp-el-pengganti": "SURAT KETERANGAN PENGGANTI KTP-EL",
}

SEMUA = list(BUAT)


def _surat(kode: str, ttd: Penandatangan | None = None, **data) -> SuratLayanan:
    return SuratLayanan(
        nomor=f"400.12.2.1/{SEMUA.index(kode) + 10:03d}/2026",
        tanggal=date(2026, 11, 24),
        pemohon=PEMOHON,
        penandatangan=ttd or Penandatangan(CAMAT, "CAMAT BAWANG"),
        verifikasi=Verifikasi(KODE_VERIFIKASI, f"https://contoh.go.id/v/{KODE_VERIFIKASI}"),
        data={**DATA[kode], **data},
    )


def _pdf(kode: str, s: SuratLayanan | None = None, kertas: str = "F4") -> bytes:
    buf = io.BytesIO()
    BUAT[kode](buf, KANTOR, kertas, s or _surat(kode))
    return buf.getvalue()


def _teks(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def _baris(teks: str) -> list[str]:
    return [b.strip() for b in teks.splitlines() if b.strip()]


def _fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            names.add(str(ref.get_object()["/BaseFont"]).lstrip("/").split("+", 1)[-1])
    return names


def _jumlah_kotak(pdf: bytes, halaman: int = 0) -> int:
    isi = PdfReader(io.BytesIO(pdf)).pages[halaman].get_contents().get_data().decode("latin-1")
    return len(re.findall(r"\bre\b", isi))


def test_judul_untuk_setiap_layanan() -> None:
    assert set(JUDUL) == {
        "pindah",
        "kredit-bank",
        "skck",
        "legalisasi",
        "kk",
        "ktp-el",
        "ktp-el-pengganti",
    }
    assert set(BUAT) == set(JUDUL)


@pytest.mark.parametrize("kode", SEMUA)
def test_isi_pokok_setiap_surat(kode: str) -> None:
    s = _surat(kode)
    pdf = _pdf(kode, s)
    halaman = _teks(pdf)
    assert len(halaman) == 1  # ordinary data: one page
    teks = halaman[0]
    baris = _baris(teks)
    assert baris[0] == "PEMERINTAH KABUPATEN BANJARNEGARA"
    assert baris[1] == "KECAMATAN BAWANG"
    assert JUDUL_CETAK[kode] in teks
    assert s.nomor in teks
    assert "Nur'aini Ñoño Rahmawati" in teks  # apostrophe and non-ASCII letters
    assert "3304055203900001" in teks
    assert "Drs. HARYANTO, M.Si." in teks
    assert "Pembina Tk I (IV/b)" in teks
    assert "NIP. 19700312 199503 1 004" in teks
    assert "CAMAT BAWANG," in teks
    assert f"Kode verifikasi: {KODE_VERIFIKASI}" in teks
    assert "Verifikasi Bawang Desk" in " ".join(baris)
    assert _jumlah_kotak(pdf) > 30  # the QR modules are drawn as filled rectangles
    assert _fonts(pdf) <= {"LiberationSans", "LiberationSans-Bold"}  # no Helvetica
    if kode not in ("kk", "ktp-el"):  # the pengantar has the date on the Nomor line
        assert teks.index("Bawang, 24 November 2026") < teks.index("CAMAT BAWANG,")
    else:
        assert "Bawang, 24 November 2026" in teks


@pytest.mark.parametrize("kode", SEMUA)
def test_sekcam_atas_nama_camat(kode: str) -> None:
    (teks,) = _teks(_pdf(kode, _surat(kode, TTD_AN)))
    baris = _baris(teks)
    i = baris.index("a.n. CAMAT BAWANG")
    assert baris[i + 1] == "Sekretaris Kecamatan,"
    assert "BAMBANG SUTRISNO, S.Sos." in teks
    assert "Pembina (IV/a)" in teks
    assert "NIP. 19750115 200003 1 002" in teks


@pytest.mark.parametrize("kode", SEMUA)
@pytest.mark.parametrize(("kertas", "ukuran"), [("F4", (609.4, 935.4)), ("A4", (595.3, 841.9))])
def test_ukuran_kertas(kode: str, kertas: str, ukuran: tuple[float, float]) -> None:
    reader = PdfReader(io.BytesIO(_pdf(kode, kertas=kertas)))
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(ukuran[0], abs=0.1)
    assert float(box.height) == pytest.approx(ukuran[1], abs=0.1)
    # A4 too: the tighter layout keeps a letter on one page (a sheet of stamps to be cut
    # out may run on)
    assert len(reader.pages) == 1 or kode == "legalisasi"


def test_kertas_bawaan_f4() -> None:
    s = _surat("skck")
    buf = io.BytesIO()
    layanan.rekomendasi_skck(buf, KANTOR, "F4", s)
    box = PdfReader(io.BytesIO(buf.getvalue())).pages[0].mediabox
    assert float(box.height) == pytest.approx(935.4, abs=0.1)
    with pytest.raises(ValueError, match="F4 atau A4"):
        layanan.rekomendasi_skck(io.BytesIO(), KANTOR, "Letter", s)


def test_kredit_rupiah_dan_terbilang() -> None:
    (teks,) = _teks(_pdf("kredit-bank"))
    assert "Rp15.000.000" in teks
    assert "lima belas juta rupiah" in teks
    assert "Rp60.000.000 (enam puluh juta rupiah)" in teks
    assert "SHM No. 01234/Joho" in teks
    assert "bukan merupakan jaminan" in teks
    assert "PT Bank Rakyat Indonesia (Persero) Tbk. Unit Bawang" in teks


def test_skck_kepada_kapolsek_dan_keperluan() -> None:
    (teks,) = _teks(_pdf("skck"))
    flat = " ".join(_baris(teks))
    assert "Kepala Kepolisian Sektor Bawang" in flat
    assert "Melamar pekerjaan" in flat
    (lain,) = _teks(_pdf("skck", _surat("skck", kepada="Kepala Kepolisian Resor Banjarnegara")))
    assert "Kepala Kepolisian Resor Banjarnegara" in " ".join(_baris(lain))


def test_pindah_alamat_asal_tujuan_dan_anggota() -> None:
    (teks,) = _teks(_pdf("pindah"))
    flat = " ".join(_baris(teks))
    for harap in (
        "3304051203150007",  # Nomor KK
        "Alamat Asal",
        "Alamat Tujuan",
        "Joho",
        "Kenteng",
        "Madukara",
        "Jawa Tengah",
        "Pekerjaan",
        "Kepala keluarga dan seluruh anggota keluarga",
        "Sugeng Priyanto",
        "Suami",
        "SHDK",
    ):
        assert harap in flat, harap
    assert "warga Kecamatan Bawang" in flat


@pytest.mark.parametrize(("kertas", "n"), [("A4", 12), ("F4", 20), ("A4", 40)])
def test_pindah_banyak_anggota_kepala_tabel_berulang(kertas: str, n: int) -> None:
    anggota = [(f"33040521071{i:05d}", f"Anggota Ke-{i}", "Anak") for i in range(1, n + 1)]
    s = _surat("pindah", TTD_AN, anggota=anggota, tujuan_kode_pos="53482")
    s.tembusan = ["Kepala Desa Joho"]
    halaman = _teks(_pdf("pindah", s, kertas))
    assert len(halaman) >= 2
    assert all("SHDK" in h for h in halaman)  # the header row is repeated on every page
    assert f"Anggota Ke-{n}" in halaman[-1]
    # the closing sentence goes with the signature: never a signature alone on a page
    assert "Demikian surat keterangan" in halaman[-1]
    assert "a.n. CAMAT BAWANG" in halaman[-1]
    # later sheets are named by a footer; the first has the kop and the title instead
    assert "Surat Keterangan Pindah Nomor" not in halaman[0]
    assert all(
        f"Surat Keterangan Pindah Nomor {s.nomor}" in h and f"halaman {i}" in h
        for i, h in enumerate(halaman[1:], 2)
    )
    semua = "".join(halaman)
    assert all(f"Anggota Ke-{i}\n" in semua for i in range(1, n + 1))


def test_pindah_sedikit_anggota_tanpa_kepala_ganda() -> None:
    (teks,) = _teks(_pdf("pindah"))
    assert teks.count("SHDK") == 1


def test_legalisasi_satu_cap_per_lembar_menurut_jenis() -> None:
    """A copy is certified "sesuai dengan aslinya"; a village original is known and confirmed
    ("mengetahui dan menguatkan"), not called a copy; every sheet carries the register number
    itself (no ".1" sub-numbers)."""
    s = _surat("legalisasi")
    teks = "".join(_teks(_pdf("legalisasi", s)))
    flat = " ".join(_baris(teks))
    assert teks.count("TELAH DILEGALISASI") == 2
    assert teks.count("Fotokopi sesuai dengan aslinya") == 2
    assert teks.count("MENGETAHUI DAN MENGUATKAN") == 1
    assert "Surat Keterangan Ahli Waris (lembar 3 dari 3)" in flat
    assert "Fotokopi Surat Keterangan Pindah (lembar 1 dari 3)" in flat
    assert flat.count(f"Nomor : {s.nomor}") == 3 and f"{s.nomor}." not in flat
    assert teks.count("NIP. 19700312 199503 1 004") == 3
    assert teks.count(KODE_VERIFIKASI) == 3


def test_legalisasi_ruang_tanda_tangan_di_bawah_cap_dinas() -> None:
    """The signature space under the cap dinas is at least 4 cm (a cap is about 4 cm across)."""
    pdf = _pdf("legalisasi")
    y = {}

    def catat(teks, cm_, tm, font, size):
        t = teks.strip()
        if t.startswith("CAMAT BAWANG") or t.startswith("Drs. HARYANTO"):
            y.setdefault(t.split(",")[0], tm[4] * cm_[1] + tm[5] * cm_[3] + cm_[5])

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=catat)
    assert y["CAMAT BAWANG"] - y["Drs. HARYANTO"] >= 4 * 72 / 2.54


def test_legalisasi_banyak_salinan_beberapa_halaman() -> None:
    s = _surat("legalisasi", dokumen=[("Surat Keterangan Ahli Waris", 9, "ahli-waris")])
    halaman = _teks(_pdf("legalisasi", s))
    assert len(halaman) >= 2
    semua = "".join(halaman)
    assert semua.count("MENGETAHUI DAN MENGUATKAN") == 9
    assert f"{s.nomor}." not in semua and "lembar 9 dari 9" in semua


def test_legalisasi_nomor_salinan_harus_lengkap() -> None:
    s = _surat("legalisasi", nomor_salinan=["L-1"])
    with pytest.raises(ValueError, match="nomor register"):
        _pdf("legalisasi", s)
    with pytest.raises(ValueError, match="Tidak ada dokumen"):
        _pdf("legalisasi", _surat("legalisasi", dokumen=[], nomor_salinan=[]))


@pytest.mark.parametrize(("kode", "dokumen"), [("kk", "Kartu Keluarga"), ("ktp-el", "KTP-el")])
def test_surat_pengantar_ke_dindukcapil(kode: str, dokumen: str) -> None:
    (teks,) = _teks(_pdf(kode))
    baris = _baris(teks)
    i = baris.index("Nomor")
    assert baris[i + 3] == "Bawang, 24 November 2026"  # on the Nomor line
    for label in ("Sifat", "Lampiran", "Hal"):
        assert label in baris
    flat = " ".join(baris)
    assert "Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banjarnegara" in flat
    # the variant reads as part of the sentence, not as its list name in brackets
    harap = {
        "kk": "berkas permohonan pembuatan Kartu Keluarga baru karena pindah datang atas nama",
        "ktp-el": "berkas permohonan penggantian KTP-el yang hilang atas nama",
    }[kode]
    assert harap in flat and "((" not in flat and DATA[kode]["varian_nama"] not in flat
    assert f"penerbitan {dokumen}" in flat
    assert "3304051203150007" in flat


def test_pengganti_ktp_kotak_pasfoto_dan_masa_berlaku() -> None:
    (teks,) = _teks(_pdf("ktp-el-pengganti"))
    flat = " ".join(_baris(teks))
    assert "Pasfoto" in flat and "3 x 4 cm" in flat
    assert "berlaku sampai KTP-el terbit" in flat
    assert "Laki-laki" not in flat and "Perempuan" in flat


def test_tembusan_dicetak() -> None:
    s = _surat("skck")
    s.tembusan = ["Kepala Desa Joho"]
    (teks,) = _teks(_pdf("skck", s))
    assert teks.index("NIP. 19700312 199503 1 004") < teks.index("Tembusan:")
    assert "Kepala Desa Joho" in teks


def test_qr_berbeda_untuk_isi_berbeda() -> None:
    a = _surat("skck")
    b = _surat("skck")
    b.verifikasi = Verifikasi(
        "LAIN-0001", "https://contoh.go.id/v/LAIN-0001-dengan-isi-lebih-panjang"
    )
    assert _jumlah_kotak(_pdf("skck", a)) != _jumlah_kotak(_pdf("skck", b))


def test_tulis_ke_path_atomik(tmp_path: Path) -> None:
    target = tmp_path / "surat.pdf"
    layanan.surat_keterangan_pindah(target, KANTOR, "F4", _surat("pindah"))
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["surat.pdf"]
    meta = PdfReader(target).metadata
    assert meta.title.startswith("Surat Keterangan Pindah")
