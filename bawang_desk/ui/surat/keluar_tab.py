"""The Surat Keluar tab (SOP 068/002): draft, correction, signature, number, sending and archive."""

from __future__ import annotations

import html
import textwrap
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import klasifikasi
from bawang_desk.core.atas_nama import boleh_mencatat
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError, ValidationError
from bawang_desk.core.surat_keluar import (
    LABEL_STATUS,
    MODE_TTD,
    BarisEkspedisi,
    SuratKeluar,
)
from bawang_desk.core.teks import tanggal_pendek
from bawang_desk.ui.surat.keluar_dialog import SuratKeluarDialog
from bawang_desk.ui.surat.keluar_model import (
    WARNA_BATAL,
    EkspedisiModel,
    RiwayatModel,
    SuratKeluarModel,
)
from bawang_desk.ui.surat.kirim_dialog import EkspedisiDialog, KirimDialog, TandaTerimaDialog
from bawang_desk.ui.surat.umum import GAYA_CATATAN, label_surat_masuk, siapkan_tabel
from bawang_desk.ui.umum import (
    TanggalEdit,
    beri_nama,
    konfirmasi,
    minta_alasan,
    pesan_galat,
)
from bawang_desk.ui.umum.dasar import pasang_pintasan
from bawang_desk.ui.umum.izin import atur_tombol, kalimat_tak_berwenang
from bawang_desk.ui.umum.kolom import atur_kolom
from bawang_desk.ui.umum.tata import AlirLayout

#: The statuses each step needs (the printed-for-signature flow of issue 14).
_UBAH = ("konsep", "perbaikan", "dikembalikan")
_CETAK_TTD = ("disetujui", "dikembalikan")
_KONSEP = ("konsep", "perbaikan", "disetujui", "dikembalikan")


def _belum(status: str | None, perlu: tuple[str, ...]) -> str:
    """Why a step button is disabled for the right role: no letter, or the step before."""
    if status is None:
        return "Pilih surat di tabel lebih dahulu."
    harus = " atau ".join(f"\u201c{LABEL_STATUS[p]}\u201d" for p in perlu)
    return (
        f"Langkah ini untuk surat berstatus {harus}; surat ini berstatus "
        f"\u201c{LABEL_STATUS.get(status, status)}\u201d."
    )


class SuratKeluarTab(QWidget):
    """Surat keluar from konsep to arsip, and the Buku Ekspedisi of hand-delivered letters."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        self.tabs = QTabWidget()
        beri_nama(self.tabs, "suratKeluarTabs", "Bagian surat keluar")
        self.tabs.addTab(self._buat_halaman_surat(), "Da&ftar surat keluar")
        self.tabs.addTab(self._buat_halaman_ekspedisi(), "Buku &Ekspedisi")
        lay.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda i: i == 1 and self.muat_ekspedisi())
        self.perbarui_izin()

    # ---- building

    def _buat_halaman_surat(self) -> QWidget:
        page = QWidget()
        beri_nama(page, "halamanSurat", "Daftar surat keluar")
        lay = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.cariEdit = QLineEdit()
        beri_nama(self.cariEdit, "cariEdit", "Cari surat keluar")
        self.cariEdit.setPlaceholderText("Cari nomor, tujuan atau hal...")
        self.cariEdit.setClearButtonEnabled(True)
        self.statusCombo = QComboBox()
        beri_nama(self.statusCombo, "statusCombo", "Saring status")
        self.statusCombo.addItem("Semua status", "")
        for k, v in LABEL_STATUS.items():
            self.statusCombo.addItem(v, k)
        self.konsepButton = QPushButton("Konsep bar&u...")
        beri_nama(self.konsepButton, "konsepBaruButton", "Konsep baru")
        pasang_pintasan(self.konsepButton, "Ctrl+N")  # the Alt letter stays
        self.konsepButton.setToolTip("Buat konsep surat keluar baru (Ctrl+N)")
        self.luarButton = QPushButton("Ambil nomor (surat di luar aplikasi)...")
        beri_nama(
            self.luarButton, "ambilNomorLuarButton", "Ambil nomor untuk surat di luar aplikasi"
        )
        for text, w in (("&Cari:", self.cariEdit), ("&Status:", self.statusCombo)):
            label = QLabel(text)
            label.setBuddy(w)
            bar.addWidget(label)
            bar.addWidget(w, 1 if w is self.cariEdit else 0)
        bar.addSpacing(12)
        bar.addWidget(self.konsepButton)
        bar.addWidget(self.luarButton)
        self.bukuButton = QPushButton("Cetak buku agenda...")
        beri_nama(self.bukuButton, "cetakAgendaKeluarButton", "Cetak Buku Agenda Surat Keluar")
        self.bukuButton.clicked.connect(lambda: self.cetak_buku("surat-keluar"))
        bar.addWidget(self.bukuButton)
        lay.addLayout(bar)

        # the actions, in the order of the flow; each enabled only when it applies
        # wraps rather than widen the window on a 1024 px screen
        aksi = AlirLayout()
        judul_aksi = QLabel("Surat terpilih:")
        aksi.addWidget(judul_aksi)

        def tombol(teks: str, nama: str, aksesibel: str, slot) -> QPushButton:
            b = QPushButton(teks)
            beri_nama(b, nama, aksesibel)
            b.clicked.connect(slot)
            aksi.addWidget(b)
            return b

        self.ubahButton = tombol("Uba&h konsep...", "ubahKonsepButton", "Ubah konsep", self.ubah)
        self.setujuiButton = tombol(
            "Koreksi: setu&jui", "setujuiButton", "Koreksi: setujui", self.setujui
        )
        self.perbaikanButton = tombol(
            "Koreksi: pe&rlu perbaikan...",
            "perbaikanButton",
            "Koreksi: perlu perbaikan",
            self.perlu_perbaikan,
        )
        self.ttdButton = tombol(
            "&Tandatangani...", "tandatanganiButton", "Tandatangani", self.tandatangani
        )
        self.nomorButton = tombol("Beri n&omor", "beriNomorButton", "Beri nomor", self.beri_nomor)
        self.kirimButton = tombol("K&irim...", "kirimButton", "Kirim", self.kirim)
        self.arsipButton = tombol("&Arsipkan", "arsipkanButton", "Arsipkan", self.arsipkan)
        self.batalButton = tombol("Bata&lkan...", "batalkanButton", "Batalkan surat", self.batalkan)
        lay.addLayout(aksi)
        # the letter's way to the official on paper and back (issue 14), a row of its own
        aksi = QHBoxLayout()
        aksi.addWidget(QLabel("Surat ke pejabat:"))
        self.cetakKonsepButton = tombol(
            "Cetak &KONSEP", "cetakKonsepButton", "Cetak konsep tanpa nomor", self.cetak_konsep
        )
        self.cetakTtdButton = tombol(
            "Cetak untuk ditandatangani...",
            "cetakTtdButton",
            "Cetak untuk ditandatangani",
            self.cetak_untuk_ttd,
        )
        self.sudahTtdButton = tombol(
            "Sudah ditandatan&gani...",
            "sudahTtdButton",
            "Sudah ditandatangani",
            self.sudah_ditandatangani,
        )
        self.dikembalikanButton = tombol(
            "Dike&mbalikan...", "dikembalikanButton", "Dikembalikan", self.dikembalikan
        )
        self.cetakSuratButton = tombol(
            "Cetak surat", "cetakSuratButton", "Cetak surat bernomor", self.cetak_surat
        )
        aksi.addStretch(1)
        lay.addLayout(aksi)

        self.model = SuratKeluarModel(self)
        self.table = QTableView()
        beri_nama(self.table, "suratKeluarTable", "Daftar surat keluar")
        self.proxy = siapkan_tabel(self.table, self.model, self)
        M = SuratKeluarModel
        atur_kolom(self.table, regang=M.COL_HAL)

        # below the list: the selected letter and its history
        bawah = QWidget()
        bl = QHBoxLayout(bawah)
        bl.setContentsMargins(0, 0, 0, 0)
        rincian = QGroupBox("Rincian surat terpilih")
        beri_nama(rincian, "rincianGroup", "Rincian surat terpilih")
        rl = QVBoxLayout(rincian)
        self.detailLabel = QLabel()
        beri_nama(self.detailLabel, "detailLabel", "Rincian surat terpilih")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextFormat(Qt.TextFormat.RichText)
        self.detailLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detailLabel.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.koreksiLabel = QLabel()
        beri_nama(self.koreksiLabel, "koreksiLabel", "Catatan koreksi")
        self.koreksiLabel.setWordWrap(True)
        self.koreksiLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        isi = QWidget()
        il = QVBoxLayout(isi)
        il.setContentsMargins(0, 0, 0, 0)
        il.addWidget(self.detailLabel)
        il.addWidget(self.koreksiLabel)
        il.addStretch(1)
        gulung = QScrollArea()
        beri_nama(gulung, "rincianScroll", "Rincian surat terpilih")
        gulung.setWidget(isi)
        gulung.setWidgetResizable(True)
        gulung.setFrameShape(QFrame.Shape.NoFrame)
        gulung.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        rl.addWidget(gulung)
        bl.addWidget(rincian, 2)  # the history's notes are the longer lines: it gets 3 of 5
        riwayat = QGroupBox("Riwayat")
        beri_nama(riwayat, "riwayatGroup", "Riwayat surat terpilih")
        wl = QVBoxLayout(riwayat)
        self.riwayatModel = RiwayatModel(self)
        self.riwayatTable = QTableView()
        beri_nama(self.riwayatTable, "riwayatTable", "Riwayat surat")
        self.riwayatTable.setModel(self.riwayatModel)
        self.riwayatTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.riwayatTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.riwayatTable.setWordWrap(True)
        self.riwayatTable.verticalHeader().setVisible(False)
        self.riwayatTable.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        rh = self.riwayatTable.horizontalHeader()
        rh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rh.setSectionResizeMode(RiwayatModel.COL_CATATAN, QHeaderView.ResizeMode.Stretch)
        # a status as wide as its longest word, wrapped ("Disetujui (siap / ditandatangani)"):
        # sized to its whole label it left the Catatan (who signed, for whom, recorded by
        # whom) a few pixels at 1024 px
        fm = self.riwayatTable.fontMetrics()
        kata = max(fm.horizontalAdvance(k) for v in LABEL_STATUS.values() for k in v.split())
        rh.setSectionResizeMode(RiwayatModel.COL_STATUS, QHeaderView.ResizeMode.Interactive)
        rh.resizeSection(RiwayatModel.COL_STATUS, kata + 16)
        wl.addWidget(self.riwayatTable)
        bl.addWidget(riwayat, 3)

        split = QSplitter(Qt.Orientation.Vertical)
        beri_nama(split, "suratSplitter")
        split.addWidget(self.table)
        split.addWidget(bawah)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        bawah.setMinimumHeight(150)
        lay.addWidget(split, 1)
        self.infoLabel = QLabel()
        beri_nama(self.infoLabel, "infoLabel", "Ringkasan")
        self.infoLabel.setWordWrap(True)
        lay.addWidget(self.infoLabel)

        self._tunda = QTimer(self)
        self._tunda.setSingleShot(True)
        self._tunda.setInterval(150)
        self._tunda.timeout.connect(self.muat)
        self.cariEdit.textChanged.connect(self._tunda.start)
        self.statusCombo.currentIndexChanged.connect(lambda _i: self.muat())
        self.konsepButton.clicked.connect(self.konsep_baru)
        self.luarButton.clicked.connect(self.ambil_nomor_luar)
        self.table.selectionModel().selectionChanged.connect(self._pilihan_berubah)
        self.table.doubleClicked.connect(self._dobel_klik)
        return page

    def _buat_halaman_ekspedisi(self) -> QWidget:
        page = QWidget()
        beri_nama(page, "halamanEkspedisi", "Buku Ekspedisi")
        lay = QVBoxLayout(page)
        bar = QHBoxLayout()
        tahun = self.desk.sekarang().year
        self.dariEdit = TanggalEdit(tanggal=date(tahun, 1, 1))
        beri_nama(self.dariEdit, "dariEdit", "Dari tanggal kirim")
        self.sampaiEdit = TanggalEdit(tanggal=date(tahun, 12, 31))
        beri_nama(self.sampaiEdit, "sampaiEdit", "Sampai tanggal kirim")
        for text, d in (("Dari tan&ggal:", self.dariEdit), ("&Sampai:", self.sampaiEdit)):
            label = QLabel(text)
            label.setBuddy(d)
            bar.addWidget(label)
            bar.addWidget(d)
            d.tanggalBerubah.connect(lambda _d: self.muat_ekspedisi())
        bar.addStretch(1)
        self.catatEksButton = QPushButton("&Catat pengiriman...")
        beri_nama(self.catatEksButton, "catatEkspedisiButton", "Catat pengiriman")
        self.terimaButton = QPushButton("Catat tanda &terima...")
        beri_nama(self.terimaButton, "tandaTerimaButton", "Catat tanda terima")
        bar.addWidget(self.catatEksButton)
        bar.addWidget(self.terimaButton)
        self.bukuEksButton = QPushButton("Cetak buku ekspedisi...")
        beri_nama(self.bukuEksButton, "cetakEkspedisiButton", "Cetak Buku Ekspedisi")
        self.bukuEksButton.clicked.connect(lambda: self.cetak_buku("ekspedisi"))
        bar.addWidget(self.bukuEksButton)
        lay.addLayout(bar)
        self.eksModel = EkspedisiModel(self)
        self.eksTable = QTableView()
        beri_nama(self.eksTable, "ekspedisiTable", "Buku Ekspedisi")
        self.eksProxy = siapkan_tabel(self.eksTable, self.eksModel, self)
        E = EkspedisiModel
        atur_kolom(self.eksTable, regang=E.COL_HAL)
        lay.addWidget(self.eksTable, 1)
        self.eksInfoLabel = QLabel()
        beri_nama(self.eksInfoLabel, "ekspedisiInfoLabel", "Ringkasan Buku Ekspedisi")
        self.eksInfoLabel.setWordWrap(True)
        lay.addWidget(self.eksInfoLabel)
        self.catatEksButton.clicked.connect(self.catat_ekspedisi)
        self.terimaButton.clicked.connect(self.tanda_terima)
        self.eksTable.selectionModel().selectionChanged.connect(
            lambda *_a: self._perbarui_tombol_ekspedisi()
        )
        return page

    # ---- permissions and loading

    def perbarui_izin(self) -> None:
        """Called when the user changes: reload what this user may see and enable what they may do."""
        self.konsepButton.setEnabled(self.desk.boleh("surat_keluar.konsep"))
        self.luarButton.setEnabled(self.desk.boleh("surat_keluar.nomor"))
        self.catatEksButton.setEnabled(self.desk.boleh("ekspedisi.catat"))
        for b in (self.bukuButton, self.bukuEksButton):
            b.setEnabled(self.desk.boleh("buku.cetak"))
            b.setToolTip("" if b.isEnabled() else "Peran Anda tidak mencetak buku register.")
        self.muat()
        self.muat_ekspedisi()

    def cetak_buku(self, jenis: str) -> QDialog:
        """The Buku Agenda Surat Keluar or the Buku Ekspedisi, from the tab that keeps it."""
        from bawang_desk.ui.surat.cetak_buku import CetakBukuDialog

        dlg = CetakBukuDialog(self.desk, jenis, self)
        dlg.open()
        self._cetak_buku = dlg
        return dlg

    def surat_terpilih(self) -> SuratKeluar | None:
        idx = self.table.selectionModel().selectedRows()
        if not idx:
            return None
        return self.model.surat_di(self.proxy.mapToSource(idx[0]).row())

    def pilih_surat(self, sid: int) -> bool:
        row = self.model.baris_id(sid)
        if row < 0:
            self.table.clearSelection()
            return False
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(idx.row())
        self.table.scrollTo(idx)
        return True

    def muat(self, pilih: int | None = None) -> None:
        """Reload the list with the current search and filter, keeping the selected letter."""
        self._tunda.stop()
        if pilih is None:
            s = self.surat_terpilih()
            pilih = s.id if s else None
        teks = self.cariEdit.text()
        status = self.statusCombo.currentData() or None
        sk = self.desk.surat_keluar
        tolak = kalimat_tak_berwenang(self.desk, "surat_keluar.lihat", "surat keluar")
        if tolak:  # hidden, not lost: a sentence instead of an empty list
            self.model.set_sumber(lambda offset, batas: [])
            self.infoLabel.setText(tolak)
            self._pilihan_berubah()
            return
        try:
            self.model.set_sumber(
                lambda offset, batas: sk.daftar(
                    teks=teks, status=status, offset=offset, batas=batas
                )
            )
        except BawangError as e:
            self.infoLabel.setText(str(e) if self.desk.pengguna_aktif else "")
        else:
            n = self.model.rowCount()
            lagi = "+" if self.model.canFetchMore() else ""
            self.infoLabel.setText(
                f"{n}{lagi} surat keluar{' cocok' if teks.strip() or status else ''}."
            )
        if pilih is not None:
            self.pilih_surat(pilih)
        self._pilihan_berubah()

    def muat_ekspedisi(self, pilih: int | None = None) -> None:
        if pilih is None:
            b = self.ekspedisi_terpilih()
            pilih = b.id if b else None
        try:
            rows = self.desk.surat_keluar.ekspedisi(
                self.dariEdit.periksa("dari"), self.sampaiEdit.periksa("sampai")
            )
        except BawangError as e:
            self.eksModel.set_rows([])
            self.eksInfoLabel.setText(str(e) if self.desk.pengguna_aktif else "")
        else:
            self.eksModel.set_rows(rows)
            belum = sum(1 for r in rows if not r.penerima)
            self.eksInfoLabel.setText(
                f"{len(rows)} surat diantar langsung, {belum} belum ada tanda terimanya."
            )
        if pilih is not None:
            row = self.eksModel.baris_id(pilih)
            if row >= 0:
                self.eksTable.selectRow(
                    self.eksProxy.mapFromSource(self.eksModel.index(row, 0)).row()
                )
        self._perbarui_tombol_ekspedisi()

    # ---- the selected letter

    def _pilihan_berubah(self, *_a: object) -> None:
        s = self.surat_terpilih()
        self._perbarui_tombol(s)
        if s is not None:
            # the list rows carry no history; read the whole letter for the detail panel
            try:
                s = self.desk.surat_keluar.get(s.id)
            except BawangError:
                s = None
        self._tampilkan_rincian(s)

    def _perbarui_tombol(self, s: SuratKeluar | None) -> None:
        st = s.status if s else None
        d = self.desk
        # koreksi and the pen signature may be recorded for the official; the direct "Tandatangani"
        # stays with the signer himself
        koreksi = boleh_mencatat(d, "surat_keluar", "surat_keluar.koreksi")
        ttd_kertas = boleh_mencatat(d, "surat_keluar", "surat_keluar.tandatangan")
        for tb, izin, tindakan, perlu, boleh in (
            (self.ubahButton, "surat_keluar.konsep", "mengubah konsep", _UBAH, None),
            (self.setujuiButton, "surat_keluar.koreksi", "menyetujui konsep", ("konsep",), koreksi),
            (
                self.perbaikanButton,
                "surat_keluar.koreksi",
                "meminta perbaikan",
                ("konsep",),
                koreksi,
            ),
            (
                self.cetakTtdButton,
                "surat_keluar.nomor",
                "mencetak untuk ditandatangani",
                _CETAK_TTD,
                None,
            ),
            (
                self.sudahTtdButton,
                "surat_keluar.tandatangan",
                "mencatat tanda tangan",
                ("dicetak",),
                ttd_kertas,
            ),
            (
                self.dikembalikanButton,
                "surat_keluar.nomor",
                "mencatat surat dikembalikan",
                ("dicetak",),
                None,
            ),
            (self.ttdButton, "surat_keluar.tandatangan", "menandatangani", ("disetujui",), None),
            (self.nomorButton, "surat_keluar.nomor", "memberi nomor", ("ditandatangani",), None),
            (self.kirimButton, "surat_keluar.kirim", "mengirim surat", ("bernomor",), None),
            (self.arsipButton, "surat_keluar.arsip", "mengarsipkan surat", ("dikirim",), None),
        ):
            atur_tombol(
                tb, d, izin, tindakan, siap=st in perlu, belum=_belum(st, perlu), boleh=boleh
            )
        self.cetakKonsepButton.setEnabled(st in _KONSEP)
        self.cetakSuratButton.setEnabled(bool(s and s.nomor) and st != "batal")
        atur_tombol(
            self.batalButton,
            d,
            "surat_keluar.batal",
            "membatalkan surat",
            siap=st is not None and st != "batal",
            belum="Pilih surat yang belum batal di tabel lebih dahulu.",
            boleh=boleh_mencatat(d, "surat_keluar", "surat_keluar.batal"),
        )

    def _tampilkan_rincian(self, s: SuratKeluar | None) -> None:
        if s is None:
            self.detailLabel.setText("<i>Pilih surat di daftar untuk melihat rinciannya.</i>")
            self.koreksiLabel.setVisible(False)
            self.riwayatModel.set_rows([])
            return
        e = html.escape
        baris = [
            ("Nomor", e(s.nomor) if s.nomor else "<i>belum bernomor</i>"),
            ("Tanggal surat", tanggal_pendek(s.tanggal_surat) if s.tanggal_surat else "-"),
            ("Kode", e(klasifikasi.label(s.kode_klasifikasi))),
            ("Kepada", e(s.tujuan)),
            ("Hal", e(s.hal)),
            ("Sifat", e(s.label_sifat)),
        ]
        if s.lampiran:
            baris.append(("Lampiran", e(s.lampiran)))
        if s.isi:
            # what the Sekcam approves and the Camat signs: the body itself, not only its hal
            baris.append(("Isi", e(s.isi).replace("\n", "<br>")))
        if s.alasan_kembali and s.status == "dikembalikan":
            baris.append(("Dikembalikan", e(s.alasan_kembali)))
        status = e(s.label_status)
        if s.status == "batal":
            status = f"<span style='color:{WARNA_BATAL}; font-weight:bold'>BATAL</span>: " + e(
                s.alasan_batal or ""
            )
        baris.append(("Status", status))
        if s.penandatangan:
            baris.append(
                ("Ditandatangani", e(f"{MODE_TTD.get(s.mode_tanda_tangan, '')}, {s.penandatangan}"))
            )
        if s.cara_kirim:
            kapan = tanggal_pendek(s.tanggal_kirim) if s.tanggal_kirim else ""
            baris.append(("Dikirim", e(f"{s.cara_kirim} {kapan}".strip())))
        if s.balasan_untuk:
            try:
                sm = self.desk.surat_masuk.get(s.balasan_untuk)
                baris.append(("Balasan untuk", e(label_surat_masuk(sm))))
            except BawangError:
                baris.append(("Balasan untuk", f"surat masuk #{s.balasan_untuk}"))
        self.detailLabel.setText(
            "<table cellspacing='0' cellpadding='1'>"
            + "".join(
                f"<tr><td style='color:#444; padding-right:8px'>{k}</td><td>{v}</td></tr>"
                for k, v in baris
            )
            + "</table>"
        )
        if s.catatan_koreksi:
            aktif = s.status == "perbaikan"
            self.koreksiLabel.setText(
                f"Catatan koreksi{'' if aktif else ' (terakhir)'}: {s.catatan_koreksi}"
            )
            self.koreksiLabel.setStyleSheet(GAYA_CATATAN if aktif else "color: #444;")
            self.koreksiLabel.setVisible(True)
        else:
            self.koreksiLabel.setVisible(False)
        self.riwayatModel.set_rows(s.riwayat)

    def _dobel_klik(self, _idx: QModelIndex) -> None:
        if self.ubahButton.isEnabled():
            self.ubah()

    def _perlu_surat(self, judul: str) -> SuratKeluar | None:
        s = self.surat_terpilih()
        if s is None:
            pesan_galat(self, judul, ValidationError("Pilih dulu surat keluar di tabel."))
        return s

    def _jalankan(
        self, judul: str, fn: Callable[[], SuratKeluar], pesan: Callable[[SuratKeluar], str]
    ) -> bool:
        """Run one step of the flow; reload keeping the letter selected, or show the refusal."""
        try:
            hasil = fn()
        except BawangError as e:
            pesan_galat(self, judul, e)
            self.muat()
            return False
        self.muat(pilih=hasil.id)
        self.infoLabel.setText(pesan(hasil))
        return True

    # ---- actions

    def konsep_baru(self) -> None:
        dlg = SuratKeluarDialog(self.desk, SuratKeluarDialog.BARU, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat(pilih=dlg.hasil.id)
            self.infoLabel.setText(
                f"Konsep \u201c{dlg.hasil.hal}\u201d disimpan; menunggu koreksi."
            )

    def ubah(self) -> None:
        s = self._perlu_surat("Ubah konsep")
        if s is None:
            return
        dlg = SuratKeluarDialog(self.desk, SuratKeluarDialog.UBAH, s, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat(pilih=dlg.hasil.id)
            self.infoLabel.setText(f"Konsep \u201c{dlg.hasil.hal}\u201d diperbarui.")

    def _html_isi(self, s: SuratKeluar) -> str:
        """The letter as the official saw it: addressee, hal and the body."""
        e = html.escape
        return (
            f"<p><b>Yth.</b> {e(s.tujuan)}<br><b>Hal:</b> {e(s.hal)}<br><b>Sifat:</b> "
            f"{e(s.sifat_surat)}; <b>Lampiran:</b> {e(s.lampiran or '-')}</p>"
            + "".join(f"<p>{e(a)}</p>" for a in s.isi.split("\n\n") if a.strip())
        )

    def _koreksi_atas_nama(self, s: SuratKeluar, setuju: bool) -> None:
        """The official's koreksi on the printed konsep, recorded with his name and time."""
        from bawang_desk.ui.umum import KotakAlasan
        from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog

        catatan = KotakAlasan()
        beri_nama(catatan, "catatanKoreksiEdit", "Catatan koreksi")
        catatan.setPlaceholderText(
            "Catatan pejabat (boleh kosong)" if setuju else "Apa yang harus diperbaiki"
        )
        dlg = CatatPejabatDialog(
            self.desk,
            "Koreksi: disetujui" if setuju else "Koreksi: perlu perbaikan",
            area="surat_keluar",
            mode_boleh=("sekcam", "camat", "plh"),
            teks=self._html_isi(s),
            ekstra=catatan,
            simpan=lambda an: self.desk.surat_keluar.koreksi(
                s.id, setuju=setuju, catatan=catatan.teks(), atas_nama=an
            ),
            parent=self,
        )
        self._dialog = dlg
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.muat(pilih=s.id)
            self.infoLabel.setText(
                f"Koreksi \u201c{s.hal}\u201d dicatat: "
                + ("disetujui." if setuju else "perlu perbaikan.")
            )

    def cetak_konsep(self) -> None:
        self._cetak(konsep=True)

    def cetak_surat(self) -> None:
        self._cetak(konsep=False)

    def _cetak(self, *, konsep: bool, sid: int | None = None):
        from bawang_desk.documents.surat_keluar import cetak_surat_keluar
        from bawang_desk.ui.umum.pratinjau import tampilkan_pdf

        s = self.desk.surat_keluar.get(sid) if sid is not None else self._perlu_surat("Cetak")
        if s is None:
            return None
        try:
            path = cetak_surat_keluar(self.desk, s.id, konsep=konsep)
        except (BawangError, OSError) as e:
            pesan_galat(self, "Cetak surat keluar", e)
            return None
        self.surat_terakhir = path
        self._pratinjau = tampilkan_pdf(path, ("KONSEP " if konsep else "") + s.hal, self)
        return path

    def cetak_untuk_ttd(self) -> None:
        """The number is issued now, with the signature block chosen, and the letter printed."""
        s = self._perlu_surat("Cetak untuk ditandatangani")
        if s is None:
            return
        pilihan = [
            (m, label)
            for m, label in MODE_TTD.items()
            if self.desk.pengaturan.pejabat("camat" if m == "camat" else "sekcam").terisi
        ]
        labels = [
            f"{label}: {self.desk.pengaturan.pejabat('camat' if m == 'camat' else 'sekcam').nama}"
            for m, label in pilihan
        ]
        awal = next((i for i, (m, _l) in enumerate(pilihan) if m == s.mode_tanda_tangan), 0)
        teks, ok = QInputDialog.getItem(
            self,
            "Cetak untuk ditandatangani",
            (
                f"Dicetak ulang dengan Nomor {s.nomor}."
                if s.nomor
                else "Nomor surat diterbitkan sekarang."
            )
            # wrapped: on one line a long hal made the question wider than the screen
            + "\n"
            + textwrap.fill(f"Surat \u201c{s.hal}\u201d ditandatangani oleh:", 80),
            labels,
            awal,
            False,
        )
        if not ok or teks not in labels:
            return
        mode = pilihan[labels.index(teks)][0]
        if self._jalankan(
            "Cetak untuk ditandatangani",
            lambda: self.desk.surat_keluar.cetak_untuk_ttd(s.id, mode=mode),
            lambda h: f"Nomor {h.nomor} dicetak untuk ditandatangani ({MODE_TTD[mode]}).",
        ):
            self._cetak(konsep=False, sid=s.id)

    def sudah_ditandatangani(self) -> None:
        """The pen signature on the printed letter, recorded with the letter on screen."""
        from bawang_desk.documents.surat_keluar import cetak_surat_keluar
        from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog

        s = self._perlu_surat("Sudah ditandatangani")
        if s is None:
            return
        try:
            pdf = cetak_surat_keluar(self.desk, s.id)
        except (BawangError, OSError) as e:
            pesan_galat(self, "Sudah ditandatangani", e)
            return
        dlg = CatatPejabatDialog(
            self.desk,
            "Sudah ditandatangani",
            area="surat_keluar",
            mode_boleh=tuple(MODE_TTD),
            mode_awal=s.mode_tanda_tangan,
            pdf=pdf,
            keterangan=f"Surat Nomor {s.nomor}: siapa yang menandatangani dan jam berapa.",
            simpan=lambda an: self.desk.surat_keluar.sudah_ditandatangani(s.id, an),
            teks_ok="&Simpan tanda tangan",
            parent=self,
        )
        self._dialog = dlg
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.muat(pilih=s.id)
            self.infoLabel.setText(f"Surat {s.nomor} ditandatangani; siap dikirim.")

    def dikembalikan(self) -> None:
        from bawang_desk.ui.umum import minta_alasan

        s = self._perlu_surat("Dikembalikan")
        if s is None:
            return
        alasan = minta_alasan(
            self,
            "Dikembalikan",
            f"Surat Nomor {s.nomor} dikembalikan pejabat. Alasannya (nomor tetap dipakai):",
            aturan=None,
        )
        if alasan is not None:
            self._jalankan(
                "Dikembalikan",
                lambda: self.desk.surat_keluar.dikembalikan(s.id, alasan),
                lambda h: f"Surat {h.nomor} dikembalikan: perbaiki lalu cetak ulang.",
            )

    def setujui(self) -> None:
        s = self._perlu_surat("Koreksi konsep")
        if s is None:
            return
        if not self.desk.boleh("surat_keluar.koreksi"):
            self._koreksi_atas_nama(s, True)
            return
        self._jalankan(
            "Koreksi konsep",
            lambda: self.desk.surat_keluar.koreksi(s.id, setuju=True),
            lambda h: f"Konsep \u201c{h.hal}\u201d disetujui; siap ditandatangani.",
        )

    def perlu_perbaikan(self) -> None:
        s = self._perlu_surat("Koreksi konsep")
        if s is None:
            return
        if not self.desk.boleh("surat_keluar.koreksi"):
            self._koreksi_atas_nama(s, False)
            return
        from bawang_desk.core.surat_keluar import catatan_koreksi

        catatan = minta_alasan(
            self,
            "Koreksi: perlu perbaikan",
            f"Konsep \u201c{s.hal}\u201d dikembalikan kepada pembuatnya.\n"
            "Tulis apa yang harus diperbaiki:",
            teks_ok="&Kembalikan",
            aturan=catatan_koreksi,
        )
        if catatan is None:
            return
        self._jalankan(
            "Koreksi konsep",
            lambda: self.desk.surat_keluar.koreksi(s.id, setuju=False, catatan=catatan),
            lambda h: f"Konsep \u201c{h.hal}\u201d dikembalikan untuk diperbaiki.",
        )

    def tandatangani(self) -> None:
        s = self._perlu_surat("Tandatangani")
        if s is None:
            return
        user = self.desk.pengguna_aktif
        peran = user.peran if user else ""
        modes = list(MODE_TTD) if peran == "camat" else ["an", "plh"]
        labels = [MODE_TTD[m] for m in modes]
        pilihan, ok = QInputDialog.getItem(
            self,
            "Tandatangani surat",
            f"Surat \u201c{s.hal}\u201d kepada {s.tujuan}\nditandatangani sebagai:",
            labels,
            0,
            False,
        )
        if not ok or pilihan not in labels:
            return
        mode = modes[labels.index(pilihan)]
        self._jalankan(
            "Tandatangani",
            lambda: self.desk.surat_keluar.tandatangani(s.id, mode=mode),
            lambda h: (
                f"Surat \u201c{h.hal}\u201d ditandatangani ({MODE_TTD[mode]}); siap diberi nomor."
            ),
        )

    def beri_nomor(self) -> None:
        s = self._perlu_surat("Beri nomor")
        if s is None:
            return
        self._jalankan(
            "Beri nomor",
            lambda: self.desk.surat_keluar.beri_nomor(s.id),
            lambda h: f"Nomor {h.nomor} diberikan untuk \u201c{h.hal}\u201d.",
        )

    def kirim(self) -> None:
        s = self._perlu_surat("Kirim surat")
        if s is None:
            return
        dlg = KirimDialog(self.desk, s, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            h = dlg.hasil
            self.muat(pilih=h.id)
            self.muat_ekspedisi()
            tambahan = " Dicatat di Buku Ekspedisi." if h.cara_kirim == "Diantar langsung" else ""
            self.infoLabel.setText(f"Surat {h.nomor} dikirim ({h.cara_kirim}).{tambahan}")

    def arsipkan(self) -> None:
        s = self._perlu_surat("Arsipkan")
        if s is None:
            return
        self._jalankan(
            "Arsipkan",
            lambda: self.desk.surat_keluar.arsipkan(s.id),
            lambda h: f"Surat {h.nomor} diarsipkan.",
        )

    def batalkan(self) -> None:
        s = self._perlu_surat("Batalkan surat")
        if s is None:
            return
        nama = s.nomor or f"\u201c{s.hal}\u201d"
        if not self.desk.boleh("surat_keluar.batal"):
            self._batal_atas_nama(s, nama)
            return
        alasan = minta_alasan(
            self,
            "Batalkan surat keluar",
            f"Surat {nama} akan ditandai BATAL"
            + (" dan nomornya tidak dapat dipakai lagi" if s.nomor else "")
            + ".\nTulis alasannya:",
            teks_ok="&Lanjut",
        )
        if alasan is None:
            return
        if not konfirmasi(
            self,
            "Batalkan surat keluar",
            f"Batalkan surat {nama}? Tindakan ini tidak dapat diurungkan.",
            "Batalkan surat",
        ):
            return
        self._jalankan(
            "Batalkan surat",
            lambda: self.desk.surat_keluar.batalkan(s.id, alasan),
            lambda h: f"Surat {nama} dibatalkan: {h.alasan_batal}",
        )

    def _batal_atas_nama(self, s: SuratKeluar, nama: str) -> None:
        """The Sekcam's or the Camat's decision to cancel, recorded with the letter on screen."""
        from bawang_desk.ui.umum import KotakAlasan
        from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog

        alasan = KotakAlasan()
        beri_nama(alasan, "alasanEdit", "Alasan pembatalan")
        alasan.setPlaceholderText("Alasan pembatalan, seperti diputuskan pejabat")
        dlg = CatatPejabatDialog(
            self.desk,
            "Batalkan surat keluar",
            area="surat_keluar",
            mode_boleh=("sekcam", "camat"),
            teks=self._html_isi(s),
            keterangan=f"Surat {nama} ditandai BATAL"
            + (" dan nomornya tidak dapat dipakai lagi" if s.nomor else "")
            + ". Pembatalan diputuskan oleh:",
            ekstra=alasan,
            simpan=lambda an: self.desk.surat_keluar.batalkan(s.id, alasan.teks(), atas_nama=an),
            teks_ok="Batalk&an surat",
            parent=self,
        )
        self._dialog = dlg
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.muat(pilih=s.id)
            self.infoLabel.setText(f"Surat {nama} dibatalkan: {dlg.hasil.alasan_batal}")

    def ambil_nomor_luar(self) -> None:
        dlg = SuratKeluarDialog(self.desk, SuratKeluarDialog.LUAR, parent=self)
        dlg.exec()
        if dlg.hasil:
            self.muat(pilih=dlg.hasil.id)
            self.infoLabel.setText(
                f"Nomor {dlg.hasil.nomor} diambil untuk \u201c{dlg.hasil.hal}\u201d "
                "(surat di luar aplikasi)."
            )

    # ---- Buku Ekspedisi

    def ekspedisi_terpilih(self) -> BarisEkspedisi | None:
        idx = self.eksTable.selectionModel().selectedRows()
        if not idx:
            return None
        return self.eksModel.baris_di(self.eksProxy.mapToSource(idx[0]).row())

    def _perbarui_tombol_ekspedisi(self) -> None:
        b = self.ekspedisi_terpilih()
        self.terimaButton.setEnabled(
            self.desk.boleh("ekspedisi.catat") and b is not None and not b.penerima
        )

    def catat_ekspedisi(self) -> None:
        dlg = EkspedisiDialog(self.desk, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat_ekspedisi(pilih=dlg.hasil)

    def tanda_terima(self) -> None:
        b = self.ekspedisi_terpilih()
        if b is None:
            pesan_galat(
                self, "Tanda terima", ValidationError("Pilih dulu baris Buku Ekspedisi di tabel.")
            )
            return
        dlg = TandaTerimaDialog(self.desk, b, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat_ekspedisi(pilih=b.id)
