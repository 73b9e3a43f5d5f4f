"""The office's settings (kop, officials, paper, idle lock), kept in the database.

Keeping them in the database rather than an INI file means every backup carries them, and every
change goes through the same permission check and audit as any other record.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

from bawang_desk.core.errors import ValidationError

if TYPE_CHECKING:
    from bawang_desk.core.atas_nama import PengaturanAtasNama
    from bawang_desk.core.desk import Desk

KERTAS = ("F4", "A4")

#: Officials whose names, pangkat and NIP go on letters (DOMAIN.md section 1).
JABATAN: dict[str, str] = {
    "camat": "Camat",
    "sekcam": "Sekretaris Kecamatan",
    "kasi_tapem": "Kasi Tata Pemerintahan",
    "kasi_trantibum": "Kasi Ketenteraman dan Ketertiban Umum",
    "kasubbag_umum": "Kasubbag Umum dan Kepegawaian",
}
JABATAN_WAJIB = ("camat", "sekcam")
#: The jabatan written in full, as a signature block prints it (Tata Naskah Dinas: no "Kasi",
#: no "Kasubbag" under a signature).
JABATAN_LENGKAP: dict[str, str] = {
    "camat": "Camat",
    "sekcam": "Sekretaris Kecamatan",
    "kasi_tapem": "Kepala Seksi Tata Pemerintahan",
    "kasi_trantibum": "Kepala Seksi Ketenteraman dan Ketertiban Umum",
    "kasubbag_umum": "Kepala Subbagian Umum dan Kepegawaian",
}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TELEPON = re.compile(r"^[0-9()+\- ]{5,20}$")
_LOGO_MAKS = 2 * 1024 * 1024


@dataclass(frozen=True)
class Kantor:
    """The kop lines and contact details; the defaults are Bawang's, the rest the office types."""

    pemerintah: str = "PEMERINTAH KABUPATEN BANJARNEGARA"
    nama_kantor: str = "KECAMATAN BAWANG"
    kecamatan: str = "Bawang"
    kabupaten: str = "Banjarnegara"
    alamat: str = ""
    telepon: str = ""
    kode_pos: str = ""
    email: str = ""
    website: str = ""
    logo_b64: str = ""

    @property
    def logo(self) -> bytes | None:
        return base64.b64decode(self.logo_b64) if self.logo_b64 else None

    def baris_kontak(self) -> str:
        """The third kop line: address, telephone, postal code, e-mail and website."""
        bagian = [self.alamat]
        if self.telepon:
            bagian.append(f"Telepon {self.telepon}")
        if self.kode_pos:
            bagian.append(f"Kode Pos {self.kode_pos}")
        teks = " ".join(b for b in [", ".join(x for x in bagian if x)] if b)
        web = [
            x
            for x in (
                self.email and f"Pos-el: {self.email}",
                self.website and f"Laman: {self.website}",
            )
            if x
        ]
        return teks + ("\n" + "  ".join(web) if web else "")


def logo_dari_berkas(data: bytes) -> str:
    """Accept a PNG or JPEG logo (by its magic bytes) and return it base64-encoded."""
    if len(data) > _LOGO_MAKS:
        raise ValidationError("Berkas logo terlalu besar (maksimal 2 MB).", "logo")
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        raise ValidationError("Logo harus berkas gambar PNG atau JPEG.", "logo")
    return base64.b64encode(data).decode("ascii")


def validasi_kantor(k: Kantor) -> Kantor:
    vals = {f.name: (getattr(k, f.name) or "").strip() for f in fields(k) if f.name != "logo_b64"}
    if not vals["pemerintah"]:
        raise ValidationError("Baris kop pertama (pemerintah daerah) belum diisi.", "pemerintah")
    if not vals["nama_kantor"]:
        raise ValidationError("Nama kantor belum diisi (contoh: KECAMATAN BAWANG).", "nama_kantor")
    if not vals["kecamatan"]:
        raise ValidationError("Nama kecamatan belum diisi.", "kecamatan")
    if not vals["alamat"]:
        raise ValidationError("Alamat kantor belum diisi; alamat dicetak di kop surat.", "alamat")
    if vals["kode_pos"] and not re.fullmatch(r"\d{5}", vals["kode_pos"]):
        raise ValidationError("Kode pos harus 5 angka (contoh: 53471).", "kode_pos")
    if vals["telepon"] and not _TELEPON.match(vals["telepon"]):
        raise ValidationError("Nomor telepon hanya boleh angka, spasi, +, - dan kurung.", "telepon")
    if vals["email"] and not _EMAIL.match(vals["email"]):
        raise ValidationError(
            "Alamat pos-el (e-mail) tidak sah, contoh: kec.bawang@contoh.go.id", "email"
        )
    return Kantor(**vals, logo_b64=k.logo_b64)


@dataclass(frozen=True)
class Pejabat:
    """One official as printed under a signature: name, pangkat (golongan) and NIP."""

    jabatan: str
    nama: str = ""
    golongan: str = ""
    nip: str = ""

    @property
    def terisi(self) -> bool:
        return bool(self.nama)

    @property
    def pangkat(self) -> str:
        from bawang_desk.core.referensi import PANGKAT

        return PANGKAT.get(self.golongan, "")

    @property
    def pangkat_golongan(self) -> str:
        return f"{self.pangkat} ({self.golongan})" if self.golongan else ""

    @property
    def nip_cetak(self) -> str:
        from bawang_desk.core.identity import format_nip

        return format_nip(self.nip) if self.nip else ""


def validasi_pejabat(p: Pejabat, wajib: bool = False) -> Pejabat:
    from bawang_desk.core.identity import parse_nip
    from bawang_desk.core.referensi import validasi_golongan
    from bawang_desk.core.teks import normalisasi_nama

    label = JABATAN.get(p.jabatan, p.jabatan)
    kosong = not (p.nama.strip() or p.golongan.strip() or p.nip.strip())
    if kosong and not wajib:
        return Pejabat(p.jabatan)
    if not p.nama.strip():
        raise ValidationError(f"Nama {label} belum diisi.", f"{p.jabatan}.nama")
    try:
        nama = normalisasi_nama(p.nama)
    except ValidationError as e:
        raise ValidationError(f"Nama {label}: {e.message}", f"{p.jabatan}.nama") from e
    try:
        gol = validasi_golongan(p.golongan)
    except ValidationError as e:
        raise ValidationError(f"Golongan {label}: {e.message}", f"{p.jabatan}.golongan") from e
    try:
        nip = parse_nip(p.nip)
    except ValidationError as e:
        raise ValidationError(f"NIP {label}: {e}", f"{p.jabatan}.nip") from e
    return Pejabat(p.jabatan, nama, gol, nip.nomor)


@dataclass(frozen=True)
class Umum:
    kertas: str = "F4"
    batas_diam_menit: int = 10
    meterai: str = "Rp10.000"
    extra: dict[str, Any] = field(default_factory=dict)
    #: disk space the automatic backups may take, in GB (the oldest are thinned beyond it)
    batas_cadangan_gb: float = 5.0


def validasi_umum(u: Umum) -> Umum:
    if u.kertas not in KERTAS:
        raise ValidationError("Ukuran kertas harus F4 atau A4.", "kertas")
    if not (1 <= int(u.batas_diam_menit) <= 240):
        raise ValidationError(
            "Layar terkunci setelah 1 sampai 240 menit tanpa kegiatan.", "batas_diam_menit"
        )
    if not re.fullmatch(r"Rp\d{1,3}(\.\d{3})*", u.meterai.strip()):
        raise ValidationError("Nilai meterai ditulis seperti Rp10.000.", "meterai")
    try:
        batas = float(u.batas_cadangan_gb)
    except (TypeError, ValueError):
        batas = -1.0
    if not (0.5 <= batas <= 10_000):
        raise ValidationError(
            "Ruang untuk cadangan diisi 0,5 sampai 10.000 GB.", "batas_cadangan_gb"
        )
    return Umum(
        u.kertas, int(u.batas_diam_menit), u.meterai.strip(), dict(u.extra), batas_cadangan_gb=batas
    )


@dataclass(frozen=True)
class Kepegawaian:
    """Where KP/KGB usulan go and which surat keluar book numbers their pengantar.

    The classification codes are Permendagri 83/2022's (DOMAIN.md section 5); the addressee is
    the regency's personnel agency, whose name changes with reorganisations.
    """

    kode_kp: str = "800.1.3.2"
    kode_kp_ijazah: str = "800.1.4.2"
    kode_kgb: str = "800.1.11.13"
    tujuan: str = "Kepala Badan Kepegawaian Daerah Kabupaten Banjarnegara"
    tempat_tujuan: str = "Banjarnegara"

    def kode_untuk(self, jenis: str) -> str:
        """The classification code of an usulan type (``kp-reguler``, ``kp-ijazah``, ``kgb``...)."""
        if jenis == "kgb":
            return self.kode_kgb
        if jenis == "kp-ijazah":
            return self.kode_kp_ijazah
        return self.kode_kp


def validasi_kepegawaian(k: Kepegawaian) -> Kepegawaian:
    from bawang_desk.core.penomoran import validasi_kode_klasifikasi

    kode = {}
    for f in ("kode_kp", "kode_kp_ijazah", "kode_kgb"):
        try:
            kode[f] = validasi_kode_klasifikasi(getattr(k, f) or "")
        except ValidationError as e:
            raise ValidationError(e.message, f) from e
    tujuan = " ".join((k.tujuan or "").split())
    if not tujuan:
        raise ValidationError("Tujuan surat usulan KP/KGB (Yth.) belum diisi.", "tujuan")
    return Kepegawaian(**kode, tujuan=tujuan, tempat_tujuan=" ".join(k.tempat_tujuan.split()))


class Pengaturan:
    """``desk.pengaturan``: read anywhere, changed only by Admin or Sekcam, always audited."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    # raw key/value
    def _get(self, kunci: str) -> Any:
        r = self._desk.conn.execute(
            "SELECT nilai FROM pengaturan WHERE kunci = ?", (kunci,)
        ).fetchone()
        return json.loads(r[0]) if r else None

    def _put(self, conn, kunci: str, nilai: Any) -> None:
        conn.execute(
            "INSERT INTO pengaturan (kunci, nilai) VALUES (?, ?) "
            "ON CONFLICT (kunci) DO UPDATE SET nilai = excluded.nilai",
            (kunci, json.dumps(nilai, ensure_ascii=False, sort_keys=True)),
        )

    @property
    def sudah_diatur(self) -> bool:
        return self._get("kantor") is not None

    def kantor(self) -> Kantor:
        d = self._get("kantor")
        return Kantor(**d) if d else Kantor()

    def pejabat(self, jabatan: str) -> Pejabat:
        d = (self._get("pejabat") or {}).get(jabatan)
        return Pejabat(jabatan, **d) if d else Pejabat(jabatan)

    def semua_pejabat(self) -> dict[str, Pejabat]:
        return {j: self.pejabat(j) for j in JABATAN}

    def umum(self) -> Umum:
        d = self._get("umum")
        return Umum(**d) if d else Umum()

    # writes
    def _simpan(
        self, conn, kantor: Kantor | None, pejabat: dict[str, Pejabat] | None, umum: Umum | None
    ) -> None:
        desk = self._desk
        if kantor is not None:
            k = validasi_kantor(kantor)
            self._put(conn, "kantor", asdict(k))
            desk.catat_audit(
                "pengaturan.kantor",
                "pengaturan:kantor",
                {x: y for x, y in asdict(k).items() if x != "logo_b64"}
                | {"logo": bool(k.logo_b64)},
            )
        if pejabat is not None:
            sah = {}
            for j in JABATAN:
                p = pejabat.get(j) or self.pejabat(j)
                v = validasi_pejabat(Pejabat(j, p.nama, p.golongan, p.nip), j in JABATAN_WAJIB)
                sah[j] = {"nama": v.nama, "golongan": v.golongan, "nip": v.nip}
            self._put(conn, "pejabat", sah)
            desk.catat_audit("pengaturan.pejabat", "pengaturan:pejabat", sah)
        if umum is not None:
            u = validasi_umum(umum)
            self._put(conn, "umum", asdict(u))
            desk.catat_audit("pengaturan.umum", "pengaturan:umum", asdict(u))

    def simpan(
        self,
        *,
        kantor: Kantor | None = None,
        pejabat: dict[str, Pejabat] | None = None,
        umum: Umum | None = None,
    ) -> None:
        """Validate everything first, then write it all in one audited transaction."""
        self._desk.otorisasi("pengaturan.ubah")
        with self._desk.tulis() as conn:
            self._simpan(conn, kantor, pejabat, umum)

    def kepegawaian(self) -> Kepegawaian:
        """The KP/KGB usulan settings (defaults until the Sekcam changes them)."""
        d = self._get("kepegawaian")
        return Kepegawaian(**d) if d else Kepegawaian()

    def simpan_kepegawaian(self, k: Kepegawaian) -> Kepegawaian:
        """Change the KP/KGB classification codes or addressee; audited like every setting."""
        self._desk.otorisasi("pengaturan.ubah")
        v = validasi_kepegawaian(k)
        with self._desk.tulis() as conn:
            self._put(conn, "kepegawaian", asdict(v))
            self._desk.catat_audit("pengaturan.kepegawaian", "pengaturan:kepegawaian", asdict(v))
        return v

    def tujuan_skck(self):  # -> tuple[naskah_layanan.TujuanSKCK, ...]
        """The SKCK addressee by keperluan: the office's table, or the shipped one."""
        from bawang_desk.core import naskah_layanan

        d = self._get("tujuan_skck")
        return naskah_layanan.validasi_tujuan_skck(d) if d else naskah_layanan.tujuan_skck_bawaan()

    def simpan_tujuan_skck(self, baris) -> tuple:
        """Replace the SKCK addressee table (Admin or Sekcam, audited); ``None`` restores the
        shipped one."""
        from dataclasses import asdict as _asdict

        from bawang_desk.core import naskah_layanan

        self._desk.otorisasi("pengaturan.ubah")
        v = naskah_layanan.validasi_tujuan_skck(baris) if baris is not None else None
        nilai = [_asdict(t) for t in v] if v is not None else None
        with self._desk.tulis() as conn:
            if nilai is None:
                conn.execute("DELETE FROM pengaturan WHERE kunci = 'tujuan_skck'")
            else:
                self._put(conn, "tujuan_skck", nilai)
            self._desk.catat_audit("pengaturan.tujuan_skck", "pengaturan:tujuan_skck", nilai)
        return self.tujuan_skck()

    def atas_nama(self) -> PengaturanAtasNama:
        """Which roles may record the officials' paper steps on their behalf (issue 14)."""
        from bawang_desk.core.atas_nama import PengaturanAtasNama

        d = self._get("atas_nama")
        if not d:
            return PengaturanAtasNama()
        bawaan = PengaturanAtasNama()
        return PengaturanAtasNama(
            {**bawaan.pencatat, **{a: tuple(v) for a, v in d.get("pencatat", {}).items()}},
            {**bawaan.pejabat, **{a: tuple(v) for a, v in d.get("pejabat", {}).items()}},
        )

    def simpan_atas_nama(self, s: PengaturanAtasNama) -> PengaturanAtasNama:
        """Change who may record on behalf of whom; Admin or Sekcam, audited like every setting."""
        from bawang_desk.core.atas_nama import validasi_pengaturan

        self._desk.otorisasi("pengaturan.ubah")
        v = validasi_pengaturan(s)
        with self._desk.tulis() as conn:
            self._put(conn, "atas_nama", asdict(v))
            self._desk.catat_audit("pengaturan.atas_nama", "pengaturan:atas_nama", asdict(v))
        return v

    def masa_berlaku_pengganti(self) -> int:
        """Months a Surat Keterangan Pengganti KTP-el is valid (6 unless the Sekcam changes it)."""
        d = self._get("ktp_pengganti") or {}
        return int(d.get("berlaku_bulan", 6))

    def simpan_masa_berlaku_pengganti(self, bulan: int) -> int:
        """Change the Pengganti's masa berlaku; Admin or Sekcam, audited like every setting."""
        self._desk.otorisasi("pengaturan.ubah")
        try:
            n = int(bulan)
        except (TypeError, ValueError):
            n = 0
        if not 1 <= n <= 24:
            raise ValidationError(
                "Masa berlaku Surat Keterangan Pengganti KTP-el 1 sampai 24 bulan.",
                "berlaku_bulan",
            )
        with self._desk.tulis() as conn:
            self._put(conn, "ktp_pengganti", {"berlaku_bulan": n})
            self._desk.catat_audit(
                "pengaturan.ktp_pengganti", "pengaturan:ktp_pengganti", {"berlaku_bulan": n}
            )
        return n

    def data_pribadi(self) -> DataPribadi:
        """How long closed applications keep their personal fields (UU 27/2022)."""
        d = self._get("data_pribadi")
        return DataPribadi(**d) if d else DataPribadi()

    def simpan_data_pribadi(self, d: DataPribadi) -> DataPribadi:
        """Change the retention period; Admin or Sekcam, audited like every setting."""
        self._desk.otorisasi("pengaturan.ubah")
        v = validasi_data_pribadi(d)
        with self._desk.tulis() as conn:
            self._put(conn, "data_pribadi", asdict(v))
            self._desk.catat_audit("pengaturan.data_pribadi", "pengaturan:data_pribadi", asdict(v))
        return v

    def skm(self) -> PengaturanSKM:
        """The survey settings (defaults until the Sekcam changes them)."""
        d = self._get("skm")
        if not d:
            return PengaturanSKM()
        return PengaturanSKM(bool(d["ditawarkan"]), tuple(d["layanan"]), dict(d["kalimat"]))

    def simpan_skm(self, s: PengaturanSKM) -> PengaturanSKM:
        """Change the survey settings; Admin or Sekcam, audited like every setting."""
        self._desk.otorisasi("pengaturan.ubah")
        v = validasi_skm(s)
        with self._desk.tulis() as conn:
            self._put(conn, "skm", asdict(v))
            self._desk.catat_audit("pengaturan.skm", "pengaturan:skm", asdict(v))
        return v


def _batas_retensi() -> tuple[int, int]:
    """Shortest and longest retention that can be set (months), from the dated rule
    ``resources/aturan/retensi-data-pribadi.toml`` in force today."""
    from datetime import date

    from bawang_desk.core.aturan import aturan

    isi = aturan("retensi-data-pribadi").pada(date.today()).isi
    return int(isi["minimal_bulan"]), int(isi["maksimal_bulan"])


#: Longest retention that can be set (months): 30 years (the widget's range).
RETENSI_MAKS_BULAN = _batas_retensi()[1]


@dataclass(frozen=True)
class DataPribadi:
    """Retention of personal data: ``retensi_bulan`` months after an application is closed
    (selesai or batal) its NIK, name, address and personal details may be purged; 0 means no
    period is set and nothing is purged. The register line and its number always stay."""

    retensi_bulan: int = 0


def validasi_data_pribadi(d: DataPribadi) -> DataPribadi:
    try:
        n = int(d.retensi_bulan)
    except (TypeError, ValueError):
        raise ValidationError(
            "Masa simpan data pribadi ditulis dalam bulan.", "retensi_bulan"
        ) from None
    minimal, maksimal = _batas_retensi()
    if not 0 <= n <= maksimal:
        raise ValidationError(
            f"Masa simpan data pribadi 0 sampai {maksimal} bulan (0 berarti tidak pernah dihapus).",
            "retensi_bulan",
        )
    if 0 < n < minimal:
        raise ValidationError(
            f"Masa simpan data pribadi paling singkat {minimal} bulan, agar surat yang baru "
            "terbit masih dapat diperiksa.",
            "retensi_bulan",
        )
    return DataPribadi(n)


#: The services whose hand-over may be followed by the survey (SOP 004-011).
LAYANAN_SKM: tuple[str, ...] = ("pindah", "legalisasi", "kredit-bank", "skck", "kk", "ktp-el")


@dataclass(frozen=True)
class PengaturanSKM:
    """The Survei Kepuasan Masyarakat at the counter (PermenPANRB 14/2017).

    ``ditawarkan``: the survey window is offered after every "Serahkan" of a service in
    ``layanan``. ``kalimat``: the office's own wording of a question and its four answers, by
    unsur code (``{"U3": {"pertanyaan": ..., "pilihan": [4 texts]}}``), over the catalog's.
    """

    ditawarkan: bool = True
    layanan: tuple[str, ...] = LAYANAN_SKM
    kalimat: dict[str, dict[str, Any]] = field(default_factory=dict)


def validasi_skm(s: PengaturanSKM) -> PengaturanSKM:
    from bawang_desk.core.skm import muat_kuesioner

    layanan = tuple(dict.fromkeys(s.layanan))
    salah = [x for x in layanan if x not in LAYANAN_SKM]
    if salah:
        raise ValidationError(f"Layanan tidak dikenal: {', '.join(salah)}.", "layanan")
    bawaan = {u.kode: u for u in muat_kuesioner().unsur}
    kalimat: dict[str, dict[str, Any]] = {}
    for kode, isi in (s.kalimat or {}).items():
        if kode not in bawaan:
            raise ValidationError(f"Unsur {kode} tidak ada (U1 sampai U9).", "kalimat")
        tanya = " ".join(str(isi.get("pertanyaan") or "").split())
        if not 10 <= len(tanya) <= 300:
            raise ValidationError(
                f"Pertanyaan {kode} ({bawaan[kode].nama}) 10 sampai 300 huruf.",
                f"{kode}.pertanyaan",
            )
        pilihan = [" ".join(str(p or "").split()) for p in isi.get("pilihan") or ()]
        if len(pilihan) != 4 or not all(pilihan):
            raise ValidationError(
                f"Jawaban {kode} harus empat, dari nilai 1 (tidak baik) sampai 4 (sangat baik).",
                f"{kode}.pilihan",
            )
        if any(len(p) > 40 for p in pilihan):
            raise ValidationError(
                f"Setiap jawaban {kode} paling banyak 40 huruf (harus muat di tombolnya).",
                f"{kode}.pilihan",
            )
        if len(set(p.casefold() for p in pilihan)) != 4:
            raise ValidationError(f"Empat jawaban {kode} harus berbeda.", f"{kode}.pilihan")
        u = bawaan[kode]
        if tanya != u.pertanyaan or tuple(pilihan) != u.pilihan:
            kalimat[kode] = {"pertanyaan": tanya, "pilihan": pilihan}
    return PengaturanSKM(bool(s.ditawarkan), layanan, kalimat)
