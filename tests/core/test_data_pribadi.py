"""Personal data: the retention setting and the purge of closed applications (UU 27/2022)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from bawang_desk.core import data_pribadi as dp
from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.layanan import PemohonBaru, PermohonanBaru
from bawang_desk.core.pengaturan import DataPribadi
from tests.helpers import ADMIN_SANDI, IDENTITAS, PENGANTAR, PINDAH_KK, SANDI

NIK = "3304051203900001"
KK = "3304051203150007"


def selesai_pindah(desk, nama: str = "Ma'ruf Ñoto Wijaya") -> int:
    desk.masuk("operator", SANDI)
    a = desk.layanan.baru(
        PermohonanBaru(
            "pindah",
            "umum",
            PemohonBaru(NIK, nama, "Wanadri", alamat="Dusun Krajan", rt="2", rw="3"),
            {
                "no_kk": KK,
                **PENGANTAR,
                **PINDAH_KK,
                "tujuan_kecamatan": "Susukan",
                "tujuan_desa": "Gumelem Wetan",
                "tujuan_alamat": "RT 1 RW 2",
                "alasan": "Pekerjaan",
                "jenis_kepindahan": "Kepala keluarga",
                "anggota": [{"nik": NIK, "nama": nama, "shdk": "Kepala Keluarga"}],
            },
        )
    )
    for s in a.syarat:
        desk.layanan.centang(a.id, s.urutan)
    desk.layanan.periksa(a.id)
    desk.layanan.minta_tanda_tangan(a.id)
    desk.masuk("camat", SANDI)
    desk.layanan.tandatangani(a.id, mode="camat")
    desk.masuk("operator", SANDI)
    desk.layanan.serahkan(a.id)
    return a.id


def test_pengaturan_retensi(desk):
    assert desk.pengaturan.data_pribadi() == DataPribadi(0)
    desk.masuk("operator", SANDI)
    with pytest.raises(AksesDitolak):
        desk.pengaturan.simpan_data_pribadi(DataPribadi(24))
    desk.masuk("sekcam", SANDI)
    for salah in (-1, 6, 361):
        with pytest.raises(ValidationError, match="bulan"):
            desk.pengaturan.simpan_data_pribadi(DataPribadi(salah))
    assert desk.pengaturan.simpan_data_pribadi(DataPribadi(24)).retensi_bulan == 24
    assert desk.pengaturan.data_pribadi().retensi_bulan == 24


def test_batas_retensi_akhir_bulan():
    assert dp.batas_retensi(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert dp.batas_retensi(date(2026, 11, 24), 24) == date(2024, 11, 24)


def test_samarkan_nik():
    assert dp.samarkan_nik(NIK) == "330405******0001"


def test_hapus_data_pribadi(desk, jam, db_path):
    pid = selesai_pindah(desk)
    desk.masuk("operator", SANDI)
    terbuka = desk.layanan.baru(
        PermohonanBaru(
            "skck",
            "umum",
            PemohonBaru("3304055203900002", "Sri Astuti", "Joho", **IDENTITAS),
            {"keperluan": "Melamar pekerjaan", **PENGANTAR},
        )
    )
    sebelum = desk.layanan.get(pid)
    # nobody, the operator, or no period set: refused
    with pytest.raises(AksesDitolak):
        dp.hapus_data_pribadi(desk, konfirmasi=True)
    desk.masuk("sekcam", SANDI)
    with pytest.raises(ValidationError, match="belum diatur"):
        dp.hapus_data_pribadi(desk, konfirmasi=True)
    desk.pengaturan.simpan_data_pribadi(DataPribadi(12))
    assert dp.calon_hapus(desk) == 0  # closed today: not yet
    jam.maju(days=366)
    desk.masuk("sekcam", SANDI)
    assert dp.calon_hapus(desk) == 1  # the open application is never a candidate
    with pytest.raises(ValidationError, match="konfirmasi"):
        dp.hapus_data_pribadi(desk, konfirmasi=False)
    assert desk.layanan.get(pid).nik == NIK
    n_audit = desk.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    hasil = dp.hapus_data_pribadi(desk, konfirmasi=True)
    assert hasil.jumlah == 1
    sesudah = desk.layanan.get(pid)
    assert sesudah.nik == "" and sesudah.nama == dp.DIHAPUS and sesudah.alamat == ""
    assert "pemohon" not in sesudah.data and "no_kk" not in sesudah.data
    assert sesudah.data["anggota"] == [{"shdk": "Kepala Keluarga"}]
    # the register line and its number stay
    assert sesudah.nomor == sebelum.nomor and sesudah.status == "selesai"
    baris = desk.layanan.register("pindah", date(2026, 11, 24), date(2026, 11, 24))
    assert [b.nomor for b in baris] == [sebelum.nomor]
    assert baris[0].rincian() == "Ke Gumelem Wetan, Kec. Susukan; Pekerjaan; 1 jiwa"
    perihal = desk.conn.execute(
        "SELECT perihal FROM nomor WHERE id = ?", (sebelum.nomor_id,)
    ).fetchone()[0]
    assert "a.n." not in perihal and "Wijaya" not in perihal
    # one audit row for the purge, the chain intact
    assert desk.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == n_audit + 1
    aksi, rincian = desk.conn.execute(
        "SELECT aksi, rincian FROM audit ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert aksi == "data_pribadi.hapus" and json.loads(rincian)["id"] == [pid]
    assert desk.verify_audit().utuh and desk.periksa_integritas() == []
    # the NIK can no longer be found, and is gone from the file's bytes (free pages, FTS
    # segments, the masked audit row included)
    assert desk.layanan.cari(NIK[:8]) == [] and desk.layanan.cari("Wijaya") == []
    assert desk.layanan.get(terbuka.id).nik == "3304055203900002"
    assert dp.calon_hapus(desk) == 0
    assert dp.hapus_data_pribadi(desk, konfirmasi=True).jumlah == 0
    desk.masuk("admin", ADMIN_SANDI)
    desk.close()
    data = db_path.read_bytes()
    assert NIK.encode() not in data and KK.encode() not in data
    assert b"Dusun Krajan" not in data


def test_kode_verifikasi_tetap_sah_setelah_data_pribadi_dihapus(desk, jam):
    """The printed code of a letter stays verifiable after its NIK was purged: the register
    keeps the code that was issued, and it is compared (in constant time) when the NIK is gone."""
    pid = selesai_pindah(desk)
    kode = desk.layanan.get(pid).kode_verifikasi
    assert desk.layanan.verifikasi(kode).id == pid
    desk.masuk("sekcam", SANDI)
    desk.pengaturan.simpan_data_pribadi(DataPribadi(12))
    jam.maju(days=366)
    desk.masuk("sekcam", SANDI)
    assert dp.hapus_data_pribadi(desk, konfirmasi=True).jumlah == 1
    assert desk.layanan.get(pid).nik == ""
    assert desk.layanan.verifikasi(kode).id == pid
    # a forged code for the same number is still refused
    palsu = kode[:-1] + ("A" if kode[-1] != "A" else "B")
    assert desk.layanan.verifikasi(palsu) is None


def test_nama_dan_nik_pemohon_tidak_masuk_rantai_audit(desk):
    """The audit chain can never be purged (UU 27/2022): an application's whole life, from
    intake to hand-over, writes neither the applicant's name nor their full NIK into it."""
    pid = selesai_pindah(desk, nama="Zulaikha Wirabumi")
    nik = desk.layanan.get(pid).nik
    rincian = " ".join(r[0] or "" for r in desk.conn.execute("SELECT rincian FROM audit"))
    assert "Wirabumi" not in rincian
    assert nik not in rincian
    # the number's own line in the Buku Nomor still says what it was for
    (perihal,) = desk.conn.execute(
        "SELECT perihal FROM nomor n JOIN permohonan p ON p.nomor_id = n.id WHERE p.id = ?",
        (pid,),
    ).fetchone()
    assert perihal.startswith("Surat Keterangan Pindah") and f"No. {pid}" in perihal


def test_pdf_cetakan_lama_ikut_dihapus(desk, jam):
    """Printed PDFs under cetak/ carry the same NIKs: past the retention period they go too."""
    import os

    from bawang_desk.documents.register_layanan import cetak_register

    selesai_pindah(desk)
    desk.masuk("sekcam", SANDI)
    lama = cetak_register(desk, "pindah", date(2026, 11, 24), date(2026, 11, 24))
    baru = lama.with_name("pindah-baru.pdf")
    baru.write_bytes(lama.read_bytes())
    surat = desk.data_dir / "cetak" / "surat" / "lain.pdf"
    surat.parent.mkdir(parents=True, exist_ok=True)
    surat.write_bytes(b"%PDF-1.4")
    desk.pengaturan.simpan_data_pribadi(DataPribadi(12))
    os.utime(lama, (jam.now.timestamp(), jam.now.timestamp()))  # printed on the day it closed
    os.utime(surat, (jam.now.timestamp(), jam.now.timestamp()))
    jam.maju(days=366)
    os.utime(baru, (jam.now.timestamp(), jam.now.timestamp()))  # printed again today
    desk.masuk("sekcam", SANDI)
    assert dp.berkas_cetak_lama(desk) == sorted([lama, surat])
    hasil = dp.hapus_data_pribadi(desk, konfirmasi=True)
    assert hasil.jumlah == 1 and hasil.berkas == 2 and hasil.gagal == ()
    assert not lama.exists() and not surat.exists() and baru.exists()
    rincian = desk.conn.execute(
        "SELECT rincian FROM audit WHERE aksi = 'data_pribadi.hapus'"
    ).fetchone()[0]
    assert json.loads(rincian)["berkas_cetak"] == 2
