"""The buku penjagaan KP and KGB pages: who is due and when, warnings, print, XLSX, "Buat usulan"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import kepegawaian as kp
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.kepegawaian import JatuhTempo
from bawang_desk.ui.kepegawaian.model import PenjagaanModel
from bawang_desk.ui.kepegawaian.umum import (
    Pelari,
    baris_terpilih,
    buat_tabel,
    pratinjau_pdf,
    tanggal_edit,
)
from bawang_desk.ui.umum import (
    beri_nama,
    pesan_galat,
)


class PenjagaanPage(QWidget):
    """One buku penjagaan (KP or KGB) for a window, with its warnings; print, export, propose."""

    def __init__(self, desk: Desk, jenis: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.jenis = desk, jenis
        self.hasil: Path | None = None
        self.usulan_baru: Callable[[str, list[int]], None] | None = None
        kode = jenis.upper()
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        hari_ini = desk.sekarang().date()
        dari, sampai = (kp.jendela_kp if jenis == "kp" else kp.jendela_kgb)(hari_ini)
        self.dariEdit = tanggal_edit(f"dari{kode}Edit", "Jatuh tempo dari tanggal", dari)
        self.sampaiEdit = tanggal_edit(f"sampai{kode}Edit", "Jatuh tempo sampai tanggal", sampai)
        l1 = QLabel("&Dari:")
        l1.setBuddy(self.dariEdit)
        l2 = QLabel("&Sampai:")
        l2.setBuddy(self.sampaiEdit)
        self.bawaanButton = QPushButton("&Jendela bawaan")
        beri_nama(self.bawaanButton, f"bawaan{kode}Button", "Kembali ke jendela bawaan")
        self.cetakButton = QPushButton("&Cetak...")
        beri_nama(self.cetakButton, f"cetak{kode}Button", f"Cetak buku penjagaan {kode}")
        self.eksporButton = QPushButton("Ekspor &XLSX...")
        beri_nama(self.eksporButton, f"ekspor{kode}Button", f"Ekspor buku penjagaan {kode}")
        self.usulanButton = QPushButton("Buat &usulan...")
        beri_nama(self.usulanButton, f"usulan{kode}Button", "Buat usulan dari pegawai terpilih")
        for w in (l1, self.dariEdit, l2, self.sampaiEdit, self.bawaanButton):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.cetakButton, self.eksporButton, self.usulanButton):
            bar.addWidget(w)
        lay.addLayout(bar)
        self.model = PenjagaanModel(self)
        self.table, self.proxy = buat_tabel(
            f"penjagaan{kode}Table", f"Buku penjagaan {kode}", self.model, self, multi=True
        )
        lay.addWidget(self.table, 1)
        self.info = QLabel()
        beri_nama(self.info, "infoLabel", "Keterangan")
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        self.pelari = Pelari(self, desk, self.info)
        self.dariEdit.tanggalBerubah.connect(lambda _d: self.muat())
        self.sampaiEdit.tanggalBerubah.connect(lambda _d: self.muat())
        self.bawaanButton.clicked.connect(self.jendela_bawaan)
        self.cetakButton.clicked.connect(lambda _c=False: self.cetak())
        self.eksporButton.clicked.connect(lambda _c=False: self.ekspor())
        self.usulanButton.clicked.connect(self.buat_usulan)

    def jendela_bawaan(self) -> None:
        dari, sampai = (kp.jendela_kp if self.jenis == "kp" else kp.jendela_kgb)(
            self.desk.sekarang().date()
        )
        self.dariEdit.setTanggal(dari)
        self.sampaiEdit.setTanggal(sampai)

    def periode(self) -> tuple[date, date]:
        """The period in the two fields; ValidationError names the one that is not a date."""
        return self.dariEdit.periksa("dari"), self.sampaiEdit.periksa("sampai")

    def perbarui_izin(self) -> None:
        lihat = self.desk.boleh("pegawai.lihat")
        self.cetakButton.setEnabled(lihat)
        self.eksporButton.setEnabled(lihat)
        self.usulanButton.setEnabled(self.desk.boleh("usulan_kp.buat"))

    def muat(self) -> None:
        if not self.desk.boleh("pegawai.lihat"):
            self.model.set_rows([])
            self.info.setText("Buku penjagaan hanya untuk staf Umum dan Kepegawaian dan pimpinan.")
            return
        try:
            dari, sampai = self.periode()
        except BawangError as e:
            self.model.set_rows([])
            self.info.setText(str(e))
            return
        if sampai < dari:
            self.model.set_rows([])
            self.info.setText("Tanggal akhir sebelum tanggal awal.")
            return
        try:
            buku = (
                self.desk.pegawai.penjagaan_kp(dari, sampai)
                if self.jenis == "kp"
                else self.desk.pegawai.penjagaan_kgb(dari, sampai)
            )
        except BawangError as e:
            self.info.setText(str(e))
            return
        self.model.set_rows(buku)
        telat = sum(1 for j in buku if j.terlambat)
        warn = sum(1 for j in buku if j.peringatan)
        self.info.setText(
            f"{len(buku)} pegawai jatuh tempo; {telat} terlambat (merah), {warn} dengan "
            "peringatan (kuning, arahkan tetikus untuk rinciannya)."
        )

    def terpilih(self) -> list[JatuhTempo]:
        return [self.model.baris(r) for r in baris_terpilih(self.table, self.proxy)]

    def cetak(self) -> None:
        try:
            dari, sampai = self.periode()
        except BawangError as e:
            pesan_galat(self, "Cetak", e)
            return
        jenis = self.jenis

        def job(d: Desk, progress) -> Path:
            from bawang_desk.documents.kepegawaian import cetak_buku_penjagaan

            return cetak_buku_penjagaan(d, jenis, dari, sampai, progress=progress)

        judul = f"Buku Penjagaan {jenis.upper()}"
        self.hasil = None
        self.pelari.jalankan(f"Menyusun {judul}", job, lambda p: pratinjau_pdf(self, p, judul))

    def ekspor(self, target: Path | None = None) -> None:
        try:
            dari, sampai = self.periode()
        except BawangError as e:
            pesan_galat(self, "Ekspor", e)
            return
        if target is None:
            nama, _ = QFileDialog.getSaveFileName(
                self,
                "Simpan sebagai",
                f"penjagaan-{self.jenis}-{dari:%Y%m%d}-{sampai:%Y%m%d}.xlsx",
                "Lembar kerja (*.xlsx)",
            )
            if not nama:
                return
            target = Path(nama)
        jenis, tujuan = self.jenis, target

        def job(d: Desk, _progress) -> Path:
            from bawang_desk.documents.kepegawaian import ekspor_buku_penjagaan

            return ekspor_buku_penjagaan(d, jenis, dari, sampai, tujuan)

        self.hasil = None
        self.pelari.jalankan(
            "Mengekspor buku penjagaan", job, lambda p: pratinjau_pdf(self, p, "Ekspor")
        )

    def buat_usulan(self) -> None:
        ids = [j.pegawai.id for j in self.terpilih() if j.pegawai.id is not None]
        if self.usulan_baru is not None:
            self.usulan_baru("kgb" if self.jenis == "kgb" else "kp-reguler", ids)
