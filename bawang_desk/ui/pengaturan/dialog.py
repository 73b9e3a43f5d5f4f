"""The settings window (F2): office, officials, numbering, accounts, personal data, the SOP catalog
and the dated rules in force."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError, ValidationError
from bawang_desk.ui.forms.ui_pengaturan import Ui_PengaturanDialog
from bawang_desk.ui.pengaturan.atas_nama_page import AtasNamaPage
from bawang_desk.ui.pengaturan.aturan_page import AturanWidget
from bawang_desk.ui.pengaturan.data_pribadi_page import DataPribadiPage
from bawang_desk.ui.pengaturan.katalog import KatalogWidget
from bawang_desk.ui.pengaturan.pengganti_page import PenggantiPage
from bawang_desk.ui.pengaturan.pengguna_page import PenggunaPage
from bawang_desk.ui.pengaturan.penomoran_page import PenomoranPage
from bawang_desk.ui.pengaturan.skm_page import SKMPage
from bawang_desk.ui.pengaturan.widgets import (
    KantorWidget,
    PejabatWidget,
    UmumWidget,
)
from bawang_desk.ui.umum import (
    bersihkan_galat,
    tampilkan_galat,
)


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
        self.skm = SKMPage()
        self.skm.muat(desk.pengaturan.skm())
        self.atas_nama = AtasNamaPage()
        self.atas_nama.muat(desk.pengaturan.atas_nama())
        self.pengganti = PenggantiPage()
        self.pengganti.muat(desk.pengaturan.masa_berlaku_pengganti())
        u = desk.pengaturan.umum()
        self.katalog = KatalogWidget(
            kecamatan=desk.pengaturan.kantor().kecamatan,
            meterai=u.meterai,
            hari_ini=desk.sekarang().date(),
        )
        self.aturan = AturanWidget(desk.sekarang().date())
        for w, t in (
            (self.kantor, "&Kantor"),
            (self.pejabat, "P&ejabat"),
            (self.umum, "Kertas dan &keamanan"),
            (self.penomoran, "Pe&nomoran"),
            (self.pengguna, "Pen&gguna"),
            (self.katalog, "Katalog &SOP"),
            (self.aturan, "Aturan &berlaku"),
            (self.data_pribadi, "&Data pribadi"),
            (self.skm, "Sur&vei kepuasan"),
            (self.atas_nama, "&Atas nama"),
            (self.pengganti, "Pengganti KTP-e&l"),
        ):
            self.ui.tabs.addTab(w, t)
        boleh = desk.boleh("pengaturan.ubah")
        for w in (
            self.kantor,
            self.pejabat,
            self.umum,
            self.data_pribadi.form,
            self.skm,
            self.atas_nama,
            self.pengganti,
        ):
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
        from bawang_desk.core.pengaturan import validasi_data_pribadi, validasi_skm

        dp_widgets = self.data_pribadi.form.widgets()
        widgets = {
            **self.kantor.widgets(),
            **self.pejabat.widgets(),
            **self.umum.widgets(),
            **dp_widgets,
        }
        bersihkan_galat(self.ui.errorLabel, widgets)
        retensi = self.data_pribadi.form.nilai()
        skm = self.skm.nilai()
        try:
            # checked before anything is saved, so a bad period leaves every setting as it was
            validasi_data_pribadi(retensi)
            try:
                validasi_skm(skm)
            except ValidationError as e:
                self.ui.tabs.setCurrentWidget(self.skm)
                self.skm.pilih_unsur((e.field or "").split(".")[0])
                tampilkan_galat(self.ui.errorLabel, e, self.skm.widgets())
                return
            self.desk.pengaturan.simpan(
                kantor=self.kantor.nilai(), pejabat=self.pejabat.nilai(), umum=self.umum.nilai()
            )
            if retensi != self.desk.pengaturan.data_pribadi():
                self.desk.pengaturan.simpan_data_pribadi(retensi)
            if validasi_skm(skm) != self.desk.pengaturan.skm():
                self.desk.pengaturan.simpan_skm(skm)
            if self.atas_nama.nilai() != self.desk.pengaturan.atas_nama():
                self.desk.pengaturan.simpan_atas_nama(self.atas_nama.nilai())
            if self.pengganti.nilai() != self.desk.pengaturan.masa_berlaku_pengganti():
                self.desk.pengaturan.simpan_masa_berlaku_pengganti(self.pengganti.nilai())
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
