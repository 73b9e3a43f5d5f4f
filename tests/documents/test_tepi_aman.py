"""Every document the app prints keeps its text at least 8 mm from the paper's edge.

Many office printers cannot print the outer 4-5 mm: a page number, "dicetak oleh" line or audit
hash drawn there is lost. The demo office prints each kind of document (service letters of every
service, the registers and the daily print, the mail books, the Lembar Disposisi, the Berita
Acara, the KP/KGB books and pengantar, the kinerja and SKM reports) and every piece of text of
every page is measured from the PDF's own text positions.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from bawang_desk.core import peran
from bawang_desk.core.demo import SANDI_DEMO, buat_demo
from bawang_desk.core.desk import Desk
from bawang_desk.documents.fonts import FONT, daftarkan_font

HARI_INI = date(2026, 11, 24)
BATAS = 8 * mm


@pytest.fixture(scope="module")
def dicetak(tmp_path_factory) -> dict[str, Path]:
    """One PDF of every kind of document, printed from the demo office."""
    from bawang_desk.core.kinerja import Periode
    from bawang_desk.documents import (
        berita_acara,
        cetak_layanan,
        kepegawaian,
        laporan_kinerja,
        register_layanan,
        skm,
        surat_masuk,
    )

    dir_ = tmp_path_factory.mktemp("tepi")
    path = dir_ / "demo.sqlite"
    buat_demo(path, hari_ini=HARI_INI)
    desk = Desk.open(path, kunci=False)
    hasil: dict[str, Path] = {}
    try:
        desk.masuk(peran.SEKCAM, SANDI_DEMO)
        dari, sampai = HARI_INI - timedelta(days=60), HARI_INI
        conn = desk.conn
        for layanan, pid in conn.execute(
            "SELECT layanan, MAX(id) FROM permohonan WHERE nomor_id IS NOT NULL GROUP BY layanan"
        ):
            p = desk.layanan.get(pid)
            for jenis in cetak_layanan.jenis_surat(p):
                hasil[f"surat-{jenis}"] = cetak_layanan.cetak_surat(
                    desk, pid, dir_ / f"surat-{jenis}.pdf", jenis=jenis
                )
            hasil[f"register-{layanan}"] = register_layanan.cetak_register(
                desk, layanan, dari, sampai, dir_ / f"register-{layanan}.pdf"
            )
        hasil["harian"] = register_layanan.cetak_harian(
            desk, HARI_INI - timedelta(days=1), dir_ / "harian.pdf"
        )
        for jenis in ("surat-masuk", "surat-keluar", "ekspedisi"):
            hasil[f"buku-{jenis}"] = surat_masuk.cetak_buku_surat(
                desk, jenis, dari, sampai, dir_ / f"buku-{jenis}.pdf"
            )
        (sid,) = conn.execute("SELECT MAX(id) FROM surat_masuk").fetchone()
        hasil["disposisi"] = surat_masuk.cetak_lembar_disposisi(desk, sid, dir_ / "disposisi.pdf")
        batch = conn.execute("SELECT MAX(id) FROM serah_terima").fetchone()[0]
        if batch is not None:
            hasil["berita-acara"] = berita_acara.cetak_berita_acara(desk, batch, dir_ / "ba.pdf")
        periode = Periode.bulan(HARI_INI.year, HARI_INI.month)
        hasil["kinerja"] = laporan_kinerja.cetak_laporan_kinerja(
            desk, desk.kinerja.hitung(periode), dir_ / "kinerja.pdf"
        )
        hasil["skm"] = skm.cetak_laporan_skm(desk, desk.skm.rekap(periode), dir_ / "skm.pdf")
        desk.masuk(peran.KASUBBAG, SANDI_DEMO)
        hasil["register-kp"] = kepegawaian.cetak_register_kp(
            desk, dari, sampai, target=dir_ / "register-kp.pdf"
        )
        hasil["penjagaan-kgb"] = kepegawaian.cetak_buku_penjagaan(
            desk, "kgb", HARI_INI, HARI_INI + timedelta(days=365), dir_ / "penjagaan.pdf"
        )
        uid = conn.execute("SELECT MAX(id) FROM usulan_kp").fetchone()[0]
        if uid is not None:
            hasil["pengantar-kp"] = kepegawaian.cetak_pengantar_usulan(
                desk, uid, dir_ / "pengantar-kp.pdf"
            )
    finally:
        desk.close()
    return hasil


def _pelanggaran(path: Path) -> list[str]:
    """Each piece of text nearer than 8 mm to an edge: page, text, which edge, distance."""
    daftarkan_font()
    salah: list[str] = []
    for no, hal in enumerate(PdfReader(str(path)).pages, 1):
        lebar, tinggi = float(hal.mediabox.width), float(hal.mediabox.height)

        def lihat(teks, cm_, tm, font, ukuran, no=no, lebar=lebar, tinggi=tinggi):
            t = teks.strip()
            if not t:
                return
            sx = (cm_[0] ** 2 + cm_[1] ** 2) ** 0.5 or 1
            u = ukuran * ((tm[0] ** 2 + tm[1] ** 2) ** 0.5 or 1) * sx
            x = tm[4] * cm_[0] + tm[5] * cm_[2] + cm_[4]
            y = tm[4] * cm_[1] + tm[5] * cm_[3] + cm_[5]
            if abs(cm_[1]) > 1e-6 or abs(tm[1]) > 1e-6:  # rotated (the KONSEP mark): centred
                return
            w = stringWidth(t, FONT, u)
            for sisi, jarak in (
                ("kiri", x),
                ("kanan", lebar - (x + w)),
                ("bawah", y - 0.25 * u),
                ("atas", tinggi - (y + 0.8 * u)),
            ):
                if jarak < BATAS - 0.5:
                    salah.append(f"hal. {no} {sisi} {jarak / mm:.1f} mm: {t[:50]!r}")

        hal.extract_text(visitor_text=lihat)
    return salah


def test_semua_jenis_dokumen_tercetak(dicetak):
    for harap in (
        "surat-pindah",
        "surat-skck",
        "surat-kredit-bank",
        "surat-legalisasi",
        "surat-kk",
        "surat-ktp-el",
        "register-skck",
        "harian",
        "buku-ekspedisi",
        "disposisi",
        "kinerja",
        "skm",
        "register-kp",
    ):
        assert harap in dicetak, harap


def test_tidak_ada_teks_dalam_8_mm_dari_tepi_kertas(dicetak):
    salah = {k: v for k, p in dicetak.items() if (v := _pelanggaran(p))}
    assert not salah, salah
