""" "Permohonan baru": the counter's intake form, NIK first, one page of fields per service."""

from __future__ import annotations

from datetime import date
from html import escape as _esc
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError, ValidationError
from bawang_desk.core.identity import IdentityError, angka_ascii, parse_nik
from bawang_desk.core.layanan import LAYANAN, PemohonBaru, Permohonan, PermohonanBaru
from bawang_desk.core.layanan_isian import (
    ALASAN_PINDAH,
    JENIS_AGUNAN,
    JENIS_KEPINDAHAN,
    KK_DENGAN_ANGGOTA,
    SEBAB_GANTI,
    STATUS_KK_PINDAH,
    STATUS_KK_TIDAK_PINDAH,
    VARIAN_HILANG,
)
from bawang_desk.core.referensi import (
    desa_banjarnegara,
    desa_bawang,
    kecamatan_banjarnegara,
    uraian_wilayah,
)
from bawang_desk.core.teks import parse_rupiah, terbilang
from bawang_desk.ui.layanan.isian import (
    AnggotaEditor,
    IdentitasPemohon,
    RujukanEditor,
    combo_pilihan,
    edit_baris,
    form_halaman,
    pasang_pemisah_ribuan,
)
from bawang_desk.ui.umum import TanggalEdit, beri_nama, bersihkan_galat, tampilkan_galat
from bawang_desk.ui.umum.alasan import jaga_isian, pasang_keyboard
from bawang_desk.ui.umum.tata import gulir, pas_halaman, sesuaikan_tinggi

#: The order of the pages in the stacked widget, one per service.
HALAMAN = ("pindah", "kredit-bank", "skck", "legalisasi", "kk", "ktp-el")


class PermohonanDialog(QDialog):
    """Record a new application in today's queue (SOP step 1), keyboard first."""

    #: the application being corrected (:meth:`untuk_perbaikan`), or None for a new one
    perbaikan: Permohonan | None = None

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        jaga_isian(self)
        pasang_keyboard(self)
        self.desk = desk
        self.hasil: Permohonan | None = None
        self.mulai = desk.sekarang()
        beri_nama(self, "permohonanDialog", "Permohonan baru")
        self.setWindowTitle("Permohonan baru")
        # the form scrolls inside the dialog; the error line and Simpan/Batal stay below it,
        # on screen at 1024x768 with a taskbar whatever the service's form (issue 11)
        self.resize(760, 600)  # the height follows the chosen service's form
        luar = QVBoxLayout(self)
        self.isi = QWidget()
        lay = QVBoxLayout(self.isi)
        lay.setContentsMargins(0, 0, 0, 0)

        atas = QFormLayout()
        self.layananCombo = QComboBox()
        beri_nama(self.layananCombo, "layananCombo", "Layanan")
        for kode in HALAMAN:
            self.layananCombo.addItem(LAYANAN[kode].nama, kode)
        self.varianCombo = QComboBox()
        beri_nama(self.varianCombo, "varianCombo", "Varian layanan")
        atas.addRow("&Layanan:", self.layananCombo)
        atas.addRow("&Varian:", self.varianCombo)
        lay.addLayout(atas)

        pemohon = QGroupBox("Pemohon")
        pf = QFormLayout(pemohon)
        self.nikEdit = edit_baris("nikEdit", "NIK pemohon", "16 angka, dari KTP atau KK", 20)
        self.nikEdit.setMinimumWidth(190)
        self.lahirLabel = QLabel()
        beri_nama(self.lahirLabel, "lahirLabel", "Tanggal lahir dan jenis kelamin dari NIK")
        self.lahirLabel.setStyleSheet("color: #404040;")
        self.wilayahNikLabel = QLabel()
        beri_nama(self.wilayahNikLabel, "wilayahNikLabel", "Wilayah asal NIK")
        self.wilayahNikLabel.setStyleSheet("color: #404040;")
        self.namaEdit = edit_baris("namaEdit", "Nama pemohon", maks=100)
        self.tempatLahirEdit = edit_baris("tempatLahirEdit", "Tempat lahir", maks=60)
        self.desaCombo = combo_pilihan("desaCombo", "Desa", [d.nama for d in desa_bawang()])
        self.desaCombo.insertItem(0, "- pilih desa -", "")
        self.desaCombo.setCurrentIndex(0)
        self.alamatEdit = edit_baris("alamatEdit", "Alamat (dusun, jalan)", "Dusun / jalan", 150)
        self.rtEdit = edit_baris("rtEdit", "RT", "RT", 3)
        self.rwEdit = edit_baris("rwEdit", "RW", "RW", 3)
        for w in (self.rtEdit, self.rwEdit):
            w.setMaximumWidth(60)
        nik_baris = QHBoxLayout()
        nik_baris.addWidget(self.nikEdit)
        nik_baris.addWidget(self.lahirLabel, 1)
        self.pernahLabel = QLabel()
        beri_nama(self.pernahLabel, "pernahLabel", "Kunjungan sebelumnya")
        self.pernahLabel.setStyleSheet("color: #0b5d1e; font-weight: bold;")
        nik_baris.addWidget(self.pernahLabel)
        rtrw = QHBoxLayout()
        rtrw.addWidget(self.alamatEdit, 1)
        rtrw.addWidget(QLabel("RT"))
        rtrw.addWidget(self.rtEdit)
        rtrw.addWidget(QLabel("RW"))
        rtrw.addWidget(self.rwEdit)
        for teks, w in (
            ("&NIK:", nik_baris),
            ("Na&ma:", self.namaEdit),
            ("Tempat la&hir:", self.tempatLahirEdit),
            ("&Desa:", self.desaCombo),
            ("&Alamat:", rtrw),
        ):
            label = QLabel(teks)
            label.setBuddy(
                self.nikEdit if w is nik_baris else (self.alamatEdit if w is rtrw else w)
            )
            pf.addRow(label, w)
        pf.insertRow(1, "Wilayah NIK:", self.wilayahNikLabel)
        self.identitas = IdentitasPemohon()
        self.identitas.pasang(pf)
        lay.addWidget(pemohon)

        self.isianGroup = QGroupBox("Isian layanan")
        gl = QVBoxLayout(self.isianGroup)
        self.stack = QStackedWidget()
        beri_nama(self.stack, "isianStack", "Isian layanan")
        for kode in HALAMAN:
            self.stack.addWidget(getattr(self, "_halaman_" + kode.replace("-", "_"))())
        gl.addWidget(self.stack)
        lay.addWidget(self.isianGroup, 1)
        self.identitas.ikat_kawin(self.kawinCheck)

        self.syaratLabel = QLabel()
        beri_nama(self.syaratLabel, "syaratLabel", "Persyaratan yang harus dibawa")
        self.syaratLabel.setWordWrap(True)
        self.syaratLabel.setTextFormat(Qt.TextFormat.RichText)
        self.syaratLabel.setStyleSheet(
            "background: #f4f4f4; border: 1px solid #c8c8c8; padding: 4px;"
        )
        lay.addWidget(self.syaratLabel)
        self.gulirArea = gulir(self.isi, "permohonanGulir")
        luar.addWidget(self.gulirArea, 1)

        self.errorLabel = QLabel()
        beri_nama(self.errorLabel, "errorLabel", "Pesan kesalahan")
        self.errorLabel.setStyleSheet("color: #a40000; font-weight: bold;")
        self.errorLabel.setWordWrap(True)
        luar.addWidget(self.errorLabel)
        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        beri_nama(self.buttonBox, "buttonBox")
        self.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("&Simpan")
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        self.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        luar.addWidget(self.buttonBox)

        self.layananCombo.currentIndexChanged.connect(lambda _i: self._ganti_layanan())
        self.varianCombo.currentIndexChanged.connect(lambda _i: self._ganti_varian())
        self.nikEdit.editingFinished.connect(self.isi_dari_nik)
        # Pindah: the applicant is the first of those who move
        self._pindah_disalin: dict[int, str] = {}
        self.nikEdit.textChanged.connect(lambda _t: self._pemohon_ke_pindah())
        self.namaEdit.textChanged.connect(lambda _t: self._pemohon_ke_pindah())
        self.nikEdit.textChanged.connect(lambda _t: self._tampilkan_lahir())
        self._ganti_layanan()
        bersihkan_galat(self.errorLabel)
        self.setTabOrder(self.layananCombo, self.varianCombo)
        self.setTabOrder(self.varianCombo, self.nikEdit)
        self.layananCombo.setFocus()

    # ------------------------------------------------------------------ pages

    def _halaman_pindah(self) -> QWidget:
        h = QWidget()
        f = form_halaman(h)
        self.pindahNoKkEdit = edit_baris("pindahNoKkEdit", "Nomor KK", "16 angka", 20)
        lain = [
            k.nama
            for k in kecamatan_banjarnegara()
            if k.nama.lower() != self.desk.pengaturan.kantor().kecamatan.lower()
        ]
        self.kecamatanTujuanCombo = combo_pilihan("kecamatanTujuanCombo", "Kecamatan tujuan", lain)
        # editable, so what is typed reaches the core and is refused there with its reason
        self.kecamatanTujuanCombo.setEditable(True)
        self.kecamatanTujuanCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kecamatanTujuanCombo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.kecamatanTujuanCombo.lineEdit().setPlaceholderText("ketik atau pilih kecamatan")
        self.kecamatanTujuanCombo.setCurrentIndex(-1)
        # the desa of the chosen kecamatan; typed text stays, and the core names what is wrong
        self.desaTujuanCombo = combo_pilihan("desaTujuanCombo", "Desa/kelurahan tujuan", [])
        self.desaTujuanCombo.setEditable(True)
        self.desaTujuanCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.desaTujuanCombo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.desaTujuanCombo.lineEdit().setPlaceholderText("pilih kecamatan tujuan dulu")
        self.kecamatanTujuanCombo.currentTextChanged.connect(self._isi_desa_tujuan)
        self.alamatTujuanEdit = edit_baris("alamatTujuanEdit", "Alamat tujuan", maks=150)
        self.alasanCombo = combo_pilihan("alasanCombo", "Alasan pindah", ALASAN_PINDAH)
        self.jenisKepindahanCombo = combo_pilihan(
            "jenisKepindahanCombo", "Jenis kepindahan", JENIS_KEPINDAHAN
        )
        self.pindahAnggota = AnggotaEditor("pindahAnggota")
        self.pindahAnggota.tambah_baris()
        self.pindahPengantar = RujukanEditor("pindahPengantar", "surat pengantar desa")
        # F-1.03: the kepala keluarga, kode pos tujuan, "Lainnya (sebutkan)", items 10 and 11
        self.kepalaKeluargaEdit = edit_baris(
            "kepalaKeluargaEdit", "Nama kepala keluarga", "seperti tertulis di KK", 100
        )
        self.kodePosTujuanEdit = edit_baris("kodePosTujuanEdit", "Kode pos tujuan", "5 angka", 5)
        self.kodePosTujuanEdit.setMaximumWidth(90)
        self.alasanLainEdit = edit_baris(
            "alasanLainEdit", "Alasan pindah lainnya", "sebutkan alasannya", 100
        )
        self.statusTinggalCombo = combo_pilihan(
            "statusTinggalCombo", "Status KK bagi yang tidak pindah", STATUS_KK_TIDAK_PINDAH
        )
        self.statusPindahCombo = combo_pilihan(
            "statusPindahCombo", "Status KK bagi yang pindah", STATUS_KK_PINDAH
        )
        for c in (self.statusTinggalCombo, self.statusPindahCombo):
            c.insertItem(0, "- pilih -", "")
            c.setCurrentIndex(0)
        # the rows in the order of the F-1.03; the Tab key follows the order they are added in
        f.addRow("Nomor &KK:", self.pindahNoKkEdit)
        f.addRow("Kepala keluarga:", self.kepalaKeluargaEdit)
        f.addRow("Kecamatan &tujuan:", self.kecamatanTujuanCombo)
        f.addRow("Desa tujuan:", self.desaTujuanCombo)
        f.addRow("Alamat tujuan:", self.alamatTujuanEdit)
        f.addRow("Kode pos tujuan:", self.kodePosTujuanEdit)
        f.addRow("Alasan pindah:", self.alasanCombo)
        f.addRow("Alasan lainnya:", self.alasanLainEdit)
        f.addRow("Jenis kepindahan:", self.jenisKepindahanCombo)
        f.addRow("Status KK yang tinggal:", self.statusTinggalCombo)
        f.addRow("Status KK yang pindah:", self.statusPindahCombo)
        f.addRow("Yang pindah:", self.pindahAnggota)
        f.addRow("Pengantar desa:", self.pindahPengantar)
        self.alasanCombo.currentIndexChanged.connect(lambda _i: self._atur_alasan_lain())
        self._atur_alasan_lain()
        return h

    def _atur_alasan_lain(self) -> None:
        lain = self.alasanCombo.currentData() == "Lainnya"
        self.alasanLainEdit.setEnabled(lain)
        if not lain:
            self.alasanLainEdit.clear()

    def _isi_desa_tujuan(self, kecamatan: str) -> None:
        """Fill the destination desa list with the desa of the kecamatan now chosen."""
        teks = self.desaTujuanCombo.currentText()
        kode = next(
            (k.kode for k in kecamatan_banjarnegara() if k.nama.casefold() == kecamatan.casefold()),
            None,
        )
        c = self.desaTujuanCombo
        c.blockSignals(True)
        c.clear()
        for d in desa_banjarnegara(kode) if kode else ():
            c.addItem(d.nama, d.nama)
        c.setCurrentIndex(-1)
        c.setEditText(teks)
        c.blockSignals(False)
        c.lineEdit().setPlaceholderText(
            "ketik atau pilih desa/kelurahan" if kode else "pilih kecamatan tujuan dulu"
        )

    def _halaman_kredit_bank(self) -> QWidget:
        h = QWidget()
        f = form_halaman(h)
        self.bankEdit = edit_baris("bankEdit", "Nama bank", maks=100)
        self.jumlahEdit = edit_baris("jumlahEdit", "Jumlah pinjaman", "misalnya 15.000.000", 25)
        self.terbilangLabel = QLabel()
        beri_nama(self.terbilangLabel, "terbilangLabel", "Jumlah pinjaman terbilang")
        self.terbilangLabel.setWordWrap(True)
        self.terbilangLabel.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.terbilangLabel.setStyleSheet("font-style: italic;")
        self.usahaEdit = edit_baris("usahaEdit", "Jenis usaha", maks=100)
        self.agunanJenisCombo = combo_pilihan("agunanJenisCombo", "Jenis agunan", JENIS_AGUNAN)
        self.agunanNomorEdit = edit_baris("agunanNomorEdit", "Nomor agunan", maks=60)
        self.agunanPemilikEdit = edit_baris("agunanPemilikEdit", "Pemilik agunan", maks=100)
        self.agunanBerlakuEdit = TanggalEdit(boleh_kosong=True)
        beri_nama(self.agunanBerlakuEdit, "agunanBerlakuEdit", "Agunan berlaku sampai")
        self.agunanBerlakuEdit.setRentang(date(1970, 1, 1), None)
        self.agunanNilaiEdit = edit_baris("agunanNilaiEdit", "Taksiran nilai agunan", "rupiah", 25)
        self.letterCCheck = QCheckBox("Dilengkapi kutipan Buku Letter C")
        beri_nama(self.letterCCheck, "letterCCheck", "Dilengkapi kutipan Buku Letter C")
        f.addRow("&Bank:", self.bankEdit)
        f.addRow("&Jumlah pinjaman (Rp):", self.jumlahEdit)
        f.addRow("", self.terbilangLabel)
        f.addRow("Jenis &usaha:", self.usahaEdit)
        f.addRow("Jenis agunan:", self.agunanJenisCombo)
        f.addRow("Nomor agunan:", self.agunanNomorEdit)
        f.addRow("Pemilik agunan:", self.agunanPemilikEdit)
        f.addRow("Berlaku sampai:", self.agunanBerlakuEdit)
        f.addRow("Taksiran nilai (Rp):", self.agunanNilaiEdit)
        f.addRow("", self.letterCCheck)
        # SOP 007: what the collateral states depends on its kind
        self.agunanTahunEdit = edit_baris("agunanTahunEdit", "Tahun pajak SPPT", "mis. 2026", 4)
        self.agunanTahunEdit.setMaximumWidth(80)
        self.letterCEdit: dict[str, QLineEdit] = {}
        lc = QHBoxLayout()
        for kunci, ph, lebar in (
            ("nomor", "No. C", 70),
            ("persil", "persil", 60),
            ("kelas", "kelas", 60),
            ("luas", "luas m\u00b2", 80),
            ("lokasi", "lokasi (blok/dusun)", 0),
        ):
            w = edit_baris(f"letterC{kunci.capitalize()}Edit", f"Letter C: {ph}", ph, 100)
            if lebar:
                w.setMaximumWidth(lebar)
            lc.addWidget(w, 0 if lebar else 1)
            self.letterCEdit[kunci] = w
        self.letterCBaris = QWidget()
        self.letterCBaris.setLayout(lc)
        lc.setContentsMargins(0, 0, 0, 0)
        f.addRow("Tahun pajak SPPT:", self.agunanTahunEdit)
        f.addRow("Kutipan Letter C:", self.letterCBaris)
        self._form_kredit = f
        self.agunanJenisCombo.currentIndexChanged.connect(lambda _i: self._atur_agunan())
        self._atur_agunan()
        self.kreditPengantar = RujukanEditor("kreditPengantar", "surat pengantar desa")
        self.suratUsaha = RujukanEditor("suratUsaha", "Surat Keterangan Usaha dari desa")
        f.addRow("Pengantar desa:", self.kreditPengantar)
        f.addRow("Surat ket. usaha:", self.suratUsaha)
        self.jumlahEdit.textChanged.connect(lambda _t: self._tampilkan_terbilang())
        pasang_pemisah_ribuan(self.jumlahEdit)
        self.agunanJenisCombo.currentIndexChanged.connect(
            lambda _i: self.letterCCheck.setEnabled(self.agunanJenisCombo.currentData() == "SPPT")
        )
        self.letterCCheck.setEnabled(False)
        return h

    def _atur_agunan(self) -> None:
        """A BPKB or an SHM has no masa berlaku; an SPPT has its tax year and Letter C."""
        from bawang_desk.core.naskah_layanan import jenis_agunan

        ja = jenis_agunan(self.agunanJenisCombo.currentData())
        f = self._form_kredit
        f.setRowVisible(self.agunanBerlakuEdit, ja.masa_berlaku)
        f.setRowVisible(self.agunanTahunEdit, ja.tahun_pajak)
        f.setRowVisible(self.letterCBaris, ja.letter_c)

    def _halaman_skck(self) -> QWidget:
        h = QWidget()
        f = form_halaman(h)
        self.keperluanEdit = edit_baris(
            "keperluanEdit", "Keperluan SKCK", "misalnya melamar pekerjaan", 200
        )
        # the addressee follows the kind of keperluan (the office's table, Pengaturan)
        self.jenisKeperluanCombo = combo_pilihan("jenisKeperluanCombo", "Jenis keperluan SKCK", [])
        self._tujuan_skck = self.desk.pengaturan.tujuan_skck()
        for t in self._tujuan_skck:
            self.jenisKeperluanCombo.addItem(t.nama, t.kode)
        self.tujuanSkckLabel = QLabel()
        beri_nama(self.tujuanSkckLabel, "tujuanSkckLabel", "Surat rekomendasi ditujukan kepada")
        self.tujuanSkckLabel.setWordWrap(False)
        self.tujuanSkckLabel.setStyleSheet("color: #404040;")
        self.jenisKeperluanCombo.currentIndexChanged.connect(lambda _i: self._tampilkan_tujuan())
        self._tampilkan_tujuan()
        f.addRow("&Keperluan:", self.keperluanEdit)
        f.addRow("&Jenis keperluan:", self.jenisKeperluanCombo)
        f.addRow("", self.tujuanSkckLabel)
        self.skckPengantar = RujukanEditor("skckPengantar", "surat pengantar desa")
        f.addRow("Pengantar desa:", self.skckPengantar)
        return h

    def _tampilkan_tujuan(self) -> None:
        kode = self.jenisKeperluanCombo.currentData()
        t = next((x for x in self._tujuan_skck if x.kode == kode), None)
        self.tujuanSkckLabel.setText(f"Ditujukan kepada Yth. {t.kepada} di {t.di}" if t else "")

    def _halaman_legalisasi(self) -> QWidget:
        h = QWidget()
        v = QVBoxLayout(h)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(QLabel("Dokumen yang dilegalisasi dan jumlah salinannya:"))
        self.dokumenTable = QTableWidget(0, 3)
        beri_nama(self.dokumenTable, "dokumenTable", "Dokumen, jumlah lembar dan jenisnya")
        # the kind decides the stamp's wording, or that it is not legalised here (SOP 006)
        self.dokumenTable.setHorizontalHeaderLabels(["Dokumen", "Jumlah lembar", "Jenis"])
        hh = self.dokumenTable.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.dokumenTable.setColumnWidth(1, 110)
        self.dokumenTable.setColumnWidth(2, 250)
        self.dokumenTable.verticalHeader().setVisible(False)
        self.dokumenTable.setTabKeyNavigation(False)
        self.dokumenTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        v.addWidget(self.dokumenTable)
        tombol = QHBoxLayout()
        tambah = QPushButton("Tambah dokumen")
        beri_nama(tambah, "tambahDokumenButton", "Tambah dokumen")
        self.tambahDokumenButton = tambah
        hapus = QPushButton("Hapus dokumen")
        beri_nama(hapus, "hapusDokumenButton", "Hapus dokumen terpilih")
        for b in (tambah, hapus):
            b.setAutoDefault(False)
            tombol.addWidget(b)
        tombol.addStretch(1)
        v.addLayout(tombol)
        self.legalisasiPengantar = RujukanEditor("legalisasiPengantar", "surat pengantar desa")
        fp = QFormLayout()
        fp.addRow("Pengantar desa:", self.legalisasiPengantar)
        v.addLayout(fp)
        tambah.clicked.connect(lambda: self.tambah_dokumen())
        hapus.clicked.connect(
            lambda: (
                self.dokumenTable.removeRow(self.dokumenTable.currentRow())
                if self.dokumenTable.currentRow() >= 0
                else None
            )
        )
        self.tambah_dokumen()
        return h

    def tambah_dokumen(self, nama: str = "", salinan: int = 1) -> int:
        r = self.dokumenTable.rowCount()
        self.dokumenTable.insertRow(r)
        self.dokumenTable.setItem(r, 0, QTableWidgetItem(nama))
        spin = QSpinBox()
        beri_nama(spin, f"salinanSpin{r}", f"Jumlah salinan dokumen ke-{r + 1}")
        spin.setRange(0, 99)
        spin.setValue(salinan)
        self.dokumenTable.setCellWidget(r, 1, spin)
        from bawang_desk.core.naskah_layanan import jenis_legalisasi

        jenis = combo_pilihan(f"jenisDokumenCombo{r}", f"Jenis dokumen ke-{r + 1}", [])
        jenis.addItem("- kenali dari nama -", "")
        for j in jenis_legalisasi():
            jenis.addItem(j.nama, j.kode)
        self.dokumenTable.setCellWidget(r, 2, jenis)
        # cell widgets made now would come after the pengantar in the Tab order: keep them in
        # their row, between the rows above and "Tambah dokumen"
        sebelum = self.dokumenTable if r == 0 else self.dokumenTable.cellWidget(r - 1, 2)
        QWidget.setTabOrder(sebelum, spin)
        QWidget.setTabOrder(spin, jenis)
        QWidget.setTabOrder(jenis, self.tambahDokumenButton)
        self.dokumenTable.setCurrentCell(r, 0)
        return r

    def _halaman_kk(self) -> QWidget:
        h = QWidget()
        f = form_halaman(h)
        self.kkNoKkEdit = edit_baris("kkNoKkEdit", "Nomor KK", "16 angka", 20)
        self.kkAnggota = AnggotaEditor("kkAnggota")
        self.kkAnggota.tambah_baris()
        self.kkAnggotaLabel = QLabel("Anggota keluarga:")
        f.addRow("Nomor &KK:", self.kkNoKkEdit)
        f.addRow(self.kkAnggotaLabel, self.kkAnggota)
        self.kkSebab = self._halaman_sebab(f, "kk")
        self.kkSkpwni = RujukanEditor(
            "kkSkpwni",
            "SKPWNI dari daerah asal",
            "Dindukcapil penerbit (mis. Kabupaten Purbalingga)",
        )
        f.addRow("SKPWNI:", self.kkSkpwni)
        return h

    def _halaman_sebab(self, f: QFormLayout, kode: str) -> tuple[QComboBox, RujukanEditor]:
        """Lost or damaged, and the police loss report for a lost card (SOP 010, 011)."""
        sebab = combo_pilihan(f"{kode}SebabCombo", "Sebab penggantian", SEBAB_GANTI)
        sebab.insertItem(0, "- pilih -", "")
        sebab.setCurrentIndex(0)
        laporan = RujukanEditor(
            f"{kode}LaporanPolisi",
            "surat keterangan kehilangan",
            "Kantor polisi (mis. Polsek Bawang)",
        )
        f.addRow("Sebab penggantian:", sebab)
        f.addRow("Surat kehilangan:", laporan)
        sebab.currentIndexChanged.connect(lambda _i: self._ganti_varian())
        return sebab, laporan

    def _halaman_ktp_el(self) -> QWidget:
        h = QWidget()
        f = form_halaman(h)
        self.ktpNoKkEdit = edit_baris("ktpNoKkEdit", "Nomor KK", "16 angka", 20)
        self.kawinCheck = QCheckBox("Sudah/pernah kawin")
        beri_nama(self.kawinCheck, "kawinCheck", "Sudah atau pernah kawin")
        f.addRow("Nomor &KK:", self.ktpNoKkEdit)
        f.addRow("", self.kawinCheck)
        self.ktpSebab = self._halaman_sebab(f, "ktp")
        self.elemenBerubahEdit = edit_baris(
            "elemenBerubahEdit",
            "Elemen data yang berubah",
            "mis. Pekerjaan: Petani/Pekebun menjadi Wiraswasta",
            200,
        )
        f.addRow("Elemen berubah:", self.elemenBerubahEdit)
        return h

    # ------------------------------------------------------------------ behaviour

    def layanan(self) -> str:
        return self.layananCombo.currentData()

    def varian(self) -> str:
        return self.varianCombo.currentData() or ""

    def pilih_layanan(self, kode: str, varian: str | None = None) -> None:
        self.layananCombo.setCurrentIndex(self.layananCombo.findData(kode))
        if varian is not None:
            self.varianCombo.setCurrentIndex(self.varianCombo.findData(varian))

    def _ganti_layanan(self) -> None:
        kode = self.layanan()
        self.stack.setCurrentIndex(HALAMAN.index(kode))
        pas_halaman(self.stack)
        self.identitas.atur_layanan(kode)
        self.isianGroup.setTitle(f"Isian {LAYANAN[kode].nama}")
        self.varianCombo.blockSignals(True)
        self.varianCombo.clear()
        try:
            for v in self.desk.layanan.sop(kode).varian:
                self.varianCombo.addItem(v.nama, v.kode)
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e)
        self.varianCombo.blockSignals(False)
        self.varianCombo.setEnabled(self.varianCombo.count() > 1)
        self._ganti_varian()

    def _ganti_varian(self) -> None:
        kode, varian = self.layanan(), self.varian()
        if kode == "kk":
            perlu = varian in KK_DENGAN_ANGGOTA
            self.kkAnggota.setVisible(perlu)
            self.kkAnggotaLabel.setVisible(perlu)
            self.kkNoKkEdit.setPlaceholderText(
                "16 angka (boleh kosong bila belum punya KK)"
                if varian == "pindah-datang"
                else "16 angka"
            )
        if kode == "ktp-el":
            self.kawinCheck.setVisible(varian == "baru")
        self._atur_rujukan(kode, varian)
        if not varian:
            self.syaratLabel.clear()
            sesuaikan_tinggi(self, self.isi, self.gulirArea)
            return
        try:
            syarat = self.desk.layanan.daftar_syarat(kode, varian)
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e)
            return
        butir = "".join(f"<li>{_esc(s)}</li>" for s in syarat)
        self.syaratLabel.setText(
            f"<b>Yang harus dibawa</b> ({_esc(self.varianCombo.currentText())}):"
            f"<ol style='margin:0'>{butir}</ol>"
        )
        sesuaikan_tinggi(self, self.isi, self.gulirArea)

    def _atur_rujukan(self, kode: str, varian: str) -> None:
        """Show the police report row only for a lost card, the SKPWNI only for pindah datang."""
        for k, (sebab, laporan) in (("kk", self.kkSebab), ("ktp-el", self.ktpSebab)):
            ganti = kode == k and varian == VARIAN_HILANG[k]
            f = laporan.parentWidget().layout()
            if isinstance(f, QFormLayout):
                f.setRowVisible(sebab, ganti)
                f.setRowVisible(laporan, ganti and sebab.currentData() == "Hilang")
        f = self.elemenBerubahEdit.parentWidget().layout()
        if isinstance(f, QFormLayout):
            f.setRowVisible(self.elemenBerubahEdit, kode == "ktp-el" and varian == "perubahan-data")
        f = self.kkSkpwni.parentWidget().layout()
        if isinstance(f, QFormLayout):
            f.setRowVisible(self.kkSkpwni, kode == "kk" and varian == "pindah-datang")

    def _tampilkan_wilayah(self, angka: str) -> None:
        """The region of the NIK's first digits as they are typed: "Kab. Sleman, Kec. Depok"."""
        if len(angka) < 4:
            self.wilayahNikLabel.clear()
            return
        kode = f"{angka[:2]}.{angka[2:4]}" + (f".{angka[4:6]}" if len(angka) >= 6 else "")
        uraian = uraian_wilayah(kode)
        self.wilayahNikLabel.setText(
            uraian or f"Kode wilayah {kode} tidak ada dalam daftar kode wilayah Kemendagri"
        )

    def _tampilkan_lahir(self) -> None:
        teks = self.nikEdit.text().strip()
        self._tampilkan_wilayah("".join(c for c in angka_ascii(teks) if c in "0123456789"))
        if len("".join(c for c in teks if c.isdigit())) < 16:
            self.lahirLabel.clear()
            return
        try:
            nik = parse_nik(teks, self.desk.sekarang().date())
        except IdentityError:
            self.lahirLabel.setText("NIK tidak sah")
            return
        jk = "perempuan" if nik.perempuan else "laki-laki"
        self.lahirLabel.setText(f"Lahir {nik.tanggal_lahir:%d-%m-%Y}, {jk} (dari NIK)")

    def isi_dari_nik(self) -> None:
        """A NIK seen before fills in what earlier applications recorded (blank fields only)."""
        self._tampilkan_lahir()
        try:
            lama = self.desk.layanan.cari_pemohon(self.nikEdit.text())
        except BawangError:
            lama = None
        if not lama:
            self.pernahLabel.clear()
            return
        self.pernahLabel.setText(_teks_pernah(lama))
        for w, kunci in (
            (self.namaEdit, "nama"),
            (self.tempatLahirEdit, "tempat_lahir"),
            (self.alamatEdit, "alamat"),
            (self.rtEdit, "rt"),
            (self.rwEdit, "rw"),
        ):
            if not w.text().strip() and lama.get(kunci):
                w.setText(str(lama[kunci]))
        i = self.desaCombo.findData(lama.get("desa"))
        if i > 0 and self.desaCombo.currentIndex() <= 0:
            self.desaCombo.setCurrentIndex(i)
        self.identitas.isi(lama)
        # after the Tab that left the NIK has landed: on to what is still empty
        QTimer.singleShot(0, self, self._ke_isian_kosong)

    def _ke_isian_kosong(self) -> None:
        """The caret to the first field a returning applicant still has to fill."""
        for w in (self.namaEdit, self.tempatLahirEdit, self.desaCombo, self.alamatEdit):
            kosong = w.currentIndex() <= 0 if isinstance(w, QComboBox) else not w.text().strip()
            if kosong:
                w.setFocus()
                return
        halaman = self.stack.currentWidget()
        for w in halaman.findChildren(QWidget) if halaman else []:
            if not (w.isVisibleTo(halaman) and w.isEnabled()):
                continue
            if isinstance(w, QLineEdit) and not w.text().strip() and not w.isReadOnly():
                w.setFocus()
                return
        self.buttonBox.button(QDialogButtonBox.StandardButton.Save).setFocus()

    def _pemohon_ke_pindah(self) -> None:
        """Row 1 of "yang pindah" follows the applicant's NIK and name until it is edited."""
        t = self.pindahAnggota.table
        if t.rowCount() == 0:
            return
        nik = "".join(c for c in self.nikEdit.text() if c.isdigit())
        for kolom, teks in ((0, nik), (1, self.namaEdit.text().strip())):
            item = t.item(0, kolom)
            if item is None:
                continue
            if item.text() in ("", self._pindah_disalin.get(kolom, "")):
                item.setText(teks)
                self._pindah_disalin[kolom] = teks

    def _tampilkan_terbilang(self) -> None:
        teks = self.jumlahEdit.text().strip()
        if not teks:
            self.terbilangLabel.clear()
            return
        try:
            self.terbilangLabel.setText(terbilang(parse_rupiah(teks), kapital=True))
        except (ValidationError, ValueError) as e:
            self.terbilangLabel.setText(str(e))

    # ------------------------------------------------------------------ saving

    def widgets(self) -> dict[str, QWidget]:
        w: dict[str, QWidget] = {
            "layanan": self.layananCombo,
            "varian": self.varianCombo,
            "nik": self.nikEdit,
            "nama": self.namaEdit,
            "tempat_lahir": self.tempatLahirEdit,
            "desa": self.desaCombo,
            "alamat": self.alamatEdit,
            "rt": self.rtEdit,
            "rw": self.rwEdit,
            **self.identitas.widgets(),
        }
        kode = self.layanan()
        if kode == "pindah":
            w.update(
                no_kk=self.pindahNoKkEdit,
                tujuan_kecamatan=self.kecamatanTujuanCombo,
                tujuan_desa=self.desaTujuanCombo,
                tujuan_alamat=self.alamatTujuanEdit,
                alasan=self.alasanCombo,
                jenis_kepindahan=self.jenisKepindahanCombo,
                anggota=self.pindahAnggota.table,
                pengantar_desa=self.pindahPengantar,
                nama_kepala_keluarga=self.kepalaKeluargaEdit,
                tujuan_kode_pos=self.kodePosTujuanEdit,
                alasan_lain=self.alasanLainEdit,
                status_kk_tidak_pindah=self.statusTinggalCombo,
                status_kk_pindah=self.statusPindahCombo,
            )
        elif kode == "kredit-bank":
            w.update(
                bank=self.bankEdit,
                jumlah=self.jumlahEdit,
                usaha=self.usahaEdit,
                agunan_jenis=self.agunanJenisCombo,
                agunan_nomor=self.agunanNomorEdit,
                agunan_pemilik=self.agunanPemilikEdit,
                agunan_berlaku=self.agunanBerlakuEdit,
                agunan_nilai=self.agunanNilaiEdit,
                pengantar_desa=self.kreditPengantar,
                surat_usaha=self.suratUsaha,
                agunan_tahun=self.agunanTahunEdit,
                letter_c_data=self.letterCEdit["nomor"],
            )
        elif kode == "skck":
            w.update(
                keperluan=self.keperluanEdit,
                keperluan_jenis=self.jenisKeperluanCombo,
                pengantar_desa=self.skckPengantar,
            )
        elif kode == "legalisasi":
            w.update(dokumen=self.dokumenTable, pengantar_desa=self.legalisasiPengantar)
        elif kode == "kk":
            w.update(
                no_kk=self.kkNoKkEdit,
                anggota=self.kkAnggota.table,
                sebab=self.kkSebab[0],
                laporan_polisi=self.kkSebab[1],
                skpwni=self.kkSkpwni,
            )
        else:
            w.update(
                no_kk=self.ktpNoKkEdit,
                kawin=self.kawinCheck,
                sebab=self.ktpSebab[0],
                laporan_polisi=self.ktpSebab[1],
                elemen_berubah=self.elemenBerubahEdit,
            )
        return w

    def isian(self) -> dict[str, Any]:
        kode = self.layanan()
        if kode == "pindah":
            return {
                "no_kk": self.pindahNoKkEdit.text(),
                "tujuan_kecamatan": self.kecamatanTujuanCombo.currentText(),
                "tujuan_desa": self.desaTujuanCombo.currentText(),
                "tujuan_alamat": self.alamatTujuanEdit.text(),
                "alasan": self.alasanCombo.currentData(),
                "jenis_kepindahan": self.jenisKepindahanCombo.currentData(),
                "anggota": self.pindahAnggota.data(),
                "pengantar_desa": self.pindahPengantar.data(),
                "nama_kepala_keluarga": self.kepalaKeluargaEdit.text(),
                "tujuan_kode_pos": self.kodePosTujuanEdit.text(),
                "alasan_lain": self.alasanLainEdit.text(),
                "status_kk_tidak_pindah": self.statusTinggalCombo.currentData(),
                "status_kk_pindah": self.statusPindahCombo.currentData(),
            }
        if kode == "kredit-bank":
            berlaku = self.agunanBerlakuEdit
            return {
                "bank": self.bankEdit.text(),
                "jumlah": self.jumlahEdit.text(),
                "usaha": self.usahaEdit.text(),
                "agunan_jenis": self.agunanJenisCombo.currentData(),
                "agunan_nomor": self.agunanNomorEdit.text(),
                "agunan_pemilik": self.agunanPemilikEdit.text(),
                "agunan_berlaku": berlaku.periksa("agunan_berlaku"),
                "agunan_nilai": self.agunanNilaiEdit.text() or "0",
                "letter_c": self.letterCCheck.isEnabled() and self.letterCCheck.isChecked(),
                "pengantar_desa": self.kreditPengantar.data(),
                "surat_usaha": self.suratUsaha.data(),
                "agunan_tahun": self.agunanTahunEdit.text(),
                "letter_c_data": {k: w.text() for k, w in self.letterCEdit.items()},
            }
        if kode == "skck":
            return {
                "keperluan": self.keperluanEdit.text(),
                "keperluan_jenis": self.jenisKeperluanCombo.currentData(),
                "pengantar_desa": self.skckPengantar.data(),
            }
        if kode == "legalisasi":
            dokumen = []
            for r in range(self.dokumenTable.rowCount()):
                item = self.dokumenTable.item(r, 0)
                spin = self.dokumenTable.cellWidget(r, 1)
                jenis = self.dokumenTable.cellWidget(r, 2)
                dokumen.append(
                    {
                        "nama": item.text() if item else "",
                        "salinan": spin.value() if isinstance(spin, QSpinBox) else 0,
                        "jenis": jenis.currentData() if isinstance(jenis, QComboBox) else "",
                    }
                )
            return {"dokumen": dokumen, "pengantar_desa": self.legalisasiPengantar.data()}
        if kode == "kk":
            perlu = self.varian() in KK_DENGAN_ANGGOTA
            return {
                "no_kk": self.kkNoKkEdit.text(),
                "anggota": self.kkAnggota.data() if perlu else [],
                "sebab": self.kkSebab[0].currentData(),
                "laporan_polisi": self.kkSebab[1].data(),
                "skpwni": self.kkSkpwni.data(),
            }
        return {
            "no_kk": self.ktpNoKkEdit.text(),
            "kawin": self.kawinCheck.isChecked(),
            "sebab": self.ktpSebab[0].currentData(),
            "laporan_polisi": self.ktpSebab[1].data(),
            "elemen_berubah": self.elemenBerubahEdit.text(),
        }

    def data(self) -> PermohonanBaru:
        return PermohonanBaru(
            self.layanan(),
            self.varian(),
            PemohonBaru(
                nik=self.nikEdit.text(),
                nama=self.namaEdit.text(),
                desa=self.desaCombo.currentData() or "",
                alamat=self.alamatEdit.text(),
                rt=self.rtEdit.text(),
                rw=self.rwEdit.text(),
                tempat_lahir=self.tempatLahirEdit.text(),
                **self.identitas.data(self.layanan()),
            ),
            self.isian(),
        )

    # ------------------------------------------------------------------ correction

    def untuk_perbaikan(self, p: Permohonan) -> None:
        """Open on a letter the official sent back (issue 14): the same form, filled in, the
        service and variant fixed; saving corrects it and keeps its register number."""
        self.perbaikan = p
        self.setWindowTitle(f"Perbaiki permohonan No. {p.id} (Nomor {p.nomor} tetap)")
        self.pilih_layanan(p.layanan, p.varian)
        self.layananCombo.setEnabled(False)
        self.varianCombo.setEnabled(False)
        d = p.data
        pm = d.get("pemohon", {})
        for w, v in (
            (self.nikEdit, p.nik),
            (self.namaEdit, p.nama),
            (self.tempatLahirEdit, pm.get("tempat_lahir", "")),
            (self.alamatEdit, p.alamat),
            (self.rtEdit, pm.get("rt", "")),
            (self.rwEdit, pm.get("rw", "")),
        ):
            w.setText(str(v or ""))
        self.desaCombo.setCurrentIndex(max(0, self.desaCombo.findData(p.desa)))
        teks = {
            "skck": {"keperluanEdit": "keperluan"},
            "kredit-bank": {
                "bankEdit": "bank",
                "jumlahEdit": "jumlah",
                "usahaEdit": "usaha",
                "agunanNomorEdit": "agunan_nomor",
                "agunanPemilikEdit": "agunan_pemilik",
                "agunanNilaiEdit": "agunan_nilai",
            },
            "kk": {"kkNoKkEdit": "no_kk"},
            "ktp-el": {"ktpNoKkEdit": "no_kk"},
            "pindah": {"pindahNoKkEdit": "no_kk", "alamatTujuanEdit": "tujuan_alamat"},
        }.get(p.layanan, {})
        for nama, kunci in teks.items():
            getattr(self, nama).setText(str(d.get(kunci) or ""))
        if p.layanan == "ktp-el":
            self.kawinCheck.setChecked(bool(d.get("kawin")))
        elif p.layanan == "legalisasi":
            for x in d.get("dokumen", []):
                self.tambah_dokumen(x["nama"], int(x["salinan"]))
        elif p.layanan in ("kk", "pindah"):
            editor = self.kkAnggota if p.layanan == "kk" else self.pindahAnggota
            for a in d.get("anggota") or []:
                editor.tambah_baris(a["nik"], a["nama"], a["shdk"])
        self._isi_perbaikan_surat(p)
        self.namaEdit.setFocus()

    def _isi_perbaikan_surat(self, p: Permohonan) -> None:
        """The letter's own facts on correction: the identity, the cited documents, the SKCK
        keperluan kind, the F-1.03 fields, the collateral's kind details."""
        from datetime import date as _date

        d = p.data
        self.identitas.isi(d.get("pemohon", {}))

        def rujuk(editor: RujukanEditor, kunci: str) -> None:
            r = d.get(kunci) or {}
            if r.get("nomor") and r.get("tanggal"):
                editor.isi(r["nomor"], _date.fromisoformat(r["tanggal"]), r.get("penerbit", ""))

        pengantar = {
            "pindah": self.pindahPengantar,
            "kredit-bank": self.kreditPengantar,
            "skck": self.skckPengantar,
            "legalisasi": self.legalisasiPengantar,
        }.get(p.layanan)
        if pengantar is not None:
            rujuk(pengantar, "pengantar_desa")
        if p.layanan == "kredit-bank":
            rujuk(self.suratUsaha, "surat_usaha")
            self.agunanTahunEdit.setText(str(d.get("agunan_tahun") or ""))
            for k, w in self.letterCEdit.items():
                w.setText(str((d.get("letter_c_data") or {}).get(k, "")))
        if p.layanan == "skck":
            i = self.jenisKeperluanCombo.findData(d.get("keperluan_jenis"))
            self.jenisKeperluanCombo.setCurrentIndex(max(0, i))
        if p.layanan == "pindah":
            self.kepalaKeluargaEdit.setText(str(d.get("nama_kepala_keluarga") or ""))
            self.kodePosTujuanEdit.setText(str(d.get("tujuan_kode_pos") or ""))
            self.alasanLainEdit.setText(str(d.get("alasan_lain") or ""))
            for c, k in (
                (self.statusTinggalCombo, "status_kk_tidak_pindah"),
                (self.statusPindahCombo, "status_kk_pindah"),
            ):
                c.setCurrentIndex(max(0, c.findData(d.get(k))))
        if p.layanan in ("kk", "ktp-el"):
            sebab, laporan = self.kkSebab if p.layanan == "kk" else self.ktpSebab
            sebab.setCurrentIndex(max(0, sebab.findData(d.get("sebab"))))
            rujuk(laporan, "laporan_polisi")
            if p.layanan == "kk":
                rujuk(self.kkSkpwni, "skpwni")
            else:
                self.elemenBerubahEdit.setText(str(d.get("elemen_berubah") or ""))

    def accept(self) -> None:
        bersihkan_galat(self.errorLabel, self.widgets())
        if self.perbaikan is not None:
            try:
                self.hasil = self.desk.layanan.perbaiki(self.perbaikan.id, self.data())
            except BawangError as e:
                tampilkan_galat(self.errorLabel, e, self.widgets())
                return
            super().accept()
            return
        try:
            self.hasil = self.desk.layanan.baru(self.data(), mulai=self.mulai)
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e, self.widgets())
            return
        peringatan = self.hasil.data.get("peringatan") or []
        if peringatan:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                "Peringatan SOP",
                "Permohonan tersimpan, tetapi perhatikan:\n\n"
                + "\n".join(f"\u2022 {p}" for p in peringatan),
                QMessageBox.StandardButton.Ok,
                self,
            )
            beri_nama(box, "peringatanBox", "Peringatan SOP")
            box.exec()
        super().accept()


def _teks_pernah(lama: dict) -> str:
    """ "pernah datang: 24-11-2026, SKCK" for a NIK the counter has seen before."""
    from bawang_desk.core.errors import ValidationError
    from bawang_desk.core.layanan import info

    teks = "pernah datang"
    tgl = lama.get("terakhir") or ""
    if len(tgl) == 10:
        teks += f": {tgl[8:10]}-{tgl[5:7]}-{tgl[:4]}"
    if lama.get("layanan_terakhir"):
        try:
            teks += f", {info(lama['layanan_terakhir']).nama}"
        except ValidationError:
            teks += f", {lama['layanan_terakhir']}"
    return teks
