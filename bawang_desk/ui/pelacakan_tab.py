"""The Pelacakan SOP tab: start a run of any catalog SOP, see its steps and deadlines, tick them.

Left: the runs (newest first). Right: the chosen run's steps with deadline, responsible role,
tick date and output document; late steps are shown in red. Starting and ticking go through
:class:`~bawang_desk.core.pelacakan_sop.PelacakanManager`, which checks roles and audits.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.catalog import load_catalog
from bawang_desk.core.desk import Desk
from bawang_desk.core.pelacakan_sop import LangkahPelacakan, PelacakanSOP, satuan_sop
from bawang_desk.core.teks import tanggal_pendek
from bawang_desk.ui.model import ModelBaris
from bawang_desk.ui.umum import (
    beri_nama,
    bersihkan_galat,
    label_galat,
    tampilkan_galat,
    tombol_dialog,
)

_MERAH = QColor("#a40000")
_LATAR_MERAH = QColor("#fbe3e3")


def _waktu(t: datetime | None) -> str:
    return f"{tanggal_pendek(t.date())} {t:%H:%M}" if t else "-"


class ModelLangkah(ModelBaris[LangkahPelacakan]):
    """The steps of one run; an open step past its deadline, or one ticked late, is red."""

    COL_NO, COL_URAIAN, COL_PERAN, COL_BAKU, COL_BATAS, COL_SELESAI, COL_DOKUMEN = range(7)
    HEADERS: ClassVar[tuple[str, ...]] = (
        "No.",
        "Uraian",
        "Penanggung jawab",
        "Waktu baku",
        "Batas waktu",
        "Selesai",
        "Dokumen keluaran",
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sekarang = datetime.now()

    def nilai(self, lk: LangkahPelacakan, kolom: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(lk.langkah),
                lk.uraian,
                f"{lk.label_peran} ({lk.pelaksana})",
                lk.waktu_baku or "-",
                _waktu(lk.batas) if lk.batas else "tanpa batas",
                _waktu(lk.selesai_pada) if lk.selesai else "belum",
                lk.dokumen,
            )[kolom]
        terlambat = lk.terlambat(self.sekarang)
        if role == Qt.ItemDataRole.ForegroundRole and terlambat:
            return QBrush(_MERAH)
        if role == Qt.ItemDataRole.BackgroundRole and terlambat and not lk.selesai:
            return QBrush(_LATAR_MERAH)
        if role == Qt.ItemDataRole.ToolTipRole:
            if terlambat:
                return "Terlambat dari batas waktu SOP"
            return lk.uraian if kolom == self.COL_URAIAN else None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and terlambat:
            return "terlambat"
        return None


class MulaiDialog(QDialog):
    """Choose an SOP, a start date and time, a title, and calendar or working days."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        beri_nama(self, "mulaiPelacakanDialog", "Mulai pelacakan SOP")
        self.setWindowTitle("Mulai pelacakan SOP")
        self.desk = desk
        self.hasil: PelacakanSOP | None = None
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.sopCombo = QComboBox()
        beri_nama(self.sopCombo, "sopCombo", "SOP")
        for sop in load_catalog():
            if sop.langkah:
                nomor = f" ({sop.nomor})" if sop.nomor else ""
                self.sopCombo.addItem(f"{sop.nama}{nomor}", sop.kode)
        i = self.sopCombo.findData("kinerja-pengumpulan")
        if i >= 0:
            self.sopCombo.setCurrentIndex(i)
        self.judulEdit = QLineEdit()
        beri_nama(self.judulEdit, "judulEdit", "Judul pelacakan")
        self.judulEdit.setPlaceholderText("mis. Laporan Kinerja 2026 (boleh dikosongkan)")
        sekarang = desk.sekarang()
        self.tanggalEdit = QDateEdit(QDate(sekarang.date()))
        beri_nama(self.tanggalEdit, "tanggalMulaiEdit", "Tanggal mulai")
        self.tanggalEdit.setCalendarPopup(True)
        self.tanggalEdit.setDisplayFormat("dd-MM-yyyy")
        self.jamEdit = QTimeEdit(QTime(sekarang.hour, sekarang.minute))
        beri_nama(self.jamEdit, "jamMulaiEdit", "Jam mulai")
        self.hariKerjaCheck = QCheckBox("Hitung hari kerja (Senin-Jumat, jam 07.30-16.00)")
        beri_nama(self.hariKerjaCheck, "hariKerjaCheck", "Hitung hari kerja")
        self.infoLabel = QLabel()
        beri_nama(self.infoLabel, "infoLabel", "Keterangan SOP")
        self.infoLabel.setWordWrap(True)
        form.addRow("&SOP:", self.sopCombo)
        form.addRow("&Judul:", self.judulEdit)
        form.addRow("&Tanggal mulai:", self.tanggalEdit)
        form.addRow("Ja&m mulai:", self.jamEdit)
        form.addRow("", self.hariKerjaCheck)
        form.addRow("", self.infoLabel)
        lay.addLayout(form)
        self.galatLabel = label_galat()
        lay.addWidget(self.galatLabel)
        self.buttonBox = tombol_dialog(self, "&Mulai", self.simpan)
        lay.addWidget(self.buttonBox)
        self.sopCombo.currentIndexChanged.connect(self._info)
        self._info()

    def _info(self) -> None:
        sop = load_catalog()[self.sopCombo.currentData()]
        self.infoLabel.setText(
            f"{len(sop.langkah)} langkah; satuan waktu baku: {satuan_sop(sop)}. Tanpa centang "
            "hari kerja, hari dihitung hari kalender seperti tertulis di SOP."
        )

    def simpan(self) -> None:
        mulai = QDateTime(self.tanggalEdit.date(), self.jamEdit.time()).toPython()
        widgets = {"mulai": self.tanggalEdit, "judul": self.judulEdit, "sop": self.sopCombo}
        bersihkan_galat(self.galatLabel, widgets)
        try:
            self.hasil = self.desk.pelacakan.mulai(
                self.sopCombo.currentData(),
                mulai,
                judul=self.judulEdit.text(),
                hari_kerja=self.hariKerjaCheck.isChecked(),
            )
        except Exception as e:
            tampilkan_galat(self.galatLabel, e, widgets)
            return
        self.accept()


class CentangDialog(QDialog):
    """Tick the next step: the date (and time) it was done and its output document."""

    def __init__(
        self, desk: Desk, run: PelacakanSOP, lk: LangkahPelacakan, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        beri_nama(self, "centangLangkahDialog", "Centang langkah SOP")
        self.setWindowTitle(f"Langkah {lk.langkah} selesai")
        self.desk, self.run, self.lk = desk, run, lk
        self.hasil: PelacakanSOP | None = None
        lay = QVBoxLayout(self)
        uraian = QLabel(f"<b>Langkah {lk.langkah}.</b> {lk.uraian}")
        uraian.setWordWrap(True)
        lay.addWidget(uraian)
        form = QFormLayout()
        sekarang = desk.sekarang()
        self.tanggalEdit = QDateEdit(QDate(sekarang.date()))
        beri_nama(self.tanggalEdit, "tanggalSelesaiEdit", "Tanggal selesai")
        self.tanggalEdit.setCalendarPopup(True)
        self.tanggalEdit.setDisplayFormat("dd-MM-yyyy")
        self.jamEdit = QTimeEdit(QTime(sekarang.hour, sekarang.minute))
        beri_nama(self.jamEdit, "jamSelesaiEdit", "Jam selesai")
        self.dokumenEdit = QLineEdit(lk.output_sop)
        beri_nama(self.dokumenEdit, "dokumenEdit", "Dokumen keluaran")
        self.dokumenEdit.setPlaceholderText("nama/nomor dokumen keluaran langkah ini")
        self.catatanEdit = QLineEdit()
        beri_nama(self.catatanEdit, "catatanEdit", "Catatan")
        form.addRow("&Tanggal selesai:", self.tanggalEdit)
        form.addRow("&Jam selesai:", self.jamEdit)
        form.addRow("&Dokumen keluaran:", self.dokumenEdit)
        form.addRow("&Catatan:", self.catatanEdit)
        lay.addLayout(form)
        self.galatLabel = label_galat()
        lay.addWidget(self.galatLabel)
        self.buttonBox = tombol_dialog(self, "&Simpan", self.simpan)
        lay.addWidget(self.buttonBox)

    def simpan(self) -> None:
        tanggal = QDateTime(self.tanggalEdit.date(), self.jamEdit.time()).toPython()
        widgets = {"tanggal": self.tanggalEdit, "dokumen": self.dokumenEdit}
        bersihkan_galat(self.galatLabel, widgets)
        try:
            self.hasil = self.desk.pelacakan.centang(
                self.run.id,
                self.lk.langkah,
                tanggal=tanggal,
                dokumen=self.dokumenEdit.text(),
                catatan=self.catatanEdit.text(),
            )
        except Exception as e:
            tampilkan_galat(self.galatLabel, e, widgets)
            return
        self.accept()


class PelacakanSopTab(QWidget):
    """Runs of catalog SOPs followed as work: start one, see deadlines, tick the next step."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.run: PelacakanSOP | None = None
        beri_nama(self, "pelacakanSopTab", "Pelacakan SOP")
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.mulaiButton = QPushButton("&Mulai pelacakan SOP...")
        beri_nama(self.mulaiButton, "mulaiButton", "Mulai pelacakan SOP")
        self.centangButton = QPushButton("&Centang langkah berikut...")
        beri_nama(self.centangButton, "centangButton", "Centang langkah berikut")
        self.muatButton = QPushButton("M&uat ulang")
        beri_nama(self.muatButton, "muatUlangButton", "Muat ulang")
        for b in (self.mulaiButton, self.centangButton, self.muatButton):
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.daftarList = QListWidget()
        beri_nama(self.daftarList, "daftarPelacakanList", "Daftar pelacakan SOP")
        split.addWidget(self.daftarList)
        kanan = QWidget()
        kl = QVBoxLayout(kanan)
        kl.setContentsMargins(0, 0, 0, 0)
        self.judulLabel = QLabel("Pilih atau mulai pelacakan SOP.")
        beri_nama(self.judulLabel, "judulLabel", "Judul pelacakan")
        self.judulLabel.setWordWrap(True)
        kl.addWidget(self.judulLabel)
        self.model = ModelLangkah(self)
        self.table = QTableView()
        beri_nama(self.table, "langkahTable", "Langkah SOP yang dilacak")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            ModelLangkah.COL_URAIAN, QHeaderView.ResizeMode.Stretch
        )
        self.table.setWordWrap(True)
        kl.addWidget(self.table, 1)
        self.statusLabel = QLabel()
        beri_nama(self.statusLabel, "statusLabel", "Keterangan")
        self.statusLabel.setWordWrap(True)
        kl.addWidget(self.statusLabel)
        split.addWidget(kanan)
        split.setStretchFactor(1, 4)
        lay.addWidget(split, 1)

        self.mulaiButton.clicked.connect(self.mulai)
        self.centangButton.clicked.connect(self.centang)
        self.muatButton.clicked.connect(self.muat)
        self.daftarList.currentRowChanged.connect(self._pilih)
        self.mulaiButton.setEnabled(desk.boleh("pelacakan.mulai"))
        self.muat()

    def muat(self, pilih_id: int | None = None) -> None:
        """Reload the runs; keep (or move to) the chosen one."""
        if pilih_id is None and self.run is not None:
            pilih_id = self.run.id
        try:
            runs = self.desk.pelacakan.daftar()
        except Exception as e:
            self.statusLabel.setText(str(e))
            runs = []
        self._runs = runs
        self.daftarList.blockSignals(True)
        self.daftarList.clear()
        sekarang = self.desk.sekarang()
        baris = 0
        for i, r in enumerate(runs):
            telat = sum(1 for lk in r.langkah if not lk.selesai and lk.terlambat(sekarang))
            teks = f"{r.judul}\n{r.label_status}, mulai {tanggal_pendek(r.mulai.date())}"
            if telat:
                teks += f", {telat} langkah terlambat"
            item = QListWidgetItem(teks)
            if telat:
                item.setForeground(QBrush(_MERAH))
            self.daftarList.addItem(item)
            if r.id == pilih_id:
                baris = i
        self.daftarList.blockSignals(False)
        if runs:
            self.daftarList.setCurrentRow(baris)
            self._pilih(baris)
        else:
            self._tampilkan(None)

    def buka_id(self, pelacakan_id: int) -> None:
        """Show one run (opened from the Beranda's late steps)."""
        self.muat(pilih_id=pelacakan_id)
        self.table.setFocus()

    def _pilih(self, baris: int) -> None:
        self._tampilkan(self._runs[baris] if 0 <= baris < len(self._runs) else None)

    def _tampilkan(self, run: PelacakanSOP | None) -> None:
        self.run = run
        self.model.sekarang = self.desk.sekarang()
        self.model.set_rows(run.langkah if run else ())
        self.table.resizeRowsToContents()
        if run is None:
            self.judulLabel.setText(
                "Belum ada pelacakan SOP. Tekan \u201cMulai pelacakan SOP\u201d."
            )
            self.centangButton.setEnabled(False)
            return
        akhir = run.batas_akhir
        self.judulLabel.setText(
            f"<b>{run.judul}</b> - {run.nama_sop}<br>Mulai {_waktu(run.mulai)}"
            f"{', batas akhir ' + _waktu(akhir) if akhir else ''}"
            f"{' (hari kerja)' if run.hari_kerja else ' (hari kalender)'} - {run.label_status}"
        )
        berikut = run.langkah_berikut
        self.centangButton.setEnabled(run.status == "berjalan" and berikut is not None)
        telat = [lk for lk in run.langkah if lk.terlambat(self.model.sekarang) and not lk.selesai]
        self.statusLabel.setText(
            f"{len(telat)} langkah terlambat (ditandai merah)."
            if telat
            else "Tidak ada langkah yang terlambat."
        )

    def mulai(self) -> PelacakanSOP | None:
        dlg = MulaiDialog(self.desk, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil is not None:
            self.muat(dlg.hasil.id)
            return dlg.hasil
        return None

    def centang(self) -> PelacakanSOP | None:
        if self.run is None or self.run.langkah_berikut is None:
            return None
        dlg = CentangDialog(self.desk, self.run, self.run.langkah_berikut, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil is not None:
            self.muat(dlg.hasil.id)
            return dlg.hasil
        return None
