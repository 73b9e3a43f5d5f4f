"""The Buku Nomor tab: every number issued per register and year, BATAL kept with its reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError, ValidationError
from bawang_desk.core.penomoran import NomorTerbit
from bawang_desk.core.teks import tanggal_pendek
from bawang_desk.ui.penomoran.ambil_nomor_dialog import AmbilNomorDialog
from bawang_desk.ui.umum import (
    beri_nama,
    konfirmasi,
    minta_alasan,
    pesan_galat,
)
from bawang_desk.ui.umum.dasar import pasang_pintasan
from bawang_desk.ui.umum.kolom import atur_kolom
from bawang_desk.ui.umum.model import ModelBaris
from bawang_desk.ui.umum.pekerja import jalankan

#: Numbers shown at once when the tab opens; the rest follow from a worker, up to BATAS.
PERTAMA = 300
BATAS = 5000


class NomorModel(ModelBaris[NomorTerbit]):
    """Numbers of one register (or all), newest first."""

    COL_NOMOR, COL_TANGGAL, COL_REGISTER, COL_PERIHAL, COL_STATUS, COL_OLEH = range(6)
    HEADERS = ("Nomor", "Tanggal", "Register", "Hal / perihal", "Status", "Diambil oleh")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._nama_register: dict[str, str] = {}

    def set_rows(self, rows: list[NomorTerbit], nama_register: dict[str, str]) -> None:
        self._nama_register = nama_register
        super().set_rows(rows)

    def nomor_di(self, row: int) -> NomorTerbit:
        return self.baris(row)

    def nilai(self, n: NomorTerbit, c: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                n.nomor_lengkap,
                tanggal_pendek(n.tanggal),
                self._nama_register.get(n.register, n.register),
                n.perihal_tampil,
                n.keterangan,
                n.dibuat_oleh or "",
            )[c]
        if role == Qt.ItemDataRole.UserRole:
            # sort keys: the number sorts per book (register), then (year, sequence), so with
            # "Semua register" KK 5 and KTP 5 do not interleave; the date by ISO text
            return (
                (self._nama_register.get(n.register, n.register), n.tahun, n.nomor),
                n.tanggal.isoformat(),
                n.register,
                n.perihal,
                n.status,
                n.dibuat_oleh or "",
            )[c]
        if role == Qt.ItemDataRole.ForegroundRole and n.batal:
            return QBrush(QColor("#8a1c1c"))
        if role == Qt.ItemDataRole.ToolTipRole and n.hilang:
            return (
                f"Nomor ini sudah diterbitkan, tetapi catatannya {n.alasan_batal}. "
                "Nomor ini tidak akan dipakai lagi."
            )
        if role == Qt.ItemDataRole.ToolTipRole and n.batal:
            return f"Nomor ini dibatalkan: {n.alasan_batal}"
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by the column's key, computed once per row.

        Sorting in the proxy asked ``data()`` (Python) twice per comparison: about 119,000
        calls for 5,000 numbers, half a second on the first open of the tab.
        """
        if not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        kunci = [self.nilai(n, column, Qt.ItemDataRole.UserRole) for n in self._rows]
        urutan = sorted(
            range(len(self._rows)),
            key=kunci.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [self._rows[i] for i in urutan]
        self.layoutChanged.emit()


class _SaringSaja(QSortFilterProxyModel):
    """Filters as the user types; sorting is the source model's own (see ``NomorModel.sort``)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._urut = (column, order)
        self.sourceModel().sort(column, order)

    def urut_lagi(self) -> None:
        """After new rows: the source sorts them the way the header shows."""
        column, order = getattr(self, "_urut", (-1, Qt.SortOrder.AscendingOrder))
        if column >= 0:
            self.sourceModel().sort(column, order)

    def setFilterFixedString(self, teks: str) -> None:
        """Text as typed; a number as staff type it ("42", "042/2026") also finds its entry
        by number and year, whatever the book's pattern (issue 12 item 3)."""
        from bawang_desk.core.surat_masuk import cari_nomor

        self._nomor = cari_nomor(teks)
        super().setFilterFixedString(teks)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        nomor = getattr(self, "_nomor", None)
        if nomor is not None:
            n = self.sourceModel().baris(row)
            if n.nomor == nomor[0] and (nomor[1] is None or n.tahun == nomor[1]):
                return True
        return super().filterAcceptsRow(row, parent)


class PenomoranTab(QWidget):
    """The number books, filterable by register and year, searchable by text."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.registerCombo = QComboBox()
        beri_nama(self.registerCombo, "registerCombo", "Register")
        # register names carry their classification's title: the box keeps a sane width (the
        # whole name shows in its list and tooltip) so the tab still fits 1024 px
        self.registerCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.registerCombo.setMinimumContentsLength(28)
        self.registerCombo.view().setMinimumWidth(520)
        self.tahunSpin = QSpinBox()
        beri_nama(self.tahunSpin, "tahunSpin", "Tahun")
        self.tahunSpin.setRange(2000, 2100)
        self.tahunSpin.setValue(desk.sekarang().year)
        self.cariEdit = QLineEdit()
        beri_nama(self.cariEdit, "cariEdit", "Cari nomor atau perihal")
        self.cariEdit.setPlaceholderText("Cari nomor atau perihal...")
        self.cariEdit.setClearButtonEnabled(True)
        self.ambilButton = QPushButton("&Ambil nomor...")
        beri_nama(self.ambilButton, "ambilNomorButton", "Ambil nomor")
        pasang_pintasan(self.ambilButton, "Ctrl+N")  # the Alt letter stays
        self.batalButton = QPushButton("Bata&lkan nomor...")
        beri_nama(self.batalButton, "batalNomorButton", "Batalkan nomor")
        for lbl, w in (("&Register:", self.registerCombo), ("&Tahun:", self.tahunSpin)):
            label = QLabel(lbl)
            label.setBuddy(w)
            bar.addWidget(label)
            bar.addWidget(w)
        bar.addWidget(self.cariEdit, 1)
        bar.addWidget(self.ambilButton)
        bar.addWidget(self.batalButton)
        lay.addLayout(bar)
        self.model = NomorModel(self)
        self.proxy = _SaringSaja(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        beri_nama(self.table, "nomorTable", "Daftar nomor")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NomorModel.COL_NOMOR, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # from the rows around the visible ones, not every cell on every reload
        atur_kolom(self.table, regang=NomorModel.COL_PERIHAL)
        lay.addWidget(self.table, 1)
        self.infoLabel = QLabel()
        beri_nama(self.infoLabel, "infoLabel", "Ringkasan")
        lay.addWidget(self.infoLabel)

        self.registerCombo.currentIndexChanged.connect(self.muat)
        self.tahunSpin.valueChanged.connect(self.muat)
        self.cariEdit.textChanged.connect(self.proxy.setFilterFixedString)
        self.ambilButton.clicked.connect(self.ambil_nomor)
        self.batalButton.clicked.connect(self.batalkan_nomor)
        self._dimuat = False
        self._permintaan = 0
        self._isi_register(muat=False)
        self.perbarui_izin()

    def showEvent(self, ev) -> None:
        super().showEvent(ev)
        if not self._dimuat:
            self.muat()

    def _isi_register(self, muat: bool = True) -> None:
        self._registers = self.desk.penomoran.registers()
        self.registerCombo.blockSignals(True)
        pilih = self.registerCombo.currentData()
        self.registerCombo.clear()
        self.registerCombo.addItem("Semua register", "")
        for r in self._registers:
            self.registerCombo.addItem(r.nama_tampil, r.kode)
            self.registerCombo.setItemData(
                self.registerCombo.count() - 1, r.nama_tampil, Qt.ItemDataRole.ToolTipRole
            )
        self.registerCombo.setCurrentIndex(max(0, self.registerCombo.findData(pilih)))
        self.registerCombo.blockSignals(False)
        if muat:
            self.muat()

    def perbarui_izin(self) -> None:
        self.ambilButton.setEnabled(self.desk.boleh("nomor.ambil"))
        self.batalButton.setEnabled(self.desk.boleh("nomor.batal"))

    def muat(self) -> None:
        """Load the numbers of the chosen register and year (on first show, not at start-up).

        The newest :data:`PERTAMA` come at once, so the tab opens in a blink; the rest (up to
        :data:`BATAS`) are read in a worker on its own connection and replace them a moment
        later (a ten-year book of 5,000 numbers took half a second to open).
        """
        self._dimuat = True
        register, tahun = self.registerCombo.currentData() or None, self.tahunSpin.value()
        self._permintaan += 1
        permintaan = self._permintaan
        rows = self.desk.penomoran.daftar(register, tahun, batas=PERTAMA)
        self._tampilkan(rows, lengkap=len(rows) < PERTAMA)
        if len(rows) < PERTAMA or self.desk.path is None:
            if len(rows) >= PERTAMA:  # in memory: one connection, read the rest here
                self._tampilkan(self.desk.penomoran.daftar(register, tahun, batas=BATAS), True)
            return
        desk = self.desk

        def job(_progress) -> object:
            d = desk.cabang()
            try:
                return permintaan, d.penomoran.daftar(register, tahun, batas=BATAS)
            finally:
                d.close()

        jalankan(self, job, selesai=self._sisa_dimuat)

    def _sisa_dimuat(self, hasil: object) -> None:
        permintaan, rows = hasil  # type: ignore[misc]
        if permintaan != self._permintaan:
            return  # the user chose another register or year meanwhile
        terpilih = self.nomor_terpilih()
        self._tampilkan(rows, lengkap=True)
        if terpilih is not None:
            for i in range(self.model.rowCount()):
                if self.model.nomor_di(i).id == terpilih.id:
                    self.table.selectRow(self.proxy.mapFromSource(self.model.index(i, 0)).row())
                    break

    def _tampilkan(self, rows: list[NomorTerbit], lengkap: bool) -> None:
        self.model.set_rows(rows, {r.kode: r.nama_tampil for r in self._registers})
        self.proxy.urut_lagi()
        hilang = sum(1 for r in rows if r.hilang)
        batal = sum(1 for r in rows if r.batal) - hilang
        lagi = "" if lengkap else " Memuat yang lebih lama..."
        teks_hilang = f", {hilang} hilang karena pemulihan" if hilang else ""
        self.infoLabel.setText(f"{len(rows)} nomor, {batal} batal{teks_hilang}.{lagi}")

    def ambil_nomor(self) -> None:
        dlg = AmbilNomorDialog(
            self.desk,
            [r for r in self._registers if r.jenis != "surat_masuk"],
            self,
            self.registerCombo.currentData() or None,
        )
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self._isi_register()
            self.infoLabel.setText(
                f"Nomor {dlg.hasil.nomor_lengkap} diambil untuk \u201c{dlg.hasil.perihal}\u201d."
            )

    def nomor_terpilih(self) -> NomorTerbit | None:
        idx = self.table.selectionModel().selectedRows()
        if not idx:
            return None
        return self.model.nomor_di(self.proxy.mapToSource(idx[0]).row())

    def batalkan_nomor(self) -> None:
        n = self.nomor_terpilih()
        if n is None:
            pesan_galat(
                self,
                "Batalkan nomor",
                ValidationError("Pilih dulu nomor yang akan dibatalkan di tabel."),
            )
            return
        alasan = minta_alasan(
            self,
            "Batalkan nomor",
            f"Nomor {n.nomor_lengkap} akan ditandai BATAL dan tidak dapat dipakai lagi.\n"
            "Tulis alasannya:",
            teks_ok="&Lanjut",
        )
        if alasan is None:
            return
        if not konfirmasi(
            self,
            "Batalkan nomor",
            f"Batalkan nomor {n.nomor_lengkap}? Tindakan ini tidak dapat diurungkan.",
            "Batalkan nomor",
        ):
            return
        try:
            self.desk.penomoran.batalkan(n.id, alasan)
        except BawangError as e:
            pesan_galat(self, "Batalkan nomor", e)
            return
        self.muat()
