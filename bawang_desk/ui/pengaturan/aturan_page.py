"""A read-only view of the dated rules (resources/aturan), each version with its legal basis and
the dates it applies, beside the SOP catalog: staff see which rule the books computed with."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from bawang_desk.core.aturan import Aturan, semua_aturan
from bawang_desk.core.teks import tanggal_panjang
from bawang_desk.ui.umum import beri_nama


def _nilai(isi: Mapping[str, Any]) -> str:
    """The values the code reads, small ones inline; big tables are summarised in ``uraian``."""
    bagian = []
    for k, v in isi.items():
        if isinstance(v, Mapping):
            continue
        teks = ", ".join(str(x) for x in v) if isinstance(v, list) else str(v)
        bagian.append(f"{escape(k.replace('_', ' '))}: {escape(teks)}")
    return "<br>".join(bagian)


def aturan_html(a: Aturan, hari_ini: date) -> str:
    """The rule as a page: what it is for, then every version, the one in force marked."""
    berlaku = a.pada(hari_ini)
    baris = []
    for v in a.versi:
        sejak = tanggal_panjang(v.berlaku) if v.berlaku else "(sebelum perubahan tercatat)"
        akhir = a.sampai(v)
        sampai = tanggal_panjang(akhir - _SEHARI) if akhir else "sekarang"
        tanda = " <b>(berlaku sekarang)</b>" if v is berlaku else ""
        catatan = f"<br><i>{escape(v.catatan)}</i>" if v.catatan else ""
        nilai = _nilai(v.isi)
        baris.append(
            f"<tr><td>{escape(sejak)}{tanda}</td><td>{escape(sampai)}</td>"
            f"<td>{escape(v.dasar)}</td><td>{escape(v.uraian)}{catatan}"
            + (f"<br><small>{nilai}</small>" if nilai else "")
            + "</td></tr>"
        )
    return (
        f"<h2>{escape(a.judul)}</h2><p><b>Bidang:</b> {escape(a.bidang)}<br>"
        f"{escape(a.keterangan)}</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        "<tr><th>Berlaku sejak</th><th>Sampai</th><th>Dasar hukum</th><th>Isi aturan</th></tr>"
        + "".join(baris)
        + "</table><p><i>Aturan ini hanya dapat dibaca. Perubahan aturan adalah perubahan berkas "
        f"data resources/aturan/{escape(a.kode)}.toml (dengan dasar hukum dan tanggal "
        "berlakunya).</i></p>"
    )


_SEHARI = date(2000, 1, 2) - date(2000, 1, 1)


class AturanWidget(QWidget):
    """List of rules on the left, the chosen rule's versions on the right."""

    def __init__(self, hari_ini: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hari_ini = hari_ini
        self.aturan = {a.kode: a for a in semua_aturan()}
        lay = QHBoxLayout(self)
        self.daftar = QListWidget()
        beri_nama(self.daftar, "aturanList", "Daftar aturan berlaku")
        self.detail = QTextBrowser()
        beri_nama(self.detail, "aturanDetail", "Rincian aturan dan dasar hukumnya")
        self.daftar.setWordWrap(True)
        self.daftar.setMaximumWidth(360)
        self.daftar.setMinimumWidth(260)
        lay.addWidget(self.daftar)
        lay.addWidget(self.detail, 1)
        for a in self.aturan.values():
            it = QListWidgetItem(f"{a.bidang}: {a.judul}")
            it.setData(Qt.ItemDataRole.UserRole, a.kode)
            it.setToolTip(a.pada(hari_ini).dasar)
            self.daftar.addItem(it)
        self.daftar.currentItemChanged.connect(self._pilih)
        self.daftar.setCurrentRow(0)

    def _pilih(self, it: QListWidgetItem | None) -> None:
        if it is None:
            return
        a = self.aturan[it.data(Qt.ItemDataRole.UserRole)]
        self.detail.setHtml(aturan_html(a, self._hari_ini))
