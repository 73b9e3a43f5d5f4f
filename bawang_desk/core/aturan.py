"""Dated rules: rules that changed (or may change) kept as data, each version with its legal basis
and the date it takes effect, so a function asks "which rule was in force on this date?".

Why: the office's SOPs were written in 2022 and BKN changed the KP periods twice since; a TMT in
2023 still falls on 1 April or 1 October while one in 2026 falls on the 1st of any month. With
every version kept, old dates keep computing as they did, and the next change is an edit of a
data file plus a test, not a code change.

The data lives in ``resources/aturan/<kode>.toml``, one file per rule, any module may add one::

    judul = "Periode kenaikan pangkat"          # shown in Pengaturan > Aturan berlaku
    bidang = "Kepegawaian"
    sop = ["kp-kgb"]                             # SOPs it changes (shown beside them)
    keterangan = "Tanggal TMT yang dapat dimuat SK kenaikan pangkat."

    [[versi]]                                    # oldest first
    dasar = "PP 99/2000 jo. PP 12/2002"          # the legal basis (required)
    uraian = "1 April dan 1 Oktober."            # the rule in one sentence (required)
    # no ``berlaku``: in force from before any recorded change (only the first version)
    [versi.isi]                                  # the values the code reads
    bulan = [4, 10]

    [[versi]]
    berlaku = 2024-01-01                         # a TOML date: the first day it applies
    dasar = "Peraturan BKN Nomor 4 Tahun 2023"
    uraian = "..."
    [versi.isi]
    bulan = [2, 4, 6, 8, 10, 12]

Use: ``aturan("periode-kp").pada(tanggal).isi["bulan"]``. A file with versions out of order, two
versions on one date, a missing basis or a later version without a date is refused when it is
loaded, naming the file, so a bad edit never silently picks the wrong rule.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bawang_desk.core.errors import ValidationError
from bawang_desk.core.sumber import resource_path

__all__ = ["Aturan", "VersiAturan", "aturan", "aturan_untuk_sop", "muat_aturan", "semua_aturan"]

FOLDER = "aturan"


@dataclass(frozen=True)
class VersiAturan:
    """One version of a rule: in force from ``berlaku`` (``None``: since before any recorded
    change) until the next version's date."""

    berlaku: date | None
    dasar: str
    uraian: str
    isi: Mapping[str, Any]
    catatan: str = ""


@dataclass(frozen=True)
class Aturan:
    """A rule with all its versions, oldest first."""

    kode: str
    judul: str
    bidang: str
    keterangan: str
    versi: tuple[VersiAturan, ...]
    sop: tuple[str, ...] = ()
    """Codes of the SOPs (catalog) whose text this rule changed since they were signed."""

    def pada(self, tanggal: date) -> VersiAturan:
        """The version in force on ``tanggal``.

        A date before the first recorded version gets the first version: the data says nothing
        older, and refusing would stop the books for an old TMT.
        """
        hasil = self.versi[0]
        for v in self.versi[1:]:
            assert v.berlaku is not None
            if v.berlaku <= tanggal:
                hasil = v
            else:
                break
        return hasil

    def sampai(self, versi: VersiAturan) -> date | None:
        """The first day ``versi`` no longer applies (the next version's date), or ``None``."""
        i = self.versi.index(versi)
        return self.versi[i + 1].berlaku if i + 1 < len(self.versi) else None

    def perubahan(self) -> tuple[date, ...]:
        """The dates a new version takes effect."""
        return tuple(v.berlaku for v in self.versi if v.berlaku is not None)


def _salah(berkas: str, pesan: str) -> ValidationError:
    return ValidationError(f"Berkas aturan {berkas}: {pesan}", "aturan")


def muat_aturan(path: Path) -> Aturan:
    """Read and check one rule file (see the module docstring for its form)."""
    nama = path.name
    try:
        with path.open("rb") as f:
            d = tomllib.load(f)
    except FileNotFoundError:
        raise _salah(nama, "tidak ditemukan.") from None
    except tomllib.TOMLDecodeError as e:
        raise _salah(nama, f"bukan TOML yang sah ({e}).") from None
    if not str(d.get("judul", "")).strip():
        raise _salah(nama, "judul belum diisi.")
    mentah = d.get("versi")
    if not isinstance(mentah, list) or not mentah:
        raise _salah(nama, "tidak ada [[versi]].")
    versi: list[VersiAturan] = []
    for i, v in enumerate(mentah, 1):
        berlaku = v.get("berlaku")
        if berlaku is None and i > 1:
            raise _salah(nama, f"versi ke-{i} tidak punya tanggal berlaku.")
        if berlaku is not None and (not isinstance(berlaku, date) or hasattr(berlaku, "hour")):
            raise _salah(nama, f"versi ke-{i}: berlaku harus tanggal TOML (2025-10-01).")
        if versi and versi[-1].berlaku is not None and berlaku <= versi[-1].berlaku:
            raise _salah(nama, f"versi ke-{i} tidak lebih baru dari versi sebelumnya.")
        for kunci in ("dasar", "uraian"):
            if not str(v.get(kunci, "")).strip():
                raise _salah(nama, f"versi ke-{i}: {kunci} belum diisi.")
        versi.append(
            VersiAturan(
                berlaku,
                str(v["dasar"]).strip(),
                " ".join(str(v["uraian"]).split()),
                MappingProxyType(dict(v.get("isi", {}))),
                " ".join(str(v.get("catatan", "")).split()),
            )
        )
    return Aturan(
        path.stem,
        str(d["judul"]).strip(),
        str(d.get("bidang", "")).strip(),
        " ".join(str(d.get("keterangan", "")).split()),
        tuple(versi),
        tuple(str(k) for k in d.get("sop", ())),
    )


@lru_cache(maxsize=64)
def aturan(kode: str) -> Aturan:
    """The shipped rule ``resources/aturan/<kode>.toml`` (read once, then cached)."""
    return muat_aturan(resource_path(FOLDER, f"{kode}.toml"))


def aturan_untuk_sop(kode_sop: str) -> tuple[Aturan, ...]:
    """The rules that changed what an SOP says (``sop = [...]`` in their files)."""
    return tuple(a for a in semua_aturan() if kode_sop in a.sop)


def semua_aturan() -> tuple[Aturan, ...]:
    """Every shipped rule, by field then title, for the read-only view in Pengaturan."""
    hasil = [aturan(p.stem) for p in sorted(resource_path(FOLDER).glob("*.toml"))]
    return tuple(sorted(hasil, key=lambda a: (a.bidang, a.judul)))
