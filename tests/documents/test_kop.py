"""The one letterhead and signature block: what a Sekretaris Kecamatan checks on a printed letter."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, Paragraph

from bawang_desk.core.pengaturan import Kantor, Pejabat, logo_dari_berkas
from bawang_desk.documents import kertas
from bawang_desk.documents.kop import (
    Penandatangan,
    blok_nomor_surat,
    blok_tanda_tangan,
    buat_dokumen,
    gaya,
    judul_surat_keterangan,
    penandatangan_kantor,
    tembusan_flowables,
)

NIP = "197501152000031002"


def _logo_png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (60, 72), (30, 90, 160)).save(buf, "PNG")
    return buf.getvalue()


KANTOR = Kantor(
    alamat="Jalan Raya Bawang Nomor 1, Bawang",
    telepon="(0286) 591234",
    kode_pos="53471",
    email="kec.bawang@contoh.go.id",
    website="kecbawang.contoh.go.id",
)
KANTOR_LOGO = Kantor(
    alamat=KANTOR.alamat,
    telepon=KANTOR.telepon,
    kode_pos=KANTOR.kode_pos,
    email=KANTOR.email,
    logo_b64=logo_dari_berkas(_logo_png()),
)
SEKCAM = Pejabat("sekcam", "BAMBANG SUTRISNO, S.Sos.", "IV/a", NIP)


def _pdf(story, kantor: Kantor = KANTOR, kertas_: str = "F4", **kw) -> bytes:
    buf = io.BytesIO()
    kw.setdefault("judul_pdf", "Uji")
    buat_dokumen(buf, kantor, kertas_, story, **kw)
    return buf.getvalue()


def _teks(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def _fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            names.add(str(ref.get_object()["/BaseFont"]).lstrip("/").split("+", 1)[-1])
    return names


def _baris(teks: str) -> list[str]:
    return [b.strip() for b in teks.splitlines() if b.strip()]


def test_kop_baris_dan_urutan() -> None:
    (teks,) = _teks(_pdf([Paragraph("Isi surat.", gaya())]))
    baris = _baris(teks)
    assert baris[0] == "PEMERINTAH KABUPATEN BANJARNEGARA"  # no placeholder for a missing logo
    assert baris[1] == "KECAMATAN BAWANG"
    assert "Jalan Raya Bawang Nomor 1, Bawang, Telepon (0286) 591234, Kode Pos 53471" in baris[2]
    assert "Pos-el: kec.bawang@contoh.go.id" in teks
    assert "Laman: kecbawang.contoh.go.id" in teks
    assert baris.index("Isi surat.") > 2


def test_kop_dengan_logo_memuat_gambar() -> None:
    pdf = _pdf([Paragraph("Isi.", gaya())], kantor=KANTOR_LOGO)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    xobj = page["/Resources"]["/XObject"]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in xobj.values())
    assert "PEMERINTAH KABUPATEN BANJARNEGARA" in page.extract_text()


def test_kop_logo_rusak_tidak_menggagalkan_cetak() -> None:
    rusak = Kantor(alamat="Bawang", logo_b64=logo_dari_berkas(b"\x89PNG\r\n\x1a\n" + b"x" * 40))
    (teks,) = _teks(_pdf([Paragraph("Isi.", gaya())], kantor=rusak))
    assert "KECAMATAN BAWANG" in teks


def test_kop_hanya_di_halaman_pertama_dan_kaki_di_setiap_halaman() -> None:
    story = [Paragraph("Satu", gaya()), PageBreak(), Paragraph("Dua", gaya())]
    hal = _teks(_pdf(story, kaki="Dicetak oleh Admin"))
    assert len(hal) == 2
    assert "KECAMATAN BAWANG" in hal[0] and "KECAMATAN BAWANG" not in hal[1]
    assert all("Dicetak oleh Admin" in h for h in hal)


@pytest.mark.parametrize(
    ("nama", "ukuran"),
    [("F4", (609.4, 935.4)), ("A4", (595.3, 841.9))],
)
def test_ukuran_kertas(nama: str, ukuran: tuple[float, float]) -> None:
    box = PdfReader(io.BytesIO(_pdf([Paragraph("x", gaya())], kertas_=nama))).pages[0].mediabox
    assert float(box.width) == pytest.approx(ukuran[0], abs=0.1)
    assert float(box.height) == pytest.approx(ukuran[1], abs=0.1)


def test_kertas_modul() -> None:
    assert kertas.ukuran("F4", landscape=True) == (kertas.F4[1], kertas.F4[0])
    assert kertas.setengah("F4") == pytest.approx((165 / 25.4 * 72, 215 / 25.4 * 72))
    assert kertas.setengah("A4") == kertas.A5
    assert kertas.MARGIN_SURAT.kiri == pytest.approx(3 / 2.54 * 72)
    with pytest.raises(ValueError, match="F4 atau A4"):
        kertas.ukuran("Letter")


def test_hanya_liberation_sans_dan_metadata() -> None:
    pdf = _pdf(
        [blok_tanda_tangan(Penandatangan(SEKCAM, "CAMAT BAWANG"))],
        judul_pdf="Surat Uji",
        pembuat="Siti (operator)",
    )
    assert _fonts(pdf) <= {"LiberationSans", "LiberationSans-Bold"}
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta.title == "Surat Uji"
    assert meta.author == "Siti (operator)"
    assert meta["/Creator"] == "Bawang Desk"


SEMUA_MODE = {
    "langsung": ["CAMAT BAWANG,"],
    "an": ["a.n. CAMAT BAWANG", "Sekretaris Kecamatan,"],
    "ub": ["a.n. CAMAT BAWANG", "Sekretaris Kecamatan", "u.b.", "Kasubbag Umum dan Kepegawaian,"],
    "plh": ["Plh. CAMAT BAWANG,"],
    "plt": ["Plt. CAMAT BAWANG,"],
}


@pytest.mark.parametrize("mode", list(SEMUA_MODE))
def test_blok_tanda_tangan_setiap_mode(mode: str) -> None:
    jabatan = {"an": "Sekretaris Kecamatan", "ub": "Kasubbag Umum dan Kepegawaian"}.get(mode, "")
    p = Penandatangan(SEKCAM, "CAMAT BAWANG", mode, jabatan_pejabat=jabatan)
    (teks,) = _teks(_pdf([blok_tanda_tangan(p, tempat_tanggal="Bawang, 24 November 2026")]))
    baris = _baris(teks)
    harap = [
        "Bawang, 24 November 2026",
        *SEMUA_MODE[mode],
        "BAMBANG SUTRISNO, S.Sos.",
        "Pembina (IV/a)",
        "NIP. 19750115 200003 1 002",
    ]
    mulai = baris.index(harap[0])
    assert baris[mulai : mulai + len(harap)] == harap


def test_blok_tanda_tangan_tanpa_tempat_tanggal_dan_di_kanan() -> None:
    pdf = _pdf([blok_tanda_tangan(Penandatangan(SEKCAM, "CAMAT BAWANG"))])
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    xs: dict[str, float] = {}

    def catat(text, cm, tm, font, size) -> None:
        if text.strip():
            xs.setdefault(text.strip(), tm[4] * cm[0] + tm[5] * cm[2] + cm[4])  # x on the page

    teks = page.extract_text(visitor_text=catat)
    assert "November" not in teks  # no place and date line unless given
    assert xs["CAMAT BAWANG,"] > float(page.mediabox.width) / 2  # the right half of the page
    assert xs["CAMAT BAWANG,"] == pytest.approx(xs["NIP. 19750115 200003 1 002"])


def test_nama_tebal_bergaris_bawah() -> None:
    pdf = _pdf([blok_tanda_tangan(Penandatangan(SEKCAM, "CAMAT BAWANG"))])
    assert "LiberationSans-Bold" in _fonts(pdf)
    isi = PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data().decode("latin-1")
    assert re.search(r"\sl\b|\sre\b", isi)  # the underline is drawn as a line


def test_penandatangan_tidak_sah() -> None:
    with pytest.raises(ValueError, match="Mode"):
        Penandatangan(SEKCAM, "CAMAT BAWANG", "atas-nama").baris_jabatan()
    with pytest.raises(ValueError, match="jabatan"):
        Penandatangan(SEKCAM, "CAMAT BAWANG", "an").baris_jabatan()


def test_pejabat_kosong_dicetak_titik_titik() -> None:
    (teks,) = _teks(_pdf([blok_tanda_tangan(Penandatangan(Pejabat("camat"), "CAMAT BAWANG"))]))
    assert "NIP. ....." in teks
    assert "....................." in teks


def test_blok_nomor_surat() -> None:
    blok = blok_nomor_surat(
        "400.12.2.2/015/2026",
        "Segera",
        "",
        "Permohonan Data Kependudukan",
        "Bawang, 24 November 2026.",
    )
    (teks,) = _teks(_pdf([blok]))
    baris = _baris(teks)
    i = baris.index("Nomor")
    assert baris[i : i + 4] == [
        "Nomor",
        ":",
        "400.12.2.2/015/2026",
        "Bawang, 24 November 2026",  # on the Nomor line, with no closing period
    ]
    assert "Sifat" in baris and "Segera" in baris
    assert baris[baris.index("Lampiran") + 2] == "-"
    assert "Permohonan Data Kependudukan" in teks


def test_blok_nomor_surat_nomor_panjang_tidak_bertumpuk() -> None:
    nomor = "400.12.2.2/015/Kec.Bwg/Tapem/XI/2026"
    blok = blok_nomor_surat(nomor, "Biasa", "1 berkas", "Hal", "Bawang, 24 November 2026")
    (teks,) = _teks(_pdf([blok]))
    assert nomor in teks and "Bawang, 24 November 2026" in teks


def test_judul_surat_keterangan() -> None:
    (teks,) = _teks(_pdf(judul_surat_keterangan("Surat Keterangan", "400.12.2.1/031/2026")))
    baris = _baris(teks)
    i = baris.index("SURAT KETERANGAN")
    assert baris[i + 1] == "Nomor: 400.12.2.1/031/2026"


def test_tembusan_bernomor() -> None:
    (teks,) = _teks(
        _pdf(tembusan_flowables(["Yth. Bupati Banjarnegara;", "Yth. Kabag Tapem Setda."]))
    )
    baris = _baris(teks)
    i = baris.index("Tembusan:")
    assert baris[i + 1 : i + 5] == [
        "1.",
        "Yth. Bupati Banjarnegara;",
        "2.",
        "Yth. Kabag Tapem Setda.",
    ]
    assert tembusan_flowables([]) == []


def test_surat_lengkap_satu_halaman() -> None:
    story = [
        blok_nomor_surat("400/1/2026", "Biasa", "-", "Uji", "Bawang, 24 November 2026"),
        Paragraph("Dengan hormat, " * 40, gaya(rata="rata")),
        blok_tanda_tangan(
            Penandatangan(SEKCAM, "CAMAT BAWANG", "an", jabatan_pejabat="Sekretaris Kecamatan")
        ),
        *tembusan_flowables(["Yth. Bupati Banjarnegara."]),
    ]
    (teks,) = _teks(_pdf(story))
    assert teks.index("a.n. CAMAT BAWANG") < teks.index("NIP. 19750115 200003 1 002")
    assert teks.index("NIP. 19750115 200003 1 002") < teks.index("Tembusan:")


# --- Atomic writes ----------------------------------------------------------------------------


def test_tulis_ke_path(tmp_path: Path) -> None:
    target = tmp_path / "surat.pdf"
    buat_dokumen(target, KANTOR, "F4", [Paragraph("x", gaya())], judul_pdf="Uji")
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["surat.pdf"]


def test_gagal_di_tengah_tidak_meninggalkan_pdf_setengah(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "surat.pdf"

    asli = Canvas.save

    def rusak(self) -> None:
        asli(self)  # the temp file has the whole PDF by now
        raise OSError("disk penuh")

    monkeypatch.setattr(Canvas, "save", rusak)
    with pytest.raises(OSError, match="disk penuh"):
        buat_dokumen(target, KANTOR, "F4", [Paragraph("x", gaya())], judul_pdf="Uji")
    assert list(tmp_path.iterdir()) == []

    target.write_bytes(b"%PDF-lama")
    with pytest.raises(OSError, match="disk penuh"):
        buat_dokumen(target, KANTOR, "F4", [Paragraph("x", gaya())], judul_pdf="Uji")
    assert target.read_bytes() == b"%PDF-lama"
    assert [p.name for p in tmp_path.iterdir()] == ["surat.pdf"]


@pytest.mark.parametrize(
    ("mode", "jabatan", "harap"),
    [
        ("camat", "camat", ["CAMAT BAWANG,"]),
        ("an", "sekcam", ["a.n. CAMAT BAWANG", "Sekretaris Kecamatan,"]),
        ("plh", "sekcam", ["Plh. CAMAT BAWANG,"]),
        ("ub", "kasi_tapem", ["a.n. CAMAT BAWANG", "Kepala Seksi Tata Pemerintahan,"]),
        (
            "ub",
            "kasubbag_umum",
            [
                "a.n. CAMAT BAWANG",
                "Sekretaris Kecamatan",
                "u.b.",
                "Kepala Subbagian Umum dan Kepegawaian,",
            ],
        ),
    ],
)
def test_penandatangan_kantor_rantai_sesuai_jabatan(mode: str, jabatan: str, harap) -> None:
    """The office's chain: a Kasi (under the Camat) signs a.n. Camat with his jabatan in full;
    only a Kasubbag (under the Sekcam) gets the a.n. ... u.b. chain; read back from the PDF."""
    pj = Pejabat(jabatan, "BAMBANG SUTRISNO, S.Sos.", "IV/a", NIP)
    p = penandatangan_kantor(mode, pj, "Bawang")
    assert p.baris_jabatan() == harap
    (teks,) = _teks(_pdf([blok_tanda_tangan(p, tempat_tanggal="Bawang, 24 November 2026")]))
    baris = _baris(teks)
    mulai = baris.index("Bawang, 24 November 2026") + 1
    assert " ".join(baris[mulai:]).startswith(" ".join([*harap, "BAMBANG SUTRISNO, S.Sos."]))
