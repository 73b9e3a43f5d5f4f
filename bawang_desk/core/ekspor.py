"""Exports to files: XLSX and CSV, atomic writes, and checksums.

Every file the app writes for the user goes through :func:`tulis_atomik`: the bytes go to a
temporary file in the same folder, are flushed and fsync'ed, and only then renamed over the final
name with ``os.replace`` (atomic on Windows and POSIX within one volume). A power cut or an error
half way leaves either the old file or the new one under the final name, never half a file, and no
temporary file behind (except after a power cut, when a hidden ``.name.xxxx.tmp`` may remain).

Spreadsheet formula injection (CSV/formula injection, OWASP): a text cell that begins with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return could be run as a formula by Excel or LibreOffice
when the file is opened. Following the OWASP "CSV Injection" recommendation, such a text gets a
leading single quote (``'=1+1``), so the spreadsheet shows it as text; CSV fields are also quoted
(every non-number field) with embedded double quotes doubled. Numbers, dates and ``None`` are not
text and stay as they are, so sums and sorting still work. The quote is visible in the cell: a
harmless price for a phone number like ``'+62 286 591234``.

This module is in ``core`` (no Qt, no ReportLab) so the CLI, the documents layer and the GUI
workers share it.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

__all__ = [
    "AWALAN_RUMUS",
    "aman_sel",
    "info_ekspor",
    "sha256_berkas",
    "tulis_atomik",
    "tulis_csv",
    "tulis_manifest",
    "tulis_xlsx",
]

AWALAN_RUMUS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
"""Characters that make a spreadsheet treat a cell as a formula (OWASP CSV Injection)."""


def aman_sel(v: Any) -> Any:
    """A cell value safe to put in a spreadsheet.

    Text that begins with one of :data:`AWALAN_RUMUS` gets a leading ``'``; numbers, dates,
    booleans and ``None`` are returned unchanged; anything else becomes ``str`` and is checked.
    """
    if v is None or isinstance(
        v, bool | int | float | Decimal | datetime.date | datetime.datetime | datetime.time
    ):
        return v
    s = v if isinstance(v, str) else str(v)
    if s.startswith(AWALAN_RUMUS):
        return "'" + s
    return s


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows cannot open a folder for fsync)."""
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextmanager
def tulis_atomik(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Write a file atomically: ``with tulis_atomik(p) as f: f.write(...)``.

    Yields a binary file opened on a temporary file in the same folder as ``path``. When the block
    ends normally the file is flushed, fsync'ed, closed and renamed over ``path``. On any exception
    the temporary file is removed, ``path`` is left as it was, and the exception propagates.
    The new file is readable only by the user (``mkstemp`` mode 0600): exports hold personal data.
    """
    tujuan = Path(path)
    folder = tujuan.parent
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{tujuan.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, tujuan)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_folder(folder)


# --- XLSX -------------------------------------------------------------------------------------


def _judul_lembar(judul: str) -> str:
    """A valid worksheet name: at most 31 characters, none of ``[]:*?/\\``."""
    bersih = "".join("-" if c in "[]:*?/\\" else c for c in judul).strip("' ") or "Data"
    return bersih[:31]


def tulis_xlsx(
    path: str | os.PathLike[str],
    *,
    judul: str,
    kolom: list[str],
    baris: Iterable[Sequence[Any]],
    lebar: list[float] | None = None,
    info: Sequence[tuple[str, str]] = (),
    kertas: str = "F4",
    bobot: Sequence[float] | None = None,
) -> Path:
    """Write one worksheet: title row, info rows, a bold frozen header with autofilter, the rows.

    ``lebar`` gives column widths in Excel character units; ``bobot`` (relative weights, as the
    printed book's columns have) spreads a landscape page's width over the columns instead.
    The sheet prints as the office expects from Excel or LibreOffice: ``kertas`` F4 (Excel's
    Folio, 8.5 x 13 in) or A4, landscape, fit to one page wide, the header row repeated on
    every page, long text wrapped in its column. The workbook is streamed
    (openpyxl write-only mode) so a million rows do not sit in memory. Every value passes through
    :func:`aman_sel`. Returns ``path`` as a :class:`Path`.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.filters import AutoFilter

    tujuan = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_judul_lembar(judul))
    n_kolom = max(len(kolom), 1)
    if not lebar and bobot:
        # a landscape F4/A4 row holds about 150 characters of a 10-pt font
        total = sum(bobot) or 1.0
        lebar = [max(6.0, round(150.0 * b / total, 1)) for b in bobot]
    if lebar:
        for i, w in enumerate(lebar[:n_kolom], 1):
            ws.column_dimensions[get_column_letter(i)].width = float(w)

    baris_header = 1 + 1 + len(info) + 1  # title, info rows, an empty row, then the header
    ws.freeze_panes = f"A{baris_header + 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9 if kertas.upper() == "A4" else 14  # 14: Folio 8.5 x 13 in (F4)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    ws.print_title_rows = f"{baris_header}:{baris_header}"
    bungkus = Alignment(wrap_text=True, vertical="top")

    def sel(nilai: Any, font: Font | None = None) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value=aman_sel(nilai))
        if font is not None:
            c.font = font
        return c

    def sel_header(nilai: Any) -> WriteOnlyCell:
        c = sel(nilai, Font(bold=True))
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        return c

    def sel_bungkus(nilai: Any) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value=aman_sel(nilai))
        c.alignment = bungkus
        return c

    try:
        ws.append([sel(judul, Font(bold=True, size=14))])
        for label, nilai in info:
            ws.append([sel(label, Font(bold=True)), sel(nilai)])
        ws.append([])
        ws.append([sel_header(k) for k in kolom])
        n = 0
        for r in baris:
            ws.append(
                [sel_bungkus(v) if isinstance(v, str) and len(v) > 12 else aman_sel(v) for v in r]
            )
            n += 1
    except BaseException:
        # openpyxl streams the sheet into its own temp file; finishing into a throwaway buffer
        # is the public way to make it close and delete that file.
        with suppress(Exception):
            wb.save(io.BytesIO())
        raise
    akhir = get_column_letter(n_kolom)
    ws.auto_filter = AutoFilter(ref=f"A{baris_header}:{akhir}{baris_header + n}")

    with tulis_atomik(tujuan) as f:
        wb.save(_TahanGagal(f))
    return tujuan


class _TahanGagal:
    """The file handed to openpyxl's ``save``: after a write fails (disk full, drive pulled
    out) every later call is a no-op.

    openpyxl does not close its ZipFile when a write fails; the ZipFile then tries to finish the
    archive from its ``__del__`` on a file already closed and removed, and Python prints
    "Exception ignored in ZipFile.__del__". The first error still propagates as usual.
    """

    def __init__(self, f: BinaryIO) -> None:
        self._f = f
        self._gagal = False
        self._pos = 0  # a pretend position once failed, so the ZipFile's sums stay valid

    def write(self, b: bytes) -> int:
        if self._gagal:
            self._pos += len(b)
            return len(b)
        try:
            return self._f.write(b)
        except BaseException:
            self._gagal = True
            raise

    def seek(self, pos: int, whence: int = 0) -> int:
        if self._gagal:
            self._pos = pos if whence == 0 else self._pos + pos
            return self._pos
        return self._f.seek(pos, whence)

    def tell(self) -> int:
        return self._pos if self._gagal else self._f.tell()

    def flush(self) -> None:
        if not self._gagal:
            self._f.flush()

    def seekable(self) -> bool:
        return True

    def __getattr__(self, nama: str) -> Any:
        if nama == "_f":
            raise AttributeError(nama)
        return getattr(self._f, nama)


# --- CSV --------------------------------------------------------------------------------------


def tulis_csv(
    path: str | os.PathLike[str],
    kolom: Sequence[str],
    baris: Iterable[Sequence[Any]],
    *,
    pemisah: str = ",",
) -> Path:
    """Write a CSV file: UTF-8 with BOM (so Excel reads the accents), CRLF lines (RFC 4180).

    The separator is ``","`` (RFC 4180, what every tool reads). Excel on an Indonesian-locale
    Windows expects ``";"`` when a CSV is double-clicked: the XLSX export is the one meant for
    Excel; pass ``pemisah=";"`` if an office wants it anyway. Text fields are quoted, numbers are
    not, and every value passes through :func:`aman_sel`.
    """
    tujuan = Path(path)
    with tulis_atomik(tujuan) as f:
        teks = io.TextIOWrapper(f, encoding="utf-8-sig", newline="")
        try:
            w = csv.writer(teks, delimiter=pemisah, quoting=csv.QUOTE_NONNUMERIC)
            w.writerow([aman_sel(k) for k in kolom])
            for r in baris:
                w.writerow([_csv_nilai(v) for v in r])
            teks.flush()
        finally:
            teks.detach()
    return tujuan


def _csv_nilai(v: Any) -> Any:
    v = aman_sel(v)
    if v is None:
        return ""
    if isinstance(v, bool):
        return "Ya" if v else "Tidak"
    if isinstance(v, int | float | Decimal):
        return v
    if isinstance(v, datetime.datetime | datetime.date | datetime.time):
        return v.isoformat()
    return v


def info_ekspor(desk: Desk) -> list[tuple[str, str]]:
    """The manifest rows every export carries: who made it, when, and the audit anchor.

    The latest audit-chain hash ties the file to the chain: an audit row edited after the export
    shows up against the hash written here (as against the Sekcam's daily print).
    """
    from bawang_desk.core import jangkar_audit
    from bawang_desk.core.audit import hash_terakhir

    user = desk.pengguna_aktif
    # the head leaves the database with this file: kept beside it too, for ``periksa``
    jangkar_audit.catat(desk.path, desk.conn, desk.sekarang_iso(), "ekspor")
    return [
        ("Diekspor oleh", f"{user.nama} ({user.label_peran}, {user.username})" if user else "-"),
        ("Waktu ekspor", desk.sekarang().strftime("%d-%m-%Y %H:%M:%S")),
        ("Hash audit terakhir", hash_terakhir(desk.conn)),
    ]


def tulis_manifest(path: str | os.PathLike[str], info: Sequence[tuple[str, str]]) -> Path:
    """A ``<file>.manifest.txt`` beside an export (for CSV, which has no room for info rows):
    the info lines and the file's SHA-256, written atomically."""
    berkas = Path(path)
    teks = "".join(f"{k}: {v}\r\n" for k, v in info)
    teks += f"Berkas: {berkas.name}\r\nSHA-256: {sha256_berkas(berkas)}\r\n"
    tujuan = berkas.with_name(berkas.name + ".manifest.txt")
    with tulis_atomik(tujuan) as f:
        f.write(teks.encode("utf-8"))
    return tujuan


def sha256_berkas(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a file as lowercase hex (read in chunks)."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()
