"""The Kinerja tab: a month or a year of real step times against the SOP standards, with the report."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.kinerja import LaporanKinerja, Periode, format_durasi, format_persen
from bawang_desk.core.teks import BULAN
from bawang_desk.ui.kinerja.grafik import GrafikBatang
from bawang_desk.ui.umum import beri_nama, pesan_galat
from bawang_desk.ui.umum.izin import atur_tombol, kalimat_tak_berwenang
from bawang_desk.ui.umum.model import ModelBaris
from bawang_desk.ui.umum.pekerja import Pekerja, jalankan


class ModelKinerja(ModelBaris[tuple]):
    """One row per SOP (the whole service, bold) and per step, as in section B of the report."""

    COL_SOP, COL_LANGKAH, COL_URAIAN, COL_STANDAR, COL_TERUKUR = range(5)
    COL_MEDIAN, COL_P90, COL_DALAM = range(5, 8)
    HEADERS: ClassVar[tuple[str, ...]] = (
        "SOP",
        "Langkah",
        "Uraian",
        "Standar SOP",
        "Terukur",
        "Median",
        "P90",
        "Dalam standar",
    )

    def isi(self, laporan: LaporanKinerja | None) -> None:
        rows: list[tuple] = []
        for s in laporan.sop if laporan else ():
            rows.append((s.nama, "Utuh", "Seluruh layanan yang selesai", s.baku_total, s.total, 1))
            rows += [(s.nama, str(lk.nomor), lk.uraian, lk.baku, lk.waktu, 0) for lk in s.langkah]
        self.set_rows(rows)

    def nilai(self, baris: tuple, kolom: int, role: int) -> Any:
        sop, langkah, uraian, baku, seb, utuh = baris
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                sop,
                langkah,
                uraian,
                format_durasi(baku.total_seconds()) if baku else "-",
                f"{seb.n:,}".replace(",", "."),
                format_durasi(seb.median),
                format_durasi(seb.p90),
                format_persen(seb.persen_dalam_standar),
            )[kolom]
        if role == Qt.ItemDataRole.UserRole:  # the sort key
            return (
                sop,
                -1 if utuh else int(langkah),
                uraian,
                baku.total_seconds() if baku else -1,
                seb.n,
                seb.median if seb.median is not None else -1,
                seb.p90 if seb.p90 is not None else -1,
                seb.persen_dalam_standar if seb.persen_dalam_standar is not None else -1,
            )[kolom]
        if role == Qt.ItemDataRole.FontRole and utuh:
            f = QFont()
            f.setBold(True)
            return f
        lewat = seb.median is not None and baku and seb.median > baku.total_seconds()
        if role == Qt.ItemDataRole.ForegroundRole and kolom == self.COL_MEDIAN and lewat:
            return QBrush(QColor("#a40000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and kolom >= self.COL_TERUKUR:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and kolom == self.COL_URAIAN:
            return uraian
        return None


class KinerjaTab(QWidget):
    """Pick a month or a year, compute in the background, read, print or export the figures."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.laporan: LaporanKinerja | None = None
        self._pekerja: Pekerja | None = None
        self._pratinjau = None
        beri_nama(self, "kinerjaTab", "Kinerja")
        lay = QVBoxLayout(self)

        bar = QHBoxLayout()
        bar.addWidget(QLabel("Periode:"))
        self.jenisCombo = QComboBox()
        beri_nama(self.jenisCombo, "jenisPeriodeCombo", "Jenis periode")
        self.jenisCombo.addItem("Bulan", "bulan")
        self.jenisCombo.addItem("Tahun", "tahun")
        self.bulanCombo = QComboBox()
        beri_nama(self.bulanCombo, "bulanCombo", "Bulan")
        for i, nama in enumerate(BULAN, 1):
            self.bulanCombo.addItem(nama, i)
        self.tahunSpin = QSpinBox()
        beri_nama(self.tahunSpin, "tahunSpin", "Tahun")
        self.tahunSpin.setRange(2000, 2100)
        hari_ini = desk.sekarang().date()
        self.tahunSpin.setValue(hari_ini.year)
        self.bulanCombo.setCurrentIndex(hari_ini.month - 1)
        self.hitungButton = QPushButton("&Hitung")
        beri_nama(self.hitungButton, "hitungButton", "Hitung kinerja")
        self.cetakButton = QPushButton("&Cetak laporan")
        beri_nama(self.cetakButton, "cetakButton", "Cetak laporan kinerja")
        self.eksporButton = QPushButton("&Ekspor XLSX")
        beri_nama(self.eksporButton, "eksporButton", "Ekspor XLSX laporan kinerja")
        for w in (self.jenisCombo, self.bulanCombo, self.tahunSpin, self.hitungButton):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.cetakButton)
        bar.addWidget(self.eksporButton)
        # the citizens' side of kinerja: the IKM of PermenPANRB 14/2017 and its report
        self.skmButton = QPushButton("Survei &kepuasan...")
        beri_nama(self.skmButton, "skmButton", "Survei Kepuasan Masyarakat")
        self.skmButton.setVisible(desk.boleh("skm.lihat"))
        self.skmButton.clicked.connect(self.buka_skm)
        bar.addWidget(self.skmButton)
        lay.addLayout(bar)

        split = QSplitter(Qt.Orientation.Vertical)
        self.grafik = GrafikBatang()
        beri_nama(self.grafik, "grafikKinerja", "Grafik median waktu layanan")
        split.addWidget(self.grafik)
        self.model = ModelKinerja(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        beri_nama(self.table, "kinerjaTable", "Tabel kinerja per SOP dan langkah")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            ModelKinerja.COL_URAIAN, QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().setVisible(False)
        split.addWidget(self.table)
        split.setStretchFactor(1, 3)
        lay.addWidget(split, 1)

        bawah = QHBoxLayout()
        self.statusLabel = QLabel("Pilih periode lalu tekan Hitung.")
        beri_nama(self.statusLabel, "statusLabel", "Keterangan")
        self.progress = QProgressBar()
        beri_nama(self.progress, "progressBar", "Kemajuan perhitungan")
        self.progress.setVisible(False)
        bawah.addWidget(self.statusLabel, 1)
        bawah.addWidget(self.progress)
        lay.addLayout(bawah)

        self.jenisCombo.currentIndexChanged.connect(self._jenis_berubah)
        self.hitungButton.clicked.connect(self.hitung)
        self.cetakButton.clicked.connect(self.cetak)
        self.eksporButton.clicked.connect(self.ekspor)
        self.perbarui_izin()

    # ------------------------------------------------------------------ actions

    def periode(self) -> Periode:
        tahun = self.tahunSpin.value()
        if self.jenisCombo.currentData() == "tahun":
            return Periode.tahun(tahun)
        return Periode.bulan(tahun, self.bulanCombo.currentData())

    def _jenis_berubah(self) -> None:
        self.bulanCombo.setEnabled(self.jenisCombo.currentData() == "bulan")

    def perbarui_izin(self) -> None:
        """After a login or a change of user: the Hitung button and the sentence follow the role."""
        self._perbarui_tombol()
        tolak = kalimat_tak_berwenang(self.desk, "kinerja.lihat", "laporan kinerja")
        self.statusLabel.setText(tolak or "Pilih periode lalu tekan Hitung.")
        self.skmButton.setVisible(self.desk.boleh("skm.lihat"))

    def _perbarui_tombol(self, sibuk: bool = False) -> None:
        atur_tombol(
            self.hitungButton,
            self.desk,
            "kinerja.lihat",
            "menghitung laporan kinerja",
            siap=not sibuk,
            belum="Sedang menghitung.",
        )
        ada = self.laporan is not None and not sibuk
        self.cetakButton.setEnabled(ada)
        self.eksporButton.setEnabled(ada)

    def hitung(self) -> None:
        """Compute the chosen period in a worker thread on its own connection."""
        periode = self.periode()

        def job(d: Desk, progress):
            return d.kinerja.hitung(periode, progress)

        self._perbarui_tombol(sibuk=True)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.statusLabel.setText(f"Menghitung kinerja {periode.label}...")
        self._pekerja = jalankan(
            self,
            job,
            desk=self.desk,
            kemajuan=self._kemajuan,
            selesai=self._selesai,
            gagal=self._gagal,
        )

    def _kemajuan(self, done: int, total: int, pesan: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.statusLabel.setText(pesan)

    def _selesai(self, laporan: LaporanKinerja) -> None:
        self.laporan = laporan
        self.model.isi(laporan)
        self.grafik.isi(
            [
                (_pendek(s.kode), 100.0 * s.total.median / s.baku_total.total_seconds())
                for s in laporan.sop
                if s.total.median is not None and s.baku_total
            ]
        )
        self.progress.setVisible(False)
        self._perbarui_tombol()
        self.statusLabel.setText(
            f"Kinerja {laporan.periode.label}: {laporan.jumlah_layanan:,} layanan/surat".replace(
                ",", "."
            )
        )

    def _gagal(self, pesan: str) -> None:
        self.progress.setVisible(False)
        self._perbarui_tombol()
        self.statusLabel.setText(f"Gagal: {pesan}")

    def cetak(self) -> Path | None:
        """The report PDF in the print folder, shown in the preview."""
        if self.laporan is None:
            return None
        from bawang_desk.documents.laporan_kinerja import cetak_laporan_kinerja
        from bawang_desk.ui.umum.pratinjau import tampilkan_pdf

        try:
            path = cetak_laporan_kinerja(self.desk, self.laporan)
        except Exception as e:
            pesan_galat(self, "Cetak laporan kinerja", e)
            return None
        self._pratinjau = tampilkan_pdf(path, f"Laporan Kinerja {self.laporan.periode.label}", self)
        self.statusLabel.setText(f"Laporan disimpan di {path}")
        return path

    def ekspor(self) -> Path | None:
        """The three tables as an XLSX where the user chooses."""
        if self.laporan is None:
            return None
        from bawang_desk.documents.laporan_kinerja import _nama_berkas, ekspor_xlsx_kinerja

        nama, _ = QFileDialog.getSaveFileName(
            self,
            "Simpan laporan kinerja",
            str(Path.home() / f"laporan-kinerja-{_nama_berkas(self.laporan)}.xlsx"),
            "Lembar kerja (*.xlsx)",
        )
        if not nama:
            return None
        try:
            path = ekspor_xlsx_kinerja(self.desk, self.laporan, nama)
        except Exception as e:
            pesan_galat(self, "Ekspor laporan kinerja", e)
            return None
        self.statusLabel.setText(f"XLSX disimpan di {path}")
        return path

    def buka_skm(self) -> None:
        """The Laporan Survei Kepuasan Masyarakat dialog (IKM, rencana, PDF, XLSX, poster)."""
        from bawang_desk.ui.skm.laporan_dialog import LaporanSKMDialog

        self._skm = LaporanSKMDialog(self.desk, self)
        self._skm.open()

    def closeEvent(self, event: Any) -> None:
        if self._pekerja is not None:
            self._pekerja.hentikan()
        super().closeEvent(event)


def _pendek(kode: str) -> str:
    from bawang_desk.documents.laporan_kinerja import NAMA_PENDEK

    return NAMA_PENDEK.get(kode, kode)
