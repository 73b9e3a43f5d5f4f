"""Surat masuk: the five SOP 001 steps with who and when, roles, Rahasia, search and the book."""

from __future__ import annotations

from datetime import date

import pytest

from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.surat_masuk import FilterSurat, SuratMasukBaru, kueri_fts, normalisasi_sifat
from tests.helpers import ADMIN_SANDI, SANDI

HARI = date(2026, 11, 24)


def surat(**kw) -> SuratMasukBaru:
    d = dict(
        tanggal_terima=HARI,
        pengirim="Dinas Kependudukan dan Pencatatan Sipil",
        hal="Undangan rapat koordinasi pelayanan KTP-el",
        nomor_surat="470/1234/2026",
        tanggal_surat=date(2026, 11, 20),
        sifat="Biasa",
        kode_klasifikasi="400.12.2.1",
    )
    d.update(kw)
    return SuratMasukBaru(**d)


def test_lima_langkah_dengan_pelaku_dan_waktu(desk, jam):
    desk.masuk("pengadministrasi", SANDI)
    mulai = jam.now
    jam.maju(minutes=2)
    s = desk.surat_masuk.catat(surat(), mulai=mulai)
    assert s.nomor_agenda == "001" and s.status == "dicatat"
    jam.maju(minutes=3)
    desk.surat_masuk.sampaikan(s.id)
    with pytest.raises(AksesDitolak):
        desk.surat_masuk.disposisi(s.id, kepada=["kasi_tapem"], instruksi=["Proses lebih lanjut"])
    desk.masuk("camat", SANDI)
    with pytest.raises(ValidationError, match="paling sedikit satu penerima") as e:
        desk.surat_masuk.disposisi(s.id, kepada=[], instruksi=["Proses lebih lanjut"])
    assert e.value.field == "kepada"
    jam.maju(minutes=4)
    desk.surat_masuk.disposisi(
        s.id,
        kepada=["kasi_tapem", "sekcam"],
        instruksi=["Proses lebih lanjut", "Koordinasikan/konfirmasikan"],
        catatan="Segera ditindaklanjuti",
        batas_waktu=date(2026, 11, 27),
    )
    with pytest.raises(AksesDitolak):
        desk.surat_masuk.jabarkan(s.id, "Kasi Tapem menyiapkan data")
    desk.masuk("sekcam", SANDI)
    jam.maju(minutes=6)
    desk.surat_masuk.jabarkan(s.id, "Kasi Tapem menyiapkan data perekaman, lapor Jumat.")
    desk.masuk("pengadministrasi", SANDI)
    jam.maju(minutes=1)
    with pytest.raises(ValidationError, match="penerima"):
        desk.surat_masuk.distribusikan(s.id, [("Kasi Tapem", "")])
    s = desk.surat_masuk.distribusikan(
        s.id, [("Kasi Tapem", "Budi Santoso"), ("Sekretaris Kecamatan", "Siti")]
    )
    assert s.status == "didistribusikan"
    assert [lk.oleh for lk in s.langkah] == [
        "pengadministrasi",
        "pengadministrasi",
        "camat",
        "sekcam",
        "pengadministrasi",
    ]
    dur = [lk.durasi.total_seconds() / 60 for lk in s.langkah]
    assert dur == [2, 3, 4, 6, 1]
    assert [lk.lewat_baku for lk in s.langkah] == [False, True, False, True, False]
    assert s.disposisi.kepada == ("kasi_tapem", "sekcam")
    assert s.disposisi.penjabaran.startswith("Kasi Tapem")
    assert [d.diterima_oleh for d in s.distribusi] == ["Budi Santoso", "Siti"]
    aksi = [
        r[0]
        for r in desk.conn.execute(
            "SELECT aksi FROM audit WHERE objek = ?", (f"surat_masuk:{s.id}",)
        )
    ]
    assert aksi == [
        "surat_masuk.catat",
        "surat_masuk.sampaikan",
        "surat_masuk.disposisi",
        "surat_masuk.jabarkan",
        "surat_masuk.distribusi",
    ]


def test_langkah_tidak_boleh_dilompati_atau_diulang(desk):
    desk.masuk("pengadministrasi", SANDI)
    s = desk.surat_masuk.catat(surat())
    desk.masuk("sekcam", SANDI)
    with pytest.raises(ValidationError, match="langkah 3"):
        desk.surat_masuk.jabarkan(s.id, "x")
    desk.masuk("pengadministrasi", SANDI)
    desk.surat_masuk.sampaikan(s.id)
    with pytest.raises(ValidationError, match="sudah dicatat"):
        desk.surat_masuk.sampaikan(s.id)


@pytest.mark.parametrize(
    "ubah, field, pesan",
    [
        (dict(pengirim="  "), "pengirim", "Pengirim belum diisi"),
        (dict(hal=""), "hal", "Hal surat belum diisi"),
        (
            dict(tanggal_surat=date(2026, 11, 25), tanggal_terima=date(2026, 11, 23)),
            "tanggal_surat",
            "sesudah tanggal terima",
        ),
        (dict(tanggal_terima=date(2026, 11, 25)), "tanggal_terima", "belum terjadi"),
        (dict(sifat="Kilat"), "sifat", "tidak dikenal"),
        (dict(kode_klasifikasi="abc"), "kode_klasifikasi", "Kode klasifikasi"),
    ],
)
def test_input_salah_tidak_menyimpan(desk, ubah, field, pesan):
    desk.masuk("pengadministrasi", SANDI)
    with pytest.raises(ValidationError, match=pesan) as e:
        desk.surat_masuk.catat(surat(**ubah))
    assert e.value.field == field
    assert desk.conn.execute("SELECT COUNT(*) FROM surat_masuk").fetchone()[0] == 0
    assert desk.conn.execute("SELECT COUNT(*) FROM nomor").fetchone()[0] == 0


def test_berkas_pindaian(desk, tmp_path):
    desk.masuk("pengadministrasi", SANDI)
    bukan = tmp_path / "surat.docx"
    bukan.write_bytes(b"PK\x03\x04 bukan pdf")
    with pytest.raises(ValidationError, match="PDF atau gambar") as e:
        desk.surat_masuk.catat(surat(berkas=bukan))
    assert e.value.field == "berkas"
    assert desk.conn.execute("SELECT COUNT(*) FROM nomor").fetchone()[0] == 0
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% pindaian\n")
    s = desk.surat_masuk.catat(surat(berkas=pdf))
    p = desk.surat_masuk.path_berkas(s.id)
    assert p.read_bytes() == pdf.read_bytes() and p.is_relative_to(desk.data_dir)
    p.write_bytes(b"%PDF-1.4\n% diubah\n")
    with pytest.raises(ValidationError, match="SHA-256"):
        desk.surat_masuk.path_berkas(s.id)


def test_amat_segera_di_atas_dan_untuk_pimpinan(desk):
    desk.masuk("pengadministrasi", SANDI)
    for i in range(5):
        desk.surat_masuk.catat(surat(hal=f"Surat biasa {i}"))
    urgent = desk.surat_masuk.catat(surat(hal="Laporan bencana longsor", sifat="amat segera"))
    for i in range(3):
        desk.surat_masuk.catat(surat(hal=f"Surat biasa lagi {i}"))
    assert urgent.sifat == "Sangat Segera"
    daftar = desk.surat_masuk.daftar()
    assert daftar[0].id == urgent.id and daftar[0].urgen
    assert len(daftar) == 9
    assert desk.surat_masuk.urgen_untuk_pimpinan() == []  # not for this role
    desk.masuk("camat", SANDI)
    assert [b.id for b in desk.surat_masuk.urgen_untuk_pimpinan()] == [urgent.id]


def test_rahasia_hanya_untuk_camat_sekcam_dan_penerima(desk):
    desk.masuk("admin", ADMIN_SANDI)
    desk.pengguna.ubah("kasubbag", jabatan="kasubbag_umum")
    desk.pengguna.tambah("tapem", "Budi Tapem", "operator", SANDI, jabatan="kasi_tapem")
    desk.masuk("pengadministrasi", SANDI)
    s = desk.surat_masuk.catat(
        surat(
            sifat="Rahasia",
            hal="Laporan dugaan pungli",
            ringkasan="isi rahasia",
            pengirim="Inspektorat Daerah",
        )
    )
    assert desk.surat_masuk.get(s.id).hal == "(RAHASIA)"
    assert desk.surat_masuk.daftar(FilterSurat(teks="pungli")) == []
    assert [b.hal for b in desk.surat_masuk.daftar(FilterSurat(teks="inspektorat"))] == [
        "(RAHASIA)"
    ]
    desk.surat_masuk.sampaikan(s.id)
    desk.masuk("camat", SANDI)
    assert desk.surat_masuk.get(s.id).hal == "Laporan dugaan pungli"
    desk.surat_masuk.disposisi(s.id, kepada=["kasi_tapem"], instruksi=["Proses lebih lanjut"])
    desk.masuk("tapem", SANDI)
    assert desk.surat_masuk.get(s.id).hal == "Laporan dugaan pungli"
    desk.masuk("kasubbag", SANDI)
    assert desk.surat_masuk.get(s.id).disembunyikan
    with pytest.raises(AksesDitolak):
        desk.surat_masuk.path_berkas(s.id)


def test_cari_dan_saring(desk):
    desk.masuk("pengadministrasi", SANDI)
    desk.surat_masuk.catat(
        surat(pengirim="Polsek Bawang", hal="Permohonan data keamanan", kode_klasifikasi="300.1")
    )
    desk.surat_masuk.catat(
        surat(pengirim="Puskesmas Bawang 1", hal="Laporan imunisasi", sifat="Segera")
    )
    desk.surat_masuk.catat(surat(pengirim="Kepala Desa Wanadri", hal="Pengantar pindah"))
    cari = lambda **kw: [b.pengirim for b in desk.surat_masuk.daftar(FilterSurat(**kw))]  # noqa: E731
    assert cari(teks="bawang") == ["Puskesmas Bawang 1", "Polsek Bawang"]
    assert cari(teks="imun") == ["Puskesmas Bawang 1"]
    assert cari(teks="470/1234") == ["Kepala Desa Wanadri", "Puskesmas Bawang 1", "Polsek Bawang"]
    assert cari(sifat="Segera") == ["Puskesmas Bawang 1"]
    assert cari(kode_klasifikasi="300") == ["Polsek Bawang"]
    assert cari(status="belum_disposisi") == [
        "Kepala Desa Wanadri",
        "Puskesmas Bawang 1",
        "Polsek Bawang",
    ]
    assert cari(teks='"; DROP TABLE x; --') == []
    assert desk.surat_masuk.jumlah(FilterSurat(teks="bawang")) == 2


def test_lewat_batas_waktu(desk, jam):
    desk.masuk("pengadministrasi", SANDI)
    s = desk.surat_masuk.catat(surat())
    desk.surat_masuk.sampaikan(s.id)
    desk.masuk("camat", SANDI)
    desk.surat_masuk.disposisi(
        s.id, kepada=["sekcam"], instruksi=["Untuk diketahui"], batas_waktu=date(2026, 11, 25)
    )
    assert desk.surat_masuk.daftar(FilterSurat(status="lewat_batas")) == []
    jam.maju(days=2)
    desk.buka_kunci(SANDI)  # two days idle: the session locked itself meanwhile
    assert [b.id for b in desk.surat_masuk.daftar(FilterSurat(status="lewat_batas"))] == [s.id]


def test_operator_tidak_mengubah_tanggal(desk):
    desk.masuk("operator", SANDI)
    s = desk.surat_masuk.catat(surat())
    with pytest.raises(AksesDitolak, match="Tanggal"):
        desk.surat_masuk.ubah(s.id, surat(tanggal_terima=date(2026, 11, 23)))
    s2 = desk.surat_masuk.ubah(s.id, surat(hal="Undangan rapat (diperbaiki)"))
    assert s2.hal == "Undangan rapat (diperbaiki)" and s2.nomor_agenda == s.nomor_agenda


def test_buku_agenda(desk):
    desk.masuk("pengadministrasi", SANDI)
    desk.surat_masuk.catat(surat())
    desk.surat_masuk.catat(surat(hal="Kedua", sifat="Sangat Segera", rahasia=True))
    rows = list(desk.surat_masuk.baris_buku(date(2026, 11, 1), date(2026, 11, 30)))
    assert [r[0] for r in rows] == ["001", "002"]
    assert rows[1][5] == "(RAHASIA)" and rows[1][6] == "Sangat Segera, Rahasia"
    assert len(rows[0]) == 11


def test_kueri_fts_aman():
    assert kueri_fts("") is None and kueri_fts("  -- ") is None
    assert kueri_fts('rapat "koordinasi') == '"rapat"* "koordinasi"*'
    assert normalisasi_sifat("AMAT  segera") == "Sangat Segera"


def test_buku_agenda_tidak_menahan_kunci_selama_baris_disusun(desk):
    """The book's rows are read first, then shaped: a read left open while each row was
    shaped in Python kept every save out for the whole book (rollback journal)."""
    from tests.helpers import bisa_simpan_sekarang

    desk.masuk("pengadministrasi", SANDI)
    desk.surat_masuk.catat(surat())
    desk.surat_masuk.catat(surat(hal="Kedua"))
    baris = desk.surat_masuk.baris_buku(date(2026, 11, 1), date(2026, 11, 30))
    assert next(baris)[0] == "001"
    assert bisa_simpan_sekarang(desk.path)
    assert [r[0] for r in baris] == ["002"]


def test_indeks_kecil_surat_sangat_segera_mengikuti_sifat_dan_status(desk):
    """The urgent open letters head every first page; finding them in the full search index
    read its lists for every keystroke (8-11 ms for one letter typed, on ten years of
    letters). A small index holds only the Sangat Segera letters not yet distributed."""

    def di_indeks(kata: str) -> list[int]:
        from tests.helpers import di_fts

        return di_fts(desk.conn, "surat_masuk_segera_fts", kata)

    desk.masuk("pengadministrasi", SANDI)
    segera = desk.surat_masuk.catat(surat(sifat="Sangat Segera", hal="Banjir longsor"))
    biasa = desk.surat_masuk.catat(surat(hal="Banjir tahunan"))
    assert di_indeks("banjir") == [segera.id]
    cari = desk.surat_masuk.daftar(FilterSurat(teks="banj"))
    assert [b.id for b in cari] == [segera.id, biasa.id] and cari[0].urgen
    desk.conn.execute("UPDATE surat_masuk SET hal = 'Tanah bergerak' WHERE id = ?", (segera.id,))
    assert di_indeks("banjir") == [] and di_indeks("tanah") == [segera.id]
    desk.conn.execute(
        "UPDATE surat_masuk SET status = 'didistribusikan' WHERE id = ?", (segera.id,)
    )
    assert di_indeks("tanah") == []
    desk.conn.execute("UPDATE surat_masuk SET sifat = 'Sangat Segera' WHERE id = ?", (biasa.id,))
    assert di_indeks("banjir") == [biasa.id]
    assert [b.id for b in desk.surat_masuk.daftar(FilterSurat(teks="banjir"))] == [biasa.id]
