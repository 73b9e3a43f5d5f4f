"""The Laporan SKM dialog (from Kinerja): a period's IKM per unsur, the Sekcam's rencana tindak
lanjut, and the report PDF, its XLSX and the A4 poster."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.kinerja import Periode
from bawang_desk.core.layanan import LAYANAN
from bawang_desk.core.skm import HasilSKM, format_angka, periode_semester
from bawang_desk.core.teks import BULAN
from bawang_desk.ui.umum import Pekerja, beri_nama, jalankan, pesan_galat, tombol
from bawang_desk.ui.umum.alasan import pasang_keyboard

_Indeks = QModelIndex | QPersistentModelIndex


class ModelUnsur(QAbstractTableModel):
    """The nine unsur of a period: answers, Σ, NRR, NRR tertimbang, NRR x 25, mutu."""

    COL_KODE, COL_NAMA, COL_JAWABAN, COL_JUMLAH, COL_NRR, COL_TERTIMBANG, COL_KONVERSI, COL_MUTU = (
        range(8)
    )
    JUDUL = ("Kode", "Unsur", "Jawaban", "Jumlah nilai", "NRR", "NRR tertimbang", "NRR x 25",
             "Mutu")  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self._baris: list[tuple[str, ...]] = []

    def isi(self, hasil: HasilSKM | None) -> None:
        self.beginResetModel()
        self._baris = []
        if hasil is not None:
            rendah = {u.unsur.kode for u in hasil.indeks.terendah}
            for u in hasil.indeks.unsur:
                self._baris.append(
                    (
                        u.unsur.kode,
                        u.unsur.nama + (" (terendah)" if u.unsur.kode in rendah else ""),
                        str(u.terisi),
                        str(u.jumlah_nilai),
                        format_angka(u.nrr, 3),
                        format_angka(u.tertimbang, 3),
                        format_angka(u.konversi),
                        u.mutu.label if u.mutu else "-",
                    )
                )
        self.endResetModel()

    def rowCount(self, parent: _Indeks = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._baris)

    def columnCount(self, parent: _Indeks = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.JUDUL)

    def data(self, index: _Indeks, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._baris):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._baris[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.COL_JAWABAN:
            if index.column() == self.COL_MUTU:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.JUDUL):
            return self.JUDUL[section]
        return None


class LaporanSKMDialog(QDialog):
    """Choose a period and a service; read the IKM; type the rencana; print or export."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pasang_keyboard(self)
        self.desk = desk
        self.hasil: HasilSKM | None = None
        self._pratinjau = None
        self._pekerja: list[Pekerja] = []
        self._nomor = 0
        beri_nama(self, "laporanSkmDialog", "Laporan Survei Kepuasan Masyarakat")
        self.setWindowTitle("Survei Kepuasan Masyarakat")
        self.resize(980, 640)
        lay = QVBoxLayout(self)

        bar = QHBoxLayout()
        label = QLabel("&Periode:")
        bar.addWidget(label)
        self.jenisCombo = QComboBox()
        beri_nama(self.jenisCombo, "jenisPeriodeCombo", "Jenis periode")
        label.setBuddy(self.jenisCombo)
        for teks, data in (("Bulan", "bulan"), ("Semester", "semester"), ("Tahun", "tahun")):
            self.jenisCombo.addItem(teks, data)
        self.bulanCombo = QComboBox()
        beri_nama(self.bulanCombo, "bulanCombo", "Bulan")
        for i, nama in enumerate(BULAN, 1):
            self.bulanCombo.addItem(nama, i)
        self.semesterCombo = QComboBox()
        beri_nama(self.semesterCombo, "semesterCombo", "Semester")
        self.semesterCombo.addItem("Semester I (Januari-Juni)", 1)
        self.semesterCombo.addItem("Semester II (Juli-Desember)", 2)
        self.tahunSpin = QSpinBox()
        beri_nama(self.tahunSpin, "tahunSpin", "Tahun")
        self.tahunSpin.setRange(2000, 2100)
        hari_ini = desk.sekarang().date()
        self.tahunSpin.setValue(hari_ini.year)
        self.bulanCombo.setCurrentIndex(hari_ini.month - 1)
        self.semesterCombo.setCurrentIndex(0 if hari_ini.month <= 6 else 1)
        label_l = QLabel("&Layanan:")
        self.layananCombo = QComboBox()
        beri_nama(self.layananCombo, "layananCombo", "Layanan")
        label_l.setBuddy(self.layananCombo)
        self.layananCombo.addItem("Semua layanan", None)
        for kode, info in LAYANAN.items():
            self.layananCombo.addItem(info.nama, kode)
        for w in (self.jenisCombo, self.bulanCombo, self.semesterCombo, self.tahunSpin, label_l,
                  self.layananCombo):  # fmt: skip
            bar.addWidget(w)
        bar.addStretch(1)
        lay.addLayout(bar)

        self.ringkasanLabel = QLabel()
        beri_nama(self.ringkasanLabel, "ringkasanLabel", "Ringkasan IKM")
        self.ringkasanLabel.setWordWrap(True)
        self.ringkasanLabel.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.ringkasanLabel)

        self.model = ModelUnsur()
        self.table = QTableView()
        beri_nama(self.table, "unsurTable", "Nilai per unsur")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            ModelUnsur.COL_NAMA, QHeaderView.ResizeMode.Stretch
        )
        lay.addWidget(self.table, 1)

        label_r = QLabel(
            "&Rencana tindak lanjut (diketik Sekretaris Kecamatan, dicetak di laporan):"
        )
        lay.addWidget(label_r)
        self.rencanaEdit = QPlainTextEdit()
        beri_nama(self.rencanaEdit, "rencanaEdit", "Rencana tindak lanjut")
        self.rencanaEdit.setTabChangesFocus(True)
        self.rencanaEdit.setMaximumHeight(110)
        label_r.setBuddy(self.rencanaEdit)
        lay.addWidget(self.rencanaEdit)

        bawah = QHBoxLayout()
        self.simpanRencanaButton = tombol("&Simpan rencana", "simpanRencanaButton")
        self.cetakButton = tombol("&Cetak laporan...", "cetakLaporanSkmButton")
        self.eksporButton = tombol("&Ekspor XLSX...", "eksporSkmButton")
        self.posterButton = tombol("Poster &A4...", "posterSkmButton")
        self.tutupButton = tombol("&Tutup", "tutupButton")
        self.statusLabel = QLabel()
        beri_nama(self.statusLabel, "statusLabel", "Keterangan")
        self.statusLabel.setWordWrap(True)
        bawah.addWidget(self.simpanRencanaButton)
        bawah.addWidget(self.statusLabel, 1)
        for b in (self.cetakButton, self.eksporButton, self.posterButton, self.tutupButton):
            bawah.addWidget(b)
        lay.addLayout(bawah)

        boleh_rencana = desk.boleh("skm.tindak_lanjut")
        self.rencanaEdit.setReadOnly(not boleh_rencana)
        self.simpanRencanaButton.setEnabled(boleh_rencana)
        if not boleh_rencana:
            self.simpanRencanaButton.setToolTip(
                "Rencana tindak lanjut diketik oleh Sekretaris Kecamatan."
            )
        for c in (self.jenisCombo, self.bulanCombo, self.semesterCombo, self.layananCombo):
            c.currentIndexChanged.connect(self.hitung)
        self.tahunSpin.valueChanged.connect(self.hitung)
        self.simpanRencanaButton.clicked.connect(self.simpan_rencana)
        self.cetakButton.clicked.connect(self.cetak)
        self.eksporButton.clicked.connect(self.ekspor)
        self.posterButton.clicked.connect(self.poster)
        self.tutupButton.clicked.connect(self.accept)
        self.hitung()

    # ------------------------------------------------------------------ figures

    def periode(self) -> Periode:
        tahun = self.tahunSpin.value()
        jenis = self.jenisCombo.currentData()
        if jenis == "tahun":
            return Periode.tahun(tahun)
        if jenis == "semester":
            return periode_semester(tahun, self.semesterCombo.currentData())
        return Periode.bulan(tahun, self.bulanCombo.currentData())

    def hitung(self) -> None:
        """Compute the chosen period in a worker thread on its own connection (a year of
        hand-overs is counted from the step records), so the dialog never stalls; the latest
        choice wins."""
        jenis = self.jenisCombo.currentData()
        self.bulanCombo.setVisible(jenis == "bulan")
        self.semesterCombo.setVisible(jenis == "semester")
        periode, layanan, desk = self.periode(), self.layananCombo.currentData(), self.desk
        self._nomor += 1
        nomor = self._nomor

        def job(d: Desk, _progress):
            try:
                return nomor, d.skm.rekap(periode, layanan), ""
            except BawangError as e:
                return nomor, None, str(e)

        self.hasil = None
        self._tombol()
        self.statusLabel.setText(f"Menghitung {periode.label}...")
        self._pekerja = [p for p in self._pekerja if p.berjalan()]
        self._pekerja.append(
            jalankan(self, job, desk=desk, selesai=self._selesai, gagal=self._gagal)
        )

    def _gagal(self, pesan: str) -> None:
        self.model.isi(None)
        self.ringkasanLabel.setText(pesan)
        self.statusLabel.clear()

    def _selesai(self, hasil: tuple[int, HasilSKM | None, str]) -> None:
        nomor, h, pesan = hasil
        if nomor != self._nomor:
            return  # an older choice finishing late
        if h is None:
            self._gagal(pesan)
            return
        self.hasil = h
        self.statusLabel.clear()
        self.model.isi(h)
        self.rencanaEdit.setPlainText(h.rencana_tindak_lanjut)
        i = h.indeks
        if i.konversi is None:
            ikm = f"<b>Belum ada responden</b> pada {h.periode.label}."
        else:
            ikm = (
                f"<b style='font-size:15pt'>IKM {format_angka(i.konversi)}</b> &nbsp; "
                f"mutu <b>{i.mutu.huruf}</b> ({i.mutu.kinerja}), {h.responden} responden "
                f"({h.responden_loket} di layar loket, {h.responden_kertas} kertas)."
            )
        if h.populasi:
            sampel = (
                f"{h.populasi} layanan diserahkan; sampel minimum Krejcie-Morgan "
                f"{h.sampel_minimum}: "
                + ("<b>terpenuhi</b>." if h.memenuhi_sampel else
                   f"<b style='color:#a40000'>kurang {h.sampel_minimum - h.responden}</b>.")
            )  # fmt: skip
        else:
            sampel = "Tidak ada layanan yang diserahkan pada periode ini."
        self.ringkasanLabel.setText(f"{ikm}<br>{sampel}")
        self._tombol()

    def done(self, r: int) -> None:
        for pk in self._pekerja:
            pk.hentikan()
        super().done(r)

    def _tombol(self) -> None:
        ada = self.hasil is not None
        for b in (self.cetakButton, self.eksporButton, self.posterButton):
            b.setEnabled(ada)

    # ------------------------------------------------------------------ actions

    def simpan_rencana(self) -> bool:
        try:
            self.desk.skm.simpan_rencana(self.periode(), self.rencanaEdit.toPlainText())
        except BawangError as e:
            pesan_galat(self, "Rencana tindak lanjut", e)
            return False
        if self.hasil is not None:
            from dataclasses import replace

            self.hasil = replace(
                self.hasil,
                rencana_tindak_lanjut=self.desk.skm.rencana_tindak_lanjut(self.periode()),
            )
        self.statusLabel.setText("Rencana tindak lanjut tersimpan.")
        return True

    def _rencana_berubah(self) -> bool:
        return (
            self.hasil is not None
            and self.desk.boleh("skm.tindak_lanjut")
            and self.rencanaEdit.toPlainText().strip() != self.hasil.rencana_tindak_lanjut
        )

    def cetak(self) -> Path | None:
        """The report PDF in the print folder (an unsaved rencana is saved first), previewed."""
        if self._rencana_berubah() and not self.simpan_rencana():
            return None
        if self.hasil is None:
            return None
        from bawang_desk.documents.skm import cetak_laporan_skm
        from bawang_desk.ui.umum.pratinjau import tampilkan_pdf

        try:
            path = cetak_laporan_skm(self.desk, self.hasil)
        except Exception as e:
            pesan_galat(self, "Cetak laporan survei kepuasan", e)
            return None
        self._pratinjau = tampilkan_pdf(path, f"Laporan SKM {self.hasil.periode.label}", self)
        self.statusLabel.setText(f"Laporan disimpan di {path}")
        return path

    def poster(self) -> Path | None:
        if self.hasil is None:
            return None
        from bawang_desk.documents.skm import cetak_poster_skm
        from bawang_desk.ui.umum.pratinjau import tampilkan_pdf

        try:
            path = cetak_poster_skm(self.desk, self.hasil)
        except Exception as e:
            pesan_galat(self, "Poster hasil survei", e)
            return None
        self._pratinjau = tampilkan_pdf(path, f"Poster SKM {self.hasil.periode.label}", self)
        self.statusLabel.setText(f"Poster disimpan di {path}")
        return path

    def ekspor(self) -> Path | None:
        if self._rencana_berubah() and not self.simpan_rencana():
            return None
        if self.hasil is None:
            return None
        from bawang_desk.documents.skm import ekspor_xlsx_skm, nama_berkas

        nama, _ = QFileDialog.getSaveFileName(
            self,
            "Simpan laporan survei kepuasan",
            str(Path.home() / f"laporan-skm-{nama_berkas(self.hasil)}.xlsx"),
            "Lembar kerja (*.xlsx)",
        )
        if not nama:
            return None
        try:
            path = ekspor_xlsx_skm(self.desk, self.hasil, nama)
        except Exception as e:
            pesan_galat(self, "Ekspor laporan survei kepuasan", e)
            return None
        self.statusLabel.setText(f"XLSX disimpan di {path}")
        return path
