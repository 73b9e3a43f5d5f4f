"""Pieces every Kepegawaian page shares: colours, date and MKG text, tables, the job glue, previews."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.teks import tanggal_pendek
from bawang_desk.ui.umum import (
    TanggalEdit,
    beri_nama,
    pesan_galat,
)
from bawang_desk.ui.umum.alasan import pasang_keyboard
from bawang_desk.ui.umum.kolom import atur_kolom
from bawang_desk.ui.umum.model import ModelBaris
from bawang_desk.ui.umum.pekerja import Pekerja, jalankan

MERAH = QColor("#8a1c1c")
KUNING = QColor("#fff4ce")
UR = Qt.ItemDataRole.UserRole
DR = Qt.ItemDataRole.DisplayRole


def teks_tanggal(d: date | None) -> str:
    return tanggal_pendek(d) if d else "-"


def teks_mkg(m: tuple[int, int] | None) -> str:
    return f"{m[0]} th {m[1]} bl" if m else "-"


def tanggal_edit(nama: str, aksesibel: str, d: date | None = None) -> TanggalEdit:
    """The app's date field, named for tests and screen readers."""
    w = TanggalEdit(tanggal=d)
    beri_nama(w, nama, aksesibel)
    return w


def buat_tabel(
    nama: str, aksesibel: str, model: ModelBaris, parent: QObject, *, multi: bool = False
):
    """A read-only QTableView over ``model`` through a sorting proxy (sort key in UserRole)."""
    table = QTableView()
    beri_nama(table, nama, aksesibel)
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(UR)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    atur_kolom(table, nama, utuh=("NIP", "Jabatan", "Pangkat/Gol."))  # the golongan is at its end
    return table, proxy


def baris_terpilih(table: QTableView, proxy: QSortFilterProxyModel) -> list[int]:
    """Source-model rows selected in ``table``, in screen order."""
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    return [proxy.mapToSource(proxy.index(r, 0)).row() for r in rows]


def label_galat_di(lay: QVBoxLayout) -> QLabel:
    label = QLabel()
    beri_nama(label, "errorLabel", "Pesan kesalahan")
    label.setStyleSheet("color: #a40000; font-weight: bold;")
    label.setWordWrap(True)
    label.setVisible(False)
    lay.addWidget(label)
    return label


def kotak_tombol(dlg: QDialog, lay: QVBoxLayout, teks: str) -> QDialogButtonBox:
    bb = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    beri_nama(bb, "buttonBox", "Tombol dialog")
    bb.button(QDialogButtonBox.StandardButton.Ok).setText(teks)
    bb.button(QDialogButtonBox.StandardButton.Cancel).setText("&Batal")
    bb.accepted.connect(dlg.accept)
    bb.rejected.connect(dlg.reject)
    lay.addWidget(bb)
    pasang_keyboard(dlg)
    return bb


class Pelari:
    """Runs a job on its own desk connection in a worker thread and hands back the result.

    Shared by the pages: the job gets a branch of the desk (same user) and never touches a
    widget; ``selesai`` runs back on the GUI thread.
    """

    def __init__(self, widget: QWidget, desk: Desk, info: QLabel) -> None:
        self.widget, self.desk, self.info = widget, desk, info
        self.pekerja: list[Pekerja] = []

    def jalankan(
        self,
        judul: str,
        job: Callable[[Desk, Callable[[int, int, str], None]], Any],
        selesai: Callable[[Any], None],
    ) -> None:
        self.info.setText(f"{judul}...")
        pk = jalankan(
            self.widget,
            job,
            desk=self.desk,
            kemajuan=lambda done, total, pesan: self.info.setText(pesan),
            selesai=selesai,
            gagal=lambda m: self._gagal(judul, m),
        )
        self.pekerja = [p for p in self.pekerja if p.berjalan()] + [pk]

    def _gagal(self, judul: str, pesan: str) -> None:
        self.info.setText(f"Gagal: {pesan}")
        pesan_galat(self.widget, judul, BawangError(pesan))

    def hentikan(self) -> None:
        for p in self.pekerja:
            p.hentikan()


def pratinjau_pdf(page: Any, path: Path, judul: str) -> None:
    """Show the PDF, then set ``page.hasil`` (whoever waits on it finds the preview open)."""
    from bawang_desk.ui.umum.pratinjau import tampilkan_pdf

    page.info.setText(f"Tersimpan: {path}")
    if Path(path).suffix == ".pdf":
        page.pratinjau = tampilkan_pdf(Path(path), judul, page)
    page.hasil = Path(path)
