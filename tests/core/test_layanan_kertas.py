"""The number is on the paper that is signed (issue 14): KONSEP, "Cetak untuk ditandatangani",
"Sudah ditandatangani" recorded on behalf, "Dikembalikan" under the same number, BATAL."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from pypdf import PdfReader

from bawang_desk.core.atas_nama import AtasNama
from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.documents.cetak_layanan import cetak_surat
from tests.core.test_layanan import siap_ttd, skck
from tests.helpers import SANDI

SEKCAM = "Siti Nur'aini, S.Sos."


def _teks(path) -> str:
    return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)


def test_skck_konsep_cetak_ttd_atas_nama_sekcam_lalu_diserahkan(desk, jam, tmp_path):
    jam.now = datetime(2026, 11, 24, 10, 30)
    a = siap_ttd(desk)
    konsep = cetak_surat(desk, a.id, tmp_path / "konsep.pdf", konsep=True)
    t = _teks(konsep)
    assert "KONSEP" in t and "/SKCK/2026" not in t and "belum bernomor" in t
    assert desk.layanan.get(a.id).nomor == "" and not desk.penomoran.daftar("skck")
    with pytest.raises(ValidationError, match="cetak surat untuk ditandatangani lebih dulu"):
        desk.layanan.sudah_ditandatangani(a.id, AtasNama("an"))

    a = desk.layanan.cetak_untuk_ttd(a.id, mode="an")
    assert a.status == "dicetak" and a.nomor == "100.2.2.5/001/SKCK/2026" and a.cetak_ke == 1
    final = _teks(cetak_surat(desk, a.id, tmp_path / "final.pdf"))
    assert a.nomor in final and "KONSEP" not in final and SEKCAM in final
    with pytest.raises(ValidationError, match="Dikembalikan"):
        desk.layanan.sudah_ditandatangani(a.id, AtasNama("camat"))
    with pytest.raises(ValidationError, match="sebelum langkah sebelumnya"):
        desk.layanan.sudah_ditandatangani(a.id, AtasNama("an", datetime(2026, 11, 24, 10, 0)))

    jam.maju(minutes=8)  # 10.38: the letter comes back from the Sekcam's room
    desk.sentuh()
    jam.maju(minutes=8)  # 10.46: the operator records it
    a = desk.layanan.sudah_ditandatangani(a.id, AtasNama("an", datetime(2026, 11, 24, 10, 42)))
    assert a.status == "siap_diserahkan" and a.penandatangan["mode"] == "an"
    lk = next(x for x in a.langkah if x.langkah == 4)
    assert lk.waktu == datetime(2026, 11, 24, 10, 42)
    assert (lk.pelaku.nama, lk.pelaku.pencatat, lk.oleh) == (SEKCAM, "operator", "operator")
    r = json.loads(
        desk.conn.execute(
            "SELECT rincian FROM audit WHERE aksi = 'layanan.tandatangani'"
        ).fetchone()[0]
    )
    assert r["pejabat"] == SEKCAM and r["dicatat_oleh"] == "operator"
    assert r["waktu_pejabat"] == "2026-11-24T10:42"
    assert desk.layanan.serahkan(a.id).status == "selesai"


def test_dikembalikan_diperbaiki_dan_dicetak_ulang_dengan_nomor_yang_sama(desk, jam, tmp_path):
    a = siap_ttd(desk)
    a = desk.layanan.cetak_untuk_ttd(a.id, mode="camat")
    nomor = a.nomor
    with pytest.raises(ValidationError, match="alasan"):
        desk.layanan.dikembalikan(a.id, "")
    a = desk.layanan.dikembalikan(a.id, "Nama pemohon salah ketik")
    assert a.status == "dikembalikan" and a.nomor == nomor
    assert a.alasan_kembali == "Nama pemohon salah ketik"
    a = desk.layanan.perbaiki(a.id, skck(nama="Slamet Riyadi Utomo"))
    a = desk.layanan.cetak_untuk_ttd(a.id, mode="camat")
    assert (a.status, a.nomor, a.cetak_ke, a.nama) == ("dicetak", nomor, 2, "Slamet Riyadi Utomo")
    t = _teks(cetak_surat(desk, a.id, tmp_path / "ulang.pdf"))
    assert nomor in t and "Slamet Riyadi Utomo" in t
    assert [n.nomor_lengkap for n in desk.penomoran.daftar("skck")] == [nomor]
    a = desk.layanan.sudah_ditandatangani(a.id, AtasNama("camat"))
    assert a.status == "siap_diserahkan"


def test_dibatalkan_nomornya_batal_dicatat_atas_nama_sekcam(desk, jam):
    a = siap_ttd(desk)
    a = desk.layanan.cetak_untuk_ttd(a.id, mode="an")
    with pytest.raises(AksesDitolak, match="Sekcam atau Camat"):
        desk.layanan.batalkan(a.id, "Pemohon tidak jadi melamar")
    a = desk.layanan.batalkan(a.id, "Pemohon tidak jadi melamar", atas_nama=AtasNama("sekcam"))
    assert a.status == "batal"
    n = desk.penomoran.daftar("skck")[0]
    assert n.batal and n.alasan_batal == "Pemohon tidak jadi melamar"
    r = json.loads(
        desk.conn.execute("SELECT rincian FROM audit WHERE aksi = 'layanan.batal'").fetchone()[0]
    )
    assert r["pejabat"] == SEKCAM and r["dicatat_oleh"] == "operator"


def test_hanya_loket_yang_mencetak_untuk_ditandatangani(desk, jam):
    a = siap_ttd(desk)
    desk.masuk("kasubbag", SANDI)
    with pytest.raises(AksesDitolak):
        desk.layanan.cetak_untuk_ttd(a.id, mode="camat")
