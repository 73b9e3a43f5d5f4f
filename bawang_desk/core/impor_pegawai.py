"""Reads a staff roster file (CSV or XLSX, as a personnel system exports it) into checked rows.

Only reading and per-cell cleaning happen here, with the file's own line numbers kept, so the
manager can validate every row and refuse the whole file with every fault listed. Nothing in a
cell is ever evaluated: a formula-looking cell ("=HYPERLINK(...)") is text like any other.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bawang_desk.core.errors import ValidationError

__all__ = ["KOLOM", "BarisMentah", "ImporDitolak", "KesalahanBaris", "baca_roster"]

#: Field name to the headers personnel exports use for it (compared without case, spaces,
#: dots, slashes or underscores).
KOLOM: dict[str, tuple[str, ...]] = {
    "nip": ("nip", "nip baru", "nomor induk pegawai", "ni pppk", "nip/ni pppk"),
    "nama": ("nama", "nama pegawai", "nama lengkap", "nama (dengan gelar)"),
    "golongan": ("golongan", "gol", "gol/ruang", "golongan/ruang", "gol ruang", "pangkat/gol"),
    "tmt_pangkat": ("tmt pangkat", "tmt golongan", "tmt gol", "tmt pangkat/gol"),
    "mkg_tahun": ("mkg tahun", "mk gol tahun", "mk golongan tahun", "masa kerja golongan tahun",
                  "mkg thn", "mk gol thn"),
    "mkg_bulan": ("mkg bulan", "mk gol bulan", "mk golongan bulan", "masa kerja golongan bulan",
                  "mkg bln", "mk gol bln"),
    "tmt_kgb": ("tmt kgb", "tmt kgb terakhir", "tmt gaji berkala", "tmt berkala"),
    "mkg_kgb_tahun": ("mkg kgb tahun", "mk kgb tahun", "mkg kgb thn"),
    "mkg_kgb_bulan": ("mkg kgb bulan", "mk kgb bulan", "mkg kgb bln"),
    "jabatan": ("jabatan", "nama jabatan"),
    "jenis_jabatan": ("jenis jabatan", "jenis jab"),
    "pendidikan": ("pendidikan", "pendidikan terakhir", "tingkat pendidikan", "tk pendidikan"),
    "atasan_nip": ("nip atasan", "nip atasan langsung", "atasan langsung (nip)", "atasan nip"),
    "status": ("status", "status pegawai", "status kepegawaian", "kedudukan"),
    "tmt_cpns": ("tmt cpns",),
    "skp": ("skp", "predikat skp", "predikat kinerja", "skp tahun lalu"),
    "skp_sebelumnya": ("skp sebelumnya", "predikat skp sebelumnya", "skp 2 tahun lalu"),
}  # fmt: skip
WAJIB = ("nip", "nama", "golongan", "tmt_pangkat")
_LABEL = {
    "nip": "NIP",
    "nama": "Nama",
    "golongan": "Golongan",
    "tmt_pangkat": "TMT Pangkat",
}


def _kunci_kepala(teks: str) -> str:
    return re.sub(r"[\s._/\-()]+", "", str(teks or "").lstrip("\ufeff").casefold())


_KEPALA: dict[str, str] = {_kunci_kepala(a): f for f, alias in KOLOM.items() for a in alias}


@dataclass(frozen=True)
class KesalahanBaris:
    """One fault: the file's line (1 is the header), the column, and what is wrong."""

    baris: int
    kolom: str
    pesan: str

    def __str__(self) -> str:
        return (
            f"Baris {self.baris}" + (f" ({self.kolom})" if self.kolom else "") + f": {self.pesan}"
        )


class ImporDitolak(ValidationError):
    """The whole file was refused; ``kesalahan`` lists every bad row. Nothing was saved."""

    def __init__(self, kesalahan: list[KesalahanBaris], pengantar: str = "") -> None:
        self.kesalahan = sorted(kesalahan, key=lambda k: (k.baris, k.kolom))
        n = len({k.baris for k in self.kesalahan})
        kepala = pengantar or (
            f"Berkas tidak diimpor: {n} baris bermasalah. Tidak ada data yang disimpan; "
            "perbaiki baris berikut lalu impor ulang."
        )
        super().__init__(kepala + "\n" + "\n".join(str(k) for k in self.kesalahan), "berkas")


@dataclass(frozen=True)
class BarisMentah:
    """A data row: its line number in the file and its cells by field name (text or date)."""

    baris: int
    sel: dict[str, Any]


def _teks_sel(v: Any) -> Any:
    """A cell as text (never evaluated), or a date when the spreadsheet stored a date."""
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    return str(v).strip()


def _dekode(data: bytes) -> str:
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValidationError(  # pragma: no cover - cp1252 decodes almost anything
        "Berkas CSV tidak dapat dibaca: simpan sebagai UTF-8.", "berkas"
    )


def _baca_csv(data: bytes) -> list[tuple[int, list[Any]]]:
    teks = _dekode(data)
    pertama = teks.split("\n", 1)[0]
    pemisah = ";" if pertama.count(";") > pertama.count(",") else ","
    if pertama.count("\t") > max(pertama.count(";"), pertama.count(",")):
        pemisah = "\t"
    reader = csv.reader(io.StringIO(teks, newline=""), delimiter=pemisah)
    hasil = []
    mulai = 1
    try:
        for row in reader:
            hasil.append((mulai, [c.strip() for c in row]))
            mulai = reader.line_num + 1
    except csv.Error as e:
        raise ImporDitolak(
            [KesalahanBaris(mulai, "", f"baris tidak dapat dibaca sebagai CSV ({e}).")],
            "Berkas tidak diimpor: berkas CSV rusak. Tidak ada data yang disimpan.",
        ) from None
    return hasil


def _baca_xlsx(data: bytes) -> list[tuple[int, list[Any]]]:
    from openpyxl import load_workbook

    # A damaged workbook can fail anywhere inside openpyxl (zip, XML, styles), with many
    # exception types: whatever it is, the user gets one clear message and nothing is saved.
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        try:
            if not wb.worksheets:
                raise ValueError("tidak ada lembar kerja")
            return [
                (i, [_teks_sel(c) for c in row])
                for i, row in enumerate(wb.worksheets[0].iter_rows(values_only=True), start=1)
            ]
        finally:
            wb.close()
    except Exception as e:
        raise ValidationError(
            f"Berkas XLSX rusak atau tidak dapat dibaca ({type(e).__name__}: {e}). Simpan ulang "
            "dari aplikasi spreadsheet lalu impor lagi.",
            "berkas",
        ) from None


def baca_roster(sumber: Path | str | bytes, nama_berkas: str = "") -> list[BarisMentah]:
    """Rows of a roster file, by field, with the file's line numbers.

    CSV: UTF-8 with or without BOM (or Windows-1252), comma, semicolon or tab separated.
    XLSX: the first sheet. The header row names the columns (see :data:`KOLOM`); unknown
    columns are ignored, a missing required column refuses the file.
    """
    if isinstance(sumber, bytes):
        data, nama = sumber, nama_berkas
    else:
        p = Path(sumber)
        nama = nama_berkas or p.name
        try:
            data = p.read_bytes()
        except OSError as e:
            raise ValidationError(
                f"Berkas {p.name} tidak dapat dibaca ({e.strerror or e}).", "berkas"
            ) from None
    if data.startswith(b"PK\x03\x04") or nama.lower().endswith((".xlsx", ".xlsm")):
        baris = _baca_xlsx(data)
    else:
        baris = _baca_csv(data)
    baris = [(n, r) for n, r in baris if any(str(c).strip() for c in r)]
    if not baris:
        raise ValidationError("Berkas kosong: tidak ada baris judul kolom.", "berkas")
    n_kepala, kepala = baris[0]
    kolom: dict[int, str] = {}
    for i, k in enumerate(kepala):
        f = _KEPALA.get(_kunci_kepala(k))
        if f and f not in kolom.values():
            kolom[i] = f
    hilang = [f for f in WAJIB if f not in kolom.values()]
    if hilang:
        raise ImporDitolak(
            [
                KesalahanBaris(n_kepala, "", f"kolom {_LABEL[f]} tidak ditemukan di baris judul.")
                for f in hilang
            ],
            "Berkas tidak diimpor: baris judul tidak memuat kolom yang wajib.",
        )
    hasil = []
    for n, r in baris[1:]:
        sel = {f: (r[i] if i < len(r) else "") for i, f in kolom.items()}
        hasil.append(BarisMentah(n, {f: _teks_sel(v) for f, v in sel.items()}))
    if not hasil:
        raise ValidationError("Berkas hanya berisi baris judul, tanpa data pegawai.", "berkas")
    return hasil
