"""SOP 001 steps 3 and 5: the Camat's disposition to one or more posts, and the distribution with receipts."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.surat_masuk import (
    SuratMasuk,
)
from bawang_desk.ui.umum import (
    beri_nama,
    bersihkan_galat,
    tampilkan_galat,
)


class DisposisiDialog(QDialog):
    """The Camat's disposition: recipients and instructions as tick boxes, note and deadline."""

    def __init__(self, desk: Desk, surat: SuratMasuk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.surat = desk, surat
        from bawang_desk.ui.forms.ui_disposisi_dialog import Ui_DisposisiDialog

        self.ui = Ui_DisposisiDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText("&Simpan disposisi")
        tanda = " <b style='color:#7a0000'>SANGAT SEGERA</b>" if surat.urgen else ""
        self.ui.suratLabel.setText(
            f"Agenda <b>{surat.nomor_agenda}/{surat.tahun}</b>{tanda} dari "
            f"<b>{escape(surat.pengirim)}</b><br>Hal: {escape(surat.hal)}"
        )
        self.tujuan: dict[str, QCheckBox] = {}
        for kode, label in desk.surat_masuk.pilihan_tujuan():
            cb = QCheckBox(label)
            beri_nama(cb, f"tujuan_{kode}", f"Diteruskan kepada {label}")
            self.ui.tujuanGroup.layout().addWidget(cb)
            self.tujuan[kode] = cb
        self.instruksi: dict[str, QCheckBox] = {}
        for teks in desk.surat_masuk.pilihan_instruksi():
            cb = QCheckBox(teks)
            beri_nama(cb, f"instruksi_{len(self.instruksi)}", teks)
            self.ui.instruksiGroup.layout().addWidget(cb)
            self.instruksi[teks] = cb
        today = desk.sekarang().date()
        self.ui.batasWaktuEdit.setBolehKosong(True)
        self.ui.batasWaktuEdit.setRentang(
            today, None, "Batas waktu tidak boleh sebelum hari ini; kosongkan bila tidak ada."
        )
        # the Camat writes on the Lembar Disposisi in his room; the staff record it from the
        # paper with his name and time (issue 14); the Camat at the PC needs no such fields
        self.isian = None
        if not desk.boleh("surat_masuk.disposisi"):
            from bawang_desk.ui.umum.atas_nama import IsianPejabat

            self.setWindowTitle("Catat disposisi Camat dari Lembar Disposisi")
            self.isian = IsianPejabat(desk, "surat_masuk", ("camat", "plh"), parent=self)
            self.ui.verticalLayout.insertWidget(1, self.isian)
        bersihkan_galat(self.ui.errorLabel)
        next(iter(self.tujuan.values())).setFocus()

    def accept(self) -> None:
        w = {
            "kepada": self.ui.tujuanGroup,
            "instruksi": self.ui.instruksiGroup,
            "batas_waktu": self.ui.batasWaktuEdit,
        }
        if self.isian is not None:
            w.update(self.isian.widgets)
        bersihkan_galat(self.ui.errorLabel, w)
        try:
            self.desk.surat_masuk.disposisi(
                self.surat.id,
                kepada=[k for k, cb in self.tujuan.items() if cb.isChecked()],
                instruksi=[t for t, cb in self.instruksi.items() if cb.isChecked()],
                catatan=self.ui.catatanEdit.toPlainText(),
                batas_waktu=self.ui.batasWaktuEdit.periksa("batas_waktu"),
                atas_nama=self.isian.atas_nama() if self.isian is not None else None,
            )
        except BawangError as e:
            tampilkan_galat(self.ui.errorLabel, e, w)
            return
        super().accept()


class DistribusiDialog(QDialog):
    """SOP step 5: one line per recipient with the name of whoever received the letter."""

    def __init__(self, desk: Desk, surat: SuratMasuk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.surat = desk, surat
        beri_nama(self, "distribusiDialog", "Distribusi surat")
        self.setWindowTitle(f"Distribusi - agenda {surat.nomor_agenda}/{surat.tahun}")
        self.resize(560, 320)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("Tulis kepada siapa surat diserahkan dan nama yang menerimanya."))
        self.table = QTableWidget(0, 2)
        beri_nama(self.table, "distribusiTable", "Tujuan distribusi")
        self.table.setHorizontalHeaderLabels(["Kepada", "Diterima oleh"])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        tujuan = [
            desk.surat_masuk.label_tujuan(k)
            for k in (surat.disposisi.kepada if surat.disposisi else ())
        ] or [""]
        for t in tujuan:
            self.tambah_baris(t)
        lay.addWidget(self.table)
        tambah = QPushButton("&Tambah baris")
        beri_nama(tambah, "tambahBarisButton", "Tambah baris distribusi")
        tambah.clicked.connect(lambda: self.tambah_baris(""))
        lay.addWidget(tambah, 0, Qt.AlignmentFlag.AlignLeft)
        self.errorLabel = QLabel()
        self.errorLabel.setStyleSheet("color: #a40000; font-weight: bold;")
        self.errorLabel.setWordWrap(True)
        lay.addWidget(self.errorLabel)
        bb = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)
        self.table.setCurrentCell(0, 1)

    def tambah_baris(self, kepada: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(kepada))
        self.table.setItem(r, 1, QTableWidgetItem(""))

    def isi(self, baris: int, kepada: str | None, penerima: str) -> None:
        if kepada is not None:
            self.table.item(baris, 0).setText(kepada)
        self.table.item(baris, 1).setText(penerima)

    def accept(self) -> None:
        baris = [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]
        try:
            self.desk.surat_masuk.distribusikan(self.surat.id, baris)
        except BawangError as e:
            tampilkan_galat(self.errorLabel, e)
            return
        super().accept()
