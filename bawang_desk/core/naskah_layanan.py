"""Wording of the service letters an office adapts without code: SKCK addressee, collateral kinds.

The shipped table is ``resources/referensi/naskah_layanan.toml`` (Perpol 6/2023 splits the
issuing of SKCK between Polsek, Polres, Polda and Mabes by what it is for); the office may
replace it in Pengaturan (``desk.pengaturan.tujuan_skck()``), because police reorganisations and
local practice change the addressee more often than releases come.
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
    "JenisAgunan",
    "JenisLegalisasi",
    "TujuanSKCK",
    "frasa_varian",
    "jenis_agunan",
    "jenis_legalisasi",
    "kenali_legalisasi",
    "tujuan_skck_bawaan",
    "tujuan_untuk",
    "validasi_tujuan_skck",
]

_KODE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


@dataclass(frozen=True)
class TujuanSKCK:
    """One keperluan of an SKCK and the police office the recommendation is addressed to."""

    kode: str
    nama: str
    kepada: str
    """The addressee after "Yth.", e.g. "Kepala Kepolisian Resor Banjarnegara"."""
    di: str
    """The place after "di", e.g. "Banjarnegara"."""


@lru_cache(maxsize=1)
def _toml() -> dict[str, Any]:
    with resource_path("referensi", "naskah_layanan.toml").open("rb") as f:
        return tomllib.load(f)


def tujuan_skck_bawaan() -> tuple[TujuanSKCK, ...]:
    """The shipped table, in the order the counter offers it (the first is the default)."""
    return validasi_tujuan_skck([dict(x) for x in _toml()["tujuan_skck"]])


def validasi_tujuan_skck(
    baris: list[dict[str, Any]] | tuple[TujuanSKCK, ...],
) -> tuple[TujuanSKCK, ...]:
    """A table the office typed: every row complete, codes unique, at least one row."""
    hasil: list[TujuanSKCK] = []
    dilihat: set[str] = set()
    for i, r in enumerate(baris, start=1):
        d = r.__dict__ if isinstance(r, TujuanSKCK) else r
        kode = str(d.get("kode") or "").strip().lower()
        nama, kepada, di = (" ".join(str(d.get(k) or "").split()) for k in ("nama", "kepada", "di"))
        if not _KODE.match(kode):
            raise ValidationError(
                f"Baris ke-{i}: kode keperluan ditulis huruf kecil, angka dan tanda hubung "
                "(misalnya cpns-pppk).",
                "tujuan_skck",
            )
        if kode in dilihat:
            raise ValidationError(f"Baris ke-{i}: kode '{kode}' sudah dipakai.", "tujuan_skck")
        for nilai, label in (
            (nama, "nama keperluan"),
            (kepada, "tujuan (Yth.)"),
            (di, "tempat (di)"),
        ):
            if not nilai:
                raise ValidationError(f"Baris ke-{i}: {label} belum diisi.", "tujuan_skck")
            if len(nilai) > 150:
                raise ValidationError(
                    f"Baris ke-{i}: {label} terlalu panjang (maksimal 150 huruf).", "tujuan_skck"
                )
        dilihat.add(kode)
        hasil.append(TujuanSKCK(kode, nama, kepada, di))
    if not hasil:
        raise ValidationError(
            "Tabel tujuan SKCK harus berisi paling sedikit satu baris.", "tujuan_skck"
        )
    return tuple(hasil)


def tujuan_untuk(tabel: tuple[TujuanSKCK, ...], kode: str | None) -> TujuanSKCK:
    """The row of a keperluan; no code means the first (general) one."""
    if not kode:
        return tabel[0]
    for t in tabel:
        if t.kode == kode:
            return t
    raise ValidationError(
        f"Jenis keperluan SKCK '{kode}' tidak ada di tabel. Pilih: "
        + ", ".join(t.nama for t in tabel)
        + ".",
        "keperluan_jenis",
    )


@dataclass(frozen=True)
class JenisAgunan:
    """What a kredit recommendation states of one kind of collateral (SOP 007)."""

    kode: str
    nama: str
    label_nomor: str
    masa_berlaku: bool
    """The document has an end date (e.g. an HGB certificate); a BPKB or SHM has none."""
    tahun_pajak: bool
    """An SPPT PBB is for one tax year, printed instead of a masa berlaku."""
    letter_c: bool
    """The kutipan Buku Letter C (nomor, persil, kelas, luas, lokasi) goes with it."""


def jenis_agunan(kode: str) -> JenisAgunan:
    """The shipped description of a collateral kind (``BPKB``, ``Sertifikat``, ``SPPT``)."""
    d = _toml()["agunan"].get(kode)
    if d is None:
        raise ValidationError(f"Jenis agunan '{kode}' tidak dikenal.", "agunan_jenis")
    return JenisAgunan(
        kode,
        str(d["nama"]),
        str(d["label_nomor"]),
        bool(d["masa_berlaku"]),
        bool(d["tahun_pajak"]),
        bool(d["letter_c"]),
    )


@dataclass(frozen=True)
class JenisLegalisasi:
    """One kind of document presented for legalisation (SOP 006) and what the stamp says."""

    kode: str
    nama: str
    cara: str
    """``salinan`` (a copy checked against its original), ``menguatkan`` (a village original
    known and confirmed by the Camat), ``ditolak`` (not legalised here: ``alasan`` says why)."""
    kata: tuple[str, ...]
    judul: str = ""
    keterangan: str = ""
    alasan: str = ""


def jenis_legalisasi() -> tuple[JenisLegalisasi, ...]:
    """The shipped kinds, in the order the counter offers them."""
    return tuple(
        JenisLegalisasi(
            str(d["kode"]),
            str(d["nama"]),
            str(d["cara"]),
            tuple(str(k).lower() for k in d.get("kata", ())),
            str(d.get("judul", "")),
            str(d.get("keterangan", "")),
            str(d.get("alasan", "")),
        )
        for d in _toml()["legalisasi"]
    )


def kenali_legalisasi(nama: str, kode: str | None = None) -> JenisLegalisasi | None:
    """The kind of a document: by its code when given, else by the keywords of the name typed
    (whole words, so "kk" is not found inside another word); None when nothing matches."""
    jenis = jenis_legalisasi()
    if kode:
        for j in jenis:
            if j.kode == kode:
                return j
        raise ValidationError(f"Jenis dokumen legalisasi '{kode}' tidak dikenal.", "dokumen")
    kata = " " + " ".join(re.sub(r"[^0-9a-z]+", " ", nama.lower()).split()) + " "
    for j in jenis:
        if any(f" {k} " in kata for k in j.kata):
            return j
    return None


def frasa_varian(layanan: str, varian: str, sebab: str = "") -> str | None:
    """How a KK/KTP-el variant reads inside a sentence ("perubahan Kartu Keluarga karena
    kelahiran anak"), or None when the table has no phrase for it."""
    f = _toml().get("frasa_varian", {}).get(f"{layanan}.{varian}")
    if f is None:
        return None
    return str(f).replace("{sebab}", sebab.lower() if sebab else "rusak/hilang")
