"""The "Surat Keluar" tab (SOP 068/002): konsep to arsip, outside numbers and the Buku Ekspedisi.

The buttons follow the office's flow: Pengadministrasi drafts, the Sekcam or Camat corrects and
signs, Pengadministrasi numbers (only now, from the book of the letter's classification code),
sends and archives. A button is enabled only when the selected letter's status and the user's
role allow it; the core checks both again and every refusal is shown as it says.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError, ValidationError
from bawang_desk.core.migrations import POLA_BAKU
from bawang_desk.core.penomoran import (
    Register,
    kode_register_surat_keluar,
    validasi_kode_klasifikasi,
)
from bawang_desk.core.surat_keluar import (
    CARA_KIRIM,
    LABEL_STATUS,
    MODE_TTD,
    BarisEkspedisi,
    SuratKeluar,
    SuratKeluarBaru,
)
from bawang_desk.core.surat_masuk import SIFAT, FilterSurat
from bawang_desk.core.teks import tanggal_pendek
from bawang_desk.ui.forms.ui_surat_keluar_dialog import Ui_SuratKeluarDialog
from bawang_desk.ui.model import ModelBaris
from bawang_desk.ui.umum import beri_nama, bersihkan_galat, konfirmasi, pesan_galat, tampilkan_galat

_Index = QModelIndex | QPersistentModelIndex

#: Classification codes the office uses most (DOMAIN.md section 5); any other may be typed.
KODE_UMUM: dict[str, str] = {
    "400.12.2.2": "Pindah datang penduduk",
    "400.12.2.1": "Identitas penduduk (KK, KTP, surat keterangan pengganti)",
    "800.1.3.2": "Usulan kenaikan pangkat",
    "800.1.4.2": "Kenaikan pangkat penyesuaian ijazah",
    "800.1.11.13": "Usulan kenaikan gaji berkala",
    "100.2.2.5": "Fasilitasi pelayanan umum kecamatan",
}
SINGKAT_TTD = {"camat": "Camat", "an": "a.n. Camat", "plh": "Plh. Camat"}
WARNA_BATAL = "#8a1c1c"
GAYA_CATATAN = "background: #fff4ce; border: 1px solid #c9a400; padding: 4px; color: #3d2b00;"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _waktu(w) -> str:
    return f"{tanggal_pendek(w.date())} {w:%H:%M}"


def _label_surat_masuk(s: Any) -> str:
    """One line naming a surat masuk: agenda number, sender and hal."""
    return f"{s.nomor_agenda} \u2013 {s.pengirim}: {s.hal}"


# ---------------------------------------------------------------------- models


class SuratKeluarModel(ModelBaris[SuratKeluar]):
    """Outgoing letters, newest first, fetched a page at a time as the view scrolls."""

    (
        COL_NOMOR,
        COL_TANGGAL,
        COL_KODE,
        COL_TUJUAN,
        COL_HAL,
        COL_STATUS,
        COL_PENANDATANGAN,
    ) = range(7)
    HEADERS = (
        "Nomor",
        "Tanggal surat",
        "Kode",
        "Kepada (Yth.)",
        "Hal",
        "Status",
        "Penandatangan",
    )
    HALAMAN = 200

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ambil: Callable[[int, int], list[SuratKeluar]] | None = None
        self._habis = True

    def set_sumber(self, ambil: Callable[[int, int], list[SuratKeluar]] | None) -> None:
        """Start over from ``ambil(offset, batas)``; its first page is read at once.

        An error from the first page propagates (the model is left empty).
        """
        self.beginResetModel()
        self._rows, self._ambil, self._habis = [], ambil, True
        try:
            if ambil is not None:
                self._rows = ambil(0, self.HALAMAN)
                self._habis = len(self._rows) < self.HALAMAN
        finally:
            self.endResetModel()

    def set_rows(self, rows: list[SuratKeluar]) -> None:
        self.set_sumber(None)
        super().set_rows(rows)

    def surat_di(self, row: int) -> SuratKeluar:
        return self.baris(row)

    def baris_id(self, sid: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == sid), -1)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._habis and self._ambil is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._ambil is not None
        try:
            baru = self._ambil(len(self._rows), self.HALAMAN)
        except BawangError:
            baru = []
        self._habis = len(baru) < self.HALAMAN
        if baru:
            n = len(self._rows)
            self.beginInsertRows(QModelIndex(), n, n + len(baru) - 1)
            self._rows.extend(baru)
            self.endInsertRows()

    def nilai(self, s: SuratKeluar, c: int, role: int) -> Any:
        batal = s.status == "batal"
        if role == Qt.ItemDataRole.DisplayRole:
            ttd = (
                f"{SINGKAT_TTD.get(s.mode_tanda_tangan, s.mode_tanda_tangan)}: {s.penandatangan}"
                if s.penandatangan
                else ""
            )
            return (
                s.nomor or "(belum bernomor)",
                tanggal_pendek(s.tanggal_surat) if s.tanggal_surat else "",
                s.kode_klasifikasi,
                s.tujuan,
                s.hal,
                s.label_status,
                ttd,
            )[c]
        if role == Qt.ItemDataRole.UserRole:
            # sort keys: numbers in the order they were issued, dates as ISO text
            return (
                s.nomor_id or 0,
                s.tanggal_surat.isoformat() if s.tanggal_surat else "",
                s.kode_klasifikasi,
                s.tujuan.lower(),
                s.hal.lower(),
                s.status,
                s.penandatangan or "",
            )[c]
        if role == Qt.ItemDataRole.ForegroundRole:
            if batal:
                return QBrush(QColor(WARNA_BATAL))
            if c == self.COL_NOMOR and not s.nomor:
                return QBrush(QColor("#5a5a5a"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if batal:
                return f"Surat ini dibatalkan: {s.alasan_batal}"
            if c in (self.COL_TUJUAN, self.COL_HAL):
                return s.tujuan if c == self.COL_TUJUAN else s.hal
        return None


class RiwayatModel(ModelBaris[tuple]):
    """The steps of one letter: status, when, who, note."""

    COL_STATUS, COL_WAKTU, COL_OLEH, COL_CATATAN = range(4)
    HEADERS = ("Status", "Waktu", "Oleh", "Catatan")

    def nilai(self, baris: tuple, c: int, role: int) -> Any:
        status, waktu, oleh, catatan = baris
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (LABEL_STATUS.get(status, status), _waktu(waktu), oleh or "", catatan or "")[c]
        if role == Qt.ItemDataRole.ForegroundRole and status == "batal":
            return QBrush(QColor(WARNA_BATAL))
        return None


class EkspedisiModel(ModelBaris[BarisEkspedisi]):
    """Lines of the Buku Ekspedisi, newest first."""

    (
        COL_TANGGAL_KIRIM,
        COL_NOMOR,
        COL_TANGGAL_SURAT,
        COL_HAL,
        COL_KEPADA,
        COL_TANDA_TERIMA,
    ) = range(6)
    HEADERS = (
        "Tanggal kirim",
        "Nomor surat",
        "Tanggal surat",
        "Hal",
        "Ditujukan kepada",
        "Tanda terima",
    )

    def baris_di(self, row: int) -> BarisEkspedisi:
        return self.baris(row)

    def baris_id(self, eid: int) -> int:
        return next((i for i, b in enumerate(self._rows) if b.id == eid), -1)

    def nilai(self, b: BarisEkspedisi, c: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            terima = (
                f"{b.penerima} ({_waktu(b.diterima_pada)})"
                if b.penerima and b.diterima_pada
                else b.penerima or "belum"
            )
            return (
                tanggal_pendek(b.tanggal_kirim),
                b.nomor_surat,
                tanggal_pendek(b.tanggal_surat) if b.tanggal_surat else "",
                b.hal,
                b.kepada,
                terima,
            )[c]
        if role == Qt.ItemDataRole.UserRole:
            return (
                b.tanggal_kirim.isoformat(),
                b.nomor_surat,
                b.tanggal_surat.isoformat() if b.tanggal_surat else "",
                b.hal.lower(),
                b.kepada.lower(),
                b.penerima or "",
            )[c]
        if role == Qt.ItemDataRole.ForegroundRole and c == self.COL_TANDA_TERIMA and not b.penerima:
            return QBrush(QColor("#7a4b00"))
        if role == Qt.ItemDataRole.ToolTipRole and c in (self.COL_HAL, self.COL_KEPADA):
            return b.hal if c == self.COL_HAL else b.kepada
        return None


def _siapkan_tabel(table: QTableView, model: QAbstractTableModel, parent: QObject):
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    # no sort column until the user picks one: the core's order (newest first) stays
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    return proxy


# ---------------------------------------------------------------------- dialogs


def _label_galat(lay: QVBoxLayout) -> QLabel:
    """The dialog's ``errorLabel`` (bold dark red, wrapped), added to ``lay``."""
    label = QLabel()
    beri_nama(label, "errorLabel", "Pesan kesalahan")
    label.setStyleSheet("color: #a40000; font-weight: bold;")
    label.setWordWrap(True)
    lay.addWidget(label)
    return label


def _kotak_tombol(
    dlg: QDialog,
    lay: QVBoxLayout,
    tombol: QDialogButtonBox.StandardButton,
    teks: str,
    aksesibel: str,
) -> QDialogButtonBox:
    """The dialog's ``buttonBox``: ``tombol`` labelled ``teks`` and "&Batal", added to ``lay``."""
    bb = QDialogButtonBox(tombol | QDialogButtonBox.StandardButton.Cancel)
    beri_nama(bb, "buttonBox", aksesibel)
    bb.button(tombol).setText(teks)
    bb.button(QDialogButtonBox.StandardButton.Cancel).setText("&Batal")
    bb.accepted.connect(dlg.accept)
    bb.rejected.connect(dlg.reject)
    lay.addWidget(bb)
    return bb


class PilihSuratMasukDialog(QDialog):
    """Search the Buku Agenda Surat Masuk for the letter being answered (type, arrow, Enter)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.pilihan: tuple[int, str, str] | None = None  # (id, label, pengirim)
        self.setWindowTitle("Pilih surat masuk yang dibalas")
        self.resize(620, 420)
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        label = QLabel("&Cari:")
        self.cariEdit = QLineEdit()
        beri_nama(self.cariEdit, "cariSuratMasukEdit", "Cari surat masuk")
        self.cariEdit.setPlaceholderText("pengirim, hal atau nomor agenda...")
        self.cariEdit.setClearButtonEnabled(True)
        label.setBuddy(self.cariEdit)
        bar.addWidget(label)
        bar.addWidget(self.cariEdit, 1)
        lay.addLayout(bar)
        self.hasilList = QListWidget()
        beri_nama(self.hasilList, "suratMasukList", "Daftar surat masuk")
        lay.addWidget(self.hasilList, 1)
        self.infoLabel = QLabel()
        beri_nama(self.infoLabel, "infoLabel", "Keterangan")
        self.infoLabel.setWordWrap(True)
        lay.addWidget(self.infoLabel)
        self.buttonBox = _kotak_tombol(
            self, lay, QDialogButtonBox.StandardButton.Ok, "&Pilih", "Tombol pilih dan batal"
        )
        self._tunda = QTimer(self)
        self._tunda.setSingleShot(True)
        self._tunda.setInterval(150)
        self._tunda.timeout.connect(self.cari)
        self.cariEdit.textChanged.connect(self._tunda.start)
        self.cariEdit.installEventFilter(self)
        self.hasilList.itemActivated.connect(lambda _i: self.accept())
        self.cari()
        self.cariEdit.setFocus()

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        # Down or Page Down in the search box moves into the results
        if (
            obj is self.cariEdit
            and ev.type() == QEvent.Type.KeyPress
            and ev.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            and self.hasilList.count()
        ):
            self.hasilList.setFocus()
            if self.hasilList.currentRow() < 0:
                self.hasilList.setCurrentRow(0)
            return True
        return super().eventFilter(obj, ev)

    def cari(self) -> None:
        self._tunda.stop()
        self.hasilList.clear()
        try:
            rows = self.desk.surat_masuk.daftar(FilterSurat(teks=self.cariEdit.text()), batas=50)
        except BawangError as e:
            self.infoLabel.setText(str(e))
            return
        for b in rows:
            try:
                tgl = tanggal_pendek(date.fromisoformat(b.tanggal_terima[:10]))
            except ValueError:
                tgl = b.tanggal_terima
            it = QListWidgetItem(f"{tgl}  {_label_surat_masuk(b)}")
            it.setData(Qt.ItemDataRole.UserRole, (b.id, _label_surat_masuk(b), b.pengirim))
            self.hasilList.addItem(it)
        if rows:
            self.hasilList.setCurrentRow(0)
        self.infoLabel.setText(
            f"{len(rows)} surat masuk{' (50 terbaru)' if len(rows) == 50 else ''}. "
            "Tekan \u2193 untuk memilih dari daftar, Enter untuk memakai."
            if rows
            else "Tidak ada surat masuk yang cocok."
        )

    def accept(self) -> None:
        if self._tunda.isActive():
            self.cari()
        it = self.hasilList.currentItem()
        if it is None:
            self.infoLabel.setText("Pilih salah satu surat masuk, atau tekan Batal.")
            return
        self.pilihan = it.data(Qt.ItemDataRole.UserRole)
        super().accept()


class SuratKeluarDialog(QDialog):
    """The konsep form; in mode ``LUAR`` it takes a number for a letter typed outside the app."""

    BARU, UBAH, LUAR = "baru", "ubah", "luar"

    def __init__(
        self,
        desk: Desk,
        mode: str = BARU,
        surat: SuratKeluar | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.mode, self.surat = desk, mode, surat
        self.hasil: SuratKeluar | None = None
        self.balasan_untuk: int | None = None
        self.ui = Ui_SuratKeluarDialog()
        self.ui.setupUi(self)
        u = self.ui
        self._simpan = u.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self._batal = u.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        self._batal.setText("&Batal")
        u.buttonBox.accepted.connect(self.accept)
        u.buttonBox.rejected.connect(self._tutup)
        self._simpan.setDefault(True)

        kode_dipakai = [
            r.kode_klasifikasi
            for r in desk.penomoran.registers()
            if r.jenis == "surat_keluar" and r.kode_klasifikasi
        ]
        for k in dict.fromkeys([*KODE_UMUM, *kode_dipakai]):
            u.kodeCombo.addItem(k)
            u.kodeCombo.setItemData(
                u.kodeCombo.count() - 1, KODE_UMUM.get(k, ""), Qt.ItemDataRole.ToolTipRole
            )
        u.kodeCombo.setCurrentIndex(-1)
        u.kodeCombo.lineEdit().setPlaceholderText("pilih atau ketik kodenya")
        u.kodeCombo.currentTextChanged.connect(self._kode_berubah)
        u.sifatCombo.addItems(SIFAT)
        today = desk.sekarang().date()
        u.tanggalEdit.setDate(_qdate(today))
        u.tanggalEdit.dateChanged.connect(self._contoh)
        u.pilihBalasanButton.clicked.connect(self.pilih_balasan)
        u.hapusBalasanButton.clicked.connect(lambda: self.set_balasan(None, ""))
        u.nomorLabel.setVisible(False)
        self.set_balasan(None, "")

        luar = mode == self.LUAR
        u.formLayout.setRowVisible(u.isiEdit, not luar)
        u.formLayout.setRowVisible(u.balasanLayout, not luar)
        u.formLayout.setRowVisible(u.tanggalEdit, luar)
        u.formLayout.setRowVisible(u.contohLabel, luar)
        if luar:
            self.setWindowTitle("Ambil nomor untuk surat di luar aplikasi")
            u.infoLabel.setText(
                "Untuk surat yang diketik di luar aplikasi (mis. di Word). Nomor diambil dari buku "
                "kode klasifikasinya, sama dengan surat yang dibuat di aplikasi, tanpa perlu "
                "jaringan. Nomor yang sudah diambil tidak dapat dihapus; bila tidak jadi dipakai, "
                "minta Sekcam membatalkannya dengan alasan."
            )
            self._simpan.setText("&Ambil nomor")
        elif mode == self.UBAH and surat is not None:
            self.setWindowTitle("Ubah konsep surat keluar")
            self._simpan.setText("&Simpan")
            u.kodeCombo.setCurrentText(surat.kode_klasifikasi)
            u.tujuanEdit.setText(surat.tujuan)
            u.halEdit.setText(surat.hal)
            u.sifatCombo.setCurrentIndex(max(0, u.sifatCombo.findText(surat.sifat)))
            u.lampiranEdit.setText(surat.lampiran)
            u.isiEdit.setPlainText(surat.isi)
            if surat.balasan_untuk:
                try:
                    sm = desk.surat_masuk.get(surat.balasan_untuk)
                    self.set_balasan(sm.id, _label_surat_masuk(sm))
                except BawangError:
                    self.set_balasan(surat.balasan_untuk, f"surat masuk #{surat.balasan_untuk}")
            info = "Setelah disimpan, konsep kembali menunggu koreksi Sekcam atau Camat."
            if surat.catatan_koreksi and surat.status == "perbaikan":
                info = f"Catatan koreksi: {surat.catatan_koreksi}\n{info}"
                u.infoLabel.setStyleSheet(GAYA_CATATAN)
            u.infoLabel.setText(info)
        else:
            self.setWindowTitle("Konsep surat keluar baru")
            self._simpan.setText("&Simpan konsep")
            u.infoLabel.setText(
                "Konsep disimpan tanpa nomor. Nomor diberikan dari buku kode klasifikasinya "
                "setelah surat dikoreksi dan ditandatangani."
            )
        self._kode_berubah(u.kodeCombo.currentText())
        bersihkan_galat(u.errorLabel)
        if luar:
            self.resize(self.width(), self.sizeHint().height())
        u.kodeCombo.setFocus()

    # ---- helpers

    def widgets(self) -> dict[str, QWidget]:
        u = self.ui
        return {
            "kode_klasifikasi": u.kodeCombo,
            "tujuan": u.tujuanEdit,
            "hal": u.halEdit,
            "sifat": u.sifatCombo,
            "lampiran": u.lampiranEdit,
            "isi": u.isiEdit,
            "balasan_untuk": u.pilihBalasanButton,
            "tanggal": u.tanggalEdit,
        }

    def data(self) -> SuratKeluarBaru:
        u = self.ui
        return SuratKeluarBaru(
            kode_klasifikasi=u.kodeCombo.currentText(),
            tujuan=u.tujuanEdit.text(),
            hal=u.halEdit.text(),
            sifat=u.sifatCombo.currentText(),
            lampiran=u.lampiranEdit.text(),
            isi=u.isiEdit.toPlainText(),
            balasan_untuk=self.balasan_untuk,
        )

    def set_balasan(self, sid: int | None, label: str) -> None:
        self.balasan_untuk = sid
        self.ui.balasanEdit.setText(label)
        self.ui.balasanEdit.setCursorPosition(0)
        self.ui.balasanEdit.setToolTip(label)
        self.ui.hapusBalasanButton.setEnabled(sid is not None)

    def pilih_balasan(self) -> None:
        dlg = PilihSuratMasukDialog(self.desk, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.pilihan:
            sid, label, pengirim = dlg.pilihan
            self.set_balasan(sid, label)
            if not self.ui.tujuanEdit.text().strip():
                self.ui.tujuanEdit.setText(pengirim)

    def _kode_berubah(self, teks: str) -> None:
        kode = teks.strip()
        self.ui.kodeKetLabel.setText(
            KODE_UMUM.get(kode, "kode lain (periksa Permendagri 83/2022)" if kode else "")
        )
        self._contoh()

    def _contoh(self) -> None:
        if self.mode != self.LUAR:
            return
        kode = self.ui.kodeCombo.currentText().strip()
        try:
            kode = validasi_kode_klasifikasi(kode)
        except ValidationError:
            self.ui.contohLabel.setText("- (tulis kode klasifikasi yang sah)")
            return
        tgl = self.ui.tanggalEdit.date().toPython()
        kode_reg = kode_register_surat_keluar(kode)
        try:
            reg = self.desk.penomoran.register(kode_reg)
        except ValidationError:  # the book is made when its first number is taken
            reg = Register(kode_reg, "", "surat_keluar", kode, "", POLA_BAKU)
        row = self.desk.conn.execute(
            "SELECT terakhir FROM nomor_counter WHERE register = ? AND tahun = ?",
            (kode_reg, tgl.year),
        ).fetchone()
        self.ui.contohLabel.setText(reg.contoh(tgl, (row[0] if row else 0) + 1))

    def _tutup(self) -> None:
        if self.hasil is not None:
            super().accept()
        else:
            self.reject()

    def _tampilkan_nomor(self) -> None:
        u, h = self.ui, self.hasil
        assert h is not None
        tgl = f" tanggal {tanggal_pendek(h.tanggal_surat)}" if h.tanggal_surat else ""
        u.nomorLabel.setText(
            f"<span style='font-size: 15pt'>Nomor surat: <b>{html.escape(h.nomor)}</b></span>"
            f"<br>Tulis nomor ini{tgl} pada surat Anda, lalu kirim dan arsipkan dari daftar "
            "Surat Keluar."
        )
        u.nomorLabel.setVisible(True)
        for e in (u.tujuanEdit, u.halEdit, u.lampiranEdit):
            e.setReadOnly(True)  # still readable and copyable, in black
        for w in (u.kodeCombo, u.sifatCombo, u.tanggalEdit):
            w.setEnabled(False)
        u.formLayout.setRowVisible(u.contohLabel, False)
        self._simpan.setVisible(False)
        self._batal.setText("&Tutup")
        self._batal.setDefault(True)
        self._batal.setFocus()
        self.resize(self.width(), self.sizeHint().height())

    # ---- saving

    def accept(self) -> None:
        if self.hasil is not None:
            super().accept()
            return
        u = self.ui
        widgets = self.widgets()
        bersihkan_galat(u.errorLabel, widgets)
        sk = self.desk.surat_keluar
        try:
            if self.mode == self.LUAR:
                d = self.data()
                self.hasil = sk.ambil_nomor_luar(
                    kode_klasifikasi=d.kode_klasifikasi,
                    tujuan=d.tujuan,
                    hal=d.hal,
                    tanggal=u.tanggalEdit.date().toPython(),
                    sifat=d.sifat,
                    lampiran=d.lampiran,
                )
            elif self.mode == self.UBAH and self.surat is not None:
                self.hasil = sk.ubah_konsep(self.surat.id, self.data())
            else:
                self.hasil = sk.buat_konsep(self.data())
        except BawangError as e:
            tampilkan_galat(u.errorLabel, e, widgets)
            return
        if self.mode == self.LUAR:
            self._tampilkan_nomor()
            return
        super().accept()


class KirimDialog(QDialog):
    """How and when a numbered letter went out; "Diantar langsung" opens a Buku Ekspedisi line."""

    def __init__(self, desk: Desk, surat: SuratKeluar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.surat = desk, surat
        self.hasil: SuratKeluar | None = None
        self.setWindowTitle(f"Kirim surat {surat.nomor}")
        lay = QVBoxLayout(self)
        info = QLabel(
            f"Surat {surat.nomor} kepada {surat.tujuan}.\nSurat yang diantar langsung "
            "dicatat di Buku Ekspedisi untuk tanda terima."
        )
        info.setWordWrap(True)
        lay.addWidget(info)
        form = QFormLayout()
        self.caraCombo = QComboBox()
        beri_nama(self.caraCombo, "caraCombo", "Cara kirim")
        self.caraCombo.addItems(CARA_KIRIM)
        self.tanggalEdit = QDateEdit()
        beri_nama(self.tanggalEdit, "tanggalKirimEdit", "Tanggal kirim")
        self.tanggalEdit.setCalendarPopup(True)
        self.tanggalEdit.setDisplayFormat("dd-MM-yyyy")
        self.tanggalEdit.setDate(_qdate(desk.sekarang().date()))
        form.addRow("&Cara kirim:", self.caraCombo)
        form.addRow("&Tanggal kirim:", self.tanggalEdit)
        lay.addLayout(form)
        self.errorLabel = _label_galat(lay)
        self.buttonBox = _kotak_tombol(
            self, lay, QDialogButtonBox.StandardButton.Ok, "&Catat kirim", "Tombol kirim dan batal"
        )
        bersihkan_galat(self.errorLabel)
        self.caraCombo.setFocus()

    def accept(self) -> None:
        widgets = {"cara_kirim": self.caraCombo, "tanggal_kirim": self.tanggalEdit}
        bersihkan_galat(self.errorLabel, widgets)
        try:
            self.hasil = self.desk.surat_keluar.kirim(
                self.surat.id,
                cara=self.caraCombo.currentText(),
                tanggal=self.tanggalEdit.date().toPython(),
            )
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e, widgets)
            return
        super().accept()


class EkspedisiDialog(QDialog):
    """A hand-delivered letter that did not go through the flow (an old or outside number)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.hasil: int | None = None
        self.setWindowTitle("Catat pengiriman di Buku Ekspedisi")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        today = _qdate(desk.sekarang().date())
        self.tanggalKirimEdit = QDateEdit(today)
        beri_nama(self.tanggalKirimEdit, "tanggalKirimEdit", "Tanggal kirim")
        self.nomorEdit = QLineEdit()
        beri_nama(self.nomorEdit, "nomorSuratEdit", "Nomor surat")
        self.nomorEdit.setPlaceholderText("mis. 470/12/2025")
        self.tanggalSuratCheck = QCheckBox("&diketahui")
        beri_nama(self.tanggalSuratCheck, "tanggalSuratCheck", "Tanggal surat diketahui")
        self.tanggalSuratCheck.setChecked(True)
        self.tanggalSuratEdit = QDateEdit(today)
        beri_nama(self.tanggalSuratEdit, "tanggalSuratEdit", "Tanggal surat")
        self.tanggalSuratCheck.toggled.connect(self.tanggalSuratEdit.setEnabled)
        for d in (self.tanggalKirimEdit, self.tanggalSuratEdit):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd-MM-yyyy")
        tgl_surat = QHBoxLayout()
        tgl_surat.addWidget(self.tanggalSuratEdit)
        tgl_surat.addWidget(self.tanggalSuratCheck)
        tgl_surat.addStretch(1)
        self.halEdit = QLineEdit()
        beri_nama(self.halEdit, "halEdit", "Hal")
        self.kepadaEdit = QLineEdit()
        beri_nama(self.kepadaEdit, "kepadaEdit", "Ditujukan kepada")
        form.addRow("Tanggal &kirim:", self.tanggalKirimEdit)
        form.addRow("&Nomor surat:", self.nomorEdit)
        lbl = QLabel("&Tanggal surat:")
        lbl.setBuddy(self.tanggalSuratEdit)
        form.addRow(lbl, tgl_surat)
        form.addRow("&Hal:", self.halEdit)
        form.addRow("Ditujukan &kepada:", self.kepadaEdit)
        for w in (self.nomorEdit, self.halEdit, self.kepadaEdit):
            w.setMinimumWidth(320)
        lay.addLayout(form)
        self.errorLabel = _label_galat(lay)
        self.buttonBox = _kotak_tombol(
            self, lay, QDialogButtonBox.StandardButton.Save, "&Simpan", "Tombol simpan dan batal"
        )
        bersihkan_galat(self.errorLabel)
        self.nomorEdit.setFocus()

    def accept(self) -> None:
        widgets = {
            "nomor_surat": self.nomorEdit,
            "hal": self.halEdit,
            "kepada": self.kepadaEdit,
            "tanggal_kirim": self.tanggalKirimEdit,
        }
        bersihkan_galat(self.errorLabel, widgets)
        try:
            self.hasil = self.desk.surat_keluar.catat_ekspedisi(
                tanggal_kirim=self.tanggalKirimEdit.date().toPython(),
                nomor_surat=self.nomorEdit.text(),
                tanggal_surat=(
                    self.tanggalSuratEdit.date().toPython()
                    if self.tanggalSuratCheck.isChecked()
                    else None
                ),
                hal=self.halEdit.text(),
                kepada=self.kepadaEdit.text(),
            )
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e, widgets)
            return
        super().accept()


# ---------------------------------------------------------------------- the tab


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
        self.konsepButton.setShortcut(QKeySequence("Ctrl+N"))
        self.konsepButton.setToolTip("Buat konsep surat keluar baru (Ctrl+N)")
        self.luarButton = QPushButton("Ambil nomor (surat &di luar aplikasi)...")
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
        lay.addLayout(bar)

        # the actions, in the order of the flow; each enabled only when it applies
        aksi = QHBoxLayout()
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
        aksi.addStretch(1)
        self.batalButton = tombol("Bata&lkan...", "batalkanButton", "Batalkan surat", self.batalkan)
        lay.addLayout(aksi)

        self.model = SuratKeluarModel(self)
        self.table = QTableView()
        beri_nama(self.table, "suratKeluarTable", "Daftar surat keluar")
        self.proxy = _siapkan_tabel(self.table, self.model, self)
        M = SuratKeluarModel
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, w in (
            (M.COL_NOMOR, 155),
            (M.COL_TANGGAL, 100),
            (M.COL_KODE, 90),
            (M.COL_TUJUAN, 230),
            (M.COL_STATUS, 205),
            (M.COL_PENANDATANGAN, 200),
        ):
            hh.resizeSection(col, w)
        hh.setSectionResizeMode(M.COL_HAL, QHeaderView.ResizeMode.Stretch)
        hh.setMinimumSectionSize(60)

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
        bl.addWidget(rincian, 1)
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
        wl.addWidget(self.riwayatTable)
        bl.addWidget(riwayat, 1)

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
        self.dariEdit = QDateEdit(QDate(tahun, 1, 1))
        beri_nama(self.dariEdit, "dariEdit", "Dari tanggal kirim")
        self.sampaiEdit = QDateEdit(QDate(tahun, 12, 31))
        beri_nama(self.sampaiEdit, "sampaiEdit", "Sampai tanggal kirim")
        for text, d in (("Dari tan&ggal:", self.dariEdit), ("&Sampai:", self.sampaiEdit)):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd-MM-yyyy")
            label = QLabel(text)
            label.setBuddy(d)
            bar.addWidget(label)
            bar.addWidget(d)
            d.dateChanged.connect(lambda _d: self.muat_ekspedisi())
        bar.addStretch(1)
        self.catatEksButton = QPushButton("&Catat pengiriman...")
        beri_nama(self.catatEksButton, "catatEkspedisiButton", "Catat pengiriman")
        self.terimaButton = QPushButton("Catat tanda &terima...")
        beri_nama(self.terimaButton, "tandaTerimaButton", "Catat tanda terima")
        bar.addWidget(self.catatEksButton)
        bar.addWidget(self.terimaButton)
        lay.addLayout(bar)
        self.eksModel = EkspedisiModel(self)
        self.eksTable = QTableView()
        beri_nama(self.eksTable, "ekspedisiTable", "Buku Ekspedisi")
        self.eksProxy = _siapkan_tabel(self.eksTable, self.eksModel, self)
        E = EkspedisiModel
        eh = self.eksTable.horizontalHeader()
        eh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, w in (
            (E.COL_TANGGAL_KIRIM, 100),
            (E.COL_NOMOR, 170),
            (E.COL_TANGGAL_SURAT, 100),
            (E.COL_KEPADA, 260),
            (E.COL_TANDA_TERIMA, 260),
        ):
            eh.resizeSection(col, w)
        eh.setSectionResizeMode(E.COL_HAL, QHeaderView.ResizeMode.Stretch)
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
        self.muat()
        self.muat_ekspedisi()

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
                self.dariEdit.date().toPython(), self.sampaiEdit.date().toPython()
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
        b = self.desk.boleh
        self.ubahButton.setEnabled(b("surat_keluar.konsep") and st in ("konsep", "perbaikan"))
        self.setujuiButton.setEnabled(b("surat_keluar.koreksi") and st == "konsep")
        self.perbaikanButton.setEnabled(b("surat_keluar.koreksi") and st == "konsep")
        self.ttdButton.setEnabled(b("surat_keluar.tandatangan") and st == "disetujui")
        self.nomorButton.setEnabled(b("surat_keluar.nomor") and st == "ditandatangani")
        self.kirimButton.setEnabled(b("surat_keluar.kirim") and st == "bernomor")
        self.arsipButton.setEnabled(b("surat_keluar.arsip") and st == "dikirim")
        self.batalButton.setEnabled(b("surat_keluar.batal") and st is not None and st != "batal")

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
            ("Kode", e(s.kode_klasifikasi)),
            ("Kepada", e(s.tujuan)),
            ("Hal", e(s.hal)),
            ("Sifat", e(s.sifat)),
        ]
        if s.lampiran:
            baris.append(("Lampiran", e(s.lampiran)))
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
                baris.append(("Balasan untuk", e(_label_surat_masuk(sm))))
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

    def setujui(self) -> None:
        s = self._perlu_surat("Koreksi konsep")
        if s is None:
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
        catatan, ok = QInputDialog.getText(
            self,
            "Koreksi: perlu perbaikan",
            f"Konsep \u201c{s.hal}\u201d dikembalikan kepada pembuatnya.\n"
            "Tulis apa yang harus diperbaiki:",
        )
        if not ok:
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
        alasan, ok = QInputDialog.getText(
            self,
            "Batalkan surat keluar",
            f"Surat {nama} akan ditandai BATAL"
            + (" dan nomornya tidak dapat dipakai lagi" if s.nomor else "")
            + ".\nTulis alasannya:",
        )
        if not ok:
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
        penerima, ok = QInputDialog.getText(
            self,
            "Catat tanda terima",
            f"Surat {b.nomor_surat} kepada {b.kepada}.\n"
            "Nama penerima (yang menandatangani tanda terima):",
        )
        if not ok:
            return
        try:
            self.desk.surat_keluar.tanda_terima(b.id, penerima)
        except BawangError as e:
            pesan_galat(self, "Tanda terima", e)
        self.muat_ekspedisi(pilih=b.id)
