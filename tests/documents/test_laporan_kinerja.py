"""The Laporan Kinerja PDF and XLSX: read back, the figures are the computed ones, on the kop."""

from __future__ import annotations

import re

from openpyxl import load_workbook
from pypdf import PdfReader

from bawang_desk.core.kinerja import format_durasi, format_persen
from bawang_desk.documents.laporan_kinerja import cetak_laporan_kinerja, ekspor_xlsx_kinerja
from tests.core.test_kinerja import OKTOBER, isi_bulan
from tests.helpers import SANDI


def _teks(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_pdf_laporan_kinerja(desk, tmp_path):
    isi_bulan(desk)
    desk.masuk("sekcam", SANDI)
    lap = desk.kinerja.hitung(OKTOBER)
    path = cetak_laporan_kinerja(desk, lap, tmp_path / "lk.pdf")
    r = PdfReader(path)
    halaman = r.pages[0]
    w, h = float(halaman.mediabox.width), float(halaman.mediabox.height)
    assert (round(w / 72 * 25.4), round(h / 72 * 25.4)) == (215, 330)  # F4, portrait
    teks = _teks(path)
    rata = " ".join(teks.split())
    for baris in ("PEMERINTAH KABUPATEN BANJARNEGARA", "KECAMATAN BAWANG", "LAPORAN KINERJA"):
        assert baris in teks
    assert "Periode Oktober 2026 (1 Oktober 2026 s.d. 31 Oktober 2026)" in rata
    assert f"Halaman 1 dari {len(r.pages)}" in teks
    for s in lap.sop:
        assert s.nama.split()[0] in teks
        assert format_durasi(s.total.median) in teks
        assert format_durasi(s.total.p90) in teks
    kk = next(s for s in lap.sop if s.kode == "kk")
    assert "Grafik tidak memuat langkah 6 (14 hari)" in rata
    lk = kk.langkah[1]
    assert f"{format_persen(lk.waktu.persen_dalam_standar)} ({lk.waktu.dalam_standar}/" in teks
    assert "Per pelaksana" in teks and "Anton Camat" in teks
    # signed by the Camat, as the kinerja SOP has it
    assert "CAMAT BAWANG," in teks and "Drs. Anton Risdianto, M.Si." in teks
    assert "Mengetahui," not in teks
    # a per-pelaksana outlier is capped and flagged, never "126.449,2%"
    assert not re.search(r"\d{1,3}\.\d{3},\d%", teks)
    if "> 1.000% *" in teks:
        assert "lebih dari sepuluh kali standar" in rata
    # the heading of the notes is on the page of its first note
    hal = next(p.extract_text() for p in r.pages if "Catatan cara menghitung" in p.extract_text())
    assert "1. " in hal.split("Catatan cara menghitung", 1)[1]
    assert r.metadata.title == "Laporan Kinerja Pelayanan Oktober 2026"
    # the charts are vector drawings in the app's font: no Helvetica anywhere
    fonts = set()
    for p in r.pages:
        for f in (p["/Resources"].get("/Font") or {}).values():
            fonts.add(str(f.get_object()["/BaseFont"]))
    assert fonts and not any("Helvetica" in f for f in fonts)


def test_xlsx_laporan_kinerja(desk, tmp_path):
    isi_bulan(desk)
    desk.masuk("kasubbag", SANDI)
    lap = desk.kinerja.hitung(OKTOBER)
    path = ekspor_xlsx_kinerja(desk, lap, tmp_path / "lk.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Ringkasan", "Langkah", "Pelaksana"]
    ws = wb["Ringkasan"]
    assert ws["A4"].value == "SOP"
    rows = list(ws.iter_rows(min_row=5, values_only=True))
    assert len(rows) == len(lap.sop)
    for row, s in zip(rows, lap.sop, strict=True):
        assert row[0] == s.nama and row[2] == s.jumlah and row[3] == s.selesai
        if s.total.median is not None:
            assert row[6] == round(s.total.median / 60, 2)
    langkah = list(wb["Langkah"].iter_rows(min_row=5, values_only=True))
    assert len(langkah) == sum(len(s.langkah) for s in lap.sop)
    pel = list(wb["Pelaksana"].iter_rows(min_row=5, values_only=True))
    assert len(pel) == len(lap.pelaksana)
    assert not list(tmp_path.glob(".*.tmp"))


def test_persen_pelaksana_pencilan_dibatasi():
    from bawang_desk.documents.laporan_kinerja import _persen_pelaksana

    assert _persen_pelaksana(126_449.2) == "> 1.000% *"
    assert _persen_pelaksana(87.5) == "87,5%"
    assert _persen_pelaksana(None) == "-"


def test_sel_yang_tidak_muat_kolomnya_dibungkus():
    """Seen on a rendered report: "14 hari 33 menit" (the KK standard, bold in the Utuh row)
    ran over the next cell ("14 hari 33 m|enit 55"), since only strings over 18 characters were
    wrapped. A cell is wrapped whenever its text is wider than its column."""
    from reportlab.platypus import Paragraph

    from bawang_desk.documents.laporan_kinerja import _tabel

    t = _tabel([["Standar"], ["14 hari 33 menit"], ["2 menit"]], [46], tebal=1)
    assert isinstance(t._cellvalues[1][0], Paragraph)
    assert t._cellvalues[2][0] == "2 menit"
