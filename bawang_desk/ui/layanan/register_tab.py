"""The Register Layanan tab: each service's register searched as you type, printed or exported per period."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.layanan import LABEL_STATUS, LAYANAN, BarisRegister
from bawang_desk.core.teks import tanggal_pendek
from bawang_desk.ui.layanan.periode_dialog import PeriodeDialog
from bawang_desk.ui.umum import beri_nama, pesan_galat
from bawang_desk.ui.umum.kolom import atur_kolom
from bawang_desk.ui.umum.pekerja import Pekerja, jalankan

_Index = QModelIndex | QPersistentModelIndex
HALAMAN = 200


class RegisterModel(QAbstractTableModel):
    """Applications of one service (or all), newest first, fetched a page at a time."""

    COL_NOMOR, COL_TANGGAL, COL_LAYANAN, COL_NIK, COL_NAMA, COL_DESA, COL_RINCIAN, COL_STATUS = (
        range(8)
    )
    HEADERS = ("Nomor register", "Tanggal", "Layanan", "NIK", "Nama", "Desa", "Rincian", "Status")

    def __init__(self, desk: Desk | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._rows: list[BarisRegister] = []
        self._teks = ""
        self._layanan: str | None = None
        self._lagi = False

    def muat(self, teks: str = "", layanan: str | None = None) -> None:
        self._teks, self._layanan = teks, layanan
        self.beginResetModel()
        self._rows = []
        if self.desk is not None and self.desk.boleh("layanan.lihat"):
            self._rows = self.desk.layanan.cari(teks, layanan=layanan, batas=HALAMAN)
        self._lagi = len(self._rows) == HALAMAN
        self.endResetModel()

    def baris(self, row: int) -> BarisRegister:
        return self._rows[row]

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._lagi

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._lagi or self.desk is None:
            return
        baru = self.desk.layanan.cari(
            self._teks, layanan=self._layanan, offset=len(self._rows), batas=HALAMAN
        )
        self._lagi = len(baru) == HALAMAN
        if baru:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(baru) - 1)
            self._rows.extend(baru)
            self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        b = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = (
                "BATAL" if b.batal or b.status == "batal" else LABEL_STATUS.get(b.status, b.status)
            )
            if b.syarat_dilewati:
                status += " (syarat diloloskan Sekcam)"
            return (
                b.nomor or "(belum bernomor)",
                tanggal_pendek(date.fromisoformat(b.tanggal)),
                LAYANAN[b.layanan].nama if b.layanan in LAYANAN else b.layanan,
                b.nik,
                b.nama,
                b.desa,
                b.rincian(),
                status,
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and (b.batal or b.status == "batal"):
            return QBrush(QColor("#8a1c1c"))
        if role == Qt.ItemDataRole.ForegroundRole and not b.nomor:
            return QBrush(QColor("#6b6b6b"))  # not (yet) a line of the register
        if role == Qt.ItemDataRole.FontRole and not b.nomor:
            f = QFont()
            f.setItalic(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole and not b.nomor:
            return "Belum masuk register: nomor register diberikan saat permohonan ditandatangani."
        if role == Qt.ItemDataRole.ToolTipRole and b.syarat_dilewati:
            return f"Persyaratan diloloskan Sekcam: {b.syarat_dilewati}"
        return None


class RegisterLayananTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._dimuat = False
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.layananCombo = QComboBox()
        beri_nama(self.layananCombo, "layananCombo", "Register layanan")
        self.layananCombo.addItem("Semua layanan", "")
        for k, inf in LAYANAN.items():
            self.layananCombo.addItem(f"Register {inf.nama}", k)
        self.cariEdit = QLineEdit()
        beri_nama(self.cariEdit, "cariEdit", "Cari nama atau NIK")
        self.cariEdit.setPlaceholderText("Cari nama, NIK atau nomor register (042)...")
        self.cariEdit.setClearButtonEnabled(True)
        label = QLabel("&Cari:")
        label.setBuddy(self.cariEdit)
        self.cetakButton = QPushButton("Cetak &register...")
        beri_nama(self.cetakButton, "cetakRegisterButton", "Cetak atau ekspor register")
        self.harianButton = QPushButton("Cetak &harian...")
        beri_nama(self.harianButton, "cetakHarianButton", "Cetak harian Sekcam")
        bar.addWidget(self.layananCombo)
        bar.addWidget(label)
        bar.addWidget(self.cariEdit, 1)
        bar.addWidget(self.cetakButton)
        bar.addWidget(self.harianButton)
        lay.addLayout(bar)
        self.model = RegisterModel(desk, self)
        self.table = QTableView()
        beri_nama(self.table, "registerTable", "Register layanan")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        atur_kolom(
            self.table,
            regang=RegisterModel.COL_RINCIAN,
            # the Sekcam reads these back: never cut, the Rincian gives way
            utuh=(RegisterModel.COL_NOMOR, RegisterModel.COL_NIK),
        )
        lay.addWidget(self.table, 1)
        self.infoLabel = QLabel()
        beri_nama(self.infoLabel, "infoLabel", "Keterangan")
        lay.addWidget(self.infoLabel)
        self._tunda = QTimer(self)
        self._tunda.setSingleShot(True)
        self._tunda.setInterval(120)
        self._tunda.timeout.connect(self.muat)
        self.cariEdit.textChanged.connect(lambda _t: self._tunda.start())
        self.layananCombo.currentIndexChanged.connect(lambda _i: self.muat())
        self.layananCombo.currentIndexChanged.connect(lambda _i: self._atur_cetak())
        self.cetakButton.clicked.connect(self.cetak_register)
        self.harianButton.clicked.connect(self.cetak_harian)
        self._pekerja: list[Pekerja] = []
        self.hasil: Path | None = None
        self.perbarui_izin()

    def showEvent(self, ev) -> None:
        super().showEvent(ev)
        if not self._dimuat:
            self.muat()

    def hideEvent(self, ev) -> None:
        # a search typed just before the tab is closed must not run against a closed desk
        self._tunda.stop()
        super().hideEvent(ev)

    def perbarui_izin(self) -> None:
        boleh = self.desk.boleh("buku.cetak")
        self._atur_cetak()
        self.harianButton.setEnabled(boleh)
        self.harianButton.setToolTip("" if boleh else "Peran Anda tidak mencetak register layanan.")
        if self._dimuat:
            self.muat()

    def _atur_cetak(self) -> None:
        """ "Cetak register" prints one register: off (and saying why) for "Semua layanan"."""
        boleh = self.desk.boleh("buku.cetak")
        satu = bool(self.layananCombo.currentData())
        self.cetakButton.setEnabled(boleh and satu)
        if not boleh:
            alasan = "Peran Anda tidak mencetak register layanan."
        elif not satu:
            alasan = "Pilih satu register layanan (bukan \u201cSemua layanan\u201d) untuk dicetak."
        else:
            alasan = ""
        self.cetakButton.setToolTip(alasan)

    def muat(self) -> None:
        self._dimuat = True
        try:
            self.model.muat(self.cariEdit.text(), self.layananCombo.currentData() or None)
        except BawangError as e:
            self.infoLabel.setText(str(e))
            return
        lagi = "+" if self.model.canFetchMore() else ""
        self.infoLabel.setText(f"{self.model.rowCount()}{lagi} permohonan ditampilkan.")

    def _jalankan(self, job, judul: str) -> None:
        self.infoLabel.setText(f"Menyusun {judul.lower()}...")
        pk = jalankan(
            self,
            job,
            desk=self.desk,
            selesai=lambda p: self._selesai(Path(p), judul),
            gagal=lambda m: pesan_galat(self, judul, BawangError(m)),
        )
        self._pekerja = [p for p in self._pekerja if p.berjalan()] + [pk]

    def _selesai(self, path: Path, judul: str) -> None:
        self.infoLabel.setText(f"Tersimpan: {path}")
        if path.suffix == ".pdf":
            from bawang_desk.ui.umum.pratinjau import tampilkan_pdf

            self._pratinjau = tampilkan_pdf(path, judul, self)
        # set last: showing the preview runs the event loop, and whoever waits on ``hasil``
        # must find the preview already there
        self.hasil = path

    def cetak_register(
        self,
        *,
        periode: tuple[date, date] | None = None,
        bentuk: str = "pdf",
        target: Path | None = None,
    ) -> None:
        kode = self.layananCombo.currentData()
        if not kode:
            pesan_galat(
                self,
                "Cetak register",
                BawangError("Pilih dulu register layanan yang akan dicetak."),
            )
            return
        if periode is None:
            dlg = PeriodeDialog(self.desk, "Cetak register", self, ekspor=True)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            periode, bentuk = dlg.periode(), dlg.formatCombo.currentData()
        dari, sampai = periode
        if bentuk == "xlsx" and target is None:
            nama, _ = QFileDialog.getSaveFileName(
                self,
                "Simpan sebagai",
                f"register-{kode}-{dari:%Y%m%d}.xlsx",
                "Lembar kerja (*.xlsx)",
            )
            if not nama:
                return
            target = Path(nama)

        def job(d: Desk, progress) -> Path:
            from bawang_desk.documents.register_layanan import cetak_register, ekspor_register

            if bentuk == "xlsx":
                # the manifest rows (who, when, audit hash) come with the core export
                return ekspor_register(d, kode, dari, sampai, target)
            return cetak_register(d, kode, dari, sampai, target, progress)

        self._jalankan(job, f"Register {LAYANAN[kode].nama}")

    def cetak_harian(self, *, hari: date | None = None) -> None:
        if hari is None:
            dlg = PeriodeDialog(self.desk, "Cetak harian", self, satu_hari=True)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            hari = dlg.periode()[0]

        def job(d: Desk, _progress) -> Path:
            from bawang_desk.documents.register_layanan import cetak_harian

            return cetak_harian(d, hari)

        self._jalankan(job, "Cetak harian")
