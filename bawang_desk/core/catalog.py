"""The SOP catalog: reads one TOML file per SOP from ``resources/sop`` into immutable objects.

The office's SOPs are data, not code (DESIGN.md): adding SOP 005 or 009 is a new file in the
folder. Each file holds the SOP's header (nomor, nama, dates, dasar hukum, ...), its numbered
steps (``[[langkah]]``) with the standard time the office is measured against, and the
requirement checklists by variant (``[[varian]]``). This module checks every file strictly and
turns any fault into a :class:`CatalogError` that names the file and the field, because the
people who will edit these files are office staff, not programmers: a wrong catalog must fail
loudly at start with a message they can act on, never show a half-read SOP at the counter.

Field paths in error messages count from 1, like the step numbers on paper:
``langkah[3].waktu`` is the third ``[[langkah]]`` table of the file.

Two texts hold placeholders the app fills from its settings, because the seed got them wrong or
they change over time: ``{kecamatan}`` in ``peringatan`` (see :meth:`SOP.peringatan_untuk`) and
``{meterai}`` in a variant's ``persyaratan`` (see :meth:`Varian.persyaratan_untuk`).
"""

from __future__ import annotations

import datetime
import difflib
import functools
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bawang_desk.core.errors import BawangError
from bawang_desk.core.sumber import resource_path

__all__ = [
    "SATUAN_WAKTU",
    "SOP",
    "Cabang",
    "Catalog",
    "CatalogError",
    "KodeTidakDikenal",
    "Langkah",
    "Varian",
    "format_waktu",
    "load_catalog",
    "parse_waktu",
]


class CatalogError(BawangError, ValueError):
    """A catalog file cannot be used; the message names the file and, where known, the field.

    ``berkas`` (file name), ``bidang`` (field path such as ``langkah[3].waktu``) and ``pesan``
    (the bare reason) are kept apart so a caller can show or log them separately.
    """

    def __init__(self, pesan: str, berkas: str | None = None, bidang: str | None = None) -> None:
        super().__init__(": ".join(bagian for bagian in (berkas, bidang, pesan) if bagian))
        self.pesan = pesan
        self.berkas = berkas
        self.bidang = bidang


class KodeTidakDikenal(BawangError, KeyError):
    """A lookup by kode, nomor or register found nothing; it is a ``KeyError`` for callers.

    ``KeyError`` would show its message in quotes; this one shows it as written, because
    ``str(e)`` of a :class:`BawangError` goes to the user as is.
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


# --------------------------------------------------------------------------- waktu

SATUAN_WAKTU: Mapping[str, datetime.timedelta] = MappingProxyType(
    {
        "menit": datetime.timedelta(minutes=1),
        "jam": datetime.timedelta(hours=1),
        "hari": datetime.timedelta(days=1),
        "minggu": datetime.timedelta(weeks=1),
    }
)
"""The units a standard time may use. No "bulan": a month is not a fixed length."""

_SATUAN_POLA = "|".join(SATUAN_WAKTU)
_BAGIAN_WAKTU = re.compile(rf"([0-9]+)\s*({_SATUAN_POLA})")
_WAKTU_UTUH = re.compile(rf"\s*(?:[0-9]+\s*(?:{_SATUAN_POLA})\s*)+")
_CONTOH_WAKTU = "(contoh: '2 menit', '14 hari', '3 minggu')"


def parse_waktu(text: str) -> datetime.timedelta:
    """Read a standard time as the SOPs write it: ``"2 menit"``, ``"2menit"``, ``"3 Minggu"``.

    Units are menit, jam, hari and minggu, in any letter case; several parts may follow each
    other (``"1 jam 30 menit"``, as :func:`format_waktu` writes totals). A bare number is
    refused on purpose: the unit is part of the service standard, and guessing it would turn
    "14" days into 14 minutes without anyone noticing.

    Raises :class:`CatalogError` (never another exception) for anything else.
    """
    if not isinstance(text, str):
        raise CatalogError(f"lama waktu harus berupa teks, bukan {_jenis(text)} {_CONTOH_WAKTU}")
    kecil = text.lower()
    if not _WAKTU_UTUH.fullmatch(kecil):
        raise CatalogError(f"{text!r} bukan lama waktu yang dikenal {_CONTOH_WAKTU}")
    bagian = _BAGIAN_WAKTU.findall(kecil)
    satuan_dipakai = [satuan for _, satuan in bagian]
    for satuan in satuan_dipakai:
        if satuan_dipakai.count(satuan) > 1:
            raise CatalogError(f"{text!r}: satuan '{satuan}' disebut lebih dari sekali")
    total = datetime.timedelta()
    try:
        for angka, satuan in bagian:
            total += int(angka) * SATUAN_WAKTU[satuan]
    except (OverflowError, ValueError):  # ValueError: more digits than int() accepts
        raise CatalogError(f"{text!r}: lama waktu terlalu besar") from None
    return total


def format_waktu(waktu: datetime.timedelta) -> str:
    """Write a duration in hari, jam and menit (``"14 hari 33 menit"``), e.g. an SOP's total.

    Weeks are written as days, the way the office counts service days. Seconds are dropped:
    standard times are whole minutes. The result reads back with :func:`parse_waktu`.
    """
    if waktu < datetime.timedelta():
        raise ValueError("lama waktu tidak boleh negatif")
    menit = waktu // datetime.timedelta(minutes=1)
    hari, sisa = divmod(menit, 24 * 60)
    jam, menit = divmod(sisa, 60)
    bagian = [
        f"{n} {satuan}" for n, satuan in ((hari, "hari"), (jam, "jam"), (menit, "menit")) if n
    ]
    return " ".join(bagian) or "0 menit"


# --------------------------------------------------------------------------- objects

_TEMPAT_ISIAN = re.compile(r"\{([^{}]*)\}")


def _isi(teks: str, **nilai: str) -> str:
    """Replace ``{nama}`` placeholders by plain replacement, so no other brace is ever parsed."""
    for nama, ganti in nilai.items():
        teks = teks.replace("{" + nama + "}", ganti)
    return teks


@dataclass(frozen=True)
class Cabang:
    """A sub-case of a step with its own standard time (SOP 011 step 5 has three).

    ``varian`` names the requirement variants the sub-case applies to, so the app can show
    the right standard for the application at hand.
    """

    uraian: str
    waktu: datetime.timedelta | None
    waktu_teks: str
    varian: tuple[str, ...]


@dataclass(frozen=True)
class Langkah:
    """One numbered step of an SOP: what is done, by whom, and the standard time it may take.

    ``waktu`` is ``None`` where the seed gives no time (it is then no part of the standard);
    ``waktu_teks`` keeps the text as the SOP writes it, for printing.
    """

    nomor: int
    uraian: str
    pelaksana: tuple[str, ...]
    waktu: datetime.timedelta | None
    waktu_teks: str
    output: str
    keterangan: str
    persyaratan: str
    cabang: tuple[Cabang, ...] = ()


@dataclass(frozen=True)
class Varian:
    """One kind of application of a service (KK pemecahan, KTP-el hilang/rusak, ...).

    ``persyaratan`` is the checklist the counter ticks; ``bersyarat`` is aligned with it and is
    ``True`` for an item needed only in some cases (the Letter C extract only when the
    collateral is an SPPT), so the checklist does not block on it.
    """

    kode: str
    nama: str
    persyaratan: tuple[str, ...]
    catatan: str
    bersyarat: tuple[bool, ...] = ()

    def __post_init__(self) -> None:
        if not self.bersyarat:
            object.__setattr__(self, "bersyarat", (False,) * len(self.persyaratan))
        elif len(self.bersyarat) != len(self.persyaratan):
            raise ValueError("bersyarat harus sepanjang persyaratan")

    def persyaratan_untuk(self, meterai: str) -> tuple[str, ...]:
        """The checklist with ``{meterai}`` filled in; the stamp duty amount is a setting.

        The seed's "Rp. 6.000" went out of date with UU 10/2020; keeping the amount out of
        the catalog means the next change is a setting, not an edit of every SOP file.
        """
        return tuple(_isi(item, meterai=meterai) for item in self.persyaratan)

    @property
    def wajib(self) -> tuple[str, ...]:
        """The items every application of this variant must bring (placeholders unfilled)."""
        return tuple(p for p, b in zip(self.persyaratan, self.bersyarat, strict=True) if not b)


@dataclass(frozen=True)
class SOP:
    """One SOP of the office as the catalog file states it, with seed faults corrected.

    ``berkas`` is the file name it was read from, for messages that send an editor there.
    """

    kode: str
    nomor: str
    nama: str
    tanggal_pembuatan: str
    tanggal_revisi: str
    tanggal_pengesahan: str
    disahkan_oleh: str
    dasar_hukum: tuple[str, ...]
    kualifikasi: tuple[str, ...]
    keterkaitan: tuple[str, ...]
    peralatan: tuple[str, ...]
    peringatan: tuple[str, ...]
    pencatatan: tuple[str, ...]
    register: str
    surat: str
    langkah: tuple[Langkah, ...]
    varian: tuple[Varian, ...]
    berkas: str

    @property
    def total_waktu(self) -> datetime.timedelta:
        """Sum of the steps' standard times; steps without a time add nothing."""
        return sum((lk.waktu for lk in self.langkah if lk.waktu is not None), datetime.timedelta())

    def varian_by_kode(self, kode: str) -> Varian:
        """The variant with this kode; a ``KeyError`` (:class:`KodeTidakDikenal`) if none."""
        for varian in self.varian:
            if varian.kode == kode:
                return varian
        tersedia = ", ".join(v.kode for v in self.varian) or "tidak ada"
        raise KodeTidakDikenal(
            f"SOP {self.nama} tidak punya varian berkode {kode!r} (yang ada: {tersedia})"
        )

    def peringatan_untuk(self, kecamatan: str) -> tuple[str, ...]:
        """The warnings with ``{kecamatan}`` filled in from the office settings.

        The seed's SOP 004 names another kecamatan (Pandanarum) by a copy error; the catalog
        keeps a placeholder so the warning always names the office that uses the app.
        """
        return tuple(_isi(teks, kecamatan=kecamatan) for teks in self.peringatan)


def _kunci_nomor(nomor: str) -> str:
    """Compare SOP numbers on letters and digits only: "068/ 004 /SOP Kec.Bwg/2022." matches."""
    return re.sub(r"[^0-9a-z]", "", nomor.lower())


def _urutan(sop: SOP) -> tuple[int, str, str]:
    """Numbered SOPs first by nomor, then the unnumbered ones by kode."""
    return (0, _kunci_nomor(sop.nomor), sop.kode) if sop.nomor else (1, "", sop.kode)


class Catalog:
    """All SOPs of the office, read-only: iterate for SOPs in nomor/kode order, index by kode.

    ``catalog["pindah"]`` gives an SOP by kode; :meth:`by_nomor` and :meth:`by_register` find
    one by its printed number or by the register it writes. Building a catalog checks that
    kode, nomor and register are each used by one SOP only, since every lookup relies on it.
    """

    __slots__ = ("_by_kode", "_urut", "folder")

    def __init__(self, sops: Iterable[SOP], folder: Path | None = None) -> None:
        by_kode: dict[str, SOP] = {}
        by_nomor: dict[str, SOP] = {}
        by_register: dict[str, SOP] = {}
        for sop in sops:
            for nilai, indeks, bidang in (
                (sop.kode, by_kode, "kode"),
                (_kunci_nomor(sop.nomor), by_nomor, "nomor"),
                (sop.register, by_register, "register"),
            ):
                if not nilai:
                    continue
                lain = indeks.get(nilai)
                if lain is not None:
                    asli = getattr(sop, bidang)
                    raise CatalogError(
                        f"{asli!r} sudah dipakai di {lain.berkas}; setiap SOP perlu {bidang} "
                        "sendiri",
                        sop.berkas,
                        bidang,
                    )
                indeks[nilai] = sop
        self._urut: tuple[SOP, ...] = tuple(sorted(by_kode.values(), key=_urutan))
        self._by_kode: Mapping[str, SOP] = MappingProxyType(by_kode)
        self.folder = folder

    def __iter__(self) -> Iterator[SOP]:
        return iter(self._urut)

    def __len__(self) -> int:
        return len(self._urut)

    def __contains__(self, kode: object) -> bool:
        return isinstance(kode, str) and kode in self._by_kode

    def __getitem__(self, kode: str) -> SOP:
        try:
            return self._by_kode[kode]
        except KeyError:
            raise KodeTidakDikenal(f"Tidak ada SOP berkode {kode!r} di katalog") from None

    def __repr__(self) -> str:
        return f"<Catalog {len(self)} SOP dari {self.folder}>"

    def get(self, kode: str, default: SOP | None = None) -> SOP | None:
        """The SOP with this kode, or ``default``."""
        return self._by_kode.get(kode, default)

    def kode(self) -> tuple[str, ...]:
        """The kodes of all SOPs, in catalog order."""
        return tuple(sop.kode for sop in self._urut)

    def by_nomor(self, nomor: str) -> SOP:
        """The SOP with this number, ignoring spaces and punctuation as the seed writes them."""
        kunci = _kunci_nomor(nomor)
        for sop in self._urut:
            if kunci and _kunci_nomor(sop.nomor) == kunci:
                return sop
        raise KodeTidakDikenal(f"Tidak ada SOP bernomor {nomor!r} di katalog")

    def by_register(self, register: str) -> SOP:
        """The SOP that writes this register (``"skck"``, ``"surat-masuk"``, ...)."""
        for sop in self._urut:
            if register and sop.register == register:
                return sop
        raise KodeTidakDikenal(f"Tidak ada SOP yang menulis register {register!r}")


# --------------------------------------------------------------------------- loading

_KODE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.ASCII)
_KECAMATAN = frozenset({"kecamatan"})
_METERAI = frozenset({"meterai"})

_KUNCI_SOP_WAJIB = ("kode", "nomor", "nama", "langkah")
_KUNCI_SOP_TEKS = (
    "tanggal_pembuatan",
    "tanggal_revisi",
    "tanggal_pengesahan",
    "disahkan_oleh",
    "register",
    "surat",
)
_KUNCI_SOP_DAFTAR = (
    "dasar_hukum",
    "kualifikasi",
    "keterkaitan",
    "peralatan",
    "peringatan",
    "pencatatan",
)
_KUNCI_SOP = frozenset((*_KUNCI_SOP_WAJIB, *_KUNCI_SOP_TEKS, *_KUNCI_SOP_DAFTAR, "varian"))
_KUNCI_LANGKAH = frozenset(
    {"nomor", "uraian", "pelaksana", "waktu", "output", "keterangan", "persyaratan", "cabang"}
)
_KUNCI_CABANG = frozenset({"uraian", "waktu", "varian"})
_KUNCI_VARIAN = frozenset({"kode", "nama", "persyaratan", "catatan", "bersyarat"})


def _jenis(nilai: object) -> str:
    """Name a TOML value's type in words an office editor knows."""
    if isinstance(nilai, bool):
        return "benar/salah"
    if isinstance(nilai, int):
        return "bilangan bulat"
    if isinstance(nilai, float):
        return "bilangan pecahan"
    if isinstance(nilai, str):
        return "teks"
    if isinstance(nilai, list):
        return "daftar"
    if isinstance(nilai, dict):
        return "tabel"
    if isinstance(nilai, datetime.date | datetime.time):
        return "tanggal/jam"
    return type(nilai).__name__


class _Pembaca:
    """Reads one parsed file, keeping its name so every error can say where it is."""

    def __init__(self, berkas: str) -> None:
        self.berkas = berkas

    def gagal(self, bidang: str | None, pesan: str) -> CatalogError:
        return CatalogError(pesan, self.berkas, bidang)

    def kunci(self, tabel: dict[str, Any], boleh: frozenset[str], awalan: str) -> None:
        """Refuse unknown keys: a misspelt key would otherwise drop its data silently."""
        for kunci in tabel:
            if kunci not in boleh:
                saran = difflib.get_close_matches(kunci, sorted(boleh), n=1)
                petunjuk = f" (maksudnya '{saran[0]}'?)" if saran else ""
                raise self.gagal(f"{awalan}{kunci}", f"kunci tidak dikenal{petunjuk}")

    def periksa_isian(self, teks: str, boleh: frozenset[str], bidang: str) -> None:
        """Only known placeholders may appear; a typo like ``{materai}`` would print raw."""
        for nama in _TEMPAT_ISIAN.findall(teks):
            if nama not in boleh:
                daftar = ", ".join("{" + b + "}" for b in sorted(boleh)) or "tidak ada"
                raise self.gagal(
                    bidang, f"tempat isian {{{nama}}} tidak dikenal (yang boleh di sini: {daftar})"
                )
        sisa = _TEMPAT_ISIAN.sub("", teks)
        if "{" in sisa or "}" in sisa:
            raise self.gagal(bidang, "kurung kurawal { } hanya untuk tempat isian")

    def teks(
        self,
        tabel: dict[str, Any],
        kunci: str,
        bidang: str,
        *,
        wajib: bool = False,
        kosong_boleh: bool = True,
        isian: frozenset[str] = frozenset(),
    ) -> str:
        if kunci not in tabel:
            if wajib:
                raise self.gagal(bidang, "wajib ada tetapi tidak ditemukan")
            return ""
        nilai = tabel[kunci]
        if not isinstance(nilai, str):
            raise self.gagal(bidang, f"harus berupa teks, bukan {_jenis(nilai)} ({nilai!r})")
        nilai = nilai.strip()
        if not nilai and not kosong_boleh:
            raise self.gagal(bidang, "tidak boleh kosong")
        self.periksa_isian(nilai, isian, bidang)
        return nilai

    def daftar_teks(
        self,
        tabel: dict[str, Any],
        kunci: str,
        bidang: str,
        *,
        wajib: bool = False,
        minimal: int = 0,
        isian: frozenset[str] = frozenset(),
    ) -> tuple[str, ...]:
        if kunci not in tabel:
            if wajib:
                raise self.gagal(bidang, "wajib ada tetapi tidak ditemukan")
            return ()
        nilai = tabel[kunci]
        if not isinstance(nilai, list):
            contoh = f'; tulis {kunci} = ["{nilai}"]' if isinstance(nilai, str) else ""
            raise self.gagal(
                bidang, f"harus berupa daftar teks, bukan {_jenis(nilai)} ({nilai!r}){contoh}"
            )
        hasil = []
        for i, item in enumerate(nilai, start=1):
            if not isinstance(item, str):
                raise self.gagal(
                    f"{bidang}[{i}]", f"harus berupa teks, bukan {_jenis(item)} ({item!r})"
                )
            item = item.strip()
            if not item:
                raise self.gagal(f"{bidang}[{i}]", "tidak boleh kosong")
            self.periksa_isian(item, isian, f"{bidang}[{i}]")
            hasil.append(item)
        if len(hasil) < minimal:
            raise self.gagal(bidang, f"harus berisi sedikitnya {minimal} butir")
        return tuple(hasil)

    def kode(self, tabel: dict[str, Any], kunci: str, bidang: str, *, wajib: bool) -> str:
        nilai = self.teks(tabel, kunci, bidang, wajib=wajib, kosong_boleh=not wajib)
        if nilai and not _KODE.fullmatch(nilai):
            raise self.gagal(
                bidang,
                f"{nilai!r} bukan kode yang sah (huruf kecil, angka dan tanda '-', "
                "contoh: 'surat-masuk')",
            )
        return nilai

    def tabel_tabel(
        self, tabel: dict[str, Any], kunci: str, *, wajib: bool, awalan: str = ""
    ) -> list[dict[str, Any]]:
        """An array of tables (``[[langkah]]``); ``awalan`` is the path of its parent table."""
        bidang = f"{awalan}{kunci}"
        if kunci not in tabel:
            if wajib:
                raise self.gagal(
                    bidang, f"wajib ada tetapi tidak ditemukan (tulis {kunci} = [] bila kosong)"
                )
            return []
        nilai = tabel[kunci]
        if not isinstance(nilai, list):
            raise self.gagal(
                bidang, f"harus berupa daftar tabel [[{bidang}]], bukan {_jenis(nilai)}"
            )
        for i, item in enumerate(nilai, start=1):
            if not isinstance(item, dict):
                raise self.gagal(
                    f"{bidang}[{i}]", f"harus berupa tabel [[{bidang}]], bukan {_jenis(item)}"
                )
        return nilai

    def waktu(self, tabel: dict[str, Any], bidang: str) -> tuple[datetime.timedelta | None, str]:
        if "waktu" not in tabel:
            return None, ""
        teks = tabel["waktu"]
        try:
            return parse_waktu(teks), teks.strip()
        except CatalogError as exc:
            raise self.gagal(bidang, exc.pesan) from None

    def cabang(self, tabel: dict[str, Any], awalan: str) -> tuple[Cabang, ...]:
        hasil = []
        for i, data in enumerate(
            self.tabel_tabel(tabel, "cabang", wajib=False, awalan=awalan), start=1
        ):
            bidang = f"{awalan}cabang[{i}]."
            self.kunci(data, _KUNCI_CABANG, bidang)
            waktu, waktu_teks = self.waktu(data, f"{bidang}waktu")
            hasil.append(
                Cabang(
                    uraian=self.teks(
                        data, "uraian", f"{bidang}uraian", wajib=True, kosong_boleh=False
                    ),
                    waktu=waktu,
                    waktu_teks=waktu_teks,
                    varian=self.daftar_teks(data, "varian", f"{bidang}varian"),
                )
            )
        return tuple(hasil)

    def langkah(self, data: dict[str, Any], urutan: int) -> Langkah:
        awalan = f"langkah[{urutan}]."
        self.kunci(data, _KUNCI_LANGKAH, awalan)
        if "nomor" not in data:
            raise self.gagal(f"{awalan}nomor", "wajib ada tetapi tidak ditemukan")
        nomor = data["nomor"]
        if isinstance(nomor, bool) or not isinstance(nomor, int):
            raise self.gagal(
                f"{awalan}nomor", f"harus berupa bilangan bulat, bukan {_jenis(nomor)} ({nomor!r})"
            )
        waktu, waktu_teks = self.waktu(data, f"{awalan}waktu")
        return Langkah(
            nomor=nomor,
            uraian=self.teks(data, "uraian", f"{awalan}uraian", wajib=True, kosong_boleh=False),
            pelaksana=self.daftar_teks(
                data, "pelaksana", f"{awalan}pelaksana", wajib=True, minimal=1
            ),
            waktu=waktu,
            waktu_teks=waktu_teks,
            output=self.teks(data, "output", f"{awalan}output"),
            keterangan=self.teks(data, "keterangan", f"{awalan}keterangan"),
            persyaratan=self.teks(data, "persyaratan", f"{awalan}persyaratan"),
            cabang=self.cabang(data, awalan),
        )

    def periksa_nomor_langkah(self, langkah: list[Langkah]) -> None:
        """Steps are numbered 1..n in file order: the seed's SOP 001 had two steps "3"."""
        dipakai: dict[int, int] = {}
        for urutan, lk in enumerate(langkah, start=1):
            if lk.nomor in dipakai:
                raise self.gagal(
                    f"langkah[{urutan}].nomor",
                    f"nomor {lk.nomor} sudah dipakai langkah[{dipakai[lk.nomor]}]",
                )
            dipakai[lk.nomor] = urutan
        for urutan, lk in enumerate(langkah, start=1):
            if lk.nomor != urutan:
                raise self.gagal(
                    f"langkah[{urutan}].nomor",
                    f"langkah harus bernomor urut 1..{len(langkah)}; langkah ke-{urutan} "
                    f"bernomor {lk.nomor}",
                )

    def varian(self, data: dict[str, Any], urutan: int) -> Varian:
        awalan = f"varian[{urutan}]."
        self.kunci(data, _KUNCI_VARIAN, awalan)
        persyaratan = self.daftar_teks(
            data, "persyaratan", f"{awalan}persyaratan", wajib=True, minimal=1, isian=_METERAI
        )
        bersyarat = self.daftar_teks(data, "bersyarat", f"{awalan}bersyarat", isian=_METERAI)
        for i, item in enumerate(bersyarat, start=1):
            if item not in persyaratan:
                raise self.gagal(
                    f"{awalan}bersyarat[{i}]",
                    f"{item!r} tidak ada di persyaratan varian ini (tulis persis sama)",
                )
        return Varian(
            kode=self.kode(data, "kode", f"{awalan}kode", wajib=True),
            nama=self.teks(data, "nama", f"{awalan}nama", wajib=True, kosong_boleh=False),
            persyaratan=persyaratan,
            catatan=self.teks(data, "catatan", f"{awalan}catatan"),
            bersyarat=tuple(item in bersyarat for item in persyaratan),
        )

    def sop(self, data: dict[str, Any]) -> SOP:
        self.kunci(data, _KUNCI_SOP, "")
        for kunci in _KUNCI_SOP_WAJIB:
            if kunci not in data and kunci != "langkah":  # langkah: tabel_tabel gives a hint
                raise self.gagal(kunci, "wajib ada tetapi tidak ditemukan")

        langkah = [
            self.langkah(item, i)
            for i, item in enumerate(self.tabel_tabel(data, "langkah", wajib=True), start=1)
        ]
        self.periksa_nomor_langkah(langkah)

        varian = [
            self.varian(item, i)
            for i, item in enumerate(self.tabel_tabel(data, "varian", wajib=False), start=1)
        ]
        kode_varian: dict[str, int] = {}
        for i, v in enumerate(varian, start=1):
            if v.kode in kode_varian:
                raise self.gagal(
                    f"varian[{i}].kode",
                    f"kode {v.kode!r} sudah dipakai varian[{kode_varian[v.kode]}]",
                )
            kode_varian[v.kode] = i
        for i, lk in enumerate(langkah, start=1):
            for j, cabang in enumerate(lk.cabang, start=1):
                for kode in cabang.varian:
                    if kode not in kode_varian:
                        raise self.gagal(
                            f"langkah[{i}].cabang[{j}].varian",
                            f"varian {kode!r} tidak ada di [[varian]] SOP ini",
                        )

        teks = {k: self.teks(data, k, k) for k in _KUNCI_SOP_TEKS}
        daftar = {
            k: self.daftar_teks(data, k, k, isian=_KECAMATAN if k == "peringatan" else frozenset())
            for k in _KUNCI_SOP_DAFTAR
        }
        register = self.kode(data, "register", "register", wajib=False)
        return SOP(
            kode=self.kode(data, "kode", "kode", wajib=True),
            nomor=self.teks(data, "nomor", "nomor", wajib=True),
            nama=self.teks(data, "nama", "nama", wajib=True, kosong_boleh=False),
            tanggal_pembuatan=teks["tanggal_pembuatan"],
            tanggal_revisi=teks["tanggal_revisi"],
            tanggal_pengesahan=teks["tanggal_pengesahan"],
            disahkan_oleh=teks["disahkan_oleh"],
            dasar_hukum=daftar["dasar_hukum"],
            kualifikasi=daftar["kualifikasi"],
            keterkaitan=daftar["keterkaitan"],
            peralatan=daftar["peralatan"],
            peringatan=daftar["peringatan"],
            pencatatan=daftar["pencatatan"],
            register=register,
            surat=teks["surat"],
            langkah=tuple(langkah),
            varian=tuple(varian),
            berkas=self.berkas,
        )


def load_sop(path: Path) -> SOP:
    """Read and check one catalog file; every fault becomes a :class:`CatalogError`."""
    pembaca = _Pembaca(path.name)
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise pembaca.gagal(None, f"bukan TOML yang sah ({exc})") from None
    except UnicodeDecodeError:
        raise pembaca.gagal(None, "berkas harus disimpan sebagai UTF-8") from None
    except OSError as exc:
        raise pembaca.gagal(None, f"tidak dapat dibaca ({exc.strerror or exc})") from None
    return pembaca.sop(data)


def _muat_folder(folder: Path) -> Catalog:
    if not folder.is_dir():
        raise CatalogError(f"folder katalog SOP tidak ditemukan: {folder}")
    berkas = sorted(folder.glob("*.toml"))
    if not berkas:
        raise CatalogError(f"folder katalog SOP tidak berisi berkas .toml: {folder}")
    return Catalog((load_sop(path) for path in berkas), folder=folder)


@functools.lru_cache(maxsize=1)
def _katalog_bawaan() -> Catalog:
    """The shipped catalog, read once per process: it does not change while the app runs."""
    return _muat_folder(resource_path("sop"))


def load_catalog(folder: Path | None = None) -> Catalog:
    """Load every ``*.toml`` in ``folder`` (default: the shipped ``resources/sop``).

    The default catalog is cached; a given folder is read afresh each call, so tests can
    write files into ``tmp_path`` and load them. Raises :class:`CatalogError` on any fault.
    """
    if folder is None:
        return _katalog_bawaan()
    return _muat_folder(Path(folder))
