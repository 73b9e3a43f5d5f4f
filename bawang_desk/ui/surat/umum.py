"""Pieces the Surat Masuk and Surat Keluar screens share: dates, the reply-to label, tables, buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from bawang_desk.core import klasifikasi
from bawang_desk.ui.umum import (
    beri_nama,
)

#: Classification codes the office uses most (the codes suggested per document kind, DOMAIN.md
#: section 5, and 100.2.2.5 of the service books), with their Permendagri 83/2022 titles; any
#: other code of the scheme may be typed or searched by its title.
KODE_UMUM: dict[str, str] = {
    k: klasifikasi.judul(k) for k in dict.fromkeys([*klasifikasi.KODE_SARAN.values(), "100.2.2.5"])
}


class _PencariKode(QCompleter):
    """Matches "code – title" lines; what it puts in the field is the code alone."""

    def pathFromIndex(self, index: QModelIndex) -> str:
        return str(index.data()).split(" \u2013 ", 1)[0]


def pasang_pencari_kode(combo: QComboBox | QLineEdit) -> QCompleter:
    """Let a code field (an editable combo or a line edit) find any code of the scheme by code
    or by words of its title ("gaji berkala" -> 800.1.11.13); choosing a line leaves only the
    code in the field."""
    c = _PencariKode([klasifikasi.label(k) for k in klasifikasi.skema()], combo)
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    c.setFilterMode(Qt.MatchFlag.MatchContains)
    c.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    c.setMaxVisibleItems(12)
    combo.setCompleter(c)
    return c


GAYA_CATATAN = "background: #fff4ce; border: 1px solid #c9a400; padding: 4px; color: #3d2b00;"


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
    return bb


def pasang_sifat_keamanan(dialog: QDialog, form, label: QLabel, sifat, setelah) -> Any:
    """Fill the urgency combo and add the security combo under it (issue 12 item 6).

    ``sifat`` gets Biasa / Segera / Sangat Segera (Amat Segera) with the stored value as its
    data; the new "Keamanan" row (Biasa / Rahasia, Alt+M) goes right below it, and Tab runs
    sifat -> keamanan -> ``setelah``. "Si&fat" leaves Alt+S to Simpan.
    """
    from PySide6.QtWidgets import QComboBox, QWidget

    from bawang_desk.core.surat_masuk import KEAMANAN, LABEL_SIFAT

    for k, teks in LABEL_SIFAT.items():
        sifat.addItem(teks, k)
    label.setText("Si&fat (kesegeraan):")
    keamanan = QComboBox(dialog)
    beri_nama(keamanan, "keamananCombo", "Keamanan surat: Biasa atau Rahasia")
    for k in KEAMANAN:
        keamanan.addItem(k, k == KEAMANAN[1])
    keamanan.setToolTip(
        "Rahasia: hal, ringkasan dan pindaian hanya untuk Camat, Sekcam dan penerima disposisi."
    )
    lbl = QLabel("Kea&manan:", dialog)
    lbl.setBuddy(keamanan)
    row, _role = form.getWidgetPosition(sifat)
    form.insertRow(row + 1, lbl, keamanan)
    QWidget.setTabOrder(sifat, keamanan)
    QWidget.setTabOrder(keamanan, setelah)
    return keamanan


def pilih_sifat(sifat, keamanan, nilai: str, rahasia: bool) -> None:
    """Show a letter's two fields in the combos made by :func:`pasang_sifat_keamanan`."""
    sifat.setCurrentIndex(max(0, sifat.findData(nilai)))
    keamanan.setCurrentIndex(1 if rahasia else 0)
