"""Reference data that rarely changes: region codes (provinsi, kecamatan, desa) and golongan/pangkat.

The data lives in ``resources/referensi/*.toml`` so a correction needs no code change; this
module only loads it (once, cached) and answers look-ups with Indonesian error messages.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from bawang_desk.core.errors import ValidationError
from bawang_desk.core.sumber import resource_path

__all__ = [
    "GOLONGAN",
    "PANGKAT",
    "Desa",
    "Kecamatan",
    "Wilayah",
    "desa_bawang",
    "desa_by_nama",
    "kecamatan_banjarnegara",
    "kecamatan_by_nama",
    "pangkat_golongan",
    "provinsi",
    "validasi_golongan",
    "wilayah_kantor",
]


@dataclass(frozen=True, slots=True)
class Wilayah:
    """One region with its dotted Kemendagri code, e.g. ``Wilayah("33.04", "Banjarnegara")``."""

    kode: str
    nama: str


@dataclass(frozen=True, slots=True)
class Kecamatan:
    """A kecamatan of Kabupaten Banjarnegara; ``kode`` is the full code, e.g. ``"33.04.05"``."""

    kode: str
    nama: str


@dataclass(frozen=True, slots=True)
class Desa:
    """A desa of Kecamatan Bawang; ``kode`` is the full code, e.g. ``"33.04.05.2001"``."""

    kode: str
    nama: str


def _baca_toml(nama_berkas: str) -> dict[str, Any]:
    with resource_path("referensi", nama_berkas).open("rb") as f:
        return tomllib.load(f)


@lru_cache(maxsize=1)
def _wilayah() -> dict[str, Any]:
    return _baca_toml("wilayah.toml")


def wilayah_kantor() -> tuple[Wilayah, Wilayah, Wilayah]:
    """The office's own provinsi, kabupaten and kecamatan, in that order."""
    kantor = _wilayah()["kantor"]
    return (
        Wilayah(kantor["provinsi"]["kode"], kantor["provinsi"]["nama"]),
        Wilayah(kantor["kabupaten"]["kode"], kantor["kabupaten"]["nama"]),
        Wilayah(kantor["kecamatan"]["kode"], kantor["kecamatan"]["nama"]),
    )


@lru_cache(maxsize=1)
def _provinsi() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(_wilayah()["provinsi"].items()))


def provinsi() -> dict[str, str]:
    """The 38 provinces, two-digit Kemendagri code to name, ordered by code (a fresh copy)."""
    return dict(_provinsi())


@lru_cache(maxsize=1)
def kecamatan_banjarnegara() -> tuple[Kecamatan, ...]:
    """The 20 kecamatan of Kabupaten Banjarnegara, ordered by code."""
    kab = wilayah_kantor()[1].kode
    hasil = (
        Kecamatan(f"{kab}.{k['kode']}", k["nama"]) for k in _wilayah()["kecamatan_banjarnegara"]
    )
    return tuple(sorted(hasil, key=lambda k: k.kode))


@lru_cache(maxsize=1)
def desa_bawang() -> tuple[Desa, ...]:
    """The 18 desa of Kecamatan Bawang, ordered by code."""
    kec = wilayah_kantor()[2].kode
    hasil = (Desa(f"{kec}.{d['kode']}", d["nama"]) for d in _wilayah()["desa_bawang"])
    return tuple(sorted(hasil, key=lambda d: d.kode))


def _kunci(nama: str) -> str:
    return " ".join(str(nama).split()).casefold()


def desa_by_nama(nama: str) -> Desa:
    """The desa of Kecamatan Bawang with this name (case and extra spaces ignored)."""
    kunci = _kunci(nama)
    for desa in desa_bawang():
        if desa.nama.casefold() == kunci:
            return desa
    kec = wilayah_kantor()[2].nama
    if not kunci:
        raise ValidationError("Desa belum dipilih.", field="desa")
    daftar = ", ".join(d.nama for d in desa_bawang())
    raise ValidationError(
        f"Desa '{' '.join(str(nama).split())}' tidak ada di Kecamatan {kec}. "
        f"Pilih salah satu: {daftar}.",
        field="desa",
    )


def kecamatan_by_nama(nama: str) -> Kecamatan:
    """The kecamatan of Kabupaten Banjarnegara with this name (case and extra spaces ignored)."""
    kunci = _kunci(nama)
    for kec in kecamatan_banjarnegara():
        if kec.nama.casefold() == kunci:
            return kec
    if not kunci:
        raise ValidationError("Kecamatan belum dipilih.", field="kecamatan")
    kab = wilayah_kantor()[1].nama
    daftar = ", ".join(k.nama for k in kecamatan_banjarnegara())
    raise ValidationError(
        f"Kecamatan '{' '.join(str(nama).split())}' tidak ada di Kabupaten {kab}. "
        f"Pilih salah satu: {daftar}.",
        field="kecamatan",
    )


# --- Golongan dan pangkat --------------------------------------------------------------------


def _muat_pangkat() -> tuple[tuple[str, str], ...]:
    return tuple((g["kode"], g["pangkat"]) for g in _baca_toml("pangkat.toml")["golongan"])


_DATA_PANGKAT = _muat_pangkat()

GOLONGAN: tuple[str, ...] = tuple(kode for kode, _ in _DATA_PANGKAT)
"""The 17 golongan/ruang from I/a to IV/e, lowest first (index order is seniority)."""

PANGKAT: dict[str, str] = dict(_DATA_PANGKAT)
"""Golongan/ruang to pangkat name, e.g. ``PANGKAT["III/b"] == "Penata Muda Tk I"``."""

_ROMAWI_GOL = {"1": "I", "2": "II", "3": "III", "4": "IV"}
_POLA_GOLONGAN = re.compile(r"(IV|III|II|I|[1-4])\s*[/\-.]?\s*([A-Z])", re.IGNORECASE)


def validasi_golongan(text: str) -> str:
    """Canonical golongan/ruang ("III/b") from what was typed: "iii/b", "III / B", "III b", "3b"."""
    bersih = " ".join(str(text).split())
    if not bersih:
        raise ValidationError("Golongan belum diisi.", field="golongan")
    cocok = _POLA_GOLONGAN.fullmatch(bersih)
    if cocok:
        angka = cocok.group(1).upper()
        kode = f"{_ROMAWI_GOL.get(angka, angka)}/{cocok.group(2).lower()}"
        if kode in PANGKAT:
            return kode
    raise ValidationError(
        f"Golongan '{bersih}' tidak ada. Golongan yang sah: I/a sampai IV/e.", field="golongan"
    )


def pangkat_golongan(gol: str) -> str:
    """Pangkat with golongan as printed under a signature: "Penata Muda Tk I (III/b)"."""
    kode = validasi_golongan(gol)
    return f"{PANGKAT[kode]} ({kode})"
