"""Regenerates resources/referensi/klasifikasi_arsip.tsv, the Permendagri 83/2022 classification
scheme (kode klasifikasi arsip) with code, parent and title, from a public transcription.

Source: the lampiran of Permendagri 83/2022 as adopted in Peraturan Bupati Indramayu Nomor 17
Tahun 2023 (2 February 2023), transcribed as ``src/data/letter-classifications.json`` of the
public repository github.com/lanichlanich/dkpp-admin (``{"entries": [{"code", "label",
"page"}, ...]}``, 2,940 entries). The script also reads a two-column TSV (code, label) of the
same entries.

What it changes, and why:

* the source prints the sub-codes of group 000 as ``00.1``, ``00.1.2``...; the regulation's
  codes are ``000.1``, ``000.1.2``: written as ``000.``;
* a title keeps its head and loses the enumerations that follow "antara lain" or "meliputi"
  (they describe the file contents, not the code), so a picker line stays readable;
* the parent is the code with its last part removed (``400.12.2.2`` -> ``400.12.2``; a group's
  parent is empty).

Usage (from the repository root)::

    python tools/gen_klasifikasi.py letter-classifications.json --commit c4904fe
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "referensi" / "klasifikasi_arsip.tsv"

_POTONG = re.compile(r"\s*[,:;(]?\s*\b(antara lain|meliputi)\b.*$", re.IGNORECASE | re.DOTALL)


def judul_pendek(label: str) -> str:
    """The title without the enumeration after "antara lain" / "meliputi"."""
    teks = " ".join(label.split())
    teks = _POTONG.sub("", teks)
    teks = re.sub(r"\s+terdiri$", "", teks)
    teks = teks.rstrip(" ,:;.(")
    if teks.count("(") > teks.count(")"):
        teks = teks[: teks.rfind("(")].rstrip(" ,:;")
    return teks


def kode_baku(kode: str) -> str:
    """``00.1.2`` (as the source prints group 000's sub-codes) -> ``000.1.2``."""
    kode = kode.strip()
    return "000" + kode[2:] if kode.startswith("00.") else kode


def baca(path: Path) -> list[tuple[str, str]]:
    """(code, label) pairs from the source JSON or a two-column TSV, in source order."""
    teks = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return [(e["code"], e["label"]) for e in json.loads(teks)["entries"]]
    pasangan = []
    for baris in teks.splitlines():
        if baris.strip() and not baris.startswith("#"):
            kode, label = baris.split("\t", 1)
            pasangan.append((kode, label))
    return pasangan


def buat(pasangan: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(code, parent, title) rows; refuses duplicates and codes whose parent is missing."""
    hasil: list[tuple[str, str, str]] = []
    ada: set[str] = set()
    for kode_asli, label in pasangan:
        kode = kode_baku(kode_asli)
        if not re.fullmatch(r"\d{3}(\.\d{1,3}){0,4}", kode):
            raise SystemExit(f"kode tidak sah di sumber: {kode_asli!r}")
        if kode in ada:
            raise SystemExit(f"kode ganda di sumber: {kode}")
        induk = kode.rsplit(".", 1)[0] if "." in kode else ""
        if induk and induk not in ada:
            raise SystemExit(f"induk {induk} dari {kode} belum ada di sumber")
        ada.add(kode)
        hasil.append((kode, induk, judul_pendek(label)))
    return hasil


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sumber", type=Path, help="letter-classifications.json (or a TSV of it)")
    ap.add_argument("--commit", required=True, help="commit of lanichlanich/dkpp-admin read")
    ap.add_argument("--keluar", type=Path, default=TARGET)
    a = ap.parse_args(argv)
    baris = buat(baca(a.sumber))
    kepala = [
        "# Kode klasifikasi arsip Permendagri Nomor 83 Tahun 2022 (kode, induk, judul).",
        "# Sumber: lampiran Permendagri 83/2022 sebagaimana dimuat Peraturan Bupati Indramayu",
        "# Nomor 17 Tahun 2023 (2 Februari 2023), ditranskripsikan sebagai",
        f"# github.com/lanichlanich/dkpp-admin src/data/letter-classifications.json, commit {a.commit}.",
        f"# Isi: {len(baris)} kode. Judul dipendekkan (tanpa rincian 'antara lain'/'meliputi');",
        "# kode 00.x di sumber ditulis 000.x. Jangan disunting tangan: buat ulang dengan",
        "# tools/gen_klasifikasi.py (lihat docstring-nya).",
        "# kode<TAB>induk<TAB>judul",
    ]
    a.keluar.write_text("\n".join(kepala + ["\t".join(b) for b in baris]) + "\n", encoding="utf-8")
    print(f"{a.keluar}: {len(baris)} kode")
    return 0


if __name__ == "__main__":
    sys.exit(main())
