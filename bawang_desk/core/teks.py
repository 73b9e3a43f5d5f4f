"""Indonesian text helpers: dates, Roman numerals, rupiah, terbilang, and names as typed.

Why here and not left to the locale: the office PCs may run an English Windows, and the letters
must still read "24 November 2026", "Rp15.000.000" and "lima belas juta rupiah" exactly as the
Tata Naskah Dinas expects. Nothing here depends on the OS locale; every parser raises
:class:`ValidationError` with an Indonesian message naming the field, and nothing else.
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from bawang_desk.core.errors import ValidationError

__all__ = [
    "BULAN",
    "HARI",
    "bulan_romawi",
    "hari_tanggal",
    "normalisasi_nama",
    "parse_rupiah",
    "parse_tanggal",
    "romawi",
    "rupiah",
    "tanggal_panjang",
    "tanggal_pendek",
    "terbilang",
    "terbilang_angka",
]

BULAN: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
"""Month names; ``BULAN[d.month - 1]``."""

HARI: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
"""Day names in ``date.weekday()`` order (Monday first)."""


# --- Tanggal ---------------------------------------------------------------------------------


def tanggal_panjang(d: datetime.date) -> str:
    """``"24 November 2026"`` (no leading zero on the day)."""
    return f"{d.day} {BULAN[d.month - 1]} {d.year}"


def tanggal_pendek(d: datetime.date) -> str:
    """``"24-11-2026"``."""
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def hari_tanggal(d: datetime.date) -> str:
    """``"Selasa, 24 November 2026"``."""
    return f"{HARI[d.weekday()]}, {tanggal_panjang(d)}"


_ROMAWI = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def romawi(n: int) -> str:
    """Roman numeral for 1..3999; ValueError outside."""
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 3999:
        raise ValueError(f"Angka Romawi hanya untuk 1 sampai 3999, bukan {n!r}.")
    hasil = []
    for nilai, huruf in _ROMAWI:
        jumlah, n = divmod(n, nilai)
        hasil.append(huruf * jumlah)
    return "".join(hasil)


def bulan_romawi(month: int) -> str:
    """Month as a Roman numeral, as in letter numbers: 11 -> ``"XI"``; ValueError outside 1..12."""
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValueError(f"Bulan harus 1 sampai 12, bukan {month!r}.")
    return romawi(month)


# --- Rupiah ----------------------------------------------------------------------------------


def _ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def rupiah(amount: int | Decimal) -> str:
    """``"Rp15.000.000"``; sen only when not whole: ``Decimal("1500.50")`` -> ``"Rp1.500,50"``.

    Floats are refused (TypeError): money must come as int or Decimal.
    """
    if isinstance(amount, bool) or not isinstance(amount, int | Decimal):
        raise TypeError(f"Jumlah rupiah harus int atau Decimal, bukan {type(amount).__name__}.")
    if isinstance(amount, Decimal):
        if not amount.is_finite():
            raise ValueError(f"Jumlah rupiah tidak sah: {amount}.")
        try:
            amount = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        except InvalidOperation:
            raise ValueError(f"Jumlah rupiah terlalu besar: {amount}.") from None
        tanda = "-" if amount < 0 else ""
        sen_total = int(abs(amount) * 100)
        utuh, sen = divmod(sen_total, 100)
        if sen:
            return f"{tanda}Rp{_ribuan(utuh)},{sen:02d}"
        return f"{tanda}Rp{_ribuan(utuh)}" if utuh else "Rp0"
    tanda = "-" if amount < 0 else ""
    return f"{tanda}Rp{_ribuan(abs(amount))}"


_SKALA = ("", "ribu", "juta", "miliar", "triliun", "kuadriliun")


def _bilangan_bulat(n: int | Decimal) -> int:
    if isinstance(n, bool) or not isinstance(n, int | Decimal):
        raise TypeError(f"Terbilang butuh int atau Decimal, bukan {type(n).__name__}.")
    if isinstance(n, Decimal):
        if not n.is_finite() or n != n.to_integral_value():
            raise ValueError(f"Terbilang hanya untuk bilangan bulat, bukan {n}.")
        n = int(n)
    if n < 0:
        raise ValueError(f"Terbilang tidak untuk bilangan negatif ({n}).")
    if n >= 1000 ** len(_SKALA):
        raise ValueError(f"Bilangan {n} terlalu besar untuk ditulis dengan huruf.")
    return n


def terbilang_angka(n: int | Decimal, kapital: bool = False) -> str:
    """A whole number in Indonesian words: 1_500_250 -> ``"satu juta lima ratus ribu dua ratus
    lima puluh"``; 0 -> ``"nol"``. ``kapital`` capitalises the first letter only.

    num2words spells each group of three digits (it gets "seratus", "sebelas", "sepuluh" right),
    the scale words are joined here because num2words writes 1_001_000 as "satu juta satu ribu"
    where Indonesian says "satu juta seribu".
    """
    n = _bilangan_bulat(n)
    if n == 0:
        kata = "nol"
    else:
        bagian = []
        for i in range(len(_SKALA) - 1, -1, -1):
            grup = (n // 1000**i) % 1000
            if not grup:
                continue
            if i == 1 and grup == 1:
                bagian.append("seribu")
            else:
                from num2words import num2words  # imported on first use: it is slow to load

                bagian.append(num2words(grup, lang="id"))
                if _SKALA[i]:
                    bagian.append(_SKALA[i])
        kata = " ".join(" ".join(bagian).split())
    return kata[0].upper() + kata[1:] if kapital else kata


def terbilang(amount: int | Decimal, kapital: bool = False) -> str:
    """A whole rupiah amount in words: 15_000_000 -> ``"lima belas juta rupiah"``.

    ``kapital=True`` -> ``"Lima belas juta rupiah"``. Negative or non-whole amounts: ValueError.
    """
    return f"{terbilang_angka(amount, kapital=kapital)} rupiah"


_POLA_RUPIAH = re.compile(
    r"(?:rp\.?|idr)?\s*(?P<n>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,(?P<sen>[0-9]{1,2}|-))?",
    re.IGNORECASE,
)
_MAKS_DIGIT_RUPIAH = 15


def parse_rupiah(text: str) -> int:
    """Whole rupiah from what was typed: "15.000.000", "Rp 15.000.000", "15000000",
    "Rp15.000.000,00", "Rp15.000.000,-". Raises ValidationError (field "jumlah") otherwise.
    """
    bersih = " ".join(str(text or "").split())
    if not bersih:
        raise ValidationError("Jumlah belum diisi.", field="jumlah")
    if "-" in bersih.replace(",-", "") or "−" in bersih:
        raise ValidationError("Jumlah tidak boleh negatif.", field="jumlah")
    cocok = _POLA_RUPIAH.fullmatch(bersih)
    if not cocok:
        if re.search(r"juta|ribu|rb|jt|miliar|triliun", bersih, re.IGNORECASE):
            raise ValidationError(
                f"Tulis jumlah dengan angka lengkap, misalnya 15.500.000 (bukan '{bersih}').",
                field="jumlah",
            )
        raise ValidationError(
            f"Jumlah '{bersih}' tidak dapat dibaca. Tulis dengan angka, "
            "titik sebagai pemisah ribuan, misalnya 15.000.000.",
            field="jumlah",
        )
    sen = cocok.group("sen")
    if sen and sen != "-" and int(sen):
        raise ValidationError(f"Jumlah harus rupiah bulat tanpa sen ('{bersih}').", field="jumlah")
    angka = cocok.group("n").replace(".", "").lstrip("0") or "0"
    if len(angka) > _MAKS_DIGIT_RUPIAH:
        raise ValidationError(f"Jumlah '{bersih}' terlalu besar.", field="jumlah")
    return int(angka)


# --- Membaca tanggal -------------------------------------------------------------------------

_NAMA_BULAN: dict[str, int] = {}
for _i, _nama in enumerate(BULAN, start=1):
    _NAMA_BULAN[_nama.lower()] = _i
    _NAMA_BULAN[_nama[:3].lower()] = _i
_NAMA_BULAN.update(
    {
        "agt": 8,
        "ags": 8,
        "aug": 8,
        "sept": 9,
        "okt": 10,
        "oct": 10,
        "nop": 11,
        "nopember": 11,
        "des": 12,
        "dec": 12,
        "may": 5,
        "pebruari": 2,
        "peb": 2,
    }
)

_HARI_AWAL = "|".join(h.lower() for h in HARI) + "|jum'at"
_POLA_DMY = re.compile(r"([0-9]{1,2})\s*([-/.])\s*([0-9]{1,2})\s*\2\s*([0-9]{4})")
_POLA_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_POLA_8_ANGKA = re.compile(r"([0-9]{2})([0-9]{2})([0-9]{4})")
_POLA_NAMA = re.compile(r"([0-9]{1,2})\s*([a-z]+)\.?\s*([0-9]{4})")
_POLA_HARI = re.compile(rf"(?:{_HARI_AWAL})\s*,?\s*")


def parse_tanggal(text: str) -> datetime.date:
    """A date from "24-11-2026", "24/11/2026", "24.11.2026", "24112026" (eight digits, as fast
    typists enter it), "2026-11-24", "24 November 2026", "24 Nov 2026" (optionally after a day
    name, "Selasa, 24 November 2026").

    Two-digit years are refused (ambiguous). Raises ValidationError (field "tanggal").
    """
    bersih = " ".join(str(text or "").split())
    if not bersih:
        raise ValidationError("Tanggal belum diisi.", field="tanggal")
    s = bersih.lower()
    s = _POLA_HARI.sub("", s, count=1) if _POLA_HARI.match(s) else s
    hari = bulan = tahun = None
    if m := _POLA_DMY.fullmatch(s):
        hari, bulan, tahun = int(m.group(1)), int(m.group(3)), int(m.group(4))
    elif m := _POLA_8_ANGKA.fullmatch(s):
        hari, bulan, tahun = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _POLA_ISO.fullmatch(s):
        tahun, bulan, hari = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif (m := _POLA_NAMA.fullmatch(s)) and m.group(2) in _NAMA_BULAN:
        hari, bulan, tahun = int(m.group(1)), _NAMA_BULAN[m.group(2)], int(m.group(3))
    if hari is None or bulan is None or tahun is None:
        raise ValidationError(
            f"Tanggal '{bersih}' tidak dapat dibaca. Tulis seperti 24-11-2026 atau "
            "24 November 2026.",
            field="tanggal",
        )
    if not 1 <= bulan <= 12:
        raise ValidationError(
            f"Tanggal '{bersih}': bulan {bulan} tidak ada (harus 1 sampai 12).", field="tanggal"
        )
    if tahun < 1:
        raise ValidationError(f"Tanggal '{bersih}': tahun {tahun} tidak ada.", field="tanggal")
    akhir = calendar.monthrange(tahun, bulan)[1]
    if not 1 <= hari <= akhir:
        sebab = (
            f"{BULAN[bulan - 1]} {tahun} hanya {akhir} hari"
            if hari > akhir
            else f"hari {hari} tidak ada"
        )
        raise ValidationError(
            f"Tanggal {hari} {BULAN[bulan - 1]} {tahun} tidak ada: {sebab}. Periksa kembali "
            "tanggalnya.",
            field="tanggal",
        )
    return datetime.date(tahun, bulan, hari)


# --- Nama ------------------------------------------------------------------------------------

NAMA_MAKS = 100
_TANDA_NAMA = frozenset(" '-.,")
_APOSTROF = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


def normalisasi_nama(text: str) -> str:
    """A person's name as it will be stored and printed: spaces collapsed, ends stripped.

    Letters of any script, apostrophes (Ma'ruf; curly ones become '), hyphens, dots and commas
    (titles: "Drs. H. Ahmad, S.Sos.") are kept as typed. Digits, control or invisible characters
    and other symbols are refused with a ValidationError (field "nama"). At most 100 characters.
    """
    mentah = unicodedata.normalize("NFC", str(text or ""))
    for c in mentah:
        kategori = unicodedata.category(c)
        if kategori[0] == "C" and c not in "\t\n\r":
            raise ValidationError(
                "Nama berisi karakter tak terlihat atau karakter kendali; ketik ulang namanya.",
                field="nama",
            )
    nama = " ".join(mentah.split()).translate(_APOSTROF)
    if not nama:
        raise ValidationError("Nama belum diisi.", field="nama")
    for c in nama:
        kategori = unicodedata.category(c)
        if kategori[0] == "N":
            raise ValidationError("Nama tidak boleh berisi angka.", field="nama")
        if kategori[0] not in "LM" and c not in _TANDA_NAMA:
            raise ValidationError(
                f"Nama tidak boleh berisi tanda '{c}'. Yang boleh: huruf, spasi, "
                "tanda petik ('), tanda hubung (-), titik dan koma.",
                field="nama",
            )
    if not any(unicodedata.category(c)[0] == "L" for c in nama):
        raise ValidationError("Nama harus berisi huruf.", field="nama")
    if len(nama) > NAMA_MAKS:
        raise ValidationError(
            f"Nama terlalu panjang ({len(nama)} huruf); paling banyak {NAMA_MAKS}.",
            field="nama",
        )
    return nama
