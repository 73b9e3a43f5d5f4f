"""The Laporan Kinerja pelayanan as a PDF (kop, charts, tables) and as an XLSX for the Tim Penyusun.

The figures come from :class:`~bawang_desk.core.kinerja.LaporanKinerja`; this module only lays
them out. The PDF (F4 or A4 from the settings, portrait, the office kop from
:mod:`bawang_desk.documents.kop`, "Halaman x dari y" at the foot) has:

A. a summary table per SOP and a bar chart of the median and P90 time of the whole service as a
   percentage of the SOP standard (100% = the standard), so a 14-day KK and a 20-minute
   legalisasi can stand side by side;
B. per SOP, a bar chart of the median beside the standard for each step measured in minutes (a
   step whose standard is a day or more is listed in the table only: it would flatten the
   others) and the table of every step;
C. per pelaksana and SOP, the steps recorded and their time as a percentage of the standard;

then the method notes and the Sekcam's "Mengetahui" block. The XLSX has the same three tables on
three sheets, times in minutes as numbers so the Tim Penyusun can compute with them.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Group, Line, String
from reportlab.lib import colors
from reportlab.lib.units import cm
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
from bawang_desk.core.catalog import format_waktu
from bawang_desk.core.desk import Desk
from bawang_desk.core.ekspor import aman_sel, tulis_atomik
from bawang_desk.core.kinerja import (
    KinerjaSOP,
    LaporanKinerja,
    Sebaran,
    format_durasi,
    format_persen,
)
from bawang_desk.core.teks import tanggal_panjang
from bawang_desk.documents import kertas as _kertas
from bawang_desk.documents.buku import _KanvasBernomor, lebar_teks_pt
from bawang_desk.documents.fonts import FONT, FONT_BOLD, daftarkan_font
from bawang_desk.documents.kop import (
    _bangun,
    blok_tanda_tangan,
    gaya,
    lebar_teks,
    penandatangan_kantor,
)

__all__ = ["NAMA_PENDEK", "cetak_laporan_kinerja", "ekspor_xlsx_kinerja"]

Progress = Callable[[int, int, str], None]

NAMA_PENDEK = {
    "surat-masuk": "Surat Masuk",
    "pindah": "Pindah",
    "legalisasi": "Legalisasi",
    "kredit-bank": "Kredit Bank",
    "skck": "SKCK",
    "kk": "KK",
    "ktp-el": "KTP-el",
}
"""Chart labels: the full SOP names do not fit under a bar."""

_ABU = colors.Color(0.86, 0.86, 0.86)
_WARNA_MEDIAN = colors.Color(0.16, 0.38, 0.62)
_WARNA_P90 = colors.Color(0.62, 0.76, 0.90)
_WARNA_STANDAR = colors.Color(0.55, 0.55, 0.55)
_UKURAN = 7.5
_MERAH = colors.Color(0.75, 0.1, 0.1)


def _pendek(s: KinerjaSOP) -> str:
    return NAMA_PENDEK.get(s.kode, s.nama[:14])


def _persen_standar(nilai: float | None, baku: timedelta | None) -> float:
    if nilai is None or not baku:
        return 0.0
    return 100.0 * nilai / baku.total_seconds()


def _dalam(s: Sebaran) -> str:
    if s.persen_dalam_standar is None:
        return "-"
    return f"{format_persen(s.persen_dalam_standar)} ({s.dalam_standar}/{s.n})"


def _maks_bagus(nilai: float) -> float:
    """A round axis maximum at or above ``nilai`` (1, 2, 2.5, 5 x 10^k)."""
    if nilai <= 0:
        return 1.0
    k = 1.0
    while k * 10 < nilai:
        k *= 10
    for f in (1, 2, 2.5, 5, 10):
        if k * f >= nilai:
            return k * f
    return k * 10  # pragma: no cover


# --------------------------------------------------------------------------- charts


def _grafik(
    lebar: float,
    tinggi: float,
    kategori: list[str],
    seri: list[tuple[str, list[float], colors.Color]],
    judul_sumbu: str,
    *,
    garis: float | None = None,
    label_garis: str = "",
    label_nilai: Callable[[float], str] | None = None,
) -> Drawing:
    """A grouped vertical bar chart in the app's font, with a legend and an optional line."""
    d = Drawing(lebar, tinggi, initialFontName=FONT, initialFontSize=7)
    bc = VerticalBarChart()
    bc.x, bc.y = 42, 34
    bc.width, bc.height = lebar - 52, tinggi - 62
    bc.data = [s[1] for s in seri]
    puncak = max([max(s[1], default=0) for s in seri] + [garis or 0])
    bc.valueAxis.valueMin = 0
    bc.valueAxis.valueMax = _maks_bagus(puncak * 1.08)
    bc.valueAxis.valueStep = bc.valueAxis.valueMax / 5
    bc.valueAxis.labels.fontName = FONT
    bc.valueAxis.labels.fontSize = 7
    bc.valueAxis.labelTextFormat = lambda v: f"{v:g}".replace(".", ",")
    bc.valueAxis.visibleGrid = True
    bc.valueAxis.gridStrokeColor = colors.Color(0.88, 0.88, 0.88)
    bc.valueAxis.gridStrokeWidth = 0.4
    bc.categoryAxis.categoryNames = kategori
    bc.categoryAxis.labels.fontName = FONT
    bc.categoryAxis.labels.fontSize = 7
    bc.categoryAxis.labels.dy = -3
    bc.groupSpacing = 6
    bc.barSpacing = 1
    for i, (_nama, _nilai, warna) in enumerate(seri):
        bc.bars[i].fillColor = warna
        bc.bars[i].strokeColor = None
    if label_nilai is not None:
        bc.barLabelFormat = label_nilai
        bc.barLabels.fontName = FONT
        bc.barLabels.fontSize = 7
        bc.barLabels.nudge = 6
    d.add(bc)
    # the axis title turned upright: a String has no angle, a Group does
    g = Group(String(0, 0, judul_sumbu, fontName=FONT, fontSize=7, textAnchor="middle"))
    g.translate(9, bc.y + bc.height / 2)
    g.rotate(90)
    d.add(g)
    if garis is not None:
        y = bc.y + bc.height * garis / bc.valueAxis.valueMax
        d.add(
            Line(
                bc.x,
                y,
                bc.x + bc.width,
                y,
                strokeColor=_MERAH,
                strokeWidth=1,
                strokeDashArray=[4, 2],
            )
        )
        if label_garis:
            d.add(
                String(
                    bc.x + bc.width - 2,
                    y + 2,
                    label_garis,
                    fontName=FONT,
                    fontSize=6.5,
                    fillColor=_MERAH,
                    textAnchor="end",
                )
            )
    lg = Legend()
    lg.x, lg.y = bc.x, tinggi - 8
    lg.fontName = FONT
    lg.fontSize = 7
    lg.alignment = "right"
    lg.columnMaximum = 1
    lg.deltax = 90
    lg.dx, lg.dy = 7, 7
    lg.colorNamePairs = [(w, n) for n, _v, w in seri]
    if garis is not None:
        lg.colorNamePairs.append((_MERAH, "Standar SOP = 100%" if garis == 100 else "Standar SOP"))
    d.add(lg)
    return d


def grafik_ringkasan(laporan: LaporanKinerja, lebar: float) -> Drawing:
    """Median time of the whole service per SOP, in percent of the SOP standard (100%).

    Only the median: one service held a day for a signature makes a P90 of thousands of percent
    that would flatten every bar; the P90 is in the table beside it.
    """
    sops = [s for s in laporan.sop if s.baku_total and s.total.n]
    return _grafik(
        lebar,
        6.0 * cm,
        [_pendek(s) for s in sops],
        [
            (
                "Median waktu layanan (% dari standar)",
                [_persen_standar(s.total.median, s.baku_total) for s in sops],
                _WARNA_MEDIAN,
            ),
        ],
        "% dari standar SOP",
        garis=100.0,
        label_nilai=lambda v: format_persen(v).replace(",0%", "%"),
    )


def _langkah_menit(s: KinerjaSOP) -> list[Any]:
    return [lk for lk in s.langkah if lk.baku is not None and lk.baku < timedelta(days=1)]


def grafik_langkah(s: KinerjaSOP, lebar: float) -> Drawing | None:
    """Median beside standard, in minutes, for the steps whose standard is under a day."""
    langkah = _langkah_menit(s)
    if not any(lk.waktu.n for lk in langkah):
        return None
    return _grafik(
        lebar,
        5.0 * cm,
        [f"L{lk.nomor}" for lk in langkah],
        [
            ("Median", [(lk.waktu.median or 0) / 60 for lk in langkah], _WARNA_MEDIAN),
            ("Standar SOP", [lk.baku.total_seconds() / 60 for lk in langkah], _WARNA_STANDAR),
        ],
        "menit",
    )


# --------------------------------------------------------------------------- tables


def _tabel(
    data: list[list[Any]], lebar: Sequence[float], *, kanan: Sequence[int] = (), tebal: int = 0
) -> Table:
    s = gaya(_UKURAN, nama="lk-sel")
    s_tebal = gaya(_UKURAN, tebal=True, nama="lk-sel-tebal")

    def sel(c: Any, i: int, k: int) -> Any:
        # a string wider than its column (less the padding) would run over the next cell
        if not isinstance(c, str):
            return c
        font = FONT_BOLD if 1 <= i <= tebal else FONT
        if lebar_teks_pt(c, font, _UKURAN) <= lebar[k] - 6:
            return c
        return Paragraph(c, s_tebal if font == FONT_BOLD else s)

    sel_tabel = [[sel(c, i, k) for k, c in enumerate(r)] for i, r in enumerate(data)]
    t = Table(sel_tabel, colWidths=list(lebar), repeatRows=1)
    perintah: list[tuple] = [
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, _UKURAN),
        ("FONT", (0, 1), (-1, -1), FONT, _UKURAN),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), _ABU),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for k in kanan:
        perintah.append(("ALIGN", (k, 1), (k, -1), "RIGHT"))
    for i in range(1, tebal + 1):
        perintah.append(("FONT", (0, i), (-1, i), FONT_BOLD, _UKURAN))
        perintah.append(("BACKGROUND", (0, i), (-1, i), colors.Color(0.95, 0.95, 0.95)))
    t.setStyle(TableStyle(perintah))
    return t


def _header(teks: Sequence[str]) -> list[Any]:
    s = gaya(_UKURAN, tebal=True, rata="tengah", nama="lk-h")
    return [Paragraph(t, s) for t in teks]


def tabel_ringkasan(laporan: LaporanKinerja, lebar: float) -> Table:
    data = [
        _header(
            ["No.", "SOP", "Masuk", "Selesai", "Batal", "Standar SOP", "Median", "P90",
             "Dalam standar"]
        )
    ]  # fmt: skip
    for i, s in enumerate(laporan.sop, 1):
        data.append(
            [
                str(i),
                s.nama,
                f"{s.jumlah:,}".replace(",", "."),
                f"{s.selesai:,}".replace(",", "."),
                f"{s.batal:,}".replace(",", "."),
                format_waktu(s.baku_total) if s.baku_total else "-",
                format_durasi(s.total.median),
                format_durasi(s.total.p90),
                _dalam(s.total),
            ]
        )
    w = [22, 106, 36, 36, 30, 68, 52, 56, 62]
    return _tabel(data, [lebar * x / sum(w) for x in w], kanan=(2, 3, 4))


def tabel_langkah(s: KinerjaSOP, lebar: float) -> Table:
    data = [
        _header(
            ["No.", "Uraian prosedur", "Standar SOP", "Dicatat", "Terukur", "Median", "P90",
             "Dalam standar"]
        ),
        [
            "Utuh",
            "Seluruh layanan (yang selesai)",
            format_waktu(s.baku_total) if s.baku_total else "-",
            f"{s.jumlah:,}".replace(",", "."),
            f"{s.total.n:,}".replace(",", "."),
            format_durasi(s.total.median),
            format_durasi(s.total.p90),
            _dalam(s.total),
        ],
    ]  # fmt: skip
    for lk in s.langkah:
        data.append(
            [
                str(lk.nomor),
                lk.uraian,
                lk.baku_teks or "-",
                f"{lk.dikerjakan:,}".replace(",", "."),
                f"{lk.waktu.n:,}".replace(",", "."),
                format_durasi(lk.waktu.median),
                format_durasi(lk.waktu.p90),
                _dalam(lk.waktu),
            ]
        )
    w = [24, 138, 46, 36, 38, 56, 56, 74]
    return _tabel(data, [lebar * x / sum(w) for x in w], kanan=(3, 4), tebal=1)


PERSEN_PENCILAN = 1000.0
"""Beyond ten times the standard a per-pelaksana figure says more about the record (a step held
open for a signature, a one-minute standard) than about the person: it is printed as "> 1.000%"
and flagged, not as "126.449,2%"."""


def _persen_pelaksana(nilai: float | None) -> str:
    if nilai is not None and nilai > PERSEN_PENCILAN:
        return f"> {format_persen(PERSEN_PENCILAN).replace(',0%', '%')} *"
    return format_persen(nilai)


def ada_pencilan(laporan: LaporanKinerja) -> bool:
    return any(
        v is not None and v > PERSEN_PENCILAN
        for p in laporan.pelaksana
        for v in (p.rasio.median, p.rasio.p90)
    )


def tabel_pelaksana(laporan: LaporanKinerja, lebar: float) -> Table:
    data = [
        _header(
            ["Pelaksana", "SOP", "Langkah dicatat", "Terukur", "Median (% standar)",
             "P90 (% standar)", "Dalam standar"]
        )
    ]  # fmt: skip
    for p in laporan.pelaksana:
        data.append(
            [
                p.nama,
                NAMA_PENDEK.get(p.sop, p.nama_sop),
                f"{p.langkah:,}".replace(",", "."),
                f"{p.rasio.n:,}".replace(",", "."),
                _persen_pelaksana(p.rasio.median),
                _persen_pelaksana(p.rasio.p90),
                _dalam(p.rasio),
            ]
        )
    if len(data) == 1:
        data.append(["Tidak ada langkah tercatat pada periode ini.", "", "", "", "", "", ""])
    w = [120, 56, 44, 40, 58, 58, 72]
    return _tabel(data, [lebar * x / sum(w) for x in w], kanan=(2, 3, 4, 5))


# --------------------------------------------------------------------------- PDF


def _story(desk: Desk, laporan: LaporanKinerja, lebar: float) -> list[Flowable]:
    judul = gaya(12, tebal=True, rata="tengah", nama="lk-judul")
    sub = gaya(10, rata="tengah", nama="lk-sub")
    bab = gaya(10.5, tebal=True, nama="lk-bab")
    sub_bab = gaya(9.5, tebal=True, nama="lk-subbab")
    teks = gaya(8.5, nama="lk-teks", leading=10.5)
    p = laporan.periode
    story: list[Flowable] = [
        Paragraph("LAPORAN KINERJA PELAYANAN", judul),
        Spacer(1, 2),
        Paragraph(
            f"Periode {p.label} ({tanggal_panjang(p.awal)} s.d. {tanggal_panjang(p.sampai)})", sub
        ),
        Spacer(1, 3),
        Paragraph("Diukur dari catatan waktu setiap langkah SOP pada register Bawang Desk", teks),
        Spacer(1, 8),
        Paragraph("A. Ringkasan per SOP", bab),
        Spacer(1, 4),
        tabel_ringkasan(laporan, lebar),
        Spacer(1, 8),
    ]
    if any(s.total.n for s in laporan.sop):
        story += [
            KeepTogether(
                [
                    Paragraph(
                        "Grafik 1. Median waktu layanan utuh dibanding standar SOP "
                        "(dalam persen dari standar; garis merah = standar)",
                        sub_bab,
                    ),
                    Spacer(1, 2),
                    grafik_ringkasan(laporan, lebar),
                ]
            ),
            Spacer(1, 6),
        ]
    for i, s in enumerate(laporan.sop, 1):
        nomor = f" (SOP {s.nomor})" if s.nomor else ""
        kepala: list[Flowable] = []
        if i == 1:  # the part's heading never stands alone at the foot of a page
            kepala += [Paragraph("B. Rincian per langkah SOP", bab), Spacer(1, 4)]
        kepala += [Paragraph(f"{i}. {s.nama}{nomor}", sub_bab), Spacer(1, 3)]
        g = grafik_langkah(s, lebar)
        if g is not None:
            kepala += [g, Spacer(1, 2)]
        tidak = [lk for lk in s.langkah if lk.baku is not None and lk.baku >= timedelta(days=1)]
        if g is not None and tidak:
            kepala.append(
                Paragraph(
                    "Grafik tidak memuat "
                    + ", ".join(f"langkah {lk.nomor} ({lk.baku_teks})" for lk in tidak)
                    + "; lihat tabel.",
                    teks,
                )
            )
        story += [KeepTogether([*kepala, tabel_langkah(s, lebar)]), Spacer(1, 10)]
    story += [
        CondPageBreak(6 * cm),
        Paragraph("C. Per pelaksana", bab),
        Spacer(1, 3),
        Paragraph(
            "Waktu setiap langkah dibagi standar waktu langkah itu (100% = tepat standar), agar "
            "langkah yang berbeda dapat dibandingkan. Langkah tanpa standar waktu tidak terukur."
            + (
                " Angka bertanda * lebih dari sepuluh kali standar: biasanya berasal dari "
                "langkah yang tertunda (misalnya menunggu tanda tangan) atau dari standar per "
                "langkah yang sangat singkat, bukan dari kinerja pelaksana; periksa rincian "
                "langkah pada bagian B sebelum menilainya."
                if ada_pencilan(laporan)
                else ""
            ),
            teks,
        ),
        Spacer(1, 4),
        tabel_pelaksana(laporan, lebar),
    ]
    catatan = [Paragraph(f"{i}. {c}", teks) for i, c in enumerate(laporan.catatan, 1)]
    story += [
        Spacer(1, 10),
        # the heading never stands alone at the foot of a page
        KeepTogether([Paragraph("Catatan cara menghitung", sub_bab), Spacer(1, 2), *catatan[:2]]),
        *catatan[2:],
    ]
    kantor = desk.pengaturan.kantor()
    # the kinerja SOP has the Camat sign the report he sends on to the Bagian Organisasi
    story += [
        Spacer(1, 14),
        blok_tanda_tangan(
            penandatangan_kantor("camat", desk.pengaturan.pejabat("camat"), kantor.kecamatan),
            tempat_tanggal=f"{kantor.kecamatan}, {tanggal_panjang(laporan.dibuat_pada.date())}",
            ukuran=10,
        ),
    ]
    return story


def cetak_laporan_kinerja(
    desk: Desk,
    laporan: LaporanKinerja,
    target: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the report PDF (atomically) and return its path.

    Default place: the desk's print folder, ``laporan-kinerja-<period>.pdf``. Permission is the
    one needed to compute the figures (``kinerja.lihat``).
    """
    desk.otorisasi("kinerja.lihat")
    daftarkan_font()
    if target is None:
        from bawang_desk.documents.surat_masuk import folder_cetak

        target = folder_cetak(desk, "kinerja") / f"laporan-kinerja-{_nama_berkas(laporan)}.pdf"
    target = Path(target)
    kertas = desk.pengaturan.umum().kertas
    lebar = lebar_teks(kertas)
    if progress is not None:
        progress(0, 1, "Menyusun PDF laporan kinerja")
    w, _ = _kertas.ukuran(kertas)
    m = _kertas.margin()
    user = desk.pengguna_aktif
    _bangun(
        target,
        kantor=desk.pengaturan.kantor(),
        kertas=kertas,
        story=_story(desk, laporan, lebar),
        judul_pdf=f"Laporan Kinerja Pelayanan {laporan.periode.label}",
        pembuat=user.nama if user else APP_NAME,
        landscape=False,
        setengah=False,
        kaki=(
            f"Dicetak dari Bawang Desk oleh {user.nama if user else '-'} pada "
            f"{laporan.dibuat_pada:%d-%m-%Y %H:%M}"
        ),
        kop_kecil=False,
        canvasmaker=functools.partial(_KanvasBernomor, posisi=(w - m.kanan, _kertas.y_kaki(m))),
    )
    if progress is not None:
        progress(1, 1, "PDF selesai")
    return target


def _nama_berkas(laporan: LaporanKinerja) -> str:
    p = laporan.periode
    if p.akhir.year == p.awal.year + 1 and p.awal.month == 1 and p.akhir.month == 1:
        return f"{p.awal.year}"
    return f"{p.awal:%Y-%m}"


# --------------------------------------------------------------------------- XLSX


def _menit(detik: float | None) -> float | None:
    return None if detik is None else round(detik / 60, 2)


def _persen(nilai: float | None) -> float | None:
    return None if nilai is None else round(nilai, 1)


def tulis_lembar(
    ws: Any,
    judul: str,
    sub: str,
    kolom: Sequence[str],
    baris: Sequence[Sequence[Any]],
    lebar: Sequence[int],
) -> None:
    """One report sheet: a bold title, the period line, the header row frozen under them, the
    rows (every cell through :func:`aman_sel`) and the column widths. Shared by the reports."""
    from openpyxl.styles import Font

    ws.append([aman_sel(judul)])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([aman_sel(sub)])
    ws.append([])
    ws.append([aman_sel(k) for k in kolom])
    for c in ws[4]:
        c.font = Font(bold=True)
    for r in baris:
        ws.append([aman_sel(v) for v in r])
    ws.freeze_panes = "A5"
    for i, w in enumerate(lebar):
        ws.column_dimensions[chr(ord("A") + i)].width = w


def ekspor_xlsx_kinerja(
    desk: Desk, laporan: LaporanKinerja, target: str | os.PathLike[str]
) -> Path:
    """Three sheets (Ringkasan, Langkah, Pelaksana), times in minutes, written atomically.

    Every cell passes :func:`~bawang_desk.core.ekspor.aman_sel` (no formula injection from a
    name) and the file goes through :func:`~bawang_desk.core.ekspor.tulis_atomik`.
    """
    desk.otorisasi("kinerja.lihat")
    from openpyxl import Workbook

    p = laporan.periode
    wb = Workbook()

    def lembar(ws: Any, judul: str, kolom: list[str], baris: list[list[Any]], lebar: list[int]):
        sub = f"Periode {p.label}: {tanggal_panjang(p.awal)} s.d. {tanggal_panjang(p.sampai)}"
        tulis_lembar(ws, judul, sub, kolom, baris, lebar)

    ws = wb.active
    ws.title = "Ringkasan"
    lembar(
        ws,
        "Laporan Kinerja Pelayanan - Ringkasan per SOP",
        ["SOP", "Nomor SOP", "Masuk", "Selesai", "Batal", "Standar (menit)", "Median (menit)",
         "P90 (menit)", "Dalam standar (%)", "Dalam standar (jumlah)"],
        [
            [s.nama, s.nomor, s.jumlah, s.selesai, s.batal,
             _menit(s.baku_total.total_seconds()) if s.baku_total else None,
             _menit(s.total.median), _menit(s.total.p90),
             _persen(s.total.persen_dalam_standar), s.total.dalam_standar]
            for s in laporan.sop
        ],
        [48, 26, 9, 9, 8, 14, 14, 12, 16, 18],
    )  # fmt: skip
    lembar(
        wb.create_sheet("Langkah"),
        "Laporan Kinerja Pelayanan - Rincian per langkah SOP",
        ["SOP", "Langkah", "Uraian prosedur", "Pelaksana menurut SOP", "Standar (teks SOP)",
         "Standar (menit)", "Dicatat", "Terukur", "Median (menit)", "P90 (menit)",
         "Dalam standar (%)"],
        [
            [s.nama, lk.nomor, lk.uraian, ", ".join(lk.pelaksana), lk.baku_teks,
             _menit(lk.baku.total_seconds()) if lk.baku else None, lk.dikerjakan, lk.waktu.n,
             _menit(lk.waktu.median), _menit(lk.waktu.p90),
             _persen(lk.waktu.persen_dalam_standar)]
            for s in laporan.sop
            for lk in s.langkah
        ],
        [40, 9, 60, 30, 16, 14, 9, 9, 14, 12, 16],
    )  # fmt: skip
    lembar(
        wb.create_sheet("Pelaksana"),
        "Laporan Kinerja Pelayanan - Per pelaksana",
        ["Pelaksana", "Nama akun", "SOP", "Langkah dicatat", "Terukur", "Median (% standar)",
         "P90 (% standar)", "Dalam standar (%)"],
        [
            [x.nama, x.username, x.nama_sop, x.langkah, x.rasio.n, _persen(x.rasio.median),
             _persen(x.rasio.p90), _persen(x.rasio.persen_dalam_standar)]
            for x in laporan.pelaksana
        ],
        [32, 16, 48, 15, 9, 18, 15, 16],
    )  # fmt: skip
    tujuan = Path(target)
    with tulis_atomik(tujuan) as f:
        wb.save(f)
    return tujuan
