"""Steps an official takes on paper, recorded by the staff at the PC: who decided, how, when, who typed it.

The SOPs are paper work: the Camat writes his disposition on the Lembar Disposisi, the Sekcam
signs a.n. Camat with a pen in his own room. The counter PC is the staff's, so every such step
(disposition, elaboration, koreksi, approval, signature) can be recorded by the logged-in staff
member on the official's behalf. One function, :func:`tentukan`, resolves who performed the step
for every area, so the direct path (the official logged in) and the recorded path end in the same
record: the official chosen from Pengaturan > Pejabat (never a free name), the mode, the official's
time (never in the future, never before the previous step) and the staff member who recorded it.
Which roles may record on behalf of which officials is a setting (:class:`PengaturanAtasNama`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bawang_desk.core import peran
from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.teks import tanggal_pendek

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

#: Mode -> (label, post in Pengaturan > Pejabat); ``ub`` takes the Kasi the SOP names.
MODE: dict[str, tuple[str, str | None]] = {
    "camat": ("Camat", "camat"),
    "an": ("a.n. Camat (Sekcam)", "sekcam"),
    "plh": ("Plh. Camat (Sekcam)", "sekcam"),
    "ub": ("a.n. Camat u.b. Kasi", None),
    "sekcam": ("Sekretaris Kecamatan", "sekcam"),
}

#: Area -> (label, default roles that may record, officials that may be recorded for).
AREA: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "surat_masuk": (
        "Surat masuk: disposisi Camat, penjabaran Sekcam",
        (peran.PENGADMINISTRASI,),
        ("camat", "sekcam"),
    ),
    "surat_keluar": (
        "Surat keluar: koreksi, persetujuan dan tanda tangan",
        (peran.PENGADMINISTRASI,),
        ("camat", "sekcam"),
    ),
    "layanan": (
        "Surat layanan loket: tanda tangan",
        (peran.OPERATOR,),
        ("camat", "sekcam", "kasi_tapem", "kasi_trantibum"),
    ),
    "usulan_kp": (
        "Usulan KP/KGB: koreksi Camat (SOP 003 langkah 6)",
        (peran.KASUBBAG,),
        ("camat", "sekcam"),
    ),
}


@dataclass(frozen=True)
class AtasNama:
    """What the staff member reads off the paper: how it was signed/decided, and when.

    ``waktu`` None means now. The official is the one Pengaturan > Pejabat holds for the
    mode's post (the Kasi of the service for ``ub``).
    """

    mode: str
    waktu: datetime | None = None


@dataclass(frozen=True)
class Pelaku:
    """Who performed a paper step: the official (snapshot of name, pangkat, NIP), the mode, the
    official's time, and the account that recorded it (the official's own when ``langsung``)."""

    jabatan: str
    mode: str
    nama: str
    golongan: str
    nip: str
    waktu: datetime
    pencatat: str | None
    langsung: bool
    dicatat_pada: datetime | None = None

    @property
    def label_mode(self) -> str:
        return MODE.get(self.mode, (self.mode, None))[0]

    @property
    def ringkas(self) -> str:
        """``a.n. Camat (Sekcam): Drs. X, 10.42``: what a history line shows."""
        return f"{self.label_mode}: {self.nama}, {self.waktu.strftime('%H.%M')}"

    @property
    def kedua_nama(self) -> str:
        """The official and the recorder in one line (the audit view, the step list)."""
        if self.langsung:
            return f"{self.nama} ({self.label_mode}, langsung)"
        return f"{self.nama} ({self.label_mode}), dicatat oleh {self.pencatat}"

    def rincian(self) -> dict[str, Any]:
        """The audit row's fields: both names and the official's own time."""
        return {
            "pejabat": self.nama,
            "jabatan": self.jabatan,
            "mode": self.mode,
            "waktu_pejabat": self.waktu.isoformat(timespec="minutes"),
            "dicatat_oleh": self.pencatat,
            "atas_nama": not self.langsung,
        }

    def ke_json(self) -> str:
        d = asdict(self)
        d["waktu"] = self.waktu.isoformat(timespec="seconds")
        d["dicatat_pada"] = (
            self.dicatat_pada.isoformat(timespec="seconds") if self.dicatat_pada else None
        )
        return json.dumps(d, ensure_ascii=False, sort_keys=True)

    @classmethod
    def dari_json(cls, teks: str | None) -> Pelaku | None:
        if not teks:
            return None
        d = json.loads(teks)
        d["waktu"] = datetime.fromisoformat(d["waktu"])
        d["dicatat_pada"] = (
            datetime.fromisoformat(d["dicatat_pada"]) if d.get("dicatat_pada") else None
        )
        return cls(**d)


@dataclass(frozen=True)
class PengaturanAtasNama:
    """Area -> roles that may record its paper steps, and the officials they may record for.

    Defaults (issue 14): Pengadministrasi Umum for the mail, the Operator for the counter
    letters, the Kasubbag for KP/KGB; always Camat and Sekcam, plus the Kasi the SOPs name for
    the counter letters.
    """

    pencatat: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {a: v[1] for a, v in AREA.items()}
    )
    pejabat: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {a: v[2] for a, v in AREA.items()}
    )

    def boleh(self, area: str, peran_: str | None, jabatan: str) -> bool:
        return bool(
            peran_
            and peran_ in self.pencatat.get(area, ())
            and jabatan in self.pejabat.get(area, ())
        )


def validasi_pengaturan(s: PengaturanAtasNama) -> PengaturanAtasNama:
    from bawang_desk.core.pengaturan import JABATAN

    pencatat, pejabat = {}, {}
    for area in AREA:
        roles = tuple(dict.fromkeys(s.pencatat.get(area, ())))
        salah = [r for r in roles if r not in peran.STAF_KANTOR]
        if salah:
            raise ValidationError(
                f"Peran tidak dikenal untuk {AREA[area][0]}: {', '.join(salah)}.", "pencatat"
            )
        jab = tuple(dict.fromkeys(s.pejabat.get(area, AREA[area][2])))
        salah = [j for j in jab if j not in JABATAN]
        if salah:
            raise ValidationError(
                f"Jabatan tidak dikenal untuk {AREA[area][0]}: {', '.join(salah)}.", "pejabat"
            )
        pencatat[area], pejabat[area] = roles, jab
    return PengaturanAtasNama(pencatat, pejabat)


def jabatan_mode(mode: str, kasi: str | None = None) -> str:
    """The post in Pengaturan > Pejabat whose official acts in ``mode``."""
    if mode not in MODE:
        raise ValidationError(f"Cara \u201c{mode}\u201d tidak dikenal.", "mode")
    jab = MODE[mode][1] or kasi
    if not jab:
        raise ValidationError("u.b. hanya oleh Kasi yang ditunjuk SOP layanan ini.", "mode")
    return jab


def pejabat_untuk_akun(desk: Desk, jabatan: str) -> bool:
    """Whether the logged-in account is the official holding ``jabatan``."""
    user = desk.pengguna_aktif
    if user is None:
        return False
    if jabatan == "camat":
        return user.peran == peran.CAMAT
    if jabatan == "sekcam":
        return user.peran == peran.SEKCAM
    return bool(user.jabatan) and user.jabatan == jabatan


def pilihan(
    desk: Desk, area: str, mode_boleh: tuple[str, ...], kasi: str | None = None
) -> list[tuple[str, str]]:
    """(mode, "label: name") the logged-in user may record now: the GUI's list of officials.

    Only officials filled in under Pengaturan > Pejabat appear; a mode whose official is
    missing is left out rather than shown and refused.
    """
    hasil = []
    for m in mode_boleh:
        try:
            jab = jabatan_mode(m, kasi)
        except ValidationError:
            continue
        pj = desk.pengaturan.pejabat(jab)
        if not pj.terisi:
            continue
        if pejabat_untuk_akun(desk, jab) or desk.pengaturan.atas_nama().boleh(
            area, desk.pengguna_aktif.peran if desk.pengguna_aktif else None, jab
        ):
            hasil.append((m, f"{MODE[m][0]}: {pj.nama}"))
    return hasil


def boleh_mencatat(desk: Desk, area: str, izin_langsung: str) -> bool:
    """Whether the user may do this area's paper step at all (directly or on behalf)."""
    user = desk.pengguna_aktif
    if user is None:
        return False
    if desk.boleh(izin_langsung):
        return True
    s = desk.pengaturan.atas_nama()
    return user.peran in s.pencatat.get(area, ())


def tentukan(
    desk: Desk,
    *,
    area: str,
    izin_langsung: str,
    mode: str,
    mode_boleh: tuple[str, ...],
    waktu: datetime | None = None,
    kasi: str | None = None,
    sebelum: datetime | None = None,
    langkah: str = "langkah ini",
    dicatat: bool = True,
) -> Pelaku:
    """Who performed a paper step, checked: the account may do it (as the official, or on his
    behalf by the setting), the official is in Pengaturan, the time is possible.

    ``dicatat`` False is a call with no paper behind it (no :class:`AtasNama` given): then the
    account must hold ``izin_langsung`` itself, as before issue 14.

    Call inside nothing: it reads settings; the caller writes the step with ``Pelaku`` in its own
    transaction, with :meth:`Pelaku.rincian` in the audit row.
    """
    user = desk.pengguna_aktif
    if user is None:
        raise AksesDitolak("Silakan masuk terlebih dahulu.")
    if mode not in mode_boleh:
        label = ", ".join(MODE[m][0] for m in mode_boleh if m in MODE)
        raise ValidationError(f"Untuk {langkah} pilih salah satu: {label}.", "mode")
    jab = jabatan_mode(mode, kasi)
    from bawang_desk.core.pengaturan import JABATAN

    nama_jab = JABATAN.get(jab, jab)
    if not dicatat:
        # no paper to record from: the account itself acts, so it must be the official
        desk.otorisasi(izin_langsung)
    langsung = desk.boleh(izin_langsung) and pejabat_untuk_akun(desk, jab)
    if not langsung:
        if desk.terkunci:
            from bawang_desk.core.errors import SesiTerkunci

            raise SesiTerkunci(
                "Layar terkunci karena tidak ada kegiatan. Masukkan kata sandi untuk melanjutkan."
            )
        desk.sentuh()
        s = desk.pengaturan.atas_nama()
        if not s.boleh(area, user.peran, jab):
            if desk.boleh(izin_langsung) and user.peran in (peran.CAMAT, peran.SEKCAM):
                # an official choosing another official's mode: a wrong choice, not a wrong role
                raise ValidationError(
                    f"{MODE[mode][0]} hanya oleh {nama_jab} sendiri, atau dicatat atas namanya "
                    "oleh petugas yang ditunjuk di Pengaturan.",
                    "mode",
                )
            raise AksesDitolak(
                f"{user.label_peran} tidak ditunjuk untuk mencatat {langkah} atas nama "
                f"{nama_jab} (Pengaturan > Pencatatan atas nama)."
            )
    else:
        desk.otorisasi(izin_langsung)
    pj = desk.pengaturan.pejabat(jab)
    if not pj.terisi:
        raise ValidationError(
            f"{nama_jab} belum diisi di Pengaturan > Pejabat: {langkah} hanya dapat dicatat "
            "atas nama pejabat yang terdaftar.",
            "pejabat",
        )
    now = desk.sekarang().replace(microsecond=0)
    w = (waktu or now).replace(microsecond=0)
    if w > now:
        raise ValidationError(
            f"Waktu {langkah} ({tanggal_pendek(w.date())} {w:%H.%M}) belum terjadi; "
            f"sekarang {now:%H.%M}.",
            "waktu",
        )
    if sebelum is not None and w < sebelum.replace(microsecond=0):
        raise ValidationError(
            f"Waktu {langkah} ({tanggal_pendek(w.date())} {w:%H.%M}) sebelum langkah "
            f"sebelumnya ({tanggal_pendek(sebelum.date())} {sebelum:%H.%M}); periksa jam "
            "yang tertulis di kertas.",
            "waktu",
        )
    return Pelaku(jab, mode, pj.nama, pj.golongan, pj.nip, w, user.username, langsung, now)
