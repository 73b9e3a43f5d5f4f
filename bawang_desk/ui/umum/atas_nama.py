"""Recording an official's paper step: which official (from Pengaturan), how, and at what time.

The staff member at the PC reads the Lembar Disposisi or the signed letter and types what the
official did; the same fields serve every area (disposition, elaboration, koreksi, signature),
and the dialog shows the document being decided on beside them, so nobody approves or records a
signature without seeing what was signed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.atas_nama import AtasNama, pilihan
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError, ValidationError
from bawang_desk.ui.umum.dasar import (
    beri_nama,
    bersihkan_galat,
    label_galat,
    tampilkan_galat,
    tombol_dialog,
)
from bawang_desk.ui.umum.tanggal import TanggalEdit
from bawang_desk.ui.umum.tata import muat_di_layar

_JAM = re.compile(r"^\s*(\d{1,2})\s*[.:]\s*(\d{2})\s*$")


class IsianPejabat(QWidget):
    """Official (combo of the officials filled in under Pengaturan > Pejabat), date and time."""

    def __init__(
        self,
        desk: Desk,
        area: str,
        mode_boleh: tuple[str, ...],
        *,
        kasi: str | None = None,
        mode_awal: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        lay = QFormLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.pejabatCombo = QComboBox()
        beri_nama(self.pejabatCombo, "pejabatCombo", "Pejabat yang memutuskan")
        for mode, label in pilihan(desk, area, mode_boleh, kasi):
            self.pejabatCombo.addItem(label, mode)
        if mode_awal is not None and self.pejabatCombo.findData(mode_awal) >= 0:
            self.pejabatCombo.setCurrentIndex(self.pejabatCombo.findData(mode_awal))
        lay.addRow("&Pejabat:", self.pejabatCombo)
        now = desk.sekarang()
        self.tanggalEdit = TanggalEdit(tanggal=now.date())
        beri_nama(self.tanggalEdit, "waktuTanggalEdit", "Tanggal pejabat")
        self.jamEdit = QLineEdit(now.strftime("%H.%M"))
        beri_nama(self.jamEdit, "waktuJamEdit", "Jam pejabat (jj.mm)")
        self.jamEdit.setPlaceholderText("jj.mm")
        self.jamEdit.setMaxLength(5)
        self.jamEdit.setMaximumWidth(70)
        baris = QHBoxLayout()
        baris.addWidget(self.tanggalEdit, 1)
        jam = QLabel("&jam")
        jam.setBuddy(self.jamEdit)
        baris.addWidget(jam)
        baris.addWidget(self.jamEdit)
        label_tgl = QLabel("&Tanggal:")
        label_tgl.setBuddy(self.tanggalEdit)
        lay.addRow(label_tgl, baris)
        if self.pejabatCombo.count() == 0:
            kosong = QLabel(
                "Tidak ada pejabat yang dapat Anda catat di sini: isi nama pejabat di "
                "Pengaturan > Pejabat, atau minta Admin menunjuk peran Anda."
            )
            kosong.setWordWrap(True)
            beri_nama(kosong, "tanpaPejabatLabel", "Tidak ada pejabat")
            lay.addRow(kosong)

    @property
    def widgets(self) -> dict[str, QWidget]:
        """Fields by the core's ``field`` names, for :func:`tampilkan_galat`."""
        return {"mode": self.pejabatCombo, "pejabat": self.pejabatCombo, "waktu": self.jamEdit}

    def atas_nama(self) -> AtasNama:
        """What was chosen and typed, or a ValidationError naming the field."""
        mode = self.pejabatCombo.currentData()
        if not mode:
            raise ValidationError("Pilih pejabat yang memutuskan.", "mode")
        tgl = self.tanggalEdit.periksa()
        m = _JAM.match(self.jamEdit.text())
        if tgl is None or not m or int(m[1]) > 23 or int(m[2]) > 59:
            raise ValidationError(
                "Jam ditulis jj.mm seperti tertulis di kertas, misalnya 10.42.", "waktu"
            )
        return AtasNama(mode, datetime(tgl.year, tgl.month, tgl.day, int(m[1]), int(m[2])))


class CatatPejabatDialog(QDialog):
    """Shows the document, asks who decided and when, and saves through ``simpan``.

    ``pdf`` shows a rendered letter (QtPdf), ``teks`` an HTML body (a surat keluar); ``ekstra``
    holds the step's own fields above the official's. ``simpan(atas_nama)`` is the core call;
    a core error stays in the dialog beside its field, nothing is saved.
    """

    def __init__(
        self,
        desk: Desk,
        judul: str,
        *,
        area: str,
        mode_boleh: tuple[str, ...],
        simpan: Callable[[AtasNama], Any],
        kasi: str | None = None,
        mode_awal: str | None = None,
        pdf: Path | None = None,
        teks: str | None = None,
        keterangan: str = "",
        ekstra: QWidget | None = None,
        teks_ok: str = "&Simpan",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        beri_nama(self, "catatPejabatDialog", judul)
        self.setWindowTitle(judul)
        self.desk = desk
        self._simpan_fn = simpan
        self.hasil: Any = None
        lay = QVBoxLayout(self)
        if pdf is not None:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self.doc = QPdfDocument(self)
            self.doc.load(str(pdf))
            self.dokumenView = QPdfView(self)
            beri_nama(self.dokumenView, "dokumenView", "Dokumen yang diputuskan")
            self.dokumenView.setDocument(self.doc)
            self.dokumenView.setPageMode(QPdfView.PageMode.MultiPage)
            self.dokumenView.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.dokumenView.setMinimumHeight(360)
            lay.addWidget(self.dokumenView, 1)
        elif teks is not None:
            self.dokumenView = QTextBrowser()
            beri_nama(self.dokumenView, "dokumenView", "Dokumen yang diputuskan")
            self.dokumenView.setHtml(teks)
            self.dokumenView.setMinimumHeight(220)
            lay.addWidget(self.dokumenView, 1)
        if keterangan:
            label = QLabel(keterangan)
            label.setWordWrap(True)
            lay.addWidget(label)
        if ekstra is not None:
            if isinstance(ekstra, QPlainTextEdit):
                # a note or a reason: labelled by its accessible name, a few lines high
                label = QLabel(f"{ekstra.accessibleName() or 'Catatan'}:")
                label.setBuddy(ekstra)
                lay.addWidget(label)
                ekstra.setMaximumHeight(110)
            lay.addWidget(ekstra)
        self.isian = IsianPejabat(
            desk, area, mode_boleh, kasi=kasi, mode_awal=mode_awal, parent=self
        )
        lay.addWidget(self.isian)
        self.galatLabel = label_galat()
        lay.addWidget(self.galatLabel)
        self.buttonBox = tombol_dialog(self, teks_ok, self._simpan)
        lay.addWidget(self.buttonBox)
        # never taller than the screen: on 1024x768 a 760 px dialog put its buttons under
        # the screen's edge
        muat_di_layar(self, 720, 760 if pdf is not None else 520)
        if isinstance(ekstra, QPlainTextEdit):
            # the text the official wrote is what is typed first (the official is preselected);
            # typing it into the Pejabat list opened that list instead. Tab then goes to Pejabat.
            QWidget.setTabOrder(ekstra, self.isian.pejabatCombo)
            ekstra.setFocus()
        else:
            self.isian.pejabatCombo.setFocus()

    def _simpan(self) -> None:
        bersihkan_galat(self.galatLabel, self.isian.widgets)
        try:
            self.hasil = self._simpan_fn(self.isian.atas_nama())
        except BawangError as e:
            tampilkan_galat(self.galatLabel, e, self.isian.widgets)
            return
        self.accept()
