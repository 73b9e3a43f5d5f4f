"""Prints the Berita Acara Serah Terima Berkas: the receipt of a batch of KK/KTP-el files that
the Dindukcapil officer signs when collecting them (SOP 010 step 6, SOP 011 step 5).

The paper is the office's only proof of what left and when, so it lists every file (register
number, name, NIK, service and variant, number of documents), the totals, the date the files
are due back (fourteen days), and signature boxes for both sides: the operator who hands over
(from the session; an official's NIP from Pengaturan when the account holds that post) and the
officer who receives (name and NIP left blank, written by hand). The Kasi Tata Pemerintahan
"mengetahui" when that post is filled in. Kop and signature blocks are the shared ones.
"""

from __future__ import annotations

import functools
import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, LongTable, Paragraph, Spacer, Table
from reportlab.platypus import TableStyle as TS

from bawang_desk.core.desk import Desk
from bawang_desk.core.pengaturan import JABATAN, JABATAN_LENGKAP, Pejabat
from bawang_desk.core.serah_terima import HARI_DINDUKCAPIL, SerahTerima
from bawang_desk.core.teks import BULAN, HARI, tanggal_panjang, terbilang_angka
from bawang_desk.documents import kertas as _kertas
from bawang_desk.documents.buku import _KanvasBernomor
from bawang_desk.documents.fonts import FONT
from bawang_desk.documents.kop import (
    Penandatangan,
    _bangun,
    blok_tanda_tangan,
    gaya,
    judul_surat_keterangan,
    lebar_teks,
)
from bawang_desk.documents.surat_masuk import folder_cetak

JUDUL = "Berita Acara Serah Terima Berkas"
DINAS = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten"
UKURAN = 11
UKURAN_TABEL = 9
#: Column widths as shares of the text width: No., register number, name, NIK, service, docs.
_LEBAR = (0.045, 0.235, 0.185, 0.19, 0.28, 0.065)
_JUDUL_KOLOM = ("No.", "Nomor Register", "Nama", "NIK", "Layanan dan Varian", "Jml.")


def _p(teks: str, ukuran: float = UKURAN, **kw: Any) -> Paragraph:
    return Paragraph(escape(teks).replace("\n", "<br/>"), gaya(ukuran, nama="ba", **kw))


def _penyerah(desk: Desk) -> tuple[Pejabat, str]:
    """Who hands over: the logged-in user, with an official's NIP and pangkat when the account
    holds a post filled in Pengaturan > Pejabat; and the jabatan printed under the box."""
    user = desk.pengguna_aktif
    jab = getattr(user, "jabatan", "") or ""
    if jab and jab in JABATAN:
        pj = desk.pengaturan.pejabat(jab)
        if pj is not None and pj.terisi:
            return pj, JABATAN_LENGKAP.get(jab, JABATAN[jab])
    return Pejabat("operator", user.nama if user else ""), "Operator KTP/KK"


def _tabel(st: SerahTerima, lebar: float) -> LongTable:
    s = gaya(UKURAN_TABEL, leading=UKURAN_TABEL * 1.2, nama="ba-sel")
    s_tengah = gaya(UKURAN_TABEL, rata="tengah", nama="ba-sel-t")
    s_judul = gaya(UKURAN_TABEL, tebal=True, rata="tengah", nama="ba-judul")
    data: list[list[Any]] = [[Paragraph(escape(j), s_judul) for j in _JUDUL_KOLOM]]
    for i, b in enumerate(st.berkas, 1):
        data.append(
            [
                Paragraph(str(i), s_tengah),
                Paragraph(escape(b.nomor_register or "-"), s),
                Paragraph(escape(b.nama), s),
                Paragraph(escape(b.nik), s),
                # the variant names its service ("Penggantian KK karena rusak/hilang")
                Paragraph(escape(b.nama_varian or b.nama_layanan), s),
                Paragraph(str(b.jumlah_berkas), s_tengah),
            ]
        )
    jumlah = sum(b.jumlah_berkas for b in st.berkas)
    data.append(
        [
            Paragraph(f"<b>Jumlah: {len(st.berkas)} permohonan</b>", s),
            "",
            "",
            "",
            "",
            Paragraph(f"<b>{jumlah}</b>", s_tengah),
        ]
    )
    t = LongTable(data, colWidths=[lebar * w for w in _LEBAR], repeatRows=1)
    t.setStyle(
        TS(
            [
                ("FONT", (0, 0), (-1, -1), FONT, UKURAN_TABEL),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("SPAN", (0, -1), (4, -1)),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


def _isi_sel(blok: Flowable) -> list[Flowable]:
    """The flowables inside a signature block, for a table cell (a cell cannot hold the
    KeepTogether the block comes in; the whole row is kept together instead)."""
    return list(getattr(blok, "_content", [blok]))


def _dua_kotak(
    kiri: Flowable, kanan: Flowable, lebar: float, tengah: Flowable | None = None
) -> Table:
    """The signature boxes side by side: the receiver at the left, the one who hands over at
    the right, and the Kasi who knows of it between them (so a handover of a few files fits
    one page)."""
    if tengah is None:
        t = Table([[_isi_sel(kiri), _isi_sel(kanan)]], colWidths=[lebar / 2, lebar / 2])
    else:
        t = Table(
            [[_isi_sel(kiri), _isi_sel(tengah), _isi_sel(kanan)]],
            colWidths=[lebar / 3] * 3,
        )
    t.setStyle(
        TS(
            [
                ("FONT", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def tanggal_kata(d: date) -> str:
    """The Berita Acara's date in words: "tanggal dua puluh empat bulan November tahun dua ribu
    dua puluh enam" (a date in figures can be altered with a pen, one in words cannot)."""
    return (
        f"tanggal {terbilang_angka(d.day)} bulan {BULAN[d.month - 1]} tahun "
        f"{terbilang_angka(d.year)}"
    )


def story(desk: Desk, st: SerahTerima, hari: date, lebar: float) -> list[Flowable]:
    """The body under the kop (separate from the file writing so tests can measure it)."""
    kantor = desk.pengaturan.kantor()
    kec = kantor.kecamatan
    kab = kantor.kabupaten
    penyerah, jabatan_penyerah = _penyerah(desk)
    batas = hari + timedelta(days=HARI_DINDUKCAPIL)
    s = gaya(UKURAN, rata="rata", leading=UKURAN * 1.35, nama="ba-isi")
    label = 3.2 * cm

    def pihak(no: str, baris: list[tuple[str, str]], sebutan: str) -> Table:
        data = [[_p(no if i == 0 else ""), _p(k), _p(":"), _p(v)] for i, (k, v) in enumerate(baris)]
        data.append(["", Paragraph(sebutan, s), "", ""])
        t = Table(data, colWidths=[0.7 * cm, label, 0.4 * cm, lebar - label - 1.1 * cm])
        t.setStyle(
            TS(
                [
                    ("FONT", (0, 0), (-1, -1), FONT),
                    ("SPAN", (1, -1), (-1, -1)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return t

    titik = "." * 50
    isi: list[Flowable] = [
        *judul_surat_keterangan(JUDUL, st.nomor, ukuran=UKURAN + 1),
        Paragraph(
            escape(
                f"Pada hari ini {HARI[hari.weekday()]} {tanggal_kata(hari)} "
                f"({hari:%d-%m-%Y}), bertempat di Kantor Kecamatan {kec}, kami yang bertanda "
                "tangan di bawah ini:"
            ),
            s,
        ),
        Spacer(1, 0.25 * cm),
        pihak(
            "1.",
            [
                ("Nama", penyerah.nama or titik),
                # no NIP on record: a line to fill by hand, as in the signature box
                ("NIP", penyerah.nip_cetak or titik),
                ("Jabatan", f"{jabatan_penyerah} Kecamatan {kec}"),
            ],
            "selanjutnya disebut <b>PIHAK PERTAMA</b> (yang menyerahkan);",
        ),
        Spacer(1, 0.15 * cm),
        pihak(
            "2.",
            [("Nama", titik), ("NIP", titik), ("Jabatan", f"Petugas {DINAS} {kab}")],
            "selanjutnya disebut <b>PIHAK KEDUA</b> (yang menerima).",
        ),
        Spacer(1, 0.25 * cm),
        Paragraph(
            escape(
                "PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA berkas permohonan Kartu Keluarga "
                "dan KTP-el untuk ditandatangani atau diproses, dengan rincian sebagai berikut:"
            ),
            s,
        ),
        Spacer(1, 0.25 * cm),
        _tabel(st, lebar),
    ]
    penutup = [
        Spacer(1, 0.3 * cm),
        Paragraph(
            escape(
                f"Berkas tersebut dikembalikan oleh PIHAK KEDUA kepada Kecamatan {kec} paling "
                f"lambat {HARI_DINDUKCAPIL} ({terbilang_angka(HARI_DINDUKCAPIL)}) hari sejak "
                f"serah terima, yaitu tanggal {tanggal_panjang(batas)}. Demikian Berita Acara "
                "ini dibuat rangkap 2 (dua), masing-masing untuk PIHAK PERTAMA dan PIHAK KEDUA, "
                "untuk dipergunakan sebagaimana mestinya."
            ),
            s,
        ),
        Spacer(1, 0.5 * cm),
    ]
    kasi = desk.pengaturan.pejabat("kasi_tapem")
    ada_kasi = kasi is not None and kasi.terisi and kasi.nip != penyerah.nip
    lebar_kotak = (lebar / 3 if ada_kasi else lebar / 2) - 0.4 * cm
    menerima = blok_tanda_tangan(
        Penandatangan(Pejabat("dindukcapil"), "PIHAK KEDUA\nYang Menerima"),
        tempat_tanggal="\u00a0",
        lebar=lebar_kotak,
        ukuran=UKURAN,
    )
    menyerahkan = blok_tanda_tangan(
        Penandatangan(penyerah, "PIHAK PERTAMA\nYang Menyerahkan"),
        tempat_tanggal=f"{kec}, {tanggal_panjang(hari)}",
        lebar=lebar_kotak,
        ukuran=UKURAN,
    )
    # the closing sentence goes with the signatures: a page of bare signature boxes would
    # not show what was signed for
    mengetahui = None
    if ada_kasi:
        mengetahui = blok_tanda_tangan(
            Penandatangan(kasi, f"Mengetahui,\n{JABATAN_LENGKAP['kasi_tapem']}"),
            tempat_tanggal="\u00a0",
            lebar=lebar_kotak,
            ukuran=UKURAN,
        )
    ttd: list[Flowable] = [*penutup, _dua_kotak(menerima, menyerahkan, lebar, mengetahui)]
    isi.append(KeepTogether(ttd))
    return isi


def _tengah(f: Flowable, lebar: float, lebar_isi: float) -> Table:
    pinggir = (lebar - lebar_isi) / 2
    t = Table([["", _isi_sel(f), ""]], colWidths=[pinggir, lebar_isi, pinggir])
    t.setStyle(
        TS(
            [
                ("FONT", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def tulis_berita_acara(
    desk: Desk, st: SerahTerima, target: str | os.PathLike[str] | BinaryIO
) -> None:
    """Write the Berita Acara of batch ``st`` (F4 or A4 per Pengaturan) to a path (atomically)
    or a binary file; the date is the handover's, or today for a batch not yet sent."""
    kertas = desk.pengaturan.umum().kertas
    hari = st.tanggal_kirim.date() if st.tanggal_kirim else desk.sekarang().date()
    lebar = lebar_teks(kertas)
    lebar_hal, _ = _kertas.ukuran(kertas)
    m = _kertas.margin()
    kanvas = functools.partial(_KanvasBernomor, posisi=(lebar_hal - m.kanan, _kertas.y_kaki(m)))
    user = desk.pengguna_aktif
    _bangun(
        target,
        desk.pengaturan.kantor(),
        kertas,
        story(desk, st, hari, lebar),
        judul_pdf=f"{JUDUL} {st.nomor}",
        pembuat=user.nama if user else "Bawang Desk",
        landscape=False,
        setengah=False,
        kaki=f"{JUDUL} Nomor {st.nomor} - {len(st.berkas)} permohonan",
        kop_kecil=False,
        canvasmaker=kanvas,
    )


def cetak_berita_acara(desk: Desk, batch_id: int, target: Path | None = None) -> Path:
    """The Berita Acara of a batch as a PDF file for the preview (default: the data folder's
    ``cetak/serah-terima``)."""
    st = desk.serah_terima.get(batch_id)
    if target is None:
        target = folder_cetak(desk, "serah-terima") / f"berita-acara-{st.nama_folder.lower()}.pdf"
    tulis_berita_acara(desk, st, target)
    return target
