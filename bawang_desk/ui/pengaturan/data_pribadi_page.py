"""Settings page of personal data (UU 27/2022): the retention period and the purge of closed applications."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.ui.pengaturan.widgets import (
    DataPribadiWidget,
)
from bawang_desk.ui.umum import (
    beri_nama,
    konfirmasi,
    pesan_galat,
)


class DataPribadiPage(QWidget):
    """Retention period (saved with the dialog) and "Hapus data pribadi kedaluwarsa..."
    (Admin or Sekcam: ``data_pribadi.hapus``), which says how many applications it will purge,
    asks, then reports the result. The purge uses the saved period, not an unsaved one."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        lay = QVBoxLayout(self)
        self.form = DataPribadiWidget()
        self.form.muat(desk.pengaturan.data_pribadi())
        lay.addWidget(self.form)
        self.hapusButton = QPushButton("&Hapus data pribadi kedaluwarsa...")
        beri_nama(self.hapusButton, "hapusDataPribadiButton", "Hapus data pribadi kedaluwarsa")
        self.hapusButton.clicked.connect(self.hapus)
        lay.addWidget(self.hapusButton, 0, Qt.AlignmentFlag.AlignLeft)
        self.hasilLabel = QLabel()
        beri_nama(self.hasilLabel, "hasilHapusLabel", "Hasil penghapusan data pribadi")
        self.hasilLabel.setWordWrap(True)
        lay.addWidget(self.hasilLabel)
        lay.addStretch(1)
        boleh = desk.boleh("data_pribadi.hapus")
        self.hapusButton.setEnabled(boleh)
        if not boleh:
            self.hapusButton.setToolTip(
                "Hanya Admin atau Sekretaris Kecamatan yang dapat menghapus data pribadi."
            )

    def hapus(self) -> None:
        from bawang_desk.core import data_pribadi as dp
        from bawang_desk.core.teks import tanggal_panjang

        judul = "Hapus data pribadi kedaluwarsa"
        tersimpan = self.desk.pengaturan.data_pribadi().retensi_bulan
        if self.form.nilai().retensi_bulan != tersimpan:
            QMessageBox.information(
                self, judul, "Simpan dulu masa simpan yang baru, lalu buka lagi pengaturan."
            )
            return
        if tersimpan <= 0:
            QMessageBox.information(
                self,
                judul,
                "Masa simpan data pribadi belum diatur (0 = tidak pernah dihapus), jadi tidak "
                "ada yang dihapus.",
            )
            return
        try:
            n = dp.calon_hapus(self.desk)
        except BawangError as e:
            pesan_galat(self, judul, e)
            return
        batas = dp.batas_retensi(self.desk.sekarang(), tersimpan)
        n_pdf = len(dp.berkas_cetak_lama(self.desk, batas))
        if n == 0 and n_pdf == 0:
            self.hasilLabel.setText(
                f"Tidak ada permohonan yang ditutup sebelum {tanggal_panjang(batas)}: "
                "tidak ada data pribadi yang perlu dihapus."
            )
            QMessageBox.information(self, judul, self.hasilLabel.text())
            return
        if not konfirmasi(
            self,
            judul,
            f"Hapus data pribadi {n} permohonan yang selesai atau batal sebelum "
            f"{tanggal_panjang(batas)} (masa simpan {tersimpan} bulan)"
            + (f", dan {n_pdf} berkas PDF cetakan di folder cetak yang lebih lama" if n_pdf else "")
            + "?\n\n"
            "NIK, nama, alamat dan rincian pribadi pemohon dihapus untuk selamanya dan tidak "
            "dapat dikembalikan (kecuali dari cadangan lama). Nomor dan baris register tetap "
            "ada, dan penghapusan ini dicatat di audit.",
            "Hapus",
        ):
            return
        try:
            hasil = dp.hapus_data_pribadi(self.desk, konfirmasi=True)
        except BawangError as e:
            pesan_galat(self, judul, e)
            return
        teks = (
            f"Data pribadi {hasil.jumlah} permohonan sudah dihapus (ditutup sebelum "
            f"{tanggal_panjang(hasil.batas)})."
        )
        if hasil.berkas:
            teks += f" {hasil.berkas} berkas PDF cetakan lama juga dihapus."
        if hasil.gagal:
            teks += (
                f" {len(hasil.gagal)} berkas PDF tidak dapat dihapus ({hasil.gagal[0]}); "
                "tutup program yang membukanya, lalu ulangi."
            )
        self.hasilLabel.setText(teks)
        QMessageBox.information(self, judul, self.hasilLabel.text())
