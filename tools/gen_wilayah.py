"""Regenerates resources/referensi/wilayah_kemendagri.tsv from the SQL dumps of cahyadsn/wilayah.

The shipped file holds the Kemendagri region codes the NIK / Nomor KK check and the Pindah
pickers need: every kabupaten/kota and kecamatan of Indonesia, and the desa/kelurahan of
Kabupaten Banjarnegara. The source is the ``cahyadsn/wilayah`` dataset (MIT licence), whose
``db/wilayah.sql`` carries Kepmendagri No 300.2.2-2138 Tahun 2025.

A NIK keeps the region code of its first registration, so codes that existed in the dataset's
older lists (``db/archive/wilayah_20xx.sql``) but were renumbered since (Papua 2022, ...) stay
valid: they are written with a third column ``lama <file>`` and the name they last had.

Usage (from the repository root)::

    python tools/gen_wilayah.py CURRENT.sql [ARCHIVE.sql ...] --commit <sha> --tanggal <date>

e.g. with a clone of https://github.com/cahyadsn/wilayah::

    python tools/gen_wilayah.py ../wilayah/db/wilayah.sql ../wilayah/db/archive/wilayah_20*.sql \\
        --commit b7ad440 --tanggal 2026-02-13
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "referensi" / "wilayah_kemendagri.tsv"
KABUPATEN_KANTOR = "33.04"

# ('33.04', 'Kabupaten Banjarnegara') or ("33.04","Kabupaten Banjarnegara"); '' escapes a quote
_BARIS = re.compile(
    r"""\(\s*(['"])(\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?)\1\s*,\s*"""
    r"""(?:'((?:[^'\\]|''|\\.)*)'|"((?:[^"\\]|""|\\.)*)")\s*\)"""
)


def baca_sql(path: Path) -> dict[str, str]:
    """Code to name from one dump of the dataset (any of its quoting styles)."""
    teks = path.read_text(encoding="utf-8", errors="strict")
    hasil: dict[str, str] = {}
    for m in _BARIS.finditer(teks):
        nama = m.group(3) if m.group(3) is not None else m.group(4)
        nama = nama.replace("''", "'").replace('""', '"').replace("\\'", "'")
        hasil[m.group(2)] = _rapikan(" ".join(nama.split()))
    if not hasil:
        raise SystemExit(f"{path}: tidak ada baris (kode, nama) yang terbaca")
    return hasil


def _rapikan(nama: str) -> str:
    """Older lists write kab/kota in capitals ("KAB. MERAUKE"): as the 2025 list writes them."""
    if nama != nama.upper() or not any(c.isalpha() for c in nama):
        return nama
    nama = nama.title()
    if nama.startswith("Kab. "):
        nama = "Kabupaten " + nama[5:]
    return nama


def _tingkat(kode: str) -> int:
    return kode.count(".")


def buat(sekarang: dict[str, str], arsip: list[tuple[str, dict[str, str]]]) -> list[str]:
    """The TSV lines: current kab/kota and kecamatan, Banjarnegara's desa, then old codes."""
    baris = [
        f"{k}\t{n}"
        for k, n in sorted(sekarang.items())
        if _tingkat(k) in (1, 2) or (_tingkat(k) == 3 and k.startswith(KABUPATEN_KANTOR + "."))
    ]
    lama: dict[str, tuple[str, str]] = {}
    for nama_berkas, data in arsip:  # oldest first: a later list's name wins
        for k, n in data.items():
            if _tingkat(k) in (1, 2) and k not in sekarang:
                lama[k] = (n, nama_berkas)
    baris += [f"{k}\t{n}\tlama {f}" for k, (n, f) in sorted(lama.items())]
    return baris


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sekarang", type=Path, help="db/wilayah.sql (Kepmendagri 2025)")
    ap.add_argument("arsip", type=Path, nargs="*", help="db/archive/wilayah_20xx.sql")
    ap.add_argument("--commit", required=True, help="commit of cahyadsn/wilayah read")
    ap.add_argument("--tanggal", required=True, help="last edit date of db/wilayah.sql")
    ap.add_argument("--keluar", type=Path, default=TARGET)
    a = ap.parse_args(argv)
    sekarang = baca_sql(a.sekarang)
    arsip = [(p.name, baca_sql(p)) for p in sorted(a.arsip)]
    baris = buat(sekarang, arsip)
    n = {t: sum(1 for k in sekarang if _tingkat(k) == t) for t in (1, 2)}
    desa = sum(1 for k in sekarang if _tingkat(k) == 3 and k.startswith(KABUPATEN_KANTOR + "."))
    kepala = [
        "# Kode wilayah Kemendagri untuk pemeriksaan NIK / Nomor KK dan pilihan tujuan Pindah.",
        "# Sumber: Kepmendagri No 300.2.2-2138 Tahun 2025, sebagaimana dimuat dataset",
        f"# github.com/cahyadsn/wilayah (MIT) db/wilayah.sql, commit {a.commit}, "
        f"suntingan terakhir {a.tanggal}.",
        f"# Isi: {n[1]} kabupaten/kota, {n[2]} kecamatan, {desa} desa/kelurahan Kabupaten "
        "Banjarnegara.",
        "# Baris bertanda 'lama <berkas>': kode yang ada di daftar lama dataset itu "
        f"({', '.join(f for f, _ in arsip) or '-'}) dan sudah",
        "# diganti; NIK lama tetap memakai kode itu, jadi tetap diterima.",
        "# Jangan disunting tangan: buat ulang dengan tools/gen_wilayah.py (lihat docstring-nya).",
        "# kode<TAB>nama[<TAB>lama <berkas>]",
    ]
    a.keluar.write_text("\n".join(kepala + baris) + "\n", encoding="utf-8")
    print(f"{a.keluar}: {len(baris)} baris ({n[1]} kab/kota, {n[2]} kecamatan, {desa} desa)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
