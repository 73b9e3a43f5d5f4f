"""Issue 13 item 8: nothing of a Rahasia letter's hal or summary reaches anyone outside its
readers, by any path: the Buku Nomor, the audit chain, counts, search and the printed books;
and a migration scrubs the copies an older version left behind."""

from __future__ import annotations

import sqlite3
from datetime import date

from bawang_desk.core import migrations
from bawang_desk.core.desk import Desk
from bawang_desk.core.surat_keluar import SuratKeluarBaru
from bawang_desk.core.surat_masuk import FilterSurat
from tests.core.test_surat_masuk import surat
from tests.helpers import ADMIN_SANDI, SANDI, JamPalsu, siapkan

RAHASIA_HAL = "Laporan dugaan pungli loket"
RAHASIA_RINGKASAN = "bukti kuitansi ganda"


def _audit_teks(desk: Desk) -> str:
    return "\n".join(r[0] or "" for r in desk.conn.execute("SELECT rincian FROM audit ORDER BY id"))


def _catat_rahasia(desk: Desk):
    desk.masuk("pengadministrasi", SANDI)
    return desk.surat_masuk.catat(
        surat(
            sifat="Rahasia",
            hal=RAHASIA_HAL,
            ringkasan=RAHASIA_RINGKASAN,
            pengirim="Inspektorat Daerah",
        )
    )


def test_buku_nomor_dan_audit_tanpa_hal_rahasia(desk):
    s = _catat_rahasia(desk)
    for p, sandi, tampil in (
        ("operator", SANDI, "(Rahasia)"),
        ("admin", ADMIN_SANDI, "(isi surat tidak ditampilkan)"),
    ):
        desk.masuk(p, sandi)
        n = next(n for n in desk.penomoran.daftar("surat-masuk") if n.id == s.nomor_id)
        assert n.perihal == tampil
    assert desk.conn.execute(
        "SELECT perihal FROM nomor WHERE id = ?", (s.nomor_id,)
    ).fetchone() == ("(Rahasia)",)
    assert "pungli" not in _audit_teks(desk)
    # a correction of the letter is audited without its hal either
    desk.masuk("sekcam", SANDI)
    lama = desk.surat_masuk.get(s.id)
    desk.surat_masuk.ubah(
        s.id,
        surat(
            sifat="Rahasia",
            hal=RAHASIA_HAL + " tahap dua",
            ringkasan=lama.ringkasan,
            pengirim=lama.pengirim,
        ),
    )
    assert "pungli" not in _audit_teks(desk) and "tahap dua" not in _audit_teks(desk)
    assert desk.penomoran.get(s.nomor_id).perihal == "(Rahasia)"
    assert desk.verify_audit().utuh


def test_surat_menjadi_rahasia_menyamarkan_buku_nomor(desk):
    desk.masuk("pengadministrasi", SANDI)
    s = desk.surat_masuk.catat(surat(hal="Pengaduan warga soal pungutan"))
    assert desk.penomoran.get(s.nomor_id).perihal == "Pengaduan warga soal pungutan"
    desk.surat_masuk.ubah(s.id, surat(hal="Pengaduan warga soal pungutan", sifat="Rahasia"))
    assert desk.penomoran.get(s.nomor_id).perihal == "(Rahasia)"
    audit = desk.conn.execute(
        "SELECT rincian FROM audit WHERE aksi = 'surat_masuk.ubah' ORDER BY id DESC"
    ).fetchone()[0]
    assert "pungutan" not in audit


def test_jumlah_dan_cari_tidak_membuka_kata_rahasia(desk):
    s = _catat_rahasia(desk)
    for kata in ("pungli", "kuitansi", "loket"):
        f = FilterSurat(teks=kata)
        assert desk.surat_masuk.jumlah(f) == 0, kata
        assert desk.surat_masuk.daftar(f) == []
    # found by the sender, as the list shows it: "(RAHASIA)"
    assert desk.surat_masuk.jumlah(FilterSurat(teks="inspektorat")) == 1
    desk.masuk("camat", SANDI)  # a reader counts it by its words
    assert desk.surat_masuk.jumlah(FilterSurat(teks="pungli")) == 1
    assert [b.id for b in desk.surat_masuk.daftar(FilterSurat(teks="pungli"))] == [s.id]


def test_buku_agenda_cetak_tanpa_hal_rahasia(desk):
    _catat_rahasia(desk)
    desk.masuk("operator", SANDI)
    teks = "\n".join(
        " ".join(b) for b in desk.surat_masuk.baris_buku(date(2026, 1, 1), date(2026, 12, 31))
    )
    assert "pungli" not in teks and "kuitansi" not in teks


def test_surat_keluar_rahasia_tanpa_hal_di_buku_nomor_dan_audit(desk):
    desk.masuk("pengadministrasi", SANDI)
    k = desk.surat_keluar.ambil_nomor_luar(
        kode_klasifikasi="700",
        tujuan="Inspektur Daerah",
        hal="Tindak lanjut pungli loket",
        sifat="Rahasia",
    )
    assert desk.penomoran.get(k.nomor_id).perihal == "(Rahasia)"
    d = desk.surat_keluar.buat_konsep(
        SuratKeluarBaru("700", "Inspektur Daerah", "Klarifikasi pungli kedua", "Rahasia")
    )
    desk.surat_keluar.ubah_konsep(
        d.id, SuratKeluarBaru("700", "Inspektur Daerah", "Klarifikasi pungli ketiga", "Rahasia")
    )
    assert "pungli" not in _audit_teks(desk)


def test_migrasi_menyamarkan_salinan_lama(tmp_path):
    """A database written before the fix: its Buku Nomor and audit rows hold the hal. The
    migration scrubs both, keeps the chain whole, and keeps the old hashes for old anchors."""
    path = tmp_path / "lama.sqlite"
    jam = JamPalsu()
    d = Desk.open(path, jam=jam)
    siapkan(d)
    s = _catat_rahasia(d)
    biasa = d.surat_masuk.catat(surat(hal="Undangan musrenbang desa"))
    # back to the schema before 0020 (it only added audit_rantai_lama) ...
    d.conn.execute("DROP TABLE audit_rantai_lama")
    d.conn.execute(
        "DELETE FROM _sqlite_migrations WHERE migration_set = 'bawang_desk' "
        "AND name = '0020_rahasia_tersamar'"
    )
    # ... and what the old version wrote: the hal in the number book and in the chain
    with d.tulis() as c:
        c.execute("UPDATE nomor SET perihal = ? WHERE id = ?", (RAHASIA_HAL, s.nomor_id))
        d.catat_audit(
            "surat_masuk.ubah", f"surat_masuk:{s.id}", {"hal": [RAHASIA_HAL, RAHASIA_HAL]}
        )
        d.catat_audit(
            "nomor.terbit",
            f"nomor:{s.nomor_id}",
            {"register": "surat-masuk", "nomor": "x", "perihal": RAHASIA_HAL},
        )
        d.catat_audit("keluar", "pengguna:pengadministrasi")
    kepala_lama = d.verify_audit().hash_terakhir
    assert d.verify_audit().utuh and "pungli" in _audit_teks(d)
    d.close()

    d = Desk.open(path, jam=jam)
    try:
        assert migrations.pending(d.db) == []
        assert "pungli" not in _audit_teks(d)
        hasil = d.verify_audit()
        assert hasil.utuh, hasil.pesan
        perihal = dict(d.conn.execute("SELECT id, perihal FROM nomor"))
        assert perihal[s.nomor_id] == "(Rahasia)"
        assert perihal[biasa.nomor_id] == "Undangan musrenbang desa"
        lama = {r[0] for r in d.conn.execute("SELECT hash_lama FROM audit_rantai_lama")}
        assert kepala_lama in lama  # an anchor recorded before the scrub is still known
        akhir = d.conn.execute(
            "SELECT aksi, rincian FROM audit ORDER BY id DESC LIMIT 1"
        ).fetchone()
        assert akhir[0] == "audit.samarkan_rahasia" and kepala_lama in akhir[1]
        try:
            d.conn.execute("DELETE FROM audit_rantai_lama")
            raise AssertionError("audit_rantai_lama must refuse a delete")
        except sqlite3.DatabaseError:
            pass
    finally:
        d.close()


def test_surat_keluar_rahasia_dicetak_untuk_ditandatangani_tanpa_hal_di_buku_nomor(desk):
    """The issue-14 path (KONSEP, approval recorded, "Cetak untuk ditandatangani") numbers a
    Rahasia letter like every other path: "(Rahasia)" in the Buku Nomor, no hal in the audit."""
    from bawang_desk.core.atas_nama import AtasNama

    desk.masuk("pengadministrasi", SANDI)
    k = desk.surat_keluar.buat_konsep(
        SuratKeluarBaru(
            "700", "Inspektur Daerah", "Klarifikasi pungli keempat", "Rahasia", isi="Isi."
        )
    )
    desk.surat_keluar.koreksi(k.id, setuju=True, atas_nama=AtasNama("sekcam"))
    k = desk.surat_keluar.cetak_untuk_ttd(k.id, mode="an")
    assert desk.penomoran.get(k.nomor_id).perihal == "(Rahasia)"
    assert "pungli" not in _audit_teks(desk)


def test_indeks_kecil_surat_rahasia_mengikuti_surat(desk):
    """Hidden Rahasia letters are found by sender or number only. That test read the whole
    search index's lists for every keystroke (up to 14 ms on ten years of letters); a small
    index holds the Rahasia letters' sender and number alone, kept in step by triggers."""

    def di_indeks(kata: str) -> list[int]:
        from tests.helpers import di_fts

        return di_fts(desk.conn, "surat_masuk_rahasia_fts", kata)

    s = _catat_rahasia(desk)
    biasa = desk.surat_masuk.catat(surat(pengirim="Inspektorat Provinsi"))
    assert di_indeks("inspektorat") == [s.id] and di_indeks("pungli") == []
    desk.conn.execute(
        "UPDATE surat_masuk SET pengirim = 'Polres Banjarnegara' WHERE id = ?", (s.id,)
    )
    assert di_indeks("inspektorat") == [] and di_indeks("polres") == [s.id]
    assert [b.id for b in desk.surat_masuk.daftar(FilterSurat(teks="polres"))] == [s.id]
    assert desk.surat_masuk.jumlah(FilterSurat(teks="polres")) == 1
    desk.conn.execute("UPDATE surat_masuk SET rahasia = 0 WHERE id = ?", (s.id,))
    assert di_indeks("polres") == []
    desk.conn.execute("UPDATE surat_masuk SET rahasia = 1 WHERE id = ?", (biasa.id,))
    assert di_indeks("inspektorat") == [biasa.id]
    assert [b.id for b in desk.surat_masuk.daftar(FilterSurat(teks="provinsi"))] == [biasa.id]
    assert desk.surat_masuk.daftar(FilterSurat(teks="koordinasi")) == [
        b for b in desk.surat_masuk.daftar(FilterSurat(teks="koordinasi")) if b.id != biasa.id
    ]


def test_surat_rahasia_sangat_segera_tidak_ditemukan_dari_halnya(desk):
    """Urgent open letters head the first page; a hidden Rahasia one among them is found by
    its sender or number only, never by its hal, like every other Rahasia letter."""
    desk.masuk("pengadministrasi", SANDI)
    s = desk.surat_masuk.catat(
        surat(sifat="Sangat Segera", rahasia=True, hal=RAHASIA_HAL, pengirim="Inspektorat Daerah")
    )
    assert desk.surat_masuk.daftar(FilterSurat(teks="pungli")) == []
    assert desk.surat_masuk.jumlah(FilterSurat(teks="pungli")) == 0
    assert [b.id for b in desk.surat_masuk.daftar(FilterSurat(teks="inspektorat"))] == [s.id]
