"""The Laporan SKM (PDF, XLSX) and the A4 poster: read back, the figures are the computed ones,
on the kop, signed by the Camat, and every print is audited with the counters' fingerprint."""

from __future__ import annotations

import json
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from bawang_desk.core.skm import Jawaban, periode_semester
from bawang_desk.documents.skm import cetak_laporan_skm, cetak_poster_skm, ekspor_xlsx_skm
from tests.core.test_skm import PROFIL, diserahkan
from tests.helpers import SANDI


def _teks(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def _isi(desk) -> None:
    pid = diserahkan(desk)
    desk.skm.simpan_loket(
        desk.skm.buka_survei(pid), Jawaban((4, 4, 3, 4, 3, 4, 4, 3, 2), PROFIL, "Antre rapi.")
    )
    desk.masuk("pengadministrasi", SANDI)
    for d, nilai in [(3, (3,) * 9), (14, (3, 3, 3, 4, 3, 3, 4, 2, 2))]:
        desk.skm.simpan_kertas("kk", date(2026, 9, d), Jawaban(nilai, {"usia": "50-59 tahun"}))
    desk.masuk("sekcam", SANDI)
    desk.skm.simpan_rencana(periode_semester(2026, 2), "Membuka kanal pengaduan WhatsApp.")


def test_pdf_laporan_skm(desk, tmp_path):
    _isi(desk)
    h = desk.skm.rekap(periode_semester(2026, 2))
    path = cetak_laporan_skm(desk, h, tmp_path / "skm.pdf")
    r = PdfReader(path)
    w, t = float(r.pages[0].mediabox.width), float(r.pages[0].mediabox.height)
    assert (round(w / 72 * 25.4), round(t / 72 * 25.4)) == (215, 330)  # F4 by the settings
    teks = _teks(path)
    for baris in (
        "PEMERINTAH KABUPATEN BANJARNEGARA",
        "KECAMATAN BAWANG",
        "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT",
        "Semua layanan, Semester II 2026",
        "Semester II 2026 (1 Juli 2026 s.d. 31 Desember 2026)",
        "3 orang: 1 mengisi di layar loket setelah layanan diserahkan, 2 dengan kuesioner kertas",
        "1 layanan diserahkan kepada pemohon",
        "NRR x 1/9 (0,111)",
        "88,31 - 100,00",
        "Membuka kanal pengaduan WhatsApp.",
        "Antre rapi. (Rekomendasi SKCK)",
        "CAMAT BAWANG,",
        "Drs. Anton Risdianto, M.Si.",
        "NIP. 19750115 200003 1 002",
        f"Halaman 1 dari {len(r.pages)}",
    ):
        assert baris in teks, baris
    i = h.indeks
    # U1: 4 + 3 + 3 = 10 over 3 answers; the IKM and its mutu as computed
    assert "U1 Persyaratan 3 10 3,333 0,370 83,33 B" in teks
    assert f"IKM Semua layanan: {str(i.konversi).replace('.', ',')}" in teks
    assert f"Mutu pelayanan {i.mutu.huruf}, kinerja unit pelayanan {i.mutu.kinerja.upper()}" in teks
    assert "Unsur dengan nilai terendah: U9 Penanganan pengaduan" in teks
    assert "Rekomendasi SKCK 1 1 1 Ya 86,11 B (Baik)" in teks
    audit = desk.conn.execute(
        "SELECT rincian FROM audit WHERE aksi = 'skm.cetak.laporan'"
    ).fetchone()
    d = json.loads(audit[0])
    assert d["responden"] == 3 and d["ikm"] == str(i.konversi) and len(d["sha256"]) == 64


def test_pdf_tanpa_rencana_memberi_garis_titik_dan_tanpa_responden(desk, tmp_path):
    desk.masuk("camat", SANDI)
    h = desk.skm.rekap(periode_semester(2026, 1))
    teks = _teks(cetak_laporan_skm(desk, h, tmp_path / "kosong.pdf"))
    assert "Belum ada responden pada periode ini." in teks
    assert "Tidak ada saran tertulis pada periode ini." in teks
    assert "." * 100 in teks  # room to write the rencana tindak lanjut by hand
    assert "tidak ada layanan yang diserahkan pada periode ini" in teks


def test_poster_a4(desk, tmp_path):
    _isi(desk)
    h = desk.skm.rekap(periode_semester(2026, 2), "skck")
    path = cetak_poster_skm(desk, h, tmp_path / "poster.pdf")
    r = PdfReader(path)
    assert len(r.pages) == 1
    w, t = float(r.pages[0].mediabox.width), float(r.pages[0].mediabox.height)
    assert (round(w / 72 * 25.4), round(t / 72 * 25.4)) == (210, 297)  # A4 always
    teks = _teks(path)
    for baris in (
        "HASIL SURVEI KEPUASAN MASYARAKAT",
        "Rekomendasi SKCK, periode Semester II 2026",
        "86,11",
        "Mutu pelayanan: B",
        "Kinerja unit pelayanan: BAIK",
        "dari 1 responden",
        "U9 Penanganan pengaduan, saran dan masukan 2,00 D",
    ):
        assert baris in teks, baris
    assert desk.conn.execute(
        "SELECT COUNT(*) FROM audit WHERE aksi = 'skm.cetak.poster'"
    ).fetchone() == (1,)


def test_xlsx_laporan_skm(desk, tmp_path):
    _isi(desk)
    h = desk.skm.rekap(periode_semester(2026, 2))
    wb = load_workbook(ekspor_xlsx_skm(desk, h, tmp_path / "skm.xlsx"))
    assert wb.sheetnames == ["Unsur", "Layanan", "Profil", "Saran", "Tindak lanjut"]
    ws = wb["Unsur"]
    assert [c.value for c in ws[5]][:12] == [
        "U1", "Persyaratan", 0, 0, 2, 1, 3, 10, 3.3333, 0.3704, 83.33, "B",
    ]  # fmt: skip
    nilai = {r[1]: r for r in ws.iter_rows(min_row=15, values_only=True) if r and r[1]}
    assert nilai["IKM unit pelayanan (x 25)"][10] == float(h.indeks.konversi)
    assert nilai["Responden"][2] == 3
    assert [r for r in wb["Saran"].iter_rows(min_row=5, values_only=True)] == [
        (1, "Rekomendasi SKCK", "Antre rapi.")
    ]
    profil = {(r[0], r[1]): r[2] for r in wb["Profil"].iter_rows(min_row=5, values_only=True)}
    assert profil[("Usia", "50-59 tahun")] == 2 and ("Usia", "Tidak diisi") not in profil
    assert profil[("Jenis kelamin", "Tidak diisi")] == 2
