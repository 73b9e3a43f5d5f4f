"""The Beranda tab: one card per figure the logged-in role needs today, each opening its list."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import beranda
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.teks import tanggal_panjang
from bawang_desk.ui.beranda.daftar_dialog import DaftarDialog
from bawang_desk.ui.umum import beri_nama, pesan_galat
from bawang_desk.ui.umum.pekerja import Pekerja, jalankan

KOLOM_KARTU = 3

_GAYA_KARTU = """
QPushButton#{nama} {{
    text-align: left; padding: 12px 16px; border-radius: 6px;
    border: 1px solid {garis}; background: {latar};
}}
QPushButton#{nama}:focus {{ border: 2px solid #1f5fa8; }}
"""


def _kartu(a: beranda.Angka) -> QPushButton:
    """A card: a button (Tab, Enter and Space work) holding the title, the figure in large type
    and its explanation; the labels let clicks through to the button."""
    b = QPushButton()
    nama = f"kartu_{a.kunci}"
    beri_nama(b, nama, f"{a.judul}: {a.nilai}, {a.keterangan}")
    penting = bool(a.perlu_perhatian and a.nilai)
    b.setStyleSheet(
        _GAYA_KARTU.format(
            nama=nama,
            garis="#c0392b" if penting else "#b8c4d0",
            latar="#fdecea" if penting else "#f5f8fb",
        )
    )
    v = QVBoxLayout(b)
    v.setContentsMargins(16, 10, 16, 10)
    v.setSpacing(2)
    for teks, skala, tebal, warna, nama_label in (
        (a.judul, 1.05, True, "#333333", "judul"),
        (
            str(a.nilai),
            2.0 if isinstance(a.nilai, int) else 1.4,
            True,
            "#c0392b" if penting else "#1f3b57",
            "nilai",
        ),
        (a.keterangan, 0.95, False, "#555555", "keterangan"),
    ):
        lbl = QLabel(teks)
        lbl.setObjectName(f"{nama}_{nama_label}")
        lbl.setWordWrap(True)
        lbl.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        f = lbl.font()
        f.setPointSizeF(f.pointSizeF() * skala)
        f.setBold(tebal)
        lbl.setFont(f)
        lbl.setStyleSheet(f"color: {warna}; background: transparent;")
        v.addWidget(lbl)
    b.setMinimumHeight(v.sizeHint().height() + 8)
    # cards of one row share its height
    b.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
    return b


class BerandaTab(QWidget):
    """Cards with today's figures for the logged-in user's role."""

    buka = Signal(str, int)
    """(tab objectName, record id): the main window shows the tab and selects the record."""
    aturDiminta = Signal(str)
    """A settings page to open ("pengguna", "pejabat"): a next step of a new office."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.kartu: dict[str, QPushButton] = {}
        self.angka: list[beranda.Angka] = []
        v = QVBoxLayout(self)
        atas = QHBoxLayout()
        self.judulLabel = QLabel()
        beri_nama(self.judulLabel, "judulLabel", "Judul beranda")
        f = self.judulLabel.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        self.judulLabel.setFont(f)
        atas.addWidget(self.judulLabel, 1)
        self.perbaruiButton = QPushButton("Perbar&ui (F5)")
        beri_nama(self.perbaruiButton, "perbaruiButton", "Perbarui angka beranda")
        self.perbaruiButton.clicked.connect(self.muat)
        atas.addWidget(self.perbaruiButton)
        v.addLayout(atas)
        self.kosongLabel = QLabel()
        beri_nama(self.kosongLabel, "kosongLabel", "Keterangan beranda")
        self.kosongLabel.setWordWrap(True)
        v.addWidget(self.kosongLabel)
        self.langkahBox = QGroupBox("Langkah berikutnya untuk kantor baru")
        beri_nama(self.langkahBox, "langkahAwalBox", "Langkah berikutnya")
        self.langkahBox.setLayout(QVBoxLayout())
        self.langkahBox.setVisible(False)
        v.addWidget(self.langkahBox)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        v.addLayout(self.grid)
        v.addStretch(1)
        QShortcut(QKeySequence("F5"), self, self.muat)
        self._dimuat = False
        self._pekerja: Pekerja | None = None
        self._lagi = False

    def showEvent(self, ev) -> None:
        super().showEvent(ev)
        # after the first paint: the window is usable before the figures are counted
        QTimer.singleShot(0, self.muat)

    def perbarui_izin(self) -> None:
        if self.isVisible():
            self.muat()
        else:
            self._dimuat = False

    def muat(self) -> None:
        try:
            self._muat()
        except sqlite3.ProgrammingError:
            # a refresh queued before the desk was closed (restore, exit): nothing to count
            return

    def _muat(self) -> None:
        user = self.desk.pengguna_aktif
        hari = self.desk.sekarang().date()
        self.judulLabel.setText(
            f"Selamat bekerja, {user.nama} \u2014 {tanggal_panjang(hari)}" if user else "Beranda"
        )
        if user is None:
            self._hasil([])
            return
        if self.desk.path is None:  # one in-memory connection: count here
            try:
                self._hasil(beranda.ringkasan(self.desk, hari))
            except BawangError as e:
                self._hasil(str(e))
            return
        if self._pekerja is not None:
            self._lagi = True  # counted again when the running count is done
            return
        desk = self.desk

        def job(_progress) -> object:
            # on its own connection: with a cold file cache the counts read from disk, and
            # the window must stay usable meanwhile (issue 17)
            d = desk.cabang()
            try:
                return beranda.ringkasan(d, hari)
            except BawangError as e:
                return str(e)
            finally:
                d.close()

        self.kosongLabel.setText("Menghitung angka beranda...")
        self._pekerja = jalankan(self, job, selesai=self._hasil, gagal=self._hasil)

    def _hasil(self, hasil: object) -> None:
        self._pekerja = None
        if isinstance(hasil, str):
            self.angka = []
            self.kosongLabel.setText(hasil)
        else:
            self.angka = list(hasil)  # type: ignore[call-overload]
        self._isi_kartu()
        self._dimuat = True
        if self._lagi:
            self._lagi = False
            self.muat()

    def hentikan(self) -> None:
        """Before the desk closes (exit, restore): wait for a running count."""
        pk, self._pekerja = self._pekerja, None
        if pk is not None:
            pk.hentikan()

    def _isi_langkah(self) -> None:
        """The Admin's next steps after the first-run setup, each with its settings page."""
        lay = self.langkahBox.layout()
        while lay.count():
            w = lay.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        try:
            langkah = beranda.langkah_awal(self.desk) if self.desk.pengguna_aktif else []
        except (BawangError, sqlite3.ProgrammingError):
            # not the Admin's to see, or a count that finished after the desk was closed (exit,
            # restore): no next steps to show
            langkah = []
        for i, lk in enumerate(langkah, 1):
            baris = QHBoxLayout()
            teks = QLabel(f"{i}. {lk.teks}")
            teks.setWordWrap(True)
            judul = {"pengguna": "Pengguna", "pejabat": "Pejabat"}.get(lk.halaman, lk.halaman)
            b = QPushButton(f"Buka Pengaturan \u203a {judul}")
            beri_nama(b, f"langkah_{lk.halaman}", f"Buka pengaturan {judul}")
            b.clicked.connect(lambda _c=False, h=lk.halaman: self.aturDiminta.emit(h))
            w = QWidget()
            baris.setContentsMargins(0, 0, 0, 0)
            baris.addWidget(teks, 1)
            baris.addWidget(b)
            w.setLayout(baris)
            lay.addWidget(w)
        self.langkahBox.setVisible(bool(langkah))

    def _isi_kartu(self) -> None:
        self._isi_langkah()
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.kartu = {}
        if not self.angka:
            if self.desk.pengguna_aktif:
                self.kosongLabel.setText("Tidak ada angka beranda untuk peran Anda.")
            return
        perlu = sum(1 for a in self.angka if a.perlu_perhatian and a.nilai)
        self.kosongLabel.setText(
            f"{perlu} hal perlu perhatian Anda. Pilih kartu (Tab, lalu Enter) untuk melihat "
            "daftarnya."
            if perlu
            else "Tidak ada yang mendesak. Pilih kartu untuk melihat daftarnya."
        )
        for i, a in enumerate(self.angka):
            b = _kartu(a)
            b.clicked.connect(lambda _c=False, k=a.kunci: self.buka_daftar(k))
            self.grid.addWidget(b, i // KOLOM_KARTU, i % KOLOM_KARTU)
            self.kartu[a.kunci] = b
        for c in range(KOLOM_KARTU):
            self.grid.setColumnStretch(c, 1)

    def buka_daftar(self, kunci: str) -> DaftarDialog | None:
        try:
            d = beranda.daftar(self.desk, kunci)
        except BawangError as e:
            pesan_galat(self, "Beranda", e)
            return None
        dlg = DaftarDialog(d, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.dipilih is not None and d.tab:
            self.buka.emit(d.tab, dlg.dipilih)
        return dlg
