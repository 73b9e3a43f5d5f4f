"""The papers of SOP 003 read back from their PDFs: the two buku penjagaan of a generated
200-person office agree with the rule functions, the pengantar carries the number, addressee,
employees and the Camat's block, and the Register KP/KGB lists every step."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from bawang_desk.core import kepegawaian as kp
from bawang_desk.core.pegawai_contoh import buat_pegawai_contoh, isi_pegawai_contoh
from bawang_desk.core.pengaturan import Kepegawaian
from bawang_desk.documents.kepegawaian import (
    cetak_buku_penjagaan,
    cetak_pengantar_usulan,
    cetak_register_kp,
    ekspor_buku_penjagaan,
    ekspor_register_kp,
    nip_cetak,
)
from tests.helpers import SANDI

HARI_INI = date(2026, 11, 24)


def teks(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages).split())


@pytest.fixture
def kantor200(desk):
    desk.masuk("kasubbag", SANDI)
    isi_pegawai_contoh(desk, 200)
    return desk


def _dasar(d) -> tuple[date, int, int]:
    dasar = (d.tmt_pangkat, d.mkg_tahun, d.mkg_bulan)
    if d.tmt_kgb and d.mkg_kgb_tahun is not None and d.tmt_kgb >= d.tmt_pangkat:
        return d.tmt_kgb, d.mkg_kgb_tahun, d.mkg_kgb_bulan or 0
    return dasar


def test_buku_penjagaan_200_pegawai_sesuai_aturan(kantor200, tmp_path):
    """Recomputed per employee from the generated records with the single-rule functions
    (kgb_berikutnya, kp_reguler_berikutnya, batas_kp_reguler), not with the book function."""
    roster = buat_pegawai_contoh(200, hari_ini=HARI_INI)
    by_nip = {d.nip: d for d in roster}

    # KGB: the next step of the salary table falls on or before the end of the window
    dari, sampai = kp.jendela_kgb(HARI_INI)
    harap_kgb = set()
    for d in roster:
        tmt, th, bl = _dasar(d)
        t = kp.kgb_berikutnya(d.golongan, th, tmt, bl, pppk=d.status == "PPPK")
        if t is not None and t <= sampai:
            harap_kgb.add(d.nip)
    pdf = cetak_buku_penjagaan(kantor200, "kgb", dari, sampai, tmp_path / "kgb.pdf")
    isi = teks(pdf)
    tercetak = {n for n in by_nip if nip_cetak(n) in isi}
    assert tercetak == harap_kgb and len(harap_kgb) > 5
    assert f"Jumlah pegawai jatuh tempo {len(harap_kgb)}" in isi
    assert "BUKU PENJAGAAN KENAIKAN GAJI BERKALA" in isi

    # KP: PNS/CPNS below IV/e whose 4 years end in the window, or were missed earlier and
    # are not at their education ceiling
    dari, sampai = kp.jendela_kp(HARI_INI)
    harap_kp = set()
    for d in roster:
        if d.status == "PPPK" or d.golongan == "IV/e":
            continue
        t = kp.kp_reguler_berikutnya(d.tmt_pangkat)
        if t < dari:
            batas = kp.batas_kp_reguler(d.pendidikan)
            if kp.GOLONGAN.index(d.golongan) >= kp.GOLONGAN.index(batas):
                continue  # a superior never keeps anyone out (Peraturan BKN 2/2025)
            t = kp.periode_kp_berikutnya(dari)
        if t <= sampai:
            harap_kp.add(d.nip)
    pdf = cetak_buku_penjagaan(kantor200, "kp", dari, sampai, tmp_path / "kp.pdf")
    isi = teks(pdf)
    assert {n for n in by_nip if nip_cetak(n) in isi} == harap_kp and harap_kp
    assert not any(nip_cetak(d.nip) in isi for d in roster if d.status == "PPPK")
    assert len(PdfReader(str(pdf)).pages) >= 1

    # and the XLSX of the same book has the same people in the same order
    x = ekspor_buku_penjagaan(kantor200, "kp", dari, sampai, tmp_path / "kp.xlsx")
    rows = [r for r in load_workbook(x).active.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert [r[2] for r in rows] == [j.pegawai.nip for j in kantor200.pegawai.penjagaan_kp()]
    assert all(isinstance(r[12], date) for r in rows)  # TMT KP stays a date


def test_peringatan_tercetak(desk, tmp_path):
    from tests.core.test_pegawai import NIP_A, NIP_B, baru

    desk.masuk("kasubbag", SANDI)
    desk.pegawai.tambah(baru(NIP_A, golongan="III/b", tmt_pangkat=date(2022, 12, 1)))
    desk.pegawai.tambah(
        baru(NIP_B, nama="Dewi Lestari", golongan="III/b", tmt_pangkat=date(2022, 12, 1),
             atasan_nip=NIP_A, skp={2025: "Butuh Perbaikan"}, tmt_kgb=None, mkg_tahun=2)
    )  # fmt: skip
    pdf = cetak_buku_penjagaan(desk, "kp", *kp.jendela_kp(HARI_INI), tmp_path / "kp.pdf")
    isi = teks(pdf)
    assert "melampaui pangkat atasan langsung" in isi
    assert "SKP tahun 2025 berpredikat Butuh Perbaikan" in isi


def _sampai_bernomor(desk, jenis: str, ids: list[int]):
    u = desk.usulan_kp.buat(jenis, ids)
    for a in u.anggota:
        desk.usulan_kp.centang_semua(u.id, a.pegawai_id)
    desk.usulan_kp.beritahu(u.id)
    desk.usulan_kp.periksa_berkas(u.id)
    desk.usulan_kp.buat_konsep(u.id)
    return u


def test_pengantar_kgb(kantor200, tmp_path):
    desk = kantor200
    buku = [j for j in desk.pegawai.penjagaan_kgb() if not j.terlambat][:5]
    u = _sampai_bernomor(desk, "kgb", [j.pegawai.id for j in buku])

    # before step 5 it prints as a KONSEP, number left open
    isi = teks(cetak_pengantar_usulan(desk, u.id, tmp_path / "konsep.pdf"))
    assert "KONSEP" in isi and "800.1.11.13/ . . . . /2026" in isi

    u = desk.usulan_kp.kirim_eoffice(u.id)
    pdf = cetak_pengantar_usulan(desk, u.id, tmp_path / "pengantar.pdf")
    r = PdfReader(str(pdf))
    assert r.metadata.title == "Surat Pengantar Usul Kenaikan Gaji Berkala"
    halaman1 = " ".join((r.pages[0].extract_text() or "").split())
    assert "PEMERINTAH KABUPATEN BANJARNEGARA" in halaman1 and "KECAMATAN BAWANG" in halaman1
    assert re.search(r"Nomor : 800\.1\.11\.13/001/2026 Bawang, 24 November 2026", halaman1)
    assert "Lampiran : 1 (satu) berkas Hal : Usul Kenaikan Gaji Berkala" in halaman1
    assert "Yth. Kepala Badan Kepegawaian Daerah Kabupaten Banjarnegara di Banjarnegara" in (
        halaman1
    )
    assert f"bagi {len(buku)} (lima) orang" in halaman1
    assert (
        "CAMAT BAWANG, Drs. Anton Risdianto, M.Si. Pembina (IV/a) NIP. 19750115 200003 1 002"
        in (halaman1)
    )
    lampiran = " ".join(" ".join(p.extract_text() or "" for p in r.pages[1:]).split())
    assert "Lampiran Surat Camat Bawang Nomor : 800.1.11.13/001/2026" in lampiran
    assert "DAFTAR PEGAWAI YANG DIUSULKAN KENAIKAN GAJI BERKALA" in lampiran
    for j in buku:
        assert j.pegawai.nama in lampiran
        assert f"NIP. {nip_cetak(j.pegawai.nip)}" in lampiran
        assert f"MKG baru {j.mkg_ke[0]} th {j.mkg_ke[1]} bl" in lampiran
    assert lampiran.count("Fotokopi SK CPNS") == len(buku)
    assert "CAMAT BAWANG," in lampiran

    # approved by the Sekcam: a.n. Camat, the Sekcam's block
    desk.masuk("sekcam", SANDI)
    desk.usulan_kp.koreksi(u.id, setuju=True)
    isi = teks(cetak_pengantar_usulan(desk, u.id, tmp_path / "an.pdf"))
    assert "a.n. CAMAT BAWANG Sekretaris Kecamatan, Siti Nur'aini, S.Sos." in isi


def test_pengantar_kp_tujuan_dari_pengaturan_dan_register(kantor200, tmp_path):
    desk = kantor200
    desk.masuk("sekcam", SANDI)
    desk.pengaturan.simpan_kepegawaian(
        Kepegawaian(tujuan="Kepala BKPSDM Kabupaten Banjarnegara", tempat_tujuan="Banjarnegara")
    )
    sampai = kp.tambah_bulan(HARI_INI, 6)
    buku = [j for j in desk.pegawai.penjagaan_kp(HARI_INI, sampai) if not j.terlambat][:2]
    u = _sampai_bernomor(desk, "kp-reguler", [j.pegawai.id for j in buku])
    u = desk.usulan_kp.kirim_eoffice(u.id)
    isi = teks(cetak_pengantar_usulan(desk, u.id, tmp_path / "kp.pdf"))
    assert "Yth. Kepala BKPSDM Kabupaten Banjarnegara di Banjarnegara" in isi
    assert "800.1.3.2/001/2026" in isi and "Usul Kenaikan Pangkat Periode" in isi
    # the kind in full in the body, no lower-case abbreviation
    flat = " ".join(isi.split())
    assert "sampaikan usul Kenaikan Pangkat Reguler bagi 2 (dua) orang" in flat
    assert "usul kp" not in flat and "DIUSULKAN KENAIKAN PANGKAT REGULER" in flat
    for j in buku:
        assert f"menjadi {kp.PANGKAT[j.golongan_ke]} ({j.golongan_ke})" in isi

    pdf = cetak_register_kp(desk, target=tmp_path / "register.pdf")
    isi = teks(pdf)
    assert "BUKU REGISTER KP/KGB" in isi and "800.1.3.2/001/2026" in isi
    for j in buku:
        assert nip_cetak(j.pegawai.nip) in isi
    x = ekspor_register_kp(desk, tmp_path / "register.xlsx")
    rows = [r for r in load_workbook(x).active.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert [r[2] for r in rows] == [j.pegawai.nip for j in buku]
    assert rows[0][7] == "800.1.3.2/001/2026" and rows[0][13] is not None  # step 5 time


def test_pengantar_belum_ada_konsep(kantor200):
    from bawang_desk.core.errors import ValidationError

    j = kantor200.pegawai.penjagaan_kgb()[0]
    u = kantor200.usulan_kp.buat("kgb", [j.pegawai.id])
    with pytest.raises(ValidationError, match="langkah 4"):
        cetak_pengantar_usulan(kantor200, u.id)


def test_register_kp_tidak_menghitung_usulan_batal(kantor200, tmp_path):
    """A cancelled usulan keeps its line in the book, but is not counted as proposed."""
    desk = kantor200
    desk.masuk("sekcam", SANDI)
    sampai = kp.tambah_bulan(HARI_INI, 6)
    buku = [j for j in desk.pegawai.penjagaan_kp(HARI_INI, sampai) if not j.terlambat][:3]
    _sampai_bernomor(desk, "kp-reguler", [j.pegawai.id for j in buku[:2]])
    batal = desk.usulan_kp.buat("kp-reguler", [buku[2].pegawai.id])
    desk.usulan_kp.batalkan(batal.id, "Pegawai mengajukan mutasi ke kabupaten lain")
    flat = " ".join(teks(cetak_register_kp(desk, target=tmp_path / "r.pdf")).split())
    assert "Jumlah pegawai diusulkan 2" in flat
    assert "Usulan BATAL (tidak dihitung) 1" in flat
    assert nip_cetak(buku[2].pegawai.nip) in flat  # the line stays
