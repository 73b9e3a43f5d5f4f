"""Backups: rotation as a pure function, the scheduler, the sidecar, status, and the flashdisk."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

import pytest

from bawang_desk.core import cadangan as cd
from bawang_desk.core.errors import AksesDitolak, CadanganGagal
from tests.helpers import SANDI

NOW = datetime(2026, 11, 24, 12, 0, 0)


# ------------------------------------------------------------------ rotation (pure)


def test_rotasi_dua_hari_semua_lalu_harian_mingguan_bulanan():
    # a backup every hour for 500 days
    waktu = [NOW - timedelta(hours=h) for h in range(500 * 24)]
    simpan = cd.pilih_yang_disimpan(waktu, NOW)
    dua_hari = {w for w in waktu if w >= NOW - timedelta(days=2)}
    assert dua_hari <= simpan and len(dua_hari) == 49
    lama = sorted(simpan - dua_hari, reverse=True)
    assert len(lama) == 12 + 8 + 12
    # daily: the newest backup (23:00) of each of the 12 days before the window (the window's
    # oldest day already has its 23:00 backup kept, so it does not use up a place)
    harian = lama[:12]
    assert [w.date() for w in harian] == [(NOW - timedelta(days=d)).date() for d in range(3, 15)]
    assert all(w.hour == 23 for w in harian)
    # weekly (Sunday 23:00) and monthly (last day of the month, 23:00) reach further back
    mingguan = [w for w in lama[12:] if w.weekday() == 6 and (w + timedelta(days=1)).day != 1]
    bulanan = [w for w in lama[12:] if (w + timedelta(hours=1)).day == 1]
    assert len(mingguan) >= 8 - 2 and len(bulanan) == 12  # a Sunday may also end a month
    assert len(lama[12:]) == 20 and all(w.hour == 23 for w in lama)
    assert len({(w.year, w.month) for w in bulanan}) == 12
    assert min(lama) < NOW - timedelta(days=330)


def test_rotasi_sedikit_cadangan_semua_disimpan():
    waktu = [NOW - timedelta(days=d) for d in (0, 1, 5, 40, 400)]
    assert cd.pilih_yang_disimpan(waktu, NOW) == set(waktu)
    assert cd.pilih_yang_disimpan([], NOW) == set()


def test_rotasi_yang_terbaru_selalu_disimpan_walau_lama():
    satu = NOW - timedelta(days=1000)
    assert cd.pilih_yang_disimpan([satu], NOW) == {satu}
    # a clock set back: "future" backups are kept, not deleted
    masa_depan = NOW + timedelta(days=3)
    assert masa_depan in cd.pilih_yang_disimpan([masa_depan, NOW], NOW)


def test_rotasi_harian_tidak_menghitung_hari_yang_sudah_disimpan():
    # many backups a day for 20 days: 2 days whole, then exactly 12 more days, one each
    waktu = [NOW - timedelta(days=d, minutes=m) for d in range(20) for m in (0, 30, 90)]
    simpan = cd.pilih_yang_disimpan(waktu, NOW, mingguan=0, bulanan=0)
    hari_lama = {w.date() for w in simpan if w < NOW - timedelta(days=2)}
    assert len(hari_lama) == 12
    assert len([w for w in simpan if w < NOW - timedelta(days=2)]) == 12


# ------------------------------------------------------------------ scheduler (pure)


def test_penjadwal_setelah_perubahan_paling_sering_30_menit():
    j = cd.PenjadwalCadangan()
    assert not j.perlu_cadangan(NOW, False)
    assert j.perlu_cadangan(NOW, True)
    j.terakhir = NOW
    assert not j.perlu_cadangan(NOW + timedelta(minutes=29, seconds=59), True)
    assert j.perlu_cadangan(NOW + timedelta(minutes=30), True)
    assert not j.perlu_cadangan(NOW + timedelta(hours=5), False)


# ------------------------------------------------------------------ with a database


def test_cadangan_dibuat_diverifikasi_dan_dicatat(desk, db_path, jam):
    assert cd.cadangan_terakhir(db_path.parent) is None
    st = cd.status_cadangan(db_path.parent, jam.now)
    assert st.usang and "Belum ada cadangan" in st.pesan
    langkah = []
    c = cd.cadangkan(db_path, sekarang=jam.now, progress=lambda d, t, m: langkah.append(d))
    assert langkah == sorted(langkah) and langkah[-1] == 4 and {1, 3} <= set(langkah)
    assert c.path.parent == db_path.parent / "cadangan" and c.terverifikasi
    assert cd.periksa_berkas(c.path) == []
    assert c.sha256 == hashlib.sha256(c.path.read_bytes()).hexdigest()
    assert c.dikompres and c.ukuran < c.ukuran_asli
    assert c.hash_audit == desk.verify_audit().hash_terakhir
    meta = json.loads((db_path.parent / "cadangan" / "cadangan.json").read_text())
    assert meta["cadangan"][0]["berkas"] == c.path.name
    assert cd.cadangan_terakhir(db_path.parent) == c
    assert cd.status_cadangan(db_path.parent, jam.now + timedelta(hours=23)).usang is False
    st = cd.status_cadangan(db_path.parent, jam.now + timedelta(hours=25))
    assert st.usang and "lebih dari sehari" in st.pesan
    assert "24 November 2026" in c.label
    # no temporary file left in the folder
    assert sorted(p.name for p in c.path.parent.iterdir()) == sorted(["cadangan.json", c.path.name])


def test_penjadwal_menjalankan_hanya_bila_berubah(desk, db_path, jam):
    j = cd.PenjadwalCadangan.dari_folder(db_path.parent)
    c1 = j.jalankan(db_path, jam.now)
    assert c1 is not None
    assert not cd.ada_perubahan(db_path)
    jam.maju(hours=1)
    assert j.jalankan(db_path, jam.now) is None  # nothing changed
    desk.masuk("operator", SANDI)  # a login writes an audit row but changes no record
    assert not cd.ada_perubahan(db_path)
    assert j.jalankan(db_path, jam.now) is None
    desk.keluar()
    assert not cd.ada_perubahan(db_path)
    desk.masuk("sekcam", SANDI)
    desk.penomoran.ambil("skck", jam.hari_ini(), "Perubahan data")  # a record: a change
    assert cd.ada_perubahan(db_path)
    jam.maju(minutes=10)
    assert j.jalankan(db_path, jam.now) is not None  # an hour since the last backup
    jam.maju(minutes=10)
    desk.masuk("sekcam", SANDI)
    desk.penomoran.ambil("skck", jam.hari_ini(), "Perubahan lagi")
    assert j.jalankan(db_path, jam.now) is None  # changed, but only 10 minutes ago
    assert cd.PenjadwalCadangan.dari_folder(db_path.parent).terakhir == jam.now - timedelta(
        minutes=10
    )


def test_sidecar_hilang_cadangan_tetap_terdaftar_belum_terverifikasi(desk, db_path, jam):
    c = cd.cadangkan(db_path, sekarang=jam.now)
    (c.path.parent / "cadangan.json").write_text("{ rusak")
    daftar = cd.daftar_cadangan(db_path.parent)
    assert [x.path for x in daftar] == [c.path] and not daftar[0].terverifikasi
    assert cd.cadangan_terakhir(db_path.parent) is None
    assert cd.rotasi(db_path.parent, jam.now + timedelta(days=900)) == []  # nothing deleted


def test_flashdisk_salinan_dan_sha256(desk, db_path, jam, tmp_path):
    flash = tmp_path / "FLASHDISK"
    flash.mkdir()
    desk.masuk("operator", SANDI)
    h = cd.cadangkan_ke_flashdisk(desk, flash)
    assert h.path.parent == flash and cd.periksa_berkas(h.path) == []
    baris = h.path_sha256.read_text()
    assert baris == f"{hashlib.sha256(h.path.read_bytes()).hexdigest()}  {h.path.name}\n"
    assert sorted(p.name for p in flash.iterdir()) == [h.path.name, h.path_sha256.name]
    a = desk.conn.execute("SELECT aksi, objek FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    assert a == ("cadangan.flashdisk", f"berkas:{h.path.name}")
    desk.keluar()
    with pytest.raises(AksesDitolak):
        cd.cadangkan_ke_flashdisk(desk, flash)
    with pytest.raises(CadanganGagal, match="tidak ditemukan"):
        cd.cadangkan_ke(tmp_path / "tidak-ada", db_path)
    # the local temporary snapshot is always cleaned up
    assert not list((db_path.parent / "cadangan").glob(".flashdisk-*"))


def test_anggaran_ruang_memangkas_salinan_tambahan_dulu_lalu_yang_tertua():
    hari = [NOW - timedelta(days=d) for d in range(10)]
    tambahan = [NOW - timedelta(hours=h) for h in (1, 2, 3)]
    semua = set(hari) | set(tambahan)
    ukuran = dict.fromkeys(semua, 10)
    tetap = cd.pangkas_anggaran(ukuran, semua, 80)
    assert sum(ukuran[w] for w in tetap) <= 80
    assert max(semua) in tetap and sorted(semua)[-2] in tetap  # the newest two always
    assert not {NOW - timedelta(hours=3)} & tetap  # a day's extra copy went first
    assert min(hari) not in tetap  # then the oldest day


def test_beranda_memperingatkan_sebelum_anggaran_tercapai(desk, db_path, jam):
    c = cd.cadangkan(db_path, sekarang=jam.now)
    st = cd.status_cadangan(db_path.parent, jam.now, batas=c.ukuran * 10)
    assert not st.hampir_penuh
    st = cd.status_cadangan(db_path.parent, jam.now, batas=int(c.ukuran * 1.5))
    assert st.hampir_penuh and "Ruang cadangan hampir habis" in st.pesan_ruang
