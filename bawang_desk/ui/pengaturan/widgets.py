"""The settings forms (kantor, pejabat, kertas, akun, data pribadi) of the first-run and settings
dialogs.

Each widget reads a core value object in and gives one back; validation stays in the core so the
first-run dialog, the settings dialog and the tests all refuse the same input with the same words.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from bawang_desk.core import peran
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.pengaturan import (
    KERTAS,
    RETENSI_MAKS_BULAN,
    DataPribadi,
    Kantor,
    Pejabat,
    Umum,
    logo_dari_berkas,
)
from bawang_desk.core.referensi import GOLONGAN, PANGKAT
from bawang_desk.ui.forms.ui_akun_form import Ui_AkunForm
from bawang_desk.ui.forms.ui_kantor_form import Ui_KantorForm
from bawang_desk.ui.forms.ui_pejabat_form import Ui_PejabatForm
from bawang_desk.ui.forms.ui_umum_form import Ui_UmumForm

_KANTOR_FIELDS = {
    "pemerintah": "pemerintahEdit",
    "nama_kantor": "namaKantorEdit",
    "kecamatan": "kecamatanEdit",
    "kabupaten": "kabupatenEdit",
    "alamat": "alamatEdit",
    "telepon": "teleponEdit",
    "kode_pos": "kodePosEdit",
    "email": "emailEdit",
    "website": "websiteEdit",
}


class KantorWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KantorForm()
        self.ui.setupUi(self)
        self._logo_b64 = ""
        self.ui.pilihLogoButton.clicked.connect(self._pilih_logo)
        self.ui.hapusLogoButton.clicked.connect(lambda: self._set_logo(""))

    def widgets(self) -> dict[str, QWidget]:
        w = {k: getattr(self.ui, n) for k, n in _KANTOR_FIELDS.items()}
        w["logo"] = self.ui.pilihLogoButton
        return w

    def muat(self, k: Kantor) -> None:
        for field, name in _KANTOR_FIELDS.items():
            getattr(self.ui, name).setText(getattr(k, field))
        self._set_logo(k.logo_b64)

    def nilai(self) -> Kantor:
        vals = {f: getattr(self.ui, n).text() for f, n in _KANTOR_FIELDS.items()}
        return Kantor(**vals, logo_b64=self._logo_b64)

    def set_hanya_baca(self, ro: bool) -> None:
        for name in _KANTOR_FIELDS.values():
            getattr(self.ui, name).setReadOnly(ro)
        self.ui.pilihLogoButton.setEnabled(not ro)
        self.ui.hapusLogoButton.setEnabled(not ro)

    def muat_logo_dari(self, path: str) -> None:
        with open(path, "rb") as fh:
            self._set_logo(logo_dari_berkas(fh.read()))

    def _pilih_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Pilih lambang daerah", "", "Gambar (*.png *.jpg *.jpeg)"
        )
        if path:
            try:
                self.muat_logo_dari(path)
            except (ValidationError, OSError) as e:
                self.ui.logoPreview.setText(str(e))

    def _set_logo(self, b64: str) -> None:
        self._logo_b64 = b64
        k = Kantor(logo_b64=b64)
        data = k.logo
        if data:
            pm = QPixmap()
            pm.loadFromData(data)
            self.ui.logoPreview.setPixmap(
                pm.scaled(
                    64,
                    64,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.ui.logoPreview.setPixmap(QPixmap())
            self.ui.logoPreview.setText("(belum ada logo)")


_PEJABAT_UI = {
    "camat": "camat",
    "sekcam": "sekcam",
    "kasi_tapem": "kasiTapem",
    "kasi_trantibum": "kasiTrantibum",
    "kasubbag_umum": "kasubbagUmum",
}


class PejabatWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PejabatForm()
        self.ui.setupUi(self)
        for pre in _PEJABAT_UI.values():
            combo = getattr(self.ui, f"{pre}GolonganCombo")
            combo.addItem("-", "")
            for g in GOLONGAN:
                combo.addItem(f"{g}  {PANGKAT[g]}", g)

    def _w(self, jabatan: str, bagian: str) -> QWidget:
        return getattr(self.ui, f"{_PEJABAT_UI[jabatan]}{bagian}")

    def widgets(self) -> dict[str, QWidget]:
        out: dict[str, QWidget] = {}
        for j in _PEJABAT_UI:
            out[f"{j}.nama"] = self._w(j, "NamaEdit")
            out[f"{j}.golongan"] = self._w(j, "GolonganCombo")
            out[f"{j}.nip"] = self._w(j, "NipEdit")
        return out

    def muat(self, pejabat: dict[str, Pejabat]) -> None:
        for j in _PEJABAT_UI:
            p = pejabat.get(j, Pejabat(j))
            self._w(j, "NamaEdit").setText(p.nama)
            self._w(j, "NipEdit").setText(p.nip_cetak if p.nip else "")
            combo = self._w(j, "GolonganCombo")
            combo.setCurrentIndex(max(0, combo.findData(p.golongan)))

    def nilai(self) -> dict[str, Pejabat]:
        return {
            j: Pejabat(
                j,
                self._w(j, "NamaEdit").text(),
                self._w(j, "GolonganCombo").currentData() or "",
                self._w(j, "NipEdit").text(),
            )
            for j in _PEJABAT_UI
        }

    def set_hanya_baca(self, ro: bool) -> None:
        for w in self.widgets().values():
            if isinstance(w, QLineEdit):
                w.setReadOnly(ro)
            else:
                w.setEnabled(not ro)


class UmumWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UmumForm()
        self.ui.setupUi(self)
        for k in KERTAS:
            self.ui.kertasCombo.addItem(
                {"F4": "F4 / Folio (215 x 330 mm)", "A4": "A4 (210 x 297 mm)"}[k], k
            )
        self._extra: dict = {}
        # "5,0 GB", with the decimal comma the office writes
        self.ui.batasCadanganSpin.setLocale(
            QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        )

    def widgets(self) -> dict[str, QWidget]:
        return {
            "kertas": self.ui.kertasCombo,
            "batas_diam_menit": self.ui.batasDiamSpin,
            "meterai": self.ui.meteraiEdit,
            "batas_cadangan_gb": self.ui.batasCadanganSpin,
        }

    def muat(self, u: Umum) -> None:
        self.ui.kertasCombo.setCurrentIndex(max(0, self.ui.kertasCombo.findData(u.kertas)))
        self.ui.batasDiamSpin.setValue(u.batas_diam_menit)
        self.ui.meteraiEdit.setText(u.meterai)
        self.ui.batasCadanganSpin.setValue(u.batas_cadangan_gb)
        self._extra = dict(u.extra)

    def nilai(self) -> Umum:
        return Umum(
            self.ui.kertasCombo.currentData(),
            self.ui.batasDiamSpin.value(),
            self.ui.meteraiEdit.text(),
            dict(self._extra),
            batas_cadangan_gb=self.ui.batasCadanganSpin.value(),
        )

    def set_hanya_baca(self, ro: bool) -> None:
        self.ui.kertasCombo.setEnabled(not ro)
        self.ui.batasDiamSpin.setReadOnly(ro)
        self.ui.meteraiEdit.setReadOnly(ro)
        self.ui.batasCadanganSpin.setReadOnly(ro)


class DataPribadiWidget(QWidget):
    """The retention period of personal data (UU 27/2022), in months; 0 means never purged.

    The core refuses 1-11 months (letters just issued must still be verifiable); the spin box
    allows them so the refusal comes with the core's own words at the field.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.retensiSpin = QSpinBox()
        self.retensiSpin.setObjectName("retensiSpin")
        self.retensiSpin.setAccessibleName("Masa simpan data pribadi (bulan)")
        self.retensiSpin.setRange(0, RETENSI_MAKS_BULAN)
        self.retensiSpin.setSuffix(" bulan")
        self.retensiSpin.setSpecialValueText("Tidak pernah dihapus (0)")
        form.addRow("&Masa simpan data pribadi:", self.retensiSpin)
        ket = QLabel(
            "Setelah masa ini lewat sejak permohonan selesai atau batal, NIK, nama, alamat dan "
            "rincian pribadi pemohon boleh dihapus (UU 27/2022). Nomor dan baris register "
            "tetap ada. 0 berarti data pribadi tidak pernah dihapus; paling singkat 12 bulan."
        )
        ket.setWordWrap(True)
        form.addRow(ket)

    def widgets(self) -> dict[str, QWidget]:
        return {"retensi_bulan": self.retensiSpin}

    def muat(self, d: DataPribadi) -> None:
        self.retensiSpin.setValue(d.retensi_bulan)

    def nilai(self) -> DataPribadi:
        return DataPribadi(self.retensiSpin.value())

    def set_hanya_baca(self, ro: bool) -> None:
        self.retensiSpin.setReadOnly(ro)


class AkunWidget(QWidget):
    """Username, name, role and password twice: the first Admin, or a new account."""

    def __init__(self, parent: QWidget | None = None, *, peran_tetap: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AkunForm()
        self.ui.setupUi(self)
        for key, label in peran.PERAN.items():
            self.ui.peranCombo.addItem(label, key)
        if peran_tetap:
            self.ui.peranCombo.setCurrentIndex(self.ui.peranCombo.findData(peran_tetap))
            self.ui.peranCombo.setEnabled(False)

    def widgets(self) -> dict[str, QWidget]:
        return {
            "username": self.ui.usernameEdit,
            "nama": self.ui.namaEdit,
            "peran": self.ui.peranCombo,
            "sandi": self.ui.sandiEdit,
            "sandi_ulang": self.ui.sandiUlangEdit,
        }

    def nilai(self) -> dict[str, str]:
        return {
            "username": self.ui.usernameEdit.text(),
            "nama": self.ui.namaEdit.text(),
            "peran": self.ui.peranCombo.currentData(),
            "sandi": self.ui.sandiEdit.text(),
            "sandi_ulang": self.ui.sandiUlangEdit.text(),
        }
