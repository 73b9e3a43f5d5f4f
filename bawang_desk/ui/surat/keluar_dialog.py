""" "Konsep surat keluar" (SOP 002): the draft's addressee, subject, body, classification and reply-to."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QWidget,
)

from bawang_desk.core import klasifikasi
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError, ValidationError
from bawang_desk.core.migrations import POLA_BAKU
from bawang_desk.core.penomoran import (
    Register,
    kode_register_surat_keluar,
    validasi_kode_klasifikasi,
)
from bawang_desk.core.surat_keluar import (
    SuratKeluar,
    SuratKeluarBaru,
)
from bawang_desk.core.teks import tanggal_pendek
from bawang_desk.ui.forms.ui_surat_keluar_dialog import Ui_SuratKeluarDialog
from bawang_desk.ui.surat.pilih_surat_masuk import PilihSuratMasukDialog
from bawang_desk.ui.surat.umum import (
    GAYA_CATATAN,
    KODE_UMUM,
    label_surat_masuk,
    pasang_pencari_kode,
    pasang_sifat_keamanan,
    pilih_sifat,
)
from bawang_desk.ui.umum import (
    bersihkan_galat,
    tampilkan_galat,
)


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
                u.kodeCombo.count() - 1, klasifikasi.label(k), Qt.ItemDataRole.ToolTipRole
            )
        pasang_pencari_kode(u.kodeCombo)
        u.kodeCombo.setCurrentIndex(-1)
        u.kodeCombo.lineEdit().setPlaceholderText("pilih atau ketik kodenya")
        u.kodeCombo.currentTextChanged.connect(self._kode_berubah)
        self.keamananCombo = pasang_sifat_keamanan(
            self, u.formLayout, u.sifatComboLabel, u.sifatCombo, u.lampiranEdit
        )
        today = desk.sekarang().date()
        # a number comes from this year's book, dated today or before (core.penomoran)
        u.tanggalEdit.setRentang(
            today.replace(month=1, day=1),
            today,
            "Nomor diambil dari buku tahun ini dan bertanggal paling lambat hari ini.",
        )
        u.tanggalEdit.setTanggal(today)
        u.tanggalEdit.tanggalBerubah.connect(self._contoh)
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
            pilih_sifat(u.sifatCombo, self.keamananCombo, surat.sifat, surat.rahasia)
            u.lampiranEdit.setText(surat.lampiran)
            u.isiEdit.setPlainText(surat.isi)
            if surat.balasan_untuk:
                try:
                    sm = desk.surat_masuk.get(surat.balasan_untuk)
                    self.set_balasan(sm.id, label_surat_masuk(sm))
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
            "rahasia": self.keamananCombo,
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
            sifat=u.sifatCombo.currentData(),
            lampiran=u.lampiranEdit.text(),
            isi=u.isiEdit.toPlainText(),
            balasan_untuk=self.balasan_untuk,
            rahasia=bool(self.keamananCombo.currentData()),
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
            klasifikasi.judul(kode) or ("tidak ada dalam Permendagri 83/2022" if kode else "")
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
        tgl = self.ui.tanggalEdit.tanggal()
        if tgl is None:
            self.ui.contohLabel.setText("- (tulis tanggal surat)")
            return
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
        for w in (u.kodeCombo, u.sifatCombo, self.keamananCombo, u.tanggalEdit):
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
                    tanggal=u.tanggalEdit.periksa("tanggal"),
                    sifat=d.sifat,
                    lampiran=d.lampiran,
                    rahasia=d.rahasia,
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
