"""Service registers and the Sekcam's daily print: totals match the registers."""

from __future__ import annotations

from pypdf import PdfReader

from bawang_desk.core.layanan import PemohonBaru, PermohonanBaru
from bawang_desk.documents.register_layanan import cetak_harian, cetak_register
from tests.helpers import IDENTITAS, PENGANTAR, PINDAH_KK, RUSAK, SANDI, SURAT_USAHA

KK = "3304051203150007"
DATA = {
    "skck": ("umum", {"keperluan": "Melamar pekerjaan", **PENGANTAR}),
    "legalisasi": (
        "umum",
        {"dokumen": [{"nama": "Surat Keterangan Ahli Waris", "salinan": 2}], **PENGANTAR},
    ),
    "kredit-bank": (
        "umum",
        {
            **PENGANTAR,
            **SURAT_USAHA,
            "bank": "BRI Unit Bawang",
            "jumlah": "5.000.000",
            "usaha": "Warung",
            "agunan_jenis": "BPKB",
            "agunan_nomor": "K-1",
            "agunan_pemilik": "Slamet",
            "agunan_nilai": "8.000.000",
        },
    ),
    "pindah": (
        "umum",
        {
            "no_kk": KK,
            **PENGANTAR,
            **PINDAH_KK,
            "tujuan_kecamatan": "Susukan",
            "tujuan_desa": "Gumelem Wetan",
            "tujuan_alamat": "RT 1 RW 2",
            "alasan": "Pekerjaan",
            "jenis_kepindahan": "Kepala keluarga",
            "anggota": [{"nik": "3304051203900001", "nama": "Slamet", "shdk": "Kepala Keluarga"}],
        },
    ),
    "kk": ("rusak-hilang", {"no_kk": KK, **RUSAK}),
    "ktp-el": ("hilang-rusak", {"no_kk": KK, **RUSAK}),
}


def teks(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def isi_semua(desk, kali: int = 1) -> None:
    n = 0
    for _ in range(kali):
        for layanan, (varian, data) in DATA.items():
            n += 1
            desk.masuk("operator", SANDI)
            nik = f"33040512039{n:05d}"
            a = desk.layanan.baru(
                PermohonanBaru(
                    layanan,
                    varian,
                    PemohonBaru(
                        nik, f"Pemohon {'ABCDEFGHIJKLMNOP'[n % 16]}", "Wanadri", **IDENTITAS
                    ),
                    data,
                )
            )
            for s in a.syarat:
                desk.layanan.centang(a.id, s.urutan)
            desk.layanan.periksa(a.id)
            desk.layanan.minta_tanda_tangan(a.id)
            desk.masuk("camat", SANDI)
            desk.layanan.tandatangani(a.id, mode="camat")


def test_cetak_harian_jumlah_sesuai_register(desk, jam, tmp_path):
    isi_semua(desk, kali=2)
    desk.masuk("sekcam", SANDI)
    hari = jam.now.date()
    path = cetak_harian(desk, hari, tmp_path / "harian.pdf")
    t = teks(path)
    assert "CETAK HARIAN REGISTER PELAYANAN" in t
    for kode in DATA:
        n = len(desk.layanan.register(kode, hari, hari))
        assert n == 2
    assert "Jumlah seluruh layanan 12" in t.replace("\n", " ")
    assert "hash audit terakhir" in t
    assert desk.verify_audit().hash_terakhir[:24] in t.replace("\n", "")


def test_register_satu_layanan(desk, jam, tmp_path):
    isi_semua(desk)
    desk.masuk("sekcam", SANDI)
    hari = jam.now.date()
    t = teks(cetak_register(desk, "kredit-bank", hari, hari, tmp_path / "kredit.pdf"))
    assert "REGISTER REKOMENDASI KREDIT BANK" in t and "Rp5.000.000" in t
    assert "100.2.2.5/001/KRD/2026" in t


def test_ekspor_register_xlsx_membawa_info_ekspor(desk, jam, tmp_path):
    """Like the mail book, the register's XLSX names who exported it, when, and the audit
    anchor (the latest audit-chain hash)."""
    from openpyxl import load_workbook

    from bawang_desk.documents.register_layanan import ekspor_register

    isi_semua(desk)
    desk.masuk("sekcam", SANDI)
    hari = jam.now.date()
    path = ekspor_register(desk, "skck", hari, hari, tmp_path / "skck.xlsx")
    ws = load_workbook(path, read_only=True).active
    sel = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r and r[0] and len(r) > 1}
    assert sel["Diekspor oleh"] == "Siti Sekcam (Sekretaris Kecamatan, sekcam)"
    assert sel["Waktu ekspor"] == jam.now.strftime("%d-%m-%Y %H:%M:%S")
    assert sel["Hash audit terakhir"] == desk.verify_audit().hash_terakhir
    assert sel["Periode"] == "24 November 2026 s.d. 24 November 2026"
    nomor = [
        r[1]
        for r in ws.iter_rows(values_only=True)
        if len(r) > 1 and str(r[1] or "").endswith("/2026")
    ]
    assert nomor == [b.nomor for b in desk.layanan.register("skck", hari, hari)]


def test_register_dan_buku_menyebut_tanggal_cetak_dan_nama_varian(desk, jam, tmp_path):
    """A book is read against the day it was printed; the KK register names the variant as the
    catalog does, not by its code ("rusak-hilang")."""
    from bawang_desk.documents.surat_masuk import cetak_buku_surat

    isi_semua(desk)
    hari = jam.hari_ini()
    desk.masuk("sekcam", SANDI)
    flat = " ".join(teks(cetak_register(desk, "kk", hari, hari, tmp_path / "kk.pdf")).split())
    assert "pada 24 November 2026 pukul" in flat
    assert "Penggantian KK karena rusak/hilang" in flat and "rusak-hilang" not in flat
    buku = " ".join(
        teks(cetak_buku_surat(desk, "ekspedisi", hari, hari, tmp_path / "e.pdf")).split()
    )
    assert "pada 24 November 2026 pukul" in buku


def test_cetak_harian_menulis_nama_varian_dan_penandatangan_tanpa_kurung_ganda(desk, jam, tmp_path):
    """Seen on the demo's daily print: 'rusak-hilang; KK ...' (the variant's code, not its name)
    and 'Muhammad Wahyudi, S.E., M.M. (a.n. Camat (Sekcam))'. The Sekcam signs what he reads."""
    desk.masuk("operator", SANDI)
    a = desk.layanan.baru(
        PermohonanBaru(
            "kk",
            "rusak-hilang",
            PemohonBaru(f"33040512039{1:05d}", "Slamet", "Wanadri"),
            {"no_kk": KK, **RUSAK},
        )
    )
    for s in a.syarat:
        desk.layanan.centang(a.id, s.urutan)
    desk.layanan.periksa(a.id)
    desk.layanan.minta_tanda_tangan(a.id)
    desk.masuk("sekcam", SANDI)
    desk.layanan.tandatangani(a.id, mode="an")
    hari = jam.now.date()
    t = teks(cetak_harian(desk, hari, tmp_path / "harian.pdf")).replace("\n", " ")
    assert "rusak-hilang" not in t
    assert "Penggantian KK karena rusak/hilang; KK 3304051203150007" in t
    assert "(Sekcam))" not in t and "a.n. Camat (Sekcam)" in t
