"""Prints a surat keluar typed in the app: THE kop, Nomor/Sifat/Lampiran/Hal, Yth., the body and
the signature block; as KONSEP (diagonal mark, no number) before it is numbered.

The letter goes to the official printed with its number (issue 14): the KONSEP is what is
checked and corrected; the final print comes from "Cetak untuk ditandatangani", after the number
is committed, with the signature block chosen there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from bawang_desk.core.errors import ValidationError
from bawang_desk.core.teks import tanggal_panjang
from bawang_desk.documents.konsep import NOMOR_KONSEP, gambar_konsep
from bawang_desk.documents.kop import (
    Penandatangan,
    blok_nomor_surat,
    blok_tanda_tangan,
    buat_dokumen,
    gaya,
)
from bawang_desk.documents.surat_masuk import folder_cetak

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk
    from bawang_desk.core.pengaturan import Kantor

#: Statuses whose letter prints as KONSEP (no number yet).
STATUS_KONSEP = ("konsep", "perbaikan", "disetujui")


@dataclass(frozen=True)
class DataSuratKeluar:
    """Everything the letter prints; no database here."""

    nomor: str
    tanggal: date
    sifat: str
    lampiran: str
    hal: str
    tujuan: str
    isi: str
    penandatangan: Penandatangan
    tempat: str = "Bawang"
    konsep: bool = False

    def tempat_tanggal(self) -> str:
        return f"{self.tempat}, {tanggal_panjang(self.tanggal)}"


def _p(teks: str, style: Any) -> Paragraph:
    return Paragraph(escape(teks).replace("\n", "<br/>"), style)


def surat_keluar(target: Any, kantor: Kantor, kertas: str, s: DataSuratKeluar) -> None:
    """Write the letter (a plain-data layout, no database)."""
    u = 12
    isi = gaya(u, rata="rata", leading=u * 1.4, nama="sk-isi")
    isi.firstLineIndent = 1.25 * cm
    s_yth = gaya(u, leading=u * 1.3, nama="sk-yth")
    s_yth.leftIndent, s_yth.firstLineIndent = 0.85 * cm, -0.85 * cm
    story: list[Flowable] = [
        blok_nomor_surat(s.nomor, s.sifat, s.lampiran, s.hal, s.tempat_tanggal(), ukuran=u),
        Spacer(1, 18),
        _p(f"Yth. {s.tujuan}", s_yth),
        Spacer(1, 16),
    ]
    for alinea in [a.strip() for a in (s.isi or "").split("\n\n") if a.strip()]:
        story += [_p(alinea, isi), Spacer(1, 6)]
    story += [Spacer(1, 14), blok_tanda_tangan(s.penandatangan, ukuran=u)]
    buat_dokumen(
        target,
        kantor,
        kertas,
        story,
        judul_pdf=f"Surat {s.nomor if not s.konsep else 'KONSEP'} - {s.hal}",
        on_page=gambar_konsep if s.konsep else None,
    )


def _penandatangan(desk: Desk, mode: str) -> Penandatangan:
    kec = desk.pengaturan.kantor().kecamatan.upper()
    camat = f"CAMAT {kec}"
    if mode == "an":
        return Penandatangan(
            desk.pengaturan.pejabat("sekcam"), camat, "an", camat, "Sekretaris Kecamatan"
        )
    if mode == "plh":
        return Penandatangan(desk.pengaturan.pejabat("sekcam"), camat, "plh")
    return Penandatangan(desk.pengaturan.pejabat("camat"), camat)


def data_surat_keluar(desk: Desk, sid: int, *, konsep: bool = False) -> DataSuratKeluar:
    s = desk.surat_keluar.get(sid)
    if s.status == "batal":
        raise ValidationError("Surat ini BATAL; tidak dicetak.", "status")
    if konsep and s.status not in (*STATUS_KONSEP, "dikembalikan"):
        raise ValidationError(
            f"KONSEP dicetak sebelum surat dicetak untuk ditandatangani; surat ini berstatus "
            f"\u201c{s.label_status}\u201d.",
            "status",
        )
    if not konsep and not s.nomor:
        raise ValidationError(
            "Surat belum bernomor: cetak KONSEP, atau Cetak untuk ditandatangani.", "status"
        )
    return DataSuratKeluar(
        nomor=NOMOR_KONSEP if konsep else s.nomor,
        tanggal=(s.tanggal_surat if not konsep else None) or desk.sekarang().date(),
        sifat=s.sifat_surat,
        lampiran=s.lampiran,
        hal=s.hal,
        tujuan=s.tujuan,
        isi=s.isi,
        penandatangan=_penandatangan(desk, s.mode_tanda_tangan or "camat"),
        tempat=desk.pengaturan.kantor().kecamatan,
        konsep=konsep,
    )


def cetak_surat_keluar(
    desk: Desk, sid: int, target: Path | None = None, *, konsep: bool = False
) -> Path:
    """Write the letter (the final one only after COMMIT of its number) and return the path."""
    desk.otorisasi("surat_keluar.lihat")
    d = data_surat_keluar(desk, sid, konsep=konsep)
    if target is None:
        nama = "KONSEP" if konsep else d.nomor.replace("/", "-")
        target = folder_cetak(desk, "surat-keluar") / f"surat-keluar-{sid}-{nama}.pdf"
    surat_keluar(target, desk.pengaturan.kantor(), desk.pengaturan.umum().kertas, d)
    return target
