"""The settings dialog: kantor, pejabat, kertas, number patterns, accounts, the SOP catalog and
the retention of personal data with its purge.

Everyone may look; only roles holding ``pengaturan.ubah`` may save, and only an Admin manages
accounts. The core checks both again, so this dialog only spares people a refused click.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import peran
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError, ValidationError
from bawang_desk.core.penomoran import TOKENS, Register
from bawang_desk.ui.forms.ui_pengaturan import Ui_PengaturanDialog
from bawang_desk.ui.katalog_view import KatalogWidget
from bawang_desk.ui.pengaturan_widgets import (
    AkunWidget,
    DataPribadiWidget,
    KantorWidget,
    PejabatWidget,
    UmumWidget,
)
from bawang_desk.ui.umum import (
    beri_nama,
    bersihkan_galat,
    konfirmasi,
    pesan_galat,
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
        self.unitEdit = QLineEdit(reg.unit)
        beri_nama(self.unitEdit, "unitEdit", "Kode unit")
        self.contohLabel = QLabel()
        beri_nama(self.contohLabel, "contohLabel", "Contoh nomor")
        for text, w in (
            ("&Pola nomor:", self.polaEdit),
            ("&Kode klasifikasi:", self.kodeEdit),
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
            for j, v in enumerate((r.nama, r.kode_klasifikasi, r.pola, r.contoh())):
                self.table.setItem(i, j, QTableWidgetItem(v))

    def ubah(self) -> None:
        row = self.table.currentRow()
        if row < 0 or not self.desk.boleh("pengaturan.ubah"):
            return
        if RegisterDialog(self.desk, self._regs[row], self).exec():
            self.muat()


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
            lay.addWidget(QLabel("Hanya Admin yang dapat mengelola akun."))
        self.tambahButton.clicked.connect(self.tambah)
        self.peranButton.clicked.connect(self.ubah_peran)
        self.aktifButton.clicked.connect(self.ubah_aktif)
        self.sandiButton.clicked.connect(self.atur_sandi)
        self.muat()

    def muat(self) -> None:
        self._users = self.desk.pengguna.daftar()
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


class DataPribadiPage(QWidget):
    """Retention period (saved with the dialog) and "Hapus data pribadi kedaluwarsa..."
    (Admin or Sekcam: ``data_pribadi.hapus``), which says how many applications it will purge,
    asks, then reports the result. The purge uses the saved period, not an unsaved one."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        lay = QVBoxLayout(self)
        self.form = DataPribadiWidget()
        self.form.muat(desk.pengaturan.data_pribadi())
        lay.addWidget(self.form)
        self.hapusButton = QPushButton("&Hapus data pribadi kedaluwarsa...")
        beri_nama(self.hapusButton, "hapusDataPribadiButton", "Hapus data pribadi kedaluwarsa")
        self.hapusButton.clicked.connect(self.hapus)
        lay.addWidget(self.hapusButton, 0, Qt.AlignmentFlag.AlignLeft)
        self.hasilLabel = QLabel()
        beri_nama(self.hasilLabel, "hasilHapusLabel", "Hasil penghapusan data pribadi")
        self.hasilLabel.setWordWrap(True)
        lay.addWidget(self.hasilLabel)
        lay.addStretch(1)
        boleh = desk.boleh("data_pribadi.hapus")
        self.hapusButton.setEnabled(boleh)
        if not boleh:
            self.hapusButton.setToolTip(
                "Hanya Admin atau Sekretaris Kecamatan yang dapat menghapus data pribadi."
            )

    def hapus(self) -> None:
        from bawang_desk.core import data_pribadi as dp
        from bawang_desk.core.teks import tanggal_panjang

        judul = "Hapus data pribadi kedaluwarsa"
        tersimpan = self.desk.pengaturan.data_pribadi().retensi_bulan
        if self.form.nilai().retensi_bulan != tersimpan:
            QMessageBox.information(
                self, judul, "Simpan dulu masa simpan yang baru, lalu buka lagi pengaturan."
            )
            return
        if tersimpan <= 0:
            QMessageBox.information(
                self,
                judul,
                "Masa simpan data pribadi belum diatur (0 = tidak pernah dihapus), jadi tidak "
                "ada yang dihapus.",
            )
            return
        try:
            n = dp.calon_hapus(self.desk)
        except BawangError as e:
            pesan_galat(self, judul, e)
            return
        batas = dp.batas_retensi(self.desk.sekarang(), tersimpan)
        if n == 0:
            self.hasilLabel.setText(
                f"Tidak ada permohonan yang ditutup sebelum {tanggal_panjang(batas)}: "
                "tidak ada data pribadi yang perlu dihapus."
            )
            QMessageBox.information(self, judul, self.hasilLabel.text())
            return
        if not konfirmasi(
            self,
            judul,
            f"Hapus data pribadi {n} permohonan yang selesai atau batal sebelum "
            f"{tanggal_panjang(batas)} (masa simpan {tersimpan} bulan)?\n\n"
            "NIK, nama, alamat dan rincian pribadi pemohon dihapus untuk selamanya dan tidak "
            "dapat dikembalikan (kecuali dari cadangan lama). Nomor dan baris register tetap "
            "ada, dan penghapusan ini dicatat di audit.",
            "Hapus",
        ):
            return
        try:
            hasil = dp.hapus_data_pribadi(self.desk, konfirmasi=True)
        except BawangError as e:
            pesan_galat(self, judul, e)
            return
        self.hasilLabel.setText(
            f"Data pribadi {hasil.jumlah} permohonan sudah dihapus (ditutup sebelum "
            f"{tanggal_panjang(hasil.batas)})."
        )
        QMessageBox.information(self, judul, self.hasilLabel.text())


class PengaturanDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_PengaturanDialog()
        self.ui.setupUi(self)
        self.kantor = KantorWidget()
        self.pejabat = PejabatWidget()
        self.umum = UmumWidget()
        self.kantor.muat(desk.pengaturan.kantor())
        self.pejabat.muat(desk.pengaturan.semua_pejabat())
        self.umum.muat(desk.pengaturan.umum())
        self.penomoran = PenomoranPage(desk)
        self.pengguna = PenggunaPage(desk)
        self.data_pribadi = DataPribadiPage(desk)
        u = desk.pengaturan.umum()
        self.katalog = KatalogWidget(
            kecamatan=desk.pengaturan.kantor().kecamatan, meterai=u.meterai
        )
        for w, t in (
            (self.kantor, "&Kantor"),
            (self.pejabat, "P&ejabat"),
            (self.umum, "Kertas dan &keamanan"),
            (self.penomoran, "Pe&nomoran"),
            (self.pengguna, "Pen&gguna"),
            (self.katalog, "Katalog &SOP"),
            (self.data_pribadi, "&Data pribadi"),
        ):
            self.ui.tabs.addTab(w, t)
        boleh = desk.boleh("pengaturan.ubah")
        for w in (self.kantor, self.pejabat, self.umum, self.data_pribadi.form):
            w.set_hanya_baca(not boleh)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Simpan")
        save.setEnabled(boleh)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText("&Tutup")
        self.ui.buttonBox.accepted.connect(self.simpan)
        self.ui.buttonBox.rejected.connect(self.reject)
        bersihkan_galat(self.ui.errorLabel)
        if not boleh:
            self.ui.errorLabel.setStyleSheet("color: #3d2b00;")
            self.ui.errorLabel.setText(
                "Hanya Admin atau Sekretaris Kecamatan yang dapat "
                "mengubah pengaturan. Anda dapat melihatnya saja."
            )
            self.ui.errorLabel.setVisible(True)

    def pilih_tab(self, nama: str) -> None:
        for i in range(self.ui.tabs.count()):
            if self.ui.tabs.tabText(i).replace("&", "").lower().startswith(nama.lower()):
                self.ui.tabs.setCurrentIndex(i)
                return

    def simpan(self) -> None:
        from bawang_desk.core.pengaturan import validasi_data_pribadi

        dp_widgets = self.data_pribadi.form.widgets()
        widgets = {
            **self.kantor.widgets(),
            **self.pejabat.widgets(),
            **self.umum.widgets(),
            **dp_widgets,
        }
        bersihkan_galat(self.ui.errorLabel, widgets)
        retensi = self.data_pribadi.form.nilai()
        try:
            # checked before anything is saved, so a bad period leaves every setting as it was
            validasi_data_pribadi(retensi)
            self.desk.pengaturan.simpan(
                kantor=self.kantor.nilai(), pejabat=self.pejabat.nilai(), umum=self.umum.nilai()
            )
            if retensi != self.desk.pengaturan.data_pribadi():
                self.desk.pengaturan.simpan_data_pribadi(retensi)
        except ValidationError as e:
            f = e.field or ""
            if f in dp_widgets:
                self.ui.tabs.setCurrentWidget(self.data_pribadi)
                tampilkan_galat(self.ui.errorLabel, e, widgets)
                return
            tab = (
                0
                if f in self.kantor.widgets()
                else 1
                if f in self.pejabat.widgets()
                else 2
                if f in self.umum.widgets()
                else None
            )
            if tab is not None:
                self.ui.tabs.setCurrentIndex(tab)
            tampilkan_galat(self.ui.errorLabel, e, widgets)
            return
        except BawangError as e:
            tampilkan_galat(self.ui.errorLabel, e)
            return
        self.accept()
