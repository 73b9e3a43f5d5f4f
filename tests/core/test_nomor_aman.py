"""Issue 13 items 1, 2 and 11: a restore never re-issues a number, numbers only in the current
year's book, and ``periksa`` holds the chain and the books against every anchor it knows."""

from __future__ import annotations

from datetime import date

import pytest

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
        # and so do their workbooks
        from openpyxl import load_workbook

        from bawang_desk.documents.register_layanan import ekspor_register
        from bawang_desk.documents.surat_masuk import ekspor_buku_surat

        for xlsx, rentang_teks in (
            (ekspor_buku_surat(d, "surat-masuk", hari, hari, db_path.parent / "a.xlsx"), "021"),
            (ekspor_register(d, "skck", hari, hari, db_path.parent / "s.xlsx"), "(2 nomor)"),
        ):
            wb = load_workbook(xlsx, read_only=True)
            sel = [str(c) for ws in wb for r in ws.iter_rows(values_only=True) for c in r if c]
            wb.close()
            assert any(rentang_teks in c and "hilang karena pemulihan" in c for c in sel), sel
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
    # last year's book without a reason: refused, saying who may take it (and for a letter
    # received, that the agenda of this year takes it)
    with pytest.raises(ValidationError, match="Sekcam atau Camat"):
        desk.penomoran.ambil("skck", date(2025, 12, 31), "SKCK")
    with pytest.raises(ValidationError, match="Isi tanggal terima tahun ini"):
        desk.surat_masuk.catat(
            SuratMasukBaru(tanggal_terima=date(2025, 12, 31), pengirim="Desa", hal="Undangan")
        )
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


# ------------------------------------------------------------------ item 11: periksa's anchors


def _mentah(path):
    import sqlite3

    conn = sqlite3.connect(str(path), isolation_level=None)
    for t in ("audit_tanpa_ubah", "audit_tanpa_hapus", "nomor_tanpa_hapus", "nomor_tetap"):
        conn.execute(f"DROP TRIGGER IF EXISTS {t}")
    return conn


def _hitung_ulang(conn, dari: int) -> None:
    """What a careful forger does: every hash from row ``dari`` on, computed again."""
    from bawang_desk.core.audit import GENESIS, hitung_hash

    r = conn.execute("SELECT hash FROM audit WHERE id = ?", (dari - 1,)).fetchone()
    sebelum = r[0] if r else GENESIS
    rows = conn.execute(
        "SELECT id, waktu, pengguna, aksi, objek, rincian FROM audit WHERE id >= ? ORDER BY id",
        (dari,),
    ).fetchall()
    for id_, waktu, pengguna, aksi, objek, rincian in rows:
        h = hitung_hash(sebelum, id_, waktu, pengguna, aksi, objek, rincian)
        conn.execute("UPDATE audit SET hash_sebelum = ?, hash = ? WHERE id = ?", (sebelum, h, id_))
        sebelum = h


def _kantor_dengan_jangkar(desk: Desk, db_path, jam):
    """Numbers, a backup (its chain head recorded), more numbers and a daily print."""
    from bawang_desk.documents.register_layanan import cetak_harian

    desk.masuk("sekcam", SANDI)
    for i in range(5):
        desk.penomoran.ambil("skck", jam.hari_ini(), f"SKCK {i}")
    cd.cadangkan(db_path, sekarang=jam.now, sumber=desk.conn)
    jam.maju(minutes=2)
    for i in range(3):
        desk.penomoran.ambil("skck", jam.hari_ini(), f"SKCK sesudah {i}")
    cetak_harian(desk, jam.hari_ini(), db_path.parent / "harian.pdf")
    desk.keluar()
    path = desk.path
    desk.close()
    kode, teks = pl.periksa_berkas_saja(path)
    assert kode == 0, teks  # sound as it stands: no false alarm from the anchors
    return path


def test_periksa_is_sound_after_a_restore(desk, db_path, jam):
    c = _isi_lalu_cadangkan(desk, db_path, jam)
    desk.close()
    pl.pulihkan(c, db_path, sekarang=jam.now)
    d = Desk.open(db_path, jam=jam)
    try:
        d.masuk("sekcam", SANDI)
        d.penomoran.ambil("skck", jam.hari_ini(), "SKCK sesudah pulih")
        lap = pl.periksa_basis_data(d)
        assert lap.utuh, lap.teks()
    finally:
        d.close()
    kode, teks = pl.periksa_berkas_saja(db_path)
    assert kode == 0, teks


def test_periksa_finds_a_cut_tail(desk, db_path, jam):
    path = _kantor_dengan_jangkar(desk, db_path, jam)
    conn = _mentah(path)
    (k,) = conn.execute("SELECT MIN(id) FROM audit WHERE aksi = 'nomor.terbit'").fetchone()
    # cut the chain back to the third number and take the numbers after it out of the book
    n3 = conn.execute(
        "SELECT id FROM audit WHERE aksi = 'nomor.terbit' ORDER BY id LIMIT 1 OFFSET 2"
    ).fetchone()[0]
    conn.execute("DELETE FROM audit WHERE id > ?", (n3,))
    conn.execute("DELETE FROM nomor WHERE nomor > 3")
    conn.execute("UPDATE nomor_counter SET terakhir = 3")
    conn.close()
    assert k < n3
    d = Desk.open(path, jam=jam)
    try:
        assert d.verify_audit().utuh  # the chain alone looks sound
    finally:
        d.close()
    kode, teks = pl.periksa_berkas_saja(path)
    assert kode == 1
    assert "ekor rantai audit dipotong" in teks
    assert "100.2.2.5/008/SKCK/2026" in teks and "tidak ada di buku nomor" in teks


def test_periksa_finds_an_early_edit_with_the_chain_computed_again(desk, db_path, jam):
    path = _kantor_dengan_jangkar(desk, db_path, jam)
    conn = _mentah(path)
    aid = conn.execute(
        "SELECT id FROM audit WHERE aksi = 'nomor.terbit' ORDER BY id LIMIT 1"
    ).fetchone()[0]
    conn.execute(
        "UPDATE audit SET pengguna = 'operator' WHERE id = ?", (aid,)
    )  # who took the number
    _hitung_ulang(conn, aid)
    conn.close()
    d = Desk.open(path, jam=jam)
    try:
        assert d.verify_audit().utuh
    finally:
        d.close()
    kode, teks = pl.periksa_berkas_saja(path)
    assert kode == 1 and "dihitung ulang" in teks


def test_periksa_finds_the_last_entry_deleted_with_its_number(desk, db_path, jam):
    path = _kantor_dengan_jangkar(desk, db_path, jam)
    conn = _mentah(path)
    # the last SKCK number goes, with every audit row from its own on; the counter goes back
    nid, teks_nomor = conn.execute(
        "SELECT id, nomor_lengkap FROM nomor ORDER BY id DESC LIMIT 1"
    ).fetchone()
    (aid,) = conn.execute("SELECT id FROM audit WHERE objek = ?", (f"nomor:{nid}",)).fetchone()
    conn.execute("DELETE FROM audit WHERE id >= ?", (aid,))
    conn.execute("DELETE FROM nomor WHERE id = ?", (nid,))
    conn.execute("UPDATE nomor_counter SET terakhir = terakhir - 1")
    conn.close()
    kode, teks = pl.periksa_berkas_saja(path)
    assert kode == 1
    assert f"Nomor {teks_nomor} (skck tahun 2026) tercatat di jurnal nomor" in teks


def test_periksa_reconciles_the_book_with_the_chain(desk, db_path, jam):
    path = _kantor_dengan_jangkar(desk, db_path, jam)
    conn = _mentah(path)
    # a number taken out of the book, its audit row left: the chain still says it was issued
    conn.execute("DELETE FROM nomor WHERE nomor = 2")
    conn.close()
    kode, teks = pl.periksa_berkas_saja(path)
    assert kode == 1
    assert "Nomor 100.2.2.5/002/SKCK/2026 tercatat terbit di jejak audit" in teks


def test_journal_summary_skips_a_torn_line_and_keeps_each_books_last(tmp_path):
    j = tmp_path / "db.sqlite.jurnal-nomor"
    e = [
        jurnal_nomor.EntriNomor("skck", 2025, 7, "x/007/2025", "2025-12-30", "2025-12-30T09:00:00"),
        jurnal_nomor.EntriNomor('a"b é', 2026, 1, "001", "2026-01-02", "2026-01-02T09:00:00"),
        jurnal_nomor.EntriNomor("skck", 2026, 1, "x/001/2026", "2026-01-02", "2026-01-02T09:01:00"),
    ]
    jurnal_nomor.tulis(j, e)
    with open(j, "ab") as fh:
        fh.write(b'{"register":"skck","tahun":2026,"nomor":2,"nomor_l')  # the power went
    terakhir, baru = jurnal_nomor.ringkas(j, 2)
    assert terakhir == {("skck", 2025): e[0], ('a"b é', 2026): e[1], ("skck", 2026): e[2]}
    assert baru == e[1:]
    assert jurnal_nomor.baca(j) == e
    maks, di_atas = jurnal_nomor.di_atas(j, {("skck", 2025): 7})
    assert maks == {("skck", 2025): 7, ('a"b é', 2026): 1, ("skck", 2026): 1}
    assert di_atas == e[1:]


def test_periksa_accepts_the_apps_own_rehash_of_rahasia_text(desk, db_path, jam):
    """Migration 0020 scrubs a Rahasia hal from old audit rows and re-hashes the chain, keeping
    the old hashes: a backup's head recorded before that is no alarm."""
    from sqlite_utils import Database

    from bawang_desk.core import migrations

    desk.masuk("sekcam", SANDI)
    desk.surat_masuk.catat(
        SuratMasukBaru(tanggal_terima=jam.hari_ini(), pengirim="Polres", hal="Penyelidikan X")
    )
    desk.penomoran.ambil("skck", jam.hari_ini(), "SKCK")
    cd.cadangkan(db_path, sekarang=jam.now, sumber=desk.conn)
    desk.close()
    import sqlite3

    # an old letter, numbered before its hal was kept out of the books
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    conn.execute("DROP TRIGGER IF EXISTS audit_rantai_lama_tetap")
    conn.execute("DROP TRIGGER IF EXISTS audit_rantai_lama_tanpa_hapus")
    conn.execute("DROP TABLE audit_rantai_lama")
    conn.execute("UPDATE surat_masuk SET sifat = 'Rahasia'")
    conn.execute("BEGIN")
    migrations._samarkan_rahasia(Database(conn))
    conn.execute("COMMIT")
    assert conn.execute("SELECT COUNT(*) FROM audit_rantai_lama").fetchone()[0] > 0
    conn.close()
    kode, teks = pl.periksa_berkas_saja(db_path)
    assert kode == 0, teks


def test_journal_is_owner_only_and_skips_numbers_rolled_back(desk, db_path, jam):
    import os
    import stat

    import pytest

    desk.masuk("sekcam", SANDI)
    with desk.tulis() as conn:
        with pytest.raises(RuntimeError), desk.tulis():  # a savepoint the caller rolls back
            desk.penomoran.terbitkan(conn, "skck", jam.hari_ini(), perihal="dibatalkan")
            raise RuntimeError("gagal di tengah")
        n = desk.penomoran.terbitkan(conn, "kk", jam.hari_ini(), perihal="disimpan")
    with pytest.raises(RuntimeError), desk.tulis() as conn:  # a whole transaction rolled back
        desk.penomoran.terbitkan(conn, "pindah", jam.hari_ini(), perihal="dibatalkan")
        raise RuntimeError("gagal")
    j = jurnal_nomor.path_jurnal(db_path)
    assert [(e.register, e.nomor) for e in jurnal_nomor.baca(j)] == [("kk", n.nomor)]
    if os.name == "posix":
        assert stat.S_IMODE(j.stat().st_mode) == 0o600


def test_periksa_holds_a_database_only_to_its_own_backups(desk, db_path, jam):
    """Two databases in one folder share ``cadangan/``: the other one's backup heads are not
    this chain's anchors (found on the generated ten-year database beside a copy)."""
    lain = db_path.with_name("lain.sqlite")
    d = Desk.open(lain, jam=jam, kunci=False)
    from tests.helpers import siapkan

    siapkan(d)
    d.masuk("sekcam", SANDI)
    d.penomoran.ambil("skck", jam.hari_ini(), "SKCK kantor lain")
    cd.cadangkan(lain, sekarang=jam.now, sumber=d.conn)
    d.close()
    desk.close()
    kode, teks = pl.periksa_berkas_saja(db_path)
    assert kode == 0, teks


@pytest.mark.parametrize("blok", [97, 300, 1 << 20])
def test_journal_summary_read_in_blocks_matches_every_line_read_alone(tmp_path, monkeypatch, blok):
    """The summary reads a megabyte at a time (a line-by-line loop over a ten-year journal held
    the window up for 2 s); blocks that split lines, torn lines mid-file, escaped and
    non-ASCII book names give what reading each line alone gives."""
    import random

    monkeypatch.setattr(jurnal_nomor, "_BLOK", blok)
    j = tmp_path / "db.sqlite.jurnal-nomor"
    acak = random.Random(7)
    buku = ["skck", 'a"b é', "surat-keluar:100.2.2.5", "kk"]
    nomor: dict[tuple[str, int], int] = {}
    semua: list[jurnal_nomor.EntriNomor] = []
    for i in range(400):
        k = (acak.choice(buku), acak.choice([2025, 2026]))
        nomor[k] = nomor.get(k, 0) + 1
        e = jurnal_nomor.EntriNomor(k[0], k[1], nomor[k], f"{nomor[k]:03d}", "2026-01-02", f"t{i}")
        jurnal_nomor.tulis(j, [e])
        semua.append(e)
        if i in (50, 333):
            with open(j, "ab") as fh:
                fh.write(b'{"register":"skck","tahun":2026,"nomor":99')  # the power went
            with open(j, "ab") as fh:
                fh.write(b"\n")
    harap = {}
    for e in semua:
        harap[e.kunci] = e
    terakhir, baru = jurnal_nomor.ringkas(j, 25)
    assert terakhir == harap
    assert baru == semua[-25:]
