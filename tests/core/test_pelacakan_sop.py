"""Catalog SOPs as tracked work: deadlines from standard times in every unit, on the calendar and
in working time, ticks in order with date and output document, late steps per role, audit."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from bawang_desk.core.catalog import load_catalog
from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.pelacakan_sop import (
    hitung_batas,
    peran_bawaan,
    satuan_sop,
    tambah_waktu,
)
from tests.helpers import SANDI

SENIN = datetime(2026, 1, 5, 8, 0)  # a Monday


def test_batas_pengumpulan_data_hari_kalender():
    sop = load_catalog()["kinerja-pengumpulan"]
    batas = hitung_batas(sop, SENIN)
    # 1+1+1+1 hari, 3 minggu, 1+1+1 minggu, 1+1 hari, then a step without a time
    hari = [1, 2, 3, 4, 25, 32, 39, 46, 47, 48]
    assert batas[:10] == [SENIN + timedelta(days=h) for h in hari]
    assert batas[10] is None
    assert satuan_sop(sop) == "hari, minggu"


def test_batas_pengumpulan_data_hari_kerja():
    sop = load_catalog()["kinerja-pengumpulan"]
    batas = hitung_batas(sop, SENIN, hari_kerja=True)
    assert batas[0] == datetime(2026, 1, 6, 8, 0)  # Tuesday
    assert batas[3] == datetime(2026, 1, 9, 8, 0)  # Friday
    assert batas[4] == datetime(2026, 1, 30, 8, 0)  # 3 minggu = 15 working days
    assert all(b.weekday() < 5 for b in batas if b)
    # a Friday plus one working day is the Monday
    assert tambah_waktu(datetime(2026, 1, 9, 9), timedelta(days=1), hari_kerja=True) == datetime(
        2026, 1, 12, 9
    )


def test_batas_pengukuran_menit():
    sop = load_catalog()["kinerja-pengukuran"]
    menit = [15, 60, 25, 30, 120, 120, 240, 40, 60, 25, 10, 15, 25, 10]
    kal = hitung_batas(sop, SENIN)
    jumlah = 0
    for b, m in zip(kal, menit, strict=True):
        jumlah += m
        assert b == SENIN + timedelta(minutes=jumlah)
    assert satuan_sop(sop) == "menit"
    # in working time: step 6 ends at 14:10; step 7 (240 minutes) uses the 110 minutes left
    # until 16:00 and goes on on Tuesday from 07:30
    kerja = hitung_batas(sop, SENIN, hari_kerja=True)
    assert kerja[5] == datetime(2026, 1, 5, 14, 10)
    assert kerja[6] == datetime(2026, 1, 6, 9, 40)
    assert kerja[7] == datetime(2026, 1, 6, 10, 20)
    assert kerja[13] == datetime(2026, 1, 6, 12, 45)
    assert tambah_waktu(SENIN, timedelta(minutes=480), hari_kerja=True) == datetime(
        2026, 1, 5, 16, 0
    )
    # a start on Saturday moves to Monday 07:30
    assert tambah_waktu(
        datetime(2026, 1, 10, 9), timedelta(minutes=30), hari_kerja=True
    ) == datetime(2026, 1, 12, 8, 0)


def test_peran_bawaan():
    assert peran_bawaan(["Camat"]) == "camat"
    assert peran_bawaan(["Sekcam"]) == "sekcam"
    assert peran_bawaan(["Tim Penyusun"]) == "kasubbag"
    assert peran_bawaan(["Kasi", "Kasubbag"]) == "kasubbag"
    assert peran_bawaan(["Kasubbag Kinerja dan RB"]) == "kasubbag"
    assert peran_bawaan(["Kepala Bappeda dan Litbang"]) == "camat"
    assert peran_bawaan(["Sekretaris"]) == "sekcam"
    assert peran_bawaan(["Anggota Tim SAKIP"]) == "kasubbag"
    assert peran_bawaan(["Operator KTP/KK"]) == "operator"
    assert peran_bawaan(["Pengadministrasi Umum"]) == "pengadministrasi"
    assert peran_bawaan(["Siapa saja"]) == "sekcam"


def test_mulai_centang_terlambat_dan_audit(desk, jam):
    jam.now = datetime(2026, 1, 5, 9, 0)
    desk.masuk("kasubbag", SANDI)
    run = desk.pelacakan.mulai(
        "kinerja-pengumpulan", date(2026, 1, 5), judul="Laporan Kinerja 2025", peran={10: "sekcam"}
    )
    assert run.status == "berjalan" and run.judul == "Laporan Kinerja 2025"
    assert run.mulai == datetime(2026, 1, 5, 7, 30)
    assert [lk.peran for lk in run.langkah][:5] == [
        "camat",
        "sekcam",
        "kasubbag",
        "kasubbag",
        "kasubbag",
    ]
    assert run.langkah[9].peran == "sekcam"  # overridden
    assert run.langkah[0].batas == datetime(2026, 1, 6, 7, 30)
    assert run.langkah[10].batas is None

    # the next morning the Camat's step 1 is late on the Camat's Beranda, nobody else's
    jam.now = datetime(2026, 1, 6, 9, 0)
    desk.masuk("kasubbag", SANDI)  # the clock jumped: the idle lock wants the password again
    assert [lk.langkah for lk in desk.pelacakan.terlambat("camat")] == [1]
    assert desk.pelacakan.terlambat("kasubbag") == []
    # by date: step 1 (due 6 Jan) is late on 7 Jan, not on 6 Jan
    assert desk.pelacakan.terlambat("camat", date(2026, 1, 6)) == []
    assert len(desk.pelacakan.terlambat("camat", date(2026, 1, 7))) == 1

    # the Kasubbag may not tick the Camat's step, nor skip ahead
    with pytest.raises(AksesDitolak):
        desk.pelacakan.centang(run.id, 1, tanggal=date(2026, 1, 6), dokumen="Disposisi")
    with pytest.raises(ValidationError, match="berurutan"):
        desk.pelacakan.centang(run.id, 3, tanggal=date(2026, 1, 6), dokumen="Format")

    jam.now = datetime(2026, 1, 7, 10, 0)
    desk.masuk("camat", SANDI)
    with pytest.raises(ValidationError) as e:
        desk.pelacakan.centang(run.id, 1, tanggal=date(2026, 1, 7), dokumen="  ")
    assert e.value.field == "dokumen"
    with pytest.raises(ValidationError, match="masa depan"):
        desk.pelacakan.centang(run.id, 1, tanggal=date(2026, 1, 9), dokumen="Disposisi")
    with pytest.raises(ValidationError, match="sebelum tanggal mulai"):
        desk.pelacakan.centang(run.id, 1, tanggal=date(2026, 1, 4), dokumen="Disposisi")
    run = desk.pelacakan.centang(
        run.id, 1, tanggal=date(2026, 1, 7), dokumen="Disposisi Camat 7 Januari 2026"
    )
    lk1 = run.langkah[0]
    assert lk1.selesai and lk1.oleh == "camat" and lk1.dokumen.startswith("Disposisi")
    assert lk1.terlambat(jam.now)  # done after its deadline: still shown as late
    assert desk.pelacakan.terlambat("camat") == []
    with pytest.raises(ValidationError, match="sudah dicentang"):
        desk.pelacakan.centang(run.id, 1, tanggal=date(2026, 1, 7), dokumen="x")
    # the Sekcam's step 2 is late since 7 Jan 07:30
    assert [lk.langkah for lk in desk.pelacakan.terlambat("sekcam")] == [2]

    # the Sekcam and the Camat may tick any step; the run ends with its last step
    desk.masuk("sekcam", SANDI)
    for n in range(2, 12):
        run = desk.pelacakan.centang(
            run.id, n, tanggal=jam.now, dokumen=f"Dokumen langkah {n}", catatan="ok"
        )
    assert run.status == "selesai" and run.langkah_berikut is None
    assert desk.pelacakan.terlambat("kasubbag", date(2026, 12, 31)) == []
    with pytest.raises(ValidationError, match="Selesai"):
        desk.pelacakan.batalkan(run.id, "tidak jadi dilaksanakan")

    aksi = [
        r[0]
        for r in desk.conn.execute(
            "SELECT aksi FROM audit WHERE objek = ? ORDER BY id", (f"pelacakan:{run.id}",)
        )
    ]
    assert aksi == ["pelacakan.mulai"] + ["pelacakan.centang"] * 11
    assert desk.verify_audit().utuh


def test_sop_apa_saja_dan_batal(desk, jam):
    desk.masuk("sekcam", SANDI)
    run = desk.pelacakan.mulai("skck", jam.now)
    assert len(run.langkah) == 6 and run.judul.endswith("2026")
    assert run.langkah[0].batas == jam.now + timedelta(minutes=2)
    with pytest.raises(ValidationError, match="tidak memiliki langkah"):
        desk.pelacakan.mulai("surat-keluar", jam.now)
    with pytest.raises(ValidationError):
        desk.pelacakan.mulai("tidak-ada", jam.now)
    with pytest.raises(ValidationError):
        desk.pelacakan.mulai("skck", jam.now, peran={99: "camat"})
    with pytest.raises(ValidationError):
        desk.pelacakan.mulai("skck", jam.now, peran={1: "raja"})
    with pytest.raises(ValidationError):
        desk.pelacakan.batalkan(run.id, "x")
    run = desk.pelacakan.batalkan(run.id, "SOP diganti revisi baru")
    assert run.status == "batal" and run.alasan_batal == "SOP diganti revisi baru"
    assert (
        desk.pelacakan.terlambat("operator", jam.now + timedelta(days=2)) == []
    )  # a cancelled run is never late
    assert [r.id for r in desk.pelacakan.daftar()] == [run.id]
    assert desk.pelacakan.daftar(termasuk_selesai=False) == []


def test_hak_akses_pelacakan(desk, jam):
    desk.masuk("operator", SANDI)
    with pytest.raises(AksesDitolak):
        desk.pelacakan.mulai("skck", jam.now)
    assert desk.pelacakan.terlambat("operator") == []
    desk.keluar()
    with pytest.raises(AksesDitolak):
        desk.pelacakan.terlambat("operator")
