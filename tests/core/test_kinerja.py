"""Kinerja from the registers: a month of generated services, and every figure of the report
recomputed directly in Python over the same rows (step times from ``desk.layanan.get``, the
counter's own definition)."""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from datetime import date, datetime, timedelta

import pytest

from bawang_desk.core import massal
from bawang_desk.core.catalog import load_catalog
from bawang_desk.core.demo import Pabrik
from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.kinerja import (
    SOP_DIUKUR,
    LaporanKinerja,
    Periode,
    format_durasi,
    format_persen,
    median_dari_terurut,
    peringkat_p90,
)
from tests.helpers import SANDI

OKTOBER = Periode.bulan(2026, 10)


def p90(xs: list[float]) -> float:
    """Nearest rank, written independently of the module: the ceil(0.9 n)-th smallest value."""
    xs = sorted(xs)
    return xs[math.ceil(len(xs) * 9 / 10) - 1]


def isi_bulan(desk) -> None:
    """About 700 applications in September-November 2026 (October in full), with a start time
    on a third of the first steps, and 40 letters in October through their five SOP 001 steps."""
    pabrik = Pabrik(5, date(2026, 11, 24))
    batas = datetime(2026, 11, 23, 16, 0)  # some KK are still at Dindukcapil
    desk.masuk("operator", SANDI)
    rows = [
        pabrik.permohonan(t, batas)
        for t in pabrik.waktu_masuk(720, date(2026, 9, 25), date(2026, 11, 5))
    ]
    massal.tambah_permohonan_massal(desk, rows)
    conn = desk.conn
    conn.execute(
        "UPDATE permohonan_langkah SET mulai = strftime('%Y-%m-%dT%H:%M:%S', "
        "julianday(selesai_pada) - (permohonan_id % 7 + 1) / 1440.0) "
        "WHERE langkah = 1 AND permohonan_id % 3 = 0"
    )
    desk.masuk("pengadministrasi", SANDI)
    surat = [
        pabrik.surat_masuk(t, batas)
        for t in pabrik.waktu_masuk(40, date(2026, 10, 1), date(2026, 10, 31))
    ]
    massal.tambah_surat_masuk_massal(desk, surat)
    oleh = ("pengadministrasi", "pengadministrasi", "camat", "sekcam", "pengadministrasi")
    for i, (sid, tgl) in enumerate(
        conn.execute("SELECT id, tanggal_terima FROM surat_masuk ORDER BY id").fetchall()
    ):
        t = datetime.fromisoformat(tgl).replace(hour=8) + timedelta(minutes=i)
        conn.execute(
            "INSERT INTO surat_masuk_langkah (surat_id, langkah, mulai, waktu, oleh) "
            "VALUES (?, 1, ?, ?, ?)",
            (sid, t.isoformat(), (t + timedelta(seconds=90 + i)).isoformat(), oleh[0]),
        )
        for lk in range(2, 6 if i % 4 else 4):  # every fourth letter stops at step 3
            t += timedelta(seconds=60 * lk + 7 * i)
            conn.execute(
                "INSERT INTO surat_masuk_langkah (surat_id, langkah, waktu, oleh) "
                "VALUES (?, ?, ?, ?)",
                (sid, lk, (t + timedelta(seconds=90 + i)).isoformat(), oleh[lk - 1]),
            )
    desk.keluar()


@pytest.fixture
def laporan(desk) -> LaporanKinerja:
    isi_bulan(desk)
    desk.masuk("sekcam", SANDI)
    return desk.kinerja.hitung(OKTOBER)


def harapan(desk, periode: Periode):
    """Every figure, straight from the rows in Python."""
    katalog = load_catalog()
    conn = desk.conn
    langkah = defaultdict(list)  # (sop, nomor) -> seconds
    dikerjakan = defaultdict(int)
    total = defaultdict(list)
    jumlah = defaultdict(lambda: [0, 0])
    rasio = defaultdict(list)  # (oleh, sop) -> percent of standard
    n_oleh = defaultdict(int)
    for pid, layanan, status, tgl in conn.execute(
        "SELECT id, layanan, status, tanggal_masuk FROM permohonan"
    ).fetchall():
        if not (periode.awal <= date.fromisoformat(tgl) < periode.akhir):
            continue
        jumlah[layanan][0] += 1
        jumlah[layanan][1] += status == "batal"
        p = desk.layanan.get(pid)
        for lk in p.langkah:
            dikerjakan[layanan, lk.langkah] += 1
            n_oleh[lk.oleh, layanan] += 1
            if lk.durasi is not None:
                d = int(lk.durasi.total_seconds())
                langkah[layanan, lk.langkah].append(d)
                if lk.baku:
                    rasio[lk.oleh, layanan].append(d * 100.0 / lk.baku.total_seconds())
        raw = conn.execute(
            "SELECT langkah, mulai, selesai_pada FROM permohonan_langkah WHERE permohonan_id = ?",
            (pid,),
        ).fetchall()
        if raw and max(r[0] for r in raw) == len(katalog[layanan].langkah):
            awal = min(datetime.fromisoformat(r[1] or r[2]) for r in raw)
            akhir = max(datetime.fromisoformat(r[2]) for r in raw)
            total[layanan].append(int((akhir - awal).total_seconds()))
    for sid, tgl in conn.execute("SELECT id, tanggal_terima FROM surat_masuk").fetchall():
        if not (periode.awal <= date.fromisoformat(tgl[:10]) < periode.akhir):
            continue
        jumlah["surat-masuk"][0] += 1
        s = desk.surat_masuk.get(sid)
        for lk in s.langkah:
            dikerjakan["surat-masuk", lk.langkah] += 1
            n_oleh[lk.oleh, "surat-masuk"] += 1
            if lk.durasi is not None:
                d = int(lk.durasi.total_seconds())
                langkah["surat-masuk", lk.langkah].append(d)
                if lk.baku:
                    rasio[lk.oleh, "surat-masuk"].append(d * 100.0 / lk.baku.total_seconds())
        if s.langkah and s.langkah[-1].langkah == 5:
            awal = min(lk.mulai or lk.waktu for lk in s.langkah)
            total["surat-masuk"].append(int((s.langkah[-1].waktu - awal).total_seconds()))
    return langkah, dikerjakan, total, jumlah, rasio, n_oleh


def test_angka_laporan_sama_dengan_hitungan_langsung(desk, laporan):
    langkah, dikerjakan, total, jumlah, rasio, n_oleh = harapan(desk, OKTOBER)
    katalog = load_catalog()
    assert [s.kode for s in laporan.sop] == list(SOP_DIUKUR)
    assert laporan.periode.label == "Oktober 2026"
    diperiksa = 0
    for s in laporan.sop:
        sop = katalog[s.kode]
        assert s.jumlah == jumlah[s.kode][0] > 0
        assert s.batal == jumlah[s.kode][1]
        xs = total[s.kode]
        assert s.selesai == s.total.n == len(xs)
        if xs:
            assert s.total.median == statistics.median(xs)
            assert s.total.p90 == p90(xs)
            baku = sop.total_waktu.total_seconds()
            assert s.total.dalam_standar == sum(x <= baku for x in xs)
        for lk in s.langkah:
            xs = langkah[s.kode, lk.nomor]
            assert lk.dikerjakan == dikerjakan[s.kode, lk.nomor]
            assert lk.waktu.n == len(xs), (s.kode, lk.nomor)
            if xs:
                diperiksa += 1
                assert lk.waktu.median == statistics.median(xs), (s.kode, lk.nomor)
                assert lk.waktu.p90 == p90(xs), (s.kode, lk.nomor)
            if lk.baku is None:
                assert lk.waktu.dalam_standar is None
            else:
                assert lk.waktu.dalam_standar == sum(x <= lk.baku.total_seconds() for x in xs)
    assert diperiksa > 30
    # the first steps with a recorded start are measured, the others are not
    assert 0 < laporan.sop[1].langkah[0].waktu.n < laporan.sop[1].langkah[0].dikerjakan
    # per pelaksana
    assert {(p.username, p.sop) for p in laporan.pelaksana} == set(n_oleh)
    for p in laporan.pelaksana:
        xs = rasio[p.username, p.sop]
        assert p.langkah == n_oleh[p.username, p.sop]
        assert p.rasio.n == len(xs)
        if xs:
            assert p.rasio.median == pytest.approx(statistics.median(xs), rel=1e-12)
            assert p.rasio.p90 == pytest.approx(p90(xs), rel=1e-12)
            assert p.rasio.dalam_standar == sum(x <= 100 for x in xs)
    assert any(p.nama == "Anton Camat" for p in laporan.pelaksana)


def test_setahun_dan_bulan_kosong(desk, laporan):
    tahun = desk.kinerja.hitung(Periode.tahun(2026))
    okt = {s.kode: s.jumlah for s in laporan.sop}
    assert all(s.jumlah >= okt[s.kode] for s in tahun.sop)
    assert tahun.jumlah_layanan > laporan.jumlah_layanan
    kosong = desk.kinerja.hitung(Periode.bulan(2025, 1))
    assert kosong.jumlah_layanan == 0 and not kosong.pelaksana
    assert all(s.total.median is None and s.total.persen_dalam_standar is None for s in kosong.sop)


def test_tidak_meninggalkan_tabel_sementara_dan_melaporkan_kemajuan(desk, laporan):
    langkah = []
    desk.kinerja.hitung(OKTOBER, lambda d, t, m: langkah.append((d, t, m)))
    assert langkah[-1][0] == langkah[-1][1] and langkah[-1][2] == "Selesai"
    assert [d for d, _t, _m in langkah] == sorted(d for d, _t, _m in langkah)
    temp = desk.conn.execute("SELECT name FROM temp.sqlite_master").fetchall()
    assert temp == []


def test_hak_akses(desk):
    desk.masuk("operator", SANDI)
    with pytest.raises(AksesDitolak):
        desk.kinerja.hitung(OKTOBER)


def test_periode_dan_format():
    assert Periode.bulan(2026, 12).akhir == date(2027, 1, 1)
    assert Periode.bulan(2026, 12).sampai == date(2026, 12, 31)
    assert Periode.tahun(2025).label == "Tahun 2025"
    with pytest.raises(ValidationError):
        Periode.bulan(2026, 13)
    with pytest.raises(ValidationError):
        Periode.tahun(1999)
    assert [peringkat_p90(n) for n in (1, 2, 9, 10, 11, 20, 21)] == [1, 2, 9, 9, 10, 18, 19]
    for n in range(1, 200):
        assert peringkat_p90(n) == math.ceil(0.9 * n - 1e-9)
    assert median_dari_terurut([1, 2, 3, 10]) == 2.5
    assert format_durasi(None) == "-"
    assert format_durasi(45) == "0,8 mnt"
    assert format_durasi(750) == "12,5 mnt"
    assert format_durasi(3 * 3600 + 300) == "3 jam 5 mnt"
    assert format_durasi(14 * 86400 + 7200) == "14 hari 2 jam"
    assert format_persen(87.5) == "87,5%"
    assert format_persen(None) == "-"
    assert format_persen(128328.26) == "128.328,3%"


def test_dibaca_per_irisan_tanpa_menahan_kunci_simpan_dan_angkanya_sama(desk, laporan, monkeypatch):
    """A year's report read in one statement kept every save out for 1.6 s on the ten-year
    database (the rollback journal lets no writer in while a read is open). It reads a slice
    of applications (and letters) per statement: between two a save from another connection
    commits at once, and the figures are the same as from one read."""
    import dataclasses

    from bawang_desk.core import kinerja
    from tests.helpers import bisa_simpan_sekarang

    monkeypatch.setattr(kinerja, "ID_PER_IRISAN", 37)
    simpan: list[bool] = []  # a save that may not wait, before every slice's read

    def jejak(sql: str) -> None:
        if sql.lstrip().startswith("INSERT INTO kinerja_"):
            simpan.append(bisa_simpan_sekarang(desk.path))

    desk.conn.set_trace_callback(jejak)
    try:
        iris = desk.kinerja.hitung(OKTOBER)
    finally:
        desk.conn.set_trace_callback(None)
    assert len(simpan) > 20 and all(simpan)
    tanpa_waktu = lambda lap: dataclasses.replace(lap, dibuat_pada=None)  # noqa: E731
    assert tanpa_waktu(iris) == tanpa_waktu(laporan)


def test_jumlah_per_layanan_juga_dibaca_per_irisan(desk, laporan, monkeypatch):
    """The count per service read a year of applications in one statement too (found by
    bench_latar --jejak: a save waited 132 ms behind it on the ten-year database)."""
    import dataclasses

    from bawang_desk.core import kinerja
    from tests.helpers import bisa_simpan_sekarang

    monkeypatch.setattr(kinerja, "ID_PER_IRISAN", 37)
    simpan: list[bool] = []

    def jejak(sql: str) -> None:
        if sql.lstrip().startswith("SELECT layanan, COUNT(*)"):
            simpan.append(bisa_simpan_sekarang(desk.path))

    desk.conn.set_trace_callback(jejak)
    try:
        iris = desk.kinerja.hitung(OKTOBER)
    finally:
        desk.conn.set_trace_callback(None)
    assert len(simpan) > 5 and all(simpan)
    tanpa_waktu = lambda lap: dataclasses.replace(lap, dibuat_pada=None)  # noqa: E731
    assert tanpa_waktu(iris) == tanpa_waktu(laporan)
