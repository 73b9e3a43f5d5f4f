"""Register books: landscape, header on every page, "Halaman x dari y", every row, the summary."""

from __future__ import annotations

import io
import itertools
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from bawang_desk.core.pengaturan import Kantor
from bawang_desk.documents.buku import Kolom, bungkus, cetak_buku, lebar_teks_pt
from bawang_desk.documents.fonts import FONT, FONT_BOLD, daftarkan_font

KANTOR = Kantor(alamat="Jalan Raya Bawang Nomor 1, Bawang", kode_pos="53471")

KOLOM = [
    Kolom("No. Agenda", 1.0, "tengah"),
    Kolom("Tanggal Terima", 1.1, "tengah"),
    Kolom("Pengirim", 2.4),
    Kolom("Nomor Surat", 2.0),
    Kolom("Tanggal Surat", 1.1, "tengah"),
    Kolom("Hal / Isi Ringkas", 4.0),
    Kolom("Sifat", 1.1, "tengah"),
    Kolom("Kode Klasifikasi", 1.2, "tengah"),
    Kolom("Lampiran", 1.0, "kanan"),
    Kolom("Disposisi", 2.0),
    Kolom("Keterangan", 1.6, bungkus=False),
]


def _baris(n: int) -> list[list[str]]:
    return [
        [
            f"AG{i:04d}X",
            "24-11-2026",
            "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banjarnegara",
            f"400.12.2.2/{i:03d}/Dukcapil/2026",
            "20-11-2026",
            "Undangan rapat koordinasi percepatan perekaman KTP-el bagi pemilih pemula "
            * (i % 2 + 1),
            "Sangat Segera" if i % 7 == 0 else "Biasa",
            "400.12.2.2",
            "1 berkas",
            "Sekcam; Kasi Tapem",
            "",
        ]
        for i in range(1, n + 1)
    ]


def _cetak(n: int, kertas: str = "F4", **kw) -> tuple[int, PdfReader]:
    buf = io.BytesIO()
    kw.setdefault("ringkasan", [("Jumlah surat", str(n)), ("Sangat Segera", str(n // 7))])
    jumlah = cetak_buku(
        buf,
        KANTOR,
        kertas,
        judul="Buku Agenda Surat Masuk",
        subjudul="Periode 1 November 2026 s.d. 30 November 2026",
        kolom=KOLOM,
        baris=_baris(n),
        **kw,
    )
    return jumlah, PdfReader(buf)


@pytest.fixture(scope="module")
def buku() -> tuple[int, PdfReader, list[str]]:
    n, r = _cetak(130, kaki="Dicetak oleh Admin")
    return n, r, [p.extract_text() for p in r.pages]


def test_landscape_f4(buku) -> None:
    _, r, _ = buku
    for page in r.pages:
        assert float(page.mediabox.width) == pytest.approx(935.4, abs=0.1)
        assert float(page.mediabox.height) == pytest.approx(609.4, abs=0.1)


def test_landscape_a4() -> None:
    _, r = _cetak(3, "A4")
    assert float(r.pages[0].mediabox.width) == pytest.approx(841.9, abs=0.1)
    assert float(r.pages[0].mediabox.height) == pytest.approx(595.3, abs=0.1)


def test_semua_baris_tercetak_sekali(buku) -> None:
    n, _, hal = buku
    assert n == 130
    semua = "\n".join(hal)
    token = re.findall(r"AG\d{4}X", semua)
    assert len(token) == 130 and len(set(token)) == 130


def test_kop_judul_dan_periode_di_halaman_pertama(buku) -> None:
    _, _, hal = buku
    assert "PEMERINTAH KABUPATEN BANJARNEGARA" in hal[0]
    assert "KECAMATAN BAWANG" in hal[0]
    assert "BUKU AGENDA SURAT MASUK" in hal[0]
    assert "Periode 1 November 2026 s.d. 30 November 2026" in hal[0]
    assert all("PEMERINTAH KABUPATEN" not in h for h in hal[1:])


def test_header_berulang_dan_nomor_halaman(buku) -> None:
    _, r, hal = buku
    n = len(r.pages)
    assert n >= 3
    for i, h in enumerate(hal, 1):
        assert "Hal / Isi Ringkas" in h, i
        assert "Kode" in h and "Klasifikasi" in h
        assert f"Halaman {i} dari {n}" in h
        assert "Dicetak oleh Admin" in h
    assert f"Halaman 2 dari {n}" in hal[1]


def test_ringkasan_setelah_tabel(buku) -> None:
    _, _, hal = buku
    akhir = hal[-1]
    assert "Ringkasan" in akhir and "Jumlah surat" in akhir and "130" in akhir
    assert akhir.index("AG0130X") < akhir.index("Ringkasan")


def test_hanya_liberation_sans(buku) -> None:
    _, r, _ = buku
    fonts = set()
    for page in r.pages:
        for ref in page["/Resources"]["/Font"].values():
            fonts.add(str(ref.get_object()["/BaseFont"]).split("+", 1)[-1])
    assert fonts <= {"LiberationSans", "LiberationSans-Bold"}


def test_progress_dan_baris_kosong() -> None:
    laporan: list[tuple[int, int, str]] = []
    n, r = _cetak(1200, progress=lambda a, b, m: laporan.append((a, b, m)))
    assert n == 1200
    assert (500, 0) in [(a, b) for a, b, _ in laporan]
    assert (1000, 0) in [(a, b) for a, b, _ in laporan]
    assert any("halaman" in m for _, _, m in laporan)

    n, r = _cetak(0, ringkasan=[])
    assert n == 0
    assert "Tidak ada data pada periode ini." in r.pages[0].extract_text()


def test_sel_sangat_panjang_dipotong_tidak_meluber() -> None:
    buf = io.BytesIO()
    rows = [["1", "kata " * 2000, "X" * 500], ["2", "pendek", "y"]]
    cetak_buku(
        buf,
        KANTOR,
        "F4",
        judul="Uji",
        subjudul="",
        kolom=[Kolom("No", 1), Kolom("Isi", 6), Kolom("Kode", 2)],
        baris=rows,
    )
    teks = "\n".join(p.extract_text() for p in PdfReader(buf).pages)
    assert "…" in teks and "pendek" in teks


def test_bungkus() -> None:
    daftarkan_font()
    teks = "Undangan rapat koordinasi percepatan perekaman KTP-el bagi pemilih pemula"
    hasil = bungkus(teks, 80)
    assert hasil.replace("\n", " ") == teks
    assert all(stringWidth(b, FONT, 7.5) <= 80 for b in hasil.split("\n"))
    # a word longer than the column is broken, preferably after "/"
    nomor = bungkus("400.12.2.2/015/Kec.Bwg/XI/2026", 50).split("\n")
    assert "".join(nomor) == "400.12.2.2/015/Kec.Bwg/XI/2026"
    assert nomor[0].endswith("/")
    assert all(stringWidth(b, FONT, 7.5) <= 50 for b in nomor)
    # the line cap, and one-line cells
    assert bungkus("a " * 500, 40, baris_maks=3).count("\n") == 2
    assert bungkus("a " * 500, 40, baris_maks=3).endswith("…")
    satu = bungkus("Menunggu data dari seluruh desa", 40, satu_baris=True)
    assert "\n" not in satu and satu.endswith("…") and stringWidth(satu, FONT, 7.5) <= 40
    assert bungkus("", 40) == ""
    assert bungkus("baris satu\nbaris dua", 200) == "baris satu\nbaris dua"


def test_lebar_teks_sama_dengan_reportlab() -> None:
    daftarkan_font()
    for teks in ("Kecamatan Bawang", "Ω 漢 — …", ""):
        for font in (FONT, FONT_BOLD):
            assert lebar_teks_pt(teks, font, 7.5) == pytest.approx(stringWidth(teks, font, 7.5))


def test_kolom_tidak_sah() -> None:
    with pytest.raises(ValueError):
        Kolom("X", 1, "justify")
    with pytest.raises(ValueError):
        Kolom("X", 0)


def test_gagal_di_tengah_tidak_meninggalkan_berkas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.platypus.doctemplate import BaseDocTemplate

    target = tmp_path / "buku.pdf"
    target.write_bytes(b"%PDF-lama")
    asli = BaseDocTemplate.handle_pageBegin
    hitung = {"n": 0}

    def rusak(self) -> None:
        hitung["n"] += 1
        if hitung["n"] == 3:  # on the third page
            raise RuntimeError("listrik padam")
        asli(self)

    monkeypatch.setattr(BaseDocTemplate, "handle_pageBegin", rusak)
    with pytest.raises(RuntimeError, match="listrik padam"):
        cetak_buku(target, KANTOR, "F4", judul="Uji", subjudul="", kolom=KOLOM, baris=_baris(150))
    assert target.read_bytes() == b"%PDF-lama"
    assert [p.name for p in tmp_path.iterdir()] == ["buku.pdf"]


def test_baris_minimal_untuk_tanda_terima() -> None:
    """The Buku Ekspedisi leaves about 1.5 cm per row to sign the tanda terima in."""
    pendek = [[f"AG{i:04d}X", "24-11-2026"] + [""] * (len(KOLOM) - 2) for i in range(1, 30)]

    def cetak(**kw) -> PdfReader:
        buf = io.BytesIO()
        cetak_buku(buf, KANTOR, "F4", judul="Buku Ekspedisi", subjudul="", kolom=KOLOM,
                   baris=pendek, **kw)  # fmt: skip
        return PdfReader(buf)

    def jarak_baris(r: PdfReader) -> float:
        y = []

        def catat(teks, cm_, tm, font, ukuran):
            if re.match(r"AG\d{4}X", teks.strip()):
                y.append(tm[5])

        r.pages[0].extract_text(visitor_text=catat)
        return min(a - b for a, b in itertools.pairwise(y) if a > b)

    assert jarak_baris(cetak()) < 1 * 28.35  # one line of text: a low row
    tinggi = cetak(tinggi_baris_min=1.5 * 28.35)
    assert jarak_baris(tinggi) >= 1.5 * 28.35 - 0.5
    assert len(tinggi.pages) > 1


def test_ringkasan_tidak_sendirian_di_halaman_terakhir() -> None:
    """Whatever the number of rows, the page of the summary also carries the last rows."""
    for n in range(20, 70, 2):
        _, r = _cetak(n)
        terakhir = next(p for p in reversed(r.pages) if "Ringkasan" in p.extract_text())
        teks = terakhir.extract_text()
        assert f"AG{n:04d}X" in teks, n


def test_buku_yang_dicetak_tidak_meninggalkan_sampah_siklus(tmp_path):
    """A printed book is freed by reference counting as soon as it is written. Left in
    reference cycles (each kept page state held the canvas's list of them; template, frame,
    canvas and PDF objects point at each other), a 5,000-row book was 6,000-23,000 objects
    that the next full collection freed in one go: 40-90 ms of a background print in which
    the window stood still."""
    import gc

    gc.collect()
    gc.disable()
    try:
        cetak_buku(
            tmp_path / "buku.pdf", KANTOR, "F4", judul="Uji", subjudul="", kolom=KOLOM,
            baris=_baris(400),
        )  # fmt: skip
        sisa = gc.collect()
    finally:
        gc.enable()
    assert (tmp_path / "buku.pdf").stat().st_size > 0
    assert sisa < 50, f"{sisa} objek tertinggal dalam siklus"
