"""The staff roster in the core: records and history, bad input saving nothing, superiors without
loops, who may edit, and the roster import (CSV and XLSX) all rows or none with line numbers."""

from __future__ import annotations

from datetime import date

import pytest

from bawang_desk.core import peran
from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.impor_pegawai import ImporDitolak
from bawang_desk.core.pegawai import PegawaiBaru
from tests.helpers import ADMIN_SANDI, SANDI

# born 1 Jan 1980, TMT CPNS March 2005, male, serial 001..
NIP_A = "198001012005031001"
NIP_B = "198502022009041002"
NIP_C = "199003032015052003"
NIP_PPPK = "199104042022211004"  # NI PPPK: appointment year 2022 and "21"


def baru(nip=NIP_A, **kw) -> PegawaiBaru:
    d = dict(
        nip=nip,
        nama="Slamet Riyadi, S.Sos.",
        golongan="III/c",
        tmt_pangkat=date(2021, 4, 1),
        mkg_tahun=12,
        mkg_bulan=0,
        tmt_kgb=date(2023, 4, 1),
        mkg_kgb_tahun=14,
        jabatan="Kepala Seksi Tata Pemerintahan",
        jenis_jabatan="struktural",
        pendidikan="S1",
        skp={2025: "Baik", 2024: "baik"},
    )
    d.update(kw)
    return PegawaiBaru(**d)


def _jumlah(desk, tabel="pegawai"):
    return desk.conn.execute(f"SELECT COUNT(*) FROM {tabel}").fetchone()[0]


def test_tambah_dan_riwayat(desk):
    desk.masuk("kasubbag", SANDI)
    a = desk.pegawai.tambah(baru())
    assert a.nip == NIP_A and a.pangkat == "Penata" and a.tmt_cpns == date(2005, 3, 1)
    assert a.predikat_skp(2024) == "Baik"
    b = desk.pegawai.tambah(
        baru(NIP_B, nama="Dewi Lestari", golongan="iii/a", atasan_nip="19800101 200503 1 001",
             jenis_jabatan="JFU", pendidikan="s-1", tmt_kgb=None, mkg_tahun=2)
    )  # fmt: skip
    assert b.atasan_id == a.id and b.golongan == "III/a" and b.jenis_jabatan == "pelaksana"
    assert b.pendidikan == "S1"
    rp = desk.pegawai.riwayat_pangkat(a.id)
    assert [(r.golongan, r.tmt) for r in rp] == [("III/c", date(2021, 4, 1))]
    assert [(r.tmt, r.mkg_tahun) for r in desk.pegawai.riwayat_kgb(a.id)] == [
        (date(2023, 4, 1), 14)
    ]
    # a correction of the golongan adds a line to the history
    desk.pegawai.ubah(a.id, baru(golongan="III/d", tmt_pangkat=date(2025, 4, 1), mkg_tahun=16))
    assert [r.golongan for r in desk.pegawai.riwayat_pangkat(a.id)] == ["III/c", "III/d"]
    aksi = [r[0] for r in desk.conn.execute("SELECT aksi FROM audit ORDER BY id")]
    assert aksi.count("pegawai.tambah") == 2 and "pegawai.ubah" in aksi


def test_mkg_kgb_dihitung_bila_kosong(desk):
    desk.masuk("sekcam", SANDI)
    a = desk.pegawai.tambah(baru(mkg_kgb_tahun=None, tmt_kgb=date(2023, 4, 1)))
    assert (a.mkg_kgb_tahun, a.mkg_kgb_bulan) == (14, 0)  # 12 years at TMT pangkat + 2


def test_pppk(desk):
    desk.masuk("kasubbag", SANDI)
    p = desk.pegawai.tambah(
        baru(NIP_PPPK, nama="Rina Wulandari", status="pppk", golongan="9",
             tmt_pangkat=date(2022, 2, 1), mkg_tahun=0, tmt_kgb=None, pendidikan="S1")
    )  # fmt: skip
    assert p.status == "PPPK" and p.golongan == "IX" and p.pangkat == "" and p.tmt_cpns is None
    with pytest.raises(ValidationError, match="Golongan PPPK") as e:
        desk.pegawai.tambah(baru(NIP_C, status="PPPK", golongan="III/a"))
    assert e.value.field == "golongan"


@pytest.mark.parametrize(
    ("ubah", "field", "pesan"),
    [
        (dict(golongan="III/f"), "golongan", "Golongan 'III/f' tidak ada"),
        (dict(golongan="V/a"), "golongan", "tidak ada"),
        (dict(nip="198001012005131001"), "nip", "Bulan TMT CPNS"),
        (dict(tmt_kgb=date(2004, 1, 1), mkg_kgb_tahun=0), "tmt_kgb", "sebelum TMT CPNS"),
        (dict(tmt_pangkat=date(2005, 1, 1)), "tmt_pangkat", "sebelum TMT CPNS"),
        (dict(tmt_kgb=date(2023, 4, 15)), "tmt_kgb", "tanggal 1"),
        (dict(atasan_nip=NIP_A), "atasan", "itu sendiri"),
        (dict(atasan_nip=NIP_C), "atasan", "tidak ada di daftar pegawai"),
        (dict(mkg_bulan=12), "mkg_bulan", "0 sampai 11"),
        (dict(pendidikan="Kursus"), "pendidikan", "tidak dikenal"),
        (dict(status="Honorer"), "status", "tidak dikenal"),
        (dict(nama="Slamet 2"), "nama", "angka"),
        (dict(skp={2025: "Lumayan"}), "skp", "Predikat SKP"),
    ],
)
def test_masukan_salah_tidak_menyimpan(desk, ubah, field, pesan):
    desk.masuk("kasubbag", SANDI)
    audit = _jumlah(desk, "audit")
    with pytest.raises(ValidationError, match=pesan) as e:
        desk.pegawai.tambah(baru(**ubah))
    assert e.value.field == field
    assert _jumlah(desk) == 0 and _jumlah(desk, "riwayat_pangkat") == 0
    assert _jumlah(desk, "audit") == audit


def test_atasan_lingkaran_ditolak(desk):
    desk.masuk("kasubbag", SANDI)
    a = desk.pegawai.tambah(baru(NIP_A))
    b = desk.pegawai.tambah(baru(NIP_B, nama="Budi", atasan_nip=NIP_A))
    c = desk.pegawai.tambah(baru(NIP_C, nama="Citra", atasan_nip=NIP_B))
    with pytest.raises(ValidationError, match="lingkaran") as e:
        desk.pegawai.atur_atasan(a.id, c.id)  # A -> C -> B -> A
    assert "Slamet Riyadi" in str(e.value) and "Citra" in str(e.value)
    with pytest.raises(ValidationError, match="lingkaran"):
        desk.pegawai.ubah(a.id, baru(NIP_A, atasan_nip=NIP_B))
    with pytest.raises(ValidationError, match="itu sendiri"):
        desk.pegawai.atur_atasan(b.id, b.id)
    assert desk.pegawai.get(a.id).atasan_id is None  # nothing half-saved
    assert desk.pegawai.atur_atasan(c.id, a.id).atasan_id == a.id


def test_hanya_kasubbag_dan_sekcam_mengubah(desk):
    boleh = set()
    for i, p in enumerate(peran.PERAN):
        desk.masuk(p, ADMIN_SANDI if p == peran.ADMIN else SANDI)
        nip = f"19800101200503100{i + 1}"
        try:
            desk.pegawai.tambah(baru(nip, nama=f"Pegawai {'ABCDEF'[i]}"))
        except AksesDitolak:
            continue
        boleh.add(p)
    assert boleh == {peran.KASUBBAG, peran.SEKCAM}
    for p in (peran.OPERATOR, peran.ADMIN):
        desk.masuk(p, ADMIN_SANDI if p == peran.ADMIN else SANDI)
        with pytest.raises(AksesDitolak):
            desk.pegawai.daftar()
        with pytest.raises(AksesDitolak):
            desk.pegawai.impor(b"NIP;Nama;Golongan;TMT Pangkat\n", "a.csv")
    desk.masuk("camat", SANDI)
    assert len(desk.pegawai.daftar()) == 2  # the Camat reads, does not edit
    with pytest.raises(AksesDitolak):
        desk.pegawai.catat_skp(desk.pegawai.daftar()[0].id, 2025, "Baik")


# --------------------------------------------------------------------------- import

KEPALA = (
    "NIP;Nama;Gol/Ruang;TMT Pangkat;MKG Tahun;MKG Bulan;TMT KGB;Jabatan;Jenis Jabatan;"
    "Pendidikan Terakhir;NIP Atasan;Status;SKP"
)


def _csv(*baris: str, kepala: str = KEPALA, bom: bool = True) -> bytes:
    teks = "\r\n".join((kepala, *baris)) + "\r\n"
    return (b"\xef\xbb\xbf" if bom else b"") + teks.encode("utf-8")


def test_impor_csv_bom_titik_koma_dan_atasan(desk):
    desk.masuk("kasubbag", SANDI)
    desk.pegawai.tambah(baru(NIP_A))  # the superior is already on file
    data = _csv(
        f"'{NIP_B};Dewi Lestari;III/a;01-04-2022;2;0;;Pengolah Data;pelaksana;S1;{NIP_A};PNS;Baik",
        f'{NIP_C};=HYPERLINK("x");II/a;2015-05-01;0;0;01/05/2025;Pengemudi;JFU;SLTA;{NIP_B};'
        "CPNS;Baik",
    )
    with pytest.raises(ImporDitolak) as e:
        desk.pegawai.impor(data, "roster.csv")
    # the formula-looking name was read as text and refused as a name, not evaluated
    assert [(k.baris, k.kolom) for k in e.value.kesalahan] == [(3, "nama")]
    assert _jumlah(desk) == 1
    data = data.replace(b'=HYPERLINK(\\"x\\")', b"Joko").replace(b'=HYPERLINK("x")', b"Joko")
    hasil = desk.pegawai.impor(data, "roster.csv")
    assert (hasil.ditambah, hasil.diperbarui) == (2, 0)
    b, c = desk.pegawai.by_nip(NIP_B), desk.pegawai.by_nip(NIP_C)
    assert b.atasan_id == desk.pegawai.by_nip(NIP_A).id and c.atasan_id == b.id
    assert c.tmt_kgb == date(2025, 5, 1) and c.status == "CPNS" and c.pendidikan == "SLTA"
    assert b.predikat_skp(2025) == "Baik"  # the import's year is 2026
    # importing again updates, it does not duplicate
    hasil = desk.pegawai.impor(data.replace(b"Dewi Lestari", b"Dewi Lestari, S.Kom."), "r.csv")
    assert (hasil.ditambah, hasil.diperbarui) == (0, 2)
    assert desk.pegawai.by_nip(NIP_B).nama == "Dewi Lestari, S.Kom."


def test_impor_koma_tanpa_bom(desk):
    desk.masuk("sekcam", SANDI)
    data = _csv(
        f'{NIP_A},"Riyadi, Slamet",III/c,1 April 2021,12,0',
        kepala="nip,nama,golongan,tmt pangkat,mkg tahun,mkg bulan",
        bom=False,
    )
    assert desk.pegawai.impor(data, "a.csv").ditambah == 1
    assert desk.pegawai.by_nip(NIP_A).nama == "Riyadi, Slamet"


def test_impor_semua_atau_tidak_sama_sekali(desk):
    desk.masuk("kasubbag", SANDI)
    data = _csv(
        f"{NIP_A};Slamet;III/c;01-04-2021;12;0;;Kasi;struktural;S1;;PNS;Baik",
        f'{NIP_B};"Dewi\nLestari";III/z;01-04-2022;2;0;;Staf;pelaksana;S1;{NIP_A};PNS;',
        f"{NIP_C};Citra;III/a;01-04-2014;0;0;;Staf;pelaksana;S1;{NIP_A};PNS;Baik",
        f"{NIP_A};Slamet Lagi;III/c;01-04-2021;12;0;;Kasi;struktural;S1;;PNS;Baik",
        "198001012005031009;Eko;II/a;01-04-2021;0;0;01-01-2001;Staf;pelaksana;SLTA;;PNS;",
    )
    with pytest.raises(ImporDitolak) as e:
        desk.pegawai.impor(data, "roster.csv")
    salah = [(k.baris, k.kolom) for k in e.value.kesalahan]
    # line 3 holds a quoted line break, so the next rows sit one line further down
    assert salah == [(3, "golongan"), (5, "tmt_pangkat"), (6, "nip"), (7, "tmt_kgb")]
    pesan = str(e.value)
    assert "Tidak ada data yang disimpan" in pesan
    assert "Baris 3 (golongan): Golongan 'III/z' tidak ada" in pesan
    assert "Baris 6 (nip): NIP 198001012005031001 sudah ada di baris 2" in pesan
    assert "sebelum TMT CPNS" in pesan
    assert _jumlah(desk) == 0 and _jumlah(desk, "riwayat_pangkat") == 0


def test_impor_lingkaran_atasan_dalam_berkas(desk):
    desk.masuk("kasubbag", SANDI)
    data = _csv(
        f"{NIP_A};Slamet;III/c;01-04-2021;12;0;;Kasi;struktural;S1;{NIP_C};PNS;Baik",
        f"{NIP_B};Dewi;III/a;01-04-2022;2;0;;Staf;pelaksana;S1;{NIP_A};PNS;Baik",
        f"{NIP_C};Citra;III/a;01-04-2022;0;0;;Staf;pelaksana;S1;{NIP_B};PNS;Baik",
        "198001012005031009;Eko;III/a;01-04-2022;0;0;;Staf;pelaksana;S1;198001012005031009;PNS;",
    )
    with pytest.raises(ImporDitolak) as e:
        desk.pegawai.impor(data, "roster.csv")
    assert [(k.baris, k.kolom) for k in e.value.kesalahan] == [
        (2, "atasan"),
        (3, "atasan"),
        (4, "atasan"),
        (5, "atasan"),
    ]
    assert "lingkaran" in e.value.kesalahan[0].pesan
    assert "itu sendiri" in e.value.kesalahan[3].pesan
    assert _jumlah(desk) == 0


def test_impor_kolom_wajib_dan_berkas_kosong(desk):
    desk.masuk("kasubbag", SANDI)
    with pytest.raises(ImporDitolak, match="kolom TMT Pangkat tidak ditemukan"):
        desk.pegawai.impor(_csv(f"{NIP_A};Slamet;III/c", kepala="NIP;Nama;Golongan"), "a.csv")
    with pytest.raises(ValidationError, match="kosong"):
        desk.pegawai.impor(b"\xef\xbb\xbf\r\n", "a.csv")
    with pytest.raises(ValidationError, match="tanpa data"):
        desk.pegawai.impor(_csv(), "a.csv")


def test_impor_xlsx(desk, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["NIP", "Nama Pegawai", "Golongan/Ruang", "TMT Golongan", "MK Gol Tahun",
               "Atasan Langsung (NIP)", "Status Kepegawaian", "Pendidikan"])  # fmt: skip
    ws.append([NIP_A, "Slamet Riyadi", "III/c", date(2021, 4, 1), 12, None, "PNS", "S1"])
    ws.append([NIP_B, "=1+1", "III/a", "01-04-2022", 2, NIP_A, "PNS", "S1"])
    ws.append([1.98502022009041e17, "Budi", "III/a", date(2022, 4, 1), 2, NIP_A, "PNS", "S1"])
    path = tmp_path / "roster.xlsx"
    wb.save(path)
    with pytest.raises(ImporDitolak) as e:
        desk.masuk("kasubbag", SANDI)
        desk.pegawai.impor(path)
    assert [(k.baris, k.kolom) for k in e.value.kesalahan] == [(3, "nama"), (4, "nip")]
    assert "Format kolom NIP sebagai Teks" in e.value.kesalahan[1].pesan
    ws.delete_rows(4)
    ws["B3"] = "Dewi Lestari"
    wb.save(path)
    assert desk.pegawai.impor(path).ditambah == 2
    assert desk.pegawai.by_nip(NIP_B).atasan_id == desk.pegawai.by_nip(NIP_A).id
    assert desk.pegawai.by_nip(NIP_A).tmt_pangkat == date(2021, 4, 1)
    assert (
        desk.conn.execute("SELECT rincian FROM audit WHERE aksi = 'pegawai.impor'")
        .fetchone()[0]
        .count("roster.xlsx")
    )


def test_catat_skp(desk):
    desk.masuk("kasubbag", SANDI)
    a = desk.pegawai.tambah(baru())
    a = desk.pegawai.catat_skp(a.id, 2026, "sangat baik")
    assert a.predikat_skp(2026) == "Sangat Baik"
    with pytest.raises(ValidationError, match="Tahun SKP"):
        desk.pegawai.catat_skp(a.id, 2030, "Baik")


def test_ni_pppk_dan_nip_angka_non_ascii_disimpan_ascii():
    """Issue 13 item 12: an NI PPPK or NIP in Arabic-Indic or fullwidth digits was refused as
    "not digits"; it is the same number, read and stored as ASCII."""
    from bawang_desk.core.pegawai import nomor_induk

    arab = "".join(chr(0x0660 + int(c)) for c in NIP_PPPK)
    assert nomor_induk(arab, "PPPK") == (NIP_PPPK, None)
    lebar = "".join(chr(0xFF10 + int(c)) for c in NIP_A)
    assert nomor_induk(lebar, "PNS")[0] == NIP_A
