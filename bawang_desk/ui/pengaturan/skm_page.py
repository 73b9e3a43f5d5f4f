"""Settings page of the Survei Kepuasan Masyarakat: offered after each service or not, for which
services, and the office's wording of each question and its four answers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.layanan import LAYANAN
from bawang_desk.core.pengaturan import LAYANAN_SKM, PengaturanSKM
from bawang_desk.core.skm import muat_kuesioner
from bawang_desk.ui.umum import beri_nama, tombol


class SKMPage(QWidget):
    """Saved with the settings dialog; the wording of every unsur is edited one at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bawaan = {u.kode: u for u in muat_kuesioner().unsur}
        self._kalimat: dict[str, tuple[str, list[str]]] = {}
        self._aktif: str | None = None
        lay = QVBoxLayout(self)
        self.ditawarkanCheck = QCheckBox(
            "Ta&warkan survei kepuasan kepada pemohon setelah berkas diserahkan"
        )
        beri_nama(self.ditawarkanCheck, "ditawarkanCheck", "Tawarkan survei setelah diserahkan")
        lay.addWidget(self.ditawarkanCheck)
        grup = QGroupBox("Untuk layanan")
        beri_nama(grup, "layananSkmGroup", "Layanan yang disurvei")
        g = QGridLayout(grup)
        self.layananCheck: dict[str, QCheckBox] = {}
        for i, kode in enumerate(LAYANAN_SKM):
            c = QCheckBox(LAYANAN[kode].nama)
            beri_nama(c, f"skm_{kode.replace('-', '_')}Check", LAYANAN[kode].nama)
            g.addWidget(c, i // 3, i % 3)
            self.layananCheck[kode] = c
        lay.addWidget(grup)

        kal = QGroupBox("Kalimat pertanyaan (dalam batas PermenPANRB 14/2017)")
        beri_nama(kal, "kalimatGroup", "Kalimat pertanyaan")
        f = QFormLayout(kal)
        self.unsurCombo = QComboBox()
        beri_nama(self.unsurCombo, "unsurCombo", "Unsur")
        for u in self._bawaan.values():
            self.unsurCombo.addItem(f"{u.kode} {u.nama}", u.kode)
        f.addRow("&Unsur:", self.unsurCombo)
        self.pertanyaanEdit = QLineEdit()
        beri_nama(self.pertanyaanEdit, "pertanyaanEdit", "Pertanyaan")
        f.addRow("Pe&rtanyaan:", self.pertanyaanEdit)
        self.pilihanEdit: list[QLineEdit] = []
        for n in range(1, 5):
            e = QLineEdit()
            beri_nama(e, f"pilihan{n}Edit", f"Jawaban bernilai {n}")
            e.setMaxLength(40)
            f.addRow(f"Jawaban nilai &{n}:", e)
            self.pilihanEdit.append(e)
        self.bawaanButton = tombol("Kembalikan ke kalimat &peraturan", "kalimatBawaanButton")
        self.bawaanButton.clicked.connect(self._kembalikan)
        f.addRow("", self.bawaanButton)
        lay.addWidget(kal)
        ket = QLabel(
            "Nilai 1 jawaban terburuk sampai 4 terbaik. Nama unsur, urutan dan skala tidak dapat "
            "diubah; jawaban disimpan tanpa nama atau NIK pemohon."
        )
        ket.setWordWrap(True)
        lay.addWidget(ket)
        lay.addStretch(1)
        self.unsurCombo.currentIndexChanged.connect(self._pindah_unsur)

    def _simpan_aktif(self) -> None:
        if self._aktif is not None:
            self._kalimat[self._aktif] = (
                self.pertanyaanEdit.text(),
                [e.text() for e in self.pilihanEdit],
            )

    def _tampilkan(self, kode: str) -> None:
        tanya, pilihan = self._kalimat.get(
            kode, (self._bawaan[kode].pertanyaan, list(self._bawaan[kode].pilihan))
        )
        self.pertanyaanEdit.setText(tanya)
        for e, t in zip(self.pilihanEdit, pilihan, strict=True):
            e.setText(t)
        self._aktif = kode

    def _pindah_unsur(self) -> None:
        self._simpan_aktif()
        self._tampilkan(self.unsurCombo.currentData())

    def _kembalikan(self) -> None:
        kode = self.unsurCombo.currentData()
        self._kalimat.pop(kode, None)
        self._aktif = None
        self._tampilkan(kode)

    def muat(self, s: PengaturanSKM) -> None:
        self.ditawarkanCheck.setChecked(s.ditawarkan)
        for kode, c in self.layananCheck.items():
            c.setChecked(kode in s.layanan)
        self._kalimat = {
            k: (v["pertanyaan"], list(v["pilihan"])) for k, v in (s.kalimat or {}).items()
        }
        self._aktif = None
        self._tampilkan(self.unsurCombo.currentData())

    def nilai(self) -> PengaturanSKM:
        self._simpan_aktif()
        kalimat = {}
        for kode, (tanya, pilihan) in self._kalimat.items():
            u = self._bawaan[kode]
            if (
                " ".join(tanya.split()) != u.pertanyaan
                or tuple(" ".join(p.split()) for p in pilihan) != u.pilihan
            ):
                kalimat[kode] = {"pertanyaan": tanya, "pilihan": pilihan}
        return PengaturanSKM(
            self.ditawarkanCheck.isChecked(),
            tuple(k for k, c in self.layananCheck.items() if c.isChecked()),
            kalimat,
        )

    def widgets(self) -> dict[str, QWidget]:
        """Field names of the core's errors (``U3.pertanyaan``) to the widget that shows them."""
        w: dict[str, QWidget] = {"layanan": self.layananCheck[LAYANAN_SKM[0]]}
        for kode in self._bawaan:
            w[f"{kode}.pertanyaan"] = self.pertanyaanEdit
            w[f"{kode}.pilihan"] = self.pilihanEdit[0]
        return w

    def pilih_unsur(self, kode: str) -> None:
        i = self.unsurCombo.findData(kode)
        if i >= 0:
            self.unsurCombo.setCurrentIndex(i)

    def set_hanya_baca(self, ya: bool) -> None:
        for w in (self.ditawarkanCheck, *self.layananCheck.values(), self.bawaanButton):
            w.setEnabled(not ya)
        for e in (self.pertanyaanEdit, *self.pilihanEdit):
            e.setReadOnly(ya)
