"""Print preview of a PDF made by the app (QtPdf), printing to any printer without a PDF reader.

Counter PCs often have no PDF reader, or a slow one; every document the app makes is shown here
and sent to the printer straight from Qt, the way a desktop application prints: at 100% on the
document's own paper (F4 215x330 mm or A4, portrait or landscape as the PDF page is), at no more
than :data:`DPI_MAKS`, one page at a time, so that a 20-page book needs no more memory than
one page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.ui.umum import beri_nama

#: Text and stamps need no more; a 1200-dpi page is a 40-million-pixel bitmap for nothing.
DPI_MAKS = 300
#: The documents' own paper sizes, so the printer driver gets a named size it knows.
_KERTAS = {
    (215.0, 330.0): ("F4", QPageSize.PageSizeId.Custom),
    (210.0, 297.0): ("A4", QPageSize.PageSizeId.A4),
}


def ukuran_kertas(size_pt: QSizeF) -> tuple[QPageSize, QPageLayout.Orientation]:
    """The paper of one PDF page (always given upright) and whether it lies landscape."""
    w, h = size_pt.width(), size_pt.height()
    mendatar = w > h
    pendek, panjang = (h, w) if mendatar else (w, h)
    mm = (round(pendek / 72 * 25.4), round(panjang / 72 * 25.4))
    nama, pid = _KERTAS.get((float(mm[0]), float(mm[1])), ("", QPageSize.PageSizeId.Custom))
    if pid != QPageSize.PageSizeId.Custom:
        kertas = QPageSize(pid)
    else:
        kertas = QPageSize(
            QSizeF(pendek, panjang),
            QPageSize.Unit.Point,
            nama,
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    arah = QPageLayout.Orientation.Landscape if mendatar else QPageLayout.Orientation.Portrait
    return kertas, arah


def atur_halaman(printer: QPrinter, doc: QPdfDocument, i: int) -> None:
    """Put page ``i``'s paper and orientation on the printer, margins zero (printed at 100%)."""
    kertas, arah = ukuran_kertas(doc.pagePointSize(i))
    tata = QPageLayout(kertas, arah, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    tata.setMode(QPageLayout.Mode.FullPageMode)  # the page's own margins are in the PDF
    printer.setPageLayout(tata)


def siapkan_printer(printer: QPrinter, doc: QPdfDocument) -> None:
    """Before the print dialog and before painting: the first page's paper, full page, ≤300 dpi."""
    printer.setFullPage(True)
    if printer.resolution() > DPI_MAKS:
        printer.setResolution(DPI_MAKS)
    if doc.pageCount():
        atur_halaman(printer, doc, 0)


def _halaman_dicetak(printer: QPrinter, n: int) -> range:
    """The pages the user chose in the print dialog (all of them unless a range was given)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
        return range(max(printer.fromPage(), 1) - 1, min(printer.toPage() or n, n))
    return range(n)


def halaman_putih(doc: QPdfDocument, i: int, ukuran: QSize) -> QImage:
    """Page ``i`` rendered on white paper, without an alpha channel.

    QtPdf renders onto a transparent image; sent as it is, the printer gets every page as a
    picture plus a transparency mask (twice the job, and some drivers print the clear parts
    black). White is put behind the page in place, then the alpha is dropped in place.
    """
    gambar = doc.render(i, ukuran)
    p = QPainter(gambar)
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    p.fillRect(gambar.rect(), Qt.GlobalColor.white)
    p.end()
    gambar.convertTo(QImage.Format.Format_RGB32)
    return gambar


def cetak_pdf(doc: QPdfDocument, printer: QPrinter) -> int:
    """Render the pages of ``doc`` onto ``printer`` at 100%; returns the number of pages sent.

    Every page gets its own paper size and orientation (a register may mix portrait and
    landscape) and is rendered at the printer's resolution (capped at :data:`DPI_MAKS`, about
    40 MB for an F4 page) just before it is drawn, so memory stays at one page whatever the
    number of pages.
    """
    siapkan_printer(printer, doc)
    halaman = _halaman_dicetak(printer, doc.pageCount())
    if not halaman:
        return 0
    atur_halaman(printer, doc, halaman[0])
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = printer.resolution()
        for k, i in enumerate(halaman):
            if k:
                atur_halaman(printer, doc, i)
                printer.newPage()
            size_pt = doc.pagePointSize(i)
            w = max(1, round(size_pt.width() * dpi / 72))
            h = max(1, round(size_pt.height() * dpi / 72))
            # the paper as the printer has it now, in its pixels: the page fills it exactly
            gambar = halaman_putih(doc, i, QSize(w, h))
            painter.drawImage(QRectF(printer.paperRect(QPrinter.Unit.DevicePixel)), gambar)
            del gambar  # one page's bitmap at a time
        return len(halaman)
    finally:
        painter.end()


def nama_printer(printer: QPrinter) -> str:
    """How the status line names where the pages went: the printer, or the PDF file."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return f"berkas PDF {printer.outputFileName()}"
    return f"printer {printer.printerName() or 'bawaan'}"


class PratinjauDialog(QDialog):
    """Shows one PDF with "Cetak" (Ctrl+P) and "Buka folder" buttons."""

    def __init__(self, path: Path, judul: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        beri_nama(self, "pratinjauDialog", "Pratinjau cetak")
        self.setWindowTitle(f"Pratinjau - {judul}")
        self._ukuran_awal()
        lay = QVBoxLayout(self)
        self.doc = QPdfDocument(self)
        self.doc.load(str(self.path))
        self.view = QPdfView(self)
        beri_nama(self.view, "pdfView", "Pratinjau dokumen")
        self.view.setDocument(self.doc)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setMinimumSize(320, 240)
        lay.addWidget(self.view, 1)
        bar = QHBoxLayout()
        self.infoLabel = QLabel(f"{self.doc.pageCount()} halaman - disimpan di {self.path}")
        beri_nama(self.infoLabel, "infoLabel", "Keterangan berkas")
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setToolTip(str(self.path))
        bar.addWidget(self.infoLabel, 1)
        self.folderButton = QPushButton("Buka &folder")
        beri_nama(self.folderButton, "bukaFolderButton", "Buka folder berkas")
        self.cetakButton = QPushButton("&Cetak...")
        beri_nama(self.cetakButton, "cetakButton", "Cetak ke printer")
        self.tutupButton = QPushButton("&Tutup")
        beri_nama(self.tutupButton, "tutupButton", "Tutup pratinjau")
        for b in (self.folderButton, self.cetakButton, self.tutupButton):
            bar.addWidget(b)
        lay.addLayout(bar)
        self.cetakButton.setDefault(True)
        self.cetakButton.clicked.connect(lambda _c=False: self.cetak())
        self.folderButton.clicked.connect(self.buka_folder)
        self.tutupButton.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, self.cetak)

    def _ukuran_awal(self) -> None:
        """900x760 where the screen has room; never taller than the screen's free area."""
        layar = self.screen() or QGuiApplication.primaryScreen()
        bebas = layar.availableGeometry() if layar is not None else QRect(0, 0, 1024, 728)
        self.resize(min(900, bebas.width() - 40), min(760, bebas.height() - 60))

    def buka_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))

    def cetak(self, printer: QPrinter | None = None) -> int:
        """Ask for the printer (unless one is given), then print; returns the pages sent."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.path.stem)
            siapkan_printer(printer, self.doc)
            dlg = QPrintDialog(printer, self)
            dlg.setWindowTitle("Cetak")
            dlg.setMinMax(1, max(1, self.doc.pageCount()))
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return 0
        self.infoLabel.setText(f"Mengirim ke {nama_printer(printer)}...")
        n = cetak_pdf(self.doc, printer)
        if n:
            self.infoLabel.setText(f"{n} halaman dikirim ke {nama_printer(printer)}.")
        else:
            self.infoLabel.setText(f"Tidak dapat mencetak ke {nama_printer(printer)}.")
        return n


def tampilkan_pdf(path: Path, judul: str, parent: QWidget | None = None) -> PratinjauDialog:
    """Open the preview without blocking; the caller may keep the dialog to test it."""
    dlg = PratinjauDialog(path, judul, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dlg.show()
    return dlg
