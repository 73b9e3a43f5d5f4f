"""Record on behalf (issue 14): a paper step by an official, recorded by the staff at the PC.

Who may record for whom (the setting and its defaults), the official only from Pengaturan, the
official's time (never in the future, never before the previous step), and both names on the
step and on its audit row; the official logged in directly ends in the same record.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from bawang_desk.core.atas_nama import AtasNama, PengaturanAtasNama
from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.surat_keluar import SuratKeluarBaru
from bawang_desk.core.surat_masuk import SuratMasukBaru
from tests.core import test_usulan_kp
from tests.core.test_layanan import siap_ttd
from tests.helpers import ADMIN_SANDI, SANDI

kantor = test_usulan_kp.kantor  # the fixture: staff due for KGB

CAMAT = "Drs. Anton Risdianto, M.Si."
SEKCAM = "Siti Nur'aini, S.Sos."


def _surat(desk, jam, sifat="Sangat Segera"):
    desk.masuk("pengadministrasi", SANDI)
    s = desk.surat_masuk.catat(
        SuratMasukBaru(
            tanggal_terima=jam.hari_ini(),
            pengirim="Bupati Banjarnegara",
            hal="Rapat koordinasi kesiapsiagaan bencana",
            sifat=sifat,
        )
    )
    jam.maju(minutes=1)
    desk.surat_masuk.sampaikan(s.id)
    return s


def _audit(desk, aksi):
    r = desk.conn.execute(
        "SELECT pengguna, rincian FROM audit WHERE aksi = ? ORDER BY id DESC LIMIT 1", (aksi,)
    ).fetchone()
    return r[0], json.loads(r[1])


def test_disposisi_dan_penjabaran_dicatat_pengadministrasi_dengan_waktu_pejabat(desk, jam):
    s = _surat(desk, jam)
    t_camat = jam.now + timedelta(minutes=3)
    jam.maju(minutes=9)  # the Lembar Disposisi comes back from the Camat's room later
    s = desk.surat_masuk.disposisi(
        s.id,
        kepada=["sekcam"],
        instruksi=["Hadiri/wakili"],
        catatan="Sekcam hadir",
        atas_nama=AtasNama("camat", t_camat),
    )
    t_sekcam = t_camat + timedelta(minutes=4)
    s = desk.surat_masuk.jabarkan(
        s.id, "Kasi Trantibum menyiapkan data posko", atas_nama=AtasNama("sekcam", t_sekcam)
    )
    lk3, lk4 = s.langkah[2], s.langkah[3]
    assert lk3.waktu == t_camat and lk4.waktu == t_sekcam
    assert lk3.durasi == timedelta(minutes=3) and not lk3.lewat_baku  # the Camat's 3 minutes
    assert lk3.pelaku.nama == CAMAT and lk3.pelaku.pencatat == "pengadministrasi"
    assert not lk3.pelaku.langsung
    assert lk4.pelaku.nama == SEKCAM and lk4.oleh == "pengadministrasi"
    assert s.disposisi.waktu == t_camat and s.disposisi.penjabaran_waktu == t_sekcam
    pengguna, r = _audit(desk, "surat_masuk.disposisi")
    assert pengguna == "pengadministrasi" and r["pejabat"] == CAMAT and r["atas_nama"] is True
    assert r["waktu_pejabat"] == t_camat.isoformat(timespec="minutes")
    pengguna, r = _audit(desk, "surat_masuk.jabarkan")
    assert (pengguna, r["pejabat"], r["dicatat_oleh"]) == (
        "pengadministrasi",
        SEKCAM,
        "pengadministrasi",
    )


def test_pejabat_yang_masuk_sendiri_berakhir_di_catatan_yang_sama(desk, jam):
    s = _surat(desk, jam)
    desk.masuk("camat", SANDI)
    jam.maju(minutes=2)
    s = desk.surat_masuk.disposisi(s.id, kepada=["sekcam"], instruksi=["Hadiri/wakili"])
    p = s.langkah[2].pelaku
    assert (p.nama, p.mode, p.pencatat, p.langsung) == (CAMAT, "camat", "camat", True)
    assert p.waktu == jam.now
    _, r = _audit(desk, "surat_masuk.disposisi")
    assert r["pejabat"] == CAMAT and r["atas_nama"] is False


def test_waktu_tidak_di_masa_depan_dan_tidak_sebelum_langkah_sebelumnya(desk, jam):
    s = _surat(desk, jam)
    with pytest.raises(ValidationError, match="belum terjadi") as e:
        desk.surat_masuk.disposisi(
            s.id,
            kepada=["sekcam"],
            instruksi=["Hadiri/wakili"],
            atas_nama=AtasNama("camat", jam.now + timedelta(minutes=5)),
        )
    assert e.value.field == "waktu"
    with pytest.raises(ValidationError, match="sebelum langkah sebelumnya"):
        desk.surat_masuk.disposisi(
            s.id,
            kepada=["sekcam"],
            instruksi=["Hadiri/wakili"],
            atas_nama=AtasNama("camat", jam.now - timedelta(minutes=5)),
        )
    assert desk.surat_masuk.get(s.id).status == "disampaikan"  # nothing half-saved


def test_peran_yang_boleh_mencatat_atas_nama_siapa(desk, jam):
    s = _surat(desk, jam)
    # the operator is not named for the mail by default
    desk.masuk("operator", SANDI)
    with pytest.raises(AksesDitolak, match="tidak ditunjuk"):
        desk.surat_masuk.disposisi(
            s.id, kepada=["sekcam"], instruksi=["Hadiri/wakili"], atas_nama=AtasNama("camat")
        )
    # the pengadministrasi may not sign a counter letter for the Camat by default
    a = siap_ttd(desk)
    desk.masuk("pengadministrasi", SANDI)
    with pytest.raises(AksesDitolak, match="tidak ditunjuk"):
        desk.layanan.tandatangani(a.id, atas_nama=AtasNama("an"))
    # the operator may
    desk.masuk("operator", SANDI)
    a = desk.layanan.tandatangani(a.id, atas_nama=AtasNama("an"))
    assert a.penandatangan["nama"] == SEKCAM and a.nomor
    # the Admin (or Sekcam) changes the setting: now the operator may record mail too
    desk.masuk("admin", ADMIN_SANDI)
    bawaan = desk.pengaturan.atas_nama()
    assert bawaan.pencatat == {
        "surat_masuk": ("pengadministrasi",),
        "surat_keluar": ("pengadministrasi",),
        "layanan": ("operator",),
        "usulan_kp": ("kasubbag",),
    }
    desk.pengaturan.simpan_atas_nama(
        PengaturanAtasNama({**bawaan.pencatat, "surat_masuk": ("pengadministrasi", "operator")})
    )
    with pytest.raises(ValidationError, match="Peran tidak dikenal"):
        desk.pengaturan.simpan_atas_nama(PengaturanAtasNama({"layanan": ("tamu",)}))
    desk.masuk("operator", SANDI)
    s = desk.surat_masuk.disposisi(
        s.id, kepada=["sekcam"], instruksi=["Hadiri/wakili"], atas_nama=AtasNama("camat")
    )
    assert s.langkah[2].pelaku.pencatat == "operator"
    # and the setting can narrow whom: no recording for the Camat at the counter letters
    desk.masuk("admin", ADMIN_SANDI)
    desk.pengaturan.simpan_atas_nama(
        PengaturanAtasNama(pejabat={**bawaan.pejabat, "layanan": ("sekcam",)})
    )
    b = siap_ttd(desk)
    with pytest.raises(AksesDitolak, match="atas nama Camat"):
        desk.layanan.tandatangani(b.id, atas_nama=AtasNama("camat"))


def test_tidak_dapat_mencatat_untuk_pejabat_yang_tidak_ada_di_pengaturan(desk, jam):
    a = siap_ttd(desk)
    # SKCK names the Kasi Trantibum (u.b.); the sample office has not filled that post in
    with pytest.raises(ValidationError, match="belum diisi di Pengaturan > Pejabat"):
        desk.layanan.tandatangani(a.id, atas_nama=AtasNama("ub"))
    with pytest.raises(ValidationError, match="pilih salah satu: Camat"):
        desk.layanan.tandatangani(a.id, atas_nama=AtasNama("bupati"))
    assert desk.layanan.get(a.id).nomor == ""


def test_surat_keluar_koreksi_dan_tanda_tangan_atas_nama(desk, jam):
    desk.masuk("pengadministrasi", SANDI)
    k = desk.surat_keluar.buat_konsep(
        SuratKeluarBaru("400.12.2.1", "Kepala Dindukcapil", "Permohonan blangko KTP-el")
    )
    with pytest.raises(AksesDitolak):
        desk.surat_keluar.koreksi(k.id, setuju=True)  # no paper, no official: refused
    t = jam.now
    jam.maju(minutes=9)
    k = desk.surat_keluar.koreksi(k.id, setuju=True, atas_nama=AtasNama("sekcam", t))
    k = desk.surat_keluar.tandatangani(k.id, atas_nama=AtasNama("an", t + timedelta(minutes=9)))
    assert k.status == "ditandatangani" and k.penandatangan == SEKCAM
    st, w, oleh, cat = k.riwayat[-1]
    assert (st, w, oleh) == ("ditandatangani", t + timedelta(minutes=9), "pengadministrasi")
    assert SEKCAM in cat and "dicatat oleh pengadministrasi" in cat
    pengguna, r = _audit(desk, "surat_keluar.tandatangan")
    assert pengguna == "pengadministrasi" and r["pejabat"] == SEKCAM and r["mode"] == "an"


def test_usulan_kp_koreksi_camat_dicatat_kasubbag(desk, jam, kantor):
    u = desk.usulan_kp.buat("kgb", [kantor["c"].id])
    desk.usulan_kp.centang_semua(u.id, kantor["c"].id)
    desk.usulan_kp.beritahu(u.id)
    desk.usulan_kp.periksa_berkas(u.id)
    desk.usulan_kp.buat_konsep(u.id)
    u = desk.usulan_kp.kirim_eoffice(u.id)
    with pytest.raises(AksesDitolak):
        desk.usulan_kp.koreksi(u.id, setuju=True)  # the Kasubbag is not the Camat
    t = jam.now
    jam.maju(minutes=9)
    u = desk.usulan_kp.koreksi(u.id, setuju=True, atas_nama=AtasNama("camat", t))
    lk = u.langkah[-1]
    assert (lk.langkah, lk.waktu, lk.oleh) == (6, t, "kasubbag") and CAMAT in lk.catatan
    assert u.status == "dikoreksi"
    pengguna, r = _audit(desk, "usulan_kp.koreksi")
    assert pengguna == "kasubbag" and r["pejabat"] == CAMAT


def test_migrasi_dari_skema_lama_menjaga_langkah_lama(tmp_path, jam):
    """A database made before 0060 keeps its steps; they read as done by the account."""
    import sqlite3

    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from bawang_desk.core import migrations
    from bawang_desk.core.desk import Desk

    lama = Migrations("bawang_desk")
    for m in migrations.migrations._migrations:
        if m.name == "0060_atas_nama":
            break
        lama(name=m.name)(m.fn)
    p = tmp_path / "lama.db"
    conn = sqlite3.connect(p)
    lama.apply(Database(conn))
    conn.execute(
        "INSERT INTO permohonan (layanan, varian, tanggal_masuk, nik, nama, desa, alamat, status, "
        "data, dibuat_pada) VALUES ('skck', 'umum', '2026-01-05', '3304051203900001', 'Slamet', "
        "'Wanadri', '', 'antrian', '{}', '2026-01-05T08:00:00')"
    )
    conn.execute(
        "INSERT INTO permohonan_langkah (permohonan_id, langkah, selesai_pada, oleh) "
        "VALUES (1, 1, '2026-01-05T08:02:00', 'operator')"
    )
    conn.commit()
    conn.close()
    with Desk.open(p, jam=jam, periksa_lokasi=False) as d:
        cols = {r[1] for r in d.conn.execute("PRAGMA table_info(surat_masuk_langkah)")}
        assert "atas_nama" in cols
        cols = {r[1] for r in d.conn.execute("PRAGMA table_info(permohonan)")}
        assert {"cetak_ke", "alasan_kembali", "pengganti"} <= cols
        r = d.conn.execute("SELECT oleh, atas_nama FROM permohonan_langkah").fetchone()
        assert r == ("operator", None)  # an old step: done by the account itself
        assert d.conn.execute("SELECT cetak_ke FROM permohonan").fetchone() == (0,)


def test_usulan_bernomor_dibatalkan_atas_nama_sekcam(desk, jam, kantor):
    u = desk.usulan_kp.buat("kgb", [kantor["c"].id])
    desk.usulan_kp.centang_semua(u.id, kantor["c"].id)
    desk.usulan_kp.beritahu(u.id)
    desk.usulan_kp.periksa_berkas(u.id)
    desk.usulan_kp.buat_konsep(u.id)
    u = desk.usulan_kp.kirim_eoffice(u.id)
    with pytest.raises(AksesDitolak, match="Sekcam atau Camat"):
        desk.usulan_kp.batalkan(u.id, "Pegawai pindah tugas")
    u = desk.usulan_kp.batalkan(u.id, "Pegawai pindah tugas", atas_nama=AtasNama("sekcam"))
    assert u.status == "batal"
    n = desk.penomoran.daftar("surat-keluar:800.1.11.13")[0]
    assert n.batal and n.alasan_batal == "Pegawai pindah tugas"
    pengguna, r = _audit(desk, "usulan_kp.batal")
    assert (pengguna, r["pejabat"]) == ("kasubbag", SEKCAM)
