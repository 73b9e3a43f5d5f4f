"""The Pelacakan SOP tab: catalog SOPs followed as tracked work, with deadlines and late steps in red."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.pelacakan_sop import LangkahPelacakan, PelacakanSOP
from bawang_desk.core.teks import tanggal_pendek
from bawang_desk.ui.kinerja.pelacakan_dialog import CentangDialog, MulaiDialog
from bawang_desk.ui.umum import (
    beri_nama,
)
from bawang_desk.ui.umum.model import ModelBaris

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
