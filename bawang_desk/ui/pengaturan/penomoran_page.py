"""Settings page of the number registers: each register's pattern and unit code, edited in a small dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import klasifikasi
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError, ValidationError
from bawang_desk.core.penomoran import TOKENS, Register
from bawang_desk.ui.surat.umum import pasang_pencari_kode
from bawang_desk.ui.umum import (
    beri_nama,
    bersihkan_galat,
    tampilkan_galat,
)


class RegisterDialog(QDialog):
    """Edit one register's number pattern, classification code and unit, with a live example."""

    def __init__(self, desk: Desk, reg: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.reg = desk, reg
        self.setWindowTitle(f"Pola nomor - {reg.nama}")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.polaEdit = QLineEdit(reg.pola)
        beri_nama(self.polaEdit, "polaEdit", "Pola nomor")
        self.kodeEdit = QLineEdit(reg.kode_klasifikasi)
        beri_nama(self.kodeEdit, "kodeKlasifikasiEdit", "Kode klasifikasi")
        pasang_pencari_kode(self.kodeEdit)
        self.judulKodeLabel = QLabel()
        beri_nama(self.judulKodeLabel, "judulKodeLabel", "Judul kode klasifikasi")
        self.judulKodeLabel.setWordWrap(True)
        self.unitEdit = QLineEdit(reg.unit)
        beri_nama(self.unitEdit, "unitEdit", "Kode unit")
        self.contohLabel = QLabel()
        beri_nama(self.contohLabel, "contohLabel", "Contoh nomor")
        for text, w in (
            ("&Pola nomor:", self.polaEdit),
            ("&Kode klasifikasi:", self.kodeEdit),
            ("", self.judulKodeLabel),
            ("Kode &unit:", self.unitEdit),
            ("Contoh:", self.contohLabel),
        ):
            form.addRow(text, w)
        lay.addLayout(form)
        token = QLabel("Token: " + "; ".join(f"{{{k}}} = {v}" for k, v in TOKENS.items()))
        token.setWordWrap(True)
        lay.addWidget(token)
        self.errorLabel = QLabel()
        self.errorLabel.setStyleSheet("color: #a40000; font-weight: bold;")
        self.errorLabel.setWordWrap(True)
        lay.addWidget(self.errorLabel)
        bb = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        for e in (self.polaEdit, self.kodeEdit, self.unitEdit):
            e.textChanged.connect(self._contoh)
        self._contoh()

    def _contoh(self) -> None:
        kode = self.kodeEdit.text().strip()
        self.judulKodeLabel.setText(
            klasifikasi.judul(kode) or ("tidak ada dalam Permendagri 83/2022" if kode else "")
        )
        r = Register(
            self.reg.kode,
            self.reg.nama,
            self.reg.jenis,
            self.kodeEdit.text().strip(),
            self.unitEdit.text().strip(),
            self.polaEdit.text(),
        )
        try:
            from bawang_desk.core.penomoran import validasi_pola

            validasi_pola(r.pola)
            self.contohLabel.setText(r.contoh())
        except ValidationError as e:
            self.contohLabel.setText(f"({e})")

    def accept(self) -> None:
        widgets = {"pola": self.polaEdit, "kode_klasifikasi": self.kodeEdit}
        bersihkan_galat(self.errorLabel, widgets)
        try:
            self.desk.penomoran.ubah_register(
                self.reg.kode,
                pola=self.polaEdit.text(),
                kode_klasifikasi=self.kodeEdit.text(),
                unit=self.unitEdit.text(),
            )
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e, widgets)
            return
        super().accept()


class PenomoranPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                "Pola nomor setiap register. Nomor yang sudah terbit tidak berubah; "
                "pola baru berlaku untuk nomor berikutnya."
            )
        )
        self.table = QTableWidget(0, 4)
        beri_nama(self.table, "registerTable", "Daftar register")
        self.table.setHorizontalHeaderLabels(["Register", "Kode klasifikasi", "Pola", "Contoh"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        lay.addWidget(self.table)
        self.ubahButton = QPushButton("&Ubah pola...")
        beri_nama(self.ubahButton, "ubahPolaButton", "Ubah pola nomor")
        self.ubahButton.setEnabled(desk.boleh("pengaturan.ubah"))
        self.ubahButton.clicked.connect(self.ubah)
        self.table.doubleClicked.connect(lambda _i: self.ubah())
        lay.addWidget(self.ubahButton, 0, Qt.AlignmentFlag.AlignLeft)
        self.muat()

    def muat(self) -> None:
        self._regs = self.desk.penomoran.registers()
        self.table.setRowCount(len(self._regs))
        for i, r in enumerate(self._regs):
            kode = klasifikasi.label(r.kode_klasifikasi) if r.kode_klasifikasi else ""
            for j, v in enumerate((r.nama, kode, r.pola, r.contoh())):
                self.table.setItem(i, j, QTableWidgetItem(v))

    def ubah(self) -> None:
        row = self.table.currentRow()
        if row < 0 or not self.desk.boleh("pengaturan.ubah"):
            return
        if RegisterDialog(self.desk, self._regs[row], self).exec():
            self.muat()
