"""The citizen services at the counter (SOP 004-011): an application from intake to hand-over.

One table holds every service's applications; the catalog gives each its steps, standard times
and requirement checklist by variant. The register number is issued in the same transaction
that records the signature (so a failed print never uses a number), with an HMAC verification
code; KK and KTP-el work that needs SIAK is marked "menunggu input SIAK" instead of waiting for
the network.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from bawang_desk.core import layanan_isian as isian
from bawang_desk.core import peran, verifikasi
from bawang_desk.core.atas_nama import AtasNama, Pelaku, tentukan
from bawang_desk.core.data_pribadi import samarkan_nik
from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.identity import IdentityError, parse_nik
from bawang_desk.core.penomoran import alasan_batal, tandai_batal
from bawang_desk.core.referensi import desa_by_nama
from bawang_desk.core.teks import normalisasi_nama

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

STATUS = (
    "antrian",
    "diperiksa",
    "menunggu_ttd",
    "dicetak",
    "dikembalikan",
    "diproses",
    "siap_dikirim",
    "di_dindukcapil",
    "siap_diserahkan",
    "selesai",
    "batal",
)
LABEL_STATUS = {
    "antrian": "Antrian",
    "diperiksa": "Berkas diperiksa",
    "menunggu_ttd": "Menunggu tanda tangan",
    "dicetak": "Dicetak, di meja pejabat",
    "dikembalikan": "Dikembalikan untuk diperbaiki",
    "diproses": "Diproses operator (SIAK)",
    "siap_dikirim": "Siap dikirim ke Dindukcapil",
    "di_dindukcapil": "Di Dindukcapil",
    "siap_diserahkan": "Siap diserahkan",
    "selesai": "Selesai",
    "batal": "BATAL",
}
JABATAN_TTD = {"camat": "camat", "an": "sekcam", "plh": "sekcam"}
"""Signature mode -> the post in Pengaturan > Pejabat whose name, pangkat and NIP are printed
(``"ub"`` takes the service's Kasi, who signs "a.n. CAMAT / Kepala Seksi ...": the seksi sit
under the Camat, so no Sekcam "u.b." between them)."""
MODE_TTD = {
    "camat": "Camat",
    "an": "a.n. Camat (Sekcam)",
    "plh": "Plh. Camat",
    "ub": "a.n. Camat (Kasi)",
}


@dataclass(frozen=True)
class InfoLayanan:
    """What the core needs to know of a service beyond its SOP in the catalog."""

    kode: str
    nama: str
    kasi: str | None  # the Kasi post that may sign per the SOP (u.b.), if any
    aksi: dict[str, tuple[int, ...]]  # action -> the SOP steps it completes
    dindukcapil: bool = False  # KK: files go to Dindukcapil and come back signed
    siak: bool = False  # KK, KTP-el: data entered in SIAK
    varian_dindukcapil: tuple[str, ...] = ()  # variants that go even when the service does not

    def ke_dindukcapil(self, varian: str) -> bool:
        """Whether an application of this variant is handed over to Dindukcapil after
        processing (SOP 010 step 6 for every KK; SOP 011 step 5 for a change of data)."""
        return self.dindukcapil or varian in self.varian_dindukcapil


_BIASA = {
    "terima": (1,),
    "periksa": (2,),
    "minta_ttd": (3,),
    "tandatangani": (4, 5),
    "serahkan": (6,),
}
LAYANAN: dict[str, InfoLayanan] = {
    "pindah": InfoLayanan(
        "pindah",
        "Surat Keterangan Pindah",
        "kasi_tapem",
        {
            "terima": (1,),
            "periksa": (2,),
            "minta_ttd": (3, 4),
            "tandatangani": (5, 6),
            "serahkan": (7, 8),
        },
    ),
    "legalisasi": InfoLayanan("legalisasi", "Legalisasi", "kasi_tapem", _BIASA),
    "kredit-bank": InfoLayanan("kredit-bank", "Rekomendasi Kredit Bank", None, _BIASA),
    "skck": InfoLayanan("skck", "Rekomendasi SKCK", "kasi_trantibum", _BIASA),
    "kk": InfoLayanan(
        "kk",
        "Kartu Keluarga",
        "kasi_tapem",
        {
            "terima": (1,),
            "periksa": (2,),
            "minta_ttd": (3,),
            "tandatangani": (4,),
            "proses": (5,),
            # the handover completes no SOP step: step 6 (14 hari) ends when the signed KK is
            # back, and is measured from the handover (see SerahTerimaManager)
            "kirim": (),
            "kembali": (6, 7),
            "serahkan": (8, 9),
        },
        dindukcapil=True,
        siak=True,
    ),
    "ktp-el": InfoLayanan(
        "ktp-el",
        "KTP-el",
        "kasi_tapem",
        {
            "terima": (1,),
            "periksa": (2,),
            "minta_ttd": (3,),
            "tandatangani": (4,),
            # step 6 is the Pengganti's own signature (cetak_pengganti, then
            # pengganti_ditandatangani), with the register line of step 7
            "proses": (5,),
            "pengganti": (6, 7),
            "kirim": (),
            "kembali": (),
            "serahkan": (8, 9),
        },
        dindukcapil=False,
        siak=True,
        varian_dindukcapil=("perubahan-data",),
    ),
}


def nama_varian(layanan: str, varian: str) -> str:
    """The variant's name in the catalog ("Penggantian KK karena rusak/hilang"), for registers
    and sentences; the code itself only when the catalog no longer has it."""
    from bawang_desk.core.catalog import load_catalog

    try:
        return load_catalog()[info(layanan).kode].varian_by_kode(varian).nama
    except (KeyError, ValidationError):
        return varian


#: The register of the Surat Keterangan Pengganti KTP-el (migration 0061): its own numbers.
REGISTER_PENGGANTI = "ktp-el-pengganti"


def perihal_nomor(layanan: str, pid: int) -> str:
    """What a service number was issued for, as the Buku Nomor and its audit row keep it:
    the service and the application, never the applicant's name."""
    return f"{info(layanan).nama}, permohonan No. {pid}"


def info(layanan: str) -> InfoLayanan:
    try:
        return LAYANAN[layanan]
    except KeyError:
        raise ValidationError(f"Layanan '{layanan}' tidak dikenal.", "layanan") from None


@dataclass
class PemohonBaru:
    nik: str
    nama: str
    desa: str
    alamat: str = ""
    rt: str = ""
    rw: str = ""
    tempat_lahir: str = ""
    tanggal_lahir: date | None = None
    perempuan: bool | None = None
    agama: str = ""
    pekerjaan: str = ""
    status_perkawinan: str = ""
    kewarganegaraan: str = ""
    golongan_darah: str = ""


@dataclass
class PermohonanBaru:
    layanan: str
    varian: str
    pemohon: PemohonBaru
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Syarat:
    urutan: int
    item: str
    ada: bool


@dataclass(frozen=True)
class LangkahLayanan:
    langkah: int
    uraian: str
    waktu: datetime
    oleh: str | None
    durasi: timedelta | None
    baku: timedelta | None
    #: the official who signed on paper and who recorded it (None: a counter step)
    pelaku: Pelaku | None = None

    @property
    def lewat_baku(self) -> bool:
        return self.durasi is not None and self.baku is not None and self.durasi > self.baku


@dataclass(frozen=True)
class Permohonan:
    id: int
    layanan: str
    varian: str
    status: str
    tanggal_masuk: date
    nik: str
    nama: str
    desa: str
    alamat: str
    data: dict[str, Any]
    nomor_id: int | None
    nomor: str
    penandatangan: dict[str, Any]
    kode_verifikasi: str
    alasan_batal: str | None
    syarat_dilewati: str
    siak: str
    petugas: str | None
    syarat: tuple[Syarat, ...] = ()
    langkah: tuple[LangkahLayanan, ...] = ()
    #: how often the letter was printed for signing (a reprint keeps the number)
    cetak_ke: int = 0
    alasan_kembali: str | None = None
    #: the Surat Keterangan Pengganti KTP-el: number, date, masa berlaku, block, status
    pengganti: dict[str, Any] = field(default_factory=dict)

    @property
    def label_status(self) -> str:
        return LABEL_STATUS.get(self.status, self.status)

    @property
    def syarat_lengkap(self) -> bool:
        return all(s.ada for s in self.syarat) or bool(self.syarat_dilewati)


@dataclass(frozen=True)
class BarisRegister:
    """One line of a service register: the columns every register shares, plus its own."""

    id: int
    layanan: str
    varian: str
    nomor: str
    tanggal: str
    nik: str
    nama: str
    desa: str
    status: str
    data: dict[str, Any]
    penandatangan: dict[str, Any]
    syarat_dilewati: str
    batal: bool

    def rincian(self) -> str:
        """The service's own fields in one line, as the printed register shows them."""
        d = self.data
        if self.layanan == "pindah":
            return (
                f"Ke {d.get('tujuan_desa', '')}, Kec. {d.get('tujuan_kecamatan', '')}; "
                f"{d.get('alasan', '')}; {len(d.get('anggota', []))} jiwa"
            )
        if self.layanan == "kredit-bank":
            from bawang_desk.core.teks import rupiah

            return (
                f"{d.get('bank', '')}; {rupiah(int(d.get('jumlah', 0)))}; agunan "
                f"{d.get('agunan_jenis', '')} {d.get('agunan_nomor', '')}"
            )
        if self.layanan == "skck":
            return d.get("keperluan", "")
        if self.layanan == "legalisasi":
            return "; ".join(
                f"{x['nama']} ({x['salinan']} lbr)" if isinstance(x, dict) else str(x)
                for x in d.get("dokumen", [])
            )
        # the variant as the catalog names it, never its code ("pindah-datang")
        return f"{nama_varian(self.layanan, self.varian)}; KK {d.get('no_kk', '') or 'belum ada'}"


#: Rows per read statement of a register print: a page reads in a few ms, so a save from the
#: window waits at most that long (issue 17: one 5,000-row read held it 50-230 ms).
BARIS_PER_HALAMAN = 500

_KOLOM_REGISTER = (
    "p.id, p.layanan, p.varian, n.nomor_lengkap, COALESCE(n.tanggal, p.tanggal_masuk), p.nik, "
    "p.nama, p.desa, p.status, p.data, p.penandatangan, p.syarat_dilewati, n.status"
)


def _baris_register(r: tuple) -> BarisRegister:
    return BarisRegister(
        r[0],
        r[1],
        r[2],
        r[3] or "",
        r[4],
        r[5],
        r[6],
        r[7],
        r[8],
        json.loads(r[9] or "{}"),
        json.loads(r[10]) if r[10] else {},
        r[11] or "",
        r[12] == "BATAL",
    )


def _iso(d: date | datetime | None) -> str | None:
    if d is None:
        return None
    return d.isoformat(timespec="seconds") if isinstance(d, datetime) else d.isoformat()


def validasi_pemohon(
    p: PemohonBaru, hari_ini: date, *, identitas: bool = False, golongan_darah: bool = False
) -> dict[str, Any]:
    """NIK first: the birth date and sex come from it and must agree with what was typed; the
    address must be in one of the desa of this kecamatan (SOP 004's warning, via the KK).

    ``identitas``: the letter states agama, pekerjaan, status perkawinan and kewarganegaraan
    (and ``golongan_darah``), so they are required; otherwise they are checked when given."""
    try:
        nik = parse_nik(p.nik, hari_ini, tanggal_lahir=p.tanggal_lahir, perempuan=p.perempuan)
    except IdentityError as e:
        raise ValidationError(str(e), "nik") from e
    nama = normalisasi_nama(p.nama)
    try:
        desa = desa_by_nama(p.desa).nama
    except ValidationError as e:
        raise ValidationError(e.message, "desa") from e
    rt, rw = (p.rt or "").strip(), (p.rw or "").strip()
    for v, f in ((rt, "rt"), (rw, "rw")):
        if v and not (v.isdigit() and 1 <= int(v) <= 999):
            raise ValidationError(f"{f.upper()} ditulis angka 1 sampai 999.", f)
    ident = isian.identitas(
        {k: getattr(p, k) for k in isian.IDENTITAS},
        wajib=identitas,
        golongan_darah=golongan_darah,
    )
    return {
        "nik": nik.nomor,
        "nama": nama,
        "desa": desa,
        "alamat": " ".join((p.alamat or "").split()),
        "rt": rt.zfill(3) if rt else "",
        "rw": rw.zfill(3) if rw else "",
        "tempat_lahir": " ".join((p.tempat_lahir or "").split()),
        "tanggal_lahir": nik.tanggal_lahir.isoformat(),
        "perempuan": nik.perempuan,
        **ident,
    }


class LayananManager:
    """``desk.layanan``: applications of the six counter services."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    # ------------------------------------------------------------------ catalog

    def sop(self, layanan: str):  # -> catalog.SOP
        from bawang_desk.core.catalog import load_catalog

        return load_catalog()[info(layanan).kode]

    def daftar_syarat(self, layanan: str, varian: str) -> tuple[str, ...]:
        sop = self.sop(layanan)
        v = sop.varian_by_kode(varian)
        return v.persyaratan_untuk(self._desk.pengaturan.umum().meterai)

    # ------------------------------------------------------------------ intake

    def cari_pemohon(self, nik_teks: str) -> dict[str, Any] | None:
        """What earlier applications know of this NIK, to fill in the form (or None)."""
        self._desk.otorisasi("layanan.lihat", sentuh=False)
        try:
            nik = parse_nik(nik_teks, self._desk.sekarang().date()).nomor
        except IdentityError:
            return None
        r = self._desk.conn.execute(
            "SELECT nama, desa, alamat, data, tanggal_masuk, layanan FROM permohonan "
            "WHERE nik = ? ORDER BY id DESC LIMIT 1",
            (nik,),
        ).fetchone()
        if r is None:
            return None
        d = json.loads(r[3] or "{}").get("pemohon", {})
        return {
            # when and for what this person last came: "pernah datang" at the counter
            "terakhir": str(r[4] or "")[:10],
            "layanan_terakhir": r[5],
            "nik": nik,
            "nama": r[0],
            "desa": r[1],
            "alamat": r[2],
            "rt": d.get("rt", ""),
            "rw": d.get("rw", ""),
            "tempat_lahir": d.get("tempat_lahir", ""),
            # the returning applicant's identity, as the last visit recorded it
            **{k: d[k] for k in isian.IDENTITAS if d.get(k)},
        }

    def validasi(self, p: PermohonanBaru) -> tuple[dict[str, Any], dict[str, Any], tuple[str, ...]]:
        """(applicant, service fields, warnings) or a ValidationError naming the field."""
        desk = self._desk
        hari_ini = desk.sekarang().date()
        inf = info(p.layanan)
        sop = self.sop(inf.kode)
        try:
            sop.varian_by_kode(p.varian)
        except KeyError:
            raise ValidationError(
                f"Varian '{p.varian}' tidak ada untuk layanan {inf.nama}.", "varian"
            ) from None
        pemohon = validasi_pemohon(
            p.pemohon,
            hari_ini,
            identitas=inf.kode in isian.LAYANAN_IDENTITAS,
            golongan_darah=inf.kode in isian.LAYANAN_GOLONGAN_DARAH,
        )
        d = p.data
        if inf.kode == "pindah":
            h = isian.isian_pindah(d, hari_ini, desk.pengaturan.kantor().kecamatan)
            if pemohon["nik"] not in {x["nik"] for x in h.data["anggota"]}:
                h = isian.HasilIsian(
                    h.data,
                    (
                        *h.peringatan,
                        "Pemohon tidak termasuk yang pindah: pastikan ia kepala keluarga atau "
                        "kuasa yang berhak mengajukan (SOP 004).",
                    ),
                )
        elif inf.kode == "kredit-bank":
            h = isian.isian_kredit(d, hari_ini)
        elif inf.kode == "skck":
            h = isian.isian_skck(d, hari_ini, desk.pengaturan.tujuan_skck())
        elif inf.kode == "legalisasi":
            h = isian.isian_legalisasi(d, hari_ini)
        elif inf.kode == "kk":
            h = isian.isian_kk(d, hari_ini, p.varian)
        else:
            lahir = date.fromisoformat(pemohon["tanggal_lahir"])
            status_kawin = pemohon.get("status_perkawinan", "")
            if status_kawin:
                if d.get("kawin") and status_kawin == "Belum Kawin":
                    raise ValidationError(
                        "Status perkawinan 'Belum Kawin' tidak cocok dengan tanda "
                        "'Sudah/pernah kawin'. Perbaiki salah satunya.",
                        "status_perkawinan",
                    )
                d = {**d, "kawin": status_kawin != "Belum Kawin"}
            h = (
                isian.isian_ktp(d, hari_ini, lahir)
                if p.varian == "baru"
                else isian.HasilIsian(
                    {"no_kk": isian.isian_ktp({**d, "kawin": True}, hari_ini, lahir).data["no_kk"]}
                )
            )
            if p.varian == "perubahan-data":  # SOP 011: which element changes, for Dindukcapil
                h = isian.HasilIsian(
                    {**h.data, "elemen_berubah": isian.elemen_berubah(d)}, h.peringatan
                )
            if p.varian == isian.VARIAN_HILANG["ktp-el"]:
                h = isian.HasilIsian({**h.data, **isian.sebab_ganti(d, hari_ini)}, h.peringatan)
        return pemohon, h.data, h.peringatan

    def baru(self, p: PermohonanBaru, *, mulai: datetime | None = None) -> Permohonan:
        """Register an application in today's queue with its requirement checklist (step 1)."""
        desk = self._desk
        desk.otorisasi("layanan.catat")
        pemohon, data, peringatan = self.validasi(p)
        syarat = self.daftar_syarat(p.layanan, p.varian)
        now = desk.sekarang_iso()
        with desk.tulis() as conn:
            cur = conn.execute(
                "INSERT INTO permohonan (layanan, varian, tanggal_masuk, nik, nama, desa, alamat, "
                "status, petugas, data, dibuat_pada) VALUES (?, ?, ?, ?, ?, ?, ?, 'antrian', ?, "
                "?, ?)",
                (
                    p.layanan,
                    p.varian,
                    desk.sekarang().date().isoformat(),
                    pemohon["nik"],
                    pemohon["nama"],
                    pemohon["desa"],
                    pemohon["alamat"],
                    desk.username,
                    json.dumps(
                        {"pemohon": pemohon, **data, "peringatan": list(peringatan)},
                        ensure_ascii=False,
                    ),
                    now,
                ),
            )
            pid = cur.lastrowid
            conn.executemany(
                "INSERT INTO permohonan_syarat (permohonan_id, urutan, item, ada) "
                "VALUES (?, ?, ?, 0)",
                [(pid, i, item) for i, item in enumerate(syarat, 1)],
            )
            self._langkah(conn, pid, p.layanan, "terima", mulai=mulai)
            desk.catat_audit(
                "layanan.baru",
                f"permohonan:{pid}",
                # masked: the chain cannot be purged later (UU 27/2022), the record can
                {"layanan": p.layanan, "varian": p.varian, "nik": samarkan_nik(pemohon["nik"])},
            )
        return self.get(pid)

    # ------------------------------------------------------------------ checklist

    def centang(self, pid: int, urutan: int, ada: bool = True) -> Permohonan:
        desk = self._desk
        desk.otorisasi("layanan.periksa")
        with desk.tulis() as conn:
            self._harus(conn, pid, ("antrian",), "diubah persyaratannya")
            cur = conn.execute(
                "UPDATE permohonan_syarat SET ada = ? WHERE permohonan_id = ? AND urutan = ?",
                (int(ada), pid, urutan),
            )
            if cur.rowcount != 1:
                raise ValidationError("Butir persyaratan tidak ditemukan.", "syarat")
            desk.catat_audit("layanan.syarat", f"permohonan:{pid}", {"urutan": urutan, "ada": ada})
        return self.get(pid)

    def lewati_syarat(self, pid: int, alasan: str) -> Permohonan:
        """The Sekcam lets an incomplete file pass, with a written reason kept on the register."""
        desk = self._desk
        desk.otorisasi("layanan.lewati_syarat")
        alasan = alasan_loloskan(alasan)
        with desk.tulis() as conn:
            self._harus(conn, pid, ("antrian",), "diloloskan")
            conn.execute(
                "UPDATE permohonan SET syarat_dilewati = ?, syarat_dilewati_oleh = ? WHERE id = ?",
                (alasan, desk.username, pid),
            )
            desk.catat_audit("layanan.lewati_syarat", f"permohonan:{pid}", {"alasan": alasan})
        return self.get(pid)

    # ------------------------------------------------------------------ flow

    def periksa(self, pid: int) -> Permohonan:
        """SOP step 2: the file is checked; refused while a requirement is missing."""
        desk = self._desk
        desk.otorisasi("layanan.periksa")
        p = self.get(pid)
        if not p.syarat_lengkap:
            kurang = [s.item for s in p.syarat if not s.ada]
            raise ValidationError(
                "Persyaratan belum lengkap: " + "; ".join(kurang) + ". Lengkapi berkas, atau "
                "minta Sekcam meloloskannya dengan alasan tertulis.",
                "syarat",
            )
        self._pindah(pid, ("antrian",), "diperiksa", "periksa", "layanan.periksa")
        return self.get(pid)

    def minta_tanda_tangan(self, pid: int) -> Permohonan:
        self._desk.otorisasi("layanan.periksa")
        self._pindah(pid, ("diperiksa",), "menunggu_ttd", "minta_ttd", "layanan.minta_ttd")
        return self.get(pid)

    def boleh_tanda_tangan(self, layanan: str) -> bool:
        """Whether the logged-in account is an official who may sign this service's letter."""
        user = self._desk.pengguna_aktif
        if user is None:
            return False
        if user.peran in (peran.CAMAT, peran.SEKCAM):
            return True
        kasi = info(layanan).kasi
        return bool(kasi and user.jabatan == kasi)

    def boleh_catat_tanda_tangan(self, layanan: str) -> bool:
        """Whether the account may record a pen signature of this service (the official himself,
        or staff named in Pengaturan > Pencatatan atas nama)."""
        user = self._desk.pengguna_aktif
        if user is None:
            return False
        return self.boleh_tanda_tangan(layanan) or user.peran in (
            self._desk.pengaturan.atas_nama().pencatat.get("layanan", ())
        )

    def mode_boleh(self, layanan: str) -> tuple[str, ...]:
        """The signature modes the SOP allows for this service (u.b. only where it names a Kasi)."""
        return ("camat", "an", "plh", "ub") if info(layanan).kasi else ("camat", "an", "plh")

    def blok_ttd(self, layanan: str, mode: str) -> dict[str, Any]:
        """The signature block printed for ``mode``: the official from Pengaturan > Pejabat."""
        if mode not in MODE_TTD:
            raise ValidationError("Cara tanda tangan tidak dikenal.", "mode")
        if mode not in self.mode_boleh(layanan):
            raise ValidationError("u.b. hanya oleh Kasi yang ditunjuk SOP layanan ini.", "mode")
        jab = info(layanan).kasi if mode == "ub" else JABATAN_TTD[mode]
        pj = self._desk.pengaturan.pejabat(jab) if jab else None
        if pj is None or not pj.terisi:
            raise ValidationError(
                f"Data pejabat {jab} belum diisi di Pengaturan > Pejabat.", "mode"
            )
        return {
            "mode": mode,
            "jabatan": jab,
            "nama": pj.nama,
            "golongan": pj.golongan,
            "nip": pj.nip,
        }

    def _pelaku_ttd(
        self, p: Permohonan, mode: str | None, atas_nama: AtasNama | None, sebelum: datetime | None
    ) -> Pelaku:
        """Who signed: the official logged in (as before), or a pen signature recorded."""
        desk = self._desk
        user = desk.otorisasi("layanan.lihat")
        mode = atas_nama.mode if atas_nama else mode
        if atas_nama is None:
            if not self.boleh_tanda_tangan(p.layanan):
                raise AksesDitolak(
                    "Hanya Camat, Sekcam atau Kasi yang ditunjuk SOP yang dapat menandatangani; "
                    "tanda tangan di kertas dicatat dengan \u201cSudah ditandatangani\u201d."
                )
            if mode not in MODE_TTD:
                raise ValidationError("Cara tanda tangan tidak dikenal.", "mode")
            if mode == "camat" and user.peran != peran.CAMAT:
                raise ValidationError("Tanda tangan langsung Camat hanya oleh Camat.", "mode")
            if mode in ("an", "plh") and user.peran != peran.SEKCAM:
                raise ValidationError("a.n. Camat dan Plh. Camat ditandatangani Sekcam.", "mode")
            if mode == "ub" and (not info(p.layanan).kasi or user.jabatan != info(p.layanan).kasi):
                raise ValidationError("u.b. hanya oleh Kasi yang ditunjuk SOP layanan ini.", "mode")
        return tentukan(
            desk,
            area="layanan",
            izin_langsung="layanan.lihat",
            mode=mode or "",
            mode_boleh=self.mode_boleh(p.layanan),
            waktu=atas_nama.waktu if atas_nama else None,
            kasi=info(p.layanan).kasi,
            sebelum=sebelum,
            langkah="tanda tangan",
            dicatat=atas_nama is not None,
        )

    def _waktu_terakhir(self, pid: int) -> datetime | None:
        r = self._desk.conn.execute(
            "SELECT MAX(selesai_pada) FROM permohonan_langkah WHERE permohonan_id = ?", (pid,)
        ).fetchone()
        return datetime.fromisoformat(r[0]) if r and r[0] else None

    def _terbitkan_nomor(self, conn: sqlite3.Connection, p: Permohonan) -> tuple[Any, str]:
        desk = self._desk
        n = desk.penomoran.terbitkan(
            conn,
            p.layanan,
            desk.sekarang().date(),
            # no name: the number's audit row can never be purged (UU 27/2022); the
            # register links the number to the applicant
            perihal=perihal_nomor(p.layanan, p.id),
            sumber=f"permohonan:{p.id}",
        )
        kode = verifikasi.buat_kode(verifikasi.rahasia(conn), p.layanan, n.tahun, n.nomor, p.nik)
        return n, kode

    def tandatangani(
        self, pid: int, *, mode: str | None = None, atas_nama: AtasNama | None = None
    ) -> Permohonan:
        """Sign off in one go (the official at the PC): the register number and the verification
        code are issued right here, in the transaction that records the signature; the letter is
        printed only after COMMIT. The paper way is :meth:`cetak_untuk_ttd` then
        :meth:`sudah_ditandatangani`."""
        desk = self._desk
        p = self.get(pid)
        pelaku = self._pelaku_ttd(p, mode, atas_nama, self._waktu_terakhir(pid))
        ttd = {**self.blok_ttd(p.layanan, pelaku.mode), "oleh": desk.username}
        with desk.tulis() as conn:
            self._harus(conn, pid, ("menunggu_ttd",), "ditandatangani")
            n, kode = self._terbitkan_nomor(conn, p)
            inf = info(p.layanan)
            st = "diproses" if inf.siak else "siap_diserahkan"
            conn.execute(
                "UPDATE permohonan SET nomor_id = ?, penandatangan = ?, kode_verifikasi = ?, "
                "status = ?, cetak_ke = cetak_ke + 1, diubah_pada = ? WHERE id = ?",
                (n.id, json.dumps(ttd, ensure_ascii=False), kode, st, desk.sekarang_iso(), pid),
            )
            self._langkah(conn, pid, p.layanan, "tandatangani", pelaku=pelaku)
            desk.catat_audit(
                "layanan.tandatangani",
                f"permohonan:{pid}",
                {
                    "nomor": n.nomor_lengkap,
                    "mode": pelaku.mode,
                    "penandatangan": pelaku.nama,
                    **pelaku.rincian(),
                },
            )
        return self.get(pid)

    def cetak_untuk_ttd(self, pid: int, *, mode: str) -> Permohonan:
        """ "Cetak untuk ditandatangani": the letter goes to the official printed, with its number.

        The first print issues the register number (and verification code) in this one
        transaction, with the signature block ``mode`` prints; a letter that came back
        (:meth:`dikembalikan`) is reprinted under the same number. Print after this returns.
        """
        desk = self._desk
        desk.otorisasi("layanan.periksa")
        p = self.get(pid)
        blok = self.blok_ttd(p.layanan, mode)
        with desk.tulis() as conn:
            self._harus(conn, pid, ("menunggu_ttd", "dikembalikan"), "dicetak")
            st = conn.execute("SELECT status FROM permohonan WHERE id = ?", (pid,)).fetchone()[0]
            blok["dicetak_pada"] = desk.sekarang_iso()
            if st == "menunggu_ttd":
                n, kode = self._terbitkan_nomor(conn, p)
                conn.execute(
                    "UPDATE permohonan SET nomor_id = ?, kode_verifikasi = ? WHERE id = ?",
                    (n.id, kode, pid),
                )
                nomor = n.nomor_lengkap
            else:
                nomor = p.nomor
            conn.execute(
                "UPDATE permohonan SET status = 'dicetak', penandatangan = ?, "
                "cetak_ke = cetak_ke + 1, diubah_pada = ? WHERE id = ?",
                (json.dumps(blok, ensure_ascii=False), desk.sekarang_iso(), pid),
            )
            desk.catat_audit(
                "layanan.cetak_ttd",
                f"permohonan:{pid}",
                {
                    "nomor": nomor,
                    "mode": mode,
                    "penandatangan": blok["nama"],
                    "ulang": st != "menunggu_ttd",
                },
            )
        return self.get(pid)

    def sudah_ditandatangani(self, pid: int, atas_nama: AtasNama) -> Permohonan:
        """ "Sudah ditandatangani": who signed the printed letter, how and when (on paper,
        recorded by the staff; or the official himself). The mode must be the block printed:
        a letter signed by someone else goes back (:meth:`dikembalikan`) and is reprinted."""
        desk = self._desk
        p = self.get(pid)
        if p.status != "dicetak":
            raise ValidationError(
                f"Permohonan berstatus \u201c{p.label_status}\u201d: cetak surat untuk "
                "ditandatangani lebih dulu.",
                "status",
            )
        blok = dict(p.penandatangan)
        if atas_nama.mode != blok.get("mode"):
            raise ValidationError(
                f"Surat dicetak untuk ditandatangani {MODE_TTD.get(blok.get('mode', ''), '')} "
                f"({blok.get('nama', '')}). Bila pejabat lain yang menandatangani, pilih "
                "\u201cDikembalikan\u201d lalu cetak ulang dengan blok tanda tangannya.",
                "mode",
            )
        dicetak = blok.get("dicetak_pada")
        sebelum = max(
            (
                w
                for w in (self._waktu_terakhir(pid), dicetak and datetime.fromisoformat(dicetak))
                if w
            ),
            default=None,
        )
        pelaku = self._pelaku_ttd(p, None, atas_nama, sebelum)
        blok.update(oleh=desk.username, waktu=pelaku.waktu.isoformat(timespec="seconds"))
        st = "diproses" if info(p.layanan).siak else "siap_diserahkan"
        with desk.tulis() as conn:
            self._harus(conn, pid, ("dicetak",), "ditandatangani")
            conn.execute(
                "UPDATE permohonan SET status = ?, penandatangan = ?, diubah_pada = ? WHERE id = ?",
                (st, json.dumps(blok, ensure_ascii=False), desk.sekarang_iso(), pid),
            )
            self._langkah(conn, pid, p.layanan, "tandatangani", pelaku=pelaku)
            desk.catat_audit(
                "layanan.tandatangani",
                f"permohonan:{pid}",
                {
                    "nomor": p.nomor,
                    "mode": pelaku.mode,
                    "penandatangan": pelaku.nama,
                    **pelaku.rincian(),
                },
            )
        return self.get(pid)

    def dikembalikan(self, pid: int, alasan: str) -> Permohonan:
        """The official sent the printed letter back unsigned: the number stays with it, the
        reason is kept, the data may be corrected and the letter reprinted under that number."""
        desk = self._desk
        desk.otorisasi("layanan.periksa")
        alasan = " ".join((alasan or "").split())
        if len(alasan) < 5:
            raise ValidationError(
                "Tulis alasan pejabat mengembalikan surat (paling sedikit 5 huruf), misalnya "
                "\u201cnama ayah salah ketik\u201d.",
                "alasan",
            )
        with desk.tulis() as conn:
            self._harus(conn, pid, ("dicetak",), "dikembalikan")
            conn.execute(
                "UPDATE permohonan SET status = 'dikembalikan', alasan_kembali = ?, "
                "diubah_pada = ? WHERE id = ?",
                (alasan, desk.sekarang_iso(), pid),
            )
            desk.catat_audit("layanan.dikembalikan", f"permohonan:{pid}", {"alasan": alasan})
        return self.get(pid)

    def perbaiki(self, pid: int, p: PermohonanBaru) -> Permohonan:
        """Correct the applicant's data of a letter that came back (same service and variant);
        the register number does not change."""
        desk = self._desk
        desk.otorisasi("layanan.catat")
        lama = self.get(pid)
        if (p.layanan, p.varian) != (lama.layanan, lama.varian):
            raise ValidationError(
                "Layanan dan varian tidak dapat diubah; batalkan dan catat permohonan baru.",
                "varian",
            )
        pemohon, data, peringatan = self.validasi(p)
        with desk.tulis() as conn:
            self._harus(conn, pid, ("dikembalikan",), "diperbaiki")
            conn.execute(
                "UPDATE permohonan SET nik = ?, nama = ?, desa = ?, alamat = ?, data = ?, "
                "diubah_pada = ? WHERE id = ?",
                (
                    pemohon["nik"],
                    pemohon["nama"],
                    pemohon["desa"],
                    pemohon["alamat"],
                    json.dumps(
                        {"pemohon": pemohon, **data, "peringatan": list(peringatan)},
                        ensure_ascii=False,
                    ),
                    desk.sekarang_iso(),
                    pid,
                ),
            )
            desk.catat_audit(
                "layanan.perbaiki",
                f"permohonan:{pid}",
                {"nomor": lama.nomor, "nik": samarkan_nik(pemohon["nik"])},
            )
        return self.get(pid)

    # ------------------------------------------------------------------ Pengganti KTP-el

    def cetak_pengganti(self, pid: int, *, mode: str) -> Permohonan:
        """The Surat Keterangan Pengganti KTP-el (SOP 011 step 5-6) as its own document: its own
        number from its own register (issued here, in one transaction), its own date and masa
        berlaku (Pengaturan), printed for signing; a reprint after "dikembalikan" keeps it."""
        desk = self._desk
        desk.otorisasi("layanan.periksa")
        p = self.get(pid)
        if p.layanan != "ktp-el":
            raise ValidationError(
                "Surat Keterangan Pengganti hanya untuk permohonan KTP-el.", "layanan"
            )
        blok = self.blok_ttd(p.layanan, mode)
        lama = dict(p.pengganti)
        if lama.get("status") == "ditandatangani":
            raise ValidationError(
                f"Surat Keterangan Pengganti Nomor {lama['nomor']} sudah ditandatangani; "
                "cetak ulang salinannya lewat \u201cCetak surat\u201d.",
                "status",
            )
        hari = desk.sekarang().date()
        with desk.tulis() as conn:
            self._harus(conn, pid, ("siap_diserahkan",), "dibuatkan Surat Keterangan Pengganti")
            if lama:
                baru = {**lama, "blok": blok, "status": "dicetak", "alasan_kembali": None}
            else:
                from bawang_desk.core.kepegawaian import tambah_bulan

                n = desk.penomoran.terbitkan(
                    conn,
                    REGISTER_PENGGANTI,
                    hari,
                    perihal=f"Surat Keterangan Pengganti KTP-el, permohonan No. {pid}",
                    sumber=f"permohonan:{pid}",
                )
                bulan = desk.pengaturan.masa_berlaku_pengganti()
                baru = {
                    "nomor_id": n.id,
                    "nomor": n.nomor_lengkap,
                    "tanggal": hari.isoformat(),
                    "berlaku_bulan": bulan,
                    "berlaku_sampai": tambah_bulan(hari, bulan).isoformat(),
                    "blok": blok,
                    "status": "dicetak",
                    "cetak_ke": 0,
                }
            baru["cetak_ke"] = int(baru.get("cetak_ke", 0)) + 1
            baru["dicetak_pada"] = desk.sekarang_iso()
            conn.execute(
                "UPDATE permohonan SET pengganti = ?, diubah_pada = ? WHERE id = ?",
                (json.dumps(baru, ensure_ascii=False), desk.sekarang_iso(), pid),
            )
            desk.catat_audit(
                "layanan.pengganti_cetak",
                f"permohonan:{pid}",
                {"nomor": baru["nomor"], "mode": mode, "ulang": bool(lama)},
            )
        return self.get(pid)

    def pengganti_ditandatangani(self, pid: int, atas_nama: AtasNama) -> Permohonan:
        """SOP 011 step 6: who signed the Pengganti (Camat, Sekcam or the Kasi Tapem), how and
        when, recorded from the paper; the register step 7 with it."""
        desk = self._desk
        p = self.get(pid)
        g = dict(p.pengganti)
        if g.get("status") != "dicetak":
            raise ValidationError(
                "Cetak Surat Keterangan Pengganti untuk ditandatangani lebih dulu.", "status"
            )
        blok = g["blok"]
        if atas_nama.mode != blok.get("mode"):
            raise ValidationError(
                f"Surat Keterangan Pengganti dicetak untuk ditandatangani "
                f"{MODE_TTD.get(blok.get('mode', ''), '')} ({blok.get('nama', '')}). Bila pejabat "
                "lain yang menandatangani, pilih \u201cDikembalikan\u201d lalu cetak ulang.",
                "mode",
            )
        sebelum = max(
            (
                w
                for w in (self._waktu_terakhir(pid), datetime.fromisoformat(g["dicetak_pada"]))
                if w
            ),
            default=None,
        )
        pelaku = self._pelaku_ttd(p, None, atas_nama, sebelum)
        g.update(status="ditandatangani", ditandatangani=json.loads(pelaku.ke_json()))
        with desk.tulis() as conn:
            self._harus(conn, pid, ("siap_diserahkan",), "ditandatangani Pengganti-nya")
            conn.execute(
                "UPDATE permohonan SET pengganti = ?, diubah_pada = ? WHERE id = ?",
                (json.dumps(g, ensure_ascii=False), desk.sekarang_iso(), pid),
            )
            self._langkah(conn, pid, p.layanan, "pengganti", pelaku=pelaku)
            desk.catat_audit(
                "layanan.pengganti_ttd",
                f"permohonan:{pid}",
                {"nomor": g["nomor"], "mode": pelaku.mode, **pelaku.rincian()},
            )
        return self.get(pid)

    def pengganti_dikembalikan(self, pid: int, alasan: str) -> Permohonan:
        """The Pengganti came back unsigned: its number stays; reprint after the correction."""
        desk = self._desk
        desk.otorisasi("layanan.periksa")
        alasan = " ".join((alasan or "").split())
        if len(alasan) < 5:
            raise ValidationError(
                "Tulis alasan pejabat mengembalikan surat (paling sedikit 5 huruf).", "alasan"
            )
        p = self.get(pid)
        g = dict(p.pengganti)
        if g.get("status") != "dicetak":
            raise ValidationError("Surat Keterangan Pengganti belum dicetak.", "status")
        g.update(status="dikembalikan", alasan_kembali=alasan)
        with desk.tulis() as conn:
            conn.execute(
                "UPDATE permohonan SET pengganti = ?, diubah_pada = ? WHERE id = ?",
                (json.dumps(g, ensure_ascii=False), desk.sekarang_iso(), pid),
            )
            desk.catat_audit("layanan.pengganti_kembali", f"permohonan:{pid}", {"alasan": alasan})
        return self.get(pid)

    def proses(self, pid: int, *, siak_tersedia: bool) -> Permohonan:
        """KK and KTP-el: the operator's processing; without SIAK it is noted as "menunggu input
        SIAK" and the work goes on (SOP 010/011 step 5)."""
        desk = self._desk
        desk.otorisasi("layanan.periksa")
        with desk.tulis() as conn:
            p = self._harus(conn, pid, ("diproses",), "diproses")
            (varian,) = conn.execute(
                "SELECT varian FROM permohonan WHERE id = ?", (pid,)
            ).fetchone()
            # files for Dindukcapil wait for the weekly handover (desk.serah_terima), which
            # alone moves them to "di_dindukcapil", after a verified export
            st = "siap_dikirim" if info(p).ke_dindukcapil(varian) else "siap_diserahkan"
            conn.execute(
                "UPDATE permohonan SET status = ?, siak = ?, siak_pada = ?, "
                "diubah_pada = ? WHERE id = ?",
                (
                    st,
                    "selesai" if siak_tersedia else "menunggu",
                    desk.sekarang_iso() if siak_tersedia else None,
                    desk.sekarang_iso(),
                    pid,
                ),
            )
            self._langkah(
                conn, pid, p, "proses", catatan="" if siak_tersedia else "menunggu input SIAK"
            )
            desk.catat_audit("layanan.proses", f"permohonan:{pid}", {"siak": siak_tersedia})
        return self.get(pid)

    def kembali_dari_dindukcapil(self, pid: int) -> Permohonan:
        """The signed KK is back from Dindukcapil (SOP 010 steps 6-7).

        A file that went in a serah terima batch is recorded there (so the batch and its 14-day
        clock close); one sent before batches existed simply moves on.
        """
        self._desk.otorisasi("layanan.periksa")
        if self._desk.serah_terima.batch_terbuka(pid) is not None:
            self._desk.serah_terima.kembali(pid, "ditandatangani")
            return self.get(pid)
        self._pindah(pid, ("di_dindukcapil",), "siap_diserahkan", "kembali", "layanan.kembali")
        return self.get(pid)

    def serahkan(self, pid: int) -> Permohonan:
        """Handed to the applicant, and archived (the last SOP steps)."""
        self._desk.otorisasi("layanan.serahkan")
        g = self.get(pid).pengganti
        if g and g.get("status") != "ditandatangani":
            # a numbered paper is never left neither signed nor BATAL
            raise ValidationError(
                f"Surat Keterangan Pengganti Nomor {g['nomor']} sudah dicetak tetapi belum "
                "ditandatangani: catat tanda tangannya lebih dulu.",
                "pengganti",
            )
        self._pindah(pid, ("siap_diserahkan",), "selesai", "serahkan", "layanan.serahkan")
        return self.get(pid)

    def batalkan(self, pid: int, alasan: str, *, atas_nama: AtasNama | None = None) -> Permohonan:
        """Cancel; a number already issued stays in the register as BATAL with the reason.

        Cancelling a numbered letter is the Sekcam's or the Camat's decision; the counter staff
        record it on their behalf (``atas_nama``, mode ``sekcam`` or ``camat``).
        """
        desk = self._desk
        desk.otorisasi("layanan.lihat")
        alasan = alasan_batal(alasan)
        p = self.get(pid)
        pelaku = None
        if p.nomor_id and atas_nama is not None:
            pelaku = tentukan(
                desk,
                area="layanan",
                izin_langsung="layanan.batal_bernomor",
                mode=atas_nama.mode,
                mode_boleh=("camat", "sekcam"),
                waktu=atas_nama.waktu,
                sebelum=self._waktu_terakhir(pid),
                langkah="pembatalan surat bernomor",
            )
        elif p.nomor_id and not desk.boleh("layanan.batal_bernomor"):
            raise AksesDitolak(
                "Permohonan yang sudah bernomor hanya dapat dibatalkan oleh Sekcam atau Camat "
                "(atau dicatat atas nama mereka)."
            )
        if (
            not p.nomor_id
            and not desk.boleh("layanan.catat")
            and not desk.boleh("layanan.batal_bernomor")
        ):
            raise AksesDitolak("Anda tidak berwenang membatalkan permohonan.")
        with desk.tulis() as conn:
            self._harus(
                conn, pid, tuple(s for s in STATUS if s not in ("selesai", "batal")), "dibatalkan"
            )
            tandai_batal(conn, p.nomor_id, alasan)
            tandai_batal(conn, p.pengganti.get("nomor_id"), alasan)
            conn.execute(
                "UPDATE permohonan SET status = 'batal', alasan_batal = ?, "
                "diubah_pada = ? WHERE id = ?",
                (alasan, desk.sekarang_iso(), pid),
            )
            desk.catat_audit(
                "layanan.batal",
                f"permohonan:{pid}",
                {"alasan": alasan, **(pelaku.rincian() if pelaku else {})},
            )
        return self.get(pid)

    # ------------------------------------------------------------------ SIAK backlog

    def menunggu_siak(self) -> list[Permohonan]:
        self._desk.otorisasi("layanan.lihat")
        ids = [
            r[0]
            for r in self._desk.conn.execute(
                "SELECT id FROM permohonan WHERE siak = 'menunggu' ORDER BY id"
            )
        ]
        return [self.get(i) for i in ids]

    def siak_selesai(self, pid: int, tanggal: date | None = None) -> Permohonan:
        """Tick off an application entered into SIAK once the link is back."""
        desk = self._desk
        desk.otorisasi("layanan.periksa")
        tgl = tanggal or desk.sekarang().date()
        with desk.tulis() as conn:
            r = conn.execute("SELECT siak FROM permohonan WHERE id = ?", (pid,)).fetchone()
            if r is None or r[0] != "menunggu":
                raise ValidationError("Permohonan ini tidak sedang menunggu input SIAK.", "siak")
            conn.execute(
                "UPDATE permohonan SET siak = 'selesai', siak_pada = ? WHERE id = ?",
                (tgl.isoformat(), pid),
            )
            desk.catat_audit("layanan.siak", f"permohonan:{pid}", {"tanggal": tgl.isoformat()})
        return self.get(pid)

    # ------------------------------------------------------------------ verification

    def verifikasi(self, kode_teks: str) -> Permohonan | None:
        """The register entry a printed code belongs to, or None when the code is not genuine.

        A code that cannot be read at all (a part missing, a letter the code never uses)
        raises ValidationError saying so: that is a typing slip, not a forgery.
        """
        self._desk.otorisasi("layanan.lihat")
        k = verifikasi.urai_kode(kode_teks)
        r = self._desk.conn.execute(
            "SELECT p.id, p.nik, p.kode_verifikasi FROM nomor n "
            "JOIN permohonan p ON p.nomor_id = n.id "
            "WHERE n.register = ? AND n.tahun = ? AND n.nomor = ?",
            (k.register, k.tahun, k.nomor),
        ).fetchone()
        if r is None:
            return None
        pid, nik, tersimpan = r
        if not nik:
            # personal data purged after the retention period: the MAC cannot be recomputed
            # from the emptied NIK, so the code issued with the letter is the reference
            return self.get(pid) if verifikasi.cocok_tersimpan(k, tersimpan or "") else None
        kunci = verifikasi.rahasia(self._desk.conn)
        return self.get(pid) if verifikasi.cocok(kunci, k, nik) else None

    # ------------------------------------------------------------------ reading

    def get(self, pid: int) -> Permohonan:
        self._desk.otorisasi("layanan.lihat", sentuh=False)
        conn = self._desk.conn
        r = conn.execute(
            "SELECT p.id, p.layanan, p.varian, p.status, p.tanggal_masuk, p.nik, p.nama, p.desa, "
            "p.alamat, p.data, p.nomor_id, n.nomor_lengkap, p.penandatangan, p.kode_verifikasi, "
            "p.alasan_batal, p.syarat_dilewati, p.siak, p.petugas, p.cetak_ke, "
            "p.alasan_kembali, p.pengganti FROM permohonan p "
            "LEFT JOIN nomor n ON n.id = p.nomor_id WHERE p.id = ?",
            (pid,),
        ).fetchone()
        if r is None:
            raise ValidationError("Permohonan tidak ditemukan.", "permohonan")
        syarat = tuple(
            Syarat(u, i, bool(a))
            for u, i, a in conn.execute(
                "SELECT urutan, item, ada FROM permohonan_syarat WHERE permohonan_id = ? "
                "ORDER BY urutan",
                (pid,),
            )
        )
        sop = self.sop(r[1])
        baku = {lk.nomor: (lk.uraian, lk.waktu) for lk in sop.langkah}
        langkah = []
        sebelum: datetime | None = None
        for lk, mulai, waktu, oleh, an in conn.execute(
            "SELECT langkah, mulai, selesai_pada, oleh, atas_nama FROM permohonan_langkah "
            "WHERE permohonan_id = ? ORDER BY langkah, id",
            (pid,),
        ):
            w = datetime.fromisoformat(waktu)
            m = datetime.fromisoformat(mulai) if mulai else sebelum
            uraian, std = baku.get(lk, (f"Langkah {lk}", None))
            langkah.append(
                LangkahLayanan(
                    lk, uraian, w, oleh, (w - m) if m else None, std, Pelaku.dari_json(an)
                )
            )
            sebelum = w
        return Permohonan(
            r[0],
            r[1],
            r[2],
            r[3],
            date.fromisoformat(r[4]),
            r[5],
            r[6],
            r[7],
            r[8],
            json.loads(r[9] or "{}"),
            r[10],
            r[11] or "",
            json.loads(r[12]) if r[12] else {},
            r[13],
            r[14],
            r[15],
            r[16],
            r[17],
            syarat,
            tuple(langkah),
            r[18] or 0,
            r[19],
            json.loads(r[20]) if r[20] else {},
        )

    def antrian_hari_ini(self) -> list[Permohonan]:
        """Today's queue and whatever is still open from earlier days, oldest first."""
        self._desk.otorisasi("layanan.lihat")
        hari = self._desk.sekarang().date().isoformat()
        ids = [
            r[0]
            for r in self._desk.conn.execute(
                "SELECT id FROM permohonan WHERE tanggal_masuk = ? OR status IN ('antrian', "
                "'diperiksa', 'menunggu_ttd', 'dicetak', 'dikembalikan', 'diproses', "
                "'siap_diserahkan') AND tanggal_masuk >= ? "
                "ORDER BY id",
                (hari, (self._desk.sekarang().date() - timedelta(days=30)).isoformat()),
            )
        ]
        return [self.get(i) for i in ids]

    # ------------------------------------------------------------------ registers

    def cari(
        self, teks: str = "", *, layanan: str | None = None, offset: int = 0, batas: int = 200
    ) -> list[BarisRegister]:
        """A page of applications, newest first, searched by name or NIK as one types.

        Walks the FTS index (or the primary key) backwards, so a keystroke costs the same on a
        million applications as on a hundred.
        """
        from bawang_desk.core.surat_masuk import cari_nomor, kueri_fts, sql_nomor

        self._desk.otorisasi("layanan.lihat")
        conn = self._desk.conn
        q = kueri_fts(teks)
        where, args = "1=1", []
        if layanan:
            where, args = "p.layanan = ?", [info(layanan).kode]
        angka = "".join(ch for ch in teks if not ch.isspace() and ch not in ".-")
        if angka.isdigit() and len(angka) >= 4:
            # a NIK being typed: every NIK here shares its first digits, so an FTS prefix
            # would merge a million terms; the NIK index answers a prefix range directly
            atas = angka[:-1] + chr(ord(angka[-1]) + 1)
            rows = conn.execute(
                f"SELECT {_KOLOM_REGISTER} FROM permohonan p INDEXED BY permohonan_nik "
                "LEFT JOIN nomor n ON n.id = p.nomor_id "
                f"WHERE p.nik >= ? AND p.nik < ? AND {where} ORDER BY p.nik DESC, p.id DESC "
                "LIMIT ? OFFSET ?",
                [angka, atas, *args, batas, offset],
            ).fetchall()
            return [_baris_register(r) for r in rows]
        nomor = cari_nomor(teks)
        depan: list[tuple] = []
        if offset == 0 and (nomor or "/" in teks):
            # the register number typed ("042", "42/2026") or pasted whole: that one first
            wn, an = sql_nomor(nomor) if nomor else ("0", [])
            depan = conn.execute(
                f"SELECT {_KOLOM_REGISTER} FROM permohonan p JOIN nomor n ON n.id = p.nomor_id "
                f"WHERE (({wn}) OR n.nomor_lengkap = ?) AND {where} ORDER BY p.id DESC LIMIT 50",
                [*an, " ".join(teks.split()), *args],
            ).fetchall()
        if q:
            rows = conn.execute(
                f"SELECT {_KOLOM_REGISTER} FROM permohonan_fts JOIN permohonan p "
                "ON p.id = permohonan_fts.rowid LEFT JOIN nomor n ON n.id = p.nomor_id "
                f"WHERE permohonan_fts MATCH ? AND {where} ORDER BY permohonan_fts.rowid DESC "
                "LIMIT ? OFFSET ?",
                [q, *args, batas, offset],
            ).fetchall()
        else:
            rows = conn.execute(
                f"SELECT {_KOLOM_REGISTER} FROM permohonan p LEFT JOIN nomor n "
                f"ON n.id = p.nomor_id WHERE {where} ORDER BY p.id DESC LIMIT ? OFFSET ?",
                [*args, batas, offset],
            ).fetchall()
        if depan:
            kunci = {r[0] for r in depan}
            rows = depan + [r for r in rows if r[0] not in kunci]
        return [_baris_register(r) for r in rows]

    def register(self, layanan: str, dari: date, sampai: date) -> list[BarisRegister]:
        """The service's register book for a period: every number issued, BATAL included."""
        self._desk.otorisasi("buku.cetak")
        kode = info(layanan).kode
        hasil: list[BarisRegister] = []
        kunci = (dari.year, 0)
        while True:
            # one short statement per page, keyed on (tahun, nomor): with the rollback journal
            # an open read keeps every save out, and a print runs beside the counter
            rows = self._desk.conn.execute(
                f"SELECT {_KOLOM_REGISTER}, n.tahun, n.nomor FROM nomor n "
                "JOIN permohonan p ON p.nomor_id = n.id "
                "WHERE n.register = ? AND n.tahun BETWEEN ? AND ? AND n.tanggal BETWEEN ? AND ? "
                "AND (n.tahun, n.nomor) > (?, ?) ORDER BY n.tahun, n.nomor LIMIT ?",
                (
                    kode,
                    dari.year,
                    sampai.year,
                    dari.isoformat(),
                    sampai.isoformat(),
                    *kunci,
                    BARIS_PER_HALAMAN,
                ),
            ).fetchall()
            hasil.extend(_baris_register(r) for r in rows)
            if len(rows) < BARIS_PER_HALAMAN:
                return hasil
            kunci = (rows[-1][-2], rows[-1][-1])

    # ------------------------------------------------------------------ internals

    def _harus(
        self, conn: sqlite3.Connection, pid: int, boleh: tuple[str, ...], tindakan: str
    ) -> str:
        r = conn.execute("SELECT status, layanan FROM permohonan WHERE id = ?", (pid,)).fetchone()
        if r is None:
            raise ValidationError("Permohonan tidak ditemukan.", "permohonan")
        if r[0] not in boleh:
            raise ValidationError(
                f"Permohonan berstatus \u201c{LABEL_STATUS[r[0]]}\u201d tidak dapat {tindakan}.",
                "status",
            )
        return r[1]

    def _pindah(self, pid: int, dari: tuple[str, ...], ke: str, aksi: str, audit: str) -> None:
        desk = self._desk
        with desk.tulis() as conn:
            self.pindahkan(conn, pid, dari, ke, aksi)
            desk.catat_audit(audit, f"permohonan:{pid}", {"status": ke})

    def pindahkan(
        self,
        conn: sqlite3.Connection,
        pid: int,
        dari: tuple[str, ...],
        ke: str,
        aksi: str,
        *,
        mulai: datetime | None = None,
        catatan: str = "",
    ) -> str:
        """Move one application from one of ``dari`` to ``ke`` and record the SOP steps of
        ``aksi``, inside the caller's write transaction; returns the service code.

        Shared with other areas (the Dindukcapil handover) so a status change and its SOP steps
        are always written the same way; the caller writes its own audit row.
        """
        layanan = self._harus(conn, pid, dari, LABEL_STATUS[ke].lower())
        conn.execute(
            "UPDATE permohonan SET status = ?, diubah_pada = ? WHERE id = ?",
            (ke, self._desk.sekarang_iso(), pid),
        )
        self._langkah(conn, pid, layanan, aksi, mulai=mulai, catatan=catatan)
        return layanan

    def _langkah(
        self,
        conn: sqlite3.Connection,
        pid: int,
        layanan: str,
        aksi: str,
        *,
        mulai: datetime | None = None,
        catatan: str = "",
        pelaku: Pelaku | None = None,
    ) -> None:
        now = pelaku.waktu.isoformat(timespec="seconds") if pelaku else self._desk.sekarang_iso()
        an = pelaku.ke_json() if pelaku else None
        for i, lk in enumerate(info(layanan).aksi.get(aksi, ())):
            conn.execute(
                "INSERT INTO permohonan_langkah (permohonan_id, langkah, mulai, selesai_pada, oleh, "
                "catatan, atas_nama) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (pid, lk, _iso(mulai) if i == 0 else None, now, self._desk.username, catatan, an),
            )


def alasan_loloskan(teks: str) -> str:
    """The Sekcam's written reason for letting an incomplete file pass (kept on the register):
    whitespace collapsed, at least ten letters. The reason box checks it while it is open."""
    alasan = " ".join(teks.split())
    if len(alasan) < 10:
        raise ValidationError(
            "Tulis alasan yang jelas (paling sedikit 10 huruf) mengapa "
            "berkas yang belum lengkap diloloskan.",
            "alasan",
        )
    return alasan
