"""Field widgets of the intake form: named line edits and combos, form layout, the members table."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.layanan_isian import (
    SHDK,
)
from bawang_desk.ui.umum import beri_nama


def edit_baris(nama: str, aksesibel: str, placeholder: str = "", maks: int = 0) -> QLineEdit:
    w = QLineEdit()
    beri_nama(w, nama, aksesibel)
    if placeholder:
        w.setPlaceholderText(placeholder)
    if maks:
        w.setMaxLength(maks)
    return w


def combo_pilihan(nama: str, aksesibel: str, pilihan: tuple[str, ...] | list[str]) -> QComboBox:
    w = QComboBox()
    beri_nama(w, nama, aksesibel)
    w.setMinimumWidth(220)
    for p in pilihan:
        w.addItem(p, p)
    return w


def form_halaman(halaman: QWidget) -> QFormLayout:
    f = QFormLayout(halaman)
    f.setContentsMargins(0, 0, 0, 0)
    f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return f


class AnggotaEditor(QWidget):
    """Family members as rows of NIK, nama and SHDK, with buttons to add and remove rows."""

    def __init__(self, nama: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        beri_nama(self, nama, "Anggota keluarga")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3)
        beri_nama(self.table, f"{nama}Table", "Anggota keluarga: NIK, nama, SHDK")
        self.table.setHorizontalHeaderLabels(["NIK", "Nama", "SHDK"])
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(2, 150)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(110)
        self.table.setTabKeyNavigation(False)
        lay.addWidget(self.table)
        tombol = QHBoxLayout()
        self.tambahButton = QPushButton("Tambah anggota")
        beri_nama(self.tambahButton, f"{nama}TambahButton", "Tambah anggota keluarga")
        self.hapusButton = QPushButton("Hapus anggota")
        beri_nama(self.hapusButton, f"{nama}HapusButton", "Hapus anggota keluarga terpilih")
        self.tambahButton.setAutoDefault(False)
        self.hapusButton.setAutoDefault(False)
        tombol.addWidget(self.tambahButton)
        tombol.addWidget(self.hapusButton)
        tombol.addStretch(1)
        lay.addLayout(tombol)
        self.tambahButton.clicked.connect(lambda: self.tambah_baris())
        self.hapusButton.clicked.connect(self.hapus_baris)

    def tambah_baris(self, nik: str = "", nama: str = "", shdk: str = "") -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(nik))
        self.table.setItem(r, 1, QTableWidgetItem(nama))
        combo = combo_pilihan(f"shdkCombo{r}", f"SHDK anggota ke-{r + 1}", SHDK)
        if shdk:
            combo.setCurrentIndex(max(0, combo.findData(shdk)))
        self.table.setCellWidget(r, 2, combo)
        # a combo made now would come last in the Tab order (after Simpan); keep it between the
        # rows above and "Tambah anggota", so Tab from SHDK then Space adds a row, never saves
        sebelum = self.table if r == 0 else self.table.cellWidget(r - 1, 2)
        QWidget.setTabOrder(sebelum, combo)
        QWidget.setTabOrder(combo, self.tambahButton)
        QWidget.setTabOrder(self.tambahButton, self.hapusButton)
        self.table.setCurrentCell(r, 0)
        return r

    def hapus_baris(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def data(self) -> list[dict[str, str]]:
        hasil = []
        for r in range(self.table.rowCount()):
            nik, nama = self.table.item(r, 0), self.table.item(r, 1)
            combo = self.table.cellWidget(r, 2)
            hasil.append(
                {
                    "nik": nik.text() if nik else "",
                    "nama": nama.text() if nama else "",
                    "shdk": combo.currentData() if isinstance(combo, QComboBox) else "",
                }
            )
        return hasil


def pasang_pemisah_ribuan(edit: QLineEdit) -> None:
    """Thousands separators ("15.000.000") appear as the amount is typed, the caret staying
    after the same digit; text that is not a plain number (",00", "Rp") is left as typed."""

    def ketik(teks: str) -> None:
        if not teks or not all(c.isdigit() or c == "." for c in teks):
            return
        angka = teks.replace(".", "").lstrip("0") or ("0" if teks.replace(".", "") else "")
        baru = f"{int(angka):,}".replace(",", ".") if angka else ""
        if baru == teks:
            return
        sebelum = sum(c.isdigit() for c in teks[: edit.cursorPosition()])
        sebelum -= len(teks.replace(".", "")) - len(angka)  # leading zeros dropped
        edit.setText(baru)
        pos, dilihat = 0, 0
        while pos < len(baru) and dilihat < max(sebelum, 0):
            if baru[pos].isdigit():
                dilihat += 1
            pos += 1
        edit.setCursorPosition(pos)

    edit.textEdited.connect(ketik)
