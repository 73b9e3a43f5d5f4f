"""Issue 13 items 1, 2 and 11: a restore never re-issues a number, numbers only in the current
year's book, and ``periksa`` holds the chain and the books against every anchor it knows."""

from __future__ import annotations

from datetime import date

from bawang_desk.core import cadangan as cd
from bawang_desk.core import jurnal_nomor
from bawang_desk.core import pemulihan as pl
from bawang_desk.core.desk import Desk
from bawang_desk.core.surat_masuk import SuratMasukBaru
from tests.helpers import SANDI


def _surat(desk: Desk, jam, i: int) -> None:
    desk.surat_masuk.catat(
        SuratMasukBaru(tanggal_terima=jam.hari_ini(), pengirim=f"Desa {i}", hal=f"Undangan {i}")
    )


def _isi_lalu_cadangkan(desk: Desk, db_path, jam):
    desk.masuk("sekcam", SANDI)
    for i in range(20):
        _surat(desk, jam, i)
    for _ in range(3):
        desk.penomoran.ambil("skck", jam.hari_ini(), "SKCK")
    c = cd.cadangkan(db_path, sekarang=jam.now, sumber=desk.conn)
    jam.maju(minutes=5)
    for i in range(10):
        _surat(desk, jam, 100 + i)
    for _ in range(2):
        desk.penomoran.ambil("skck", jam.hari_ini(), "SKCK sesudah cadangan")
    return c


def test_every_issued_number_is_in_the_journal(desk, db_path, jam):
    desk.masuk("sekcam", SANDI)
    n = desk.penomoran.ambil("skck", jam.hari_ini(), "SKCK")
    entri = jurnal_nomor.baca(jurnal_nomor.path_jurnal(db_path))
    assert [(e.register, e.tahun, e.nomor, e.nomor_lengkap) for e in entri] == [
        ("skck", n.tahun, n.nomor, n.nomor_lengkap)
    ]
    assert entri[0].tanggal == jam.hari_ini().isoformat() and entri[0].audit


def test_restore_continues_every_book_past_the_highest_number_known(desk, db_path, jam):
    c = _isi_lalu_cadangkan(desk, db_path, jam)
    rencana = pl.rencana_pulih(c, db_path)
    assert "pukul 08.00" in rencana.teks()
    assert {(h.register, h.dari, h.sampai) for h in rencana.hilang} == {
        ("surat-masuk", 21, 30),
        ("skck", 4, 5),
    }
    path = desk.path
    desk.close()
    hasil = pl.pulihkan(c, path, sekarang=jam.now)
    assert {(h.register, h.jumlah) for h in hasil.hilang} == {("surat-masuk", 10), ("skck", 2)}
    d = Desk.open(path, jam=jam)
    try:
        d.masuk("sekcam", SANDI)
        s = d.surat_masuk.catat(
            SuratMasukBaru(tanggal_terima=jam.hari_ini(), pengirim="Desa X", hal="Sesudah pulih")
        )
        assert d.penomoran.get(s.nomor_id).nomor == 31
        assert d.penomoran.ambil("skck", jam.hari_ini(), "SKCK").nomor == 6
        hilang = [n for n in d.penomoran.daftar("skck") if n.hilang]
        assert sorted(n.nomor for n in hilang) == [4, 5]
        assert all("hilang karena pemulihan dari cadangan" in n.alasan_batal for n in hilang)
        assert all("pukul 08.00" in n.alasan_batal for n in hilang)
        assert d.periksa_integritas() == []
        rentang = d.penomoran.rentang_hilang(["surat-masuk"], jam.hari_ini(), jam.hari_ini())
        assert [(r.dari, r.sampai) for r in rentang] == [(21, 30)]
        # the printed books say which numbers are lost, and why
        from pypdf import PdfReader

        from bawang_desk.documents.register_layanan import cetak_register
        from bawang_desk.documents.surat_masuk import cetak_buku_surat

        hari = jam.hari_ini()
        buku = cetak_buku_surat(d, "surat-masuk", hari, hari, db_path.parent / "agenda.pdf")
        reg = cetak_register(d, "skck", hari, hari, db_path.parent / "skck.pdf")
        for pdf, rentang_teks in ((buku, "021 s.d. 030 (10 nomor)"), (reg, "(2 nomor)")):
            teks = " ".join(
                " ".join((p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages
            )
            assert rentang_teks in teks and "hilang karena pemulihan dari cadangan" in teks
    finally:
        d.close()


def test_a_damaged_replaced_file_still_leaves_the_journal(desk, db_path, jam):
    c = _isi_lalu_cadangkan(desk, db_path, jam)
    path = desk.path
    desk.close()
    path.write_bytes(b"rusak" * 1000)  # the live file is gone: only the journal still knows
    hasil = pl.pulihkan(c, path, sekarang=jam.now)
    assert {(h.register, h.dari, h.sampai) for h in hasil.hilang} == {
        ("surat-masuk", 21, 30),
        ("skck", 4, 5),
    }
    d = Desk.open(path, jam=jam)
    try:
        d.masuk("sekcam", SANDI)
        assert d.penomoran.ambil("skck", jam.hari_ini(), "SKCK").nomor == 6
    finally:
        d.close()


def test_a_second_restore_of_the_same_backup_marks_nothing_twice(desk, db_path, jam):
    c = _isi_lalu_cadangkan(desk, db_path, jam)
    path = desk.path
    desk.close()
    pl.pulihkan(c, path, sekarang=jam.now)
    jam.maju(minutes=5)
    kedua = pl.pulihkan(c, path, sekarang=jam.now)
    assert {(h.register, h.dari, h.sampai) for h in kedua.hilang} == {
        ("surat-masuk", 21, 30),
        ("skck", 4, 5),
    }
    d = Desk.open(path, jam=jam)
    try:
        assert d.periksa_integritas() == []
    finally:
        d.close()


# ------------------------------------------------------------------ item 2: the current year's book


def test_numbers_only_from_the_current_years_book(desk, jam):
    import pytest

    from bawang_desk.core.errors import ValidationError
    from bawang_desk.core.surat_keluar import SuratKeluarManager  # noqa: F401

    desk.masuk("sekcam", SANDI)
    for tgl in (date(1, 1, 1), date(1899, 5, 1), date(2099, 1, 1), date(2023, 6, 1)):
        with pytest.raises(ValidationError, match="Tanggal"):
            desk.penomoran.ambil("skck", tgl, "SKCK")
        with pytest.raises(ValidationError, match="Tanggal"):
            desk.surat_keluar.ambil_nomor_luar(
                kode_klasifikasi="400.12.2.2", tujuan="Bupati", hal="Laporan", tanggal=tgl
            )
        with pytest.raises(ValidationError, match="Tanggal"):
            desk.surat_masuk.catat(
                SuratMasukBaru(tanggal_terima=tgl, pengirim="Desa", hal="Undangan")
            )
    # last year's book without a reason: refused, saying who may take it
    with pytest.raises(ValidationError, match="Sekcam"):
        desk.penomoran.ambil("skck", date(2025, 12, 31), "SKCK")
    # nothing was written and no book was opened for any of those years
    assert desk.conn.execute("SELECT COUNT(*) FROM nomor").fetchone()[0] == 0
    assert desk.conn.execute("SELECT COUNT(*) FROM nomor_counter").fetchone()[0] == 0
    assert desk.conn.execute("SELECT COUNT(*) FROM surat_keluar").fetchone()[0] == 0
    assert desk.penomoran.ambil("skck", jam.hari_ini(), "SKCK").tahun == 2026


def test_a_back_dated_number_needs_a_sekcam_and_a_reason_and_is_audited(desk, jam):
    import json

    import pytest

    from bawang_desk.core.errors import AksesDitolak, ValidationError

    jam.now = jam.now.replace(year=2027, month=1, day=2)
    desk.masuk("pengadministrasi", SANDI)
    with pytest.raises(AksesDitolak):
        desk.penomoran.ambil(
            "skck", date(2026, 12, 31), "SKCK", alasan_mundur="ditandatangani 31 Desember"
        )
    desk.masuk("sekcam", SANDI)
    with pytest.raises(ValidationError, match="Alasan"):
        desk.penomoran.ambil("skck", date(2026, 12, 31), "SKCK", alasan_mundur="  ")
    with pytest.raises(ValidationError, match="terlalu jauh"):
        desk.penomoran.ambil(
            "skck", date(2025, 12, 31), "SKCK", alasan_mundur="ditandatangani 31 Desember"
        )
    n = desk.penomoran.ambil(
        "skck", date(2026, 12, 31), "SKCK", alasan_mundur="ditandatangani 31 Desember"
    )
    assert (n.tahun, n.nomor) == (2026, 1)
    objek, rincian = desk.conn.execute(
        "SELECT objek, rincian FROM audit WHERE aksi = 'nomor.mundur'"
    ).fetchone()
    assert objek == f"nomor:{n.id}" and json.loads(rincian)["alasan"] == (
        "ditandatangani 31 Desember"
    )
    s = desk.surat_keluar.ambil_nomor_luar(
        kode_klasifikasi="400.12.2.2",
        tujuan="Bupati",
        hal="Laporan akhir tahun",
        tanggal=date(2026, 12, 30),
        alasan_mundur="laporan ditandatangani 30 Desember",
    )
    assert s.nomor.endswith("/2026") and desk.penomoran.get(s.nomor_id).tahun == 2026
