"""The Beranda's figures: what needs each user today, counted from the registers, with the list
behind every figure.

Each figure is a :class:`Sumber`: who sees it, how it is counted and how its list is read. The
counts are indexed queries (a few milliseconds on the ten-year database) because the Beranda is
the first screen of the day; the lists are read only when a figure is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from bawang_desk.core import peran
from bawang_desk.core.teks import tanggal_pendek

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

HARI_DINDUKCAPIL = 14
"""SOP 010 step 6: the signed KK comes back from Dindukcapil within fourteen days."""
JENDELA_SELESAI = 60
"""Applications finished today are looked for among those received in the last 60 days, so the
count stays an indexed range scan; a service taking longer than that is not "today's work"."""
STATUS_TERBUKA = (
    "antrian",
    "diperiksa",
    "menunggu_ttd",
    "dicetak",
    "dikembalikan",
    "diproses",
    "siap_diserahkan",
)
#: Waiting for a signature: not yet printed, at the official's desk, or back for correction
#: (issue 14: the letter goes to the official printed with its number).
STATUS_TTD = ("menunggu_ttd", "dicetak", "dikembalikan")

_LAYANAN = "layanan.lihat"


@dataclass(frozen=True)
class Angka:
    """One figure on the Beranda."""

    kunci: str
    judul: str
    nilai: int | str
    keterangan: str
    perlu_perhatian: bool
    tab: str | None


@dataclass
class Daftar:
    """The rows behind a figure; ``ids[i]`` opens row ``i`` in ``tab``."""

    judul: str
    kolom: tuple[str, ...]
    baris: list[tuple[str, ...]] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)
    tab: str | None = None


@dataclass(frozen=True)
class Sumber:
    kunci: str
    judul: str
    peran: frozenset[str]
    hitung: Callable[[Desk, date], tuple[int | str, str, bool]]
    daftar: Callable[[Desk, date], Daftar] | None
    tab: str | None
    izin: str | None = None


def _permohonan(
    desk: Desk,
    where: str,
    args: tuple,
    judul: str,
    batas: int = 500,
    tab: str = "layananTab",
) -> Daftar:
    from bawang_desk.core.layanan import LABEL_STATUS, LAYANAN

    rows = desk.conn.execute(
        "SELECT p.id, p.tanggal_masuk, p.layanan, p.nama, p.nik, p.desa, p.status, "
        "COALESCE(n.nomor_lengkap, '') FROM permohonan p LEFT JOIN nomor n ON n.id = p.nomor_id "
        f"WHERE {where} ORDER BY p.id LIMIT ?",
        (*args, batas),
    ).fetchall()
    return Daftar(
        judul,
        ("No", "Masuk", "Layanan", "Nama", "NIK", "Desa", "Status", "Nomor"),
        [
            (
                str(r[0]),
                tanggal_pendek(date.fromisoformat(r[1])),
                LAYANAN[r[2]].nama if r[2] in LAYANAN else r[2],
                r[3],
                r[4],
                r[5],
                LABEL_STATUS.get(r[6], r[6]),
                r[7],
            )
            for r in rows
        ],
        [r[0] for r in rows],
        tab,
    )


def _ph(n: int) -> str:
    return ",".join("?" * n)


# --- the counter ------------------------------------------------------------------------------


def _antrian_where(hari: date) -> tuple[str, tuple]:
    return (
        f"p.status IN ({_ph(len(STATUS_TERBUKA))}) AND p.tanggal_masuk >= ?",
        (*STATUS_TERBUKA, (hari - timedelta(days=30)).isoformat()),
    )


def _hitung_antrian(desk: Desk, hari: date) -> tuple[int, str, bool]:
    where, args = _antrian_where(hari)
    n = desk.conn.execute(f"SELECT COUNT(*) FROM permohonan p WHERE {where}", args).fetchone()[0]
    masuk = desk.conn.execute(
        "SELECT COUNT(*) FROM permohonan WHERE tanggal_masuk = ?", (hari.isoformat(),)
    ).fetchone()[0]
    return n, f"{masuk} permohonan masuk hari ini", False


def _daftar_antrian(desk: Desk, hari: date) -> Daftar:
    where, args = _antrian_where(hari)
    return _permohonan(desk, where, args, "Permohonan yang belum selesai")


def _selesai_where(hari: date) -> tuple[str, tuple]:
    return (
        # "+p.status": keep SQLite on the date index (a few weeks of rows) instead of the
        # status index, where "selesai" is nearly every row of ten years
        "p.tanggal_masuk >= ? AND +p.status = 'selesai' AND p.diubah_pada >= ? "
        "AND p.diubah_pada < ?",
        (
            (hari - timedelta(days=JENDELA_SELESAI)).isoformat(),
            hari.isoformat(),
            (hari + timedelta(days=1)).isoformat(),
        ),
    )


def _hitung_selesai(desk: Desk, hari: date) -> tuple[int, str, bool]:
    where, args = _selesai_where(hari)
    n = desk.conn.execute(f"SELECT COUNT(*) FROM permohonan p WHERE {where}", args).fetchone()[0]
    return n, "diserahkan kepada pemohon hari ini", False


def _daftar_selesai(desk: Desk, hari: date) -> Daftar:
    where, args = _selesai_where(hari)
    return _permohonan(desk, where, args, "Layanan selesai hari ini")


def _hitung_ttd(desk: Desk, hari: date) -> tuple[int, str, bool]:
    n = desk.conn.execute(
        f"SELECT COUNT(*) FROM permohonan WHERE status IN ({_ph(len(STATUS_TTD))})", STATUS_TTD
    ).fetchone()[0]
    return n, "permohonan menunggu tanda tangan", n > 0


def _daftar_ttd(desk: Desk, hari: date) -> Daftar:
    return _permohonan(
        desk, f"p.status IN ({_ph(len(STATUS_TTD))})", STATUS_TTD, "Menunggu tanda tangan"
    )


def _hitung_siak(desk: Desk, hari: date) -> tuple[int, str, bool]:
    n = desk.conn.execute("SELECT COUNT(*) FROM permohonan WHERE siak = 'menunggu'").fetchone()[0]
    return n, "belum diinput ke SIAK", n > 0


def _daftar_siak(desk: Desk, hari: date) -> Daftar:
    return _permohonan(desk, "p.siak = 'menunggu'", (), "Menunggu input SIAK")


def _hitung_dindukcapil(desk: Desk, hari: date) -> tuple[int, str, bool]:
    # counted from the day the batch was handed over (desk.serah_terima), which is also
    # where SOP 010 step 6 starts
    n = desk.serah_terima.hitung_terlambat(hari)
    return n, f"KK di Dindukcapil lebih dari {HARI_DINDUKCAPIL} hari", n > 0


def _daftar_dindukcapil(desk: Desk, hari: date) -> Daftar:
    ids = [b.permohonan_id for b in desk.serah_terima.terlambat(hari)]
    return _permohonan(
        desk,
        f"p.id IN ({_ph(len(ids))})",
        tuple(ids),
        f"Di Dindukcapil lebih dari {HARI_DINDUKCAPIL} hari",
        tab="serahTerimaTab",  # where the return is recorded
    )


# --- the mail ---------------------------------------------------------------------------------

_BELUM_DISPOSISI = ("dicatat", "disampaikan")


def _hitung_urgen(desk: Desk, hari: date) -> tuple[int, str, bool]:
    n = desk.conn.execute(
        "SELECT COUNT(*) FROM surat_masuk WHERE sifat = 'Sangat Segera' AND status IN (?, ?)",
        _BELUM_DISPOSISI,
    ).fetchone()[0]
    return n, "surat Sangat Segera belum didisposisi", n > 0


def _daftar_urgen(desk: Desk, hari: date) -> Daftar:
    from bawang_desk.core.surat_masuk import LABEL_STATUS

    rows = desk.conn.execute(
        "SELECT s.id, n.nomor_lengkap, s.tanggal_terima, s.pengirim, s.hal, s.status, "
        "s.rahasia FROM surat_masuk s JOIN nomor n ON n.id = s.nomor_id "
        "WHERE s.sifat = 'Sangat Segera' AND s.status IN (?, ?) ORDER BY s.id",
        _BELUM_DISPOSISI,
    ).fetchall()
    # a secret letter can be urgent too: its hal only for its readers, as in the Buku Agenda
    sm = desk.surat_masuk
    rows = [
        (*r[:4], "(RAHASIA)" if r[6] and sm._tersembunyi(r[0], True) else r[4], r[5]) for r in rows
    ]
    return Daftar(
        "Surat Sangat Segera belum didisposisi",
        ("Agenda", "Diterima", "Pengirim", "Hal", "Status"),
        [
            (r[1], tanggal_pendek(date.fromisoformat(r[2][:10])), r[3], r[4], LABEL_STATUS[r[5]])
            for r in rows
        ],
        [r[0] for r in rows],
        "suratMasukTab",
    )


PIMPINAN = frozenset({peran.CAMAT, peran.SEKCAM})


# --- kepegawaian and backups ------------------------------------------------------------------

BULAN_KP_KGB = 2
"""SOP 003: the KGB notice goes out two months ahead, so the Beranda looks that far."""


def _hitung_kp_kgb(desk: Desk, hari: date) -> tuple[int, str, bool]:
    jatuh = desk.pegawai.segera(BULAN_KP_KGB)
    telat = sum(1 for j in jatuh if j.terlambat)
    ket = f"KP/KGB jatuh tempo dalam {BULAN_KP_KGB} bulan"
    if telat:
        ket += f"; {telat} terlambat"
    return len(jatuh), ket, bool(jatuh)


def _daftar_kp_kgb(desk: Desk, hari: date) -> Daftar:
    from bawang_desk.core.identity import tulis_nip

    jatuh = desk.pegawai.segera(BULAN_KP_KGB)
    return Daftar(
        f"KP/KGB jatuh tempo dalam {BULAN_KP_KGB} bulan",
        ("Jenis", "TMT", "Nama", "NIP", "Perubahan", "Peringatan"),
        [
            (
                j.jenis.upper() + (" (terlambat)" if j.terlambat else ""),
                tanggal_pendek(j.tmt),
                j.pegawai.nama,
                tulis_nip(j.pegawai.nip),
                j.label,
                "; ".join(j.peringatan),
            )
            for j in jatuh
        ],
        [j.pegawai.id for j in jatuh],
        "kepegawaianTab",
    )


def _hitung_sop(desk: Desk, hari: date) -> tuple[int, str, bool]:
    user = desk.pengguna_aktif
    n = len(desk.pelacakan.terlambat(user.peran, desk.sekarang())) if user else 0
    return n, "langkah SOP yang Anda tangani lewat batas waktunya", n > 0


def _daftar_sop(desk: Desk, hari: date) -> Daftar:
    from bawang_desk.core.teks import tanggal_pendek as tgl

    user = desk.pengguna_aktif
    telat = desk.pelacakan.terlambat(user.peran, desk.sekarang()) if user else []
    judul = {}
    for lk in telat:
        if lk.pelacakan_id not in judul:
            judul[lk.pelacakan_id] = desk.pelacakan.get(lk.pelacakan_id).judul
    return Daftar(
        "Langkah SOP terlambat",
        ("SOP", "Langkah", "Uraian", "Batas waktu", "Pelaksana"),
        [
            (
                judul[lk.pelacakan_id],
                str(lk.langkah),
                lk.uraian,
                f"{tgl(lk.batas.date())} {lk.batas:%H.%M}" if lk.batas else "-",
                lk.pelaksana,
            )
            for lk in telat
        ],
        [lk.pelacakan_id for lk in telat],
        "pelacakanTab",
    )


def _hitung_cadangan(desk: Desk, hari: date) -> tuple[str, str, bool]:
    from bawang_desk.core.cadangan import status_cadangan

    batas = int(desk.pengaturan.umum().batas_cadangan_gb * 10**9)
    st = status_cadangan(desk.data_dir, desk.sekarang(), batas=batas)
    nilai = f"{st.terakhir.waktu:%d-%m-%Y %H.%M}" if st.terakhir else "Belum ada"
    ket = "cadangan terakhir yang terverifikasi"
    if st.gagal_terakhir:
        ket = f"Pencadangan terakhir gagal: {st.gagal_terakhir}"
    elif st.usang:
        ket = "Lebih dari sehari yang lalu: buat cadangan sekarang"
    elif st.hampir_penuh:
        ket = st.pesan_ruang  # before the budget starts to thin the copies
    return nilai, ket, st.usang or bool(st.gagal_terakhir) or st.hampir_penuh


def _daftar_cadangan(desk: Desk, hari: date) -> Daftar:
    from bawang_desk.core.cadangan import daftar_cadangan

    semua = daftar_cadangan(desk.data_dir)
    return Daftar(
        "Cadangan basis data",
        ("Waktu", "Ukuran", "Terverifikasi", "Berkas"),
        [
            (
                f"{c.waktu:%d-%m-%Y %H.%M}",
                f"{c.ukuran / 1_048_576:.1f} MB",
                "ya" if c.terverifikasi else "tidak",
                c.path.name,
            )
            for c in semua
        ],
        [],
        None,
    )


# --- Survei Kepuasan Masyarakat ---------------------------------------------------------------


def _indeks_bulan(desk: Desk, hari: date):  # -> skm.Indeks
    from bawang_desk.core.kinerja import Periode

    return desk.skm.indeks_periode(Periode.bulan(hari.year, hari.month))


def _hitung_ikm(desk: Desk, hari: date) -> tuple[str, str, bool]:
    from bawang_desk.core.skm import format_angka
    from bawang_desk.core.teks import BULAN

    i = _indeks_bulan(desk, hari)
    bulan = f"{BULAN[hari.month - 1]} {hari.year}"
    if i.konversi is None:
        return "-", f"Belum ada responden survei kepuasan {bulan}", False
    m = i.mutu
    return (
        f"{format_angka(i.konversi)} ({m.huruf})",
        f"{m.kinerja}, {i.responden} responden, {bulan}",
        m.huruf in ("C", "D"),
    )


def _daftar_ikm(desk: Desk, hari: date) -> Daftar:
    from bawang_desk.core.skm import format_angka
    from bawang_desk.core.teks import BULAN

    i = _indeks_bulan(desk, hari)
    rendah = {u.unsur.kode for u in i.terendah}
    return Daftar(
        f"IKM {BULAN[hari.month - 1]} {hari.year} per unsur ({i.responden} responden)",
        ("Unsur", "Nama", "Jawaban", "NRR", "Mutu", "Catatan"),
        [
            (
                u.unsur.kode,
                u.unsur.nama,
                str(u.terisi),
                format_angka(u.nrr, 3),
                u.mutu.label if u.mutu else "-",
                "terendah" if u.unsur.kode in rendah else "",
            )
            for u in i.unsur
        ],
        [],
        None,
    )


SUMBER: list[Sumber] = [
    Sumber(
        "antrian",
        "Antrian layanan",
        frozenset({peran.OPERATOR, *PIMPINAN}),
        _hitung_antrian,
        _daftar_antrian,
        "layananTab",
        _LAYANAN,
    ),
    Sumber(
        "selesai",
        "Layanan selesai hari ini",
        frozenset({peran.OPERATOR, *PIMPINAN}),
        _hitung_selesai,
        _daftar_selesai,
        "layananTab",
        _LAYANAN,
    ),
    Sumber(
        "urgen",
        "Sangat Segera",
        frozenset({peran.PENGADMINISTRASI, *PIMPINAN}),
        _hitung_urgen,
        _daftar_urgen,
        "suratMasukTab",
        "surat_masuk.lihat",
    ),
    Sumber(
        "ttd",
        "Menunggu tanda tangan",
        frozenset({peran.OPERATOR, *PIMPINAN}),
        _hitung_ttd,
        _daftar_ttd,
        "layananTab",
        _LAYANAN,
    ),
    Sumber(
        "dindukcapil",
        "KK di Dindukcapil > 14 hari",
        frozenset({peran.OPERATOR, peran.SEKCAM}),
        _hitung_dindukcapil,
        _daftar_dindukcapil,
        "layananTab",
        _LAYANAN,
    ),
    Sumber(
        "siak",
        "Menunggu input SIAK",
        frozenset({peran.OPERATOR, peran.SEKCAM}),
        _hitung_siak,
        _daftar_siak,
        "layananTab",
        _LAYANAN,
    ),
    Sumber(
        "kp_kgb",
        "KP/KGB jatuh tempo",
        frozenset({peran.KASUBBAG, peran.SEKCAM}),
        _hitung_kp_kgb,
        _daftar_kp_kgb,
        "kepegawaianTab",
        "pegawai.lihat",
    ),
    Sumber(
        "sop",
        "Langkah SOP terlambat",
        frozenset(peran.STAF_KANTOR),
        _hitung_sop,
        _daftar_sop,
        "pelacakanTab",
        "pelacakan.lihat",
    ),
    Sumber(
        "ikm",
        "IKM bulan ini",
        PIMPINAN,
        _hitung_ikm,
        _daftar_ikm,
        None,
        "skm.lihat",
    ),
    Sumber(
        "cadangan",
        "Cadangan terakhir",
        frozenset(peran.SEMUA),
        _hitung_cadangan,
        _daftar_cadangan,
        None,
    ),
]


def _terlihat(desk: Desk, s: Sumber) -> bool:
    user = desk.pengguna_aktif
    if user is None:
        return False
    if user.peran != peran.ADMIN and user.peran not in s.peran:
        return False
    return s.izin is None or desk.boleh(s.izin)


def ringkasan(desk: Desk, hari: date | None = None) -> list[Angka]:
    """The figures the logged-in user sees, in the Beranda's order."""
    hari = hari or desk.sekarang().date()
    hasil = []
    for s in SUMBER:
        if not _terlihat(desk, s):
            continue
        nilai, ket, perhatian = s.hitung(desk, hari)
        hasil.append(Angka(s.kunci, s.judul, nilai, ket, perhatian, s.tab))
    return hasil


def daftar(desk: Desk, kunci: str, hari: date | None = None) -> Daftar:
    """The list behind one figure (only for a user who may see that figure)."""
    from bawang_desk.core.errors import AksesDitolak, ValidationError

    s = next((s for s in SUMBER if s.kunci == kunci), None)
    if s is None or s.daftar is None:
        raise ValidationError(f"Tidak ada daftar untuk {kunci!r}.", "kunci")
    if not _terlihat(desk, s):
        raise AksesDitolak("Daftar ini tidak untuk peran Anda.")
    return s.daftar(desk, hari or desk.sekarang().date())
