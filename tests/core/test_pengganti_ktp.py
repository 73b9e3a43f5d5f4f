"""The Surat Keterangan Pengganti KTP-el as its own document (SOP 011 step 6, issue 14): its own
number and date, its own signing step (not ticked off by the operator's "proses"), and a masa
berlaku from Pengaturan printed on it."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from bawang_desk.core.atas_nama import AtasNama
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.layanan import PemohonBaru, PermohonanBaru
from bawang_desk.documents.cetak_layanan import cetak_surat, jenis_surat
from tests.core.test_layanan import KK, pemohon
from tests.helpers import ADMIN_SANDI, RUSAK, SANDI

KASI = "Budi Santoso, S.IP."


def _teks(p) -> str:
    return " ".join(" ".join(x.extract_text() for x in PdfReader(p).pages).split())


def _ktp_diproses(desk, jam):
    desk.masuk("operator", SANDI)
    a = desk.layanan.baru(
        PermohonanBaru(
            "ktp-el", "hilang-rusak", PemohonBaru(**pemohon().__dict__), {"no_kk": KK, **RUSAK}
        )
    )
    for s in a.syarat:
        desk.layanan.centang(a.id, s.urutan)
    desk.layanan.periksa(a.id)
    desk.layanan.minta_tanda_tangan(a.id)
    desk.layanan.cetak_untuk_ttd(a.id, mode="camat")
    jam.maju(minutes=3)
    desk.layanan.sudah_ditandatangani(a.id, AtasNama("camat"))
    jam.maju(minutes=5)
    return desk.layanan.proses(a.id, siak_tersedia=True)


def test_pengganti_bernomor_sendiri_ditandatangani_sendiri(desk, jam, tmp_path):
    a = _ktp_diproses(desk, jam)
    assert a.status == "siap_diserahkan"
    assert [lk.langkah for lk in a.langkah] == [1, 2, 3, 4, 5]  # "proses" no longer ticks 6
    assert jenis_surat(a) == ["ktp-el"]
    a = desk.layanan.cetak_pengganti(a.id, mode="ub")
    g = a.pengganti
    assert g["nomor"] == "400.12.2.1/001/SKP/2026" and g["nomor"] != a.nomor
    assert (g["tanggal"], g["berlaku_sampai"], g["status"]) == (
        "2026-11-24",
        "2027-05-24",
        "dicetak",
    )
    t = _teks(cetak_surat(desk, a.id, tmp_path / "p.pdf", jenis="ktp-el-pengganti"))
    assert g["nomor"] in t and a.nomor not in t and KASI in t
    assert "berlaku sampai dengan tanggal 24 Mei 2027" in t
    with pytest.raises(ValidationError, match="belum ditandatangani"):
        desk.layanan.serahkan(a.id)
    with pytest.raises(ValidationError, match="Dikembalikan"):
        desk.layanan.pengganti_ditandatangani(a.id, AtasNama("camat"))
    jam.maju(minutes=4)
    a = desk.layanan.pengganti_ditandatangani(a.id, AtasNama("ub"))
    lk6 = next(lk for lk in a.langkah if lk.langkah == 6)
    assert lk6.pelaku.nama == KASI and lk6.pelaku.pencatat == "operator"
    assert a.pengganti["status"] == "ditandatangani"
    assert desk.layanan.serahkan(a.id).status == "selesai"
    assert [n.nomor_lengkap for n in desk.penomoran.daftar("ktp-el-pengganti")] == [g["nomor"]]


def test_pengganti_dikembalikan_nomor_tetap_dan_batal_ikut(desk, jam):
    desk.masuk("admin", ADMIN_SANDI)
    desk.pengaturan.simpan_masa_berlaku_pengganti(3)
    with pytest.raises(ValidationError, match="1 sampai 24"):
        desk.pengaturan.simpan_masa_berlaku_pengganti(36)
    a = _ktp_diproses(desk, jam)
    a = desk.layanan.cetak_pengganti(a.id, mode="camat")
    nomor = a.pengganti["nomor"]
    assert a.pengganti["berlaku_sampai"] == "2027-02-24"
    a = desk.layanan.pengganti_dikembalikan(a.id, "Foto tidak ditempel")
    a = desk.layanan.cetak_pengganti(a.id, mode="an")
    assert (a.pengganti["nomor"], a.pengganti["cetak_ke"]) == (nomor, 2)
    a = desk.layanan.batalkan(a.id, "Pemohon pindah domisili", atas_nama=AtasNama("sekcam"))
    n = desk.penomoran.daftar("ktp-el-pengganti")[0]
    assert n.batal and n.alasan_batal == "Pemohon pindah domisili"


def test_hanya_untuk_ktp_el(desk, jam):
    from tests.core.test_layanan import siap_ttd

    a = siap_ttd(desk)
    with pytest.raises(ValidationError, match="hanya untuk permohonan KTP-el"):
        desk.layanan.cetak_pengganti(a.id, mode="camat")
