"""Dialogs of an usulan KP/KGB: create it from the book, the Camat's correction, sending to BKD, the SK result."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import kepegawaian as kp
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError, ValidationError
from bawang_desk.core.kepegawaian import JENIS_USULAN
from bawang_desk.core.surat_keluar import CARA_KIRIM
from bawang_desk.core.usulan_kp import Usulan
from bawang_desk.ui.kepegawaian.umum import (
    UR,
    kotak_tombol,
    label_galat_di,
    tanggal_edit,
    teks_tanggal,
)
from bawang_desk.ui.umum import (
    beri_nama,
    bersihkan_galat,
    tampilkan_galat,
)


class BuatUsulanDialog(QDialog):
    """Step 1: the type and the employees, read from the buku penjagaan (or the whole roster)."""

    def __init__(
        self,
        desk: Desk,
        jenis: str = "kgb",
        terpilih: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.hasil: Usulan | None = None
        self._terpilih = set(terpilih)
        beri_nama(self, "buatUsulanDialog", "Usulan KP/KGB baru")
        self.setWindowTitle("Usulan KP/KGB baru (langkah 1)")
        self.resize(640, 520)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.jenisCombo = QComboBox()
        beri_nama(self.jenisCombo, "jenisCombo", "Jenis usulan")
        for k, v in JENIS_USULAN.items():
            self.jenisCombo.addItem(v, k)
        self.jenisCombo.setCurrentIndex(max(0, self.jenisCombo.findData(jenis)))
        self.periodeCheck = QCheckBox("Satu periode KP untuk semua:")
        beri_nama(self.periodeCheck, "periodeCheck", "Satu periode KP untuk semua")
        hari_ini = desk.sekarang().date()
        self.periodeEdit = tanggal_edit(
            "periodeEdit", "Periode KP", kp.periode_kp_berikutnya(hari_ini)
        )
        self.periodeEdit.setEnabled(False)
        baris_periode = QHBoxLayout()
        baris_periode.addWidget(self.periodeCheck)
        baris_periode.addWidget(self.periodeEdit, 1)
        self.semuaCheck = QCheckBox("Tampilkan semua pegawai aktif (bukan hanya yang jatuh tempo)")
        beri_nama(self.semuaCheck, "semuaCheck", "Tampilkan semua pegawai aktif")
        form.addRow("&Jenis usulan:", self.jenisCombo)
        form.addRow("", baris_periode)
        lay.addLayout(form)
        lay.addWidget(self.semuaCheck)
        self.pegawaiList = QListWidget()
        beri_nama(self.pegawaiList, "pegawaiList", "Pegawai yang diusulkan")
        label_pegawai = QLabel("&Pegawai (centang yang diusulkan):")
        label_pegawai.setBuddy(self.pegawaiList)  # without a buddy the "&" shows as it is
        lay.addWidget(label_pegawai)
        lay.addWidget(self.pegawaiList, 1)
        self.errorLabel = label_galat_di(lay)
        kotak_tombol(self, lay, "&Buat usulan")
        self.jenisCombo.currentIndexChanged.connect(lambda _i: self._muat())
        self.semuaCheck.toggled.connect(lambda _b: self._muat())
        self.periodeCheck.toggled.connect(self.periodeEdit.setEnabled)
        self._muat()

    def _muat(self) -> None:
        jenis = self.jenisCombo.currentData()
        self.periodeCheck.setEnabled(jenis != "kgb")
        self.periodeEdit.setEnabled(jenis != "kgb" and self.periodeCheck.isChecked())
        self.pegawaiList.clear()
        baris: list[tuple[int, str, str]] = []
        if self.semuaCheck.isChecked():
            for p in self.desk.pegawai.daftar():
                if jenis != "kgb" and p.pppk:
                    continue
                assert p.id is not None
                baris.append((p.id, f"{p.nama} - {p.nip} - {p.pangkat_golongan}", ""))
        else:
            buku = (
                self.desk.pegawai.penjagaan_kgb()
                if jenis == "kgb"
                else self.desk.pegawai.penjagaan_kp()
            )
            for j in buku:
                p = j.pegawai
                assert p.id is not None
                teks = f"{p.nama} - {p.nip} - {j.label} - TMT {teks_tanggal(j.tmt)}"
                if j.terlambat:
                    teks += " (terlambat)"
                baris.append((p.id, teks, "\n".join(j.peringatan)))
        for pid, teks, tip in baris:
            it = QListWidgetItem(teks + (" \u26a0" if tip else ""))
            it.setData(UR, pid)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            pilih = pid in self._terpilih if self._terpilih else not self.semuaCheck.isChecked()
            it.setCheckState(Qt.CheckState.Checked if pilih else Qt.CheckState.Unchecked)
            if tip:
                it.setToolTip(tip)
            self.pegawaiList.addItem(it)
        if not baris:
            self.errorLabel.setText(
                "Tidak ada pegawai jatuh tempo untuk jenis ini. Centang \u201cTampilkan semua "
                "pegawai aktif\u201d untuk memilih dari seluruh daftar."
            )
            self.errorLabel.setVisible(True)
        else:
            self.errorLabel.setVisible(False)

    def terpilih(self) -> list[int]:
        hasil = []
        for i in range(self.pegawaiList.count()):
            it = self.pegawaiList.item(i)
            if it.checkState() == Qt.CheckState.Checked:
                hasil.append(int(it.data(UR)))
        return hasil

    def accept(self) -> None:
        w = {"jenis": self.jenisCombo, "pegawai": self.pegawaiList, "periode": self.periodeEdit}
        bersihkan_galat(self.errorLabel, w)
        jenis = self.jenisCombo.currentData()
        periode = None
        try:
            if jenis != "kgb" and self.periodeCheck.isChecked():
                periode = self.periodeEdit.periksa("periode")
            self.hasil = self.desk.usulan_kp.buat(jenis, self.terpilih(), periode=periode)
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e, w)
            return
        super().accept()


class KoreksiDialog(QDialog):
    """Step 6: the Camat (or the Sekcam a.n. Camat) approves, or sends it back with a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        beri_nama(self, "koreksiDialog", "Koreksi Camat")
        self.setWindowTitle("Koreksi surat dan lampiran (langkah 6)")
        lay = QVBoxLayout(self)
        self.setujuRadio = QRadioButton("&Setuju: surat dan lampiran benar, ditandatangani")
        beri_nama(self.setujuRadio, "setujuRadio", "Setuju")
        self.perbaikanRadio = QRadioButton("&Perlu perbaikan")
        beri_nama(self.perbaikanRadio, "perbaikanRadio", "Perlu perbaikan")
        self.setujuRadio.setChecked(True)
        self.catatanEdit = QLineEdit()
        beri_nama(self.catatanEdit, "catatanEdit", "Catatan koreksi")
        self.catatanEdit.setPlaceholderText("Catatan (wajib bila perlu perbaikan)")
        for w in (self.setujuRadio, self.perbaikanRadio, self.catatanEdit):
            lay.addWidget(w)
        self.errorLabel = label_galat_di(lay)
        kotak_tombol(self, lay, "&Simpan")


class KirimBkdDialog(QDialog):
    """Step 7: how and when the letter and documents went to BKD."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        beri_nama(self, "kirimBkdDialog", "Kirim ke BKD")
        self.setWindowTitle("Kirim ke BKD (langkah 7)")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.caraCombo = QComboBox()
        beri_nama(self.caraCombo, "caraCombo", "Cara kirim")
        self.caraCombo.addItems(list(CARA_KIRIM))
        self.caraCombo.setCurrentText("Diantar langsung")
        self.tanggalEdit = tanggal_edit("tanggalEdit", "Tanggal kirim", desk.sekarang().date())
        form.addRow("&Cara kirim:", self.caraCombo)
        form.addRow("&Tanggal kirim:", self.tanggalEdit)
        lay.addLayout(form)
        self.errorLabel = label_galat_di(lay)
        kotak_tombol(self, lay, "&Catat")
        self.tanggal: date | None = None

    def accept(self) -> None:
        w = {"tanggal": self.tanggalEdit}
        bersihkan_galat(self.errorLabel, w)
        try:
            self.tanggal = self.tanggalEdit.periksa("tanggal")
        except ValidationError as e:
            tampilkan_galat(self.errorLabel, e, w)
            return
        super().accept()


class HasilDialog(QDialog):
    """The SK from BKD for one employee: number, date and the new TMT (or the refusal)."""

    def __init__(
        self,
        desk: Desk,
        usulan: Usulan,
        pegawai_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.usulan = desk, usulan
        self.hasil: Usulan | None = None
        beri_nama(self, "hasilDialog", "Catat hasil usulan")
        self.setWindowTitle("Catat hasil dari BKD")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.pegawaiCombo = QComboBox()
        beri_nama(self.pegawaiCombo, "pegawaiCombo", "Pegawai")
        for a in usulan.anggota:
            if not a.hasil:
                self.pegawaiCombo.addItem(f"{a.nama} - {a.nip}", a.pegawai_id)
        if pegawai_id is not None:
            self.pegawaiCombo.setCurrentIndex(max(0, self.pegawaiCombo.findData(pegawai_id)))
        self.disetujuiRadio = QRadioButton("&Disetujui (SK terbit)")
        beri_nama(self.disetujuiRadio, "disetujuiRadio", "Disetujui")
        self.ditolakRadio = QRadioButton("&Tidak disetujui")
        beri_nama(self.ditolakRadio, "ditolakRadio", "Tidak disetujui")
        self.disetujuiRadio.setChecked(True)
        self.nomorSkEdit = QLineEdit()
        beri_nama(self.nomorSkEdit, "nomorSkEdit", "Nomor SK")
        hari_ini = desk.sekarang().date()
        self.tanggalSkEdit = tanggal_edit("tanggalSkEdit", "Tanggal SK", hari_ini)
        self.tmtEdit = tanggal_edit("tmtEdit", "TMT baru")
        self.catatanEdit = QLineEdit()
        beri_nama(self.catatanEdit, "catatanEdit", "Catatan atau alasan")
        pilihan = QHBoxLayout()
        pilihan.addWidget(self.disetujuiRadio)
        pilihan.addWidget(self.ditolakRadio)
        form.addRow("&Pegawai:", self.pegawaiCombo)
        form.addRow("Hasil:", pilihan)
        form.addRow("&Nomor SK:", self.nomorSkEdit)
        form.addRow("Tanggal &SK:", self.tanggalSkEdit)
        form.addRow("T&MT baru:", self.tmtEdit)
        form.addRow("&Catatan/alasan:", self.catatanEdit)
        lay.addLayout(form)
        self.errorLabel = label_galat_di(lay)
        kotak_tombol(self, lay, "&Simpan hasil")
        self.pegawaiCombo.currentIndexChanged.connect(lambda _i: self._tmt())
        self.disetujuiRadio.toggled.connect(self._aktif)
        self._tmt()
        self._aktif(True)

    def _tmt(self) -> None:
        pid = self.pegawaiCombo.currentData()
        a = next((x for x in self.usulan.anggota if x.pegawai_id == pid), None)
        if a is not None:
            self.tmtEdit.setTanggal(a.tmt_usul)

    def _aktif(self, setuju: bool) -> None:
        for w in (self.nomorSkEdit, self.tanggalSkEdit, self.tmtEdit):
            w.setEnabled(setuju)

    def accept(self) -> None:
        w = {
            "nomor_sk": self.nomorSkEdit,
            "tanggal_sk": self.tanggalSkEdit,
            "tmt": self.tmtEdit,
            "catatan": self.catatanEdit,
            "pegawai": self.pegawaiCombo,
        }
        bersihkan_galat(self.errorLabel, w)
        pid = self.pegawaiCombo.currentData()
        if pid is None:
            tampilkan_galat(self.errorLabel, ValidationError("Semua hasil sudah dicatat."), w)
            return
        setuju = self.disetujuiRadio.isChecked()
        try:
            self.hasil = self.desk.usulan_kp.catat_hasil(
                self.usulan.id,
                int(pid),
                disetujui=setuju,
                nomor_sk=self.nomorSkEdit.text() if setuju else "",
                tanggal_sk=self.tanggalSkEdit.periksa("tanggal_sk") if setuju else None,
                tmt=self.tmtEdit.periksa("tmt") if setuju else None,
                catatan=self.catatanEdit.text(),
            )
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e, w)
            return
        super().accept()
