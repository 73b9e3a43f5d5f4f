"""The Surat Masuk tab (SOP 068/001): the Buku Agenda, the five steps of a letter, the Lembar Disposisi."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import klasifikasi
from bawang_desk.core.atas_nama import boleh_mencatat
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.surat_masuk import (
    FILTER_KHUSUS,
    LABEL_SIFAT,
    LABEL_STATUS,
    RAHASIA,
    SIFAT,
    STATUS,
    BarisSurat,
    FilterSurat,
    SuratMasuk,
)
from bawang_desk.core.teks import tanggal_pendek
from bawang_desk.ui.surat.disposisi_dialog import DisposisiDialog, DistribusiDialog
from bawang_desk.ui.surat.masuk_dialog import SuratMasukDialog
from bawang_desk.ui.surat.masuk_model import SuratMasukModel
from bawang_desk.ui.umum import (
    TanggalEdit,
    beri_nama,
    pesan_galat,
    tombol,
)
from bawang_desk.ui.umum.izin import atur_tombol, kalimat_tak_berwenang
from bawang_desk.ui.umum.kolom import atur_kolom
from bawang_desk.ui.umum.tata import AlirLayout


def _belum(status: str | None, perlu: str) -> str:
    """Why a step button is disabled for the right role: no letter, or the step before."""
    if status is None:
        return "Pilih surat di tabel lebih dahulu."
    return (
        f"Langkah ini untuk surat berstatus \u201c{LABEL_STATUS[perlu]}\u201d; surat ini "
        f"berstatus \u201c{LABEL_STATUS.get(status, status)}\u201d."
    )


class SuratMasukTab(QWidget):
    """Buku Agenda with search as you type, filters, the detail of a letter and its steps."""

    dicetak = Signal(Path)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._dimuat = False
        lay = QVBoxLayout(self)
        self.bannerLabel = QLabel()
        beri_nama(self.bannerLabel, "bannerLabel", "Peringatan surat sangat segera")
        self.bannerLabel.setStyleSheet(
            "background: #7a0000; color: white; font-weight: bold; padding: 6px;"
        )
        self.bannerLabel.setVisible(False)
        lay.addWidget(self.bannerLabel)

        bar = QHBoxLayout()
        self.cariEdit = QLineEdit()
        beri_nama(self.cariEdit, "cariEdit", "Cari pengirim, hal, nomor atau ringkasan")
        self.cariEdit.setPlaceholderText("Cari pengirim, hal, nomor surat, ringkasan...")
        self.cariEdit.setClearButtonEnabled(True)
        self.dariEdit = TanggalEdit(boleh_kosong=True)
        self.sampaiEdit = TanggalEdit(boleh_kosong=True)
        for w, n, a in (
            (self.dariEdit, "dariEdit", "Dari tanggal"),
            (self.sampaiEdit, "sampaiEdit", "Sampai tanggal"),
        ):
            beri_nama(w, n, a)
            w.setPlaceholderText("semua")
            w.setRentang(date(2000, 1, 1), None)
        self.sifatCombo = QComboBox()
        beri_nama(self.sifatCombo, "sifatFilterCombo", "Saring sifat")
        self.sifatCombo.addItem("Semua sifat", "")
        for s in SIFAT:
            self.sifatCombo.addItem(LABEL_SIFAT[s], s)
        self.sifatCombo.addItem(RAHASIA, RAHASIA)  # the secret ones, whatever their urgency
        self.statusCombo = QComboBox()
        beri_nama(self.statusCombo, "statusFilterCombo", "Saring status")
        self.statusCombo.addItem("Semua status", "")
        for k, v in FILTER_KHUSUS.items():
            self.statusCombo.addItem(v, k)
        for s in STATUS:
            self.statusCombo.addItem(LABEL_STATUS[s], s)
        self.kodeEdit = QLineEdit()
        beri_nama(self.kodeEdit, "kodeFilterEdit", "Saring kode klasifikasi")
        self.kodeEdit.setPlaceholderText("Kode klasifikasi")
        self.kodeEdit.setMaximumWidth(130)
        cari_label = QLabel("Ca&ri:")
        cari_label.setBuddy(self.cariEdit)
        bar.addWidget(cari_label)
        bar.addWidget(self.cariEdit, 1)
        for text, w in (("Dari:", self.dariEdit), ("s.d.", self.sampaiEdit)):
            bar.addWidget(QLabel(text))
            bar.addWidget(w)
        bar.addWidget(self.sifatCombo)
        bar.addWidget(self.statusCombo)
        bar.addWidget(self.kodeEdit)
        lay.addLayout(bar)

        # wraps rather than widen the window on a 1024 px screen
        aksi = AlirLayout()
        self.catatButton = tombol("&Catat surat masuk...", "catatButton", "Ctrl+N")
        self.sampaikanButton = tombol("Sampaikan ke Ca&mat", "sampaikanButton")
        self.disposisiButton = tombol("&Disposisi...", "disposisiButton")
        self.jabarkanButton = tombol("&Jabarkan...", "jabarkanButton")
        self.distribusiButton = tombol("Dis&tribusikan...", "distribusiButton")
        self.ubahButton = tombol("&Ubah...", "ubahButton")
        self.lembarButton = tombol("Cetak &Lembar Disposisi", "lembarButton", "Ctrl+P")
        self.pindaianButton = tombol("Buka p&indaian", "pindaianButton")
        self.bukuButton = tombol("Cetak Buku A&genda...", "bukuButton")
        for b in (
            self.catatButton,
            self.sampaikanButton,
            self.disposisiButton,
            self.jabarkanButton,
            self.distribusiButton,
            self.ubahButton,
            self.lembarButton,
            self.pindaianButton,
        ):
            aksi.addWidget(b)
        aksi.addWidget(self.bukuButton)
        lay.addLayout(aksi)

        self.model = SuratMasukModel(desk, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView()
        beri_nama(self.table, "suratMasukTable", "Buku Agenda Surat Masuk")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        atur_kolom(self.table, regang=SuratMasukModel.COL_HAL, utuh=(SuratMasukModel.COL_NOMOR,))
        self.detail = QTextBrowser()
        beri_nama(self.detail, "detailSurat", "Rincian surat")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split, 1)
        self.infoLabel = QLabel()
        beri_nama(self.infoLabel, "infoLabel", "Ringkasan daftar")
        lay.addWidget(self.infoLabel)

        self._tunda = QTimer(self)
        self._tunda.setSingleShot(True)
        self._tunda.setInterval(120)
        self._tunda.timeout.connect(self.muat)
        self.cariEdit.textChanged.connect(lambda _t: self._tunda.start())
        self.kodeEdit.textChanged.connect(lambda _t: self._tunda.start())
        for w in (self.sifatCombo, self.statusCombo):
            w.currentIndexChanged.connect(lambda _i: self.muat())
        for w in (self.dariEdit, self.sampaiEdit):
            w.tanggalBerubah.connect(lambda _d: self._tunda.start())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.tampilkan_detail())
        self.table.doubleClicked.connect(lambda _i: self.ubah())
        self.catatButton.clicked.connect(self.catat)
        self.sampaikanButton.clicked.connect(self.sampaikan)
        self.disposisiButton.clicked.connect(self.disposisi)
        self.jabarkanButton.clicked.connect(self.jabarkan)
        self.distribusiButton.clicked.connect(self.distribusikan)
        self.ubahButton.clicked.connect(self.ubah)
        self.lembarButton.clicked.connect(lambda: self.cetak_lembar())
        self.pindaianButton.clicked.connect(self.buka_pindaian)
        self.bukuButton.clicked.connect(self.cetak_buku)
        self.perbarui_izin()

    # ------------------------------------------------------------------ loading

    def showEvent(self, ev) -> None:
        super().showEvent(ev)
        if not self._dimuat:
            self.muat()

    def filter(self) -> FilterSurat:
        def opt(w: TanggalEdit) -> date | None:
            return w.tanggal()

        return FilterSurat(
            teks=self.cariEdit.text(),
            dari=opt(self.dariEdit),
            sampai=opt(self.sampaiEdit),
            sifat=self.sifatCombo.currentData() or None,
            status=self.statusCombo.currentData() or None,
            kode_klasifikasi=self.kodeEdit.text().strip() or None,
        )

    def muat(self, pilih: int | None = None) -> None:
        self._dimuat = True
        lama = pilih if pilih is not None else (self.terpilih().id if self.terpilih() else None)
        try:
            self.model.muat(self.filter())
        except BawangError as e:
            self.infoLabel.setText(str(e))
            return
        tolak = kalimat_tak_berwenang(self.desk, "surat_masuk.lihat", "surat masuk")
        if tolak:  # hidden, not lost: say so instead of "0 surat ditampilkan"
            self.infoLabel.setText(tolak)
            self.tampilkan_detail()
            return
        n = self.model.rowCount()
        urgen = sum(1 for i in range(n) if self.model.baris(i).urgen)
        lagi = "+" if self.model.canFetchMore() else ""
        self.infoLabel.setText(
            f"{n}{lagi} surat ditampilkan"
            + (f", {urgen} SANGAT SEGERA belum selesai." if urgen else ".")
        )
        if lama is not None:
            self.pilih_surat(lama)
        self.tampilkan_detail()

    def pilih_surat(self, surat_id: int) -> None:
        row = self.model.cari_baris(surat_id)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def buka_id(self, surat_id: int) -> None:
        """Show one letter (opened from the Beranda) selected, with its details."""
        self.muat(pilih=surat_id)
        self.table.setFocus()

    def terpilih(self) -> BarisSurat | None:
        idx = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not idx:
            return None
        return self.model.baris(self.proxy.mapToSource(idx[0]).row())

    def perbarui_izin(self) -> None:
        d = self.desk
        atur_tombol(self.catatButton, d, "surat_masuk.catat", "mencatat surat masuk")
        atur_tombol(self.bukuButton, d, "buku.cetak", "mencetak Buku Agenda")
        lihat = d.boleh("surat_masuk.lihat") and not d.terkunci
        urgen = d.surat_masuk.urgen_untuk_pimpinan() if lihat else []
        if urgen:
            siapa = "disposisi Camat" if d.pengguna_aktif.peran == "camat" else "tindak lanjut"
            self.bannerLabel.setText(
                f"\u26a0 {len(urgen)} surat SANGAT SEGERA menunggu {siapa}: "
                + "; ".join(f"{b.nomor_agenda}/{b.tahun} dari {b.pengirim}" for b in urgen[:3])
            )
        self.bannerLabel.setVisible(bool(urgen))
        if self._dimuat or self.isVisible():
            self.muat()
        self._perbarui_tombol()

    def _perbarui_tombol(self) -> None:
        b = self.terpilih()
        d = self.desk
        st = b.status if b else None
        catat = {
            k: boleh_mencatat(d, "surat_masuk", k)
            for k in ("surat_masuk.disposisi", "surat_masuk.jabarkan")
        }
        for tb, izin, tindakan, perlu in (
            (self.sampaikanButton, "surat_masuk.sampaikan", "menyampaikan surat", "dicatat"),
            (self.disposisiButton, "surat_masuk.disposisi", "mendisposisi surat", "disampaikan"),
            (self.jabarkanButton, "surat_masuk.jabarkan", "menjabarkan disposisi", "didisposisi"),
            (self.distribusiButton, "surat_masuk.distribusi", "mendistribusikan", "dijabarkan"),
        ):
            atur_tombol(
                tb,
                d,
                izin,
                tindakan,
                siap=st == perlu,
                belum=_belum(st, perlu),
                boleh=catat.get(izin),
            )
        atur_tombol(
            self.ubahButton,
            d,
            "surat_masuk.ubah",
            "mengubah surat",
            siap=b is not None,
            belum="Pilih surat di tabel lebih dahulu.",
        )
        self.lembarButton.setEnabled(b is not None)
        self.pindaianButton.setEnabled(b is not None and not b.disembunyikan)

    # ------------------------------------------------------------------ detail

    def tampilkan_detail(self) -> None:
        self._perbarui_tombol()
        b = self.terpilih()
        if b is None:
            self.detail.setHtml("<p><i>Pilih surat di tabel untuk melihat rinciannya.</i></p>")
            return
        try:
            s = self.desk.surat_masuk.get(b.id)
        except BawangError as e:
            self.detail.setPlainText(str(e))
            return
        self.detail.setHtml(html_surat(self.desk, s))

    # ------------------------------------------------------------------ actions

    def _aksi(self, fn) -> SuratMasuk | None:
        try:
            return fn()
        except BawangError as e:
            pesan_galat(self, "Surat masuk", e)
            return None

    def catat(self) -> None:
        dlg = SuratMasukDialog(self.desk, self)
        beri_nama(dlg, "suratMasukDialog", "Catat surat masuk")
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat(pilih=dlg.hasil.id)
            # SOP step 1: the Lembar Disposisi goes with the letter at once
            self.cetak_lembar(dlg.hasil.id)

    def ubah(self) -> None:
        b = self.terpilih()
        if b is None or not self.desk.boleh("surat_masuk.ubah"):
            return
        s = self._aksi(lambda: self.desk.surat_masuk.get(b.id))
        if s is None:
            return
        dlg = SuratMasukDialog(self.desk, self, surat=s)
        beri_nama(dlg, "suratMasukDialog", "Ubah surat masuk")
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.muat(pilih=b.id)

    def sampaikan(self) -> None:
        b = self.terpilih()
        if b and self._aksi(lambda: self.desk.surat_masuk.sampaikan(b.id)):
            self.muat(pilih=b.id)

    def disposisi(self) -> None:
        b = self.terpilih()
        if b is None:
            return
        s = self._aksi(lambda: self.desk.surat_masuk.get(b.id))
        if s is None:
            return
        dlg = DisposisiDialog(self.desk, s, self)
        beri_nama(dlg, "disposisiDialog", "Disposisi Camat")
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.perbarui_izin()
            self.pilih_surat(b.id)

    def jabarkan(self) -> None:
        b = self.terpilih()
        if b is None:
            return
        if not self.desk.boleh("surat_masuk.jabarkan"):
            self._jabarkan_atas_nama(b.id)
            return
        teks, ok = QInputDialog.getMultiLineText(
            self, "Penjabaran disposisi", "Penjabaran Sekretaris Kecamatan atas disposisi Camat:"
        )
        if ok and self._aksi(lambda: self.desk.surat_masuk.jabarkan(b.id, teks)):
            self.perbarui_izin()
            self.pilih_surat(b.id)

    def _jabarkan_atas_nama(self, surat_id: int) -> None:
        """The Sekcam's elaboration written on the Lembar Disposisi, recorded from the paper
        beside the Camat's disposition it elaborates."""
        from bawang_desk.ui.umum import KotakAlasan
        from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog

        s = self._aksi(lambda: self.desk.surat_masuk.get(surat_id))
        if s is None:
            return
        teks = KotakAlasan()
        beri_nama(teks, "penjabaranEdit", "Penjabaran Sekcam")
        teks.setPlaceholderText("Penjabaran Sekretaris Kecamatan, seperti tertulis di lembar")
        dlg = CatatPejabatDialog(
            self.desk,
            "Catat penjabaran Sekcam dari Lembar Disposisi",
            area="surat_masuk",
            mode_boleh=("sekcam",),
            teks=html_surat(self.desk, s),
            ekstra=teks,
            simpan=lambda an: self.desk.surat_masuk.jabarkan(surat_id, teks.teks(), atas_nama=an),
            parent=self,
        )
        self._dialog = dlg
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.perbarui_izin()
            self.pilih_surat(surat_id)

    def distribusikan(self) -> None:
        b = self.terpilih()
        if b is None:
            return
        s = self._aksi(lambda: self.desk.surat_masuk.get(b.id))
        if s is None:
            return
        dlg = DistribusiDialog(self.desk, s, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.muat(pilih=b.id)
            # the filled-in sheet, now with the Camat's and Sekcam's boxes and the receipts
            self.cetak_lembar(b.id)

    def cetak_lembar(self, surat_id: int | None = None) -> Path | None:
        """Print the Lembar Disposisi: blank for handwriting until disposed, then filled in."""
        from bawang_desk.documents.surat_masuk import cetak_lembar_disposisi
        from bawang_desk.ui.umum.pratinjau import tampilkan_pdf

        if surat_id is None:
            b = self.terpilih()
            if b is None:
                return None
            surat_id = b.id
        try:
            path = cetak_lembar_disposisi(self.desk, surat_id)
        except (BawangError, OSError) as e:
            pesan_galat(self, "Lembar Disposisi", e)
            return None
        self.dicetak.emit(path)
        self._pratinjau = tampilkan_pdf(path, "Lembar Disposisi", self)
        return path

    def buka_pindaian(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        b = self.terpilih()
        if b is None:
            return
        try:
            p = self.desk.surat_masuk.path_berkas(b.id)
        except BawangError as e:
            pesan_galat(self, "Pindaian surat", e)
            return
        if p.suffix == ".pdf":
            from bawang_desk.ui.umum.pratinjau import tampilkan_pdf

            self._pratinjau = tampilkan_pdf(p, "Pindaian surat", self)
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(p)))

    def cetak_buku(self) -> None:
        from bawang_desk.ui.surat.cetak_buku import CetakBukuDialog

        dlg = CetakBukuDialog(self.desk, "surat-masuk", self)
        dlg.exec()


def html_surat(desk: Desk, s: SuratMasuk) -> str:
    """The detail of a letter: its data, the disposition, and each step against the SOP."""
    from bawang_desk.core.catalog import format_waktu

    e = escape
    tanda = ""
    user = desk.pengguna_aktif
    camat = user is not None and user.peran == "camat"
    if s.urgen and s.menunggu_camat and not camat:
        # the SOP's warning is for whoever carries the letter to the Camat: only while it
        # waits for his disposition, and not shown to the Camat himself (issue 12 item 6)
        tanda = (
            "<p style='background:#7a0000;color:white;padding:4px'><b>\u26a0 SANGAT SEGERA"
            "</b>: sampaikan kepada Camat saat ini juga.</p>"
        )
    if s.rahasia:
        tanda += "<p style='background:#303030;color:white;padding:4px'><b>RAHASIA</b></p>"
    tgl_surat = tanggal_pendek(s.tanggal_surat) if s.tanggal_surat else "-"
    bagian = [
        tanda,
        f"<h3>Agenda {s.nomor_agenda}/{s.tahun} &mdash; {e(s.label_status)}</h3>",
        "<table cellpadding='2'>",
        f"<tr><td><b>Dari</b></td><td>{e(s.pengirim)}</td></tr>",
        f"<tr><td><b>Nomor / tanggal</b></td><td>{e(s.nomor_surat or '-')} / {tgl_surat}</td></tr>",
        f"<tr><td><b>Diterima</b></td><td>{tanggal_pendek(s.tanggal_terima)}</td></tr>",
        f"<tr><td><b>Hal</b></td><td>{e(s.hal)}</td></tr>",
        f"<tr><td><b>Sifat / kode</b></td><td>{e(s.label_sifat)} / "
        f"{e(klasifikasi.label(s.kode_klasifikasi) if s.kode_klasifikasi else '-')}"
        f"</td></tr>",
        f"<tr><td><b>Lampiran</b></td><td>{e(s.lampiran or '-')}</td></tr>",
    ]
    if s.ringkasan:
        bagian.append(f"<tr><td><b>Ringkasan</b></td><td>{e(s.ringkasan)}</td></tr>")
    bagian.append("</table>")
    if s.disposisi:
        d = s.disposisi
        kepada = ", ".join(desk.surat_masuk.label_tujuan(k) for k in d.kepada)
        batas = tanggal_pendek(d.batas_waktu) if d.batas_waktu else "-"
        bagian.append(
            f"<p><b>Disposisi Camat</b> ({d.waktu:%d-%m-%Y %H:%M}): kepada {e(kepada)}; "
            f"{e('; '.join(d.instruksi))}. {e(d.catatan)} <i>Batas waktu: {batas}</i></p>"
        )
        if d.penjabaran:
            bagian.append(
                f"<p><b>Penjabaran Sekcam</b> ({d.penjabaran_waktu:%d-%m-%Y %H:%M}): "
                f"{e(d.penjabaran)}</p>"
            )
    if s.distribusi:
        bagian.append(
            "<p><b>Distribusi</b>: "
            + "; ".join(
                f"{e(x.kepada)} (diterima {e(x.diterima_oleh)}, {x.waktu:%d-%m-%Y %H:%M})"
                for x in s.distribusi
            )
            + "</p>"
        )
    rows = []
    for lk in s.langkah:
        dur = format_waktu(lk.durasi) if lk.durasi is not None else "-"
        baku = format_waktu(lk.baku) if lk.baku else "-"
        warna = " style='color:#7a0000'" if lk.lewat_baku else ""
        ket = (
            "melebihi waktu baku" if lk.lewat_baku else ("sesuai" if lk.durasi is not None else "")
        )
        rows.append(
            f"<tr><td>{lk.langkah}</td><td>{e(lk.nama)}</td>"
            f"<td>{lk.waktu:%d-%m-%Y %H:%M}</td>"
            f"<td>{e(lk.pelaku.kedua_nama if lk.pelaku else lk.oleh or '-')}</td>"
            f"<td{warna}>{dur}</td><td>{baku}</td><td{warna}>{ket}</td></tr>"
        )
    bagian.append(
        "<h4>Langkah SOP 068/001</h4><table border='1' cellspacing='0' cellpadding='3'>"
        "<tr><th>No</th><th>Langkah</th><th>Waktu</th><th>Oleh</th><th>Lama</th>"
        "<th>Baku</th><th></th></tr>" + "".join(rows) + "</table>"
    )
    return "".join(bagian)
