"""The first-run dialog: office identity, officials, paper and the first Admin, step by step."""

from __future__ import annotations

import contextlib

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from bawang_desk.core import akun
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError, ValidationError
from bawang_desk.core.pengaturan import (
    JABATAN,
    JABATAN_WAJIB,
    Kantor,
    validasi_kantor,
    validasi_pejabat,
    validasi_umum,
)
from bawang_desk.ui.forms.ui_pengaturan_awal import Ui_PengaturanAwalDialog
from bawang_desk.ui.pengaturan.widgets import AkunWidget, KantorWidget, PejabatWidget, UmumWidget
from bawang_desk.ui.umum import bersihkan_galat, pesan_galat, tampilkan_galat
from bawang_desk.ui.umum.alasan import pasang_keyboard

_KETERANGAN = [
    "Langkah 1: identitas kantor untuk kop surat. Baris kop sudah terisi untuk Kecamatan Bawang; "
    "lengkapi alamat, telepon, kode pos dan pos-el.",
    "Langkah 2: pejabat yang menandatangani surat. Camat dan Sekretaris Kecamatan wajib diisi; "
    "yang lain boleh dilengkapi nanti di menu Pengaturan.",
    "Langkah 3: ukuran kertas surat dan berapa lama layar dikunci bila komputer ditinggal.",
    "Langkah 4: akun Admin pertama. Admin mengelola akun petugas lain; simpan kata sandinya "
    "baik-baik.",
]


class PengaturanAwalDialog(QDialog):
    """Each page is checked by the core's own validators before moving on; nothing is written
    until the last page, and then everything is written in one transaction."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pasang_keyboard(self)
        self.desk = desk
        self.ui = Ui_PengaturanAwalDialog()
        self.ui.setupUi(self)
        self.kantor = KantorWidget()
        self.pejabat = PejabatWidget()
        self.umum = UmumWidget()
        self.admin = AkunWidget(peran_tetap="admin")
        for i, w in enumerate([self.kantor, self.pejabat, self.umum, self.admin], start=1):
            getattr(self.ui, f"halaman{i}").layout().addWidget(w)
        self.kantor.muat(Kantor())
        self.umum.muat(desk.pengaturan.umum())
        self.admin.ui.usernameEdit.setText("admin")
        self.ui.lanjutButton.clicked.connect(self.lanjut)
        self.ui.kembaliButton.clicked.connect(self.kembali)
        self.ui.batalButton.clicked.connect(self.reject)
        QShortcut(QKeySequence("Alt+Left"), self, self.kembali)
        self.admin_dibuat: akun.Pengguna | None = None
        self._tampilkan(0)

    def _semua_widget(self) -> dict[str, QWidget]:
        return {
            **self.kantor.widgets(),
            **self.pejabat.widgets(),
            **self.umum.widgets(),
            **self.admin.widgets(),
        }

    def _tampilkan(self, i: int) -> None:
        self.ui.halaman.setCurrentIndex(i)
        self.ui.langkahLabel.setText(f"Langkah {i + 1} dari 4")
        self.ui.keteranganLabel.setText(_KETERANGAN[i])
        self.ui.kembaliButton.setEnabled(i > 0)
        self.ui.lanjutButton.setText("&Simpan dan mulai" if i == 3 else "&Lanjut >")
        bersihkan_galat(self.ui.errorLabel, self._semua_widget())
        first = [
            self.kantor.ui.alamatEdit,
            self.pejabat.ui.camatNamaEdit,
            self.umum.ui.kertasCombo,
            self.admin.ui.namaEdit,
        ][i]
        first.setFocus()

    def kembali(self) -> None:
        i = self.ui.halaman.currentIndex()
        if i > 0:
            self._tampilkan(i - 1)

    def _periksa_halaman(self, i: int) -> None:
        if i == 0:
            validasi_kantor(self.kantor.nilai())
        elif i == 1:
            for j, p in self.pejabat.nilai().items():
                validasi_pejabat(p, j in JABATAN_WAJIB)
        elif i == 2:
            validasi_umum(self.umum.nilai())
        else:
            a = self.admin.nilai()
            akun.validasi_username(a["username"])
            if not a["nama"].strip():
                raise ValidationError("Nama lengkap Admin belum diisi.", "nama")
            akun.validasi_sandi(a["sandi"], a["sandi_ulang"])

    def lanjut(self) -> None:
        i = self.ui.halaman.currentIndex()
        bersihkan_galat(self.ui.errorLabel, self._semua_widget())
        try:
            self._periksa_halaman(i)
        except ValidationError as e:
            tampilkan_galat(self.ui.errorLabel, e, self._semua_widget())
            return
        if i < 3:
            self._tampilkan(i + 1)
            return
        a = self.admin.nilai()
        try:
            self.admin_dibuat = self.desk.pengaturan_awal(
                kantor=self.kantor.nilai(),
                pejabat=self.pejabat.nilai(),
                umum=self.umum.nilai(),
                admin_username=a["username"],
                admin_nama=a["nama"],
                admin_sandi=a["sandi"],
                admin_sandi_ulang=a["sandi_ulang"],
            )
        except ValidationError as e:
            # a field on an earlier page: go back to it so the operator sees what to fix
            page = self._halaman_untuk(e.field)
            if page is not None and page != i:
                self._tampilkan(page)
            tampilkan_galat(self.ui.errorLabel, e, self._semua_widget())
            return
        except BawangError as e:
            pesan_galat(self, "Pengaturan awal gagal", e)
            return
        # the Admin has just typed the password twice: no third time at a login dialog
        with contextlib.suppress(BawangError):  # else the login dialog follows
            self.desk.masuk(a["username"], a["sandi"])
        self.accept()

    def _halaman_untuk(self, field: str | None) -> int | None:
        if not field:
            return None
        if field in self.kantor.widgets():
            return 0
        if field.split(".")[0] in JABATAN:
            return 1
        if field in self.umum.widgets():
            return 2
        return 3
