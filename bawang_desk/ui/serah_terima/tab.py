"""The Serah Terima tab (SOP 010/011): batches of KK/KTP-el files to Dindukcapil on a flashdisk, and returns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import storage
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.serah_terima import (
    HARI_DINDUKCAPIL,
    HASIL,
    Berkas,
    HasilEkspor,
    ImporGagal,
    SerahTerima,
)
from bawang_desk.ui.serah_terima.kembali_dialog import KembaliDialog
from bawang_desk.ui.serah_terima.model import BatchModel, BerkasModel, buat_tabel
from bawang_desk.ui.umum import (
    beri_nama,
    konfirmasi,
    pesan_galat,
    tombol,
)
from bawang_desk.ui.umum.pekerja import Pekerja, jalankan
from bawang_desk.ui.umum.tata import AlirLayout

FOLDER_LAIN = "Pilih folder lain..."


class SerahTerimaTab(QWidget):
    """Batches of KK/KTP-el files to Dindukcapil: make, send on a flashdisk, record returns."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._dimuat = False
        self._pekerja: list[Pekerja] = []
        self.hasil_ekspor: HasilEkspor | None = None
        self.pesan_terakhir = ""
        self._pratinjau: QWidget | None = None
        self._konteks: tuple[int, Path, bool] = (0, Path(), False)
        lay = QVBoxLayout(self)
        atas = QSplitter(Qt.Orientation.Horizontal)
        beri_nama(atas, "serahTerimaSplitter")

        # left: ready to go
        kiri = QGroupBox("&Siap dikirim ke Dindukcapil")
        beri_nama(kiri, "siapGroup", "Berkas siap dikirim")
        kl = QVBoxLayout(kiri)
        self.siapModel = BerkasModel("siap", self)
        self.siapTable = buat_tabel("siapTable", "Berkas siap dikirim", self.siapModel)
        self.siapTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        kl.addWidget(self.siapTable, 1)
        bl = QHBoxLayout()
        self.buatButton = tombol(
            "Buat serah te&rima", "buatButton", aksesibel="Buat serah terima baru"
        )
        self.tambahButton = tombol(
            "&Tambahkan \u2192", "tambahButton", aksesibel="Tambahkan ke serah terima terpilih"
        )
        bl.addWidget(self.buatButton)
        bl.addWidget(self.tambahButton)
        bl.addStretch(1)
        kl.addLayout(bl)
        atas.addWidget(kiri)

        # right: batches and their files
        kanan = QGroupBox("Sera&h terima ke Dindukcapil")
        beri_nama(kanan, "batchGroup", "Serah terima")
        kn = QVBoxLayout(kanan)
        self.batchModel = BatchModel(self)
        self.batchTable = buat_tabel("batchTable", "Daftar serah terima", self.batchModel)
        self.batchTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        kn.addWidget(self.batchTable, 1)
        self.isiModel = BerkasModel("isi", self)
        self.isiTable = buat_tabel("isiTable", "Berkas dalam serah terima", self.isiModel)
        self.isiTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        kn.addWidget(self.isiTable, 2)
        # rows that wrap: the list of files ready to send keeps half the width at 1024 px
        b1, b2 = AlirLayout(), AlirLayout()
        self.keluarkanButton = tombol(
            "K&eluarkan", "keluarkanButton", aksesibel="Keluarkan berkas dari serah terima"
        )
        self.kirimButton = tombol(
            "Kirim ke &flashdisk...", "kirimButton", aksesibel="Kirim ke flashdisk dan serahkan"
        )
        self.cetakButton = tombol(
            "Cetak Berita &Acara", "cetakButton", aksesibel="Cetak Berita Acara"
        )
        self.salinButton = tombol(
            "Salin &ulang...", "salinButton", aksesibel="Salin ulang ke flashdisk"
        )
        self.batalButton = tombol("Bata&lkan...", "batalButton", aksesibel="Batalkan serah terima")
        for b in (
            self.keluarkanButton,
            self.kirimButton,
            self.cetakButton,
            self.salinButton,
            self.batalButton,
        ):
            b1.addWidget(b)
        self.kembaliButton = tombol(
            "Catat &kembali...", "kembaliButton", aksesibel="Catat berkas kembali dari Dindukcapil"
        )
        self.imporButton = tombol(
            "&Impor hasil Dindukcapil...",
            "imporButton",
            aksesibel="Impor berkas hasil dari Dindukcapil",
        )
        b2.addWidget(self.kembaliButton)
        b2.addWidget(self.imporButton)
        kn.addLayout(b1)
        kn.addLayout(b2)
        atas.addWidget(kanan)
        atas.setStretchFactor(0, 1)
        atas.setStretchFactor(1, 1)
        atas.setSizes([1000, 1000])  # halves, not what the wider table would like
        lay.addWidget(atas, 3)

        # below: at Dindukcapil
        bawah = QGroupBox(f"&Di Dindukcapil (merah: lebih dari {HARI_DINDUKCAPIL} hari)")
        beri_nama(bawah, "dindukcapilGroup", "Berkas di Dindukcapil")
        bw = QVBoxLayout(bawah)
        self.dindukcapilModel = BerkasModel("dindukcapil", self)
        self.dindukcapilTable = buat_tabel(
            "dindukcapilTable", "Berkas di Dindukcapil", self.dindukcapilModel
        )
        bw.addWidget(self.dindukcapilTable)
        lay.addWidget(bawah, 2)

        st = QHBoxLayout()
        self.infoLabel = QLabel()
        beri_nama(self.infoLabel, "infoLabel", "Keterangan")
        self.infoLabel.setWordWrap(True)
        self.kemajuanBar = QProgressBar()
        beri_nama(self.kemajuanBar, "kemajuanBar", "Kemajuan ekspor")
        self.kemajuanBar.setVisible(False)
        st.addWidget(self.infoLabel, 1)
        st.addWidget(self.kemajuanBar)
        lay.addLayout(st)

        self.buatButton.clicked.connect(self.buat)
        self.tambahButton.clicked.connect(self.tambah)
        self.keluarkanButton.clicked.connect(self.keluarkan)
        self.kirimButton.clicked.connect(lambda: self.kirim())
        self.salinButton.clicked.connect(lambda: self.kirim(salin=True))
        self.cetakButton.clicked.connect(self.cetak)
        self.batalButton.clicked.connect(self.batalkan)
        self.kembaliButton.clicked.connect(self.catat_kembali)
        self.imporButton.clicked.connect(lambda: self.impor())
        self.batchTable.selectionModel().selectionChanged.connect(lambda *_: self._isi_batch())
        for t in (self.siapTable, self.isiTable, self.dindukcapilTable):
            t.selectionModel().selectionChanged.connect(lambda *_: self._perbarui_tombol())
        QShortcut(QKeySequence("F5"), self, self.muat)
        self.setTabOrder(self.siapTable, self.buatButton)
        self.setTabOrder(self.buatButton, self.tambahButton)
        self.setTabOrder(self.tambahButton, self.batchTable)
        self.setTabOrder(self.batchTable, self.isiTable)
        self.perbarui_izin()

    # ------------------------------------------------------------------ loading

    def showEvent(self, ev) -> None:
        super().showEvent(ev)
        if not self._dimuat:
            self.muat()

    def perbarui_izin(self) -> None:
        """Called by the window after a change of user."""
        if self._dimuat:
            self.muat()
        self._perbarui_tombol()

    def muat(self, pilih: int | None = None) -> None:
        """Reload every list; ``pilih`` is the batch to select afterwards."""
        self._dimuat = True
        d = self.desk
        if not d.boleh("serah_terima.lihat"):
            for m in (self.siapModel, self.isiModel, self.dindukcapilModel, self.batchModel):
                m.set_rows([])
            self._perbarui_tombol()
            return
        lama = pilih if pilih is not None else self._batch_id()
        hari = d.sekarang().date()
        try:
            for m in (self.siapModel, self.isiModel, self.dindukcapilModel):
                m.hari_ini = hari
            self.siapModel.set_rows(d.serah_terima.siap_dikirim())
            self.batchModel.set_rows(d.serah_terima.daftar())
            self.dindukcapilModel.set_rows(d.serah_terima.di_dindukcapil(hari))
        except BawangError as e:
            self.infoLabel.setText(str(e))
            return
        baris = next(
            (i for i in range(self.batchModel.rowCount()) if self.batchModel.baris(i).id == lama),
            0 if self.batchModel.rowCount() else None,
        )
        if baris is not None:
            self.batchTable.selectRow(baris)
        self._isi_batch()
        telat = sum(1 for b in self.dindukcapilModel._rows if b.terlambat(hari))
        self.dindukcapilTable.parentWidget().setTitle(
            f"&Di Dindukcapil: {self.dindukcapilModel.rowCount()} berkas, {telat} lebih dari "
            f"{HARI_DINDUKCAPIL} hari (merah)"
        )

    def _isi_batch(self) -> None:
        bid = self._batch_id()
        try:
            rows = self.desk.serah_terima.get(bid).berkas if bid is not None else ()
        except BawangError as e:
            self.infoLabel.setText(str(e))
            rows = ()
        self.isiModel.set_rows(rows)
        self._perbarui_tombol()

    def _batch(self) -> SerahTerima | None:
        r = self.batchTable.selectionModel().selectedRows()
        return self.batchModel.baris(r[0].row()) if r else None

    def _batch_id(self) -> int | None:
        b = self._batch()
        return b.id if b else None

    @staticmethod
    def _terpilih(t: QTableView) -> list[Berkas]:
        m = t.model()
        return [m.baris(i.row()) for i in sorted(t.selectionModel().selectedRows())]

    def _perbarui_tombol(self) -> None:
        d = self.desk
        kelola = d.boleh("serah_terima.kelola")
        b = self._batch()
        siap = bool(self._terpilih(self.siapTable))
        draf = b is not None and b.status == "disiapkan"
        self.buatButton.setEnabled(kelola and siap)
        self.tambahButton.setEnabled(kelola and siap and draf)
        self.keluarkanButton.setEnabled(kelola and draf and bool(self._terpilih(self.isiTable)))
        self.kirimButton.setEnabled(kelola and draf and b.jumlah > 0 if b else False)
        self.salinButton.setEnabled(kelola and b is not None and b.status == "dikirim")
        self.cetakButton.setEnabled(b is not None and b.status != "batal" and b.jumlah > 0)
        self.batalButton.setEnabled(draf and d.boleh("serah_terima.batal"))
        self.kembaliButton.setEnabled(kelola and bool(self._berkas_kembali()))
        self.imporButton.setEnabled(kelola)

    def buka_id(self, pid: int) -> None:
        """Select application ``pid`` wherever it is (from a Beranda list)."""
        self.muat()
        for t in (self.dindukcapilTable, self.siapTable, self.isiTable):
            m = t.model()
            for i in range(m.rowCount()):
                if m.baris(i).permohonan_id == pid:
                    t.selectRow(i)
                    t.setFocus()
                    return

    def _galat(self, judul: str, e: BaseException) -> None:
        self.pesan_terakhir = str(e)
        pesan_galat(self, judul, e)

    # ------------------------------------------------------------------ making a batch

    def buat(self) -> None:
        pids = [b.permohonan_id for b in self._terpilih(self.siapTable)]
        try:
            st = self.desk.serah_terima.buat(pids)
        except BawangError as e:
            self._galat("Buat serah terima", e)
            return
        self.infoLabel.setText(f"Serah terima {st.nomor} dibuat dengan {st.jumlah} berkas.")
        self.muat(pilih=st.id)

    def tambah(self) -> None:
        bid = self._batch_id()
        pids = [b.permohonan_id for b in self._terpilih(self.siapTable)]
        if bid is None:
            return
        try:
            st = self.desk.serah_terima.tambah(bid, pids)
        except BawangError as e:
            self._galat("Tambahkan berkas", e)
            return
        self.infoLabel.setText(f"Serah terima {st.nomor}: {st.jumlah} berkas.")
        self.muat(pilih=bid)

    def keluarkan(self) -> None:
        bid = self._batch_id()
        pids = [b.permohonan_id for b in self._terpilih(self.isiTable)]
        if bid is None or not pids:
            return
        try:
            self.desk.serah_terima.keluarkan(bid, pids)
        except BawangError as e:
            self._galat("Keluarkan berkas", e)
            return
        self.muat(pilih=bid)

    def batalkan(self) -> None:
        b = self._batch()
        if b is None:
            return
        alasan, ok = QInputDialog.getText(
            self, "Batalkan serah terima", f"Alasan membatalkan serah terima {b.nomor}:"
        )
        if not ok:
            return
        try:
            self.desk.serah_terima.batalkan(b.id, alasan)
        except BawangError as e:
            self._galat("Batalkan serah terima", e)
            return
        self.muat(pilih=b.id)

    # ------------------------------------------------------------------ the flashdisk

    def pilih_folder(self) -> Path | None:
        """The drive or folder to write to: flashdisks first, or any folder."""
        drives = storage.daftar_drive()
        pilihan = [d.label for d in drives] + [FOLDER_LAIN]
        teks, ok = QInputDialog.getItem(
            self,
            "Kirim ke flashdisk",
            "Tulis ke drive (flashdisk di atas):",
            pilihan,
            0,
            False,
        )
        if not ok:
            return None
        for d in drives:
            if d.label == teks:
                return d.path
        folder = QFileDialog.getExistingDirectory(self, "Pilih folder tujuan")
        return Path(folder) if folder else None

    def kirim(self, folder: Path | None = None, *, salin: bool = False, tanya: bool = True) -> None:
        """Export the selected batch (and hand it over, unless ``salin``) in a worker thread;
        ``tanya=False`` for the retry, which the operator has already confirmed."""
        b = self._batch()
        if b is None:
            return
        if folder is None:
            folder = self.pilih_folder()
            if folder is None:
                return
        if (
            tanya
            and not salin
            and not konfirmasi(
                self,
                "Kirim ke Dindukcapil",
                f"Serah terima {b.nomor} ({b.jumlah} berkas) akan ditulis ke {folder} lalu "
                "dicatat \u201cdi Dindukcapil\u201d. Lanjutkan?",
                "&Kirim",
            )
        ):
            return
        bid = b.id

        def kerja(d: Desk, progress):
            st = d.serah_terima
            fn = st.salin_ulang if salin else st.kirim
            return fn(bid, folder, progress=progress)

        self._konteks = (bid, folder, salin)
        self.hasil_ekspor = None
        self.kirimButton.setEnabled(False)
        self.kemajuanBar.setVisible(True)
        self.kemajuanBar.setValue(0)
        self.infoLabel.setText(f"Menulis serah terima {b.nomor} ke {folder} ...")
        pk = jalankan(
            self,
            kerja,
            desk=self.desk,
            kemajuan=self._kemajuan,
            selesai=self._terkirim,
            gagal=self._gagal_kirim,
        )
        self._pekerja = [p for p in self._pekerja if p.berjalan()] + [pk]

    @Slot(int, int, str)
    def _kemajuan(self, done: int, total: int, pesan: str) -> None:
        self.kemajuanBar.setMaximum(max(total, 1))
        self.kemajuanBar.setValue(done)
        self.infoLabel.setText(pesan)

    @Slot(object)
    def _terkirim(self, h: HasilEkspor) -> None:
        bid = self._konteks[0]
        self.kemajuanBar.setVisible(False)
        self.muat(pilih=bid)
        self.infoLabel.setText(
            f"Tersimpan dan diperiksa di {h.folder} (SHA256SUMS cocok). Cetak Berita Acara "
            "untuk ditandatangani petugas Dindukcapil."
        )
        from bawang_desk.ui.umum.pratinjau import tampilkan_pdf

        self._pratinjau = tampilkan_pdf(h.berkas[0], "Berita Acara Serah Terima", self)
        self.hasil_ekspor = h  # last: whoever waits on it finds the preview already there

    @Slot(str)
    def _gagal_kirim(self, pesan: str) -> None:
        bid, folder, salin = self._konteks
        self.kemajuanBar.setVisible(False)
        self.pesan_terakhir = pesan
        self.muat(pilih=bid)
        self.infoLabel.setText(pesan)
        box = QMessageBox(QMessageBox.Icon.Critical, "Kirim ke flashdisk gagal", pesan, parent=self)
        beri_nama(box, "gagalKirimBox", "Kirim ke flashdisk gagal")
        ulang = box.addButton("&Coba lagi", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("&Tutup", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ulang)
        box.exec()
        if box.clickedButton() is ulang:
            self.kirim(folder, salin=salin, tanya=False)

    def cetak(self) -> None:
        b = self._batch()
        if b is None:
            return
        try:
            from bawang_desk.documents.berita_acara import cetak_berita_acara

            path = cetak_berita_acara(self.desk, b.id)
        except (BawangError, OSError) as e:
            self._galat(
                "Cetak Berita Acara", e if isinstance(e, BawangError) else BawangError(str(e))
            )
            return
        from bawang_desk.ui.umum.pratinjau import tampilkan_pdf

        self._pratinjau = tampilkan_pdf(path, "Berita Acara Serah Terima", self)

    # ------------------------------------------------------------------ returns

    def _berkas_kembali(self) -> list[Berkas]:
        """Files selected in the batch or at-Dindukcapil list that can be recorded back."""
        pilih = self._terpilih(self.dindukcapilTable) if self.dindukcapilTable.hasFocus() else []
        pilih = pilih or self._terpilih(self.isiTable) or self._terpilih(self.dindukcapilTable)
        return [
            b for b in pilih if b.status == "di_dindukcapil" and not b.hasil and b.tanggal_kirim
        ]

    def catat_kembali(self) -> None:
        berkas = self._berkas_kembali()
        if not berkas:
            return
        dlg = KembaliDialog(self.desk, berkas, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        self.muat()
        self.infoLabel.setText(f"{dlg.dicatat} berkas dicatat kembali: {HASIL[dlg.hasil()]}.")

    def impor(self, path: Path | None = None) -> None:
        """Import the returned CSV: all rows or none, the faults listed by line."""
        if path is None:
            nama, _ = QFileDialog.getOpenFileName(
                self, "Impor hasil dari Dindukcapil", "", "CSV (*.csv);;Semua berkas (*)"
            )
            if not nama:
                return
            path = Path(nama)
        try:
            h = self.desk.serah_terima.impor_kembali(path)
        except ImporGagal as e:
            self.pesan_terakhir = str(e)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                "Impor ditolak",
                f"Berkas {path.name} tidak diimpor; tidak ada yang dicatat. Perbaiki baris "
                "berikut lalu impor lagi.",
                parent=self,
            )
            beri_nama(box, "imporGagalBox", "Impor ditolak")
            box.setDetailedText("\n".join(e.galat))
            box.setInformativeText("\n".join(e.galat[:8]))
            box.exec()
            return
        except BawangError as e:
            self._galat("Impor hasil Dindukcapil", e)
            return
        self.muat()
        self.pesan_terakhir = ""
        self.infoLabel.setText(
            f"Impor selesai: {h.ditandatangani} ditandatangani, {h.perbaikan} perbaikan, "
            f"{h.belum_kembali} belum kembali."
        )

    def closeEvent(self, ev) -> None:
        for pk in self._pekerja:
            pk.hentikan()
        super().closeEvent(ev)
