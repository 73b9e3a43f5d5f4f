"""The dated-rule loader: every shipped rule has a basis and ordered dates, a version is picked
by the date asked about, a bad edit is refused naming the file, and a new rule is only data."""

from __future__ import annotations

from datetime import date

import pytest

from bawang_desk.core import aturan as mod
from bawang_desk.core.aturan import aturan, muat_aturan, semua_aturan
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.pengaturan import DataPribadi, validasi_data_pribadi


def test_semua_aturan_kiriman_punya_dasar_dan_tanggal_urut():
    semua = {a.kode: a for a in semua_aturan()}
    assert {"periode-kp", "kp-reguler", "gaji-berkala", "retensi-data-pribadi"} <= set(semua)
    for a in semua.values():
        assert a.judul and a.bidang and a.versi
        assert all(v.dasar and v.uraian for v in a.versi)
        assert list(a.perubahan()) == sorted(set(a.perubahan()))


def test_versi_dipilih_menurut_tanggal():
    a = aturan("kp-reguler")
    assert a.pada(date(2025, 5, 19)).isi["atasan_langsung"] == "peringatan"
    assert a.pada(date(2025, 5, 20)).isi["atasan_langsung"] == "informasi"
    assert a.pada(date(2025, 5, 20)).dasar == "Peraturan BKN Nomor 2 Tahun 2025"
    assert a.sampai(a.versi[0]) == date(2025, 5, 20) and a.sampai(a.versi[-1]) is None
    # before the first recorded version: the first version (old TMTs keep computing)
    assert aturan("retensi-data-pribadi").pada(date(2000, 1, 1)).isi["minimal_bulan"] == 12


def test_aturan_baru_cukup_berkas_data(tmp_path, monkeypatch):
    """How another module (e.g. the SKCK addressees by keperluan) adds a rule: one file."""
    (tmp_path / "aturan").mkdir()
    (tmp_path / "aturan" / "contoh-tujuan.toml").write_text(
        'judul = "Tujuan surat"\nbidang = "Pelayanan"\n'
        '[[versi]]\ndasar = "SOP 008 (2022)"\nuraian = "Kapolsek."\n'
        '[versi.isi.tujuan]\numum = "Kapolsek Bawang"\n'
        '[[versi]]\nberlaku = 2027-01-01\ndasar = "Perkap X"\nuraian = "Kapolres."\n'
        '[versi.isi.tujuan]\numum = "Kapolres Banjarnegara"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(mod, "resource_path", lambda *p: tmp_path.joinpath(*p))
    mod.aturan.cache_clear()
    try:
        a = aturan("contoh-tujuan")
        assert a.pada(date(2026, 12, 31)).isi["tujuan"]["umum"] == "Kapolsek Bawang"
        assert a.pada(date(2027, 1, 1)).isi["tujuan"]["umum"] == "Kapolres Banjarnegara"
        assert [x.kode for x in semua_aturan()] == ["contoh-tujuan"]
    finally:
        monkeypatch.undo()
        mod.aturan.cache_clear()


@pytest.mark.parametrize(
    ("isi", "pesan"),
    [
        ('[[versi]]\ndasar = "a"\nuraian = "b"\n', "judul belum diisi"),
        ('judul = "x"\n', r"tidak ada \[\[versi\]\]"),
        ('judul = "x"\n[[versi]]\nuraian = "b"\n', "dasar belum diisi"),
        (
            'judul = "x"\n[[versi]]\ndasar = "a"\nuraian = "b"\n[[versi]]\ndasar = "c"\n'
            'uraian = "d"\n',
            "versi ke-2 tidak punya tanggal berlaku",
        ),
        (
            'judul = "x"\n[[versi]]\nberlaku = 2025-01-01\ndasar = "a"\nuraian = "b"\n'
            '[[versi]]\nberlaku = 2024-01-01\ndasar = "c"\nuraian = "d"\n',
            "tidak lebih baru",
        ),
        ('judul = "x"\n[[versi]]\nberlaku = "2025-01-01"\ndasar = "a"\nuraian = "b"\n',
         "tanggal TOML"),
        ('judul = "x\n', "bukan TOML yang sah"),
    ],
)  # fmt: skip
def test_berkas_aturan_salah_ditolak_dengan_nama_berkas(tmp_path, isi, pesan):
    f = tmp_path / "salah.toml"
    f.write_text(isi, encoding="utf-8")
    with pytest.raises(ValidationError, match=pesan) as e:
        muat_aturan(f)
    assert "salah.toml" in str(e.value)


def test_batas_retensi_dari_aturan():
    with pytest.raises(ValidationError, match="paling singkat 12 bulan"):
        validasi_data_pribadi(DataPribadi(6))
    with pytest.raises(ValidationError, match="0 sampai 360 bulan"):
        validasi_data_pribadi(DataPribadi(361))
    assert validasi_data_pribadi(DataPribadi(12)).retensi_bulan == 12
