"""The "Kepegawaian" tab (SOP 068/003): the roster, the two buku penjagaan, the usulan KP/KGB
step by step, and the Buku Register KP/KGB.

The Kasubbag Umum dan Kepegawaian keeps the roster here and no longer leafs through a paper
book: the buku penjagaan is computed by the core's rules, with SOP 003's warnings, and an usulan
is started from it for the employees due. The usulan page walks the SOP's eight steps with who
did each and when; a step's button is enabled only when the usulan's status and the user's role
allow it (the core checks both again, and a refusal is shown as it says). Imports and prints run
in a worker thread on their own connection, so the window never freezes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core import kepegawaian as kp
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError, ValidationError
from bawang_desk.core.impor_pegawai import ImporDitolak, KesalahanBaris
from bawang_desk.core.kepegawaian import JENIS_USULAN, JatuhTempo, Pegawai
from bawang_desk.core.pegawai import PegawaiBaru, RiwayatKGB, RiwayatPangkat
from bawang_desk.core.surat_keluar import CARA_KIRIM
from bawang_desk.core.teks import tanggal_pendek
from bawang_desk.core.usulan_kp import AnggotaUsulan, BarisRegisterKP, Usulan
from bawang_desk.ui.model import ModelBaris
from bawang_desk.ui.umum import (
    beri_nama,
    bersihkan_galat,
    konfirmasi,
    pesan_galat,
    tampilkan_galat,
)
from bawang_desk.ui.workers import Pekerja

MERAH = QColor("#8a1c1c")
KUNING = QColor("#fff4ce")
_UR = Qt.ItemDataRole.UserRole
_DR = Qt.ItemDataRole.DisplayRole


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _tgl(d: date | None) -> str:
    return tanggal_pendek(d) if d else "-"


def _mkg(m: tuple[int, int] | None) -> str:
    return f"{m[0]} th {m[1]} bl" if m else "-"


def _tanggal_edit(nama: str, aksesibel: str, d: date | None = None) -> QDateEdit:
    w = QDateEdit()
    beri_nama(w, nama, aksesibel)
    w.setCalendarPopup(True)
    w.setDisplayFormat("dd-MM-yyyy")
    if d is not None:
        w.setDate(_qdate(d))
    return w


def _tabel(nama: str, aksesibel: str, model: ModelBaris, parent: QObject, *, multi: bool = False):
    """A read-only QTableView over ``model`` through a sorting proxy (sort key in UserRole)."""
    table = QTableView()
    beri_nama(table, nama, aksesibel)
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(_UR)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table, proxy


def _baris_terpilih(table: QTableView, proxy: QSortFilterProxyModel) -> list[int]:
    """Source-model rows selected in ``table``, in screen order."""
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    return [proxy.mapToSource(proxy.index(r, 0)).row() for r in rows]


def _label_galat(lay: QVBoxLayout) -> QLabel:
    label = QLabel()
    beri_nama(label, "errorLabel", "Pesan kesalahan")
    label.setStyleSheet("color: #a40000; font-weight: bold;")
    label.setWordWrap(True)
    label.setVisible(False)
    lay.addWidget(label)
    return label


def _kotak_tombol(dlg: QDialog, lay: QVBoxLayout, teks: str) -> QDialogButtonBox:
    bb = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    beri_nama(bb, "buttonBox", "Tombol dialog")
    bb.button(QDialogButtonBox.StandardButton.Ok).setText(teks)
    bb.button(QDialogButtonBox.StandardButton.Cancel).setText("&Batal")
    bb.accepted.connect(dlg.accept)
    bb.rejected.connect(dlg.reject)
    lay.addWidget(bb)
    return bb


class _Pelari:
    """Runs a job on its own desk connection in a worker thread and hands back the result.

    Shared by the pages: the job gets a branch of the desk (same user) and never touches a
    widget; ``selesai`` runs back on the GUI thread.
    """

    def __init__(self, widget: QWidget, desk: Desk, info: QLabel) -> None:
        self.widget, self.desk, self.info = widget, desk, info
        self.pekerja: list[Pekerja] = []

    def jalankan(
        self,
        judul: str,
        job: Callable[[Desk, Callable[[int, int, str], None]], Any],
        selesai: Callable[[Any], None],
    ) -> None:
        desk = self.desk

        def kerja(progress):
            d = desk.cabang()
            try:
                return job(d, progress)
            finally:
                if d is not desk:
                    d.close()

        pk = Pekerja(kerja)
        pk.kemajuan.connect(lambda done, total, pesan: self.info.setText(pesan))
        pk.selesai.connect(selesai)
        pk.gagal.connect(lambda m: self._gagal(judul, m))
        self.pekerja = [p for p in self.pekerja if p.thread.isRunning()] + [pk]
        self.info.setText(f"{judul}...")
        pk.mulai()

    def _gagal(self, judul: str, pesan: str) -> None:
        self.info.setText(f"Gagal: {pesan}")
        pesan_galat(self.widget, judul, BawangError(pesan))

    def hentikan(self) -> None:
        for p in self.pekerja:
            p.hentikan()


def _pratinjau(page: Any, path: Path, judul: str) -> None:
    """Show the PDF, then set ``page.hasil`` (whoever waits on it finds the preview open)."""
    from bawang_desk.ui.pratinjau import tampilkan_pdf

    page.info.setText(f"Tersimpan: {path}")
    if Path(path).suffix == ".pdf":
        page.pratinjau = tampilkan_pdf(Path(path), judul, page)
    page.hasil = Path(path)


# ====================================================================== models


class PegawaiModel(ModelBaris[Pegawai]):
    COL_NIP, COL_NAMA, COL_GOL, COL_TMT, COL_MKG, COL_KGB_AKHIR, COL_KGB, COL_KP = range(8)
    COL_JABATAN, COL_STATUS = 8, 9
    HEADERS = (
        "NIP",
        "Nama",
        "Pangkat/Gol.",
        "TMT pangkat",
        "MKG pada TMT",
        "KGB terakhir",
        "KGB berikutnya",
        "KP reguler berikutnya",
        "Jabatan",
        "Status",
    )

    def baris_id(self, pid: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == pid), -1)

    def nilai(self, p: Pegawai, c: int, role: int) -> Any:
        if role in (_DR, _UR):
            kgb = kp.kgb_pegawai(p)
            kpr = kp.kp_pegawai(p)
            urut = {g: i for i, g in enumerate((*kp.GOLONGAN, *kp.GOLONGAN_PPPK))}
            if role == _UR:
                return (
                    p.nip,
                    p.nama,
                    urut.get(p.golongan, -1),
                    p.tmt_pangkat.toordinal(),
                    p.mkg_tahun * 12 + p.mkg_bulan,
                    p.tmt_kgb.toordinal() if p.tmt_kgb else 0,
                    kgb.toordinal() if kgb else 10**7,
                    kpr.toordinal() if kpr else 10**7,
                    p.jabatan,
                    p.status,
                )[c]
            return (
                p.nip,
                p.nama,
                p.pangkat_golongan,
                _tgl(p.tmt_pangkat),
                _mkg((p.mkg_tahun, p.mkg_bulan)),
                _tgl(p.tmt_kgb),
                _tgl(kgb),
                _tgl(kpr) if kpr else ("tidak ada (PPPK)" if p.pppk else "-"),
                p.jabatan,
                p.status if p.aktif else f"{p.status} (tidak aktif)",
            )[c]
        return None


class PenjagaanModel(ModelBaris[JatuhTempo]):
    COL_TMT, COL_NAMA, COL_NIP, COL_GOL, COL_NAIK, COL_MKG, COL_PERINGATAN = range(7)
    HEADERS = (
        "TMT",
        "Nama",
        "NIP",
        "Pangkat/Gol. sekarang",
        "Naik menjadi",
        "MKG lama \u2192 baru",
        "Peringatan (SOP 003)",
    )

    def nilai(self, j: JatuhTempo, c: int, role: int) -> Any:
        p = j.pegawai
        if role == _DR:
            naik = (
                f"MKG {j.mkg_ke[0]} tahun"
                if j.jenis == "kgb"
                else kp.PANGKAT.get(j.golongan_ke, "")
            )
            if j.jenis != "kgb":
                naik = f"{naik} ({j.golongan_ke})"
            return (
                _tgl(j.tmt) + (" (terlambat)" if j.terlambat else ""),
                p.nama,
                p.nip,
                p.pangkat_golongan,
                naik,
                f"{_mkg(j.mkg_dari)} \u2192 {_mkg(j.mkg_ke)}",
                "; ".join(j.peringatan),
            )[c]
        if role == _UR:
            return (
                j.tmt.toordinal(),
                p.nama,
                p.nip,
                kp.GOLONGAN.index(j.golongan_dari) if j.golongan_dari in kp.GOLONGAN else -1,
                j.golongan_ke,
                j.mkg_dari[0] * 12 + j.mkg_dari[1],
                len(j.peringatan),
            )[c]
        if role == Qt.ItemDataRole.ForegroundRole and j.terlambat:
            return QBrush(MERAH)
        if role == Qt.ItemDataRole.BackgroundRole and j.peringatan:
            return QBrush(KUNING)
        if role == Qt.ItemDataRole.ToolTipRole and j.peringatan:
            return "\n".join(j.peringatan)
        return None


class UsulanModel(ModelBaris[Usulan]):
    COL_NO, COL_JENIS, COL_JUMLAH, COL_NOMOR, COL_STATUS, COL_DIBUAT = range(6)
    HEADERS = ("No.", "Jenis usulan", "Pegawai", "Nomor surat", "Status", "Dibuat")

    def baris_id(self, uid: int) -> int:
        return next((i for i, u in enumerate(self._rows) if u.id == uid), -1)

    def nilai(self, u: Usulan, c: int, role: int) -> Any:
        if role == _DR:
            return (
                str(u.id),
                u.label_jenis,
                str(len(u.anggota)),
                u.nomor or "-",
                u.label_status,
                f"{u.dibuat_pada:%d-%m-%Y %H:%M}",
            )[c]
        if role == _UR:
            return (u.id, u.jenis, len(u.anggota), u.nomor, u.status, u.dibuat_pada.isoformat())[c]
        if role == Qt.ItemDataRole.ForegroundRole and u.status == "batal":
            return QBrush(MERAH)
        return None


class AnggotaModel(ModelBaris[AnggotaUsulan]):
    COL_NAMA, COL_NIP, COL_DARI, COL_KE, COL_TMT, COL_BERKAS, COL_PERINGATAN, COL_HASIL = range(8)
    HEADERS = ("Nama", "NIP", "Dari", "Menjadi", "TMT usul", "Berkas", "Peringatan", "Hasil")

    def nilai(self, a: AnggotaUsulan, c: int, role: int) -> Any:
        if role in (_DR, _UR):
            dari, ke = a.dari_ke
            ada = sum(1 for d in a.dokumen if d.ada)
            hasil = {
                "disetujui": f"SK {a.nomor_sk}, TMT {_tgl(a.tmt_hasil)}",
                "ditolak": f"Tidak disetujui: {a.catatan_hasil}",
            }.get(a.hasil, "")
            if role == _UR:
                return (a.nama, a.nip, dari, ke, a.tmt_usul.toordinal(), ada, len(a.peringatan),
                        hasil)[c]  # fmt: skip
            berkas = f"{ada}/{len(a.dokumen)}" + (" lengkap" if ada == len(a.dokumen) else "")
            return (a.nama, a.nip, dari, ke, _tgl(a.tmt_usul), berkas, "; ".join(a.peringatan),
                    hasil)[c]  # fmt: skip
        if role == Qt.ItemDataRole.ForegroundRole and c == self.COL_BERKAS and a.dokumen_kurang:
            return QBrush(MERAH)
        if role == Qt.ItemDataRole.ToolTipRole:
            if c == self.COL_BERKAS and a.dokumen_kurang:
                return "Belum ada:\n" + "\n".join(a.dokumen_kurang)
            if a.peringatan:
                return "\n".join(a.peringatan)
        return None


class LangkahModel(ModelBaris[tuple]):
    """SOP 003's eight steps: (nomor, uraian, pelaksana, waktu baku, done text, is next)."""

    HEADERS = ("Langkah", "Uraian (SOP 068/003)", "Pelaksana", "Waktu baku", "Dikerjakan")

    def nilai(self, b: tuple, c: int, role: int) -> Any:
        if role in (_DR, _UR) and c < 5:
            return b[c]
        if role == Qt.ItemDataRole.FontRole and b[5]:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            return b[1]
        return None


class RegisterKPModel(ModelBaris[BarisRegisterKP]):
    HEADERS = (
        "Usulan",
        "Nama",
        "NIP",
        "Jenis",
        "Dari",
        "Menjadi",
        "TMT usul",
        "Nomor surat",
        "Tgl surat",
        "Hasil",
        "Status",
    )

    def nilai(self, r: BarisRegisterKP, c: int, role: int) -> Any:
        if role == _DR:
            return (str(r.usulan_id), r.nama, r.nip, r.jenis, r.dari, r.menjadi, _tgl(r.tmt_usul),
                    r.nomor_surat or "-", _tgl(r.tanggal_surat), r.hasil, r.status)[c]  # fmt: skip
        if role == _UR:
            return (r.usulan_id, r.nama, r.nip, r.jenis, r.dari, r.menjadi, r.tmt_usul.toordinal(),
                    r.nomor_surat, r.tanggal_surat.toordinal() if r.tanggal_surat else 0, r.hasil,
                    r.status)[c]  # fmt: skip
        return None


class KesalahanModel(ModelBaris[KesalahanBaris]):
    HEADERS = ("Baris", "Kolom", "Kesalahan")

    def nilai(self, k: KesalahanBaris, c: int, role: int) -> Any:
        if role == _DR:
            return (str(k.baris), k.kolom, k.pesan)[c]
        if role == _UR:
            return (k.baris, k.kolom, k.pesan)[c]
        return None


class _RiwayatPangkatModel(ModelBaris[RiwayatPangkat]):
    HEADERS = ("Golongan", "TMT", "MKG", "Jenis", "Nomor SK", "Tanggal SK")

    def nilai(self, r: RiwayatPangkat, c: int, role: int) -> Any:
        if role in (_DR, _UR):
            return (r.golongan, _tgl(r.tmt), _mkg((r.mkg_tahun, r.mkg_bulan)), r.jenis,
                    r.nomor_sk or "-", _tgl(r.tanggal_sk))[c]  # fmt: skip
        return None


class _RiwayatKGBModel(ModelBaris[RiwayatKGB]):
    HEADERS = ("TMT", "Golongan", "MKG", "Nomor SK", "Tanggal SK")

    def nilai(self, r: RiwayatKGB, c: int, role: int) -> Any:
        if role in (_DR, _UR):
            return (_tgl(r.tmt), r.golongan, _mkg((r.mkg_tahun, r.mkg_bulan)), r.nomor_sk or "-",
                    _tgl(r.tanggal_sk))[c]  # fmt: skip
        return None


# ====================================================================== dialogs


class PegawaiDialog(QDialog):
    """Add or correct one employee; the core's refusal is shown at the field it names."""

    def __init__(self, desk: Desk, pegawai: Pegawai | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.pegawai = desk, pegawai
        self.hasil: Pegawai | None = None
        judul = "Ubah data pegawai" if pegawai else "Tambah pegawai"
        beri_nama(self, "pegawaiDialog", judul)
        self.setWindowTitle(judul)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        hari_ini = desk.sekarang().date()

        def edit(nama: str, aksesibel: str) -> QLineEdit:
            w = QLineEdit()
            beri_nama(w, nama, aksesibel)
            return w

        self.nipEdit = edit("nipEdit", "NIP atau NI PPPK")
        self.nipEdit.setPlaceholderText("18 angka, contoh 19860926 201505 1 001")
        self.namaEdit = edit("namaEdit", "Nama dengan gelar")
        self.statusCombo = QComboBox()
        beri_nama(self.statusCombo, "statusCombo", "Status kepegawaian")
        self.statusCombo.addItems([*kp.STATUS_AKTIF, *kp.STATUS_NONAKTIF])
        self.golonganCombo = QComboBox()
        beri_nama(self.golonganCombo, "golonganCombo", "Golongan ruang")
        self.tmtPangkatEdit = _tanggal_edit(
            "tmtPangkatEdit", "TMT pangkat", hari_ini.replace(day=1)
        )
        self.mkgTahunSpin, self.mkgBulanSpin = QSpinBox(), QSpinBox()
        beri_nama(self.mkgTahunSpin, "mkgTahunSpin", "MKG tahun pada TMT pangkat")
        beri_nama(self.mkgBulanSpin, "mkgBulanSpin", "MKG bulan pada TMT pangkat")
        self.mkgTahunSpin.setRange(0, 50)
        self.mkgBulanSpin.setRange(0, 11)
        self.kgbCheck = QCheckBox("Sudah pernah KGB")
        beri_nama(self.kgbCheck, "kgbCheck", "Sudah pernah KGB")
        self.tmtKgbEdit = _tanggal_edit("tmtKgbEdit", "TMT KGB terakhir", hari_ini.replace(day=1))
        self.mkgKgbTahunSpin, self.mkgKgbBulanSpin = QSpinBox(), QSpinBox()
        beri_nama(self.mkgKgbTahunSpin, "mkgKgbTahunSpin", "MKG tahun pada KGB terakhir")
        beri_nama(self.mkgKgbBulanSpin, "mkgKgbBulanSpin", "MKG bulan pada KGB terakhir")
        self.mkgKgbTahunSpin.setRange(0, 50)
        self.mkgKgbBulanSpin.setRange(0, 11)
        self.jabatanEdit = edit("jabatanEdit", "Jabatan")
        self.jenisJabatanCombo = QComboBox()
        beri_nama(self.jenisJabatanCombo, "jenisJabatanCombo", "Jenis jabatan")
        self.jenisJabatanCombo.addItems(list(kp.JENIS_JABATAN))
        self.pendidikanCombo = QComboBox()
        beri_nama(self.pendidikanCombo, "pendidikanCombo", "Pendidikan terakhir")
        self.pendidikanCombo.addItems(
            ["", "SD", "SLTP", "SLTA", "D-I", "D-II", "D-III", "D-IV", "S1", "S2", "S3"]
        )
        self.atasanCombo = QComboBox()
        beri_nama(self.atasanCombo, "atasanCombo", "Atasan langsung")
        self.atasanCombo.addItem("(tidak ada)", None)
        for p in desk.pegawai.daftar():
            if pegawai is None or p.id != pegawai.id:
                self.atasanCombo.addItem(f"{p.nama} ({p.golongan}) - {p.nip}", p.nip)
        self.atasanCombo.setEditable(True)
        self.atasanCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        mkg = QHBoxLayout()
        mkg.addWidget(self.mkgTahunSpin)
        mkg.addWidget(QLabel("tahun"))
        mkg.addWidget(self.mkgBulanSpin)
        mkg.addWidget(QLabel("bulan"))
        mkg_kgb = QHBoxLayout()
        mkg_kgb.addWidget(self.mkgKgbTahunSpin)
        mkg_kgb.addWidget(QLabel("tahun"))
        mkg_kgb.addWidget(self.mkgKgbBulanSpin)
        mkg_kgb.addWidget(QLabel("bulan"))
        form.addRow("&NIP / NI PPPK:", self.nipEdit)
        form.addRow("N&ama:", self.namaEdit)
        form.addRow("&Status:", self.statusCombo)
        form.addRow("&Golongan:", self.golonganCombo)
        form.addRow("&TMT pangkat:", self.tmtPangkatEdit)
        form.addRow("&MKG pada TMT pangkat:", mkg)
        form.addRow("", self.kgbCheck)
        form.addRow("TMT &KGB terakhir:", self.tmtKgbEdit)
        form.addRow("MKG pada KGB terakhir:", mkg_kgb)
        form.addRow("&Jabatan:", self.jabatanEdit)
        form.addRow("Jenis &jabatan:", self.jenisJabatanCombo)
        form.addRow("&Pendidikan terakhir:", self.pendidikanCombo)
        form.addRow("Atasan &langsung:", self.atasanCombo)
        lay.addLayout(form)
        self.errorLabel = _label_galat(lay)
        _kotak_tombol(self, lay, "&Simpan")
        self.statusCombo.currentTextChanged.connect(self._isi_golongan)
        self.kgbCheck.toggled.connect(self._kgb_aktif)
        self._isi_golongan(self.statusCombo.currentText())
        self.kgbCheck.setChecked(False)
        self._kgb_aktif(False)
        if pegawai is not None:
            self._isi(pegawai)

    def _isi_golongan(self, status: str) -> None:
        lama = self.golonganCombo.currentText()
        self.golonganCombo.clear()
        self.golonganCombo.addItems(list(kp.GOLONGAN_PPPK if status == "PPPK" else kp.GOLONGAN))
        if lama:
            self.golonganCombo.setCurrentText(lama)

    def _kgb_aktif(self, aktif: bool) -> None:
        for w in (self.tmtKgbEdit, self.mkgKgbTahunSpin, self.mkgKgbBulanSpin):
            w.setEnabled(aktif)

    def _isi(self, p: Pegawai) -> None:
        self.nipEdit.setText(p.nip)
        self.nipEdit.setReadOnly(True)
        self.nipEdit.setToolTip("NIP tidak dapat diubah; tambahkan sebagai pegawai baru.")
        self.namaEdit.setText(p.nama)
        self.statusCombo.setCurrentText(p.status)
        self.golonganCombo.setCurrentText(p.golongan)
        self.tmtPangkatEdit.setDate(_qdate(p.tmt_pangkat))
        self.mkgTahunSpin.setValue(p.mkg_tahun)
        self.mkgBulanSpin.setValue(p.mkg_bulan)
        if p.tmt_kgb is not None:
            self.kgbCheck.setChecked(True)
            self.tmtKgbEdit.setDate(_qdate(p.tmt_kgb))
            self.mkgKgbTahunSpin.setValue(p.mkg_kgb_tahun or 0)
            self.mkgKgbBulanSpin.setValue(p.mkg_kgb_bulan or 0)
        self.jabatanEdit.setText(p.jabatan)
        self.jenisJabatanCombo.setCurrentText(p.jenis_jabatan)
        self.pendidikanCombo.setCurrentText(p.pendidikan)
        i = self.atasanCombo.findData(
            next((x.nip for x in self.desk.pegawai.daftar() if x.id == p.atasan_id), None)
        )
        self.atasanCombo.setCurrentIndex(max(0, i))

    def widgets(self) -> dict[str, QWidget]:
        return {
            "nip": self.nipEdit,
            "nama": self.namaEdit,
            "status": self.statusCombo,
            "golongan": self.golonganCombo,
            "tmt_pangkat": self.tmtPangkatEdit,
            "mkg_tahun": self.mkgTahunSpin,
            "mkg_bulan": self.mkgBulanSpin,
            "tmt_kgb": self.tmtKgbEdit,
            "mkg_kgb_tahun": self.mkgKgbTahunSpin,
            "mkg_kgb_bulan": self.mkgKgbBulanSpin,
            "jabatan": self.jabatanEdit,
            "jenis_jabatan": self.jenisJabatanCombo,
            "pendidikan": self.pendidikanCombo,
            "atasan": self.atasanCombo,
            "tmt_cpns": self.tmtPangkatEdit,
        }

    def data(self) -> PegawaiBaru:
        kgb = self.kgbCheck.isChecked()
        atasan = self.atasanCombo.currentData()
        if atasan is None and self.atasanCombo.currentIndex() != 0:
            atasan = self.atasanCombo.currentText().strip() or None  # a NIP typed by hand
        return PegawaiBaru(
            nip=self.nipEdit.text(),
            nama=self.namaEdit.text(),
            golongan=self.golonganCombo.currentText(),
            tmt_pangkat=self.tmtPangkatEdit.date().toPython(),
            mkg_tahun=self.mkgTahunSpin.value(),
            mkg_bulan=self.mkgBulanSpin.value(),
            tmt_kgb=self.tmtKgbEdit.date().toPython() if kgb else None,
            mkg_kgb_tahun=self.mkgKgbTahunSpin.value() if kgb else None,
            mkg_kgb_bulan=self.mkgKgbBulanSpin.value() if kgb else None,
            jabatan=self.jabatanEdit.text(),
            jenis_jabatan=self.jenisJabatanCombo.currentText(),
            pendidikan=self.pendidikanCombo.currentText(),
            atasan_nip=atasan,
            status=self.statusCombo.currentText(),
            skp={},
        )

    def accept(self) -> None:
        bersihkan_galat(self.errorLabel, self.widgets())
        try:
            if self.pegawai is None:
                self.hasil = self.desk.pegawai.tambah(self.data())
            else:
                # keep the SKP on file: the form does not carry it
                self.hasil = self.desk.pegawai.ubah(self.pegawai.id, self.data())
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e, self.widgets())
            return
        super().accept()


class SkpDialog(QDialog):
    """Record one year's SKP predicate (KP needs "Baik" for the last two years)."""

    def __init__(self, desk: Desk, pegawai: Pegawai, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.pegawai = desk, pegawai
        self.hasil: Pegawai | None = None
        beri_nama(self, "skpDialog", "Catat SKP")
        self.setWindowTitle(f"SKP - {pegawai.nama}")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.tahunSpin = QSpinBox()
        beri_nama(self.tahunSpin, "tahunSpin", "Tahun SKP")
        tahun = desk.sekarang().year
        self.tahunSpin.setRange(2000, tahun)
        self.tahunSpin.setValue(tahun - 1)
        self.predikatCombo = QComboBox()
        beri_nama(self.predikatCombo, "predikatCombo", "Predikat SKP")
        self.predikatCombo.addItems(list(kp.PREDIKAT_SKP))
        self.predikatCombo.setCurrentText("Baik")
        form.addRow("&Tahun:", self.tahunSpin)
        form.addRow("&Predikat:", self.predikatCombo)
        lay.addLayout(form)
        riwayat = ", ".join(f"{th}: {pr}" for th, pr in pegawai.skp) or "belum ada"
        catatan = QLabel(f"SKP tercatat: {riwayat}")
        catatan.setWordWrap(True)
        lay.addWidget(catatan)
        self.errorLabel = _label_galat(lay)
        _kotak_tombol(self, lay, "&Simpan")

    def accept(self) -> None:
        w = {"tahun": self.tahunSpin, "skp": self.predikatCombo}
        bersihkan_galat(self.errorLabel, w)
        try:
            assert self.pegawai.id is not None
            self.hasil = self.desk.pegawai.catat_skp(
                self.pegawai.id, self.tahunSpin.value(), self.predikatCombo.currentText()
            )
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e, w)
            return
        super().accept()


class RiwayatDialog(QDialog):
    """An employee's pangkat and KGB history, with the SK numbers that moved them."""

    def __init__(self, desk: Desk, pegawai: Pegawai, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        beri_nama(self, "riwayatDialog", "Riwayat pegawai")
        self.setWindowTitle(f"Riwayat - {pegawai.nama}")
        self.resize(720, 460)
        lay = QVBoxLayout(self)
        assert pegawai.id is not None
        self.pangkatModel = _RiwayatPangkatModel(self)
        self.pangkatModel.set_rows(desk.pegawai.riwayat_pangkat(pegawai.id))
        self.kgbModel = _RiwayatKGBModel(self)
        self.kgbModel.set_rows(desk.pegawai.riwayat_kgb(pegawai.id))
        self.pangkatTable, _ = _tabel("pangkatTable", "Riwayat pangkat", self.pangkatModel, self)
        self.kgbTable, _ = _tabel("kgbTable", "Riwayat KGB", self.kgbModel, self)
        lay.addWidget(QLabel(f"<b>{pegawai.nama}</b> - NIP {pegawai.nip}"))
        lay.addWidget(QLabel("Riwayat pangkat:"))
        lay.addWidget(self.pangkatTable)
        lay.addWidget(QLabel("Riwayat kenaikan gaji berkala:"))
        lay.addWidget(self.kgbTable)
        skp = ", ".join(f"{th}: {pr}" for th, pr in pegawai.skp) or "belum ada"
        lay.addWidget(QLabel(f"SKP: {skp}"))
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bb.button(QDialogButtonBox.StandardButton.Close).setText("&Tutup")
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)


class ImporDitolakDialog(QDialog):
    """Every bad row of a refused import, with its line in the file; nothing was saved."""

    def __init__(self, e: ImporDitolak, nama_berkas: str, parent: QWidget | None = None):
        super().__init__(parent)
        beri_nama(self, "imporDitolakDialog", "Impor ditolak")
        self.setWindowTitle("Impor pegawai ditolak")
        self.resize(760, 420)
        lay = QVBoxLayout(self)
        n = len({k.baris for k in e.kesalahan})
        self.ringkasLabel = QLabel(
            f"Berkas {nama_berkas} tidak diimpor: {n} baris bermasalah. Tidak ada data yang "
            "disimpan. Perbaiki baris berikut di berkas, lalu impor ulang."
        )
        beri_nama(self.ringkasLabel, "ringkasLabel", "Ringkasan kesalahan impor")
        self.ringkasLabel.setWordWrap(True)
        lay.addWidget(self.ringkasLabel)
        self.model = KesalahanModel(self)
        self.model.set_rows(e.kesalahan)
        self.table, _ = _tabel("kesalahanTable", "Daftar kesalahan impor", self.model, self)
        self.table.setColumnWidth(0, 60)
        self.table.setColumnWidth(1, 110)
        self.table.setWordWrap(True)
        lay.addWidget(self.table)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bb.button(QDialogButtonBox.StandardButton.Close).setText("&Tutup")
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)


class BuatUsulanDialog(QDialog):
    """Step 1: the type and the employees, read from the buku penjagaan (or the whole roster)."""

    def __init__(
        self,
        desk: Desk,
        jenis: str = "kgb",
        terpilih: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.hasil: Usulan | None = None
        self._terpilih = set(terpilih)
        beri_nama(self, "buatUsulanDialog", "Usulan KP/KGB baru")
        self.setWindowTitle("Usulan KP/KGB baru (langkah 1)")
        self.resize(640, 520)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.jenisCombo = QComboBox()
        beri_nama(self.jenisCombo, "jenisCombo", "Jenis usulan")
        for k, v in JENIS_USULAN.items():
            self.jenisCombo.addItem(v, k)
        self.jenisCombo.setCurrentIndex(max(0, self.jenisCombo.findData(jenis)))
        self.periodeCheck = QCheckBox("Satu periode KP untuk semua:")
        beri_nama(self.periodeCheck, "periodeCheck", "Satu periode KP untuk semua")
        hari_ini = desk.sekarang().date()
        self.periodeEdit = _tanggal_edit(
            "periodeEdit", "Periode KP", kp.periode_kp_berikutnya(hari_ini)
        )
        self.periodeEdit.setEnabled(False)
        baris_periode = QHBoxLayout()
        baris_periode.addWidget(self.periodeCheck)
        baris_periode.addWidget(self.periodeEdit, 1)
        self.semuaCheck = QCheckBox("Tampilkan semua pegawai aktif (bukan hanya yang jatuh tempo)")
        beri_nama(self.semuaCheck, "semuaCheck", "Tampilkan semua pegawai aktif")
        form.addRow("&Jenis usulan:", self.jenisCombo)
        form.addRow("", baris_periode)
        lay.addLayout(form)
        lay.addWidget(self.semuaCheck)
        self.pegawaiList = QListWidget()
        beri_nama(self.pegawaiList, "pegawaiList", "Pegawai yang diusulkan")
        lay.addWidget(QLabel("&Pegawai (centang yang diusulkan):"))
        lay.addWidget(self.pegawaiList, 1)
        self.errorLabel = _label_galat(lay)
        _kotak_tombol(self, lay, "&Buat usulan")
        self.jenisCombo.currentIndexChanged.connect(lambda _i: self._muat())
        self.semuaCheck.toggled.connect(lambda _b: self._muat())
        self.periodeCheck.toggled.connect(self.periodeEdit.setEnabled)
        self._muat()

    def _muat(self) -> None:
        jenis = self.jenisCombo.currentData()
        self.periodeCheck.setEnabled(jenis != "kgb")
        self.periodeEdit.setEnabled(jenis != "kgb" and self.periodeCheck.isChecked())
        self.pegawaiList.clear()
        baris: list[tuple[int, str, str]] = []
        if self.semuaCheck.isChecked():
            for p in self.desk.pegawai.daftar():
                if jenis != "kgb" and p.pppk:
                    continue
                assert p.id is not None
                baris.append((p.id, f"{p.nama} - {p.nip} - {p.pangkat_golongan}", ""))
        else:
            buku = (
                self.desk.pegawai.penjagaan_kgb()
                if jenis == "kgb"
                else self.desk.pegawai.penjagaan_kp()
            )
            for j in buku:
                p = j.pegawai
                assert p.id is not None
                teks = f"{p.nama} - {p.nip} - {j.label} - TMT {_tgl(j.tmt)}"
                if j.terlambat:
                    teks += " (terlambat)"
                baris.append((p.id, teks, "\n".join(j.peringatan)))
        for pid, teks, tip in baris:
            it = QListWidgetItem(teks + (" \u26a0" if tip else ""))
            it.setData(_UR, pid)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            pilih = pid in self._terpilih if self._terpilih else not self.semuaCheck.isChecked()
            it.setCheckState(Qt.CheckState.Checked if pilih else Qt.CheckState.Unchecked)
            if tip:
                it.setToolTip(tip)
            self.pegawaiList.addItem(it)
        if not baris:
            self.errorLabel.setText(
                "Tidak ada pegawai jatuh tempo untuk jenis ini. Centang \u201cTampilkan semua "
                "pegawai aktif\u201d untuk memilih dari seluruh daftar."
            )
            self.errorLabel.setVisible(True)
        else:
            self.errorLabel.setVisible(False)

    def terpilih(self) -> list[int]:
        hasil = []
        for i in range(self.pegawaiList.count()):
            it = self.pegawaiList.item(i)
            if it.checkState() == Qt.CheckState.Checked:
                hasil.append(int(it.data(_UR)))
        return hasil

    def accept(self) -> None:
        w = {"jenis": self.jenisCombo, "pegawai": self.pegawaiList, "periode": self.periodeEdit}
        bersihkan_galat(self.errorLabel, w)
        jenis = self.jenisCombo.currentData()
        periode = None
        if jenis != "kgb" and self.periodeCheck.isChecked():
            periode = self.periodeEdit.date().toPython()
        try:
            self.hasil = self.desk.usulan_kp.buat(jenis, self.terpilih(), periode=periode)
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e, w)
            return
        super().accept()


class KoreksiDialog(QDialog):
    """Step 6: the Camat (or the Sekcam a.n. Camat) approves, or sends it back with a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        beri_nama(self, "koreksiDialog", "Koreksi Camat")
        self.setWindowTitle("Koreksi surat dan lampiran (langkah 6)")
        lay = QVBoxLayout(self)
        self.setujuRadio = QRadioButton("&Setuju: surat dan lampiran benar, ditandatangani")
        beri_nama(self.setujuRadio, "setujuRadio", "Setuju")
        self.perbaikanRadio = QRadioButton("&Perlu perbaikan")
        beri_nama(self.perbaikanRadio, "perbaikanRadio", "Perlu perbaikan")
        self.setujuRadio.setChecked(True)
        self.catatanEdit = QLineEdit()
        beri_nama(self.catatanEdit, "catatanEdit", "Catatan koreksi")
        self.catatanEdit.setPlaceholderText("Catatan (wajib bila perlu perbaikan)")
        for w in (self.setujuRadio, self.perbaikanRadio, self.catatanEdit):
            lay.addWidget(w)
        self.errorLabel = _label_galat(lay)
        _kotak_tombol(self, lay, "&Simpan")


class KirimBkdDialog(QDialog):
    """Step 7: how and when the letter and documents went to BKD."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        beri_nama(self, "kirimBkdDialog", "Kirim ke BKD")
        self.setWindowTitle("Kirim ke BKD (langkah 7)")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.caraCombo = QComboBox()
        beri_nama(self.caraCombo, "caraCombo", "Cara kirim")
        self.caraCombo.addItems(list(CARA_KIRIM))
        self.caraCombo.setCurrentText("Diantar langsung")
        self.tanggalEdit = _tanggal_edit("tanggalEdit", "Tanggal kirim", desk.sekarang().date())
        form.addRow("&Cara kirim:", self.caraCombo)
        form.addRow("&Tanggal kirim:", self.tanggalEdit)
        lay.addLayout(form)
        self.errorLabel = _label_galat(lay)
        _kotak_tombol(self, lay, "&Catat")


class HasilDialog(QDialog):
    """The SK from BKD for one employee: number, date and the new TMT (or the refusal)."""

    def __init__(
        self,
        desk: Desk,
        usulan: Usulan,
        pegawai_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.usulan = desk, usulan
        self.hasil: Usulan | None = None
        beri_nama(self, "hasilDialog", "Catat hasil usulan")
        self.setWindowTitle("Catat hasil dari BKD")
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.pegawaiCombo = QComboBox()
        beri_nama(self.pegawaiCombo, "pegawaiCombo", "Pegawai")
        for a in usulan.anggota:
            if not a.hasil:
                self.pegawaiCombo.addItem(f"{a.nama} - {a.nip}", a.pegawai_id)
        if pegawai_id is not None:
            self.pegawaiCombo.setCurrentIndex(max(0, self.pegawaiCombo.findData(pegawai_id)))
        self.disetujuiRadio = QRadioButton("&Disetujui (SK terbit)")
        beri_nama(self.disetujuiRadio, "disetujuiRadio", "Disetujui")
        self.ditolakRadio = QRadioButton("&Tidak disetujui")
        beri_nama(self.ditolakRadio, "ditolakRadio", "Tidak disetujui")
        self.disetujuiRadio.setChecked(True)
        self.nomorSkEdit = QLineEdit()
        beri_nama(self.nomorSkEdit, "nomorSkEdit", "Nomor SK")
        hari_ini = desk.sekarang().date()
        self.tanggalSkEdit = _tanggal_edit("tanggalSkEdit", "Tanggal SK", hari_ini)
        self.tmtEdit = _tanggal_edit("tmtEdit", "TMT baru")
        self.catatanEdit = QLineEdit()
        beri_nama(self.catatanEdit, "catatanEdit", "Catatan atau alasan")
        pilihan = QHBoxLayout()
        pilihan.addWidget(self.disetujuiRadio)
        pilihan.addWidget(self.ditolakRadio)
        form.addRow("&Pegawai:", self.pegawaiCombo)
        form.addRow("Hasil:", pilihan)
        form.addRow("&Nomor SK:", self.nomorSkEdit)
        form.addRow("Tanggal &SK:", self.tanggalSkEdit)
        form.addRow("T&MT baru:", self.tmtEdit)
        form.addRow("&Catatan/alasan:", self.catatanEdit)
        lay.addLayout(form)
        self.errorLabel = _label_galat(lay)
        _kotak_tombol(self, lay, "&Simpan hasil")
        self.pegawaiCombo.currentIndexChanged.connect(lambda _i: self._tmt())
        self.disetujuiRadio.toggled.connect(self._aktif)
        self._tmt()
        self._aktif(True)

    def _tmt(self) -> None:
        pid = self.pegawaiCombo.currentData()
        a = next((x for x in self.usulan.anggota if x.pegawai_id == pid), None)
        if a is not None:
            self.tmtEdit.setDate(_qdate(a.tmt_usul))

    def _aktif(self, setuju: bool) -> None:
        for w in (self.nomorSkEdit, self.tanggalSkEdit, self.tmtEdit):
            w.setEnabled(setuju)

    def accept(self) -> None:
        w = {
            "nomor_sk": self.nomorSkEdit,
            "tanggal_sk": self.tanggalSkEdit,
            "tmt": self.tmtEdit,
            "catatan": self.catatanEdit,
            "pegawai": self.pegawaiCombo,
        }
        bersihkan_galat(self.errorLabel, w)
        pid = self.pegawaiCombo.currentData()
        if pid is None:
            tampilkan_galat(self.errorLabel, ValidationError("Semua hasil sudah dicatat."), w)
            return
        setuju = self.disetujuiRadio.isChecked()
        try:
            self.hasil = self.desk.usulan_kp.catat_hasil(
                self.usulan.id,
                int(pid),
                disetujui=setuju,
                nomor_sk=self.nomorSkEdit.text() if setuju else "",
                tanggal_sk=self.tanggalSkEdit.date().toPython() if setuju else None,
                tmt=self.tmtEdit.date().toPython() if setuju else None,
                catatan=self.catatanEdit.text(),
            )
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e, w)
            return
        super().accept()


# ====================================================================== pages


class PegawaiPage(QWidget):
    """The roster: search as you type, add/correct, history, SKP, import CSV/XLSX."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.hasil: Path | None = None
        self.dialog_impor: ImporDitolakDialog | None = None
        self.hasil_impor: Any = None
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.cariEdit = QLineEdit()
        beri_nama(self.cariEdit, "cariPegawaiEdit", "Cari nama atau NIP pegawai")
        self.cariEdit.setPlaceholderText("Cari nama atau NIP...")
        self.cariEdit.setClearButtonEnabled(True)
        label = QLabel("&Cari:")
        label.setBuddy(self.cariEdit)
        self.nonaktifCheck = QCheckBox("Termasuk tidak a&ktif")
        beri_nama(self.nonaktifCheck, "nonaktifCheck", "Termasuk pegawai tidak aktif")
        bar.addWidget(label)
        bar.addWidget(self.cariEdit, 1)
        bar.addWidget(self.nonaktifCheck)
        lay.addLayout(bar)
        tombol = QHBoxLayout()

        def btn(teks: str, nama: str, aksesibel: str, slot) -> QPushButton:
            b = QPushButton(teks)
            beri_nama(b, nama, aksesibel)
            b.clicked.connect(lambda _c=False: slot())
            tombol.addWidget(b)
            return b

        self.tambahButton = btn("&Tambah...", "tambahPegawaiButton", "Tambah pegawai", self.tambah)
        self.ubahButton = btn("&Ubah...", "ubahPegawaiButton", "Ubah data pegawai", self.ubah)
        self.riwayatButton = btn("&Riwayat...", "riwayatButton", "Riwayat pegawai", self.riwayat)
        self.skpButton = btn("Catat &SKP...", "skpButton", "Catat SKP", self.skp)
        self.imporButton = btn(
            "&Impor CSV/XLSX...", "imporButton", "Impor daftar pegawai", self.impor
        )
        tombol.addStretch(1)
        lay.addLayout(tombol)
        self.model = PegawaiModel(self)
        self.table, self.proxy = _tabel("pegawaiTable", "Daftar pegawai", self.model, self)
        for c, w in ((0, 150), (1, 220), (2, 170), (3, 90), (4, 90), (5, 90), (6, 100), (7, 130)):
            self.table.setColumnWidth(c, w)
        self.table.doubleClicked.connect(lambda _i: self.ubah())
        lay.addWidget(self.table, 1)
        self.info = QLabel()
        beri_nama(self.info, "infoLabel", "Keterangan")
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        self.pelari = _Pelari(self, desk, self.info)
        self._tunda = QTimer(self)
        self._tunda.setSingleShot(True)
        self._tunda.setInterval(120)
        self._tunda.timeout.connect(self.muat)
        self.cariEdit.textChanged.connect(lambda _t: self._tunda.start())
        self.nonaktifCheck.toggled.connect(lambda _b: self.muat())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._tombol())

    def perbarui_izin(self) -> None:
        self._tombol()

    def _tombol(self) -> None:
        ubah = self.desk.boleh("pegawai.ubah")
        ada = self.terpilih() is not None
        self.tambahButton.setEnabled(ubah)
        self.imporButton.setEnabled(ubah)
        self.ubahButton.setEnabled(ubah and ada)
        self.skpButton.setEnabled(ubah and ada)
        self.riwayatButton.setEnabled(self.desk.boleh("pegawai.lihat") and ada)

    def muat(self, pilih: int | None = None) -> None:
        self._tunda.stop()
        if not self.desk.boleh("pegawai.lihat"):
            self.model.set_rows([])
            self.info.setText("Daftar pegawai hanya untuk staf Umum dan Kepegawaian dan pimpinan.")
            self._tombol()
            return
        try:
            rows = self.desk.pegawai.daftar(
                teks=self.cariEdit.text(), aktif_saja=not self.nonaktifCheck.isChecked()
            )
        except BawangError as e:
            self.info.setText(str(e))
            return
        self.model.set_rows(rows)
        self.info.setText(f"{len(rows)} pegawai ditampilkan.")
        if pilih is not None:
            r = self.model.baris_id(pilih)
            if r >= 0:
                idx = self.proxy.mapFromSource(self.model.index(r, 0))
                self.table.selectionModel().select(
                    idx,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(idx)
        self._tombol()

    def terpilih(self) -> Pegawai | None:
        rows = _baris_terpilih(self.table, self.proxy)
        return self.model.baris(rows[0]) if rows else None

    def tambah(self) -> None:
        dlg = PegawaiDialog(self.desk, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat(pilih=dlg.hasil.id)
            self.info.setText(f"{dlg.hasil.nama} ditambahkan.")

    def ubah(self) -> None:
        p = self.terpilih()
        if p is None or not self.desk.boleh("pegawai.ubah"):
            return
        dlg = PegawaiDialog(self.desk, self.desk.pegawai.get(p.id), parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat(pilih=dlg.hasil.id)
            self.info.setText(f"Data {dlg.hasil.nama} diperbarui.")

    def riwayat(self) -> None:
        p = self.terpilih()
        if p is not None:
            RiwayatDialog(self.desk, p, self).exec()

    def skp(self) -> None:
        p = self.terpilih()
        if p is None:
            return
        dlg = SkpDialog(self.desk, p, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat(pilih=dlg.hasil.id)
            self.info.setText(f"SKP {dlg.hasil.nama} dicatat.")

    def impor(self, path: Path | None = None) -> None:
        """Import a roster file in a worker; a refusal lists every bad row with its line."""
        if path is None:
            nama, _ = QFileDialog.getOpenFileName(
                self,
                "Impor daftar pegawai",
                "",
                "Daftar pegawai (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)",
            )
            if not nama:
                return
            path = Path(nama)
        berkas = Path(path)
        self.hasil_impor = None
        self.imporButton.setEnabled(False)

        def job(d: Desk, progress):
            try:
                return d.pegawai.impor(berkas, progress=progress)
            except ImporDitolak as e:
                return e  # the dialog needs every row, not just the message

        def selesai(h: Any) -> None:
            self._tombol()
            if isinstance(h, ImporDitolak):
                self.info.setText(f"Impor {berkas.name} ditolak; tidak ada data yang disimpan.")
                self.dialog_impor = ImporDitolakDialog(h, berkas.name, self)
                self.dialog_impor.open()
            else:
                self.muat()
                self.info.setText(
                    f"Impor {berkas.name}: {h.ditambah} pegawai baru, {h.diperbarui} diperbarui."
                )
            self.hasil_impor = h

        self.pelari.jalankan("Impor pegawai", job, selesai)


class PenjagaanPage(QWidget):
    """One buku penjagaan (KP or KGB) for a window, with its warnings; print, export, propose."""

    def __init__(self, desk: Desk, jenis: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.jenis = desk, jenis
        self.hasil: Path | None = None
        self.usulan_baru: Callable[[str, list[int]], None] | None = None
        kode = jenis.upper()
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        hari_ini = desk.sekarang().date()
        dari, sampai = (kp.jendela_kp if jenis == "kp" else kp.jendela_kgb)(hari_ini)
        self.dariEdit = _tanggal_edit(f"dari{kode}Edit", "Jatuh tempo dari tanggal", dari)
        self.sampaiEdit = _tanggal_edit(f"sampai{kode}Edit", "Jatuh tempo sampai tanggal", sampai)
        l1 = QLabel("&Dari:")
        l1.setBuddy(self.dariEdit)
        l2 = QLabel("&Sampai:")
        l2.setBuddy(self.sampaiEdit)
        self.bawaanButton = QPushButton("&Jendela bawaan")
        beri_nama(self.bawaanButton, f"bawaan{kode}Button", "Kembali ke jendela bawaan")
        self.cetakButton = QPushButton("&Cetak...")
        beri_nama(self.cetakButton, f"cetak{kode}Button", f"Cetak buku penjagaan {kode}")
        self.eksporButton = QPushButton("Ekspor &XLSX...")
        beri_nama(self.eksporButton, f"ekspor{kode}Button", f"Ekspor buku penjagaan {kode}")
        self.usulanButton = QPushButton("&Buat usulan...")
        beri_nama(self.usulanButton, f"usulan{kode}Button", "Buat usulan dari pegawai terpilih")
        for w in (l1, self.dariEdit, l2, self.sampaiEdit, self.bawaanButton):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.cetakButton, self.eksporButton, self.usulanButton):
            bar.addWidget(w)
        lay.addLayout(bar)
        self.model = PenjagaanModel(self)
        self.table, self.proxy = _tabel(
            f"penjagaan{kode}Table", f"Buku penjagaan {kode}", self.model, self, multi=True
        )
        for c, w in ((0, 130), (1, 220), (2, 150), (3, 180), (4, 170), (5, 170)):
            self.table.setColumnWidth(c, w)
        lay.addWidget(self.table, 1)
        self.info = QLabel()
        beri_nama(self.info, "infoLabel", "Keterangan")
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        self.pelari = _Pelari(self, desk, self.info)
        self.dariEdit.dateChanged.connect(lambda _d: self.muat())
        self.sampaiEdit.dateChanged.connect(lambda _d: self.muat())
        self.bawaanButton.clicked.connect(self.jendela_bawaan)
        self.cetakButton.clicked.connect(lambda _c=False: self.cetak())
        self.eksporButton.clicked.connect(lambda _c=False: self.ekspor())
        self.usulanButton.clicked.connect(self.buat_usulan)

    def jendela_bawaan(self) -> None:
        dari, sampai = (kp.jendela_kp if self.jenis == "kp" else kp.jendela_kgb)(
            self.desk.sekarang().date()
        )
        self.dariEdit.setDate(_qdate(dari))
        self.sampaiEdit.setDate(_qdate(sampai))

    def periode(self) -> tuple[date, date]:
        return self.dariEdit.date().toPython(), self.sampaiEdit.date().toPython()

    def perbarui_izin(self) -> None:
        lihat = self.desk.boleh("pegawai.lihat")
        self.cetakButton.setEnabled(lihat)
        self.eksporButton.setEnabled(lihat)
        self.usulanButton.setEnabled(self.desk.boleh("usulan_kp.buat"))

    def muat(self) -> None:
        if not self.desk.boleh("pegawai.lihat"):
            self.model.set_rows([])
            self.info.setText("Buku penjagaan hanya untuk staf Umum dan Kepegawaian dan pimpinan.")
            return
        dari, sampai = self.periode()
        if sampai < dari:
            self.model.set_rows([])
            self.info.setText("Tanggal akhir sebelum tanggal awal.")
            return
        try:
            buku = (
                self.desk.pegawai.penjagaan_kp(dari, sampai)
                if self.jenis == "kp"
                else self.desk.pegawai.penjagaan_kgb(dari, sampai)
            )
        except BawangError as e:
            self.info.setText(str(e))
            return
        self.model.set_rows(buku)
        telat = sum(1 for j in buku if j.terlambat)
        warn = sum(1 for j in buku if j.peringatan)
        self.info.setText(
            f"{len(buku)} pegawai jatuh tempo; {telat} terlambat (merah), {warn} dengan "
            "peringatan (kuning, arahkan tetikus untuk rinciannya)."
        )

    def terpilih(self) -> list[JatuhTempo]:
        return [self.model.baris(r) for r in _baris_terpilih(self.table, self.proxy)]

    def cetak(self) -> None:
        dari, sampai = self.periode()
        jenis = self.jenis

        def job(d: Desk, progress) -> Path:
            from bawang_desk.documents.kepegawaian import cetak_buku_penjagaan

            return cetak_buku_penjagaan(d, jenis, dari, sampai, progress=progress)

        judul = f"Buku Penjagaan {jenis.upper()}"
        self.hasil = None
        self.pelari.jalankan(f"Menyusun {judul}", job, lambda p: _pratinjau(self, p, judul))

    def ekspor(self, target: Path | None = None) -> None:
        dari, sampai = self.periode()
        if target is None:
            nama, _ = QFileDialog.getSaveFileName(
                self,
                "Simpan sebagai",
                f"penjagaan-{self.jenis}-{dari:%Y%m%d}-{sampai:%Y%m%d}.xlsx",
                "Lembar kerja (*.xlsx)",
            )
            if not nama:
                return
            target = Path(nama)
        jenis, tujuan = self.jenis, target

        def job(d: Desk, _progress) -> Path:
            from bawang_desk.documents.kepegawaian import ekspor_buku_penjagaan

            return ekspor_buku_penjagaan(d, jenis, dari, sampai, tujuan)

        self.hasil = None
        self.pelari.jalankan(
            "Mengekspor buku penjagaan", job, lambda p: _pratinjau(self, p, "Ekspor")
        )

    def buat_usulan(self) -> None:
        ids = [j.pegawai.id for j in self.terpilih() if j.pegawai.id is not None]
        if self.usulan_baru is not None:
            self.usulan_baru("kgb" if self.jenis == "kgb" else "kp-reguler", ids)


class UsulanPage(QWidget):
    """The usulan list and, for the selected one, SOP 003's eight steps and their buttons."""

    LANGKAH_BERIKUT: ClassVar[dict[str, int]] = {
        "disiapkan": 2,
        "diberitahu": 3,
        "berkas_lengkap": 4,
        "konsep": 5,
        "bernomor": 6,
        "perbaikan": 6,
        "dikoreksi": 7,
        "dikirim": 8,
    }

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.hasil: Path | None = None
        self._mengisi = False
        lay = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        beri_nama(split, "usulanSplitter", "Daftar dan rincian usulan")
        kiri = QWidget()
        kl = QVBoxLayout(kiri)
        kl.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.baruButton = QPushButton("&Usulan baru...")
        beri_nama(self.baruButton, "usulanBaruButton", "Usulan KP/KGB baru")
        self.semuaCheck = QCheckBox("Ta&mpilkan yang selesai/batal")
        beri_nama(self.semuaCheck, "semuaUsulanCheck", "Tampilkan usulan selesai dan batal")
        self.semuaCheck.setChecked(True)
        bar.addWidget(self.baruButton)
        bar.addWidget(self.semuaCheck)
        bar.addStretch(1)
        kl.addLayout(bar)
        self.model = UsulanModel(self)
        self.table, self.proxy = _tabel("usulanTable", "Daftar usulan KP/KGB", self.model, self)
        for c, w in ((0, 40), (1, 170), (2, 60), (3, 160), (4, 200)):
            self.table.setColumnWidth(c, w)
        kl.addWidget(self.table, 1)
        split.addWidget(kiri)

        kanan = QWidget()
        kr = QVBoxLayout(kanan)
        kr.setContentsMargins(0, 0, 0, 0)
        self.judulLabel = QLabel("Pilih usulan di daftar.")
        beri_nama(self.judulLabel, "judulUsulanLabel", "Rincian usulan")
        self.judulLabel.setWordWrap(True)
        self.judulLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        kr.addWidget(self.judulLabel)
        self.langkahModel = LangkahModel(self)
        self.langkahTable, _ = _tabel("langkahTable", "Langkah SOP 003", self.langkahModel, self)
        self.langkahTable.setSortingEnabled(False)
        self.langkahTable.setWordWrap(True)
        for c, w in ((0, 60), (1, 300), (2, 170), (3, 80)):
            self.langkahTable.setColumnWidth(c, w)
        self.langkahTable.setMaximumHeight(270)
        kr.addWidget(self.langkahTable)

        aksi = QGroupBox("Langkah")
        beri_nama(aksi, "aksiGroup", "Tombol langkah usulan")
        al = QHBoxLayout(aksi)
        al2 = QHBoxLayout()

        def btn(teks: str, nama: str, aksesibel: str, slot, baris=al) -> QPushButton:
            b = QPushButton(teks)
            beri_nama(b, nama, aksesibel)
            b.clicked.connect(lambda _c=False: slot())
            baris.addWidget(b)
            return b

        self.beritahuButton = btn(
            "2 Beri&tahu", "beritahuButton", "Langkah 2: beritahu yang bersangkutan", self.beritahu
        )
        self.periksaButton = btn(
            "3 Per&iksa berkas", "periksaButton", "Langkah 3: periksa berkas", self.periksa
        )
        self.konsepButton = btn(
            "4 K&onsep surat", "konsepButton", "Langkah 4: konsep surat", self.konsep
        )
        self.eofficeButton = btn(
            "5 &E-Office", "eofficeButton", "Langkah 5: kirim lewat E-Office", self.eoffice
        )
        self.koreksiButton = btn(
            "6 Ko&reksi Camat", "koreksiButton", "Langkah 6: koreksi Camat", self.koreksi
        )
        self.kirimButton = btn("7 &Kirim ke BKD", "kirimButton", "Langkah 7: kirim", self.kirim)
        self.arsipButton = btn("8 &Arsip", "arsipButton", "Langkah 8: arsipkan", self.arsipkan)
        self.cetakButton = btn(
            "&Cetak pengantar...", "cetakPengantarButton", "Cetak surat pengantar", self.cetak,
            al2,
        )  # fmt: skip
        self.hasilButton = btn(
            "Catat &hasil (SK)...", "hasilButton", "Catat hasil dari BKD", self.catat_hasil, al2
        )
        self.batalButton = btn("Bata&lkan...", "batalButton", "Batalkan usulan", self.batalkan, al2)
        al2.addStretch(1)
        kr.addWidget(aksi)
        kr.addLayout(al2)

        self.anggotaModel = AnggotaModel(self)
        self.anggotaTable, self.anggotaProxy = _tabel(
            "anggotaTable", "Pegawai dalam usulan", self.anggotaModel, self
        )
        for c, w in ((0, 190), (1, 150), (2, 150), (3, 150), (4, 85), (5, 90)):
            self.anggotaTable.setColumnWidth(c, w)
        berkas = QHBoxLayout()
        kolom_dok = QVBoxLayout()
        label_dok = QLabel("Berkas pe&gawai terpilih (centang yang sudah diterima):")
        self.dokumenList = QListWidget()
        beri_nama(self.dokumenList, "dokumenList", "Daftar berkas persyaratan pegawai terpilih")
        label_dok.setBuddy(self.dokumenList)
        self.centangSemuaButton = QPushButton("Centang &semua berkas pegawai ini")
        beri_nama(self.centangSemuaButton, "centangSemuaButton", "Centang semua berkas")
        self.centangSemuaButton.clicked.connect(lambda _c=False: self.centang_semua())
        kolom_dok.addWidget(label_dok)
        kolom_dok.addWidget(self.dokumenList, 1)
        kolom_dok.addWidget(self.centangSemuaButton)
        self.kurangLabel = QLabel()
        beri_nama(self.kurangLabel, "kurangLabel", "Berkas yang belum ada")
        self.kurangLabel.setWordWrap(True)
        self.kurangLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.kurangLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        berkas.addLayout(kolom_dok, 3)
        berkas.addWidget(self.kurangLabel, 2)
        kr.addWidget(self.anggotaTable, 1)
        kr.addLayout(berkas, 1)
        split.addWidget(kanan)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        lay.addWidget(split, 1)
        self.info = QLabel()
        beri_nama(self.info, "infoLabel", "Keterangan")
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        self.pelari = _Pelari(self, desk, self.info)

        self.baruButton.clicked.connect(lambda _c=False: self.usulan_baru())
        self.semuaCheck.toggled.connect(lambda _b: self.muat())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._tampilkan())
        self.anggotaTable.selectionModel().selectionChanged.connect(lambda *_a: self._isi_dokumen())
        self.dokumenList.itemChanged.connect(self._centang)

    # ---- reading

    def perbarui_izin(self) -> None:
        self._tampilkan()

    def muat(self, pilih: int | None = None) -> None:
        if pilih is None and (u := self.terpilih()) is not None:
            pilih = u.id
        if not self.desk.boleh("usulan_kp.lihat"):
            self.model.set_rows([])
            self._tampilkan()
            return
        try:
            rows = self.desk.usulan_kp.daftar()
        except BawangError as e:
            self.info.setText(str(e))
            return
        if not self.semuaCheck.isChecked():
            rows = [u for u in rows if u.status not in ("batal",) and not u.selesai]
        self.model.set_rows(rows)
        if pilih is not None:
            self.pilih(pilih)
        self._tampilkan()

    def pilih(self, uid: int) -> bool:
        r = self.model.baris_id(uid)
        if r < 0:
            return False
        idx = self.proxy.mapFromSource(self.model.index(r, 0))
        self.table.selectionModel().select(
            idx,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(idx)
        self.table.scrollTo(idx)
        return True

    def terpilih(self) -> Usulan | None:
        rows = _baris_terpilih(self.table, self.proxy)
        return self.model.baris(rows[0]) if rows else None

    def anggota_terpilih(self) -> AnggotaUsulan | None:
        rows = _baris_terpilih(self.anggotaTable, self.anggotaProxy)
        return self.anggotaModel.baris(rows[0]) if rows else None

    def _tampilkan(self) -> None:
        u = self.terpilih()
        pid = a.pegawai_id if (a := self.anggota_terpilih()) else None
        sop = self.desk.usulan_kp.sop()
        berikut = self.LANGKAH_BERIKUT.get(u.status) if u else None
        baris = []
        for lk in sop.langkah:
            dikerjakan = ""
            if u is not None:
                catatan = [x for x in u.langkah if x.langkah == lk.nomor]
                if catatan:
                    x = catatan[-1]
                    dikerjakan = f"{x.waktu:%d-%m-%Y %H:%M} oleh {x.oleh or '-'}"
                    if x.catatan:
                        dikerjakan += f" ({x.catatan})"
            baris.append(
                (
                    str(lk.nomor),
                    lk.uraian,
                    ", ".join(lk.pelaksana),
                    lk.waktu_teks or "-",
                    dikerjakan,
                    lk.nomor == berikut,
                )
            )
        self.langkahModel.set_rows(baris)
        self.langkahTable.resizeRowsToContents()
        if u is None:
            self.judulLabel.setText("Pilih usulan di daftar, atau buat usulan baru.")
            self.anggotaModel.set_rows([])
        else:
            teks = (
                f"<b>Usulan {u.id}: {u.label_jenis}</b> - {u.label_status}<br/>"
                f"Kepada Yth. {u.tujuan}; kode klasifikasi {u.kode_klasifikasi}; "
                f"nomor surat: {u.nomor or 'belum (diberikan pada langkah 5)'}"
            )
            if u.alasan_batal:
                teks += f"<br/>Alasan batal: {u.alasan_batal}"
            self.judulLabel.setText(teks)
            self.anggotaModel.set_rows(u.anggota)
            r = next((i for i, x in enumerate(u.anggota) if x.pegawai_id == pid), 0)
            if u.anggota:
                idx = self.anggotaProxy.mapFromSource(self.anggotaModel.index(r, 0))
                self.anggotaTable.selectionModel().select(
                    idx,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._isi_dokumen()
        self._isi_kurang(u)
        self._tombol(u)

    def _isi_kurang(self, u: Usulan | None) -> None:
        if u is None or u.status not in ("disiapkan", "diberitahu"):
            self.kurangLabel.setText("")
            return
        kurang = u.dokumen_kurang
        if not kurang:
            self.kurangLabel.setText("Semua berkas sudah diterima. Lanjutkan ke langkah 3.")
            return
        self.kurangLabel.setText(
            "Berkas belum lengkap; beritahukan kepada yang bersangkutan:\n"
            + "\n".join(f"- {n}: {'; '.join(items)}" for n, items in kurang.items())
        )

    def _isi_dokumen(self) -> None:
        self._mengisi = True
        try:
            self.dokumenList.clear()
            u, a = self.terpilih(), self.anggota_terpilih()
            boleh = (
                u is not None
                and u.status in ("disiapkan", "diberitahu")
                and self.desk.boleh("usulan_kp.berkas")
            )
            if a is None:
                self.centangSemuaButton.setEnabled(False)
                return
            for d in a.dokumen:
                it = QListWidgetItem(d.item)
                it.setData(_UR, d.urutan)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if boleh:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                it.setFlags(flags)
                it.setCheckState(Qt.CheckState.Checked if d.ada else Qt.CheckState.Unchecked)
                self.dokumenList.addItem(it)
            self.centangSemuaButton.setEnabled(boleh and bool(a.dokumen_kurang))
        finally:
            self._mengisi = False

    def _tombol(self, u: Usulan | None) -> None:
        b = self.desk.boleh
        st = u.status if u else ""
        ada_hasil = bool(u) and any(a.hasil for a in u.anggota)
        self.baruButton.setEnabled(b("usulan_kp.buat"))
        self.beritahuButton.setEnabled(b("usulan_kp.berkas") and st in ("disiapkan", "diberitahu"))
        self.periksaButton.setEnabled(b("usulan_kp.berkas") and st == "diberitahu")
        self.konsepButton.setEnabled(b("usulan_kp.berkas") and st == "berkas_lengkap")
        self.eofficeButton.setEnabled(b("usulan_kp.eoffice") and st == "konsep")
        self.koreksiButton.setEnabled(b("usulan_kp.koreksi") and st in ("bernomor", "perbaikan"))
        self.kirimButton.setEnabled(b("usulan_kp.kirim") and st == "dikoreksi")
        self.arsipButton.setEnabled(b("usulan_kp.arsip") and st == "dikirim")
        self.cetakButton.setEnabled(
            b("usulan_kp.lihat") and bool(u and u.surat_keluar_id) and st != "batal"
        )
        self.hasilButton.setEnabled(
            b("usulan_kp.hasil") and st in ("dikirim", "diarsipkan") and bool(u and not u.selesai)
        )
        self.batalButton.setEnabled(
            b("usulan_kp.batal") and st not in ("", "diarsipkan", "batal") and not ada_hasil
        )

    # ---- steps

    def _langkah(self, judul: str, fn: Callable[[Usulan], Any], pesan: str) -> bool:
        u = self.terpilih()
        if u is None:
            pesan_galat(self, judul, ValidationError("Pilih dulu usulan di daftar."))
            return False
        try:
            fn(u)
        except BawangError as e:
            pesan_galat(self, judul, e)
            self.muat(pilih=u.id)
            return False
        self.muat(pilih=u.id)
        self.info.setText(pesan)
        return True

    def usulan_baru(self, jenis: str = "kgb", terpilih: Sequence[int] = ()) -> Usulan | None:
        dlg = BuatUsulanDialog(self.desk, jenis, terpilih, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat(pilih=dlg.hasil.id)
            self.info.setText(
                f"Usulan {dlg.hasil.id} ({dlg.hasil.label_jenis}) dibuat untuk "
                f"{len(dlg.hasil.anggota)} pegawai. Langkah berikut: beritahu yang bersangkutan."
            )
            return dlg.hasil
        return None

    def _centang(self, it: QListWidgetItem) -> None:
        if self._mengisi:
            return
        u, a = self.terpilih(), self.anggota_terpilih()
        if u is None or a is None:
            return
        ada = it.checkState() == Qt.CheckState.Checked
        try:
            self.desk.usulan_kp.centang(u.id, a.pegawai_id, int(it.data(_UR)), ada)
        except BawangError as e:
            pesan_galat(self, "Centang berkas", e)
        self.muat(pilih=u.id)

    def centang_semua(self) -> None:
        a = self.anggota_terpilih()
        if a is not None:
            self._langkah(
                "Centang berkas",
                lambda u: self.desk.usulan_kp.centang_semua(u.id, a.pegawai_id),
                f"Semua berkas {a.nama} dicentang.",
            )

    def beritahu(self) -> None:
        kurang: dict[str, tuple[str, ...]] = {}

        def fn(u: Usulan) -> None:
            kurang.update(self.desk.usulan_kp.beritahu(u.id))

        if self._langkah("Beritahu yang bersangkutan", fn, ""):
            if kurang:
                self.info.setText(
                    "Pemberitahuan dicatat. Yang masih harus mengumpulkan berkas: "
                    + "; ".join(f"{n} ({len(v)} berkas)" for n, v in kurang.items())
                )
            else:
                self.info.setText("Pemberitahuan dicatat; semua berkas sudah ada.")

    def periksa(self) -> None:
        self._langkah(
            "Periksa berkas",
            lambda u: self.desk.usulan_kp.periksa_berkas(u.id),
            "Berkas lengkap (langkah 3). Langkah berikut: konsep surat pengantar.",
        )

    def konsep(self) -> None:
        self._langkah(
            "Konsep surat",
            lambda u: self.desk.usulan_kp.buat_konsep(u.id),
            "Konsep surat pengantar dibuat di Surat Keluar (langkah 4); dapat dicetak sebagai "
            "KONSEP. Langkah berikut: kirim lewat E-Office.",
        )

    def eoffice(self) -> None:
        hasil: list[Usulan] = []
        if self._langkah(
            "Kirim lewat E-Office",
            lambda u: hasil.append(self.desk.usulan_kp.kirim_eoffice(u.id)),
            "",
        ):
            self.info.setText(
                f"Nomor surat {hasil[0].nomor} diberikan (langkah 5). Cetak surat pengantar "
                "untuk dikoreksi Camat."
            )

    def koreksi(self, *, setuju: bool | None = None, catatan: str = "") -> None:
        if setuju is None:
            dlg = KoreksiDialog(self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            setuju, catatan = dlg.setujuRadio.isChecked(), dlg.catatanEdit.text()
        self._langkah(
            "Koreksi Camat",
            lambda u: self.desk.usulan_kp.koreksi(u.id, setuju=bool(setuju), catatan=catatan),
            "Surat disetujui dan ditandatangani (langkah 6)."
            if setuju
            else "Surat dikembalikan untuk diperbaiki; nomor tetap.",
        )

    def kirim(self, *, cara: str | None = None, tanggal: date | None = None) -> None:
        if cara is None:
            dlg = KirimBkdDialog(self.desk, self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            cara, tanggal = dlg.caraCombo.currentText(), dlg.tanggalEdit.date().toPython()
        self._langkah(
            "Kirim ke BKD",
            lambda u: self.desk.usulan_kp.kirim_bkd(u.id, cara=str(cara), tanggal=tanggal),
            f"Surat dan berkas dikirim ke BKD ({cara}, langkah 7).",
        )

    def arsipkan(self) -> None:
        self._langkah(
            "Arsip",
            lambda u: self.desk.usulan_kp.arsipkan(u.id),
            "Surat dan berkas diarsipkan (langkah 8). Catat hasilnya saat SK diterima.",
        )

    def catat_hasil(self) -> None:
        u = self.terpilih()
        if u is None:
            return
        a = self.anggota_terpilih()
        dlg = HasilDialog(self.desk, u, a.pegawai_id if a and not a.hasil else None, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat(pilih=u.id)
            self.info.setText("Hasil dicatat; data pegawai dan jatuh tempo berikutnya diperbarui.")

    def batalkan(self) -> None:
        u = self.terpilih()
        if u is None:
            return
        alasan, ok = QInputDialog.getText(
            self, "Batalkan usulan", f"Usulan {u.id} dibatalkan. Tulis alasannya:"
        )
        if not ok:
            return
        if u.nomor and not konfirmasi(
            self,
            "Batalkan usulan",
            f"Nomor {u.nomor} akan tercatat BATAL di buku surat keluar dan tidak dipakai lagi.",
            "Batalkan",
        ):
            return
        self._langkah(
            "Batalkan usulan",
            lambda x: self.desk.usulan_kp.batalkan(x.id, alasan),
            f"Usulan {u.id} dibatalkan.",
        )

    def cetak(self) -> None:
        u = self.terpilih()
        if u is None:
            return
        uid = u.id

        def job(d: Desk, _progress) -> Path:
            from bawang_desk.documents.kepegawaian import cetak_pengantar_usulan

            return cetak_pengantar_usulan(d, uid)

        self.hasil = None
        judul = f"Surat Pengantar Usulan {uid}"
        self.pelari.jalankan("Menyusun surat pengantar", job, lambda p: _pratinjau(self, p, judul))


class RegisterPage(QWidget):
    """The Buku Register KP/KGB: searched as you type, printed or exported for a period."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.hasil: Path | None = None
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        hari_ini = desk.sekarang().date()
        self.cariEdit = QLineEdit()
        beri_nama(self.cariEdit, "cariRegisterEdit", "Cari nama, NIP atau nomor surat")
        self.cariEdit.setPlaceholderText("Cari nama, NIP atau nomor surat...")
        self.cariEdit.setClearButtonEnabled(True)
        label = QLabel("&Cari:")
        label.setBuddy(self.cariEdit)
        self.dariEdit = _tanggal_edit(
            "dariRegisterEdit", "Usulan dari tanggal", date(hari_ini.year, 1, 1)
        )
        self.sampaiEdit = _tanggal_edit("sampaiRegisterEdit", "Usulan sampai tanggal", hari_ini)
        self.cetakButton = QPushButton("C&etak...")
        beri_nama(self.cetakButton, "cetakRegisterButton", "Cetak Register KP/KGB")
        self.eksporButton = QPushButton("Ekspor &XLSX...")
        beri_nama(self.eksporButton, "eksporRegisterButton", "Ekspor Register KP/KGB")
        l1, l2 = QLabel("&Dari:"), QLabel("&Sampai:")
        l1.setBuddy(self.dariEdit)
        l2.setBuddy(self.sampaiEdit)
        for w in (label, self.cariEdit, l1, self.dariEdit, l2, self.sampaiEdit):
            bar.addWidget(w, 1 if w is self.cariEdit else 0)
        bar.addWidget(self.cetakButton)
        bar.addWidget(self.eksporButton)
        lay.addLayout(bar)
        self.model = RegisterKPModel(self)
        self.table, self.proxy = _tabel("registerKpTable", "Register KP/KGB", self.model, self)
        for c, w in ((0, 55), (1, 200), (2, 150), (3, 150), (4, 150), (5, 150), (6, 85), (7, 170)):
            self.table.setColumnWidth(c, w)
        lay.addWidget(self.table, 1)
        self.info = QLabel()
        beri_nama(self.info, "infoLabel", "Keterangan")
        lay.addWidget(self.info)
        self.pelari = _Pelari(self, desk, self.info)
        self._tunda = QTimer(self)
        self._tunda.setSingleShot(True)
        self._tunda.setInterval(120)
        self._tunda.timeout.connect(self.muat)
        self.cariEdit.textChanged.connect(lambda _t: self._tunda.start())
        self.dariEdit.dateChanged.connect(lambda _d: self.muat())
        self.sampaiEdit.dateChanged.connect(lambda _d: self.muat())
        self.cetakButton.clicked.connect(lambda _c=False: self.cetak())
        self.eksporButton.clicked.connect(lambda _c=False: self.ekspor())

    def perbarui_izin(self) -> None:
        boleh = self.desk.boleh("usulan_kp.lihat")
        self.cetakButton.setEnabled(boleh)
        self.eksporButton.setEnabled(boleh)

    def periode(self) -> tuple[date, date]:
        return self.dariEdit.date().toPython(), self.sampaiEdit.date().toPython()

    def muat(self) -> None:
        self._tunda.stop()
        if not self.desk.boleh("usulan_kp.lihat"):
            self.model.set_rows([])
            return
        dari, sampai = self.periode()
        try:
            rows = self.desk.usulan_kp.register(dari, sampai, self.cariEdit.text())
        except BawangError as e:
            self.info.setText(str(e))
            return
        self.model.set_rows(rows)
        self.info.setText(f"{len(rows)} baris register ditampilkan.")

    def cetak(self) -> None:
        dari, sampai = self.periode()
        teks = self.cariEdit.text()

        def job(d: Desk, progress) -> Path:
            from bawang_desk.documents.kepegawaian import cetak_register_kp

            return cetak_register_kp(d, dari, sampai, teks, progress=progress)

        self.hasil = None
        self.pelari.jalankan(
            "Menyusun Register KP/KGB", job, lambda p: _pratinjau(self, p, "Register KP/KGB")
        )

    def ekspor(self, target: Path | None = None) -> None:
        dari, sampai = self.periode()
        teks = self.cariEdit.text()
        if target is None:
            nama, _ = QFileDialog.getSaveFileName(
                self,
                "Simpan sebagai",
                f"register-kp-kgb-{dari:%Y%m%d}-{sampai:%Y%m%d}.xlsx",
                "Lembar kerja (*.xlsx)",
            )
            if not nama:
                return
            target = Path(nama)
        tujuan = target

        def job(d: Desk, _progress) -> Path:
            from bawang_desk.documents.kepegawaian import ekspor_register_kp

            return ekspor_register_kp(d, tujuan, dari, sampai, teks)

        self.hasil = None
        self.pelari.jalankan(
            "Mengekspor Register KP/KGB", job, lambda p: _pratinjau(self, p, "Ekspor")
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
        lihat = self.desk.boleh("pegawai.lihat")
        for i in (0, 1, 2):
            self.subTabs.setTabEnabled(i, lihat)
        self.subTabs.setTabEnabled(3, self.desk.boleh("usulan_kp.lihat"))
        self.subTabs.setTabEnabled(4, self.desk.boleh("usulan_kp.lihat"))
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
