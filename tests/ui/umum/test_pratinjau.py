"""The preview's printing: 100% on each page's own paper (F4/A4, portrait or landscape), at no
more than 300 dpi, the pages the user chose, and the status line naming where they went."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from bawang_desk.ui.umum.pratinjau import DPI_MAKS, PratinjauDialog, cetak_pdf, ukuran_kertas

F4 = (215 * mm, 330 * mm)


@pytest.fixture
def pdf_campur(tmp_path) -> Path:
    """A letter on F4, a register page on landscape F4, and an A4 page."""
    path = tmp_path / "campur.pdf"
    c = Canvas(str(path))
    for ukuran, teks in ((F4, "Surat F4"), (landscape(F4), "Register F4"), (A4, "Halaman A4")):
        c.setPageSize(ukuran)
        c.setFont("Helvetica-Bold", 28)
        c.drawString(72, ukuran[1] - 100, teks)
        c.rect(36, 36, ukuran[0] - 72, ukuran[1] - 72)
        c.showPage()
    c.save()
    return path


def printer_pdf(out: Path) -> QPrinter:
    p = QPrinter(QPrinter.PrinterMode.HighResolution)  # 1200 dpi for a PDF printer
    p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    p.setOutputFileName(str(out))
    return p


def ukuran_mm(path: Path) -> list[tuple[int, int]]:
    return [
        (round(float(p.mediabox.width) / 72 * 25.4), round(float(p.mediabox.height) / 72 * 25.4))
        for p in PdfReader(str(path)).pages
    ]


def test_setiap_halaman_di_kertasnya_sendiri_100_persen(qapp, pdf_campur, tmp_path):
    doc = QPdfDocument()
    doc.load(str(pdf_campur))
    out = tmp_path / "cetak.pdf"
    printer = printer_pdf(out)
    assert cetak_pdf(doc, printer) == 3
    assert printer.resolution() <= DPI_MAKS
    assert printer.fullPage()
    assert ukuran_mm(out) == [(215, 330), (330, 215), (210, 297)]
    # each page arrives drawn on white paper, not as a transparent picture
    keluar = QPdfDocument()
    keluar.load(str(out))
    for i in range(3):
        img = keluar.render(i, QSize(215, 330))
        assert img.pixelColor(2, 2).lightness() == 255 and img.pixelColor(2, 2).alpha() == 255


def test_ukuran_kertas_dikenali():
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize

    kertas, arah = ukuran_kertas(QSizeF(*landscape(F4)))
    assert arah == QPageLayout.Orientation.Landscape
    assert round(kertas.size(QPageSize.Unit.Millimeter).width()) == 215
    assert round(kertas.size(QPageSize.Unit.Millimeter).height()) == 330
    kertas, arah = ukuran_kertas(QSizeF(*A4))
    assert kertas.id() == QPageSize.PageSizeId.A4
    assert arah == QPageLayout.Orientation.Portrait


def test_rentang_halaman_dari_dialog(qapp, pdf_campur, tmp_path):
    doc = QPdfDocument()
    doc.load(str(pdf_campur))
    out = tmp_path / "dua.pdf"
    printer = printer_pdf(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert cetak_pdf(doc, printer) == 2
    assert ukuran_mm(out) == [(330, 215), (210, 297)]


def test_tombol_cetak_menyebut_tujuan(qtbot, pdf_campur, tmp_path):
    dlg = PratinjauDialog(pdf_campur, "Campur")
    qtbot.addWidget(dlg)
    out = tmp_path / "ke-berkas.pdf"
    assert dlg.cetak(printer_pdf(out)) == 3
    assert dlg.infoLabel.text() == f"3 halaman dikirim ke berkas PDF {out}."
