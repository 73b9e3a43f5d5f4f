"""Typing in paper questionnaires fast: one digit per unsur, four digits of profile, Enter.

For offices that also survey outside the counter. The clerk keeps the left hand on the number
row: ``434433432`` for U1..U9 (0 or a space for an answer left blank), ``2335`` for jenis
kelamin, usia, pendidikan and pekerjaan (0 = not filled in), an optional saran, Enter. The
form clears for the next sheet; "Batalkan lembar terakhir" (F9) takes the last one back
(not Ctrl+Z: the text fields keep that for undoing their own typing).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError, ValidationError
from bawang_desk.core.layanan import LAYANAN
from bawang_desk.core.skm import EntriKertas, Jawaban
from bawang_desk.core.teks import BULAN
from bawang_desk.ui.umum import (
    beri_nama,
    bersihkan_galat,
    label_galat,
    tampilkan_galat,
    tombol,
)
from bawang_desk.ui.umum.alasan import jaga_isian, pasang_keyboard


class KertasDialog(QDialog):
    """One paper questionnaire after another, each saved on Enter."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        jaga_isian(self)
        pasang_keyboard(self)
        self.desk = desk
        self.kuesioner = desk.skm.kuesioner()
        self.entri: list[EntriKertas] = []
        beri_nama(self, "kertasDialog", "Kuesioner kertas")
        self.setWindowTitle("Survei kepuasan: kuesioner kertas")
        self.resize(760, 470)
        lay = QVBoxLayout(self)
        petunjuk = QLabel(
            "Ketik satu angka per unsur (1-4, 0 bila kosong) lalu empat angka profil, "
            "tekan Enter untuk menyimpan lembar dan lanjut ke lembar berikutnya."
        )
        petunjuk.setWordWrap(True)
        lay.addWidget(petunjuk)
        form = QFormLayout()
        self.layananCombo = QComboBox()
        beri_nama(self.layananCombo, "layananCombo", "Jenis layanan")
        for kode, info in LAYANAN.items():
            self.layananCombo.addItem(info.nama, kode)
        form.addRow("La&yanan:", self.layananCombo)
        self.bulanCombo = QComboBox()
        beri_nama(self.bulanCombo, "bulanCombo", "Bulan pengisian")
        hari_ini = desk.sekarang().date()
        for i in range(13):  # this month and the twelve before
            m = hari_ini.month - i
            t = hari_ini.year + (m - 1) // 12
            m = (m - 1) % 12 + 1
            self.bulanCombo.addItem(f"{BULAN[m - 1]} {t}", date(t, m, 1))
        form.addRow("&Bulan pengisian:", self.bulanCombo)
        self.nilaiEdit = QLineEdit()
        beri_nama(self.nilaiEdit, "nilaiEdit", "Jawaban U1 sampai U9, satu angka per unsur")
        self.nilaiEdit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-4 ]{0,9}"), self.nilaiEdit)
        )
        self.nilaiEdit.setMaxLength(9)
        self.nilaiEdit.setPlaceholderText("contoh 434433432")
        form.addRow("&Jawaban U1-U9:", self.nilaiEdit)
        self.nilaiLabel = QLabel()
        beri_nama(self.nilaiLabel, "nilaiLabel", "Arti jawaban")
        self.nilaiLabel.setWordWrap(True)
        form.addRow("", self.nilaiLabel)
        urut = ", ".join(a.label.lower() for a in self.kuesioner.profil)
        self.profilEdit = QLineEdit()
        beri_nama(self.profilEdit, "profilEdit", f"Profil: {urut}")
        self.profilEdit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9]{0,4}"), self.profilEdit)
        )
        self.profilEdit.setMaxLength(4)
        self.profilEdit.setPlaceholderText("contoh 2335")
        form.addRow("&Profil:", self.profilEdit)
        self.profilLabel = QLabel()
        beri_nama(self.profilLabel, "profilLabel", "Arti profil")
        self.profilLabel.setWordWrap(True)
        form.addRow("", self.profilLabel)
        self.saranEdit = QLineEdit()
        beri_nama(self.saranEdit, "saranEdit", "Saran (boleh kosong)")
        self.saranEdit.setMaxLength(1000)
        form.addRow("&Saran:", self.saranEdit)
        lay.addLayout(form)
        self.galatLabel = label_galat()
        lay.addWidget(self.galatLabel)
        self.statusLabel = QLabel("Belum ada lembar yang diketik.")
        beri_nama(self.statusLabel, "statusLabel", "Lembar tersimpan")
        lay.addWidget(self.statusLabel)
        lay.addStretch(1)
        bawah = QHBoxLayout()
        self.batalkanButton = tombol(
            "Batalkan lembar &terakhir (F9)",
            "batalkanLembarButton",
            "F9",
            "Batalkan lembar terakhir",
        )
        self.simpanButton = tombol("Simpan lembar (Ent&er)", "simpanLembarButton")
        self.selesaiButton = tombol("Se&lesai", "selesaiButton")
        self.selesaiButton.setAutoDefault(False)
        self.batalkanButton.setAutoDefault(False)
        self.simpanButton.setDefault(True)
        bawah.addWidget(self.batalkanButton)
        bawah.addStretch(1)
        bawah.addWidget(self.simpanButton)
        bawah.addWidget(self.selesaiButton)
        lay.addLayout(bawah)
        self.nilaiEdit.textChanged.connect(self._arti)
        self.profilEdit.textChanged.connect(self._arti)
        self.simpanButton.clicked.connect(self.simpan)
        self.batalkanButton.clicked.connect(self.batalkan_terakhir)
        self.selesaiButton.clicked.connect(self.accept)
        self.batalkanButton.setEnabled(False)
        self._widgets = {
            **{u.kode: self.nilaiEdit for u in self.kuesioner.unsur},
            "nilai": self.nilaiEdit,
            "bulan": self.bulanCombo,
            "saran": self.saranEdit,
            **{a.atribut: self.profilEdit for a in self.kuesioner.profil},
        }
        self._arti()
        self.nilaiEdit.setFocus()

    # ------------------------------------------------------------------ reading the digits

    def _nilai(self) -> tuple[int | None, ...]:
        teks = self.nilaiEdit.text().ljust(9)
        return tuple(int(c) if c in "1234" else None for c in teks[:9])

    def _profil(self) -> dict[str, str | None]:
        teks = self.profilEdit.text().ljust(4, "0")
        hasil: dict[str, str | None] = {}
        for a, c in zip(self.kuesioner.profil, teks, strict=False):
            n = int(c) if c.isdigit() else 0
            if n > len(a.pilihan):
                raise ValidationError(
                    f"{a.label}: angka 1 sampai {len(a.pilihan)} (0 bila kosong).", a.atribut
                )
            hasil[a.atribut] = a.pilihan[n - 1] if n else None
        return hasil

    def _arti(self) -> None:
        bagian = []
        for u, v in zip(self.kuesioner.unsur, self._nilai(), strict=True):
            bagian.append(f"{u.kode} {u.pilihan[v - 1] if v else '(kosong)'}")
        self.nilaiLabel.setText(" \u00b7 ".join(bagian))
        try:
            p = self._profil()
            self.profilLabel.setText(
                " \u00b7 ".join(
                    f"{a.label}: {p[a.atribut] or '(kosong)'}" for a in self.kuesioner.profil
                )
            )
        except ValidationError as e:
            self.profilLabel.setText(str(e))

    # ------------------------------------------------------------------ saving

    def simpan(self) -> EntriKertas | None:
        bersihkan_galat(self.galatLabel, self._widgets)
        try:
            if len(self.nilaiEdit.text()) != 9:
                raise ValidationError(
                    f"Ketik 9 angka, satu per unsur (sekarang {len(self.nilaiEdit.text())}); "
                    "0 untuk jawaban yang kosong.",
                    "nilai",
                )
            e = self.desk.skm.simpan_kertas(
                self.layananCombo.currentData(),
                self.bulanCombo.currentData(),
                Jawaban(self._nilai(), self._profil(), self.saranEdit.text()),
            )
        except BawangError as exc:
            tampilkan_galat(self.galatLabel, exc, self._widgets)
            return None
        self.entri.append(e)
        self.batalkanButton.setEnabled(True)
        self.statusLabel.setText(
            f"Lembar ke-{len(self.entri)} tersimpan ({self.layananCombo.currentText()}, "
            f"{self.bulanCombo.currentText()})."
        )
        for w in (self.nilaiEdit, self.profilEdit, self.saranEdit):
            w.clear()
        self.nilaiEdit.setFocus()
        return e

    def batalkan_terakhir(self) -> None:
        if not self.entri:
            return
        try:
            self.desk.skm.batalkan_kertas(self.entri[-1])
        except BawangError as exc:
            tampilkan_galat(self.galatLabel, exc)
            return
        self.entri.pop()
        self.batalkanButton.setEnabled(bool(self.entri))
        self.statusLabel.setText(
            f"Lembar terakhir dibatalkan; {len(self.entri)} lembar tersimpan pada sesi ini."
        )
        self.nilaiEdit.setFocus()
