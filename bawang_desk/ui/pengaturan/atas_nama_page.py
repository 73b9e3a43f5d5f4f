"""Settings page "Atas nama": which roles may record the officials' paper steps, for whom.

The officials decide on paper; the staff at the PC record it (issue 14). This page is the
setting behind that: per area (surat masuk, surat keluar, surat layanan, usulan KP/KGB) a tick
per role that may record, and a tick per official who may be recorded for. Saved with the
settings window, audited like every setting.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from bawang_desk.core import peran
from bawang_desk.core.atas_nama import AREA, PengaturanAtasNama
from bawang_desk.core.pengaturan import JABATAN
from bawang_desk.ui.umum import beri_nama

#: Roles that may be named as recorders (the Camat records for nobody).
PERAN_PENCATAT = (peran.OPERATOR, peran.PENGADMINISTRASI, peran.KASUBBAG, peran.SEKCAM)


class AtasNamaPage(QWidget):
    """Two grids of ticks: who may record (roles) and for whom (officials), per area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        ket = QLabel(
            "Pejabat memutuskan di kertas (disposisi, koreksi, tanda tangan); petugas di "
            "komputer mencatatnya atas nama pejabat, dengan nama pejabat dan jamnya. Pilih "
            "peran yang boleh mencatat dan pejabat yang boleh dicatat untuk setiap bidang."
        )
        ket.setWordWrap(True)
        lay.addWidget(ket)
        self.pencatat: dict[tuple[str, str], QCheckBox] = {}
        self.pejabat: dict[tuple[str, str], QCheckBox] = {}
        for judul, kolom, label, simpan, nama in (
            ("Yang boleh mencatat", PERAN_PENCATAT, peran.label, self.pencatat, "pencatat"),
            ("Atas nama pejabat", tuple(JABATAN), JABATAN.get, self.pejabat, "pejabat"),
        ):
            box = QGroupBox(judul)
            beri_nama(box, f"{nama}Group", judul)
            g = QGridLayout(box)
            for j, k in enumerate(kolom, 1):
                h = QLabel(label(k))
                h.setWordWrap(True)
                g.addWidget(h, 0, j)
            for i, (area, (teks, _p, _j)) in enumerate(AREA.items(), 1):
                g.addWidget(QLabel(teks), i, 0)
                for j, k in enumerate(kolom, 1):
                    cb = QCheckBox()
                    beri_nama(cb, f"{nama}_{area}_{k}", f"{teks}: {label(k)}")
                    g.addWidget(cb, i, j)
                    simpan[(area, k)] = cb
            lay.addWidget(box)
        lay.addStretch(1)

    def muat(self, s: PengaturanAtasNama) -> None:
        for (area, k), cb in self.pencatat.items():
            cb.setChecked(k in s.pencatat.get(area, ()))
        for (area, k), cb in self.pejabat.items():
            cb.setChecked(k in s.pejabat.get(area, ()))

    def nilai(self) -> PengaturanAtasNama:
        def kumpul(d: dict[tuple[str, str], QCheckBox]) -> dict[str, tuple[str, ...]]:
            return {
                area: tuple(k for (a, k), cb in d.items() if a == area and cb.isChecked())
                for area in AREA
            }

        return PengaturanAtasNama(kumpul(self.pencatat), kumpul(self.pejabat))

    def set_hanya_baca(self, ya: bool) -> None:
        for cb in (*self.pencatat.values(), *self.pejabat.values()):
            cb.setEnabled(not ya)
