"""The mail books print, under the table, each classification code used with its
Permendagri 83/2022 title (issue 16: bare codes could not be read), old codes named as old."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader

from bawang_desk.core import massal
from bawang_desk.core.surat_masuk import SuratMasukBaru
from bawang_desk.documents.surat_masuk import cetak_buku_surat, ringkasan_buku
from tests.helpers import SANDI


def _teks(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_buku_agenda_surat_keluar_menyebut_judul_kode(desk, tmp_path):
    desk.masuk("pengadministrasi", SANDI)
    rows = [
        {
            "kode_klasifikasi": kode,
            "tanggal_surat": date(2026, 11, 2 + i),
            "tujuan": "Kepala Dindukcapil",
            "hal": f"Surat {i}",
            "status": "diarsipkan",
            "penandatangan": "camat",
        }
        for i, kode in enumerate(("400.12.2.2", "400.12.2.2", "800.1.11.13", "471.13"))
    ]
    massal.tambah_surat_keluar_massal(desk, rows)
    pdf = cetak_buku_surat(
        desk, "surat-keluar", date(2026, 11, 1), date(2026, 11, 30), tmp_path / "k.pdf"
    )
    isi = " ".join(_teks(pdf).split())
    assert "Kode 400.12.2.2 \u2013 Pindah Datang Penduduk Dalam Wilayah NKRI 2" in isi
    assert "Kode 800.1.11.13 \u2013 Pengurusan Kenaikan Gaji Berkala" in isi
    assert "Kode 471.13 \u2013 kode lama Permendagri 78/2012 (KTP) 1" in isi


def test_ringkasan_buku_surat_masuk_per_kode(desk):
    desk.masuk("pengadministrasi", SANDI)
    for kode in ("300.2.3", "", "360"):
        desk.surat_masuk.catat(
            SuratMasukBaru(date(2026, 11, 24), "BPBD", "Peringatan dini", kode_klasifikasi=kode)
        )
    rows = list(desk.surat_masuk.baris_buku(date(2026, 11, 1), date(2026, 11, 30)))
    per_kode = [r for r in ringkasan_buku("surat-masuk", rows) if r[0].startswith("Kode")]
    assert per_kode == [
        ("Kode 300.2.3 \u2013 Pencegahan dan Kesiapsiagaan", "1"),
        ("Kode 360", "1"),  # a sender's code outside both schemes stays as written
    ]
