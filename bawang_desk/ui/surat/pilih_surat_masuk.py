"""Picks the surat masuk a surat keluar replies to, searched as you type."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.surat_masuk import FilterSurat
from bawang_desk.core.teks import tanggal_pendek
from bawang_desk.ui.surat.umum import kotak_tombol, label_surat_masuk
from bawang_desk.ui.umum import (
    beri_nama,
)
from bawang_desk.ui.umum.alasan import pasang_keyboard


class PilihSuratMasukDialog(QDialog):
    """Search the Buku Agenda Surat Masuk for the letter being answered (type, arrow, Enter)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pasang_keyboard(self)
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
        self.buttonBox = kotak_tombol(
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
            it = QListWidgetItem(f"{tgl}  {label_surat_masuk(b)}")
            it.setData(Qt.ItemDataRole.UserRole, (b.id, label_surat_masuk(b), b.pengirim))
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
