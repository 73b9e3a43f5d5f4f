"""The Layanan tab (SOP 004-011): the counter's queue, intake, checklist, signature, SIAK backlog, letters."""

from __future__ import annotations

from PySide6.QtCore import (
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import peran
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.layanan import LAYANAN, MODE_TTD, Permohonan
from bawang_desk.ui.layanan.antrian import AntrianModel
from bawang_desk.ui.layanan.periksa_dialog import PeriksaDialog
from bawang_desk.ui.layanan.permohonan_dialog import PermohonanDialog
from bawang_desk.ui.layanan.rincian import html_permohonan
from bawang_desk.ui.layanan.verifikasi_dialog import VerifikasiDialog
from bawang_desk.ui.umum import (
    TanggalEdit,
    beri_nama,
    konfirmasi,
    minta_alasan,
    pesan_galat,
    tombol,
)
from bawang_desk.ui.umum.kolom import atur_kolom
from bawang_desk.ui.umum.tata import AlirLayout


class LayananTab(QWidget):
    """Today's queue with the detail of the chosen application, and the SIAK backlog."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._dimuat = False
        self.survei = None  # the citizen's survey window after "Serahkan", while it is open
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget()
        beri_nama(self.tabs, "layananSubTabs", "Layanan")
        lay.addWidget(self.tabs)

        # -------------------------------------------------------------- today's queue
        antrian = QWidget()
        al = QVBoxLayout(antrian)
        # wraps rather than widen the window on a 1024 px screen
        aksi = AlirLayout()
        self.baruButton = tombol("Permohonan bar&u...", "baruButton", "Ctrl+N")
        self.periksaButton = tombol("P&eriksa berkas...", "periksaButton")
        self.mintaTtdButton = tombol("&Minta tanda tangan", "mintaTtdButton")
        self.konsepButton = tombol("Cetak KONSEP", "konsepButton")
        self.konsepButton.setToolTip("Cetak konsep tanpa nomor, bertanda KONSEP, untuk diperiksa")
        self.cetakTtdButton = tombol("Cetak untuk &ditandatangani...", "cetakTtdButton")
        self.cetakTtdButton.setToolTip(
            "Nomor register diterbitkan sekarang dan surat dicetak untuk dibawa ke pejabat"
        )
        self.sudahTtdButton = tombol("Sudah ditandatan&gani...", "sudahTtdButton")
        self.dikembalikanButton = tombol("Dikembalikan...", "dikembalikanButton")
        self.perbaikiButton = tombol("Perbaiki data...", "perbaikiButton")
        self.perbaikiButton.setToolTip("Perbaiki isian surat yang dikembalikan; nomornya tetap")
        self.ttdButton = tombol("&Tandatangani...", "ttdButton")
        self.penggantiButton = tombol("Cetak Pengganti KTP-el...", "penggantiButton")
        self.penggantiButton.setToolTip(
            "Surat Keterangan Pengganti KTP-el: nomornya sendiri, dicetak untuk ditandatangani"
        )
        self.penggantiTtdButton = tombol("Pengganti sudah ditandatangani...", "penggantiTtdButton")
        self.penggantiKembaliButton = tombol("Pengganti dikembalikan...", "penggantiKembaliButton")
        self.prosesButton = tombol("P&roses (SIAK)...", "prosesButton")
        self.kembaliButton = tombol("&Kembali dari Dindukcapil", "kembaliButton")
        self.serahkanButton = tombol("&Serahkan", "serahkanButton")
        self.batalButton = tombol("B&atalkan...", "batalButton")
        self.cetakButton = tombol("&Cetak surat", "cetakSuratButton", "Ctrl+P")
        self.verifikasiButton = tombol("&Verifikasi kode...", "verifikasiButton")
        for b in (
            self.baruButton,
            self.periksaButton,
            self.mintaTtdButton,
            self.prosesButton,
            self.kembaliButton,
            self.serahkanButton,
            self.batalButton,
            self.cetakButton,
        ):
            aksi.addWidget(b)
        # paper questionnaires of the Survei Kepuasan Masyarakat, typed in by the counter
        self.kertasSkmButton = tombol("&Lembar survei...", "kertasSkmButton")
        self.kertasSkmButton.setToolTip("Ketik kuesioner survei kepuasan dari kertas")
        self.kertasSkmButton.clicked.connect(self.ketik_kuesioner)
        aksi.addWidget(self.kertasSkmButton)
        aksi.addWidget(self.verifikasiButton)
        al.addLayout(aksi)
        # the letter's way to the official and back (SOP steps "memintakan tanda tangan" and
        # "memeriksa dan menandatangani"): a row of its own, so the bar fits a 1024 px screen
        kertas = QHBoxLayout()
        label_kertas = QLabel("Surat ke pejabat:")
        kertas.addWidget(label_kertas)
        for b in (
            self.konsepButton,
            self.cetakTtdButton,
            self.sudahTtdButton,
            self.dikembalikanButton,
            self.perbaikiButton,
            self.ttdButton,
            self.penggantiButton,
            self.penggantiTtdButton,
            self.penggantiKembaliButton,
        ):
            kertas.addWidget(b)
        kertas.addStretch(1)
        al.addLayout(kertas)

        self.model = AntrianModel(desk, self)
        self.table = self._tabel(self.model, "antrianTable", "Antrian layanan hari ini")
        self.proxy = self.table.model()
        self.detail = QTextBrowser()
        beri_nama(self.detail, "detailPermohonan", "Rincian permohonan")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        al.addWidget(split, 1)
        self.infoLabel = QLabel()
        beri_nama(self.infoLabel, "infoLabel", "Ringkasan antrian")
        al.addWidget(self.infoLabel)
        self.tabs.addTab(antrian, "Antrian &hari ini")

        # -------------------------------------------------------------- SIAK backlog
        siak = QWidget()
        sl = QVBoxLayout(siak)
        keterangan = QLabel(
            "Permohonan KK dan KTP-el yang diproses saat SIAK tidak dapat diakses. Masukkan "
            "datanya ke SIAK, lalu tandai di sini dengan tanggal input."
        )
        keterangan.setWordWrap(True)
        sl.addWidget(keterangan)
        self.siakModel = AntrianModel(desk, self)
        self.siakTable = self._tabel(self.siakModel, "siakTable", "Menunggu input SIAK")
        sl.addWidget(self.siakTable, 1)
        bar = QHBoxLayout()
        tgl_label = QLabel("&Tanggal input:")
        self.siakTanggalEdit = TanggalEdit()
        beri_nama(self.siakTanggalEdit, "siakTanggalEdit", "Tanggal input SIAK")
        tgl_label.setBuddy(self.siakTanggalEdit)
        self.siakSelesaiButton = tombol("Sudah &diinput ke SIAK", "siakSelesaiButton")
        bar.addWidget(tgl_label)
        bar.addWidget(self.siakTanggalEdit)
        bar.addWidget(self.siakSelesaiButton)
        bar.addStretch(1)
        sl.addLayout(bar)
        self.tabs.addTab(siak, "Menunggu input S&IAK")

        self.table.selectionModel().selectionChanged.connect(lambda *_: self.tampilkan_detail())
        self.siakTable.selectionModel().selectionChanged.connect(lambda *_: self._perbarui_tombol())
        self.table.doubleClicked.connect(lambda _i: self._aksi_utama())
        self.baruButton.clicked.connect(self.permohonan_baru)
        self.periksaButton.clicked.connect(self.periksa)
        self.mintaTtdButton.clicked.connect(self.minta_tanda_tangan)
        self.ttdButton.clicked.connect(lambda: self.tandatangani())
        self.konsepButton.clicked.connect(lambda: self.cetak_konsep())
        self.cetakTtdButton.clicked.connect(lambda: self.cetak_untuk_ttd())
        self.sudahTtdButton.clicked.connect(lambda: self.sudah_ditandatangani())
        self.dikembalikanButton.clicked.connect(lambda: self.dikembalikan())
        self.perbaikiButton.clicked.connect(lambda: self.perbaiki())
        self.penggantiButton.clicked.connect(lambda: self.cetak_pengganti())
        self.penggantiTtdButton.clicked.connect(lambda: self.pengganti_ditandatangani())
        self.penggantiKembaliButton.clicked.connect(lambda: self.pengganti_dikembalikan())
        self.prosesButton.clicked.connect(lambda: self.proses())
        self.kembaliButton.clicked.connect(self.kembali)
        self.serahkanButton.clicked.connect(self.serahkan)
        self.batalButton.clicked.connect(self.batalkan)
        self.verifikasiButton.clicked.connect(self.verifikasi)
        self.cetakButton.clicked.connect(lambda: self.cetak_surat())
        self.siakSelesaiButton.clicked.connect(self.siak_selesai)
        self.perbarui_izin()

    def _tabel(self, model: AntrianModel, nama: str, aksesibel: str) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(Qt.ItemDataRole.UserRole)
        t = QTableView()
        beri_nama(t, nama, aksesibel)
        t.setModel(proxy)
        t.setSortingEnabled(True)
        t.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setAlternatingRowColors(True)
        t.verticalHeader().setVisible(False)
        t.verticalHeader().setDefaultSectionSize(24)
        atur_kolom(
            t,
            nama,
            regang=AntrianModel.COL_NAMA,
            utuh=(AntrianModel.COL_NIK, AntrianModel.COL_NOMOR),
        )
        return t

    # ------------------------------------------------------------------ loading

    def showEvent(self, ev) -> None:
        super().showEvent(ev)
        if not self._dimuat:
            self.muat()

    def muat(self, pilih: int | None = None) -> None:
        self._dimuat = True
        lama = pilih if pilih is not None else (self.terpilih().id if self.terpilih() else None)
        d = self.desk
        if d.pengguna_aktif is None or not d.boleh("layanan.lihat"):
            from bawang_desk.ui.umum.izin import kalimat_tak_berwenang

            self.model.muat([])
            self.siakModel.muat([])
            self.infoLabel.setText(
                kalimat_tak_berwenang(d, "layanan.lihat", "permohonan layanan") or ""
            )
            self.tampilkan_detail()
            return
        try:
            self.model.muat(d.layanan.antrian_hari_ini())
            self.siakModel.muat(d.layanan.menunggu_siak())
        except BawangError as e:
            self.infoLabel.setText(str(e))
            return
        rows = [self.model.baris(i) for i in range(self.model.rowCount())]
        terbuka = sum(1 for p in rows if p.status not in ("selesai", "batal"))
        siak = self.siakModel.rowCount()
        self.infoLabel.setText(
            f"{len(rows)} permohonan, {terbuka} belum selesai"
            + (f"; {siak} menunggu input SIAK." if siak else ".")
        )
        self.tabs.setTabText(
            1, f"Menunggu input S&IAK ({siak})" if siak else "Menunggu input S&IAK"
        )
        hari = d.sekarang().date()
        self.siakTanggalEdit.setRentang(
            None, hari, "Tanggal input SIAK tidak boleh sesudah hari ini."
        )
        self.siakTanggalEdit.setTanggal(hari)
        if lama is not None:
            self.pilih_permohonan(lama)
        self.tampilkan_detail()

    def pilih_permohonan(self, pid: int) -> None:
        row = self.model.cari_baris(pid)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def buka_id(self, pid: int) -> None:
        """Show one application (opened from the Beranda), also one outside today's queue."""
        self.tabs.setCurrentIndex(0)
        self.muat()
        if self.model.cari_baris(pid) < 0:
            try:
                p = self.desk.layanan.get(pid)
            except BawangError as e:
                pesan_galat(self, "Layanan", e)
                return
            self.model.muat([*(self.model.baris(i) for i in range(self.model.rowCount())), p])
        self.pilih_permohonan(pid)
        self.table.setFocus()

    def terpilih(self) -> Permohonan | None:
        return self._terpilih(self.table, self.model)

    def terpilih_siak(self) -> Permohonan | None:
        return self._terpilih(self.siakTable, self.siakModel)

    @staticmethod
    def _terpilih(table: QTableView, model: AntrianModel) -> Permohonan | None:
        sel = table.selectionModel()
        idx = sel.selectedRows() if sel else []
        if not idx:
            return None
        return model.baris(table.model().mapToSource(idx[0]).row())

    def perbarui_izin(self) -> None:
        self.baruButton.setEnabled(self.desk.boleh("layanan.catat"))
        self.verifikasiButton.setEnabled(self.desk.boleh("layanan.lihat"))
        self.kertasSkmButton.setVisible(self.desk.boleh("skm.kertas"))
        if self._dimuat or self.isVisible():
            self.muat()
        self._perbarui_tombol()

    def _perbarui_tombol(self) -> None:
        p = self.terpilih()
        d = self.desk
        st = p.status if p else None
        periksa = d.boleh("layanan.periksa")
        from bawang_desk.core.layanan import LABEL_STATUS
        from bawang_desk.ui.umum.izin import atur_tombol

        def belum(perlu: str) -> str:
            if st is None:
                return "Pilih permohonan di tabel lebih dahulu."
            return (
                f"Langkah ini untuk permohonan berstatus \u201c{LABEL_STATUS[perlu]}\u201d; "
                f"yang ini berstatus \u201c{LABEL_STATUS.get(st, st)}\u201d."
            )

        for tb, izin, tindakan, perlu in (
            (self.periksaButton, "layanan.periksa", "memeriksa berkas", "antrian"),
            (self.mintaTtdButton, "layanan.periksa", "meminta tanda tangan", "diperiksa"),
            (self.prosesButton, "layanan.periksa", "memproses di SIAK", "diproses"),
            (self.kembaliButton, "layanan.periksa", "mencatat berkas kembali", "di_dindukcapil"),
            (self.serahkanButton, "layanan.serahkan", "menyerahkan", "siap_diserahkan"),
        ):
            atur_tombol(tb, d, izin, tindakan, siap=st == perlu, belum=belum(perlu))
        ttd = p is not None and d.layanan.boleh_tanda_tangan(p.layanan)
        self.ttdButton.setEnabled(st == "menunggu_ttd" and ttd)
        self.ttdButton.setToolTip(
            ""
            if self.ttdButton.isEnabled()
            else belum("menunggu_ttd")
            if st != "menunggu_ttd"
            else "Hanya Camat, Sekretaris Kecamatan atau Kasi yang ditunjuk SOP layanan ini "
            "yang dapat menandatangani."
        )
        self.konsepButton.setEnabled(
            st in ("diperiksa", "menunggu_ttd", "dikembalikan") and periksa
        )
        self.cetakTtdButton.setEnabled(st in ("menunggu_ttd", "dikembalikan") and periksa)
        self.sudahTtdButton.setEnabled(
            st == "dicetak" and p is not None and d.layanan.boleh_catat_tanda_tangan(p.layanan)
        )
        self.dikembalikanButton.setEnabled(st == "dicetak" and periksa)
        self.perbaikiButton.setEnabled(st == "dikembalikan" and d.boleh("layanan.catat"))
        # the Surat Keterangan Pengganti KTP-el, its own paper (SOP 011 step 6)
        ktp = p is not None and p.layanan == "ktp-el" and st == "siap_diserahkan"
        g = p.pengganti.get("status") if p is not None else None
        for b, boleh in (
            (self.penggantiButton, ktp and periksa and g in (None, "dikembalikan")),
            (
                self.penggantiTtdButton,
                ktp and g == "dicetak" and d.layanan.boleh_catat_tanda_tangan("ktp-el"),
            ),
            (self.penggantiKembaliButton, ktp and periksa and g == "dicetak"),
        ):
            b.setEnabled(bool(boleh))
            b.setVisible(p is not None and p.layanan == "ktp-el")
        boleh_batal = p is not None and st not in ("selesai", "batal")
        if p is not None and p.nomor_id:
            boleh_batal = boleh_batal and (
                d.boleh("layanan.batal_bernomor") or d.layanan.boleh_catat_tanda_tangan(p.layanan)
            )
        else:
            boleh_batal = boleh_batal and (
                d.boleh("layanan.catat") or d.boleh("layanan.batal_bernomor")
            )
        self.batalButton.setEnabled(boleh_batal)
        self.cetakButton.setEnabled(p is not None and bool(p.nomor) and st != "batal")
        self.siakSelesaiButton.setEnabled(self.terpilih_siak() is not None and periksa)

    # ------------------------------------------------------------------ detail

    def tampilkan_detail(self) -> None:
        self._perbarui_tombol()
        p = self.terpilih()
        if p is None:
            self.detail.setHtml(
                "<p><i>Pilih permohonan di tabel untuk melihat rinciannya, atau tekan Ctrl+N "
                "untuk mencatat permohonan baru.</i></p>"
            )
            return
        self.detail.setHtml(html_permohonan(self.desk, p))

    # ------------------------------------------------------------------ actions

    def _aksi(self, fn) -> Permohonan | None:
        try:
            return fn()
        except BawangError as e:
            pesan_galat(self, "Layanan", e)
            return None

    def _aksi_utama(self) -> None:
        """Double-click: the next step the selected application is waiting for, if allowed."""
        for b in (
            self.periksaButton,
            self.mintaTtdButton,
            self.cetakTtdButton,
            self.sudahTtdButton,
            self.ttdButton,
            self.serahkanButton,
        ):
            if b.isEnabled():
                b.click()
                return

    def permohonan_baru(self) -> None:
        if not self.desk.boleh("layanan.catat"):
            return
        dlg = PermohonanDialog(self.desk, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat(pilih=dlg.hasil.id)

    def periksa(self) -> None:
        p = self.terpilih()
        if p is None or p.status != "antrian":
            return
        dlg = PeriksaDialog(self.desk, p, self)
        dlg.exec()
        self.muat(pilih=p.id)

    def minta_tanda_tangan(self) -> None:
        p = self.terpilih()
        if p and self._aksi(lambda: self.desk.layanan.minta_tanda_tangan(p.id)):
            self.muat(pilih=p.id)

    def mode_tanda_tangan(self, p: Permohonan) -> list[str]:
        """The ways the user may sign this application (MODE_TTD keys), by role and post."""
        user = self.desk.pengguna_aktif
        if user is None:
            return []
        if user.peran == peran.CAMAT:
            return ["camat"]
        if user.peran == peran.SEKCAM:
            return ["an", "plh"]
        kasi = LAYANAN[p.layanan].kasi
        return ["ub"] if kasi and user.jabatan == kasi else []

    def tandatangani(self) -> None:
        p = self.terpilih()
        if p is None:
            return
        mode = self.mode_tanda_tangan(p)
        if not mode:
            return
        # what is being signed is on screen first: the letter as it will print, still KONSEP
        from bawang_desk.documents.cetak_layanan import cetak_surat
        from bawang_desk.ui.umum.pratinjau import tampilkan_pdf

        try:
            konsep = cetak_surat(self.desk, p.id, konsep=True, mode=mode[0])
            self._pratinjau = tampilkan_pdf(konsep, f"KONSEP {LAYANAN[p.layanan].nama}", self)
        except (BawangError, OSError) as e:
            pesan_galat(self, "Tandatangani", e)
            return
        if len(mode) == 1:
            pilihan = mode[0]
            if not konfirmasi(
                self,
                "Tandatangani",
                f"Tandatangani {LAYANAN[p.layanan].nama} a.n. {p.nama} sebagai "
                f"{MODE_TTD[pilihan]}? Nomor register diterbitkan sekarang.",
                "Tandatangani",
            ):
                return
        else:
            label = [MODE_TTD[m] for m in mode]
            teks, ok = QInputDialog.getItem(
                self,
                "Tandatangani",
                f"{LAYANAN[p.layanan].nama} a.n. {p.nama}.\nTandatangani sebagai "
                "(nomor register diterbitkan sekarang):",
                label,
                0,
                False,
            )
            if not ok:
                return
            pilihan = mode[label.index(teks)]
        if self._aksi(lambda: self.desk.layanan.tandatangani(p.id, mode=pilihan)):
            self.muat(pilih=p.id)
            # the number is committed: now the letter is made and shown for printing
            self.cetak_surat(p.id)

    # ------------------------------------------------------------------ the paper way

    def cetak_konsep(self):
        """KONSEP: the letter without a number, marked as a draft, to check before numbering."""
        from bawang_desk.documents.cetak_layanan import cetak_surat
        from bawang_desk.documents.layanan import JUDUL
        from bawang_desk.ui.umum.pratinjau import tampilkan_pdf

        p = self.terpilih()
        if p is None:
            return None
        try:
            path = cetak_surat(self.desk, p.id, konsep=True)
        except (BawangError, OSError) as e:
            pesan_galat(self, "Cetak KONSEP", e)
            return None
        self.surat_terakhir = path
        judul = f"KONSEP {JUDUL.get(p.layanan, 'Surat')}"
        self._pratinjau = tampilkan_pdf(path, judul, self)
        return path

    def cetak_untuk_ttd(self):
        """Choose the signature block; the number is issued and the final letter printed."""
        from bawang_desk.ui.layanan.ttd_dialog import BlokTtdDialog

        p = self.terpilih()
        if p is None:
            return None
        dlg = BlokTtdDialog(self.desk, p, self)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.hasil is None:
            return None
        self.muat(pilih=p.id)
        # the number is committed: now the letter is made and shown for printing
        return self.cetak_surat(p.id)

    def sudah_ditandatangani(self):
        """Record the pen signature on the printed letter: who, how, when (on behalf)."""
        from bawang_desk.documents.cetak_layanan import cetak_surat
        from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog

        p = self.terpilih()
        if p is None:
            return None
        try:
            pdf = cetak_surat(self.desk, p.id)
        except (BawangError, OSError) as e:
            pesan_galat(self, "Sudah ditandatangani", e)
            return None
        dlg = CatatPejabatDialog(
            self.desk,
            "Sudah ditandatangani",
            area="layanan",
            mode_boleh=self.desk.layanan.mode_boleh(p.layanan),
            kasi=LAYANAN[p.layanan].kasi,
            mode_awal=p.penandatangan.get("mode"),
            pdf=pdf,
            keterangan=f"{LAYANAN[p.layanan].nama} Nomor {p.nomor} a.n. {p.nama}: siapa yang "
            "menandatangani dan jam berapa (seperti di kertas).",
            simpan=lambda an: self.desk.layanan.sudah_ditandatangani(p.id, an),
            teks_ok="&Simpan tanda tangan",
            parent=self,
        )
        return self._catat_dari_kertas(dlg, p.id)

    def _catat_dari_kertas(self, dlg: QDialog, pid: int):
        """Open a dialog that records a step from the paper; reload on Simpan, return its result."""
        self._dialog = dlg
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.muat(pilih=pid)
            return dlg.hasil
        return None

    def cetak_pengganti(self):
        """The Pengganti gets its own number now and is printed for signing."""
        from bawang_desk.ui.layanan.ttd_dialog import BlokTtdDialog

        p = self.terpilih()
        if p is None:
            return None
        dlg = BlokTtdDialog(self.desk, p, self, pengganti=True)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.hasil is None:
            return None
        self.muat(pilih=p.id)
        return self.cetak_surat(p.id, jenis="ktp-el-pengganti")

    def pengganti_ditandatangani(self):
        """SOP 011 step 6: the pen signature on the Pengganti, the paper on screen."""
        from bawang_desk.documents.cetak_layanan import cetak_surat
        from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog

        p = self.terpilih()
        if p is None:
            return None
        try:
            pdf = cetak_surat(self.desk, p.id, jenis="ktp-el-pengganti")
        except (BawangError, OSError) as e:
            pesan_galat(self, "Pengganti sudah ditandatangani", e)
            return None
        dlg = CatatPejabatDialog(
            self.desk,
            "Surat Keterangan Pengganti sudah ditandatangani",
            area="layanan",
            mode_boleh=self.desk.layanan.mode_boleh("ktp-el"),
            kasi=LAYANAN["ktp-el"].kasi,
            mode_awal=p.pengganti.get("blok", {}).get("mode"),
            pdf=pdf,
            keterangan=f"Surat Keterangan Pengganti KTP-el Nomor {p.pengganti.get('nomor')} a.n. "
            f"{p.nama}: siapa yang menandatangani dan jam berapa.",
            simpan=lambda an: self.desk.layanan.pengganti_ditandatangani(p.id, an),
            teks_ok="&Simpan tanda tangan",
            parent=self,
        )
        return self._catat_dari_kertas(dlg, p.id)

    def pengganti_dikembalikan(self) -> None:
        from bawang_desk.ui.umum import minta_alasan

        p = self.terpilih()
        if p is None:
            return
        alasan = minta_alasan(
            self,
            "Pengganti dikembalikan",
            f"Surat Keterangan Pengganti Nomor {p.pengganti.get('nomor')} dikembalikan pejabat. "
            "Alasannya (nomor tetap dipakai saat dicetak ulang):",
            aturan=None,
        )
        if alasan is not None and self._aksi(
            lambda: self.desk.layanan.pengganti_dikembalikan(p.id, alasan)
        ):
            self.muat(pilih=p.id)

    def perbaiki(self) -> None:
        """Correct a letter that came back, in the intake form; the number stays."""
        p = self.terpilih()
        if p is None or p.status != "dikembalikan":
            return
        dlg = PermohonanDialog(self.desk, self)
        dlg.untuk_perbaikan(p)
        self._dialog = dlg
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat(pilih=p.id)

    def dikembalikan(self) -> None:
        """The official sent the letter back unsigned: the reason; the number stays."""
        from bawang_desk.ui.umum import minta_alasan

        p = self.terpilih()
        if p is None:
            return
        alasan = minta_alasan(
            self,
            "Dikembalikan",
            f"Surat Nomor {p.nomor} a.n. {p.nama} dikembalikan pejabat. Alasannya (nomor tetap "
            "dipakai saat dicetak ulang):",
            aturan=None,
        )
        if alasan is not None and self._aksi(lambda: self.desk.layanan.dikembalikan(p.id, alasan)):
            self.muat(pilih=p.id)

    def cetak_surat(self, pid: int | None = None, jenis: str | None = None):
        """Make the application's letter (after its number is committed) and preview it."""
        from bawang_desk.documents.cetak_layanan import cetak_surat, jenis_surat
        from bawang_desk.documents.layanan import JUDUL
        from bawang_desk.ui.umum.pratinjau import tampilkan_pdf

        p = self.desk.layanan.get(pid) if pid is not None else self.terpilih()
        if p is None:
            return None
        if jenis is None and len(jenis_surat(p)) > 1:
            label = [JUDUL[j] for j in jenis_surat(p)]
            teks, ok = QInputDialog.getItem(
                self, "Cetak surat", "Surat yang dicetak:", label, len(label) - 1, False
            )
            if not ok:
                return None
            jenis = jenis_surat(p)[label.index(teks)]
        try:
            path = cetak_surat(self.desk, p.id, jenis=jenis)
        except (BawangError, OSError) as e:
            pesan_galat(self, "Cetak surat", e)
            return None
        self.surat_terakhir = path
        self._pratinjau = tampilkan_pdf(path, JUDUL.get(jenis or p.layanan, "Surat"), self)
        return path

    def proses(self) -> None:
        p = self.terpilih()
        if p is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Proses (SIAK)",
            f"Proses {LAYANAN[p.layanan].nama} a.n. {p.nama}.\n\nApakah SIAK dapat diakses "
            "sekarang?\nBila tidak, permohonan dicatat \u201cmenunggu input SIAK\u201d dan "
            "pekerjaan tetap berjalan.",
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        beri_nama(box, "siakBox", "Apakah SIAK dapat diakses")
        box.button(QMessageBox.StandardButton.Yes).setText("Ya, sudah diinput ke SIAK")
        box.button(QMessageBox.StandardButton.No).setText("Tidak, SIAK tidak dapat diakses")
        box.button(QMessageBox.StandardButton.Cancel).setText("Batal")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        jawab = box.exec()
        if jawab == QMessageBox.StandardButton.Cancel:
            return
        ada = jawab == QMessageBox.StandardButton.Yes
        if self._aksi(lambda: self.desk.layanan.proses(p.id, siak_tersedia=ada)):
            self.muat(pilih=p.id)

    def kembali(self) -> None:
        p = self.terpilih()
        if p and self._aksi(lambda: self.desk.layanan.kembali_dari_dindukcapil(p.id)):
            self.muat(pilih=p.id)

    def serahkan(self) -> None:
        p = self.terpilih()
        if p and self._aksi(lambda: self.desk.layanan.serahkan(p.id)):
            self.muat(pilih=p.id)
            from bawang_desk.ui.skm.tawaran import tawarkan_survei

            self.survei = tawarkan_survei(self, self.desk, p.id, p.layanan)

    def ketik_kuesioner(self) -> None:
        """Type in paper questionnaires of the survey (one digit per unsur)."""
        from bawang_desk.ui.skm.kertas_dialog import KertasDialog

        self._kertas = KertasDialog(self.desk, self)
        self._kertas.open()

    def batalkan(self) -> None:
        p = self.terpilih()
        if p is None:
            return
        if p.nomor_id and not self.desk.boleh("layanan.batal_bernomor"):
            self._batal_atas_nama(p)
            return
        alasan = minta_alasan(
            self,
            "Batalkan permohonan",
            f"Alasan membatalkan permohonan No. {p.id} ({p.nama}):",
            teks_ok="&Lanjut",
        )
        if alasan is None:
            return
        nomor = f" Nomor {p.nomor} tetap di register dengan status BATAL." if p.nomor else ""
        if not konfirmasi(
            self,
            "Batalkan permohonan",
            f"Batalkan permohonan No. {p.id} a.n. {p.nama}?{nomor} Tindakan ini tidak dapat "
            "dibatalkan.",
            "Batalkan permohonan",
        ):
            return
        if self._aksi(lambda: self.desk.layanan.batalkan(p.id, alasan)):
            self.muat(pilih=p.id)

    def verifikasi(self) -> None:
        VerifikasiDialog(self.desk, self).exec()

    def siak_selesai(self) -> None:
        p = self.terpilih_siak()
        if p is None:
            return
        if self._aksi(
            lambda: self.desk.layanan.siak_selesai(
                p.id, self.siakTanggalEdit.periksa("tanggal_siak")
            )
        ):
            self.muat()

    def _batal_atas_nama(self, p: Permohonan) -> None:
        """A numbered letter is cancelled by the Sekcam or the Camat; the counter records it."""
        from bawang_desk.ui.umum import KotakAlasan
        from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog

        alasan = KotakAlasan()
        beri_nama(alasan, "alasanEdit", "Alasan pembatalan")
        alasan.setPlaceholderText("Alasan pembatalan, seperti diputuskan pejabat")
        dlg = CatatPejabatDialog(
            self.desk,
            "Batalkan permohonan",
            area="layanan",
            mode_boleh=("sekcam", "camat"),
            keterangan=f"Permohonan No. {p.id} a.n. {p.nama}: Nomor {p.nomor} tetap di register "
            "dengan status BATAL. Pembatalan diputuskan oleh:",
            ekstra=alasan,
            simpan=lambda an: self.desk.layanan.batalkan(p.id, alasan.teks(), atas_nama=an),
            teks_ok="Batalk&an permohonan",
            parent=self,
        )
        self._dialog = dlg
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.muat(pilih=p.id)
