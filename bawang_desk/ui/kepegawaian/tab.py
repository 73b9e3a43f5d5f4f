"""The Kepegawaian tab (SOP 068/003): its five pages under one tab, Alt+1..5."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.ui.kepegawaian.pegawai_page import PegawaiPage
from bawang_desk.ui.kepegawaian.penjagaan_page import PenjagaanPage
from bawang_desk.ui.kepegawaian.register_page import RegisterPage
from bawang_desk.ui.kepegawaian.usulan_page import UsulanPage
from bawang_desk.ui.umum import (
    beri_nama,
)

# ====================================================================== the tab


class KepegawaianTab(QWidget):
    """Sub-tabs: Pegawai, Buku Penjagaan KP, Buku Penjagaan KGB, Usulan, Register KP/KGB."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.subTabs = QTabWidget()
        beri_nama(self.subTabs, "kepegawaianSubTabs", "Bagian kepegawaian")
        self.pegawaiPage = PegawaiPage(desk)
        beri_nama(self.pegawaiPage, "pegawaiPage", "Daftar pegawai")
        self.kpPage = PenjagaanPage(desk, "kp")
        beri_nama(self.kpPage, "penjagaanKpPage", "Buku penjagaan kenaikan pangkat")
        self.kgbPage = PenjagaanPage(desk, "kgb")
        beri_nama(self.kgbPage, "penjagaanKgbPage", "Buku penjagaan kenaikan gaji berkala")
        self.usulanPage = UsulanPage(desk)
        beri_nama(self.usulanPage, "usulanPage", "Usulan KP/KGB")
        self.registerPage = RegisterPage(desk)
        beri_nama(self.registerPage, "registerKpPage", "Register KP/KGB")
        self.subTabs.addTab(self.pegawaiPage, "&1 Pegawai")
        self.subTabs.addTab(self.kpPage, "&2 Penjagaan KP")
        self.subTabs.addTab(self.kgbPage, "&3 Penjagaan KGB")
        self.subTabs.addTab(self.usulanPage, "&4 Usulan")
        self.subTabs.addTab(self.registerPage, "&5 Register KP/KGB")
        self.tolakLabel = QLabel()
        beri_nama(self.tolakLabel, "kepegawaianTolakLabel", "Keterangan kepegawaian")
        self.tolakLabel.setWordWrap(True)
        lay.addWidget(self.tolakLabel)
        lay.addWidget(self.subTabs)
        self.halaman = (
            self.pegawaiPage,
            self.kpPage,
            self.kgbPage,
            self.usulanPage,
            self.registerPage,
        )
        self._dimuat: set[int] = set()
        self.kpPage.usulan_baru = self._usulan_dari_buku
        self.kgbPage.usulan_baru = self._usulan_dari_buku
        self.subTabs.currentChanged.connect(self._halaman_aktif)
        self.perbarui_izin()

    def showEvent(self, ev) -> None:
        super().showEvent(ev)
        self._halaman_aktif(self.subTabs.currentIndex())

    def _halaman_aktif(self, i: int) -> None:
        """Load a page when it is shown (and again each time: the roster may have changed)."""
        if 0 <= i < len(self.halaman) and self.isVisible():
            self._dimuat.add(i)
            self.halaman[i].muat()

    def tampilkan(self, halaman: QWidget) -> QWidget:
        """Switch to a sub-tab (and load it); returns the page."""
        self.subTabs.setCurrentWidget(halaman)
        self._halaman_aktif(self.subTabs.currentIndex())
        return halaman

    def buka_id(self, pegawai_id: int) -> None:
        """Show one employee on the KP/KGB book (opened from the Beranda's list of those due):
        the book where the usulan starts, or the roster when the book does not list them."""
        for page in (self.kgbPage, self.kpPage):
            self.tampilkan(page)
            for r in range(page.model.rowCount()):
                if page.model.baris(r).pegawai.id == pegawai_id:
                    page.table.selectRow(page.proxy.mapFromSource(page.model.index(r, 0)).row())
                    page.table.setFocus()
                    return
        self.tampilkan(self.pegawaiPage)
        self.pegawaiPage.muat(pilih=pegawai_id)

    def perbarui_izin(self) -> None:
        """Re-check every button against the logged-in role (called after a user change)."""
        # a page the role may not read is hidden, and one sentence says so (issue 12 item 5):
        # no disabled tabs that look like missing data
        from bawang_desk.ui.umum.izin import kalimat_tak_berwenang

        d = self.desk
        izin = ("pegawai.lihat",) * 3 + ("usulan_kp.lihat",) * 2
        for i, iz in enumerate(izin):
            self.subTabs.setTabVisible(i, d.pengguna_aktif is None or d.boleh(iz))
        tolak = [
            t
            for t in (
                kalimat_tak_berwenang(d, "pegawai.lihat", "data pegawai dan buku penjagaan"),
                kalimat_tak_berwenang(d, "usulan_kp.lihat", "usulan dan Register KP/KGB"),
            )
            if t
        ]
        self.tolakLabel.setText(" ".join(tolak))
        self.tolakLabel.setVisible(bool(tolak))
        self.subTabs.setVisible(any(self.subTabs.isTabVisible(i) for i in range(len(izin))))
        for p in self.halaman:
            p.perbarui_izin()
        if self.isVisible():
            self._halaman_aktif(self.subTabs.currentIndex())

    def _usulan_dari_buku(self, jenis: str, ids: list[int]) -> None:
        self.tampilkan(self.usulanPage)
        self.usulanPage.usulan_baru(jenis, ids)

    def hideEvent(self, ev) -> None:
        # a search typed just before the tab is closed must not run against a closed desk
        self.pegawaiPage._tunda.stop()
        self.registerPage._tunda.stop()
        super().hideEvent(ev)
