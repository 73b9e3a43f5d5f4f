"""Checks and decodes the identity numbers typed at the counter: NIK, Nomor KK and NIP.

Pure functions, no database: each takes what the user typed (spaces, dots and dashes allowed),
returns a frozen value with the decoded parts, or raises :class:`IdentityError` whose message
says, in Bahasa Indonesia, which field is wrong and how to fix it.

Only what the number's structure guarantees is checked. The region part of a NIK is where the
person was first registered, not where they live now, so any real kecamatan of Indonesia is
accepted: the province, kabupaten/kota and kecamatan must exist in the Kemendagri code list
(``referensi.wilayah_nasional``, Kepmendagri 300.2.2-2138/2025, plus codes renumbered since,
which old NIKs still carry). Digits typed in another script (Arabic-Indic, fullwidth, ...) are
read as the ASCII digits they are, so the stored number is always ASCII.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass

from bawang_desk.core import referensi
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.teks import BULAN

__all__ = [
    "NIK",
    "NIP",
    "IdentityError",
    "NomorKK",
    "angka_ascii",
    "format_nip",
    "parse_nik",
    "parse_nip",
    "parse_no_kk",
]

# What people type between the digits and what we silently drop: every kind of whitespace,
# dots, and the hyphen/dash family.
_PEMISAH = re.compile(r"[\s.\-\u2010-\u2015\u2212]+")
_ANGKA = frozenset("0123456789")

_LABEL = {"nik": "NIK", "no_kk": "Nomor KK", "nip": "NIP"}


class IdentityError(ValidationError):
    """An identity number that cannot be right; ``field`` is "nik", "no_kk" or "nip"."""


@dataclass(frozen=True, slots=True)
class NIK:
    """A structurally valid NIK, decoded."""

    nomor: str
    """The 16 digits, nothing else."""
    kode_wilayah: str
    """Region of first registration, dotted: ``"33.04.05"``."""
    tanggal_lahir: datetime.date
    perempuan: bool
    nomor_urut: int

    @property
    def formatted(self) -> str:
        """Grouped as region, date, serial: ``"330405 120390 0001"``."""
        return f"{self.nomor[:6]} {self.nomor[6:12]} {self.nomor[12:]}"

    def __str__(self) -> str:
        return self.nomor


@dataclass(frozen=True, slots=True)
class NomorKK:
    """A Nomor KK whose length, digits and issuing region are plausible."""

    nomor: str
    kode_wilayah: str

    def __str__(self) -> str:
        return self.nomor


@dataclass(frozen=True, slots=True)
class NIP:
    """A structurally valid NIP (18 digits), decoded."""

    nomor: str
    tanggal_lahir: datetime.date
    tmt_cpns: datetime.date
    """First day of the month of TMT CPNS."""
    perempuan: bool
    nomor_urut: int

    @property
    def formatted(self) -> str:
        """As written on letters: ``"19860926 201505 1 001"``."""
        return _kelompok_nip(self.nomor)

    def __str__(self) -> str:
        return self.nomor


# --- helpers ---------------------------------------------------------------------------------


def angka_ascii(text: str) -> str:
    """``text`` with every decimal digit of any script (Arabic-Indic ``٣``, fullwidth ``３``,
    Devanagari ...) replaced by its ASCII digit; everything else unchanged.

    A NIK or NIP pasted from a phone or a PDF can carry such digits: they are the same number,
    so they are read, never stored as they came (a search for the ASCII number would miss it).
    """
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def _digits(text: str, field: str, panjang: int) -> str:
    """The digits of ``text`` with separators removed, or an IdentityError saying what is wrong."""
    label = _LABEL[field]
    if text is None:
        text = ""
    if not isinstance(text, str):
        text = str(text)
    bersih = _PEMISAH.sub("", angka_ascii(text))
    if not bersih:
        raise IdentityError(f"{label} belum diisi.", field=field)
    salah = [c for c in bersih if c not in _ANGKA]
    if salah:
        contoh = salah[0]
        tampil = repr(contoh) if not contoh.isprintable() else f"'{contoh}'"
        raise IdentityError(
            f"{label} hanya boleh berisi angka; ada {tampil}. "
            f"Ketik {panjang} angka {label} saja (spasi, titik atau tanda hubung boleh).",
            field=field,
        )
    if len(bersih) != panjang:
        raise IdentityError(
            f"{label} harus {panjang} angka; yang diketik {len(bersih)} angka. "
            f"Periksa kembali, mungkin ada angka yang kurang atau lebih.",
            field=field,
        )
    return bersih


def _tgl(d: datetime.date) -> str:
    return d.strftime("%d-%m-%Y")


def _kode_wilayah(digits6: str, field: str) -> str:
    """Dotted region code from the first six digits, after the structural checks."""
    label = _LABEL[field]
    prov, kab, kec = digits6[:2], digits6[2:4], digits6[4:6]
    daftar_prov = referensi.provinsi()
    if prov not in daftar_prov:
        raise IdentityError(
            f"Kode provinsi '{prov}' pada {label} (2 angka pertama) tidak ada. "
            f"Contoh: Jawa Tengah = 33. Periksa kembali {label}.",
            field=field,
        )
    if kab == "00":
        raise IdentityError(
            f"Kode kabupaten/kota pada {label} (angka ke-3 dan ke-4) tidak boleh 00. "
            f"Periksa kembali {label}.",
            field=field,
        )
    if kec == "00":
        raise IdentityError(
            f"Kode kecamatan pada {label} (angka ke-5 dan ke-6) tidak boleh 00. "
            f"Periksa kembali {label}.",
            field=field,
        )
    kode = f"{prov}.{kab}.{kec}"
    w = referensi.wilayah_nasional()
    if f"{prov}.{kab}" not in w.kabupaten:
        raise IdentityError(
            f"Kode kabupaten/kota '{prov}.{kab}' pada {label} (angka ke-3 dan ke-4) tidak ada "
            f"di Provinsi {daftar_prov[prov]} menurut daftar kode wilayah Kemendagri. "
            f"Periksa kembali {label}.",
            field=field,
        )
    if kode not in w.kecamatan:
        nama_kab = w.kabupaten[f"{prov}.{kab}"]
        ada = sorted(k[-2:] for k in w.kecamatan if k.startswith(f"{prov}.{kab}."))
        rentang = f" (yang ada {ada[0]} sampai {ada[-1]})" if ada else ""
        raise IdentityError(
            f"Kode kecamatan '{kec}' ({kode}) pada {label} (angka ke-5 dan ke-6) tidak ada di "
            f"{nama_kab}{rentang}. Periksa kembali {label}.",
            field=field,
        )
    return kode


def _tanggal_atau_none(tahun: int, bulan: int, hari: int) -> datetime.date | None:
    try:
        return datetime.date(tahun, bulan, hari)
    except ValueError:
        return None


# --- NIK -------------------------------------------------------------------------------------


def parse_nik(
    text: str,
    today: datetime.date | None = None,
    tanggal_lahir: datetime.date | None = None,
    perempuan: bool | None = None,
) -> NIK:
    """Check and decode a NIK.

    ``today`` (default: the real today) fixes the century of the two-digit birth year: 20yy if
    that date is not after today, else 19yy. When ``tanggal_lahir`` is given it must agree with
    the NIK (and, if it has the same day, month and two-digit year, it settles the century, so a
    person born in 1926 is not mistaken for a child born in 2026). When ``perempuan`` is given
    it must agree with the NIK's day + 40 rule.
    """
    nomor = _digits(text, "nik", 16)
    kode_wilayah = _kode_wilayah(nomor[:6], "nik")
    today = today or datetime.date.today()

    dd, mm, yy = int(nomor[6:8]), int(nomor[8:10]), int(nomor[10:12])
    if 1 <= dd <= 31:
        is_perempuan, hari = False, dd
    elif 41 <= dd <= 71:
        is_perempuan, hari = True, dd - 40
    else:
        raise IdentityError(
            f"Angka tanggal lahir pada NIK (angka ke-7 dan ke-8) '{nomor[6:8]}' tidak mungkin: "
            "untuk laki-laki 01 sampai 31, untuk perempuan 41 sampai 71 (tanggal + 40). "
            "Periksa kembali NIK.",
            field="nik",
        )
    if not 1 <= mm <= 12:
        raise IdentityError(
            f"Bulan lahir pada NIK (angka ke-9 dan ke-10) '{nomor[8:10]}' tidak ada; "
            "harus 01 sampai 12. Periksa kembali NIK.",
            field="nik",
        )

    lahir = None
    if (
        tanggal_lahir is not None
        and (tanggal_lahir.day, tanggal_lahir.month, tanggal_lahir.year % 100) == (hari, mm, yy)
        and tanggal_lahir.year in (1900 + yy, 2000 + yy)
        and tanggal_lahir <= today
    ):
        lahir = tanggal_lahir
    if lahir is None:
        abad21 = _tanggal_atau_none(2000 + yy, mm, hari)
        lahir = abad21 if abad21 is not None and abad21 <= today else None
    if lahir is None:
        lahir = _tanggal_atau_none(1900 + yy, mm, hari)
    if lahir is None:
        if mm == 2 and hari == 29:
            alasan = "29 Februari hanya ada di tahun kabisat"
        else:
            alasan = f"bulan {BULAN[mm - 1]} tidak punya tanggal {hari}"
        raise IdentityError(
            f"Tanggal lahir pada NIK ({hari:02d}-{mm:02d}-{yy:02d}) tidak ada: {alasan}. "
            "Periksa kembali NIK.",
            field="nik",
        )

    nomor_urut = int(nomor[12:])
    if nomor_urut == 0:
        raise IdentityError(
            "Nomor urut pada NIK (4 angka terakhir) tidak boleh 0000. Periksa kembali NIK.",
            field="nik",
        )

    if tanggal_lahir is not None and tanggal_lahir != lahir:
        raise IdentityError(
            f"Tanggal lahir {_tgl(tanggal_lahir)} tidak cocok dengan NIK "
            f"(NIK menunjukkan {_tgl(lahir)}). Periksa kembali NIK atau tanggal lahir.",
            field="nik",
        )
    if perempuan is not None and bool(perempuan) != is_perempuan:
        diisi = "perempuan" if perempuan else "laki-laki"
        nik_jk = "perempuan" if is_perempuan else "laki-laki"
        raise IdentityError(
            f"Jenis kelamin {diisi} tidak cocok dengan NIK (NIK menunjukkan {nik_jk}; "
            "pada NIK perempuan, tanggal lahir ditambah 40). "
            "Periksa kembali NIK atau jenis kelamin.",
            field="nik",
        )
    return NIK(nomor, kode_wilayah, lahir, is_perempuan, nomor_urut)


# --- Nomor KK --------------------------------------------------------------------------------


def parse_no_kk(text: str) -> NomorKK:
    """Check a Nomor KK: 16 digits and a plausible issuing region (the rest is not checked)."""
    nomor = _digits(text, "no_kk", 16)
    return NomorKK(nomor, _kode_wilayah(nomor[:6], "no_kk"))


# --- NIP -------------------------------------------------------------------------------------

_USIA_MIN_CPNS = 18
_USIA_MAKS_CPNS = 60


def parse_nip(text: str) -> NIP:
    """Check and decode a NIP: birth date, TMT CPNS, sex digit and serial."""
    nomor = _digits(text, "nip", 18)

    th, bl, hr = int(nomor[0:4]), int(nomor[4:6]), int(nomor[6:8])
    if not 1 <= bl <= 12:
        raise IdentityError(
            f"Bulan lahir pada NIP (angka ke-5 dan ke-6) '{nomor[4:6]}' tidak ada; "
            "harus 01 sampai 12. Periksa kembali NIP.",
            field="nip",
        )
    if th < 1900:
        raise IdentityError(
            f"Tahun lahir pada NIP (4 angka pertama) '{nomor[0:4]}' tidak mungkin. "
            "Periksa kembali NIP.",
            field="nip",
        )
    lahir = _tanggal_atau_none(th, bl, hr)
    if lahir is None:
        raise IdentityError(
            f"Tanggal lahir pada NIP ({nomor[6:8]}-{nomor[4:6]}-{nomor[0:4]}) tidak ada. "
            "8 angka pertama NIP adalah tanggal lahir TTTTBBHH; periksa kembali NIP.",
            field="nip",
        )

    tt, tb = int(nomor[8:12]), int(nomor[12:14])
    if not 1 <= tb <= 12:
        raise IdentityError(
            f"Bulan TMT CPNS pada NIP (angka ke-13 dan ke-14) '{nomor[12:14]}' tidak ada; "
            "harus 01 sampai 12. Periksa kembali NIP.",
            field="nip",
        )
    if tt < 1900:
        raise IdentityError(
            f"Tahun TMT CPNS pada NIP (angka ke-9 sampai ke-12) '{nomor[8:12]}' tidak mungkin. "
            "Periksa kembali NIP.",
            field="nip",
        )
    tmt = datetime.date(tt, tb, 1)
    # Compared by month: TMT is always the 1st, so "turns 18 during that month" is accepted.
    if (tt, tb) < (th + _USIA_MIN_CPNS, bl):
        raise IdentityError(
            f"TMT CPNS pada NIP ({tb:02d}-{tt}) sebelum pegawai berumur {_USIA_MIN_CPNS} tahun "
            f"(lahir {_tgl(lahir)}). Periksa kembali NIP.",
            field="nip",
        )
    if (tt, tb) > (th + _USIA_MAKS_CPNS, bl):
        raise IdentityError(
            f"TMT CPNS pada NIP ({tb:02d}-{tt}) lebih dari {_USIA_MAKS_CPNS} tahun setelah "
            f"tanggal lahir ({_tgl(lahir)}). Periksa kembali NIP.",
            field="nip",
        )

    jk = nomor[14]
    if jk not in ("1", "2"):
        raise IdentityError(
            f"Angka jenis kelamin pada NIP (angka ke-15) '{jk}' tidak sah; "
            "harus 1 (laki-laki) atau 2 (perempuan). Periksa kembali NIP.",
            field="nip",
        )
    nomor_urut = int(nomor[15:])
    if nomor_urut == 0:
        raise IdentityError(
            "Nomor urut pada NIP (3 angka terakhir) tidak boleh 000. Periksa kembali NIP.",
            field="nip",
        )
    return NIP(nomor, lahir, tmt, jk == "2", nomor_urut)


def format_nip(nomor: str) -> str:
    """A NIP written with spaces, ``"19860926 201505 1 001"``; raises IdentityError if invalid."""
    return _kelompok_nip(parse_nip(nomor).nomor)


def tulis_nip(nomor: str) -> str:
    """An 18-digit NIP or NI PPPK grouped for print; never raises (a list must always print,
    and a PPPK number does not follow the NIP's date layout)."""
    d = "".join(c for c in nomor if c.isdigit())
    return _kelompok_nip(d) if len(d) == 18 else nomor


def _kelompok_nip(d: str) -> str:
    return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"
