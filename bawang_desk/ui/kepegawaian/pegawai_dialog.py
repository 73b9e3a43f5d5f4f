"""Dialogs of one employee: add or edit with the error at its field, SKP per year, pangkat and KGB history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import kepegawaian as kp
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.kepegawaian import Pegawai
from bawang_desk.core.pegawai import PegawaiBaru
from bawang_desk.ui.kepegawaian.model import RiwayatKGBModel, RiwayatPangkatModel
from bawang_desk.ui.kepegawaian.umum import (
    buat_tabel,
    kotak_tombol,
    label_galat_di,
    tanggal_edit,
)
from bawang_desk.ui.umum import (
    beri_nama,
    bersihkan_galat,
    tampilkan_galat,
)

# ====================================================================== dialogs


class PegawaiDialog(QDialog):
    """Add or correct one employee; the core's refusal is shown at the field it names."""

    def __init__(self, desk: Desk, pegawai: Pegawai | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.pegawai = desk, pegawai
        self.hasil: Pegawai | None = None
        judul = "Ubah data pegawai" if pegawai else "Tambah pegawai"
        beri_nama(self, "pegawaiDialog", judul)
        self.setWindowTitle(judul)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        hari_ini = desk.sekarang().date()

        def edit(nama: str, aksesibel: str) -> QLineEdit:
            w = QLineEdit()
            beri_nama(w, nama, aksesibel)
            return w

        self.nipEdit = edit("nipEdit", "NIP atau NI PPPK")
        self.nipEdit.setPlaceholderText("18 angka, contoh 19860926 201505 1 001")
        self.namaEdit = edit("namaEdit", "Nama dengan gelar")
        self.statusCombo = QComboBox()
        beri_nama(self.statusCombo, "statusCombo", "Status kepegawaian")
        self.statusCombo.addItems([*kp.STATUS_AKTIF, *kp.STATUS_NONAKTIF])
        self.golonganCombo = QComboBox()
        beri_nama(self.golonganCombo, "golonganCombo", "Golongan ruang")
        self.tmtPangkatEdit = tanggal_edit("tmtPangkatEdit", "TMT pangkat", hari_ini.replace(day=1))
        self.mkgTahunSpin, self.mkgBulanSpin = QSpinBox(), QSpinBox()
        beri_nama(self.mkgTahunSpin, "mkgTahunSpin", "MKG tahun pada TMT pangkat")
        beri_nama(self.mkgBulanSpin, "mkgBulanSpin", "MKG bulan pada TMT pangkat")
        self.mkgTahunSpin.setRange(0, 50)
        self.mkgBulanSpin.setRange(0, 11)
        self.kgbCheck = QCheckBox("Sudah pernah KGB")
        beri_nama(self.kgbCheck, "kgbCheck", "Sudah pernah KGB")
        self.tmtKgbEdit = tanggal_edit("tmtKgbEdit", "TMT KGB terakhir", hari_ini.replace(day=1))
        self.mkgKgbTahunSpin, self.mkgKgbBulanSpin = QSpinBox(), QSpinBox()
        beri_nama(self.mkgKgbTahunSpin, "mkgKgbTahunSpin", "MKG tahun pada KGB terakhir")
        beri_nama(self.mkgKgbBulanSpin, "mkgKgbBulanSpin", "MKG bulan pada KGB terakhir")
        self.mkgKgbTahunSpin.setRange(0, 50)
        self.mkgKgbBulanSpin.setRange(0, 11)
        self.jabatanEdit = edit("jabatanEdit", "Jabatan")
        self.jenisJabatanCombo = QComboBox()
        beri_nama(self.jenisJabatanCombo, "jenisJabatanCombo", "Jenis jabatan")
        self.jenisJabatanCombo.addItems(list(kp.JENIS_JABATAN))
        self.pendidikanCombo = QComboBox()
        beri_nama(self.pendidikanCombo, "pendidikanCombo", "Pendidikan terakhir")
        self.pendidikanCombo.addItems(
            ["", "SD", "SLTP", "SLTA", "D-I", "D-II", "D-III", "D-IV", "S1", "S2", "S3"]
        )
        self.atasanCombo = QComboBox()
        beri_nama(self.atasanCombo, "atasanCombo", "Atasan langsung")
        self.atasanCombo.addItem("(tidak ada)", None)
        for p in desk.pegawai.daftar():
            if pegawai is None or p.id != pegawai.id:
                self.atasanCombo.addItem(f"{p.nama} ({p.golongan}) - {p.nip}", p.nip)
        self.atasanCombo.setEditable(True)
        self.atasanCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        mkg = QHBoxLayout()
        mkg.addWidget(self.mkgTahunSpin)
        mkg.addWidget(QLabel("tahun"))
        mkg.addWidget(self.mkgBulanSpin)
        mkg.addWidget(QLabel("bulan"))
        mkg_kgb = QHBoxLayout()
        mkg_kgb.addWidget(self.mkgKgbTahunSpin)
        mkg_kgb.addWidget(QLabel("tahun"))
        mkg_kgb.addWidget(self.mkgKgbBulanSpin)
        mkg_kgb.addWidget(QLabel("bulan"))
        form.addRow("&NIP / NI PPPK:", self.nipEdit)
        form.addRow("N&ama:", self.namaEdit)
        form.addRow("&Status:", self.statusCombo)
        form.addRow("&Golongan:", self.golonganCombo)
        form.addRow("&TMT pangkat:", self.tmtPangkatEdit)
        label_mkg = QLabel("&MKG pada TMT pangkat:")
        label_mkg.setBuddy(self.mkgTahunSpin)  # a layout cannot be a buddy: "&" showed as it is
        form.addRow(label_mkg, mkg)
        form.addRow("", self.kgbCheck)
        form.addRow("TMT &KGB terakhir:", self.tmtKgbEdit)
        form.addRow("MKG pada KGB terakhir:", mkg_kgb)
        form.addRow("&Jabatan:", self.jabatanEdit)
        form.addRow("Jenis &jabatan:", self.jenisJabatanCombo)
        form.addRow("&Pendidikan terakhir:", self.pendidikanCombo)
        form.addRow("Atasan &langsung:", self.atasanCombo)
        lay.addLayout(form)
        self.errorLabel = label_galat_di(lay)
        kotak_tombol(self, lay, "&Simpan")
        self.statusCombo.currentTextChanged.connect(self._isi_golongan)
        self.kgbCheck.toggled.connect(self._kgb_aktif)
        self._isi_golongan(self.statusCombo.currentText())
        self.kgbCheck.setChecked(False)
        self._kgb_aktif(False)
        if pegawai is not None:
            self._isi(pegawai)

    def _isi_golongan(self, status: str) -> None:
        lama = self.golonganCombo.currentText()
        self.golonganCombo.clear()
        self.golonganCombo.addItems(list(kp.GOLONGAN_PPPK if status == "PPPK" else kp.GOLONGAN))
        if lama:
            self.golonganCombo.setCurrentText(lama)

    def _kgb_aktif(self, aktif: bool) -> None:
        for w in (self.tmtKgbEdit, self.mkgKgbTahunSpin, self.mkgKgbBulanSpin):
            w.setEnabled(aktif)

    def _isi(self, p: Pegawai) -> None:
        self.nipEdit.setText(p.nip)
        self.nipEdit.setReadOnly(True)
        self.nipEdit.setToolTip("NIP tidak dapat diubah; tambahkan sebagai pegawai baru.")
        self.namaEdit.setText(p.nama)
        self.statusCombo.setCurrentText(p.status)
        self.golonganCombo.setCurrentText(p.golongan)
        self.tmtPangkatEdit.setTanggal(p.tmt_pangkat)
        self.mkgTahunSpin.setValue(p.mkg_tahun)
        self.mkgBulanSpin.setValue(p.mkg_bulan)
        if p.tmt_kgb is not None:
            self.kgbCheck.setChecked(True)
            self.tmtKgbEdit.setTanggal(p.tmt_kgb)
            self.mkgKgbTahunSpin.setValue(p.mkg_kgb_tahun or 0)
            self.mkgKgbBulanSpin.setValue(p.mkg_kgb_bulan or 0)
        self.jabatanEdit.setText(p.jabatan)
        self.jenisJabatanCombo.setCurrentText(p.jenis_jabatan)
        self.pendidikanCombo.setCurrentText(p.pendidikan)
        i = self.atasanCombo.findData(
            next((x.nip for x in self.desk.pegawai.daftar() if x.id == p.atasan_id), None)
        )
        self.atasanCombo.setCurrentIndex(max(0, i))

    def widgets(self) -> dict[str, QWidget]:
        return {
            "nip": self.nipEdit,
            "nama": self.namaEdit,
            "status": self.statusCombo,
            "golongan": self.golonganCombo,
            "tmt_pangkat": self.tmtPangkatEdit,
            "mkg_tahun": self.mkgTahunSpin,
            "mkg_bulan": self.mkgBulanSpin,
            "tmt_kgb": self.tmtKgbEdit,
            "mkg_kgb_tahun": self.mkgKgbTahunSpin,
            "mkg_kgb_bulan": self.mkgKgbBulanSpin,
            "jabatan": self.jabatanEdit,
            "jenis_jabatan": self.jenisJabatanCombo,
            "pendidikan": self.pendidikanCombo,
            "atasan": self.atasanCombo,
            "tmt_cpns": self.tmtPangkatEdit,
        }

    def data(self) -> PegawaiBaru:
        kgb = self.kgbCheck.isChecked()
        atasan = self.atasanCombo.currentData()
        if atasan is None and self.atasanCombo.currentIndex() != 0:
            atasan = self.atasanCombo.currentText().strip() or None  # a NIP typed by hand
        return PegawaiBaru(
            nip=self.nipEdit.text(),
            nama=self.namaEdit.text(),
            golongan=self.golonganCombo.currentText(),
            tmt_pangkat=self.tmtPangkatEdit.periksa("tmt_pangkat"),
            mkg_tahun=self.mkgTahunSpin.value(),
            mkg_bulan=self.mkgBulanSpin.value(),
            tmt_kgb=self.tmtKgbEdit.periksa("tmt_kgb") if kgb else None,
            mkg_kgb_tahun=self.mkgKgbTahunSpin.value() if kgb else None,
            mkg_kgb_bulan=self.mkgKgbBulanSpin.value() if kgb else None,
            jabatan=self.jabatanEdit.text(),
            jenis_jabatan=self.jenisJabatanCombo.currentText(),
            pendidikan=self.pendidikanCombo.currentText(),
            atasan_nip=atasan,
            status=self.statusCombo.currentText(),
            skp={},
        )

    def accept(self) -> None:
        bersihkan_galat(self.errorLabel, self.widgets())
        try:
            if self.pegawai is None:
                self.hasil = self.desk.pegawai.tambah(self.data())
            else:
                # keep the SKP on file: the form does not carry it
                self.hasil = self.desk.pegawai.ubah(self.pegawai.id, self.data())
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e, self.widgets())
            return
        super().accept()


class SkpDialog(QDialog):
    """Record one year's SKP predicate (KP needs "Baik" for the last two years)."""

    def __init__(self, desk: Desk, pegawai: Pegawai, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.pegawai = desk, pegawai
        self.hasil: Pegawai | None = None
        beri_nama(self, "skpDialog", "Catat SKP")
        self.setWindowTitle(f"SKP - {pegawai.nama}")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.tahunSpin = QSpinBox()
        beri_nama(self.tahunSpin, "tahunSpin", "Tahun SKP")
        tahun = desk.sekarang().year
        self.tahunSpin.setRange(2000, tahun)
        self.tahunSpin.setValue(tahun - 1)
        self.predikatCombo = QComboBox()
        beri_nama(self.predikatCombo, "predikatCombo", "Predikat SKP")
        self.predikatCombo.addItems(list(kp.PREDIKAT_SKP))
        self.predikatCombo.setCurrentText("Baik")
        form.addRow("&Tahun:", self.tahunSpin)
        form.addRow("&Predikat:", self.predikatCombo)
        lay.addLayout(form)
        riwayat = ", ".join(f"{th}: {pr}" for th, pr in pegawai.skp) or "belum ada"
        catatan = QLabel(f"SKP tercatat: {riwayat}")
        catatan.setWordWrap(True)
        lay.addWidget(catatan)
        self.errorLabel = label_galat_di(lay)
        kotak_tombol(self, lay, "&Simpan")

    def accept(self) -> None:
        w = {"tahun": self.tahunSpin, "skp": self.predikatCombo}
        bersihkan_galat(self.errorLabel, w)
        try:
            assert self.pegawai.id is not None
            self.hasil = self.desk.pegawai.catat_skp(
                self.pegawai.id, self.tahunSpin.value(), self.predikatCombo.currentText()
            )
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e, w)
            return
        super().accept()


class RiwayatDialog(QDialog):
    """An employee's pangkat and KGB history, with the SK numbers that moved them."""

    def __init__(self, desk: Desk, pegawai: Pegawai, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        beri_nama(self, "riwayatDialog", "Riwayat pegawai")
        self.setWindowTitle(f"Riwayat - {pegawai.nama}")
        self.resize(720, 460)
        lay = QVBoxLayout(self)
        assert pegawai.id is not None
        self.pangkatModel = RiwayatPangkatModel(self)
        self.pangkatModel.set_rows(desk.pegawai.riwayat_pangkat(pegawai.id))
        self.kgbModel = RiwayatKGBModel(self)
        self.kgbModel.set_rows(desk.pegawai.riwayat_kgb(pegawai.id))
        self.pangkatTable, _ = buat_tabel(
            "pangkatTable", "Riwayat pangkat", self.pangkatModel, self
        )
        self.kgbTable, _ = buat_tabel("kgbTable", "Riwayat KGB", self.kgbModel, self)
        lay.addWidget(QLabel(f"<b>{pegawai.nama}</b> - NIP {pegawai.nip}"))
        lay.addWidget(QLabel("Riwayat pangkat:"))
        lay.addWidget(self.pangkatTable)
        lay.addWidget(QLabel("Riwayat kenaikan gaji berkala:"))
        lay.addWidget(self.kgbTable)
        skp = ", ".join(f"{th}: {pr}" for th, pr in pegawai.skp) or "belum ada"
        lay.addWidget(QLabel(f"SKP: {skp}"))
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bb.button(QDialogButtonBox.StandardButton.Close).setText("&Tutup")
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
