"""The Lembar Disposisi (SOP 068/001): one half sheet, the letter's data, the urgent band, the ticks."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from bawang_desk.core.pengaturan import Kantor
from bawang_desk.documents.disposisi import (
    INSTRUKSI_BAKU,
    TUJUAN_BAKU,
    DataDisposisi,
    lembar_disposisi,
    normalisasi_sifat,
)

KANTOR = Kantor(
    alamat="Jalan Raya Bawang Nomor 1, Bawang",
    telepon="(0286) 591234",
    kode_pos="53471",
    email="kec.bawang@contoh.go.id",
)
CENTANG = "√"


def _data(**ubah) -> DataDisposisi:
    d = DataDisposisi(
        nomor_agenda="SM/0152/2026",
        surat_dari="Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banjarnegara",
        nomor_surat="400.12.2.2/1234/Dukcapil/2026",
        tanggal_surat=date(2026, 11, 20),
        diterima_tanggal=date(2026, 11, 24),
        sifat="Amat Segera",
        hal="Undangan Rapat Koordinasi Percepatan Perekaman KTP-el",
        tujuan={"Sekretaris Kecamatan", "Kasi Tata Pemerintahan"},
        instruksi={"Hadiri/wakili", "Koordinasi/konfirmasikan"},
        catatan_camat="Kasi Tapem hadir dan laporkan hasilnya.",
        batas_waktu=date(2026, 11, 27),
        tanggal_disposisi=date(2026, 11, 24),
        penjabaran_sekcam="Siapkan data pemilih pemula per desa.",
        tanggal_penjabaran=date(2026, 11, 25),
        distribusi=[("Kasi Tata Pemerintahan", date(2026, 11, 25), "Suparno")],
    )
    return dataclasses.replace(d, **ubah)


def _cetak(d: DataDisposisi, *, kosong: bool, kertas: str = "F4") -> PdfReader:
    buf = io.BytesIO()
    lembar_disposisi(buf, KANTOR, kertas, d, kosong=kosong)
    return PdfReader(buf)


def _tercentang(teks: str, label: str) -> bool:
    return re.search(re.escape(CENTANG) + r"\s*" + re.escape(label), teks) is not None


@pytest.mark.parametrize(
    ("kertas", "ukuran"),
    [("F4", (165, 215)), ("A4", (148, 210))],
)
@pytest.mark.parametrize("kosong", [True, False])
def test_satu_halaman_setengah_lembar(kertas: str, ukuran: tuple[int, int], kosong: bool) -> None:
    r = _cetak(_data(), kosong=kosong, kertas=kertas)
    assert len(r.pages) == 1
    box = r.pages[0].mediabox
    assert float(box.width) == pytest.approx(ukuran[0] / 25.4 * 72, abs=0.1)
    assert float(box.height) == pytest.approx(ukuran[1] / 25.4 * 72, abs=0.1)


def test_kosong_hanya_data_surat_tanpa_centang_disposisi() -> None:
    teks = _cetak(_data(), kosong=True).pages[0].extract_text()
    for isian in (
        "PEMERINTAH KABUPATEN BANJARNEGARA",
        "KECAMATAN BAWANG",
        "LEMBAR DISPOSISI",
        "SM/0152/2026",
        "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banjarnegara",
        "400.12.2.2/1234/Dukcapil/2026",
        "20 November 2026",
        "24 November 2026",
        "Undangan Rapat Koordinasi Percepatan Perekaman KTP-el",
        "Diteruskan kepada Sdr.:",
        "Dengan hormat harap:",
        "Catatan / disposisi Camat:",
        "Penjabaran disposisi oleh Sekretaris Kecamatan:",
        "Distribusi / tanda terima:",
    ):
        assert isian in teks, isian
    for label in (*TUJUAN_BAKU, *INSTRUKSI_BAKU):
        assert label in teks
        assert not _tercentang(teks, label)
    # The only mark is the letter's own sifat; nothing recorded after step 1 is printed.
    assert (
        teks.count(CENTANG) == 2
        and _tercentang(teks, "Biasa")
        and _tercentang(teks, "Sangat Segera")
    )
    for rekaman in ("Kasi Tapem hadir", "Siapkan data", "27 November 2026", "Suparno"):
        assert rekaman not in teks
    assert re.search(r"3\.\s", teks)  # at least three empty receipt rows


def test_terisi_mencentang_yang_dipilih() -> None:
    d = _data()
    teks = _cetak(d, kosong=False).pages[0].extract_text()
    for label in d.tujuan | d.instruksi:
        assert _tercentang(teks, label), label
    for label in set(TUJUAN_BAKU) - d.tujuan:
        assert not _tercentang(teks, label), label
    assert teks.count(CENTANG) == len(d.tujuan) + len(d.instruksi) + 2  # + sifat, keamanan
    for isian in (
        "Kasi Tapem hadir dan laporkan hasilnya.",
        "Batas waktu: 27 November 2026",
        "Siapkan data pemilih pemula per desa.",
        "25 November 2026",
        "Suparno",
    ):
        assert isian in teks, isian


def test_tujuan_di_luar_pilihan_tetap_dicetak() -> None:
    teks = _cetak(_data(tujuan={"Tim Penggerak PKK"}), kosong=False).pages[0].extract_text()
    assert _tercentang(teks, "Tim Penggerak PKK")


@pytest.mark.parametrize("sifat", ["Amat Segera", "Sangat Segera", "sangat  segera"])
def test_pita_sangat_segera(sifat: str) -> None:
    for kosong in (True, False):
        teks = _cetak(_data(sifat=sifat), kosong=kosong).pages[0].extract_text()
        baris = [b.strip() for b in teks.splitlines()]
        assert "SANGAT SEGERA" in baris
        # the band comes before the title, right under the kop
        assert baris.index("SANGAT SEGERA") < baris.index("LEMBAR DISPOSISI")


def test_pita_rahasia_dan_tanpa_pita_untuk_biasa() -> None:
    teks = _cetak(_data(sifat="Rahasia"), kosong=True).pages[0].extract_text()
    assert "RAHASIA" in teks and "SANGAT SEGERA" not in teks
    teks = _cetak(_data(sifat="Biasa"), kosong=True).pages[0].extract_text()
    assert "RAHASIA" not in teks and "SANGAT SEGERA" not in teks
    assert _tercentang(teks, "Biasa")


def test_rahasia_dan_sangat_segera_bersamaan() -> None:
    """Issue 12 item 6: a secret letter can be urgent too; the sheet shows both bands and ticks
    Sangat Segera in the Sifat row and Rahasia in the Keamanan row."""
    teks = _cetak(_data(sifat="Sangat Segera", rahasia=True), kosong=True).pages[0].extract_text()
    baris = [b.strip() for b in teks.splitlines()]
    assert "SANGAT SEGERA" in baris and "RAHASIA" in baris
    assert _tercentang(teks, "Sangat Segera") and _tercentang(teks, "Rahasia")
    assert "Keamanan" in teks and "Penting" not in teks
    teks = _cetak(_data(sifat="Segera"), kosong=True).pages[0].extract_text()
    assert "RAHASIA" not in teks and _tercentang(teks, "Segera")


def test_normalisasi_sifat() -> None:
    assert normalisasi_sifat("Amat Segera") == "Sangat Segera"
    assert normalisasi_sifat(" PENTING ") == "Penting"
    assert normalisasi_sifat("Terbatas") == "Terbatas"


@pytest.mark.parametrize("kertas", ["F4", "A4"])
def test_teks_panjang_tetap_satu_halaman_dan_dipotong(kertas: str) -> None:
    panjang = "Permohonan fasilitasi dan koordinasi kegiatan lintas sektor " * 40
    d = _data(
        hal=panjang,
        surat_dari="Dinas " * 60,
        catatan_camat=panjang,
        penjabaran_sekcam=panjang,
        pilihan_tujuan=[*TUJUAN_BAKU, *(f"Staf {i}" for i in range(6))],
        distribusi=[(f"Kasi {i}", None, "Nama") for i in range(6)],
    )
    r = _cetak(d, kosong=False, kertas=kertas)
    assert len(r.pages) == 1
    teks = r.pages[0].extract_text()
    assert "…" in teks
    assert "SM/0152/2026" in teks and "Staf 5" in teks and "Kasi 5" in teks


def test_terlalu_banyak_pilihan_ditolak_bukan_meluber() -> None:
    d = _data(pilihan_tujuan=[f"Jabatan nomor {i}" for i in range(120)])
    with pytest.raises(ValueError, match="tidak muat"):
        _cetak(d, kosong=True)


def test_hanya_liberation_sans() -> None:
    page = _cetak(_data(), kosong=False).pages[0]
    fonts = {
        str(f.get_object()["/BaseFont"]).split("+", 1)[-1]
        for f in page["/Resources"]["/Font"].values()
    }
    assert fonts <= {"LiberationSans", "LiberationSans-Bold"}


def test_tulis_ke_path_atomik(tmp_path: Path) -> None:
    target = tmp_path / "disposisi.pdf"
    lembar_disposisi(target, KANTOR, "F4", _data(), kosong=True)
    assert len(PdfReader(target).pages) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["disposisi.pdf"]
