"""Exports: no formula ever runs from a cell, numbers stay numbers, a failed write changes nothing."""

from __future__ import annotations

import codecs
import csv
import datetime
import hashlib
import os
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bawang_desk.core import ekspor
from bawang_desk.core.ekspor import aman_sel, sha256_berkas, tulis_atomik, tulis_csv, tulis_xlsx

BAHAYA = ["=1+1", "+62 286 591234", "-5+3", "@SUM(A1:A2)", "\t=1", "\r=1", '=HYPERLINK("x")']


@pytest.mark.parametrize("nilai", BAHAYA)
def test_aman_sel_rumus_diawali_kutip(nilai: str) -> None:
    assert aman_sel(nilai) == "'" + nilai


@pytest.mark.parametrize(
    "nilai",
    [12, -5, 3.5, Decimal("-1.25"), True, None, datetime.date(2026, 11, 24), "Bawang", "a=b", ""],
)
def test_aman_sel_selain_itu_tidak_berubah(nilai) -> None:
    assert aman_sel(nilai) == nilai
    assert type(aman_sel(nilai)) is type(nilai)


def test_aman_sel_objek_lain_jadi_teks() -> None:
    class Aneh:
        def __str__(self) -> str:
            return "=CMD()"

    assert aman_sel(Aneh()) == "'=CMD()"


def _xlsx(tmp_path: Path, baris, **kw) -> Path:
    return tulis_xlsx(
        tmp_path / "register.xlsx",
        judul="Register Surat Masuk",
        kolom=["No", "Pengirim", "Jumlah", "Tanggal"],
        baris=baris,
        **kw,
    )


def test_xlsx_isi_dan_tata_letak(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path,
        [
            [1, "=1+1", 2500, datetime.date(2026, 11, 24)],
            [2, "Desa Wanadri", 3.5, None],
            [3, "@foo", -7, "-"],
        ],
        lebar=[6, 40, 10, 12],
        info=[("Dicetak oleh", "Admin"), ("Tanggal", "24 November 2026")],
    )
    assert path == tmp_path / "register.xlsx"
    wb = load_workbook(path)
    ws = wb.active
    assert ws.title == "Register Surat Masuk"
    assert ws["A1"].value == "Register Surat Masuk" and ws["A1"].font.b
    assert (ws["A2"].value, ws["B2"].value) == ("Dicetak oleh", "Admin")
    assert (ws["A3"].value, ws["B3"].value) == ("Tanggal", "24 November 2026")
    header = 5
    assert [c.value for c in ws[header]] == ["No", "Pengirim", "Jumlah", "Tanggal"]
    assert all(c.font.b for c in ws[header])
    assert ws.freeze_panes == f"A{header + 1}"
    assert ws.auto_filter.ref == f"A{header}:D{header + 3}"
    assert ws.column_dimensions["B"].width == pytest.approx(40)

    rumus = ws.cell(header + 1, 2)
    assert rumus.data_type == "s" and not str(rumus.value).startswith("=")
    assert rumus.value == "'=1+1"
    assert ws.cell(header + 3, 2).value == "'@foo"
    assert ws.cell(header + 1, 3).value == 2500 and ws.cell(header + 1, 3).data_type == "n"
    assert ws.cell(header + 2, 3).value == 3.5
    assert ws.cell(header + 3, 3).value == -7
    assert ws.cell(header + 1, 4).value.date() == datetime.date(2026, 11, 24)
    assert ws.cell(header + 3, 4).value == "'-"
    # no cell anywhere is a formula
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_xlsx_judul_lembar_dibersihkan(tmp_path: Path) -> None:
    path = tulis_xlsx(
        tmp_path / "a.xlsx",
        judul="Register: KP/KGB [2026] tahun berjalan sangat panjang",
        kolom=["a"],
        baris=[],
    )
    title = load_workbook(path).active.title
    assert len(title) <= 31 and not set(title) & set("[]:*?/\\")


def test_xlsx_generator_besar(tmp_path: Path) -> None:
    path = _xlsx(tmp_path, ([i, f"Pengirim {i}", i * 2, None] for i in range(20_000)))
    wb = load_workbook(path, read_only=True)
    assert (
        sum(1 for _ in wb.active.iter_rows(values_only=True)) == 3 + 20_000
    )  # title, empty row, header
    wb.close()


def _file_lama(tmp_path: Path, nama: str) -> Path:
    path = tmp_path / nama
    path.write_bytes(b"isi lama")
    return path


def test_xlsx_oserror_tidak_mengubah_berkas_lama(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _file_lama(tmp_path, "register.xlsx")

    def gagal(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ekspor.os, "fsync", gagal)
    with pytest.raises(OSError, match="No space"):
        _xlsx(tmp_path, [[1, "a", 2, None]])
    assert path.read_bytes() == b"isi lama"
    assert [p.name for p in tmp_path.iterdir()] == ["register.xlsx"]


def test_xlsx_galat_di_tengah_baris(tmp_path: Path) -> None:
    path = _file_lama(tmp_path, "register.xlsx")

    def baris():
        yield [1, "a", 2, None]
        raise OSError("flashdisk dicabut")

    with pytest.raises(OSError, match="flashdisk"):
        _xlsx(tmp_path, baris())
    assert path.read_bytes() == b"isi lama"
    assert [p.name for p in tmp_path.iterdir()] == ["register.xlsx"]


def test_csv_bom_pemisah_dan_escape(tmp_path: Path) -> None:
    path = tulis_csv(
        tmp_path / "data.csv",
        ["No", "Nama", "Catatan", "Nilai"],
        [
            [1, "Siti Aminah", '=HYPERLINK("http://x")', 2.5],
            [2, 'Budi "Kecil", S.Pd.', "-2+3", None],
            [3, "Ñandu é", "biasa\nbaris dua", Decimal("10.50")],
            [4, "+628123", True, datetime.date(2026, 11, 24)],
        ],
    )
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in data
    teks = data.decode("utf-8-sig")
    assert teks.splitlines()[0] == '"No","Nama","Catatan","Nilai"'
    assert teks.splitlines()[1] == '1,"Siti Aminah","\'=HYPERLINK(""http://x"")",2.5'
    rows = list(csv.reader(teks.splitlines(keepends=True)))
    assert rows[1][2] == '\'=HYPERLINK("http://x")'
    assert rows[2][1] == 'Budi "Kecil", S.Pd.' and rows[2][2] == "'-2+3" and rows[2][3] == ""
    assert rows[3][1] == "Ñandu é" and rows[3][2] == "biasa\nbaris dua" and rows[3][3] == "10.50"
    assert rows[4][1] == "'+628123" and rows[4][2] == "Ya" and rows[4][3] == "2026-11-24"
    assert not any(sel.startswith(ekspor.AWALAN_RUMUS) for r in rows for sel in r)


def test_csv_pemisah_titik_koma(tmp_path: Path) -> None:
    path = tulis_csv(tmp_path / "d.csv", ["a", "b"], [[1, "x;y"]], pemisah=";")
    assert path.read_text(encoding="utf-8-sig").splitlines() == ['"a";"b"', '1;"x;y"']


def test_csv_oserror_tidak_mengubah_berkas_lama(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _file_lama(tmp_path, "data.csv")
    monkeypatch.setattr(ekspor.os, "replace", lambda a, b: (_ for _ in ()).throw(OSError("EXDEV")))
    with pytest.raises(OSError, match="EXDEV"):
        tulis_csv(path, ["a"], [[1]])
    assert path.read_bytes() == b"isi lama"
    assert [p.name for p in tmp_path.iterdir()] == ["data.csv"]


def test_tulis_atomik(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    with tulis_atomik(path) as f:
        f.write(b"baru")
        assert not path.exists()  # nothing under the final name until the end
    assert path.read_bytes() == b"baru"
    with pytest.raises(KeyboardInterrupt), tulis_atomik(path) as f:
        f.write(b"setengah")
        raise KeyboardInterrupt
    assert path.read_bytes() == b"baru"
    assert os.listdir(tmp_path) == ["x.bin"]


def test_sha256_berkas(tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    data = os.urandom(300_000)
    path.write_bytes(data)
    assert sha256_berkas(path) == hashlib.sha256(data).hexdigest()


def test_xlsx_prints_landscape_fit_to_width_with_repeated_header(tmp_path):
    from openpyxl import load_workbook

    from bawang_desk.core.ekspor import tulis_xlsx

    p = tulis_xlsx(
        tmp_path / "r.xlsx",
        judul="Register",
        kolom=["No.", "Nama", "Rincian"],
        baris=[(1, "Sri Lestari", "Rincian yang panjang sekali " * 3)],
        info=[("Periode", "November 2026")],
        kertas="F4",
        bobot=[0.4, 1.5, 2.6],
    )
    ws = load_workbook(p).active
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 14  # Folio 8.5 x 13 in, the F4 of the office
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
    assert ws.print_title_rows.replace("$", "") == "4:4"
    lebar = [ws.column_dimensions[c].width for c in "ABC"]
    assert lebar[0] < lebar[1] < lebar[2]
    assert ws["C5"].alignment.wrap_text
