"""Every service's letter printed from a signed application and read back."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from bawang_desk.core.errors import ValidationError
from bawang_desk.core.layanan import PemohonBaru, PermohonanBaru
from bawang_desk.documents.cetak_layanan import cetak_surat
from tests.documents.test_register_layanan import DATA
from tests.helpers import SANDI


def teks(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


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
