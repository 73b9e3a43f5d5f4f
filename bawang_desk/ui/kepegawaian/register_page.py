"""The Register KP/KGB page: every usulan with the date of each step, searched, printed, exported."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QTimer,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.ui.kepegawaian.model import RegisterKPModel
from bawang_desk.ui.kepegawaian.umum import Pelari, buat_tabel, pratinjau_pdf, tanggal_edit
from bawang_desk.ui.umum import (
    beri_nama,
    pesan_galat,
)


class RegisterPage(QWidget):
    """The Buku Register KP/KGB: searched as you type, printed or exported for a period."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.hasil: Path | None = None
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        hari_ini = desk.sekarang().date()
        self.cariEdit = QLineEdit()
        beri_nama(self.cariEdit, "cariRegisterEdit", "Cari nama, NIP atau nomor surat")
        self.cariEdit.setPlaceholderText("Cari nama, NIP atau nomor surat...")
        self.cariEdit.setClearButtonEnabled(True)
        label = QLabel("&Cari:")
        label.setBuddy(self.cariEdit)
        self.dariEdit = tanggal_edit(
            "dariRegisterEdit", "Usulan dari tanggal", date(hari_ini.year, 1, 1)
        )
        self.sampaiEdit = tanggal_edit("sampaiRegisterEdit", "Usulan sampai tanggal", hari_ini)
        self.cetakButton = QPushButton("C&etak...")
        beri_nama(self.cetakButton, "cetakRegisterButton", "Cetak Register KP/KGB")
        self.eksporButton = QPushButton("Ekspor &XLSX...")
        beri_nama(self.eksporButton, "eksporRegisterButton", "Ekspor Register KP/KGB")
        l1, l2 = QLabel("&Dari:"), QLabel("&Sampai:")
        l1.setBuddy(self.dariEdit)
        l2.setBuddy(self.sampaiEdit)
        for w in (label, self.cariEdit, l1, self.dariEdit, l2, self.sampaiEdit):
            bar.addWidget(w, 1 if w is self.cariEdit else 0)
        bar.addWidget(self.cetakButton)
        bar.addWidget(self.eksporButton)
        lay.addLayout(bar)
        self.model = RegisterKPModel(self)
        self.table, self.proxy = buat_tabel("registerKpTable", "Register KP/KGB", self.model, self)
        lay.addWidget(self.table, 1)
        self.info = QLabel()
        beri_nama(self.info, "infoLabel", "Keterangan")
        lay.addWidget(self.info)
        self.pelari = Pelari(self, desk, self.info)
        self._tunda = QTimer(self)
        self._tunda.setSingleShot(True)
        self._tunda.setInterval(120)
        self._tunda.timeout.connect(self.muat)
        self.cariEdit.textChanged.connect(lambda _t: self._tunda.start())
        self.dariEdit.tanggalBerubah.connect(lambda _d: self.muat())
        self.sampaiEdit.tanggalBerubah.connect(lambda _d: self.muat())
        self.cetakButton.clicked.connect(lambda _c=False: self.cetak())
        self.eksporButton.clicked.connect(lambda _c=False: self.ekspor())

    def perbarui_izin(self) -> None:
        boleh = self.desk.boleh("usulan_kp.lihat")
        self.cetakButton.setEnabled(boleh)
        self.eksporButton.setEnabled(boleh)

    def periode(self) -> tuple[date, date]:
        """The period in the two fields; ValidationError names the one that is not a date."""
        return self.dariEdit.periksa("dari"), self.sampaiEdit.periksa("sampai")

    def muat(self) -> None:
        self._tunda.stop()
        if not self.desk.boleh("usulan_kp.lihat"):
            self.model.set_rows([])
            return
        try:
            dari, sampai = self.periode()
        except BawangError as e:
            self.model.set_rows([])
            self.info.setText(str(e))
            return
        try:
            rows = self.desk.usulan_kp.register(dari, sampai, self.cariEdit.text())
        except BawangError as e:
            self.info.setText(str(e))
            return
        self.model.set_rows(rows)
        self.info.setText(f"{len(rows)} baris register ditampilkan.")

    def cetak(self) -> None:
        try:
            dari, sampai = self.periode()
        except BawangError as e:
            pesan_galat(self, "Cetak", e)
            return
        teks = self.cariEdit.text()

        def job(d: Desk, progress) -> Path:
            from bawang_desk.documents.kepegawaian import cetak_register_kp

            return cetak_register_kp(d, dari, sampai, teks, progress=progress)

        self.hasil = None
        self.pelari.jalankan(
            "Menyusun Register KP/KGB", job, lambda p: pratinjau_pdf(self, p, "Register KP/KGB")
        )

    def ekspor(self, target: Path | None = None) -> None:
        try:
            dari, sampai = self.periode()
        except BawangError as e:
            pesan_galat(self, "Ekspor", e)
            return
        teks = self.cariEdit.text()
        if target is None:
            nama, _ = QFileDialog.getSaveFileName(
                self,
                "Simpan sebagai",
                f"register-kp-kgb-{dari:%Y%m%d}-{sampai:%Y%m%d}.xlsx",
                "Lembar kerja (*.xlsx)",
            )
            if not nama:
                return
            target = Path(nama)
        tujuan = target

        def job(d: Desk, _progress) -> Path:
            from bawang_desk.documents.kepegawaian import ekspor_register_kp

            return ekspor_register_kp(d, tujuan, dari, sampai, teks)

        self.hasil = None
        self.pelari.jalankan(
            "Mengekspor Register KP/KGB", job, lambda p: pratinjau_pdf(self, p, "Ekspor")
        )
