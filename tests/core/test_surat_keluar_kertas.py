"""Surat keluar typed in the app (issue 14): KONSEP, approval recorded on behalf, "Cetak untuk
ditandatangani" numbers it, the pen signature recorded, "Dikembalikan" keeps the number."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader

from bawang_desk.core.atas_nama import AtasNama
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.surat_keluar import SuratKeluarBaru
from bawang_desk.documents.surat_keluar import cetak_surat_keluar
from tests.helpers import SANDI

SEKCAM = "Siti Nur'aini, S.Sos."
CAMAT = "Drs. Anton Risdianto, M.Si."


def _teks(p) -> str:
    return "\n".join(x.extract_text() for x in PdfReader(p).pages)


def _konsep(desk):
    desk.masuk("pengadministrasi", SANDI)
    return desk.surat_keluar.buat_konsep(
        SuratKeluarBaru(
            "400.12.2.1",
            "Kepala Dindukcapil Kabupaten Banjarnegara",
            "Permohonan blangko KTP-el",
            isi="Dengan hormat, kami mohon tambahan blangko KTP-el.\n\nDemikian.",
        )
    )


def test_konsep_setuju_cetak_bernomor_lalu_ditandatangani(desk, jam, tmp_path):
    k = _konsep(desk)
    t = _teks(cetak_surat_keluar(desk, k.id, tmp_path / "k.pdf", konsep=True))
    assert "KONSEP" in t and "belum bernomor" in t and "blangko KTP-el" in t
    with pytest.raises(ValidationError, match="belum bernomor"):
        cetak_surat_keluar(desk, k.id, tmp_path / "x.pdf")
    k = desk.surat_keluar.koreksi(k.id, setuju=True, atas_nama=AtasNama("sekcam"))
    k = desk.surat_keluar.cetak_untuk_ttd(k.id, mode="an")
    assert k.status == "dicetak" and k.nomor == "400.12.2.1/001/2026" and k.cetak_ke == 1
    t = _teks(cetak_surat_keluar(desk, k.id, tmp_path / "f.pdf"))
    assert k.nomor in t and "KONSEP" not in t and SEKCAM in t and "a.n. CAMAT" in t
    with pytest.raises(ValidationError, match="Dikembalikan"):
        desk.surat_keluar.sudah_ditandatangani(k.id, AtasNama("camat"))
    jam.maju(minutes=5)
    k = desk.surat_keluar.sudah_ditandatangani(k.id, AtasNama("an", jam.now - timedelta(minutes=2)))
    assert k.status == "bernomor" and k.penandatangan == SEKCAM
    assert "dicatat oleh pengadministrasi" in k.riwayat[-1][3]
    assert desk.surat_keluar.kirim(k.id, cara="E-Office").status == "dikirim"


def test_dikembalikan_diperbaiki_dicetak_ulang_nomor_sama(desk, jam, tmp_path):
    k = _konsep(desk)
    desk.surat_keluar.koreksi(k.id, setuju=True, atas_nama=AtasNama("camat"))
    k = desk.surat_keluar.cetak_untuk_ttd(k.id, mode="camat")
    nomor = k.nomor
    k = desk.surat_keluar.dikembalikan(k.id, "Tambahkan jumlah blangko")
    assert (k.status, k.nomor, k.alasan_kembali) == (
        "dikembalikan",
        nomor,
        "Tambahkan jumlah blangko",
    )
    with pytest.raises(ValidationError, match="kode klasifikasinya"):
        desk.surat_keluar.ubah_konsep(
            k.id, SuratKeluarBaru("400.12.2.2", k.tujuan, k.hal, isi=k.isi)
        )
    k = desk.surat_keluar.ubah_konsep(
        k.id, SuratKeluarBaru("400.12.2.1", k.tujuan, k.hal, isi="Mohon 500 keping blangko.")
    )
    assert k.status == "dikembalikan"
    k = desk.surat_keluar.cetak_untuk_ttd(k.id, mode="camat")
    assert (k.status, k.nomor, k.cetak_ke) == ("dicetak", nomor, 2)
    t = _teks(cetak_surat_keluar(desk, k.id, tmp_path / "u.pdf"))
    assert nomor in t and "500 keping" in t and CAMAT in t
    assert [n.nomor_lengkap for n in desk.penomoran.daftar("surat-keluar:400.12.2.1")] == [nomor]


def test_batal_dicatat_atas_nama_sekcam_nomornya_batal(desk, jam):
    from bawang_desk.core.errors import AksesDitolak

    k = _konsep(desk)
    desk.surat_keluar.koreksi(k.id, setuju=True, atas_nama=AtasNama("sekcam"))
    k = desk.surat_keluar.cetak_untuk_ttd(k.id, mode="an")
    with pytest.raises(AksesDitolak):
        desk.surat_keluar.batalkan(k.id, "Acara dibatalkan dinas")
    k = desk.surat_keluar.batalkan(k.id, "Acara dibatalkan dinas", atas_nama=AtasNama("sekcam"))
    assert k.status == "batal"
    n = desk.penomoran.daftar("surat-keluar:400.12.2.1")[0]
    assert n.batal and n.alasan_batal == "Acara dibatalkan dinas"
    assert SEKCAM in k.riwayat[-1][3]


@pytest.mark.parametrize(
    ("sifat", "tercetak"), [("Biasa", "Rahasia"), ("Segera", "Segera, Rahasia")]
)
def test_surat_rahasia_tercetak_rahasia_di_baris_sifat(desk, jam, tmp_path, sifat, tercetak):
    """The Sekcam signs what the paper says: a secret letter printed "Sifat : Biasa" (the
    secrecy kept only in its own column) would leave the office as an ordinary letter."""
    desk.masuk("pengadministrasi", SANDI)
    k = desk.surat_keluar.buat_konsep(
        SuratKeluarBaru(
            "100.2.2.5",
            "Kepala Dinas PMD Kabupaten Banjarnegara",
            "Laporan pemeriksaan pengaduan",
            sifat=sifat,
            isi="Dengan hormat, terlampir laporan pemeriksaan.",
            rahasia=True,
        )
    )
    for cetak in (
        lambda: cetak_surat_keluar(desk, k.id, tmp_path / "k.pdf", konsep=True),
        lambda: cetak_surat_keluar(
            desk,
            desk.surat_keluar.cetak_untuk_ttd(
                desk.surat_keluar.koreksi(k.id, setuju=True, atas_nama=AtasNama("sekcam")).id,
                mode="an",
            ).id,
            tmp_path / "f.pdf",
        ),
    ):
        baris = _teks(cetak()).splitlines()  # the Nomor block is a table: one cell a line
        i = baris.index("Sifat")
        assert baris[i + 1 : i + 4] == [":", tercetak, "Lampiran"]
