"""The "Layanan" tab: the day's queue at the counter and each application's way through its SOP.

Recording (Permohonan baru), the requirement checklist, signature with the register number and
verification code, the SIAK processing of KK and KTP-el (noted "menunggu input SIAK" when the
link is down, with its own list to tick off later), hand-over, cancellation and the
verification of a printed code.
"""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
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
from bawang_desk.core.identity import IdentityError, parse_nik
from bawang_desk.core.layanan import LAYANAN, MODE_TTD, STATUS, Permohonan
from bawang_desk.core.teks import rupiah, tanggal_pendek
from bawang_desk.ui.permohonan_dialog import PermohonanDialog
from bawang_desk.ui.umum import beri_nama, konfirmasi, pesan_galat, tombol

_Index = QModelIndex | QPersistentModelIndex

WARNA_BATAL = QColor("#6a6a6a")
WARNA_PERINGATAN = QColor("#7a0000")

#: Labels of the service fields in the detail panel, in display order.
LABEL_ISIAN = {
    "no_kk": "Nomor KK",
    "tujuan_kecamatan": "Kecamatan tujuan",
    "tujuan_desa": "Desa tujuan",
    "tujuan_alamat": "Alamat tujuan",
    "alasan": "Alasan pindah",
    "jenis_kepindahan": "Jenis kepindahan",
    "bank": "Bank",
    "jumlah": "Jumlah pinjaman",
    "usaha": "Jenis usaha",
    "agunan_jenis": "Jenis agunan",
    "agunan_nomor": "Nomor agunan",
    "agunan_pemilik": "Pemilik agunan",
    "agunan_berlaku": "Agunan berlaku sampai",
    "agunan_nilai": "Taksiran nilai agunan",
    "letter_c": "Kutipan Letter C",
    "keperluan": "Keperluan",
    "kawin": "Sudah/pernah kawin",
}


def _waktu_masuk(p: Permohonan) -> datetime | None:
    return p.langkah[0].waktu if p.langkah else None


def nama_varian(desk: Desk, p: Permohonan) -> str:
    try:
        return desk.layanan.sop(p.layanan).varian_by_kode(p.varian).nama
    except (BawangError, KeyError):
        return p.varian


class AntrianModel(QAbstractTableModel):
    """Applications at the counter (today's queue, or the SIAK backlog), one row each."""

    (
        COL_NO,
        COL_MASUK,
        COL_LAYANAN,
        COL_VARIAN,
        COL_NAMA,
        COL_NIK,
        COL_DESA,
        COL_STATUS,
        COL_NOMOR,
    ) = range(9)
    HEADERS = ("No", "Masuk", "Layanan", "Varian", "Nama", "NIK", "Desa", "Status", "Nomor")

    def __init__(self, desk: Desk | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._rows: list[Permohonan] = []
        self._varian: dict[tuple[str, str], str] = {}

    def muat(self, rows: list[Permohonan]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self.desk is not None:
            for p in self._rows:
                kunci = (p.layanan, p.varian)
                if kunci not in self._varian:
                    self._varian[kunci] = nama_varian(self.desk, p)
        self.endResetModel()

    def baris(self, row: int) -> Permohonan:
        return self._rows[row]

    def cari_baris(self, pid: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == pid), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        p = self._rows[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            w = _waktu_masuk(p)
            if w is None:
                masuk = tanggal_pendek(p.tanggal_masuk)
            elif self.desk is not None and w.date() == self.desk.sekarang().date():
                masuk = f"{w:%H:%M}"
            else:
                masuk = f"{w:%d-%m %H:%M}"
            status = p.label_status
            if p.siak == "menunggu":
                status += " \u2022 menunggu input SIAK"
            return (
                str(p.id),
                masuk,
                LAYANAN[p.layanan].nama if p.layanan in LAYANAN else p.layanan,
                self._varian.get((p.layanan, p.varian), p.varian),
                p.nama,
                p.nik,
                p.desa,
                status,
                p.nomor,
            )[c]
        if role == Qt.ItemDataRole.UserRole:
            w = _waktu_masuk(p)
            return (
                p.id,
                w.isoformat() if w else p.tanggal_masuk.isoformat(),
                p.layanan,
                p.varian,
                p.nama,
                p.nik,
                p.desa,
                STATUS.index(p.status) if p.status in STATUS else 0,
                p.nomor,
            )[c]
        if role == Qt.ItemDataRole.ForegroundRole:
            if p.status == "batal":
                return QBrush(WARNA_BATAL)
            if c == self.COL_STATUS and p.data.get("peringatan"):
                return QBrush(WARNA_PERINGATAN)
        if role == Qt.ItemDataRole.ToolTipRole and p.data.get("peringatan"):
            return "\n".join(p.data["peringatan"])
        return None


def html_permohonan(desk: Desk, p: Permohonan) -> str:
    """The detail of an application: applicant, fields, warnings, checklist, steps vs SOP."""
    from bawang_desk.core.catalog import format_waktu

    e = escape
    inf = LAYANAN.get(p.layanan)
    pem = p.data.get("pemohon", {})
    bagian: list[str] = []
    if p.status == "batal":
        bagian.append(
            "<p style='background:#303030;color:white;padding:4px'><b>BATAL</b>: "
            f"{e(p.alasan_batal or '')}</p>"
        )
    for teks in p.data.get("peringatan") or []:
        bagian.append(
            f"<p style='background:#ffe3e3;color:#7a0000;padding:4px'><b>\u26a0 Peringatan</b>: "
            f"{e(teks)}</p>"
        )
    if p.siak == "menunggu":
        bagian.append(
            "<p style='background:#fff3c4;color:#4a3b00;padding:4px'><b>Menunggu input "
            "SIAK</b>: masukkan data ke SIAK bila jaringan tersedia, lalu centang di daftar "
            "\u201cMenunggu input SIAK\u201d.</p>"
        )
    judul = inf.nama if inf else p.layanan
    varian = nama_varian(desk, p)
    if varian.lower() != judul.lower() and p.varian != "umum":
        judul += f" ({varian})"
    bagian.append(f"<h3>No. {p.id} &mdash; {e(judul)} &mdash; {e(p.label_status)}</h3>")
    lahir, perempuan = pem.get("tanggal_lahir"), pem.get("perempuan")
    if not lahir:  # bulk-entered or imported rows: the NIK still tells
        try:
            n = parse_nik(p.nik)
            lahir, perempuan = n.tanggal_lahir.isoformat(), n.perempuan
        except IdentityError:
            lahir = None
    lahir_teks = ""
    if lahir:
        jk = "perempuan" if perempuan else "laki-laki"
        tempat = f"{pem.get('tempat_lahir')}, " if pem.get("tempat_lahir") else ""
        lahir_teks = f"{e(tempat)}{tanggal_pendek(date.fromisoformat(lahir))} ({jk})"
    rtrw = ""
    if pem.get("rt") or pem.get("rw"):
        rtrw = f" RT {e(pem.get('rt') or '-')}/RW {e(pem.get('rw') or '-')}"
    bagian += [
        "<table cellpadding='2'>",
        f"<tr><td><b>Pemohon</b></td><td>{e(p.nama)}</td></tr>",
        f"<tr><td><b>NIK</b></td><td>{e(p.nik)}</td></tr>",
        f"<tr><td><b>Lahir</b></td><td>{lahir_teks or '-'}</td></tr>",
        f"<tr><td><b>Alamat</b></td><td>{e(p.alamat or '-')}{rtrw}, Desa {e(p.desa)}</td></tr>",
        f"<tr><td><b>Masuk</b></td><td>{tanggal_pendek(p.tanggal_masuk)} "
        f"(dicatat {e(p.petugas or '-')})</td></tr>",
    ]
    for kunci, label in LABEL_ISIAN.items():
        if kunci not in p.data:
            continue
        v = p.data[kunci]
        if kunci in ("jumlah", "agunan_nilai"):
            teks = rupiah(int(v or 0))
        elif kunci == "agunan_berlaku":
            teks = tanggal_pendek(date.fromisoformat(v)) if v else "-"
        elif isinstance(v, bool):
            teks = "ya" if v else "tidak"
        else:
            teks = e(str(v or "-"))
        bagian.append(f"<tr><td><b>{e(label)}</b></td><td>{teks}</td></tr>")
    if p.data.get("dokumen"):
        dok = "; ".join(f"{e(d['nama'])} ({d['salinan']} salinan)" for d in p.data["dokumen"])
        bagian.append(f"<tr><td><b>Dokumen</b></td><td>{dok}</td></tr>")
    if p.nomor:
        bagian.append(f"<tr><td><b>Nomor</b></td><td><b>{e(p.nomor)}</b></td></tr>")
    if p.penandatangan:
        t = p.penandatangan
        bagian.append(
            f"<tr><td><b>Ditandatangani</b></td><td>{e(t.get('nama', ''))} "
            f"({e(MODE_TTD.get(t.get('mode', ''), t.get('mode', '')))})</td></tr>"
        )
    if p.kode_verifikasi:
        bagian.append(
            f"<tr><td><b>Kode verifikasi</b></td><td><tt>{e(p.kode_verifikasi)}</tt></td></tr>"
        )
    bagian.append("</table>")
    if p.data.get("anggota"):
        bagian.append(
            "<h4>Anggota keluarga</h4><table border='1' cellspacing='0' cellpadding='3'>"
            "<tr><th>NIK</th><th>Nama</th><th>SHDK</th></tr>"
            + "".join(
                f"<tr><td>{e(a['nik'])}</td><td>{e(a['nama'])}</td><td>{e(a['shdk'])}</td></tr>"
                for a in p.data["anggota"]
            )
            + "</table>"
        )
    if p.syarat:
        ada = sum(1 for s in p.syarat if s.ada)
        bagian.append(f"<h4>Persyaratan ({ada} dari {len(p.syarat)} ada)</h4><ul>")
        for s in p.syarat:
            tanda = "\u2611" if s.ada else "\u2610 <i>belum</i>"
            bagian.append(f"<li>{tanda} {e(s.item)}</li>")
        bagian.append("</ul>")
    if p.syarat_dilewati:
        bagian.append(
            f"<p><b>Diloloskan Sekcam</b> walau belum lengkap: {e(p.syarat_dilewati)}</p>"
        )
    rows = []
    for lk in p.langkah:
        dur = format_waktu(lk.durasi) if lk.durasi is not None else "-"
        baku = format_waktu(lk.baku) if lk.baku else "-"
        warna = " style='color:#7a0000'" if lk.lewat_baku else ""
        ket = (
            "melebihi waktu baku" if lk.lewat_baku else ("sesuai" if lk.durasi is not None else "")
        )
        rows.append(
            f"<tr><td>{lk.langkah}</td><td>{e(lk.uraian)}</td>"
            f"<td>{lk.waktu:%d-%m-%Y %H:%M}</td><td>{e(lk.oleh or '-')}</td>"
            f"<td{warna}>{dur}</td><td>{baku}</td><td{warna}>{ket}</td></tr>"
        )
    try:
        nomor_sop = desk.layanan.sop(p.layanan).nomor
    except BawangError:
        nomor_sop = p.layanan
    bagian.append(
        f"<h4>Langkah SOP {e(nomor_sop)}</h4>"
        "<table border='1' cellspacing='0' cellpadding='3'>"
        "<tr><th>No</th><th>Langkah</th><th>Waktu</th><th>Oleh</th><th>Lama</th>"
        "<th>Baku</th><th></th></tr>" + "".join(rows) + "</table>"
    )
    return "".join(bagian)


class PeriksaDialog(QDialog):
    """SOP step 2: one tick box per requirement; continue once the file is complete."""

    def __init__(self, desk: Desk, p: Permohonan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.pid = desk, p.id
        self.hasil: Permohonan | None = None
        beri_nama(self, "periksaDialog", "Periksa berkas")
        self.setWindowTitle(f"Periksa berkas - No. {p.id}, {p.nama}")
        self.resize(620, 420)
        lay = QVBoxLayout(self)
        info = QLabel(
            f"<b>{escape(LAYANAN[p.layanan].nama)}</b> ({escape(nama_varian(desk, p))}) a.n. "
            f"<b>{escape(p.nama)}</b>.<br>Centang setiap berkas yang sudah diterima."
        )
        info.setWordWrap(True)
        lay.addWidget(info)
        self.centang: dict[int, QCheckBox] = {}
        for s in p.syarat:
            cb = QCheckBox(s.item)
            beri_nama(cb, f"syarat_{s.urutan}", s.item)
            cb.setChecked(s.ada)
            cb.toggled.connect(lambda ada, u=s.urutan: self._centang(u, ada))
            lay.addWidget(cb)
            self.centang[s.urutan] = cb
        lay.addStretch(1)
        self.errorLabel = QLabel()
        beri_nama(self.errorLabel, "errorLabel", "Pesan kesalahan")
        self.errorLabel.setStyleSheet("color: #a40000; font-weight: bold;")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)
        lay.addWidget(self.errorLabel)
        bb = QDialogButtonBox()
        self.lanjutButton = bb.addButton(
            "&Lanjut (berkas lengkap)", QDialogButtonBox.ButtonRole.AcceptRole
        )
        beri_nama(self.lanjutButton, "lanjutButton", "Lanjut, berkas lengkap")
        self.loloskanButton = bb.addButton(
            "L&oloskan dengan alasan...", QDialogButtonBox.ButtonRole.ActionRole
        )
        beri_nama(self.loloskanButton, "loloskanButton", "Loloskan dengan alasan")
        self.loloskanButton.setVisible(desk.boleh("layanan.lewati_syarat"))
        tutup = bb.addButton("&Tutup", QDialogButtonBox.ButtonRole.RejectRole)
        beri_nama(tutup, "tutupButton", "Tutup")
        self.lanjutButton.clicked.connect(self.lanjut)
        self.loloskanButton.clicked.connect(self.loloskan)
        tutup.clicked.connect(self.reject)
        lay.addWidget(bb)
        self._perbarui()
        if self.centang:
            next(iter(self.centang.values())).setFocus()

    def _perbarui(self) -> None:
        lengkap = all(cb.isChecked() for cb in self.centang.values())
        self.lanjutButton.setEnabled(lengkap)
        self.lanjutButton.setDefault(lengkap)
        self.loloskanButton.setEnabled(not lengkap)

    def _centang(self, urutan: int, ada: bool) -> None:
        try:
            self.desk.layanan.centang(self.pid, urutan, ada)
        except BawangError as e:
            self.errorLabel.setText(str(e))
            self.errorLabel.setVisible(True)
            cb = self.centang[urutan]
            cb.blockSignals(True)
            cb.setChecked(not ada)
            cb.blockSignals(False)
        self._perbarui()

    def lanjut(self) -> None:
        try:
            self.hasil = self.desk.layanan.periksa(self.pid)
        except BawangError as e:
            self.errorLabel.setText(str(e))
            self.errorLabel.setVisible(True)
            return
        self.accept()

    def loloskan(self) -> None:
        alasan, ok = QInputDialog.getMultiLineText(
            self,
            "Loloskan berkas",
            "Alasan meloloskan berkas yang belum lengkap (dicatat di register):",
        )
        if not ok:
            return
        try:
            self.desk.layanan.lewati_syarat(self.pid, alasan)
            self.hasil = self.desk.layanan.periksa(self.pid)
        except BawangError as e:
            self.errorLabel.setText(str(e))
            self.errorLabel.setVisible(True)
            return
        self.accept()


class VerifikasiDialog(QDialog):
    """Check a verification code (typed, or from a USB scanner that types it and Enter)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.hasil: Permohonan | None = None
        beri_nama(self, "verifikasiDialog", "Verifikasi kode")
        self.setWindowTitle("Verifikasi kode surat")
        self.resize(620, 380)
        lay = QVBoxLayout(self)
        baris = QHBoxLayout()
        label = QLabel("&Kode verifikasi:")
        self.kodeEdit = QLineEdit()
        beri_nama(self.kodeEdit, "kodeEdit", "Kode verifikasi")
        self.kodeEdit.setPlaceholderText("Ketik atau pindai kode pada surat")
        label.setBuddy(self.kodeEdit)
        self.periksaButton = QPushButton("&Periksa")
        beri_nama(self.periksaButton, "periksaKodeButton", "Periksa kode")
        self.periksaButton.setDefault(True)
        baris.addWidget(label)
        baris.addWidget(self.kodeEdit, 1)
        baris.addWidget(self.periksaButton)
        lay.addLayout(baris)
        self.statusLabel = QLabel()
        beri_nama(self.statusLabel, "statusVerifikasiLabel", "Hasil verifikasi")
        self.statusLabel.setWordWrap(True)
        lay.addWidget(self.statusLabel)
        self.hasilBrowser = QTextBrowser()
        beri_nama(self.hasilBrowser, "hasilVerifikasi", "Data register")
        lay.addWidget(self.hasilBrowser, 1)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bb.button(QDialogButtonBox.StandardButton.Close).setText("&Tutup")
        bb.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        self.periksaButton.clicked.connect(self.periksa)
        self.kodeEdit.setFocus()

    def periksa(self) -> None:
        kode = self.kodeEdit.text().strip()
        self.hasil = None
        if not kode:
            return
        try:
            self.hasil = self.desk.layanan.verifikasi(kode)
        except BawangError as e:
            pesan_galat(self, "Verifikasi", e)
            return
        if self.hasil is None:
            self.statusLabel.setText(
                "\u2716 Kode TIDAK SAH: tidak cocok dengan register kantor ini. "
                "Surat mungkin diubah atau palsu."
            )
            self.statusLabel.setStyleSheet(
                "background: #7a0000; color: white; font-weight: bold; padding: 6px;"
            )
            self.hasilBrowser.clear()
        else:
            p = self.hasil
            self.statusLabel.setText(f"\u2714 Kode sah: {p.nomor}")
            self.statusLabel.setStyleSheet(
                "background: #0b5d1e; color: white; font-weight: bold; padding: 6px;"
            )
            self.hasilBrowser.setHtml(html_permohonan(self.desk, p))
        self.kodeEdit.selectAll()
        self.kodeEdit.setFocus()


class LayananTab(QWidget):
    """Today's queue with the detail of the chosen application, and the SIAK backlog."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._dimuat = False
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget()
        beri_nama(self.tabs, "layananSubTabs", "Layanan")
        lay.addWidget(self.tabs)

        # -------------------------------------------------------------- today's queue
        antrian = QWidget()
        al = QVBoxLayout(antrian)
        aksi = QHBoxLayout()
        self.baruButton = tombol("Permohonan bar&u...", "baruButton", "Ctrl+N")
        self.periksaButton = tombol("P&eriksa berkas...", "periksaButton")
        self.mintaTtdButton = tombol("&Minta tanda tangan", "mintaTtdButton")
        self.ttdButton = tombol("&Tandatangani...", "ttdButton")
        self.prosesButton = tombol("Pr&oses (SIAK)...", "prosesButton")
        self.kembaliButton = tombol("&Kembali dari Dindukcapil", "kembaliButton")
        self.serahkanButton = tombol("&Serahkan", "serahkanButton")
        self.batalButton = tombol("B&atalkan...", "batalButton")
        self.cetakButton = tombol("&Cetak surat", "cetakSuratButton", "Ctrl+P")
        self.verifikasiButton = tombol("&Verifikasi kode...", "verifikasiButton")
        for b in (
            self.baruButton,
            self.periksaButton,
            self.mintaTtdButton,
            self.ttdButton,
            self.prosesButton,
            self.kembaliButton,
            self.serahkanButton,
            self.batalButton,
            self.cetakButton,
        ):
            aksi.addWidget(b)
        aksi.addStretch(1)
        aksi.addWidget(self.verifikasiButton)
        al.addLayout(aksi)

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
        tgl_label = QLabel("Tanggal &input:")
        self.siakTanggalEdit = QDateEdit()
        beri_nama(self.siakTanggalEdit, "siakTanggalEdit", "Tanggal input SIAK")
        self.siakTanggalEdit.setDisplayFormat("dd-MM-yyyy")
        self.siakTanggalEdit.setCalendarPopup(True)
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
        hh = t.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(AntrianModel.COL_NAMA, QHeaderView.ResizeMode.Stretch)
        for col, w in (
            (0, 45),
            (1, 90),
            (2, 180),
            (3, 200),
            (5, 140),
            (6, 100),
            (7, 250),
            (8, 190),
        ):
            t.setColumnWidth(col, w)
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
            self.model.muat([])
            self.siakModel.muat([])
            self.infoLabel.setText("")
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
        self.siakTanggalEdit.setMaximumDate(QDate(hari.year, hari.month, hari.day))
        self.siakTanggalEdit.setDate(QDate(hari.year, hari.month, hari.day))
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
        if self._dimuat or self.isVisible():
            self.muat()
        self._perbarui_tombol()

    def _perbarui_tombol(self) -> None:
        p = self.terpilih()
        d = self.desk
        st = p.status if p else None
        periksa = d.boleh("layanan.periksa")
        self.periksaButton.setEnabled(st == "antrian" and periksa)
        self.mintaTtdButton.setEnabled(st == "diperiksa" and periksa)
        self.ttdButton.setEnabled(
            st == "menunggu_ttd" and p is not None and d.layanan.boleh_tanda_tangan(p.layanan)
        )
        self.prosesButton.setEnabled(st == "diproses" and periksa)
        self.kembaliButton.setEnabled(st == "di_dindukcapil" and periksa)
        self.serahkanButton.setEnabled(st == "siap_diserahkan" and d.boleh("layanan.serahkan"))
        boleh_batal = p is not None and st not in ("selesai", "batal")
        if p is not None and p.nomor_id:
            boleh_batal = boleh_batal and d.boleh("layanan.batal_bernomor")
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
        for b in (self.periksaButton, self.mintaTtdButton, self.ttdButton, self.serahkanButton):
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

    def cetak_surat(self, pid: int | None = None, jenis: str | None = None):
        """Make the application's letter (after its number is committed) and preview it."""
        from bawang_desk.documents.cetak_layanan import cetak_surat, jenis_surat
        from bawang_desk.documents.layanan import JUDUL
        from bawang_desk.ui.pratinjau import tampilkan_pdf

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

    def batalkan(self) -> None:
        p = self.terpilih()
        if p is None:
            return
        alasan, ok = QInputDialog.getMultiLineText(
            self, "Batalkan permohonan", f"Alasan membatalkan permohonan No. {p.id} ({p.nama}):"
        )
        if not ok:
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
        tgl = self.siakTanggalEdit.date().toPython()
        if self._aksi(lambda: self.desk.layanan.siak_selesai(p.id, tgl)):
            self.muat()
