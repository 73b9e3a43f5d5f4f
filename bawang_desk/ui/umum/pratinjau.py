"""Print preview of a PDF made by the app (QtPdf), printing to any printer without a PDF reader.

Counter PCs often have no PDF reader, or a slow one; every document the app makes is shown here
and sent to the printer straight from Qt, page by page at the printer's resolution.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter, QShortcut
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


def cetak_pdf(doc: QPdfDocument, printer: QPrinter) -> int:
    """Render every page of ``doc`` onto ``printer``; returns the number of pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        n = doc.pageCount()
        for i in range(n):
            if i:
                printer.newPage()
            rect = printer.pageRect(QPrinter.Unit.DevicePixel)
            size_pt = doc.pagePointSize(i)
            skala = min(rect.width() / size_pt.width(), rect.height() / size_pt.height())
            w, h = int(size_pt.width() * skala), int(size_pt.height() * skala)
            img = doc.render(i, QSize(w, h))
            painter.drawImage(QRectF(QPointF(0, 0), QRectF(0, 0, w, h).size()), img)
        return n
    finally:
        painter.end()


class PratinjauDialog(QDialog):
    """Shows one PDF with "Cetak" (Ctrl+P) and "Buka folder" buttons."""

    def __init__(self, path: Path, judul: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        beri_nama(self, "pratinjauDialog", "Pratinjau cetak")
        self.setWindowTitle(f"Pratinjau - {judul}")
        self.resize(900, 760)
        lay = QVBoxLayout(self)
        self.doc = QPdfDocument(self)
        self.doc.load(str(self.path))
        self.view = QPdfView(self)
        beri_nama(self.view, "pdfView", "Pratinjau dokumen")
        self.view.setDocument(self.doc)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        lay.addWidget(self.view, 1)
        bar = QHBoxLayout()
        self.infoLabel = QLabel(f"{self.doc.pageCount()} halaman - disimpan di {self.path}")
        beri_nama(self.infoLabel, "infoLabel", "Keterangan berkas")
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        self.cetakButton.clicked.connect(self.cetak)
        self.folderButton.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
        )
        self.tutupButton.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, self.cetak)

    def cetak(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        dlg = QPrintDialog(printer, self)
        dlg.setWindowTitle("Cetak")
        if dlg.exec() == QDialog.DialogCode.Accepted:
            n = cetak_pdf(self.doc, printer)
            self.infoLabel.setText(f"{n} halaman dikirim ke printer {printer.printerName()}.")


def tampilkan_pdf(path: Path, judul: str, parent: QWidget | None = None) -> PratinjauDialog:
    """Open the preview without blocking; the caller may keep the dialog to test it."""
    dlg = PratinjauDialog(path, judul, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dlg.show()
    return dlg
