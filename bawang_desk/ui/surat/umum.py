"""Pieces the Surat Masuk and Surat Keluar screens share: dates, the reply-to label, tables, buttons."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from bawang_desk.ui.umum import (
    beri_nama,
)
from bawang_desk.ui.umum.alasan import pasang_keyboard

#: Classification codes the office uses most (DOMAIN.md section 5); any other may be typed.
KODE_UMUM: dict[str, str] = {
    "400.12.2.2": "Pindah datang penduduk",
    "400.12.2.1": "Identitas penduduk (KK, KTP, surat keterangan pengganti)",
    "800.1.3.2": "Usulan kenaikan pangkat",
    "800.1.4.2": "Kenaikan pangkat penyesuaian ijazah",
    "800.1.11.13": "Usulan kenaikan gaji berkala",
    "100.2.2.5": "Fasilitasi pelayanan umum kecamatan",
}
GAYA_CATATAN = "background: #fff4ce; border: 1px solid #c9a400; padding: 4px; color: #3d2b00;"


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def tanggal_opsional(w: QDateEdit) -> date | None:
    return None if w.date() == w.minimumDate() else w.date().toPython()


def set_tanggal_opsional(w: QDateEdit, d: date | None) -> None:
    w.setDate(qdate(d) if d else w.minimumDate())


def label_surat_masuk(s: Any) -> str:
    """One line naming a surat masuk: agenda number, sender and hal."""
    return f"{s.nomor_agenda} \u2013 {s.pengirim}: {s.hal}"


def siapkan_tabel(table: QTableView, model: QAbstractTableModel, parent: QObject):
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    # no sort column until the user picks one: the core's order (newest first) stays
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    return proxy


def label_galat_di(lay: QVBoxLayout) -> QLabel:
    """The dialog's ``errorLabel`` (bold dark red, wrapped), added to ``lay``."""
    label = QLabel()
    beri_nama(label, "errorLabel", "Pesan kesalahan")
    label.setStyleSheet("color: #a40000; font-weight: bold;")
    label.setWordWrap(True)
    lay.addWidget(label)
    return label


def kotak_tombol(
    dlg: QDialog,
    lay: QVBoxLayout,
    tombol: QDialogButtonBox.StandardButton,
    teks: str,
    aksesibel: str,
) -> QDialogButtonBox:
    """The dialog's ``buttonBox``: ``tombol`` labelled ``teks`` and "&Batal", added to ``lay``."""
    bb = QDialogButtonBox(tombol | QDialogButtonBox.StandardButton.Cancel)
    beri_nama(bb, "buttonBox", aksesibel)
    bb.button(tombol).setText(teks)
    bb.button(QDialogButtonBox.StandardButton.Cancel).setText("&Batal")
    bb.accepted.connect(dlg.accept)
    bb.rejected.connect(dlg.reject)
    lay.addWidget(bb)
    pasang_keyboard(dlg)
    return bb
