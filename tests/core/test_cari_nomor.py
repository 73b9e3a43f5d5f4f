"""Issue 12 item 3: the agenda or register number as staff type it ("042", "42", "042/2026")
finds the record in Surat Masuk, Surat Keluar and the Register Layanan."""

from __future__ import annotations

import pytest

from bawang_desk.core.surat_keluar import SuratKeluarBaru
from bawang_desk.core.surat_masuk import FilterSurat, cari_nomor
from tests.core.test_surat_masuk import surat
from tests.helpers import SANDI


def test_cari_nomor_mengenali_bentuk_ketikan():
    assert cari_nomor("042") == (42, None)
    assert cari_nomor(" 42 ") == (42, None)
    assert cari_nomor("042/2026") == (42, 2026)
    assert cari_nomor("42 / 2026") == (42, 2026)
    for bukan in ("", "rapat", "0", "42a", "2026/42x", "3304051203900001"):
        assert cari_nomor(bukan) is None, bukan


@pytest.mark.parametrize("teks", ["042", "42", "042/2026", "42/2026"])
def test_surat_masuk_dicari_dengan_nomor_agenda(desk, teks):
    desk.masuk("pengadministrasi", SANDI)
    ids = [desk.surat_masuk.catat(surat(hal="Undangan rapat koordinasi")).id for _ in range(42)]
    hasil = desk.surat_masuk.daftar(FilterSurat(teks=teks))
    assert hasil[0].id == ids[41] and hasil[0].nomor_agenda == "042"
    assert desk.surat_masuk.jumlah(FilterSurat(teks=teks)) == 1
    assert desk.surat_masuk.daftar(FilterSurat(teks="042/2025")) == []


def test_nomor_agenda_surat_rahasia_terlihat_halnya_tidak(desk):
    desk.masuk("pengadministrasi", SANDI)
    s = desk.surat_masuk.catat(surat(rahasia=True, hal="Pemeriksaan khusus"))
    (b,) = desk.surat_masuk.daftar(FilterSurat(teks="1"))
    assert b.id == s.id and b.hal == "(RAHASIA)"


def test_surat_keluar_dicari_dengan_nomor_register(desk):
    desk.masuk("pengadministrasi", SANDI)
    for _ in range(15):
        k = desk.surat_keluar.ambil_nomor_luar(
            kode_klasifikasi="400.12.2.1", tujuan="Camat", hal="Laporan bulanan"
        )
    assert k.nomor == "400.12.2.1/015/2026"
    for teks in ("15", "015", "015/2026"):
        hasil = desk.surat_keluar.daftar(teks=teks)
        assert hasil and hasil[0].id == k.id, teks


def test_register_layanan_dicari_dengan_nomor(desk):
    from tests.fault.aksi import _siap_serah

    pid = _siap_serah(desk)
    desk.masuk("operator", SANDI)
    p = desk.layanan.get(pid)
    assert p.nomor
    nomor = int(p.nomor.split("/")[1])
    for teks in (str(nomor), f"{nomor:03}", f"{nomor:03}/2026", p.nomor):
        hasil = desk.layanan.cari(teks)
        assert hasil and hasil[0].id == pid, teks


def test_balasan_dicari_dengan_nomor_agenda(desk):
    """The reply-to picker of Surat Keluar asks surat_masuk.daftar the same way."""
    desk.masuk("pengadministrasi", SANDI)
    a = desk.surat_masuk.catat(surat(pengirim="Pemerintah Desa Joho"))
    desk.surat_masuk.catat(surat(pengirim="Dinas Sosial"))
    konsep = desk.surat_keluar.buat_konsep(
        SuratKeluarBaru("400.12.2.1", "Pemerintah Desa Joho", "Jawaban", balasan_untuk=a.id)
    )
    assert konsep.balasan_untuk == a.id
    assert [b.id for b in desk.surat_masuk.daftar(FilterSurat(teks="001/2026"))] == [a.id]
