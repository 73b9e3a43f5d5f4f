"""Issue 12 item 6: sifat is two fields, urgency (Biasa / Segera / Sangat Segera, the SOP's
"Amat Segera") and security (Biasa / Rahasia), so a secret letter can also be urgent; old
letters migrate."""

from __future__ import annotations

import pytest

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.surat_keluar import SuratKeluarBaru
from bawang_desk.core.surat_masuk import normalisasi_sifat, pisah_sifat
from tests.core.test_surat_masuk import surat
from tests.helpers import SANDI, JamPalsu, siapkan


def test_rahasia_dan_sangat_segera_sekaligus(desk):
    desk.masuk("pengadministrasi", SANDI)
    s = desk.surat_masuk.catat(
        surat(sifat="Sangat Segera", rahasia=True, hal="Pemeriksaan khusus bendahara")
    )
    assert (s.sifat, s.rahasia, s.urgen) == ("Sangat Segera", True, True)
    assert s.disembunyikan and s.hal == "(RAHASIA)"  # the Pengadministrasi is not a reader
    baris = desk.surat_masuk.daftar()[0]
    assert baris.urgen and baris.rahasia and baris.hal == "(RAHASIA)"
    assert baris.label_sifat == "Sangat Segera, Rahasia"
    desk.masuk("camat", SANDI)
    assert [b.id for b in desk.surat_masuk.urgen_untuk_pimpinan()] == [s.id]
    assert desk.surat_masuk.get(s.id).hal == "Pemeriksaan khusus bendahara"


def test_sifat_lama_tetap_dipahami(desk):
    """Callers still passing one old-style sifat: "Rahasia" stays secret, never silently Biasa."""
    desk.masuk("pengadministrasi", SANDI)
    s = desk.surat_masuk.catat(surat(sifat="Rahasia"))
    assert (s.sifat, s.rahasia) == ("Biasa", True)
    k = desk.surat_keluar.buat_konsep(SuratKeluarBaru("400.12.2.1", "Camat", "Laporan", "Rahasia"))
    assert (k.sifat, k.rahasia) == ("Biasa", True)
    k = desk.surat_keluar.buat_konsep(
        SuratKeluarBaru("400.12.2.1", "Camat", "Laporan", "Segera", rahasia=True)
    )
    assert (k.sifat, k.rahasia, k.label_sifat) == ("Segera", True, "Segera, Rahasia")
    assert pisah_sifat("Penting") == ("Biasa", False)
    assert pisah_sifat("amat  segera") == ("Sangat Segera", False)
    assert normalisasi_sifat("Sangat Segera (Amat Segera)") == "Sangat Segera"
    with pytest.raises(ValidationError, match="Keamanan"):
        normalisasi_sifat("Rahasia")
    with pytest.raises(ValidationError, match="tidak dikenal"):
        desk.surat_masuk.catat(surat(sifat="Kilat"))


def test_saring_rahasia_apa_pun_kesegeraannya(desk):
    from bawang_desk.core.surat_masuk import FilterSurat

    desk.masuk("sekcam", SANDI)
    a = desk.surat_masuk.catat(surat(sifat="Segera", rahasia=True))
    desk.surat_masuk.catat(surat(sifat="Segera"))
    b = desk.surat_masuk.catat(surat(sifat="Biasa", rahasia=True))
    assert {x.id for x in desk.surat_masuk.daftar(FilterSurat(sifat="Rahasia"))} == {a.id, b.id}
    assert len(desk.surat_masuk.daftar(FilterSurat(sifat="Segera"))) == 2


def test_migrasi_sifat_lama(tmp_path):
    """Letters written with one sifat: Rahasia -> Biasa + rahasia, Penting -> Biasa, Amat Segera
    -> Sangat Segera, counted in one audit row; the chain stays whole."""
    path = tmp_path / "lama.sqlite"
    jam = JamPalsu()
    d = Desk.open(path, jam=jam)
    siapkan(d)
    d.masuk("pengadministrasi", SANDI)
    ids = [d.surat_masuk.catat(surat(hal=f"Surat {i}")).id for i in range(4)]
    k = d.surat_keluar.buat_konsep(SuratKeluarBaru("400.12.2.1", "Camat", "Laporan"))
    # back to the schema before 0021: one sifat column holding all five words, and without
    # the small search indexes later migrations build on the two fields
    for objek in ("TRIGGER", "TABLE"):
        for nama in ("rahasia", "segera"):
            for akhir in ("_ai", "_ad", "_au") if objek == "TRIGGER" else ("_fts",):
                d.conn.execute(f"DROP {objek} surat_masuk_{nama}{akhir}")
    d.conn.execute(
        "DELETE FROM _sqlite_migrations WHERE migration_set = 'bawang_desk' "
        "AND name IN ('0024_indeks_rahasia', '0025_indeks_segera')"
    )
    for tabel in ("surat_masuk", "surat_keluar"):
        d.conn.execute(f"ALTER TABLE {tabel} DROP COLUMN rahasia")
    for sid, lama in zip(ids, ("Rahasia", "Penting", "Amat Segera", "Segera"), strict=True):
        d.conn.execute("UPDATE surat_masuk SET sifat = ? WHERE id = ?", (lama, sid))
    d.conn.execute("UPDATE surat_keluar SET sifat = 'Rahasia' WHERE id = ?", (k.id,))
    d.conn.execute(
        "DELETE FROM _sqlite_migrations WHERE migration_set = 'bawang_desk' "
        "AND name = '0021_sifat_dua'"
    )
    d.conn.commit()
    d.close()

    d = Desk.open(path, jam=jam)
    try:
        d.masuk("sekcam", SANDI)
        got = [(d.surat_masuk.get(i).sifat, d.surat_masuk.get(i).rahasia) for i in ids]
        assert got == [
            ("Biasa", True),
            ("Biasa", False),
            ("Sangat Segera", False),
            ("Segera", False),
        ]
        k2 = d.surat_keluar.get(k.id)
        assert (k2.sifat, k2.rahasia) == ("Biasa", True)
        (rincian,) = d.conn.execute(
            "SELECT rincian FROM audit WHERE aksi = 'surat.sifat_dipisah'"
        ).fetchone()
        assert '"penting": 1' in rincian and '"rahasia": 1' in rincian
        assert d.verify_audit().utuh
    finally:
        d.close()


def test_beranda_sangat_segera_rahasia_tanpa_hal(desk):
    """A secret letter can be urgent now, so the Beranda's urgent list hides its hal from the
    Pengadministrasi (not a reader) and shows it to the Camat."""
    from bawang_desk.core import beranda

    desk.masuk("pengadministrasi", SANDI)
    desk.surat_masuk.catat(surat(sifat="Sangat Segera", rahasia=True, hal="Audit kas desa"))
    hal = [r[3] for r in beranda.daftar(desk, "urgen").baris]
    assert hal == ["(RAHASIA)"]
    desk.masuk("camat", SANDI)
    assert [r[3] for r in beranda.daftar(desk, "urgen").baris] == ["Audit kas desa"]
