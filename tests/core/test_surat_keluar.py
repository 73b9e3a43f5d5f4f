"""Surat keluar: konsep to arsip, numbered only after signing, outside numbers, BATAL, ekspedisi."""

from __future__ import annotations

from datetime import date

import pytest

from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.surat_keluar import SuratKeluarBaru
from bawang_desk.core.surat_masuk import SuratMasukBaru
from tests.helpers import SANDI

HARI = date(2026, 11, 24)


def konsep(**kw) -> SuratKeluarBaru:
    d = dict(
        kode_klasifikasi="800.1.11.13",
        tujuan="Kepala BKPSDM Kabupaten Banjarnegara",
        hal="Usulan kenaikan gaji berkala",
        lampiran="1 berkas",
        isi="Dengan hormat, ...",
    )
    d.update(kw)
    return SuratKeluarBaru(**d)


def test_konsep_sampai_arsip_dengan_nomor_dari_buku_kodenya(desk):
    desk.masuk("pengadministrasi", SANDI)
    s = desk.surat_keluar.buat_konsep(konsep())
    assert s.status == "konsep" and s.nomor == ""
    desk.masuk("sekcam", SANDI)
    s = desk.surat_keluar.koreksi(s.id, setuju=False, catatan="Lampiran belum lengkap")
    assert s.status == "perbaikan"
    with pytest.raises(ValidationError, match="tidak dapat ditandatangani"):
        desk.surat_keluar.tandatangani(s.id, mode="an")
    desk.masuk("pengadministrasi", SANDI)
    desk.surat_keluar.ubah_konsep(s.id, konsep(lampiran="2 berkas"))
    desk.masuk("sekcam", SANDI)
    desk.surat_keluar.koreksi(s.id, setuju=True)
    with pytest.raises(ValidationError, match="hanya oleh Camat"):
        desk.surat_keluar.tandatangani(s.id, mode="camat")
    s = desk.surat_keluar.tandatangani(s.id, mode="an")
    assert s.penandatangan == "Siti Nur'aini, S.Sos." and s.nomor == ""
    desk.masuk("pengadministrasi", SANDI)
    s = desk.surat_keluar.beri_nomor(s.id, HARI)
    assert s.nomor == "800.1.11.13/001/2026" and s.status == "bernomor"
    # a number for a letter typed in Word comes from the same book, next in line
    luar = desk.surat_keluar.ambil_nomor_luar(
        kode_klasifikasi="800.1.11.13", tujuan="BKPSDM", hal="Susulan berkas KGB"
    )
    assert luar.nomor == "800.1.11.13/002/2026"
    other = desk.surat_keluar.ambil_nomor_luar(
        kode_klasifikasi="800.1.3.2", tujuan="BKPSDM", hal="Usulan KP"
    )
    assert other.nomor == "800.1.3.2/001/2026"
    s = desk.surat_keluar.kirim(s.id, cara="E-Office")
    s = desk.surat_keluar.arsipkan(s.id)
    assert [r[0] for r in s.riwayat] == [
        "konsep",
        "perbaikan",
        "konsep",
        "disetujui",
        "ditandatangani",
        "bernomor",
        "dikirim",
        "diarsipkan",
    ]
    assert desk.penomoran.periksa_kesinambungan() == []


def test_balasan_dan_batal(desk):
    desk.masuk("pengadministrasi", SANDI)
    sm = desk.surat_masuk.catat(SuratMasukBaru(HARI, "Desa Joho", "Permohonan data"))
    with pytest.raises(ValidationError, match="tidak ditemukan"):
        desk.surat_keluar.buat_konsep(konsep(balasan_untuk=9999))
    s = desk.surat_keluar.buat_konsep(konsep(kode_klasifikasi="100.2.2.5", balasan_untuk=sm.id))
    assert s.balasan_untuk == sm.id
    luar = desk.surat_keluar.ambil_nomor_luar(
        kode_klasifikasi="100.2.2.5", tujuan="Desa Joho", hal="Jawaban"
    )
    with pytest.raises(AksesDitolak):
        desk.surat_keluar.batalkan(luar.id, "Salah tujuan")
    desk.masuk("sekcam", SANDI)
    b = desk.surat_keluar.batalkan(luar.id, "Salah tujuan surat")
    assert b.status == "batal"
    n = desk.penomoran.get(b.nomor_id)
    assert n.batal and n.alasan_batal == "Salah tujuan surat"
    desk.masuk("pengadministrasi", SANDI)
    nxt = desk.surat_keluar.ambil_nomor_luar(
        kode_klasifikasi="100.2.2.5", tujuan="Desa Joho", hal="Jawaban (ulang)"
    )
    assert nxt.nomor == "100.2.2.5/002/2026"
    rows = list(desk.surat_keluar.baris_buku(date(2026, 11, 1), date(2026, 11, 30)))
    assert [r[1] for r in rows] == ["100.2.2.5/001/2026", "100.2.2.5/002/2026"]
    assert rows[0][-1] == "BATAL: Salah tujuan surat"


def test_diantar_langsung_masuk_buku_ekspedisi(desk):
    desk.masuk("pengadministrasi", SANDI)
    s = desk.surat_keluar.ambil_nomor_luar(
        kode_klasifikasi="400.12.2.2", tujuan="Camat Susukan", hal="Pindah penduduk"
    )
    with pytest.raises(ValidationError, match="Cara kirim"):
        desk.surat_keluar.kirim(s.id, cara="Merpati")
    desk.surat_keluar.kirim(s.id, cara="Diantar langsung", tanggal=HARI)
    eks = desk.surat_keluar.ekspedisi()
    assert len(eks) == 1 and eks[0].nomor_surat == "400.12.2.2/001/2026"
    assert eks[0].kepada == "Camat Susukan" and eks[0].penerima == ""
    desk.surat_keluar.tanda_terima(eks[0].id, "Sri (staf Kec. Susukan)")
    with pytest.raises(ValidationError, match="sudah dicatat"):
        desk.surat_keluar.tanda_terima(eks[0].id, "orang lain")
    manual = desk.surat_keluar.catat_ekspedisi(
        tanggal_kirim=HARI, nomor_surat="470/12/2025", hal="Berkas lama", kepada="Dindukcapil"
    )
    rows = list(desk.surat_keluar.baris_ekspedisi(date(2026, 11, 1), date(2026, 11, 30)))
    assert len(rows) == 2 and rows[0][5].startswith("Sri") and manual
    with pytest.raises(ValidationError, match="Ditujukan kepada"):
        desk.surat_keluar.catat_ekspedisi(tanggal_kirim=HARI, nomor_surat="1", hal="x", kepada=" ")


def test_cari_surat_keluar(desk):
    desk.masuk("pengadministrasi", SANDI)
    desk.surat_keluar.ambil_nomor_luar(
        kode_klasifikasi="800.1.3.2", tujuan="BKPSDM", hal="Usulan kenaikan pangkat"
    )
    desk.surat_keluar.buat_konsep(
        konsep(tujuan="Kepala Desa Pucang", hal="Undangan musrenbang", kode_klasifikasi="100.2.2.5")
    )
    assert [s.tujuan for s in desk.surat_keluar.daftar(teks="pucang")] == ["Kepala Desa Pucang"]
    assert [s.hal for s in desk.surat_keluar.daftar(teks="800.1.3.2/001")] == [
        "Usulan kenaikan pangkat"
    ]
    assert len(desk.surat_keluar.daftar(status="konsep")) == 1


def test_buku_surat_keluar_dan_ekspedisi_tidak_menahan_kunci_selama_baris_disusun(desk):
    """Read first, then shaped: a read left open while each row was shaped in Python kept
    every save out for the whole book (rollback journal)."""
    from tests.helpers import bisa_simpan_sekarang

    desk.masuk("pengadministrasi", SANDI)
    for tujuan in ("Camat Susukan", "Camat Madukara"):
        s = desk.surat_keluar.ambil_nomor_luar(
            kode_klasifikasi="400.12.2.2", tujuan=tujuan, hal="Pindah penduduk"
        )
        desk.surat_keluar.kirim(s.id, cara="Diantar langsung", tanggal=HARI)
    for baca in (desk.surat_keluar.baris_buku, desk.surat_keluar.baris_ekspedisi):
        baris = baca(date(2026, 11, 1), date(2026, 11, 30))
        assert next(baris)[0] == "1"
        assert bisa_simpan_sekarang(desk.path), baca.__name__
        assert [r[0] for r in baris] == ["2"]


def test_nomor_tanpa_tahun_dicari_per_buku_lewat_indeks(desk):
    """A number typed without its year ("470/") is looked up book by book and year by year
    through the numbers' index: as ``nomor = ?`` alone it read every number of every register
    (184 ms a keystroke on the ten-year database)."""
    from bawang_desk.core.surat_masuk import cari_nomor, sql_nomor

    desk.masuk("pengadministrasi", SANDI)
    for tujuan in ("Camat Susukan", "Camat Madukara"):
        desk.surat_keluar.ambil_nomor_luar(
            kode_klasifikasi="400.12.2.2", tujuan=tujuan, hal="Pindah penduduk"
        )
    desk.penomoran.ambil("skck", HARI, "Nomor yang sama di buku lain")
    for teks in ("002", "2/2026"):
        w, a = sql_nomor(cari_nomor(teks), awalan="surat-keluar:")
        sql = f"SELECT n.nomor_lengkap FROM nomor n WHERE {w}"
        rencana = " ".join(r[3] for r in desk.conn.execute("EXPLAIN QUERY PLAN " + sql, a))
        assert "register=? AND tahun=? AND nomor=?" in rencana, rencana
    assert [s.nomor for s in desk.surat_keluar.daftar(teks="002")][:1] == ["400.12.2.2/002/2026"]
