"""The Berita Acara Serah Terima Berkas, read back with pypdf: kop, number, files, totals, both
signature boxes, and the paper size from Pengaturan."""

from __future__ import annotations

import io

from pypdf import PdfReader

from bawang_desk.core.pengaturan import Umum
from bawang_desk.documents.berita_acara import cetak_berita_acara, tulis_berita_acara
from tests.core.test_serah_terima import siap_kirim
from tests.helpers import ADMIN_SANDI, SANDI

MM = 72 / 25.4


def teks(pdf: bytes | str) -> str:
    r = PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)
    return "\n".join(p.extract_text() for p in r.pages)


def test_isi_berita_acara(desk, tmp_path):
    pids = [siap_kirim(desk, i) for i in range(3)]
    pids.append(siap_kirim(desk, 3, "ktp-el", "perubahan-data"))
    st = desk.serah_terima.buat(pids)
    path = cetak_berita_acara(desk, st.id, tmp_path / "ba.pdf")
    t = teks(str(path))
    norm = " ".join(t.split())
    for harap in (
        "PEMERINTAH KABUPATEN BANJARNEGARA",
        "KECAMATAN BAWANG",
        "Jl. Raya Bawang No. 1",
        "BERITA ACARA SERAH TERIMA BERKAS",
        "Nomor: 400.12.2.1/001/ST/2026",
        "Pada hari ini Selasa tanggal dua puluh empat bulan November tahun dua ribu dua puluh "
        "enam (24-11-2026)",
        "400.12.2.1/001/KK/2026",
        "400.12.2.1/001/KTP/2026",
        "3304051203900001",
        "Slamet Riyadi",
        "Penggantian KK karena rusak/hilang",
        "perubahan elemen data",
        "Jumlah: 4 permohonan",
        "PIHAK PERTAMA",
        "Yang Menyerahkan",
        "PIHAK KEDUA",
        "Yang Menerima",
        "Petugas Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banjarnegara",
        "Rina Operator",
        "8 Desember 2026",  # due back in fourteen days
        "Mengetahui",
        "Budi Santoso, S.IP.",
        "NIP. 19820711 200901 1 004",
        "Bawang, 24 November 2026",
        "Halaman 1 dari",
    ):
        assert harap in t or harap in norm, harap
    r = PdfReader(str(path))
    w, h = r.pages[0].mediabox.width, r.pages[0].mediabox.height
    assert round(float(w) / MM) == 215 and round(float(h) / MM) == 330  # F4 by default
    assert r.metadata.title == "Berita Acara Serah Terima Berkas 400.12.2.1/001/ST/2026"


def test_a4_dan_banyak_halaman(desk):
    desk.masuk("admin", ADMIN_SANDI)
    desk.pengaturan.simpan(umum=Umum(kertas="A4"))
    pids = [siap_kirim(desk, i) for i in range(30)]
    st = desk.serah_terima.buat(pids)
    buf = io.BytesIO()
    tulis_berita_acara(desk, st, buf)
    r = PdfReader(buf)
    assert round(float(r.pages[0].mediabox.height) / MM) == 297
    assert len(r.pages) >= 2
    t = teks(buf.getvalue())
    # the header row repeats on every page; the signatures close the last page
    assert all("Nomor Register" in p.extract_text() for p in r.pages[:-1])
    assert "Jumlah: 30 permohonan" in t and "90" in t.split("Jumlah: 30 permohonan")[1][:20]
    assert "Yang Menerima" in r.pages[-1].extract_text()


def test_penyerah_pejabat_dengan_nip(desk):
    """An account holding the Kasi Tapem post signs with its NIP; "Mengetahui" is then not
    the same person twice."""
    desk.masuk("admin", ADMIN_SANDI)
    desk.pengguna.tambah("budi", "Budi Santoso", "operator", SANDI, jabatan="kasi_tapem")
    pid = siap_kirim(desk, 0)
    desk.masuk("budi", SANDI)
    st = desk.serah_terima.buat([pid])
    buf = io.BytesIO()
    tulis_berita_acara(desk, st, buf)
    t = teks(buf.getvalue())
    assert "19820711 200901 1 004" in t and "Kepala Seksi Tata Pemerintahan Kecamatan Bawang" in t
    assert "Mengetahui" not in t


def test_dua_berkas_satu_halaman_dan_nip_konsisten(desk, tmp_path):
    """A handover of two files fits one page with every signature on it; a NIP not on record
    is a line to fill by hand both in the list of parties and in the box, never "-"."""
    st = desk.serah_terima.buat([siap_kirim(desk, i) for i in range(2)])
    r = PdfReader(str(cetak_berita_acara(desk, st.id, tmp_path / "ba.pdf")))
    assert len(r.pages) == 1
    t = r.pages[0].extract_text()
    for harap in (
        "PIHAK KEDUA",
        "PIHAK PERTAMA",
        "Mengetahui",
        "Rina Operator",
        "Halaman 1 dari 1",
    ):
        assert harap in t, harap
    assert "NIP : -" not in " ".join(t.split()) and ": -" not in t
    # the variant column reads on at most two lines a row
    assert "Kartu Keluarga\nPenggantian" not in t
