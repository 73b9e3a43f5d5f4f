"""Every public method of every manager on Desk, called as every role, locked and logged out.

Issue 13 item 9: reads of personal data and letters go through the same session and permission
check as writes. The managers are introspected, so a public method added later without an entry
in MATRIKS fails here instead of being silently skipped.

The call under test gets ``None`` for every required argument: the permission check must come
before anything looks at the arguments, so a refused role is refused whatever it passes, and an
allowed role gets past the gate (and then fails on the missing arguments, or succeeds for the
methods whose arguments are all optional).
"""

from __future__ import annotations

import functools
import importlib
import inspect
import re

import pytest

from bawang_desk.core import peran
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import AksesDitolak, SesiTerkunci
from tests.helpers import ADMIN_SANDI, SANDI

#: No session needed: catalog and settings texts, pure validation or parsing, answers about the
#: session's own role, and the login itself. None of them returns a citizen's data or a letter.
PUBLIK = "publik"
#: Takes the caller's open write transaction (``conn``): runs inside a method that checked.
INTERNAL = "internal"
#: Part of the database check (``Desk.periksa_integritas``, the CLI's ``periksa``): counts and
#: seals only, no record's content.
SISTEM = "sistem"
#: Authorised by the survey ticket ``skm.buka_survei`` issued to a user who may hand over: the
#: citizen answers on the counter screen, without a login (see core/skm.py).
TIKET = "tiket"
#: Needs a logged-in, unlocked session of any role (one's own password).
SESI = "sesi"

#: manager -> method -> the permission its gate checks (or one of the kinds above). A trailing
#: "+" marks a method with a further rule after the gate (the signer by jabatan, the readers of a
#: Rahasia letter, the step's role): an allowed role may still be refused by that rule.
MATRIKS: dict[str, dict[str, str]] = {
    "pengguna": {
        "ada_pengguna": PUBLIK,
        "atur_sandi": "pengguna.kelola",
        "daftar": "pengguna.kelola",
        "ganti_sandi_sendiri": SESI,
        "get": PUBLIK,  # one staff account by its exact username (names are printed on letters)
        "periksa": PUBLIK,  # the login
        "tambah": "pengguna.kelola",
        "ubah": "pengguna.kelola",
    },
    "pengaturan": {
        "data_pribadi": PUBLIK,
        "atas_nama": PUBLIK,  # who may record paper steps: a setting, no record
        "simpan_atas_nama": "pengaturan.ubah",
        "masa_berlaku_pengganti": PUBLIK,  # printed on the Pengganti KTP-el: a setting
        "simpan_masa_berlaku_pengganti": "pengaturan.ubah",
        "kantor": PUBLIK,  # the login window shows the office's name
        "kepegawaian": PUBLIK,
        "pejabat": PUBLIK,
        "semua_pejabat": PUBLIK,
        "simpan": "pengaturan.ubah",
        "simpan_data_pribadi": "pengaturan.ubah",
        "simpan_kepegawaian": "pengaturan.ubah",
        "simpan_skm": "pengaturan.ubah",
        "simpan_tujuan_skck": "pengaturan.ubah",
        "skm": PUBLIK,
        "tujuan_skck": PUBLIK,  # the SKCK addressee table: a setting, no record
        "sudah_diatur": PUBLIK,
        "umum": PUBLIK,
    },
    "penomoran": {
        "ambil": "nomor.ambil",
        "batalkan": "nomor.batal",
        "daftar": "nomor.lihat",
        "get": "nomor.lihat",
        "pastikan_register_surat_keluar": INTERNAL,
        "periksa_kesinambungan": SISTEM,
        "register": PUBLIK,  # a book's pattern, not its entries
        "registers": PUBLIK,
        "rentang_hilang": PUBLIK,  # lost numbers and the restore's reason: no record's content
        "terbitkan": INTERNAL,
        "ubah_register": "pengaturan.ubah",
    },
    "kinerja": {"hitung": "kinerja.lihat", "sop_diukur": PUBLIK},
    "layanan": {
        "antrian_hari_ini": "layanan.lihat",
        "baru": "layanan.catat",
        "batalkan": "layanan.lihat+",
        "blok_ttd": PUBLIK,  # the official's block from Pengaturan > Pejabat
        "boleh_catat_tanda_tangan": PUBLIK,
        "cetak_untuk_ttd": "layanan.periksa",
        "cetak_pengganti": "layanan.periksa",
        "pengganti_dikembalikan": "layanan.periksa",
        "pengganti_ditandatangani": "layanan.lihat+",
        "dikembalikan": "layanan.periksa",
        "mode_boleh": PUBLIK,
        "perbaiki": "layanan.catat",
        "sudah_ditandatangani": "layanan.lihat+",
        "boleh_tanda_tangan": PUBLIK,
        "cari": "layanan.lihat",
        "cari_pemohon": "layanan.lihat",
        "centang": "layanan.periksa",
        "daftar_syarat": PUBLIK,
        "get": "layanan.lihat",
        "kembali_dari_dindukcapil": "layanan.periksa",
        "lewati_syarat": "layanan.lewati_syarat",
        "menunggu_siak": "layanan.lihat",
        "minta_tanda_tangan": "layanan.periksa",
        "periksa": "layanan.periksa",
        "pindahkan": INTERNAL,
        "proses": "layanan.periksa",
        "register": "buku.cetak",
        "serahkan": "layanan.serahkan",
        "siak_selesai": "layanan.periksa",
        "sop": PUBLIK,
        "tandatangani": "layanan.lihat+",
        "validasi": PUBLIK,
        "verifikasi": "layanan.lihat",
    },
    "pegawai": {
        "atur_atasan": "pegawai.ubah",
        "baca_baris": PUBLIK,  # parses one row of an import file
        "by_nip": "pegawai.lihat",
        "catat_skp": "pegawai.ubah",
        "daftar": "pegawai.lihat",
        "get": "pegawai.lihat",
        "impor": "pegawai.ubah",
        "penjagaan_kgb": "pegawai.lihat",
        "penjagaan_kp": "pegawai.lihat",
        "riwayat_kgb": "pegawai.lihat",
        "riwayat_pangkat": "pegawai.lihat",
        "segera": "pegawai.lihat",
        "tambah": "pegawai.ubah",
        "tambah_banyak": "pegawai.ubah",
        "ubah": "pegawai.ubah",
    },
    "pelacakan": {
        "batalkan": "pelacakan.batal",
        "centang": "pelacakan.centang+",
        "daftar": "pelacakan.lihat",
        "get": "pelacakan.lihat",
        "mulai": "pelacakan.mulai",
        "terlambat": "pelacakan.lihat",
    },
    "serah_terima": {
        "atur_jumlah_berkas": "serah_terima.kelola",
        "batalkan": "serah_terima.batal",
        "batch_terbuka": "serah_terima.lihat",
        "buat": "serah_terima.kelola",
        "daftar": "serah_terima.lihat",
        "di_dindukcapil": "serah_terima.lihat",
        "get": "serah_terima.lihat",
        "hitung_terlambat": "serah_terima.lihat",
        "impor_kembali": "serah_terima.kelola",
        "keluarkan": "serah_terima.kelola",
        "kembali": "serah_terima.kelola",
        "kirim": "serah_terima.kelola",
        "salin_ulang": "serah_terima.kelola",
        "siap_dikirim": "serah_terima.lihat",
        "tambah": "serah_terima.kelola",
        "terlambat": "serah_terima.lihat",
    },
    "skm": {
        "batalkan_kertas": "skm.kertas",
        "batalkan_tiket": TIKET,
        "buka_survei": "skm.isi",
        "catat_cetak": "skm.lihat",
        "ditawarkan": PUBLIK,
        "indeks_periode": "skm.lihat",
        "kuesioner": PUBLIK,
        "pengaturan": PUBLIK,
        "periksa_segel": "skm.lihat",
        "populasi": "skm.lihat",
        "rekap": "skm.lihat",
        "rencana_tindak_lanjut": "skm.lihat",
        "segel_berubah": SISTEM,
        "simpan_kertas": "skm.kertas",
        "simpan_loket": TIKET,
        "simpan_rencana": "skm.tindak_lanjut",
    },
    "surat_keluar": {
        "cetak_untuk_ttd": "surat_keluar.nomor",
        "dikembalikan": "surat_keluar.nomor",
        "pelaku": "surat_keluar.lihat+",
        "sudah_ditandatangani": "surat_keluar.lihat+",
        "ambil_nomor_luar": "surat_keluar.nomor",
        "arsipkan": "surat_keluar.arsip",
        "baris_buku": "buku.cetak",
        "baris_ekspedisi": "buku.cetak",
        "batalkan": "surat_keluar.batal",
        "beri_nomor": "surat_keluar.nomor",
        "buat_konsep": "surat_keluar.konsep",
        "catat_ekspedisi": "ekspedisi.catat",
        "daftar": "surat_keluar.lihat",
        "ekspedisi": "surat_keluar.lihat",
        "get": "surat_keluar.lihat",
        "kirim": "surat_keluar.kirim",
        "koreksi": "surat_keluar.koreksi",
        "tanda_terima": "ekspedisi.catat",
        "tandatangani": "surat_keluar.lihat+",  # the signer, or staff recording for him
        "ubah_konsep": "surat_keluar.konsep",
    },
    "surat_masuk": {
        "baris_buku": "buku.cetak",
        "boleh_lihat_rahasia": PUBLIK,
        "catat": "surat_masuk.catat",
        "daftar": "surat_masuk.lihat",
        "disposisi": "surat_masuk.disposisi",
        "distribusikan": "surat_masuk.distribusi",
        "get": "surat_masuk.lihat",
        "jabarkan": "surat_masuk.jabarkan",
        "jumlah": "surat_masuk.lihat",
        "label_tujuan": PUBLIK,
        "path_berkas": "surat_masuk.lihat+",
        "pilihan_instruksi": PUBLIK,
        "pilihan_tujuan": PUBLIK,
        "sampaikan": "surat_masuk.sampaikan",
        "standar_langkah": PUBLIK,
        "ubah": "surat_masuk.ubah+",
        "urgen_untuk_pimpinan": "surat_masuk.lihat",
    },
    "usulan_kp": {
        "arsipkan": "usulan_kp.arsip",
        "batalkan": "usulan_kp.batal",
        "beritahu": "usulan_kp.berkas",
        "buat": "usulan_kp.buat",
        "buat_konsep": "usulan_kp.berkas",
        "catat_hasil": "usulan_kp.hasil",
        "centang": "usulan_kp.berkas",
        "centang_semua": "usulan_kp.berkas",
        "daftar": "usulan_kp.lihat",
        "get": "usulan_kp.lihat",
        "hal_surat": PUBLIK,  # composes a subject line from an Usulan the caller already has
        "kirim_bkd": "usulan_kp.kirim",
        "kirim_eoffice": "usulan_kp.eoffice",
        "koreksi": "usulan_kp.lihat+",  # the Camat, or the Kasubbag recording for him
        "periksa_berkas": "usulan_kp.berkas",
        "register": "usulan_kp.lihat",
        "sop": PUBLIK,
    },
}

TIDAK_DIPANGGIL = {PUBLIK, INTERNAL, SISTEM, TIKET}
PERAN = list(peran.PERAN)


def _kelas_manajer() -> dict[str, type]:
    """Every manager hanging off Desk: the eager ones made in __init__ and the cached ones."""
    from bawang_desk.core.akun import Akun
    from bawang_desk.core.pengaturan import Pengaturan
    from bawang_desk.core.penomoran import Penomoran

    kelas: dict[str, type] = {"pengguna": Akun, "pengaturan": Pengaturan, "penomoran": Penomoran}
    for nama, attr in vars(Desk).items():
        if isinstance(attr, functools.cached_property):
            m = re.search(r"from (\S+) import (\w+)", inspect.getsource(attr.func))
            assert m, f"Desk.{nama}: manager class not found"
            kelas[nama] = getattr(importlib.import_module(m.group(1)), m.group(2))
    return kelas


def _publik(kelas: type) -> list[str]:
    return sorted(
        n
        for n, v in vars(kelas).items()
        if not n.startswith("_") and (inspect.isfunction(v) or isinstance(v, property))
    )


def _panggil(desk: Desk, manajer: str, metode: str):
    obj = getattr(desk, manajer)
    fn = getattr(type(obj), metode)
    if isinstance(fn, property):
        return getattr(obj, metode)
    sig = inspect.signature(fn)
    args = {
        n: None
        for n, p in list(sig.parameters.items())[1:]
        if p.default is inspect.Parameter.empty
        and p.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    }
    hasil = getattr(obj, metode)(**args)
    if inspect.isgenerator(hasil):  # the printed books' rows are generators
        return list(hasil)
    return hasil


def _sebagai(desk: Desk, p: str | None, *, terkunci: bool = False) -> None:
    desk.pengguna_aktif = desk.pengguna.get(p) if p else None
    desk._terakhir_aktif = desk.monoton()
    desk._terkunci = terkunci


def test_matriks_mencakup_setiap_metode_publik():
    """A public method without a line in MATRIKS (or a line for a method gone) fails here."""
    kelas = _kelas_manajer()
    assert set(kelas) == set(MATRIKS)
    for nama, k in kelas.items():
        assert _publik(k) == sorted(MATRIKS[nama]), nama
    for baris in MATRIKS.values():
        for izin in baris.values():
            assert izin in TIDAK_DIPANGGIL | {SESI} or izin.rstrip("+") in peran.IZIN, izin


def _kasus():
    for manajer, baris in MATRIKS.items():
        for metode, izin in baris.items():
            if izin not in TIDAK_DIPANGGIL:
                yield manajer, metode, izin


@pytest.fixture(scope="module")
def desk_matriks(tmp_path_factory):
    from tests.helpers import JamPalsu, siapkan

    d = Desk.open(tmp_path_factory.mktemp("matriks") / "bawang.sqlite", jam=JamPalsu())
    siapkan(d)
    yield d
    d.close()


@pytest.mark.parametrize(("manajer", "metode", "izin"), list(_kasus()))
def test_setiap_metode_sebagai_setiap_peran(desk_matriks, manajer, metode, izin):
    desk = desk_matriks
    lebih = izin.endswith("+")
    izin = izin.rstrip("+")
    for p in PERAN:
        _sebagai(desk, p)
        boleh = izin == SESI or peran.boleh(p, izin)
        if boleh:
            try:
                _panggil(desk, manajer, metode)
            except AksesDitolak as e:
                if not lebih or isinstance(e, SesiTerkunci):
                    raise AssertionError(f"{manajer}.{metode} menolak {p}: {e}") from e
            except Exception:  # past the gate: the None arguments fail later
                pass
        else:
            with pytest.raises(AksesDitolak, match="tidak berwenang") as e:
                _panggil(desk, manajer, metode)
            assert izin not in str(e.value)  # no permission key reaches the screen
    # locked: every role that may, asked for the password again
    pemegang = PERAN if izin == SESI else sorted(peran.IZIN[izin])
    for p in pemegang:
        _sebagai(desk, p, terkunci=True)
        with pytest.raises(SesiTerkunci, match="kata sandi"):
            _panggil(desk, manajer, metode)
    # logged out
    _sebagai(desk, None)
    with pytest.raises(AksesDitolak, match="masuk terlebih dahulu"):
        _panggil(desk, manajer, metode)


def test_admin_tidak_membaca_surat_dan_nik(desk):
    """The Admin manages accounts and backups; the letters and the applicants are not his."""
    from tests.core.test_surat_masuk import surat
    from tests.fault.aksi import _skck

    desk.masuk("operator", SANDI)
    a = desk.layanan.baru(_skck())
    s = desk.surat_masuk.catat(surat(hal="Undangan rapat koordinasi"))
    desk.masuk("admin", ADMIN_SANDI)
    # the Buku Nomor is every role's, but not what the letters are about
    n = next(n for n in desk.penomoran.daftar("surat-masuk") if n.id == s.nomor_id)
    assert n.nomor_lengkap and "Undangan" not in n.perihal
    assert "Undangan" not in desk.penomoran.get(s.nomor_id).perihal
    for baca in (
        lambda: desk.layanan.get(a.id),
        lambda: desk.layanan.cari_pemohon("3304051203900001"),
        lambda: desk.surat_masuk.jumlah(),
        lambda: desk.surat_masuk.urgen_untuk_pimpinan(),
    ):
        with pytest.raises(AksesDitolak, match="Peran Admin tidak berwenang"):
            baca()
