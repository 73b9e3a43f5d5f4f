"""Surat masuk (SOP 068/001): the Buku Agenda and the five steps of a letter, who and when.

A letter is recorded with a gapless agenda number, handed to the Camat, disposed by the Camat,
elaborated by the Sekcam and distributed; each step is stamped with its actor and time so the
office can see where a letter is and how long each step took against the SOP standard.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bawang_desk.core import peran
from bawang_desk.core.atas_nama import AtasNama, Pelaku, tentukan
from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.teks import tanggal_pendek

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

REGISTER = "surat-masuk"

#: Sifat is two things (issue 12 item 6): how urgent (``sifat``) and how secret (``rahasia``),
#: so a secret letter can also be urgent. "Sangat Segera" is the SOP's "Amat Segera".
SIFAT = ("Biasa", "Segera", "Sangat Segera")
SANGAT_SEGERA = "Sangat Segera"
LABEL_SIFAT = {"Biasa": "Biasa", "Segera": "Segera", SANGAT_SEGERA: "Sangat Segera (Amat Segera)"}
RAHASIA = "Rahasia"
#: The security field: Biasa or Rahasia (stored as ``rahasia`` 0/1).
KEAMANAN = ("Biasa", RAHASIA)

STATUS = ("dicatat", "disampaikan", "didisposisi", "dijabarkan", "didistribusikan")
#: What the number book, the audit chain and every list outside the readers keep of a Rahasia
#: letter's hal: the word, not the text (issue 13 item 8).
HAL_RAHASIA = "(Rahasia)"


def hal_tercatat(hal: str, rahasia: bool) -> str:
    """The hal as copied outside the letter itself (Buku Nomor, audit rows): a Rahasia letter's
    hal stays with the letter, whose readers are checked there."""
    return HAL_RAHASIA if rahasia else hal


LABEL_STATUS = {
    "dicatat": "Dicatat",
    "disampaikan": "Disampaikan kepada Camat",
    "didisposisi": "Didisposisi Camat",
    "dijabarkan": "Dijabarkan Sekcam",
    "didistribusikan": "Didistribusikan",
}
LABEL_LANGKAH = {
    1: "Dicatat di Buku Agenda",
    2: "Disampaikan kepada Camat",
    3: "Didisposisi Camat",
    4: "Dijabarkan Sekcam",
    5: "Didistribusikan",
}
#: Filters beyond the plain statuses.
FILTER_KHUSUS = {
    "belum_disposisi": "Belum didisposisi",
    "lewat_batas": "Lewat batas waktu",
    "belum_selesai": "Belum didistribusikan",
}

#: Default recipients of a disposition (DOMAIN.md section 1: posts named in the SOPs, plus the
#: seksi a kecamatan usually has; the list is a setting, "disposisi.tujuan").
TUJUAN_BAKU: tuple[tuple[str, str], ...] = (
    ("sekcam", "Sekretaris Kecamatan"),
    ("kasi_tapem", "Kasi Tata Pemerintahan"),
    ("kasi_trantibum", "Kasi Ketenteraman dan Ketertiban Umum"),
    ("kasi_pmd", "Kasi Pemberdayaan Masyarakat dan Desa"),
    ("kasi_kesos", "Kasi Kesejahteraan Sosial"),
    ("kasi_pelayanan", "Kasi Pelayanan Umum"),
    ("kasubbag_umum", "Kasubbag Umum dan Kepegawaian"),
    ("kasubbag_kinerja", "Kasubbag Kinerja dan RB"),
)
INSTRUKSI_BAKU: tuple[str, ...] = (
    "Tanggapan dan saran",
    "Proses lebih lanjut",
    "Koordinasikan/konfirmasikan",
    "Untuk diketahui",
    "Hadiri/wakili",
    "Siapkan jawaban",
    "Arsipkan",
)

_JENIS_BERKAS = {
    b"%PDF-": ".pdf",
    b"\x89PNG\r\n\x1a\n": ".png",
    b"\xff\xd8\xff": ".jpg",
    b"II*\x00": ".tif",
    b"MM\x00*": ".tif",
}
BERKAS_MAKS = 50 * 1024 * 1024


def pisah_sifat(teks: str) -> tuple[str, bool]:
    """(urgency, secret) from one old-style sifat: "Rahasia" is Biasa and secret, "Penting"
    (importance, not urgency) is Biasa, "Amat Segera" is Sangat Segera; any case."""
    t = " ".join((teks or "").split()).lower()
    if t == RAHASIA.lower():
        return "Biasa", True
    if t == "penting":
        return "Biasa", False
    if t in ("amat segera", "sangat segera (amat segera)"):
        return SANGAT_SEGERA, False
    for s in SIFAT:
        if s.lower() == t:
            return s, False
    raise ValidationError(
        f"Sifat surat '{teks}' tidak dikenal. Pilih: {', '.join(LABEL_SIFAT.values())}.",
        "sifat",
    )


def normalisasi_sifat(teks: str) -> str:
    """The urgency of ``teks`` (see :func:`pisah_sifat`); "Rahasia" is refused here, because
    secrecy is its own field and must not be dropped silently."""
    sifat, rahasia = pisah_sifat(teks)
    if rahasia:
        raise ValidationError(
            "Rahasia bukan tingkat kesegeraan: pilih Rahasia pada kolom Keamanan.", "sifat"
        )
    return sifat


def label_sifat(sifat: str, rahasia: bool) -> str:
    """ "Sangat Segera, Rahasia": both fields in one cell of a book or a list."""
    return f"{sifat}, {RAHASIA}" if rahasia else sifat


def sifat_surat(sifat: str, rahasia: bool) -> str:
    """The Sifat line of the letter itself: secrecy must be on the paper the official signs
    (a secret letter printed "Biasa" leaves as an ordinary one), and an ordinary urgency is
    not written beside it ("Rahasia", "Segera, Rahasia")."""
    if rahasia and sifat == "Biasa":
        return RAHASIA
    return label_sifat(sifat, rahasia)


def jenis_berkas(data: bytes) -> str:
    """The extension of a scan from its first bytes: PDF, PNG, JPEG or TIFF, nothing else."""
    for magic, ext in _JENIS_BERKAS.items():
        if data.startswith(magic):
            return ext
    raise ValidationError(
        "Berkas pindaian harus PDF atau gambar (PNG, JPEG, TIFF). Berkas yang dipilih bukan "
        "salah satunya; pindai ulang sebagai PDF atau JPEG.",
        "berkas",
    )


@dataclass
class SuratMasukBaru:
    tanggal_terima: date
    pengirim: str
    hal: str
    nomor_surat: str = ""
    tanggal_surat: date | None = None
    sifat: str = "Biasa"
    kode_klasifikasi: str = ""
    lampiran: str = ""
    ringkasan: str = ""
    berkas: Path | None = None
    rahasia: bool = False


@dataclass(frozen=True)
class LangkahSurat:
    langkah: int
    nama: str
    mulai: datetime | None
    waktu: datetime
    oleh: str | None
    durasi: timedelta | None
    baku: timedelta | None
    #: the official who did it on paper and who recorded it (None: the account itself)
    pelaku: Pelaku | None = None

    @property
    def lewat_baku(self) -> bool:
        return self.durasi is not None and self.baku is not None and self.durasi > self.baku


@dataclass(frozen=True)
class Disposisi:
    kepada: tuple[str, ...]
    instruksi: tuple[str, ...]
    catatan: str
    batas_waktu: date | None
    oleh: str | None
    waktu: datetime
    penjabaran: str
    penjabaran_oleh: str | None
    penjabaran_waktu: datetime | None


@dataclass(frozen=True)
class Distribusi:
    kepada: str
    waktu: datetime
    diterima_oleh: str
    oleh: str | None


@dataclass(frozen=True)
class SuratMasuk:
    id: int
    nomor_id: int
    nomor_agenda: str
    tahun: int
    tanggal_terima: date
    pengirim: str
    nomor_surat: str
    tanggal_surat: date | None
    hal: str
    sifat: str
    kode_klasifikasi: str
    lampiran: str
    ringkasan: str
    status: str
    berkas: str
    berkas_sha256: str
    batas_waktu: date | None
    disembunyikan: bool
    langkah: tuple[LangkahSurat, ...] = ()
    disposisi: Disposisi | None = None
    distribusi: tuple[Distribusi, ...] = ()
    rahasia: bool = False

    @property
    def label_sifat(self) -> str:
        return label_sifat(self.sifat, self.rahasia)

    @property
    def menunggu_camat(self) -> bool:
        """Not yet disposed by the Camat: the time the SANGAT SEGERA warning is for."""
        return self.status in ("dicatat", "disampaikan")

    @property
    def urgen(self) -> bool:
        return self.sifat == SANGAT_SEGERA and self.status != "didistribusikan"

    @property
    def label_status(self) -> str:
        return LABEL_STATUS.get(self.status, self.status)


@dataclass(frozen=True)
class BarisSurat:
    """One line of the Buku Agenda list: only what the table shows."""

    id: int
    nomor_agenda: str
    tahun: int
    tanggal_terima: str
    pengirim: str
    nomor_surat: str
    hal: str
    sifat: str
    status: str
    batas_waktu: str | None
    disembunyikan: bool
    rahasia: bool = False

    @property
    def label_sifat(self) -> str:
        return label_sifat(self.sifat, self.rahasia)

    @property
    def urgen(self) -> bool:
        return self.sifat == SANGAT_SEGERA and self.status != "didistribusikan"


@dataclass
class FilterSurat:
    teks: str = ""
    dari: date | None = None
    sampai: date | None = None
    sifat: str | None = None
    status: str | None = None
    kode_klasifikasi: str | None = None
    extra: dict = field(default_factory=dict)


_TOKEN = re.compile(r"\w+", re.UNICODE)


def kueri_fts(teks: str) -> str | None:
    """Turn what someone types into a safe FTS5 query: every word as a quoted prefix, ANDed."""
    kata = _TOKEN.findall(teks)
    if not kata:
        return None
    return " ".join(f'"{k}"*' for k in kata[:8])


_NOMOR_DICARI = re.compile(r"^\s*0*(\d{1,5})\s*(?:/\s*(\d{4}))?\s*$")


def cari_nomor(teks: str) -> tuple[int, int | None] | None:
    """(number, year or None) when ``teks`` is a book number as staff type it: "042", "42",
    "042/2026" (issue 12 item 3); None for any other search."""
    m = _NOMOR_DICARI.match(teks or "")
    if not m or int(m.group(1)) == 0:
        return None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None


def sql_nomor(
    nomor: tuple[int, int | None],
    kolom: str = "n",
    register: str | None = None,
    awalan: str | None = None,
) -> tuple[str, list[object]]:
    """The WHERE part for :func:`cari_nomor`'s answer on the ``nomor`` table aliased ``kolom``.

    With the ``register`` known, a number without its year is looked up year by year through
    the register's index (the years its counter has): as ``nomor = ?`` alone it read every
    number of every register, 70 ms a keystroke on the ten-year database. ``awalan`` does the
    same for every register whose code starts so (the books of surat keluar: 184 ms -> 1 ms).
    """
    n, tahun = nomor
    if register is None and awalan is None:
        if tahun is None:
            return f"{kolom}.nomor = ?", [n]
        return f"{kolom}.nomor = ? AND {kolom}.tahun = ?", [n, tahun]
    if register is not None and tahun is not None:
        return (
            f"{kolom}.register = ? AND {kolom}.tahun = ? AND {kolom}.nomor = ?",
            [register, tahun, n],
        )
    # the books to look in, (register, year) from their counters: then one index seek each
    syarat, a = (
        ("register = ?", [register])
        if register is not None
        else ("substr(register, 1, ?) = ?", [len(awalan or ""), awalan])
    )
    if tahun is not None:
        syarat += " AND tahun = ?"
        a.append(tahun)
    buku = f"SELECT register, tahun FROM nomor_counter WHERE {syarat}"
    return f"({kolom}.register, {kolom}.tahun) IN ({buku}) AND {kolom}.nomor = ?", [*a, n]


_KOLOM_BARIS = (
    "s.id, n.nomor_lengkap, n.tahun, s.tanggal_terima, s.pengirim, s.nomor_surat, s.hal, "
    "s.sifat, s.status, s.batas_waktu, s.rahasia"
)


def _iso(d: datetime | date | None) -> str | None:
    if d is None:
        return None
    return d.isoformat(timespec="seconds") if isinstance(d, datetime) else d.isoformat()


class SuratMasukManager:
    """``desk.surat_masuk``."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    # ------------------------------------------------------------------ settings

    def pilihan_tujuan(self) -> list[tuple[str, str]]:
        d = self._desk.pengaturan._get("disposisi") or {}
        return [tuple(x) for x in d.get("tujuan", TUJUAN_BAKU)]  # type: ignore[misc]

    def pilihan_instruksi(self) -> list[str]:
        d = self._desk.pengaturan._get("disposisi") or {}
        return list(d.get("instruksi", INSTRUKSI_BAKU))

    def label_tujuan(self, kode: str) -> str:
        return dict(self.pilihan_tujuan()).get(kode, kode)

    def standar_langkah(self) -> dict[int, timedelta | None]:
        from bawang_desk.core.catalog import load_catalog

        sop = load_catalog()["surat-masuk"]
        return {lk.nomor: lk.waktu for lk in sop.langkah}

    # ------------------------------------------------------------------ visibility

    def boleh_lihat_rahasia(self, kepada: tuple[str, ...] | list[str] | None) -> bool:
        """Camat and Sekcam see every Rahasia letter; others only those disposed to their post."""
        user = self._desk.pengguna_aktif
        if user is None:
            return False
        if user.peran in (peran.CAMAT, peran.SEKCAM):
            return True
        jab = self._desk.conn.execute(
            "SELECT jabatan FROM pengguna WHERE id = ?", (user.id,)
        ).fetchone()
        return bool(jab and jab[0] and kepada and jab[0] in kepada)

    def _kepada(self, surat_id: int) -> tuple[str, ...]:
        r = self._desk.conn.execute(
            "SELECT kepada FROM disposisi WHERE surat_id = ?", (surat_id,)
        ).fetchone()
        return tuple(json.loads(r[0])) if r else ()

    def _tersembunyi(self, surat_id: int, rahasia: bool) -> bool:
        return bool(rahasia) and not self.boleh_lihat_rahasia(self._kepada(surat_id))

    # ------------------------------------------------------------------ scans

    def _simpan_berkas(self, src: Path) -> tuple[str, str, Path | None]:
        """Copy a scan into the data folder under its SHA-256 (written atomically).

        Returns (relative path, sha256, the new file or None when it was already there) so a
        failed transaction can remove what it added.
        """
        src = Path(src)
        try:
            size = src.stat().st_size
            with open(src, "rb") as fh:
                head = fh.read(16)
        except OSError as e:
            raise ValidationError(
                f"Berkas pindaian tidak dapat dibaca: {e.strerror}.", "berkas"
            ) from e
        if size == 0:
            raise ValidationError("Berkas pindaian kosong (0 byte).", "berkas")
        if size > BERKAS_MAKS:
            raise ValidationError(
                "Berkas pindaian lebih dari 50 MB; pindai ulang dengan resolusi lebih rendah.",
                "berkas",
            )
        ext = jenis_berkas(head)
        h = hashlib.sha256()
        with open(src, "rb") as fh:
            for blok in iter(lambda: fh.read(1 << 20), b""):
                h.update(blok)
        sha = h.hexdigest()
        rel = Path("berkas") / "surat-masuk" / sha[:2] / f"{sha}{ext}"
        tujuan = self._desk.data_dir / rel
        if tujuan.exists():
            return rel.as_posix(), sha, None
        tujuan.parent.mkdir(parents=True, exist_ok=True)
        tmp = tujuan.with_name(tujuan.name + ".tmp")
        with open(src, "rb") as fin, open(tmp, "wb") as fout:
            shutil.copyfileobj(fin, fout, 1 << 20)
            fout.flush()
            os.fsync(fout.fileno())
        os.replace(tmp, tujuan)
        return rel.as_posix(), sha, tujuan

    def path_berkas(self, surat_id: int) -> Path:
        """The scan of a letter, checked against its SHA-256 before it is opened."""
        self._desk.otorisasi("surat_masuk.lihat")
        s = self.get(surat_id)
        if s.disembunyikan:
            raise AksesDitolak(
                "Surat ini RAHASIA: pindaiannya hanya untuk Camat, Sekcam dan penerima disposisi."
            )
        if not s.berkas:
            raise ValidationError("Surat ini tidak mempunyai berkas pindaian.", "berkas")
        p = self._desk.data_dir / s.berkas
        if not p.exists():
            raise ValidationError(f"Berkas pindaian tidak ditemukan di {p}.", "berkas")
        h = hashlib.sha256(p.read_bytes()).hexdigest()
        if h != s.berkas_sha256:
            raise ValidationError(
                "Berkas pindaian telah berubah sejak dicatat (SHA-256 tidak "
                "cocok). Periksa berkas aslinya.",
                "berkas",
            )
        return p

    # ------------------------------------------------------------------ validation

    def _validasi(self, d: SuratMasukBaru, hari_ini: date) -> SuratMasukBaru:
        from bawang_desk.core.penomoran import validasi_kode_klasifikasi

        pengirim = " ".join((d.pengirim or "").split())
        hal = " ".join((d.hal or "").split())
        if not pengirim:
            raise ValidationError("Pengirim belum diisi.", "pengirim")
        if not hal:
            raise ValidationError("Hal surat belum diisi.", "hal")
        if len(pengirim) > 200:
            raise ValidationError("Pengirim terlalu panjang (maksimal 200 huruf).", "pengirim")
        if len(hal) > 500:
            raise ValidationError(
                "Hal terlalu panjang (maksimal 500 huruf); ringkasan bisa "
                "ditulis di kolom ringkasan.",
                "hal",
            )
        if d.tanggal_terima > hari_ini:
            raise ValidationError(
                f"Tanggal terima {tanggal_pendek(d.tanggal_terima)} belum terjadi (hari ini "
                f"{tanggal_pendek(hari_ini)}).",
                "tanggal_terima",
            )
        if d.tanggal_surat and d.tanggal_surat > d.tanggal_terima:
            raise ValidationError(
                f"Tanggal surat ({tanggal_pendek(d.tanggal_surat)}) tidak mungkin sesudah "
                f"tanggal terima ({tanggal_pendek(d.tanggal_terima)}).",
                "tanggal_surat",
            )
        kode = (d.kode_klasifikasi or "").strip()
        if kode:
            kode = validasi_kode_klasifikasi(kode, lama_boleh=True)  # the sender's code
        sifat, rahasia = pisah_sifat(d.sifat)  # an old-style "Rahasia" stays secret
        return SuratMasukBaru(
            d.tanggal_terima,
            pengirim,
            hal,
            " ".join((d.nomor_surat or "").split()),
            d.tanggal_surat,
            sifat,
            kode,
            " ".join((d.lampiran or "").split()),
            (d.ringkasan or "").strip(),
            d.berkas,
            bool(d.rahasia or rahasia),
        )

    # ------------------------------------------------------------------ step 1

    def catat(self, data: SuratMasukBaru, *, mulai: datetime | None = None) -> SuratMasuk:
        """Record a letter in the Buku Agenda with the next agenda number (SOP step 1)."""
        desk = self._desk
        desk.otorisasi("surat_masuk.catat")
        d = self._validasi(data, desk.sekarang().date())
        rel, sha, baru = ("", "", None)
        if d.berkas:
            rel, sha, baru = self._simpan_berkas(Path(d.berkas))
        try:
            with desk.tulis() as conn:
                n = desk.penomoran.terbitkan(
                    conn,
                    REGISTER,
                    d.tanggal_terima,
                    perihal=hal_tercatat(d.hal[:200], d.rahasia),
                    sumber="surat_masuk",
                )
                now = desk.sekarang_iso()
                cur = conn.execute(
                    "INSERT INTO surat_masuk (nomor_id, tanggal_terima, pengirim, nomor_surat, "
                    "tanggal_surat, hal, sifat, kode_klasifikasi, lampiran, ringkasan, status, "
                    "dicatat_oleh, dicatat_pada, berkas, berkas_sha256, rahasia) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'dicatat', ?, ?, ?, ?, ?)",
                    (
                        n.id,
                        d.tanggal_terima.isoformat(),
                        d.pengirim,
                        d.nomor_surat,
                        _iso(d.tanggal_surat),
                        d.hal,
                        d.sifat,
                        d.kode_klasifikasi,
                        d.lampiran,
                        d.ringkasan,
                        desk.username,
                        now,
                        rel,
                        sha,
                        int(d.rahasia),
                    ),
                )
                sid = cur.lastrowid
                conn.execute(
                    "INSERT INTO surat_masuk_langkah (surat_id, langkah, mulai, waktu, oleh) "
                    "VALUES (?, 1, ?, ?, ?)",
                    (sid, _iso(mulai), now, desk.username),
                )
                conn.execute(f"UPDATE nomor SET sumber = 'surat_masuk:{sid}' WHERE id = ?", (n.id,))
                desk.catat_audit(
                    "surat_masuk.catat",
                    f"surat_masuk:{sid}",
                    {
                        "agenda": n.nomor_lengkap,
                        "pengirim": d.pengirim,
                        "sifat": d.sifat,
                        "rahasia": d.rahasia,
                        "berkas": sha or None,
                    },
                )
        except BaseException:
            if baru is not None:
                baru.unlink(missing_ok=True)
            raise
        return self.get(sid)

    def ubah(self, surat_id: int, data: SuratMasukBaru) -> SuratMasuk:
        """Correct a recorded letter; its agenda number never changes, its dates only by
        Pengadministrasi Umum or Sekcam."""
        desk = self._desk
        desk.otorisasi("surat_masuk.ubah")
        lama = self.get(surat_id)
        if lama.disembunyikan:
            raise AksesDitolak("Surat RAHASIA ini tidak dapat diubah oleh Anda.")
        d = self._validasi(data, desk.sekarang().date())
        if (
            d.tanggal_terima != lama.tanggal_terima or d.tanggal_surat != lama.tanggal_surat
        ) and not desk.boleh("surat_masuk.ubah_tanggal"):
            raise AksesDitolak(
                "Tanggal terima dan tanggal surat hanya dapat diubah oleh "
                "Pengadministrasi Umum atau Sekcam."
            )
        if d.tanggal_terima.year != lama.tahun:
            raise ValidationError(
                "Tanggal terima tidak boleh pindah tahun: nomor agenda sudah "
                f"diberikan dari buku tahun {lama.tahun}.",
                "tanggal_terima",
            )
        rel, sha, baru = lama.berkas, lama.berkas_sha256, None
        if d.berkas:
            rel, sha, baru = self._simpan_berkas(Path(d.berkas))
        try:
            with desk.tulis() as conn:
                conn.execute(
                    "UPDATE surat_masuk SET tanggal_terima = ?, pengirim = ?, nomor_surat = ?, "
                    "tanggal_surat = ?, hal = ?, sifat = ?, kode_klasifikasi = ?, lampiran = ?, "
                    "ringkasan = ?, berkas = ?, berkas_sha256 = ?, rahasia = ?, diubah_pada = ? "
                    "WHERE id = ?",
                    (
                        d.tanggal_terima.isoformat(),
                        d.pengirim,
                        d.nomor_surat,
                        _iso(d.tanggal_surat),
                        d.hal,
                        d.sifat,
                        d.kode_klasifikasi,
                        d.lampiran,
                        d.ringkasan,
                        rel,
                        sha,
                        int(d.rahasia),
                        desk.sekarang_iso(),
                        surat_id,
                    ),
                )
                rahasia = lama.rahasia or d.rahasia
                # the number book's copy follows the hal, and never holds a Rahasia one
                conn.execute(
                    "UPDATE nomor SET perihal = ? WHERE id = ?",
                    (hal_tercatat(d.hal[:200], d.rahasia), lama.nomor_id),
                )
                berubah = {
                    k: (
                        [HAL_RAHASIA, HAL_RAHASIA]
                        if rahasia and k == "hal"
                        else [getattr(lama, k), getattr(d, k)]
                    )
                    for k in (
                        "pengirim",
                        "nomor_surat",
                        "hal",
                        "sifat",
                        "rahasia",
                        "kode_klasifikasi",
                        "lampiran",
                        "tanggal_terima",
                        "tanggal_surat",
                    )
                    if getattr(lama, k) != getattr(d, k)
                }
                desk.catat_audit("surat_masuk.ubah", f"surat_masuk:{surat_id}", berubah)
        except BaseException:
            if baru is not None:
                baru.unlink(missing_ok=True)
            raise
        return self.get(surat_id)

    # ------------------------------------------------------------------ steps 2-5

    def _waktu_terakhir(self, surat_id: int) -> datetime | None:
        """When the letter's latest step was done: an official's step cannot be earlier."""
        r = self._desk.conn.execute(
            "SELECT MAX(waktu) FROM surat_masuk_langkah WHERE surat_id = ?", (surat_id,)
        ).fetchone()
        return datetime.fromisoformat(r[0]) if r and r[0] else None

    def _pelaku(
        self, surat_id: int, atas_nama: AtasNama | None, izin: str, mode: str, langkah: str
    ) -> Pelaku:
        """The official of step 3 or 4: the logged-in Camat/Sekcam, or recorded on his behalf."""
        self._desk.otorisasi("surat_masuk.lihat")
        return tentukan(
            self._desk,
            area="surat_masuk",
            izin_langsung=izin,
            mode=atas_nama.mode if atas_nama else mode,
            mode_boleh=(mode, "plh") if mode == "camat" else (mode,),
            waktu=atas_nama.waktu if atas_nama else None,
            sebelum=self._waktu_terakhir(surat_id),
            langkah=langkah,
            dicatat=atas_nama is not None,
        )

    def _langkah(
        self,
        conn: sqlite3.Connection,
        surat_id: int,
        langkah: int,
        status_baru: str,
        pelaku: Pelaku | None = None,
    ) -> None:
        desk = self._desk
        row = conn.execute("SELECT status FROM surat_masuk WHERE id = ?", (surat_id,)).fetchone()
        if row is None:
            raise ValidationError("Surat tidak ditemukan.", "surat")
        harus = STATUS[langkah - 2]
        if row[0] != harus:
            sekarang = STATUS.index(row[0]) + 1
            if sekarang >= langkah:
                raise ValidationError(
                    f"Langkah {langkah} ({LABEL_LANGKAH[langkah].lower()}) sudah dicatat untuk "
                    "surat ini.",
                    "status",
                )
            raise ValidationError(
                f"Surat ini baru sampai langkah {sekarang} ({LABEL_STATUS[row[0]].lower()}); "
                f"langkah {langkah - 1} ({LABEL_LANGKAH[langkah - 1].lower()}) harus dicatat "
                "lebih dulu.",
                "status",
            )
        now = desk.sekarang_iso()
        waktu = pelaku.waktu.isoformat(timespec="seconds") if pelaku else now
        conn.execute(
            "INSERT INTO surat_masuk_langkah (surat_id, langkah, waktu, oleh, atas_nama) "
            "VALUES (?, ?, ?, ?, ?)",
            (surat_id, langkah, waktu, desk.username, pelaku.ke_json() if pelaku else None),
        )
        conn.execute(
            "UPDATE surat_masuk SET status = ?, diubah_pada = ? WHERE id = ?",
            (status_baru, now, surat_id),
        )

    def sampaikan(self, surat_id: int) -> SuratMasuk:
        """SOP step 2: the letter is on the Camat's desk."""
        desk = self._desk
        desk.otorisasi("surat_masuk.sampaikan")
        with desk.tulis() as conn:
            self._langkah(conn, surat_id, 2, "disampaikan")
            desk.catat_audit("surat_masuk.sampaikan", f"surat_masuk:{surat_id}")
        return self.get(surat_id)

    def disposisi(
        self,
        surat_id: int,
        *,
        kepada: list[str],
        instruksi: list[str],
        catatan: str = "",
        batas_waktu: date | None = None,
        atas_nama: AtasNama | None = None,
    ) -> SuratMasuk:
        """SOP step 3: only the Camat disposes, to one or more posts, with instructions.

        The Camat writes it by hand on the Lembar Disposisi; ``atas_nama`` records it from the
        paper (by the Pengadministrasi Umum, by default) with the Camat's name and time.
        """
        desk = self._desk
        pelaku = self._pelaku(
            surat_id, atas_nama, "surat_masuk.disposisi", "camat", "disposisi Camat"
        )
        sah = dict(self.pilihan_tujuan())
        kepada = list(dict.fromkeys(k for k in kepada if k))
        if not kepada:
            raise ValidationError(
                "Pilih paling sedikit satu penerima disposisi (diteruskan kepada).", "kepada"
            )
        asing = [k for k in kepada if k not in sah]
        if asing:
            raise ValidationError(
                f"Penerima disposisi tidak dikenal: {', '.join(asing)}.", "kepada"
            )
        instruksi = list(dict.fromkeys(i.strip() for i in instruksi if i.strip()))
        catatan = catatan.strip()
        if not instruksi and not catatan:
            raise ValidationError(
                "Pilih paling sedikit satu instruksi (dengan hormat harap) atau tulis catatan.",
                "instruksi",
            )
        if batas_waktu and batas_waktu < desk.sekarang().date():
            raise ValidationError(
                "Batas waktu sudah lewat; pilih hari ini atau sesudahnya.", "batas_waktu"
            )
        with desk.tulis() as conn:
            self._langkah(conn, surat_id, 3, "didisposisi", pelaku)
            conn.execute(
                "INSERT INTO disposisi (surat_id, kepada, instruksi, catatan, batas_waktu, oleh, "
                "waktu) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    surat_id,
                    json.dumps(kepada),
                    json.dumps(instruksi, ensure_ascii=False),
                    catatan,
                    _iso(batas_waktu),
                    desk.username,
                    pelaku.waktu.isoformat(timespec="seconds"),
                ),
            )
            conn.execute(
                "UPDATE surat_masuk SET batas_waktu = ? WHERE id = ?", (_iso(batas_waktu), surat_id)
            )
            desk.catat_audit(
                "surat_masuk.disposisi",
                f"surat_masuk:{surat_id}",
                {
                    "kepada": kepada,
                    "instruksi": instruksi,
                    "batas_waktu": _iso(batas_waktu),
                    **pelaku.rincian(),
                },
            )
        return self.get(surat_id)

    def jabarkan(
        self, surat_id: int, penjabaran: str, *, atas_nama: AtasNama | None = None
    ) -> SuratMasuk:
        """SOP step 4: the Sekcam elaborates the Camat's disposition, in its own box (by hand
        on the Lembar Disposisi; ``atas_nama`` records it from the paper)."""
        desk = self._desk
        pelaku = self._pelaku(
            surat_id, atas_nama, "surat_masuk.jabarkan", "sekcam", "penjabaran Sekcam"
        )
        teks = teks_penjabaran(penjabaran)
        with desk.tulis() as conn:
            self._langkah(conn, surat_id, 4, "dijabarkan", pelaku)
            conn.execute(
                "UPDATE disposisi SET penjabaran = ?, penjabaran_oleh = ?, "
                "penjabaran_waktu = ? WHERE surat_id = ?",
                (teks, desk.username, pelaku.waktu.isoformat(timespec="seconds"), surat_id),
            )
            desk.catat_audit(
                "surat_masuk.jabarkan",
                f"surat_masuk:{surat_id}",
                {"penjabaran": teks, **pelaku.rincian()},
            )
        return self.get(surat_id)

    def distribusikan(self, surat_id: int, penerima: list[tuple[str, str]]) -> SuratMasuk:
        """SOP step 5: to whom the letter went and who received it (name for the receipt)."""
        desk = self._desk
        desk.otorisasi("surat_masuk.distribusi")
        baris = [(" ".join(k.split()), " ".join(t.split())) for k, t in penerima]
        baris = [(k, t) for k, t in baris if k]
        if not baris:
            raise ValidationError("Tulis paling sedikit satu tujuan distribusi.", "distribusi")
        tanpa = [k for k, t in baris if not t]
        if tanpa:
            raise ValidationError(
                f"Nama penerima untuk {tanpa[0]} belum diisi (tanda terima).", "distribusi"
            )
        with desk.tulis() as conn:
            self._langkah(conn, surat_id, 5, "didistribusikan")
            now = desk.sekarang_iso()
            conn.executemany(
                "INSERT INTO distribusi (surat_id, kepada, waktu, diterima_oleh, oleh) "
                "VALUES (?, ?, ?, ?, ?)",
                [(surat_id, k, now, t, desk.username) for k, t in baris],
            )
            desk.catat_audit(
                "surat_masuk.distribusi", f"surat_masuk:{surat_id}", {"penerima": baris}
            )
        return self.get(surat_id)

    # ------------------------------------------------------------------ reading

    def get(self, surat_id: int) -> SuratMasuk:
        self._desk.otorisasi("surat_masuk.lihat", sentuh=False)
        conn = self._desk.conn
        r = conn.execute(
            "SELECT s.id, s.nomor_id, n.nomor_lengkap, n.tahun, s.tanggal_terima, s.pengirim, "
            "s.nomor_surat, s.tanggal_surat, s.hal, s.sifat, s.kode_klasifikasi, s.lampiran, "
            "s.ringkasan, s.status, s.berkas, s.berkas_sha256, s.batas_waktu, s.rahasia "
            "FROM surat_masuk s JOIN nomor n ON n.id = s.nomor_id WHERE s.id = ?",
            (surat_id,),
        ).fetchone()
        if r is None:
            raise ValidationError("Surat tidak ditemukan.", "surat")
        standar = self.standar_langkah()
        langkah = []
        sebelum: datetime | None = None
        for lk, mulai, waktu, oleh, an in conn.execute(
            "SELECT langkah, mulai, waktu, oleh, atas_nama FROM surat_masuk_langkah "
            "WHERE surat_id = ? ORDER BY langkah",
            (surat_id,),
        ):
            w = datetime.fromisoformat(waktu)
            m = datetime.fromisoformat(mulai) if mulai else sebelum
            langkah.append(
                LangkahSurat(
                    lk,
                    LABEL_LANGKAH[lk],
                    m,
                    w,
                    oleh,
                    (w - m) if m else None,
                    standar.get(lk),
                    Pelaku.dari_json(an),
                )
            )
            sebelum = w
        disp = None
        dr = conn.execute(
            "SELECT kepada, instruksi, catatan, batas_waktu, oleh, waktu, penjabaran, "
            "penjabaran_oleh, penjabaran_waktu FROM disposisi WHERE surat_id = ?",
            (surat_id,),
        ).fetchone()
        if dr:
            disp = Disposisi(
                tuple(json.loads(dr[0])),
                tuple(json.loads(dr[1])),
                dr[2],
                date.fromisoformat(dr[3]) if dr[3] else None,
                dr[4],
                datetime.fromisoformat(dr[5]),
                dr[6],
                dr[7],
                datetime.fromisoformat(dr[8]) if dr[8] else None,
            )
        dist = tuple(
            Distribusi(k, datetime.fromisoformat(w), t, o)
            for k, w, t, o in conn.execute(
                "SELECT kepada, waktu, diterima_oleh, oleh FROM distribusi "
                "WHERE surat_id = ? ORDER BY id",
                (surat_id,),
            )
        )
        sembunyi = bool(r[17]) and not self.boleh_lihat_rahasia(disp.kepada if disp else ())
        return SuratMasuk(
            r[0],
            r[1],
            r[2],
            r[3],
            date.fromisoformat(r[4]),
            r[5],
            r[6],
            date.fromisoformat(r[7]) if r[7] else None,
            "(RAHASIA)" if sembunyi else r[8],
            r[9],
            r[10],
            r[11],
            "" if sembunyi else r[12],
            r[13],
            "" if sembunyi else r[14],
            "" if sembunyi else r[15],
            date.fromisoformat(r[16]) if r[16] else None,
            sembunyi,
            tuple(langkah),
            disp,
            dist,
            bool(r[17]),
        )

    def _where(self, f: FilterSurat) -> tuple[str, list[object]]:
        sql, args = [], []
        if f.dari:
            sql.append("s.tanggal_terima >= ?")
            args.append(f.dari.isoformat())
        if f.sampai:
            sql.append("s.tanggal_terima <= ?")
            args.append(f.sampai.isoformat())
        if f.sifat:
            sifat, rahasia = pisah_sifat(f.sifat)
            if rahasia:  # "Rahasia" in the filter: the secret ones, whatever their urgency
                sql.append("s.rahasia = 1")
            else:
                sql.append("s.sifat = ?")
                args.append(sifat)
        if f.kode_klasifikasi:
            sql.append("(s.kode_klasifikasi = ? OR s.kode_klasifikasi LIKE ?)")
            args += [f.kode_klasifikasi, f.kode_klasifikasi + ".%"]
        if f.status == "belum_disposisi":
            sql.append("s.status IN ('dicatat', 'disampaikan')")
        elif f.status == "belum_selesai":
            sql.append("s.status <> 'didistribusikan'")
        elif f.status == "lewat_batas":
            sql.append(
                "s.status <> 'didistribusikan' AND s.batas_waktu IS NOT NULL AND s.batas_waktu < ?"
            )
            args.append(self._desk.sekarang().date().isoformat())
        elif f.status:
            if f.status not in STATUS:
                raise ValidationError(f"Status '{f.status}' tidak dikenal.", "status")
            sql.append("s.status = ?")
            args.append(f.status)
        return (" AND ".join(sql) or "1=1"), args

    def daftar(
        self, f: FilterSurat | None = None, *, offset: int = 0, batas: int = 200
    ) -> list[BarisSurat]:
        """A page of the Buku Agenda, newest first; urgent letters first on the first page.

        Ordered by id (the agenda order), which the FTS index and the primary key can both walk
        backwards without sorting, so a page costs the same on the first or the tenth year.
        """
        self._desk.otorisasi("surat_masuk.lihat")
        f = f or FilterSurat()
        where, args = self._where(f)
        q = kueri_fts(f.teks)
        conn = self._desk.conn
        if q:
            sql = (
                f"SELECT {_KOLOM_BARIS} FROM surat_masuk_fts "
                "JOIN surat_masuk s ON s.id = surat_masuk_fts.rowid "
                "JOIN nomor n ON n.id = s.nomor_id "
                f"WHERE surat_masuk_fts MATCH ? AND {where} "
                "ORDER BY surat_masuk_fts.rowid DESC LIMIT ? OFFSET ?"
            )
            rows = conn.execute(sql, [q, *args, batas, offset]).fetchall()
        else:
            sql = (
                f"SELECT {_KOLOM_BARIS} FROM surat_masuk s JOIN nomor n ON n.id = s.nomor_id "
                f"WHERE {where} ORDER BY s.id DESC LIMIT ? OFFSET ?"
            )
            rows = conn.execute(sql, [*args, batas, offset]).fetchall()
        hasil = [self._baris(r) for r in rows]
        if q:
            hasil = self._saring_rahasia(hasil, q)
        nomor = cari_nomor(f.teks)
        if offset == 0:
            urgen = self._urgen(where, args, q)
            # the agenda number typed ("042", "42/2026") first: the letter one is looking for
            depan = self._per_nomor(where, args, nomor) if nomor else []
            ids = {b.id for b in depan}
            depan += [b for b in urgen if b.id not in ids]
            ids = {b.id for b in depan}
            hasil = depan + [b for b in hasil if b.id not in ids]
        else:
            hasil = [b for b in hasil if not b.urgen]
        return hasil

    def _per_nomor(
        self, where: str, args: list[object], nomor: tuple[int, int | None]
    ) -> list[BarisSurat]:
        """Letters by their agenda number (a Rahasia one too: its number is no secret)."""
        w, a = sql_nomor(nomor, register=REGISTER)
        rows = self._desk.conn.execute(
            f"SELECT {_KOLOM_BARIS} FROM surat_masuk s JOIN nomor n ON n.id = s.nomor_id "
            f"WHERE {w} AND {where} ORDER BY s.id DESC LIMIT 50",
            [*a, *args],
        ).fetchall()
        return [self._baris(r) for r in rows]

    def _urgen(self, where: str, args: list[object], q: str | None) -> list[BarisSurat]:
        conn = self._desk.conn
        sql = (
            f"SELECT {_KOLOM_BARIS} FROM surat_masuk s JOIN nomor n ON n.id = s.nomor_id "
            f"WHERE s.sifat = 'Sangat Segera' AND s.status <> 'didistribusikan' AND {where}"
        )
        params: list[object] = list(args)
        if q:
            # the small index of these letters alone (migration 0025), not the full one
            sql += (
                " AND s.id IN (SELECT rowid FROM surat_masuk_segera_fts "
                "WHERE surat_masuk_segera_fts MATCH ?)"
            )
            params.append(q)
        rows = conn.execute(sql + " ORDER BY s.id DESC LIMIT 100", params).fetchall()
        hasil = [self._baris(r) for r in rows]
        # a hidden Rahasia letter heads the page only when found by its sender or number
        return self._saring_rahasia(hasil, q) if q else hasil

    def _saring_rahasia(self, hasil: list[BarisSurat], q: str) -> list[BarisSurat]:
        """Hidden Rahasia letters may be found by sender or number, never by their hal: tested
        in the small index of the Rahasia letters' sender and number (migration 0024)."""
        hidden = [b.id for b in hasil if b.disembunyikan]
        if not hidden:
            return hasil
        ph = ",".join("?" * len(hidden))
        boleh = {
            r[0]
            for r in self._desk.conn.execute(
                "SELECT rowid FROM surat_masuk_rahasia_fts WHERE surat_masuk_rahasia_fts MATCH ? "
                f"AND rowid IN ({ph})",
                [q, *hidden],
            )
        }
        return [b for b in hasil if not b.disembunyikan or b.id in boleh]

    def _baris(self, r: tuple) -> BarisSurat:
        sembunyi = bool(r[10]) and self._tersembunyi(r[0], True)
        return BarisSurat(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            "(RAHASIA)" if sembunyi else r[6],
            r[7],
            r[8],
            r[9],
            sembunyi,
            bool(r[10]),
        )

    def jumlah(self, f: FilterSurat | None = None) -> int:
        self._desk.otorisasi("surat_masuk.lihat", sentuh=False)
        f = f or FilterSurat()
        where, args = self._where(f)
        q = kueri_fts(f.teks)
        if q:
            conn = self._desk.conn
            sql = (
                "SELECT COUNT(*) FROM surat_masuk_fts JOIN surat_masuk s "
                "ON s.id = surat_masuk_fts.rowid "
                f"WHERE surat_masuk_fts MATCH ? AND {where} AND s.rahasia = 0"
            )
            n = conn.execute(sql, [q, *args]).fetchone()[0]
            # a Rahasia letter the user may not read counts only where the list would show it:
            # found by sender or number, never by a word of its hal or summary
            rahasia = conn.execute(
                "SELECT s.id FROM surat_masuk_fts JOIN surat_masuk s "
                "ON s.id = surat_masuk_fts.rowid "
                f"WHERE surat_masuk_fts MATCH ? AND {where} AND s.rahasia = 1",
                [q, *args],
            ).fetchall()
            ids = [r[0] for r in rahasia]
            hidden = [i for i in ids if self._tersembunyi(i, True)]
            n += len(ids) - len(hidden)
            if hidden:
                ph = ",".join("?" * len(hidden))
                n += conn.execute(
                    "SELECT COUNT(*) FROM surat_masuk_rahasia_fts "
                    f"WHERE surat_masuk_rahasia_fts MATCH ? AND rowid IN ({ph})",
                    [q, *hidden],
                ).fetchone()[0]
            nomor = cari_nomor(f.teks)
            if nomor:  # letters found by their agenda number and not already by their text
                w, a = sql_nomor(nomor, register=REGISTER)
                kata = [
                    b.id
                    for b in self._saring_rahasia(
                        [
                            self._baris(r)
                            for r in conn.execute(
                                f"SELECT {_KOLOM_BARIS} FROM surat_masuk s JOIN nomor n "
                                f"ON n.id = s.nomor_id WHERE {w} AND {where} AND s.id IN "
                                "(SELECT rowid FROM surat_masuk_fts WHERE surat_masuk_fts MATCH ?)",
                                [*a, *args, q],
                            )
                        ],
                        q,
                    )
                ]
                semua = conn.execute(
                    "SELECT COUNT(*) FROM surat_masuk s JOIN nomor n ON n.id = s.nomor_id "
                    f"WHERE {w} AND {where}",
                    [*a, *args],
                ).fetchone()[0]
                n += semua - len(kata)
            return n
        return self._desk.conn.execute(
            f"SELECT COUNT(*) FROM surat_masuk s WHERE {where}", args
        ).fetchone()[0]

    def urgen_untuk_pimpinan(self) -> list[BarisSurat]:
        """Sangat Segera letters still waiting for the Camat or the Sekcam (shown at login)."""
        user = self._desk.otorisasi("surat_masuk.lihat", sentuh=False)
        if user.peran not in (peran.CAMAT, peran.SEKCAM):
            return []
        status = (
            ("dicatat", "disampaikan")
            if user.peran == peran.CAMAT
            else ("dicatat", "disampaikan", "didisposisi")
        )
        ph = ",".join("?" * len(status))
        rows = self._desk.conn.execute(
            f"SELECT {_KOLOM_BARIS} FROM surat_masuk s JOIN nomor n ON n.id = s.nomor_id "
            f"WHERE s.sifat = 'Sangat Segera' AND s.status IN ({ph}) ORDER BY s.id",
            status,
        ).fetchall()
        return [self._baris(r) for r in rows]

    def baris_buku(self, dari: date, sampai: date) -> Iterator[tuple[str, ...]]:
        """Rows of the printed Buku Agenda Surat Masuk (DOMAIN.md section 4's columns)."""
        self._desk.otorisasi("buku.cetak")
        conn = self._desk.conn
        # read whole, then shaped: a read left open while rows are shaped keeps saves out
        for r in conn.execute(
            "SELECT s.id, n.nomor_lengkap, s.tanggal_terima, s.pengirim, s.nomor_surat, "
            "s.tanggal_surat, s.hal, s.sifat, s.kode_klasifikasi, s.lampiran, s.status, "
            "d.kepada, n.status, s.rahasia "
            "FROM surat_masuk s JOIN nomor n ON n.id = s.nomor_id "
            "LEFT JOIN disposisi d ON d.surat_id = s.id "
            "WHERE s.tanggal_terima BETWEEN ? AND ? ORDER BY n.tahun, n.nomor",
            (dari.isoformat(), sampai.isoformat()),
        ).fetchall():
            kepada = tuple(json.loads(r[11])) if r[11] else ()
            hal = r[6]
            if r[13] and not self.boleh_lihat_rahasia(kepada):
                hal = "(RAHASIA)"
            disp = ", ".join(self.label_tujuan(k) for k in kepada)
            ket = "BATAL" if r[12] == "BATAL" else LABEL_STATUS.get(r[10], r[10])
            yield (
                r[1],
                tanggal_pendek(date.fromisoformat(r[2])),
                r[3],
                r[4],
                tanggal_pendek(date.fromisoformat(r[5])) if r[5] else "",
                hal,
                label_sifat(r[7], bool(r[13])),
                r[8],
                r[9],
                disp,
                ket,
            )


def teks_penjabaran(teks: str) -> str:
    """The Sekcam's elaboration of a disposition: it must be written (the box checks it)."""
    teks = teks.strip()
    if not teks:
        raise ValidationError("Penjabaran disposisi belum ditulis.", "penjabaran")
    return teks
