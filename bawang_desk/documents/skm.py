"""The Laporan Survei Kepuasan Masyarakat (PDF and XLSX) and the A4 notice-board poster.

The figures come from :class:`~bawang_desk.core.skm.HasilSKM`; this module only lays them out.
The report (F4 or A4 from the settings, portrait, the office kop, "Halaman x dari y") has:

A. the survey's basis and method (who answered where, the population and the Krejcie-Morgan
   minimum sample, the scale, the penimbang, the regulation's table of intervals);
B. the respondent profile; C. NRR per unsur, NRR tertimbang, the IKM and its mutu, per service
   when all services are reported, and the lowest unsur; D. a chart of NRR per unsur and one
   small chart of the answers of each unsur; E. the saran received; F. the Sekcam's rencana
   tindak lanjut (dotted lines to write on when none was typed); the Camat's signature.

The XLSX carries the same tables with numbers as numbers. Every print is audited with the
period's figures and the SHA-256 of its counters (:meth:`SKMManager.catat_cetak`).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from bawang_desk import APP_NAME
from bawang_desk.core.desk import Desk
from bawang_desk.core.ekspor import tulis_atomik
from bawang_desk.core.skm import MUTU, HasilSKM, NilaiUnsur, format_angka
from bawang_desk.core.teks import tanggal_panjang
from bawang_desk.documents import kertas as _kertas
from bawang_desk.documents.buku import _KanvasBernomor
from bawang_desk.documents.fonts import FONT, FONT_BOLD, daftarkan_font
from bawang_desk.documents.kop import Penandatangan, _bangun, blok_tanda_tangan, gaya, lebar_teks
from bawang_desk.documents.laporan_kinerja import _header, _tabel, tulis_lembar

__all__ = ["cetak_laporan_skm", "cetak_poster_skm", "ekspor_xlsx_skm", "nama_berkas"]

Progress = Callable[[int, int, str], None]

_UKURAN = 8
_BIRU = colors.Color(0.16, 0.38, 0.62)
_BIRU_MUDA = colors.Color(0.62, 0.76, 0.90)
_ABU = colors.Color(0.55, 0.55, 0.55)
_WARNA_MUTU = {
    "A": colors.Color(0.10, 0.45, 0.20),
    "B": colors.Color(0.16, 0.38, 0.62),
    "C": colors.Color(0.80, 0.50, 0.05),
    "D": colors.Color(0.75, 0.10, 0.10),
}


def _ribu(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _persen(n: int, dari: int) -> str:
    return format_angka(Fraction(100 * n, dari), 1) + "%" if dari else "-"


def nama_berkas(hasil: HasilSKM) -> str:
    """``2026-11``, ``2026-s2`` or ``2026``, plus the service when only one is reported."""
    p = hasil.periode
    bulan = (p.akhir.year - p.awal.year) * 12 + p.akhir.month - p.awal.month
    if bulan == 12:
        dasar = f"{p.awal.year}"
    elif bulan == 6:
        dasar = f"{p.awal.year}-s{1 if p.awal.month == 1 else 2}"
    else:
        dasar = f"{p.awal:%Y-%m}"
    return dasar + (f"-{hasil.layanan}" if hasil.layanan else "")


# --------------------------------------------------------------------------- charts


def grafik_nrr(hasil: HasilSKM, lebar: float) -> Drawing:
    """NRR per unsur (1..4) with the lower bounds of mutu B and A drawn across."""
    unsur = hasil.indeks.unsur
    d = Drawing(lebar, 6.2 * cm, initialFontName=FONT, initialFontSize=7)
    bc = VerticalBarChart()
    bc.x, bc.y = 34, 30
    bc.width, bc.height = lebar - 44, 6.2 * cm - 46
    bc.data = [[float(u.nrr or 0) for u in unsur]]
    bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 4, 1
    bc.valueAxis.labels.fontName = FONT
    bc.valueAxis.labels.fontSize = 7
    bc.valueAxis.visibleGrid = True
    bc.valueAxis.gridStrokeColor = colors.Color(0.88, 0.88, 0.88)
    bc.categoryAxis.categoryNames = [u.unsur.kode for u in unsur]
    bc.categoryAxis.labels.fontName = FONT
    bc.categoryAxis.labels.fontSize = 7
    bc.bars[0].fillColor = _BIRU
    bc.bars[0].strokeColor = None
    bc.barLabelFormat = lambda v: f"{v:.2f}".replace(".", ",") if v else ""
    bc.barLabels.fontName = FONT
    bc.barLabels.fontSize = 7
    bc.barLabels.nudge = 6
    d.add(bc)
    for nilai, label, warna in (
        (3.0644, "B (Baik) mulai 3,0644", _WARNA_MUTU["B"]),
        (3.5324, "A (Sangat Baik) mulai 3,5324", _WARNA_MUTU["A"]),
    ):
        y = bc.y + bc.height * nilai / 4
        d.add(
            Line(bc.x, y, bc.x + bc.width, y, strokeColor=warna, strokeWidth=0.8,
                 strokeDashArray=[3, 2])
        )  # fmt: skip
        d.add(String(bc.x + bc.width - 2, y + 2, label, fontName=FONT, fontSize=6,
                     fillColor=warna, textAnchor="end"))  # fmt: skip
    d.add(String(bc.x, 6.2 * cm - 9, "Nilai rata-rata (NRR) per unsur, skala 1-4",
                 fontName=FONT_BOLD, fontSize=7.5))  # fmt: skip
    return d


def grafik_sebaran(u: NilaiUnsur, lebar: float, tinggi: float) -> Drawing:
    """How many gave 1, 2, 3 and 4 on one unsur, with its NRR in the title."""
    d = Drawing(lebar, tinggi, initialFontName=FONT, initialFontSize=6.5)
    bc = VerticalBarChart()
    bc.x, bc.y = 22, 16
    bc.width, bc.height = lebar - 28, tinggi - 40
    bc.data = [list(u.sebaran)]
    puncak = max(max(u.sebaran), 1)
    langkah = max(1, -(-puncak // 4))
    bc.valueAxis.valueMin, bc.valueAxis.valueMax = 0, langkah * 4
    bc.valueAxis.valueStep = langkah
    bc.valueAxis.labels.fontName = FONT
    bc.valueAxis.labels.fontSize = 6
    bc.categoryAxis.categoryNames = ["1", "2", "3", "4"]
    bc.categoryAxis.labels.fontName = FONT
    bc.categoryAxis.labels.fontSize = 6.5
    bc.bars[0].fillColor = _BIRU_MUDA
    bc.bars[0].strokeColor = _BIRU
    bc.bars[0].strokeWidth = 0.4
    bc.barLabelFormat = lambda v: str(int(v)) if v else ""
    bc.barLabels.fontName = FONT
    bc.barLabels.fontSize = 6
    bc.barLabels.nudge = 5
    d.add(bc)
    nama = f"{u.unsur.kode} {u.unsur.nama}"
    while stringWidth(nama, FONT_BOLD, 6.5) > lebar - 4:
        nama = nama[:-4].rstrip(" ,") + "..."
    d.add(String(2, tinggi - 9, nama, fontName=FONT_BOLD, fontSize=6.5))
    d.add(String(2, tinggi - 18, f"NRR {format_angka(u.nrr, 3)}, {u.terisi} jawaban",
                 fontName=FONT, fontSize=6.5, fillColor=_ABU))  # fmt: skip
    return d


def _kisi_sebaran(hasil: HasilSKM, lebar: float) -> Table:
    w = lebar / 3
    sel = [grafik_sebaran(u, w - 4, 3.6 * cm) for u in hasil.indeks.unsur]
    baris = [sel[i : i + 3] for i in range(0, len(sel), 3)]
    t = Table(baris, colWidths=[w] * 3)
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.4, colors.Color(0.8, 0.8, 0.8)),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.Color(0.8, 0.8, 0.8)),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return t


# --------------------------------------------------------------------------- tables


def _tabel_kunci(baris: list[tuple[str, str]], lebar: float) -> Table:
    s = gaya(_UKURAN + 0.5, nama="skm-kv")
    t = Table(
        [[Paragraph(escape(a), s), Paragraph(escape(b), s)] for a, b in baris],
        colWidths=[lebar * 0.34, lebar * 0.66],
    )
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, _UKURAN),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return t


def tabel_interval(lebar: float) -> Table:
    data = [_header(["Nilai persepsi", "Nilai interval (NI)", "Nilai interval konversi (NIK)",
                     "Mutu pelayanan", "Kinerja unit pelayanan"])]  # fmt: skip
    for i, m in enumerate(reversed(MUTU), 1):
        data.append([str(i), m.interval_nilai, m.interval_konversi, m.huruf, m.kinerja])
    return _tabel(data, [lebar * x for x in (0.14, 0.22, 0.26, 0.16, 0.22)])


def tabel_profil(hasil: HasilSKM, lebar: float) -> Table:
    """The four profile tables two by two."""
    n = hasil.responden
    kecil = []
    w = lebar / 2 - 6
    for a, baris in hasil.profil:
        data = [_header([a.label, "Jumlah", "%"])]
        for label, jumlah in baris:
            data.append([label, _ribu(jumlah), _persen(jumlah, n)])
        kecil.append(_tabel(data, [w * 0.58, w * 0.2, w * 0.22], kanan=(1, 2)))
    t = Table([kecil[0:2], kecil[2:4]], colWidths=[lebar / 2, lebar / 2])
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return t


def tabel_unsur(hasil: HasilSKM, lebar: float) -> Table:
    i = hasil.indeks
    rendah = {u.unsur.kode for u in i.terendah}
    data = [
        _header(["No.", "Unsur pelayanan", "Jawaban", "Jumlah nilai", "NRR",
                 "NRR tertimbang", "NRR x 25", "Mutu"])
    ]  # fmt: skip
    for u in i.unsur:
        nama = u.unsur.nama + (" (terendah)" if u.unsur.kode in rendah else "")
        data.append(
            [
                u.unsur.kode,
                nama,
                _ribu(u.terisi),
                _ribu(u.jumlah_nilai),
                format_angka(u.nrr, 3),
                format_angka(u.tertimbang, 3),
                format_angka(u.konversi),
                u.mutu.huruf if u.mutu else "-",
            ]
        )
    data.append(["", "Jumlah NRR tertimbang (IKM)", "", "", "",
                 format_angka(i.nilai, 3), "", ""])  # fmt: skip
    data.append(["", "IKM unit pelayanan (x 25)", "", "", "", "",
                 format_angka(i.konversi), i.mutu.huruf if i.mutu else "-"])  # fmt: skip
    w = [26, 150, 44, 50, 42, 56, 46, 34]
    t = _tabel(data, [lebar * x / sum(w) for x in w], kanan=(2, 3, 4, 5, 6))
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, -2), (-1, -1), FONT_BOLD, _UKURAN - 0.5),
                ("BACKGROUND", (0, -2), (-1, -1), colors.Color(0.95, 0.95, 0.95)),
                ("ALIGN", (-1, 1), (-1, -1), "CENTER"),
            ]
        )
    )
    return t


def tabel_per_layanan(hasil: HasilSKM, lebar: float) -> Table:
    data = [_header(["Layanan", "Diserahkan", "Sampel minimum", "Responden", "Sampel terpenuhi",
                     "IKM", "Mutu"])]  # fmt: skip
    for r in hasil.per_layanan:
        data.append(
            [
                r.nama,
                _ribu(r.populasi),
                _ribu(r.sampel_minimum),
                _ribu(r.responden),
                ("Ya" if r.memenuhi_sampel else "Belum") if r.populasi else "-",
                format_angka(r.indeks.konversi),
                r.indeks.mutu.label if r.indeks.mutu else "-",
            ]
        )
    w = [120, 52, 56, 52, 56, 44, 70]
    return _tabel(data, [lebar * x / sum(w) for x in w], kanan=(1, 2, 3, 5))


def _kotak_ikm(hasil: HasilSKM, lebar: float) -> Table:
    i = hasil.indeks
    besar = gaya(15, tebal=True, rata="tengah", nama="skm-ikm")
    kecil = gaya(9, rata="tengah", nama="skm-ikm-k")
    if i.konversi is None:
        isi = [[Paragraph("Belum ada responden pada periode ini.", kecil)]]
        warna = _ABU
    else:
        warna = _WARNA_MUTU[i.mutu.huruf]
        isi = [
            [Paragraph(f"IKM {escape(hasil.nama_layanan)}: {format_angka(i.konversi)}", besar)],
            [
                Paragraph(
                    f"Mutu pelayanan <b>{i.mutu.huruf}</b>, kinerja unit pelayanan "
                    f"<b>{i.mutu.kinerja.upper()}</b>",
                    kecil,
                )
            ],
        ]
    t = Table(isi, colWidths=[lebar * 0.8], hAlign="CENTER")
    t.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, warna),
                ("FONT", (0, 0), (-1, -1), FONT),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return t


# --------------------------------------------------------------------------- the report


def _penimbang(w: Fraction) -> str:
    if w and w.numerator == 1:
        return f"1/{w.denominator} ({format_angka(w, 3)})"
    return format_angka(w, 3)


def _metode(hasil: HasilSKM) -> list[tuple[str, str]]:
    p = hasil.periode
    sampel = hasil.sampel_minimum
    if hasil.populasi:
        cukup = (
            "terpenuhi"
            if hasil.memenuhi_sampel
            else f"belum terpenuhi (kurang {_ribu(sampel - hasil.responden)} responden)"
        )
        sampel_teks = f"{_ribu(sampel)} responden; {cukup}"
    else:
        sampel_teks = "tidak ada layanan yang diserahkan pada periode ini"
    return [
        ("Dasar hukum", hasil.kuesioner.dasar_hukum),
        (
            "Periode survei",
            f"{p.label} ({tanggal_panjang(p.awal)} s.d. {tanggal_panjang(p.sampai)})",
        ),
        ("Layanan", hasil.nama_layanan),
        (
            "Responden",
            f"{_ribu(hasil.responden)} orang: {_ribu(hasil.responden_loket)} mengisi di layar "
            f"loket setelah layanan diserahkan, {_ribu(hasil.responden_kertas)} dengan "
            "kuesioner kertas",
        ),
        ("Populasi", f"{_ribu(hasil.populasi)} layanan diserahkan kepada pemohon"),
        ("Sampel minimum", f"{sampel_teks} (tabel Krejcie dan Morgan)"),
        (
            "Cara menghitung",
            "9 unsur, jawaban bernilai 1 sampai 4; NRR per unsur = jumlah nilai dibagi jumlah "
            f"jawaban unsur itu; NRR tertimbang = NRR x {_penimbang(hasil.indeks.penimbang)}"
            " (1 dibagi jumlah unsur yang terisi); IKM = jumlah NRR tertimbang; IKM unit pelayanan = "
            "IKM x 25, dibulatkan dua desimal; mutu menurut tabel di bawah.",
        ),
        (
            "Kerahasiaan",
            "Jawaban disimpan tanpa nama, NIK, nomor permohonan, tanggal atau jam: hanya bulan "
            "dan jenis layanan, dan profil dihitung terpisah dari jawaban.",
        ),
    ]


def _story(desk: Desk, hasil: HasilSKM, lebar: float) -> list[Flowable]:
    judul = gaya(12, tebal=True, rata="tengah", nama="skm-judul")
    sub = gaya(10, rata="tengah", nama="skm-sub")
    bab = gaya(10.5, tebal=True, nama="skm-bab")
    teks = gaya(9, nama="skm-teks", leading=11.5)
    p = hasil.periode
    i = hasil.indeks
    story: list[Flowable] = [
        Paragraph("LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT", judul),
        Spacer(1, 2),
        Paragraph(escape(f"{hasil.nama_layanan}, {p.label}"), sub),
        Spacer(1, 10),
        Paragraph("A. Pelaksanaan dan metode", bab),
        Spacer(1, 4),
        _tabel_kunci(_metode(hasil), lebar),
        Spacer(1, 5),
        KeepTogether([tabel_interval(lebar)]),
        Spacer(1, 10),
        CondPageBreak(6 * cm),
        Paragraph("B. Profil responden", bab),
        Spacer(1, 4),
        tabel_profil(hasil, lebar),
        Spacer(1, 6),
        CondPageBreak(8 * cm),
        Paragraph("C. Nilai per unsur dan Indeks Kepuasan Masyarakat", bab),
        Spacer(1, 4),
        tabel_unsur(hasil, lebar),
        Spacer(1, 8),
        _kotak_ikm(hasil, lebar),
        Spacer(1, 6),
    ]
    if i.terendah:
        nama = ", ".join(f"{u.unsur.kode} {u.unsur.nama} (NRR {format_angka(u.nrr, 3)})"
                         for u in i.terendah)  # fmt: skip
        story += [Paragraph(escape(f"Unsur dengan nilai terendah: {nama}."), teks), Spacer(1, 6)]
    if hasil.per_layanan:
        story += [
            KeepTogether(
                [
                    Paragraph("IKM per jenis layanan", gaya(9.5, tebal=True, nama="skm-sb")),
                    Spacer(1, 3),
                    tabel_per_layanan(hasil, lebar),
                ]
            ),
            Spacer(1, 8),
        ]
    story += [
        CondPageBreak(7 * cm),
        Paragraph("D. Grafik", bab),
        Spacer(1, 4),
        grafik_nrr(hasil, lebar),
        Spacer(1, 6),
        KeepTogether(
            [
                Paragraph(
                    "Sebaran jawaban setiap unsur (1 = tidak baik, 2 = kurang baik, 3 = baik, "
                    "4 = sangat baik)",
                    gaya(9, tebal=True, nama="skm-sb2"),
                ),
                Spacer(1, 3),
                _kisi_sebaran(hasil, lebar),
            ]
        ),
        Spacer(1, 10),
        CondPageBreak(4 * cm),
        Paragraph("E. Saran dan masukan responden", bab),
        Spacer(1, 4),
    ]
    if hasil.saran:
        for n, (layanan, isi) in enumerate(hasil.saran, 1):
            asal = f" ({layanan})" if hasil.layanan is None else ""
            story.append(Paragraph(f"{n}. {escape(isi).replace(chr(10), '<br/>')}"
                                   f"<font color='#777777'>{escape(asal)}</font>", teks))  # fmt: skip
    else:
        story.append(Paragraph("Tidak ada saran tertulis pada periode ini.", teks))
    story += [Spacer(1, 10), CondPageBreak(5 * cm), Paragraph("F. Rencana tindak lanjut", bab),
              Spacer(1, 4)]  # fmt: skip
    if hasil.rencana_tindak_lanjut:
        for b in hasil.rencana_tindak_lanjut.splitlines():
            story.append(Paragraph(escape(b) or "&nbsp;", teks))
    else:
        story += [Paragraph("." * 150, teks) for _ in range(4)]
    kantor = desk.pengaturan.kantor()
    camat = desk.pengaturan.pejabat("camat")
    story += [
        Spacer(1, 16),
        blok_tanda_tangan(
            Penandatangan(camat, f"CAMAT {kantor.kecamatan.upper()}"),
            tempat_tanggal=f"{kantor.kecamatan}, {tanggal_panjang(hasil.dibuat_pada.date())}",
            ukuran=10,
        ),
    ]
    return story


def _kaki(desk: Desk, hasil: HasilSKM) -> str:
    user = desk.pengguna_aktif
    return (
        f"Dicetak dari Bawang Desk oleh {user.nama if user else '-'} pada "
        f"{hasil.dibuat_pada:%d-%m-%Y %H:%M}"
    )


def cetak_laporan_skm(
    desk: Desk,
    hasil: HasilSKM,
    target: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the Laporan SKM PDF (atomically), audit the print, and return its path."""
    desk.otorisasi("skm.lihat")
    daftarkan_font()
    if target is None:
        from bawang_desk.documents.surat_masuk import folder_cetak

        target = folder_cetak(desk, "skm") / f"laporan-skm-{nama_berkas(hasil)}.pdf"
    target = Path(target)
    kertas = desk.pengaturan.umum().kertas
    if progress is not None:
        progress(0, 1, "Menyusun PDF laporan survei kepuasan")
    w, _ = _kertas.ukuran(kertas)
    m = _kertas.margin()
    user = desk.pengguna_aktif
    _bangun(
        target,
        kantor=desk.pengaturan.kantor(),
        kertas=kertas,
        story=_story(desk, hasil, lebar_teks(kertas)),
        judul_pdf=f"Laporan Survei Kepuasan Masyarakat {hasil.periode.label}",
        pembuat=user.nama if user else APP_NAME,
        landscape=False,
        setengah=False,
        kaki=_kaki(desk, hasil),
        kop_kecil=False,
        canvasmaker=functools.partial(_KanvasBernomor, posisi=(w - m.kanan, _kertas.y_kaki(m))),
    )
    desk.skm.catat_cetak(hasil, "laporan")
    if progress is not None:
        progress(1, 1, "PDF selesai")
    return target


# --------------------------------------------------------------------------- the poster


def _poster_story(desk: Desk, hasil: HasilSKM, lebar: float) -> list[Flowable]:
    kantor = desk.pengaturan.kantor()
    i = hasil.indeks
    p = hasil.periode
    judul = gaya(22, tebal=True, rata="tengah", nama="poster-judul", leading=27)
    sub = gaya(13, rata="tengah", nama="poster-sub", leading=17)
    kecil = gaya(10, rata="tengah", nama="poster-kecil", leading=13)
    warna = _WARNA_MUTU[i.mutu.huruf] if i.mutu else _ABU
    angka = gaya(88, tebal=True, rata="tengah", nama="poster-angka", leading=96)
    mutu = gaya(26, tebal=True, rata="tengah", nama="poster-mutu", leading=32)
    story: list[Flowable] = [
        Spacer(1, 6 * mm),
        Paragraph("HASIL SURVEI KEPUASAN MASYARAKAT", judul),
        Spacer(1, 2 * mm),
        Paragraph(escape(f"Kantor {kantor.nama_kantor.title()}"), sub),
        Paragraph(escape(f"{hasil.nama_layanan}, periode {p.label}"), sub),
        Spacer(1, 10 * mm),
        Paragraph("Indeks Kepuasan Masyarakat", sub),
    ]
    if i.konversi is None:
        story += [Spacer(1, 8 * mm), Paragraph("Belum ada responden pada periode ini.", sub)]
    else:
        story += [
            Paragraph(
                f"<font color='{warna.hexval().replace('0x', '#')}'>"
                f"{format_angka(i.konversi)}</font>",
                angka,
            ),
            Spacer(1, 4 * mm),
            Paragraph(f"Mutu pelayanan: {i.mutu.huruf}", mutu),
            Paragraph(f"Kinerja unit pelayanan: {i.mutu.kinerja.upper()}", sub),
            Spacer(1, 4 * mm),
            Paragraph(f"dari {_ribu(hasil.responden)} responden", sub),
            Spacer(1, 8 * mm),
        ]
        sel = gaya(9.5, nama="poster-sel")
        data = [_header(["Unsur pelayanan", "Nilai (1-4)", "Mutu"])]
        for u in i.unsur:
            data.append(
                [
                    Paragraph(escape(f"{u.unsur.kode} {u.unsur.nama}"), sel),
                    format_angka(u.nrr, 2),
                    u.mutu.huruf if u.mutu else "-",
                ]
            )
        t = Table(data, colWidths=[lebar * 0.52, lebar * 0.16, lebar * 0.12], hAlign="CENTER")
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 1), (-1, -1), FONT, 9.5),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.86, 0.86, 0.86)),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (1, 1), (1, -1), "RIGHT"),
                    ("ALIGN", (2, 1), (2, -1), "CENTER"),
                ]
            )
        )
        story.append(t)
    story += [
        Spacer(1, 10 * mm),
        Paragraph(
            "Terima kasih atas penilaian Bapak/Ibu. Saran dan masukan Anda kami tindak lanjuti "
            "untuk pelayanan yang lebih baik.",
            kecil,
        ),
        Spacer(1, 3 * mm),
        Paragraph(
            escape(
                f"{kantor.kecamatan}, {tanggal_panjang(hasil.dibuat_pada.date())}. Survei menurut "
                "Peraturan Menteri PANRB Nomor 14 Tahun 2017; interval mutu: "
                + "; ".join(f"{m.huruf} {m.interval_konversi}" for m in MUTU)
                + "."
            ),
            gaya(8, rata="tengah", nama="poster-kaki"),
        ),
    ]
    return story


def cetak_poster_skm(
    desk: Desk, hasil: HasilSKM, target: str | os.PathLike[str] | None = None
) -> Path:
    """The A4 "Hasil Survei Kepuasan Masyarakat" for the notice board, whatever the paper
    setting (notice boards take A4); audited like the report."""
    desk.otorisasi("skm.lihat")
    daftarkan_font()
    if target is None:
        from bawang_desk.documents.surat_masuk import folder_cetak

        target = folder_cetak(desk, "skm") / f"poster-skm-{nama_berkas(hasil)}.pdf"
    target = Path(target)
    user = desk.pengguna_aktif
    _bangun(
        target,
        kantor=desk.pengaturan.kantor(),
        kertas="A4",
        story=_poster_story(desk, hasil, lebar_teks("A4")),
        judul_pdf=f"Hasil Survei Kepuasan Masyarakat {hasil.periode.label}",
        pembuat=user.nama if user else APP_NAME,
        landscape=False,
        setengah=False,
        kaki=None,
        kop_kecil=False,
    )
    desk.skm.catat_cetak(hasil, "poster")
    return target


# --------------------------------------------------------------------------- XLSX


def _angka(x: Fraction | Decimal | None, desimal: int) -> float | None:
    return None if x is None else round(float(x), desimal)


def ekspor_xlsx_skm(desk: Desk, hasil: HasilSKM, target: str | os.PathLike[str]) -> Path:
    """Sheets Unsur, Layanan, Profil, Saran and Tindak lanjut, numbers as numbers, written
    atomically; every cell passes :func:`~bawang_desk.core.ekspor.aman_sel`."""
    desk.otorisasi("skm.lihat")
    from openpyxl import Workbook

    p = hasil.periode
    i = hasil.indeks
    wb = Workbook()

    sub = (
        f"{hasil.nama_layanan}, periode {p.label}: {tanggal_panjang(p.awal)} s.d. "
        f"{tanggal_panjang(p.sampai)}"
    )

    def lembar(ws: Any, judul: str, kolom: Sequence[str], baris: Sequence[Sequence[Any]],
               lebar: Sequence[int]) -> None:  # fmt: skip
        tulis_lembar(ws, judul, sub, kolom, baris, lebar)

    ws = wb.active
    ws.title = "Unsur"
    baris: list[list[Any]] = [
        [u.unsur.kode, u.unsur.nama, *u.sebaran, u.terisi, u.jumlah_nilai, _angka(u.nrr, 4),
         _angka(u.tertimbang, 4), _angka(u.konversi, 2), u.mutu.huruf if u.mutu else None]
        for u in i.unsur
    ]  # fmt: skip
    baris += [
        [],
        ["", "Jumlah NRR tertimbang (IKM)", None, None, None, None, None, None, None,
         _angka(i.nilai, 4)],
        ["", "IKM unit pelayanan (x 25)", None, None, None, None, None, None, None, None,
         _angka(i.konversi, 2), i.mutu.huruf if i.mutu else None],
        ["", "Kinerja unit pelayanan", i.mutu.kinerja if i.mutu else None],
        ["", "Responden", hasil.responden],
        ["", "Di layar loket", hasil.responden_loket],
        ["", "Kuesioner kertas", hasil.responden_kertas],
        ["", "Layanan diserahkan (populasi)", hasil.populasi],
        ["", "Sampel minimum (Krejcie-Morgan)", hasil.sampel_minimum],
        ["", "Penimbang per unsur", _angka(i.penimbang, 6)],
    ]  # fmt: skip
    lembar(
        ws,
        "Survei Kepuasan Masyarakat - nilai per unsur",
        ["Kode", "Unsur", "Jawaban 1", "Jawaban 2", "Jawaban 3", "Jawaban 4", "Jumlah jawaban",
         "Jumlah nilai", "NRR", "NRR tertimbang", "NRR x 25", "Mutu"],
        baris,
        [7, 40, 10, 10, 10, 10, 15, 13, 9, 15, 10, 7],
    )  # fmt: skip
    lembar(
        wb.create_sheet("Layanan"),
        "Survei Kepuasan Masyarakat - per jenis layanan",
        ["Layanan", "Diserahkan", "Sampel minimum", "Responden", "IKM", "Mutu", "Kinerja"],
        [
            [r.nama, r.populasi, r.sampel_minimum, r.responden, _angka(r.indeks.konversi, 2),
             r.indeks.mutu.huruf if r.indeks.mutu else None,
             r.indeks.mutu.kinerja if r.indeks.mutu else None]
            for r in hasil.per_layanan
        ],
        [36, 12, 16, 12, 9, 7, 14],
    )  # fmt: skip
    lembar(
        wb.create_sheet("Profil"),
        "Survei Kepuasan Masyarakat - profil responden",
        ["Profil", "Pilihan", "Jumlah", "Persen"],
        [
            [a.label, label, n, round(100 * n / hasil.responden, 1) if hasil.responden else None]
            for a, b in hasil.profil
            for label, n in b
        ],
        [20, 24, 10, 10],
    )
    lembar(
        wb.create_sheet("Saran"),
        "Survei Kepuasan Masyarakat - saran dan masukan",
        ["No.", "Layanan", "Saran"],
        [[n, lay, teks] for n, (lay, teks) in enumerate(hasil.saran, 1)],
        [6, 30, 100],
    )
    lembar(
        wb.create_sheet("Tindak lanjut"),
        "Survei Kepuasan Masyarakat - rencana tindak lanjut",
        ["Rencana tindak lanjut"],
        [[b] for b in hasil.rencana_tindak_lanjut.splitlines()],
        [120],
    )
    tujuan = Path(target)
    with tulis_atomik(tujuan) as f:
        wb.save(f)
    return tujuan
