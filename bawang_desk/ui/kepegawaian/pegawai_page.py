"""The Pegawai page: the roster searched as you type, add/edit, history, SKP and import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QTimer,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
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
from bawang_desk.core.impor_pegawai import ImporDitolak
from bawang_desk.core.kepegawaian import Pegawai
from bawang_desk.ui.kepegawaian.impor_dialog import ImporDitolakDialog
from bawang_desk.ui.kepegawaian.model import PegawaiModel
from bawang_desk.ui.kepegawaian.pegawai_dialog import PegawaiDialog, RiwayatDialog, SkpDialog
from bawang_desk.ui.kepegawaian.umum import Pelari, baris_terpilih, buat_tabel
from bawang_desk.ui.umum import (
    beri_nama,
)

# ====================================================================== pages


class PegawaiPage(QWidget):
    """The roster: search as you type, add/correct, history, SKP, import CSV/XLSX."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.hasil: Path | None = None
        self.dialog_impor: ImporDitolakDialog | None = None
        self.hasil_impor: Any = None
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.cariEdit = QLineEdit()
        beri_nama(self.cariEdit, "cariPegawaiEdit", "Cari nama atau NIP pegawai")
        self.cariEdit.setPlaceholderText("Cari nama atau NIP...")
        self.cariEdit.setClearButtonEnabled(True)
        label = QLabel("&Cari:")
        label.setBuddy(self.cariEdit)
        self.nonaktifCheck = QCheckBox("Termasuk tidak a&ktif")
        beri_nama(self.nonaktifCheck, "nonaktifCheck", "Termasuk pegawai tidak aktif")
        bar.addWidget(label)
        bar.addWidget(self.cariEdit, 1)
        bar.addWidget(self.nonaktifCheck)
        lay.addLayout(bar)
        tombol = QHBoxLayout()

        def btn(teks: str, nama: str, aksesibel: str, slot) -> QPushButton:
            b = QPushButton(teks)
            beri_nama(b, nama, aksesibel)
            b.clicked.connect(lambda _c=False: slot())
            tombol.addWidget(b)
            return b

        self.tambahButton = btn("&Tambah...", "tambahPegawaiButton", "Tambah pegawai", self.tambah)
        self.ubahButton = btn("&Ubah...", "ubahPegawaiButton", "Ubah data pegawai", self.ubah)
        self.riwayatButton = btn("&Riwayat...", "riwayatButton", "Riwayat pegawai", self.riwayat)
        self.skpButton = btn("Catat &SKP...", "skpButton", "Catat SKP", self.skp)
        self.imporButton = btn(
            "&Impor CSV/XLSX...", "imporButton", "Impor daftar pegawai", self.impor
        )
        tombol.addStretch(1)
        lay.addLayout(tombol)
        self.model = PegawaiModel(self)
        self.table, self.proxy = buat_tabel("pegawaiTable", "Daftar pegawai", self.model, self)
        # ten columns do not fit 1024 px: Jabatan, read with the name, is shown beside it and
        # the dates scroll instead (they have their own pages, the buku penjagaan). Moved on
        # screen only, so widths kept per column and the XLSX keep the model's order.
        hh = self.table.horizontalHeader()
        hh.moveSection(hh.visualIndex(PegawaiModel.COL_JABATAN), PegawaiModel.COL_GOL)
        self.table.doubleClicked.connect(lambda _i: self.ubah())
        lay.addWidget(self.table, 1)
        self.info = QLabel()
        beri_nama(self.info, "infoLabel", "Keterangan")
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        self.pelari = Pelari(self, desk, self.info)
        self._tunda = QTimer(self)
        self._tunda.setSingleShot(True)
        self._tunda.setInterval(120)
        self._tunda.timeout.connect(self.muat)
        self.cariEdit.textChanged.connect(lambda _t: self._tunda.start())
        self.nonaktifCheck.toggled.connect(lambda _b: self.muat())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._tombol())

    def perbarui_izin(self) -> None:
        self._tombol()

    def _tombol(self) -> None:
        ubah = self.desk.boleh("pegawai.ubah")
        ada = self.terpilih() is not None
        self.tambahButton.setEnabled(ubah)
        self.imporButton.setEnabled(ubah)
        self.ubahButton.setEnabled(ubah and ada)
        self.skpButton.setEnabled(ubah and ada)
        self.riwayatButton.setEnabled(self.desk.boleh("pegawai.lihat") and ada)

    def muat(self, pilih: int | None = None) -> None:
        self._tunda.stop()
        if not self.desk.boleh("pegawai.lihat"):
            self.model.set_rows([])
            self.info.setText("Daftar pegawai hanya untuk staf Umum dan Kepegawaian dan pimpinan.")
            self._tombol()
            return
        try:
            rows = self.desk.pegawai.daftar(
                teks=self.cariEdit.text(), aktif_saja=not self.nonaktifCheck.isChecked()
            )
        except BawangError as e:
            self.info.setText(str(e))
            return
        self.model.set_rows(rows)
        self.info.setText(f"{len(rows)} pegawai ditampilkan.")
        if pilih is not None:
            r = self.model.baris_id(pilih)
            if r >= 0:
                idx = self.proxy.mapFromSource(self.model.index(r, 0))
                self.table.selectionModel().select(
                    idx,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(idx)
        self._tombol()

    def terpilih(self) -> Pegawai | None:
        rows = baris_terpilih(self.table, self.proxy)
        return self.model.baris(rows[0]) if rows else None

    def tambah(self) -> None:
        dlg = PegawaiDialog(self.desk, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat(pilih=dlg.hasil.id)
            self.info.setText(f"{dlg.hasil.nama} ditambahkan.")

    def ubah(self) -> None:
        p = self.terpilih()
        if p is None or not self.desk.boleh("pegawai.ubah"):
            return
        dlg = PegawaiDialog(self.desk, self.desk.pegawai.get(p.id), parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat(pilih=dlg.hasil.id)
            self.info.setText(f"Data {dlg.hasil.nama} diperbarui.")

    def riwayat(self) -> None:
        p = self.terpilih()
        if p is not None:
            RiwayatDialog(self.desk, p, self).exec()

    def skp(self) -> None:
        p = self.terpilih()
        if p is None:
            return
        dlg = SkpDialog(self.desk, p, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat(pilih=dlg.hasil.id)
            self.info.setText(f"SKP {dlg.hasil.nama} dicatat.")

    def impor(self, path: Path | None = None) -> None:
        """Import a roster file in a worker; a refusal lists every bad row with its line."""
        if path is None:
            nama, _ = QFileDialog.getOpenFileName(
                self,
                "Impor daftar pegawai",
                "",
                "Daftar pegawai (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)",
            )
            if not nama:
                return
            path = Path(nama)
        berkas = Path(path)
        self.hasil_impor = None
        self.imporButton.setEnabled(False)

        def job(d: Desk, progress):
            try:
                return d.pegawai.impor(berkas, progress=progress)
            except ImporDitolak as e:
                return e  # the dialog needs every row, not just the message

        def selesai(h: Any) -> None:
            self._tombol()
            if isinstance(h, ImporDitolak):
                self.info.setText(f"Impor {berkas.name} ditolak; tidak ada data yang disimpan.")
                self.dialog_impor = ImporDitolakDialog(h, berkas.name, self)
                self.dialog_impor.open()
            else:
                self.muat()
                self.info.setText(
                    f"Impor {berkas.name}: {h.ditambah} pegawai baru, {h.diperbarui} diperbarui."
                )
            self.hasil_impor = h

        self.pelari.jalankan("Impor pegawai", job, selesai)
