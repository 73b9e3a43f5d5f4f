"""Settings page of the accounts: add, change role, reset password, deactivate; only the Admin."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import peran
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.ui.pengaturan.widgets import (
    AkunWidget,
)
from bawang_desk.ui.umum import (
    beri_nama,
    bersihkan_galat,
    konfirmasi,
    pesan_galat,
    tampilkan_galat,
)


class PenggunaPage(QWidget):
    """Accounts: add, change role, deactivate, reset password (Admin only)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        beri_nama(self.table, "penggunaTable", "Daftar pengguna")
        self.table.setHorizontalHeaderLabels(["Nama pengguna", "Nama", "Peran", "Status"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        lay.addWidget(self.table)
        bar = QHBoxLayout()
        self.tambahButton = QPushButton("&Tambah pengguna...")
        beri_nama(self.tambahButton, "tambahPenggunaButton", "Tambah pengguna")
        self.peranButton = QPushButton("Ubah &peran...")
        beri_nama(self.peranButton, "ubahPeranButton", "Ubah peran")
        self.aktifButton = QPushButton("&Aktifkan / nonaktifkan")
        beri_nama(self.aktifButton, "aktifButton", "Aktifkan atau nonaktifkan")
        self.sandiButton = QPushButton("Atur ulang &kata sandi...")
        beri_nama(self.sandiButton, "aturSandiButton", "Atur ulang kata sandi")
        for b in (self.tambahButton, self.peranButton, self.aktifButton, self.sandiButton):
            bar.addWidget(b)
            b.setEnabled(desk.boleh("pengguna.kelola"))
        bar.addStretch(1)
        lay.addLayout(bar)
        if not desk.boleh("pengguna.kelola"):
            # the accounts are the Admin's: another role reads a sentence, not an empty table
            p = desk.pengguna_aktif
            info = QLabel(
                f"Peran {p.label_peran if p else '-'} tidak berwenang melihat daftar akun. "
                "Hanya Admin yang dapat mengelola akun."
            )
            beri_nama(info, "penggunaInfoLabel", "Keterangan daftar pengguna")
            info.setWordWrap(True)
            lay.insertWidget(0, info)
            self.table.setVisible(False)
        self.tambahButton.clicked.connect(self.tambah)
        self.peranButton.clicked.connect(self.ubah_peran)
        self.aktifButton.clicked.connect(self.ubah_aktif)
        self.sandiButton.clicked.connect(self.atur_sandi)
        self.muat()

    def muat(self) -> None:
        boleh = self.desk.boleh("pengguna.kelola")
        self._users = self.desk.pengguna.daftar() if boleh else []
        self.table.setRowCount(len(self._users))
        for i, p in enumerate(self._users):
            for j, v in enumerate(
                (p.username, p.nama, p.label_peran, "Aktif" if p.aktif else "Nonaktif")
            ):
                self.table.setItem(i, j, QTableWidgetItem(v))

    def _terpilih(self):
        row = self.table.currentRow()
        return self._users[row] if 0 <= row < len(self._users) else None

    def tambah(self) -> None:
        dlg = QDialog(self)
        dlg.setWindowTitle("Tambah pengguna")
        lay = QVBoxLayout(dlg)
        form = AkunWidget()
        lay.addWidget(form)
        err = QLabel()
        err.setStyleSheet("color: #a40000; font-weight: bold;")
        err.setWordWrap(True)
        lay.addWidget(err)
        bb = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        lay.addWidget(bb)
        bb.rejected.connect(dlg.reject)

        def simpan() -> None:
            v = form.nilai()
            bersihkan_galat(err, form.widgets())
            try:
                self.desk.pengguna.tambah(
                    v["username"], v["nama"], v["peran"], v["sandi"], v["sandi_ulang"]
                )
            except BawangError as e:
                tampilkan_galat(err, e, form.widgets())
                return
            dlg.accept()

        bb.accepted.connect(simpan)
        if dlg.exec():
            self.muat()

    def ubah_peran(self) -> None:
        p = self._terpilih()
        if not p:
            return
        labels = list(peran.PERAN.values())
        pilih, ok = QInputDialog.getItem(
            self,
            "Ubah peran",
            f"Peran baru untuk {p.nama}:",
            labels,
            labels.index(p.label_peran),
            False,
        )
        if ok:
            key = next(k for k, v in peran.PERAN.items() if v == pilih)
            self._jalankan(lambda: self.desk.pengguna.ubah(p.username, peran=key))

    def ubah_aktif(self) -> None:
        p = self._terpilih()
        if not p:
            return
        if p.aktif and not konfirmasi(
            self,
            "Nonaktifkan akun",
            f"Nonaktifkan akun {p.username}? Ia tidak dapat masuk lagi sampai diaktifkan kembali.",
            "Nonaktifkan",
        ):
            return
        self._jalankan(lambda: self.desk.pengguna.ubah(p.username, aktif=not p.aktif))

    def atur_sandi(self) -> None:
        p = self._terpilih()
        if not p:
            return
        sandi, ok = QInputDialog.getText(
            self,
            "Atur ulang kata sandi",
            f"Kata sandi baru untuk {p.username} (min. 8 karakter):",
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self._jalankan(lambda: self.desk.pengguna.atur_sandi(p.username, sandi))

    def _jalankan(self, fn) -> None:
        try:
            fn()
        except BawangError as e:
            pesan_galat(self, "Pengguna", e)
        self.muat()
