"""The list behind a Beranda card, whose rows open the record in its own tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import beranda
from bawang_desk.ui.umum import beri_nama
from bawang_desk.ui.umum.kolom import atur_kolom
from bawang_desk.ui.umum.model import ModelBaris


class DaftarModel(ModelBaris[tuple[str, ...]]):
    """The rows behind one figure, as the core gives them."""

    def __init__(self, daftar: beranda.Daftar) -> None:
        super().__init__()
        self.HEADERS = daftar.kolom  # type: ignore[misc]
        self.set_rows(daftar.baris)

    def nilai(self, baris: tuple[str, ...], kolom: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return baris[kolom]
        return None


class DaftarDialog(QDialog):
    """The list behind a figure; Enter or a double click opens the row in its tab."""

    def __init__(self, daftar: beranda.Daftar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        beri_nama(self, "daftarBerandaDialog", daftar.judul)
        self.setWindowTitle(daftar.judul)
        self.resize(900, 480)
        self.daftar = daftar
        self.dipilih: int | None = None
        v = QVBoxLayout(self)
        info = QLabel(
            f"{len(daftar.baris)} baris."
            + (" Tekan Enter atau klik dua kali untuk membuka." if daftar.tab else "")
        )
        v.addWidget(info)
        self.model = DaftarModel(daftar)
        self.table = QTableView()
        beri_nama(self.table, "daftarTable", daftar.judul)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        atur_kolom(self.table, "daftarBeranda")
        self.table.doubleClicked.connect(lambda _i: self.buka())
        self.table.activated.connect(lambda _i: self.buka())  # Enter on a row
        v.addWidget(self.table)
        tombol = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        tombol.button(QDialogButtonBox.StandardButton.Close).setText("Tutup")
        self.bukaButton = tombol.addButton("&Buka", QDialogButtonBox.ButtonRole.AcceptRole)
        beri_nama(self.bukaButton, "bukaButton", "Buka di tabnya")
        self.bukaButton.setEnabled(bool(daftar.tab and daftar.ids))
        self.bukaButton.setDefault(True)
        self.bukaButton.clicked.connect(self.buka)
        tombol.rejected.connect(self.reject)
        v.addWidget(tombol)
        if daftar.ids:
            self.table.selectRow(0)
        self.table.setFocus()

    def buka(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not self.daftar.tab:
            return
        self.dipilih = self.daftar.ids[rows[0].row()]
        self.accept()
