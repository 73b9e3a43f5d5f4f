"""A read-only view of the SOP catalog, so staff can see the standard time of every step."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from bawang_desk.core.aturan import aturan_untuk_sop
from bawang_desk.core.catalog import SOP, Catalog, format_waktu, load_catalog
from bawang_desk.ui.umum import beri_nama


def _daftar(judul: str, isi: tuple[str, ...]) -> str:
    if not isi:
        return ""
    items = "".join(f"<li>{escape(x)}</li>" for x in isi)
    return f"<h3>{escape(judul)}</h3><ul>{items}</ul>"


def _aturan_berubah(sop: SOP, hari_ini: date) -> str:
    """The dated rules that changed this SOP since it was signed, as in force on ``hari_ini``."""
    baris = [
        f"<li><b>{escape(a.judul)}</b>: {escape(a.pada(hari_ini).uraian)} "
        f"({escape(a.pada(hari_ini).dasar)})</li>"
        for a in aturan_untuk_sop(sop.kode)
    ]
    if not baris:
        return ""
    return (
        "<p style='background:#e8f0fe; color:#0b2a55; padding:4px'><b>Aturan yang berubah "
        "sejak SOP ini disahkan</b> (yang berlaku sekarang; rinciannya di tab Aturan berlaku):"
        f"</p><ul>{''.join(baris)}</ul>"
    )


def sop_html(
    sop: SOP, kecamatan: str = "Bawang", meterai: str = "Rp10.000", hari_ini: date | None = None
) -> str:
    """The SOP as a readable page: header facts, steps with their standard, requirements, and
    the dated rules that changed it since it was signed."""
    head = (
        f"<h2>{escape(sop.nama)}</h2>"
        f"<p><b>Nomor SOP:</b> {escape(sop.nomor or '(tanpa nomor)')}<br>"
        f"<b>Tanggal pembuatan / revisi / pengesahan:</b> {escape(sop.tanggal_pembuatan)} / "
        f"{escape(sop.tanggal_revisi)} / {escape(sop.tanggal_pengesahan)}<br>"
        f"<b>Disahkan oleh:</b> {escape(sop.disahkan_oleh)}</p>"
    )
    parts = [head]
    peringatan = sop.peringatan_untuk(kecamatan)
    if peringatan:
        parts.append(
            "<p style='background:#fff4ce; color:#3d2b00; padding:4px'><b>Peringatan:</b> "
            + "<br>".join(escape(p) for p in peringatan)
            + "</p>"
        )
    parts.append(_aturan_berubah(sop, hari_ini or date.today()))
    if sop.langkah:
        rows = "".join(
            f"<tr><td align='right'>{lk.nomor}</td><td>{escape(lk.uraian)}</td>"
            f"<td>{escape(', '.join(lk.pelaksana))}</td>"
            f"<td>{escape(lk.waktu_teks or '-')}</td><td>{escape(lk.output)}</td></tr>"
            for lk in sop.langkah
        )
        total = format_waktu(sop.total_waktu) if sop.total_waktu else "-"
        parts.append(
            "<h3>Langkah dan mutu baku</h3><table border='1' cellspacing='0' cellpadding='3' "
            "width='100%'><tr><th>No</th><th>Uraian prosedur</th><th>Pelaksana</th>"
            f"<th>Waktu</th><th>Output</th></tr>{rows}"
            f"<tr><td></td><td colspan='2'><b>Jumlah waktu baku</b></td><td colspan='2'>"
            f"<b>{escape(total)}</b></td></tr></table>"
        )
    else:
        parts.append(
            "<p><i>Langkah SOP ini tidak ada dalam naskah SOP kantor (bagan alirnya "
            "hilang).</i></p>"
        )
    for v in sop.varian:
        items = v.persyaratan_untuk(meterai)
        parts.append(_daftar(f"Persyaratan: {v.nama}", tuple(items)))
        if v.catatan:
            parts.append(f"<p><i>{escape(v.catatan)}</i></p>")
    parts += [
        _daftar("Dasar hukum", sop.dasar_hukum),
        _daftar("Kualifikasi pelaksana", sop.kualifikasi),
        _daftar("Keterkaitan", sop.keterkaitan),
        _daftar("Peralatan / perlengkapan", sop.peralatan),
        _daftar("Pencatatan dan pendataan", sop.pencatatan),
    ]
    return "".join(parts)


class KatalogWidget(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        katalog: Catalog | None = None,
        kecamatan: str = "Bawang",
        meterai: str = "Rp10.000",
        hari_ini: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.katalog = katalog or load_catalog()
        self._kecamatan, self._meterai, self._hari_ini = kecamatan, meterai, hari_ini
        lay = QHBoxLayout(self)
        self.daftar = QListWidget()
        beri_nama(self.daftar, "katalogList", "Daftar SOP")
        self.detail = QTextBrowser()
        beri_nama(self.detail, "katalogDetail", "Rincian SOP")
        self.daftar.setMaximumWidth(400)
        self.daftar.setMinimumWidth(300)
        lay.addWidget(self.daftar)
        lay.addWidget(self.detail, 1)
        for sop in self.katalog:
            label = f"{sop.nomor.split('/')[1] if sop.nomor else '-'}  {sop.nama}"
            it = QListWidgetItem(label)
            it.setData(Qt.ItemDataRole.UserRole, sop.kode)
            it.setToolTip(sop.nama)
            self.daftar.addItem(it)
        self.daftar.currentItemChanged.connect(self._pilih)
        self.daftar.setCurrentRow(0)

    def _pilih(self, it: QListWidgetItem | None) -> None:
        if it is None:
            return
        sop = self.katalog[it.data(Qt.ItemDataRole.UserRole)]
        self.detail.setHtml(sop_html(sop, self._kecamatan, self._meterai, self._hari_ini))
