"""SOP 003 in the core: an usulan KGB/KP walked through its eight steps by the roles the SOP
names, numbered in the surat keluar book of its code, and the result moving the next dates."""

from __future__ import annotations

from datetime import date

import pytest

from bawang_desk.core import kepegawaian as kp
from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.pengaturan import Kepegawaian
from tests.core.test_pegawai import NIP_A, NIP_B, NIP_C, NIP_PPPK, baru
from tests.helpers import SANDI

NIP_D = "198806062012062005"


@pytest.fixture
def kantor(desk):
    """A Kasi, two staff due on 1 December 2026 (KGB, and KP for one), a PPPK, a II/d."""
    desk.masuk("kasubbag", SANDI)
    p = desk.pegawai
    a = p.tambah(baru(NIP_A, golongan="III/d", tmt_pangkat=date(2024, 4, 1), mkg_tahun=18))
    b = p.tambah(
        baru(NIP_B, nama="Dewi Lestari", golongan="II/a", tmt_pangkat=date(2025, 12, 1),
             mkg_tahun=0, tmt_kgb=None, pendidikan="SLTA", atasan_nip=NIP_A,
             jenis_jabatan="pelaksana", jabatan="Pengadministrasi Umum")
    )  # fmt: skip
    c = p.tambah(
        baru(NIP_C, nama="Citra Handayani, S.E.", golongan="III/a", tmt_pangkat=date(2022, 12, 1),
             mkg_tahun=2, tmt_kgb=date(2024, 12, 1), mkg_kgb_tahun=4, atasan_nip=NIP_A,
             jenis_jabatan="pelaksana", jabatan="Pengelola Keuangan")
    )  # fmt: skip
    d = p.tambah(
        baru(NIP_PPPK, nama="Rina Wulandari", status="PPPK", golongan="IX", tmt_pangkat=date(2022, 2, 1),
             mkg_tahun=0, tmt_kgb=date(2024, 2, 1), mkg_kgb_tahun=2, atasan_nip=NIP_A)
    )  # fmt: skip
    e = p.tambah(
        baru(NIP_D, nama="Eko Prasetyo", golongan="II/d", tmt_pangkat=date(2022, 12, 1),
             mkg_tahun=9, tmt_kgb=None, pendidikan="SLTA", atasan_nip=NIP_A)
    )  # fmt: skip
    return {"a": a, "b": b, "c": c, "d": d, "e": e}


def test_usulan_kgb_delapan_langkah_sampai_hasil(desk, jam, kantor):
    b, c = kantor["b"], kantor["c"]
    buku = desk.pegawai.penjagaan_kgb()
    due = [j.pegawai.id for j in buku if j.tmt == date(2026, 12, 1)]
    assert set(due) == {b.id, c.id}
    assert next(j for j in buku if j.pegawai.id == b.id).mkg_ke == (1, 0)  # II/a: one year

    # 1. the Kasubbag reads the buku penjagaan and starts the usulan
    u = desk.usulan_kp.buat("kgb", [b.id, c.id])
    assert u.status == "disiapkan" and u.kode_klasifikasi == "800.1.11.13"
    assert [a.nama for a in u.anggota] == ["Dewi Lestari", "Citra Handayani, S.E."]
    ab = u.anggota[0]
    assert (ab.mkg_dari, ab.mkg_ke, ab.tmt_usul) == ((0, 0), (1, 0), date(2026, 12, 1))
    assert len(ab.dokumen) == 6 and ab.dokumen[0].item == "Fotokopi SK CPNS"
    with pytest.raises(ValidationError, match="sudah ada di usulan"):
        desk.usulan_kp.buat("kgb", [b.id])

    # 2. the Pengadministrasi tells them what to bring
    desk.masuk("pengadministrasi", SANDI)
    jam.maju(minutes=4)
    kurang = desk.usulan_kp.beritahu(u.id, "lewat grup WhatsApp")
    assert set(kurang) == {"Dewi Lestari", "Citra Handayani, S.E."}

    # 3. documents ticked against the catalog's KGB list; one missing blocks
    desk.usulan_kp.centang_semua(u.id, b.id)
    for d in u.anggota[1].dokumen[:-1]:
        desk.usulan_kp.centang(u.id, c.id, d.urutan)
    with pytest.raises(ValidationError, match="Berkas belum lengkap") as e:
        desk.usulan_kp.periksa_berkas(u.id)
    assert "Citra Handayani, S.E.: Fotokopi Penilaian Kinerja Pegawai" in str(e.value)
    assert "Dewi" not in str(e.value)
    assert desk.usulan_kp.get(u.id).dokumen_kurang == {
        "Citra Handayani, S.E.": ("Fotokopi Penilaian Kinerja Pegawai",)
    }
    with pytest.raises(ValidationError, match="tidak dapat dibuatkan konsep"):
        desk.usulan_kp.buat_konsep(u.id)
    desk.usulan_kp.centang(u.id, c.id, u.anggota[1].dokumen[-1].urutan)
    jam.maju(minutes=9)
    u = desk.usulan_kp.periksa_berkas(u.id)
    assert u.status == "berkas_lengkap"
    with pytest.raises(ValidationError, match="tidak dapat diubah berkasnya"):
        desk.usulan_kp.centang(u.id, c.id, 1, False)

    # 4. the draft pengantar is a surat keluar of the KGB code
    u = desk.usulan_kp.buat_konsep(u.id)
    sk = desk.surat_keluar.get(u.surat_keluar_id)
    assert sk.status == "konsep" and sk.kode_klasifikasi == "800.1.11.13"
    assert sk.tujuan == "Kepala Badan Kepegawaian Daerah Kabupaten Banjarnegara"
    assert sk.hal == "Usul Kenaikan Gaji Berkala" and u.nomor == ""

    # 5. the Operator E-Office sends and prints it: numbered now, in the 800.1.11.13 book
    desk.masuk("operator", SANDI)
    with pytest.raises(AksesDitolak):
        desk.usulan_kp.koreksi(u.id, setuju=True)
    u = desk.usulan_kp.kirim_eoffice(u.id)
    assert u.nomor == "800.1.11.13/001/2026" and u.tanggal_surat == date(2026, 11, 24)
    assert desk.surat_keluar.get(u.surat_keluar_id).status == "bernomor"
    reg = desk.penomoran.daftar("surat-keluar:800.1.11.13")
    assert [n.nomor_lengkap for n in reg] == ["800.1.11.13/001/2026"]

    # 6. the Camat corrects, then approves (the number stays)
    desk.masuk("pengadministrasi", SANDI)
    with pytest.raises(ValidationError, match="tidak dapat dikirim ke BKD"):
        desk.usulan_kp.kirim_bkd(u.id)
    desk.masuk("camat", SANDI)
    with pytest.raises(ValidationError, match="Tulis apa"):
        desk.usulan_kp.koreksi(u.id, setuju=False)
    u = desk.usulan_kp.koreksi(u.id, setuju=False, catatan="Lampiran: urutkan menurut NIP")
    assert u.status == "perbaikan"
    jam.maju(hours=2)
    desk.masuk("camat", SANDI)  # back after the idle lock
    u = desk.usulan_kp.koreksi(u.id, setuju=True)
    assert u.status == "dikoreksi" and u.nomor == "800.1.11.13/001/2026"
    sk = desk.surat_keluar.get(u.surat_keluar_id)
    assert sk.penandatangan == "Drs. Anton Risdianto, M.Si." and sk.mode_tanda_tangan == "camat"

    # 7. to BKD by hand (a Buku Ekspedisi line), 8. archived
    jam.maju(days=1)
    desk.masuk("pengadministrasi", SANDI)
    u = desk.usulan_kp.kirim_bkd(u.id, cara="Diantar langsung")
    eks = desk.surat_keluar.ekspedisi()
    assert [(x.nomor_surat, x.kepada) for x in eks] == [
        ("800.1.11.13/001/2026", "Kepala Badan Kepegawaian Daerah Kabupaten Banjarnegara")
    ]
    with pytest.raises(AksesDitolak):
        desk.usulan_kp.catat_hasil(u.id, b.id, nomor_sk="x")
    u = desk.usulan_kp.arsipkan(u.id)
    assert u.status == "diarsipkan"
    assert desk.surat_keluar.get(u.surat_keluar_id).status == "diarsipkan"
    assert [lk.langkah for lk in u.langkah] == [1, 2, 3, 4, 5, 6, 6, 7, 8]
    assert {lk.oleh for lk in u.langkah if lk.langkah == 5} == {"operator"}
    assert u.waktu_langkah(6).hour == 10 and u.waktu_langkah(7).day == 25

    # the SK comes back: the employee, the history and the next KGB move
    desk.masuk("kasubbag", SANDI)
    assert kp.kgb_pegawai(desk.pegawai.get(b.id)) == date(2026, 12, 1)
    u = desk.usulan_kp.catat_hasil(
        u.id, b.id, nomor_sk="822.3/123/BKD/2026", tanggal_sk=date(2026, 11, 25)
    )
    bb = desk.pegawai.get(b.id)
    assert (bb.tmt_kgb, bb.mkg_kgb_tahun, bb.mkg_kgb_bulan) == (date(2026, 12, 1), 1, 0)
    assert kp.kgb_pegawai(bb) == date(2028, 12, 1)  # II/a: 1 -> 3
    assert [r.nomor_sk for r in desk.pegawai.riwayat_kgb(b.id)] == ["822.3/123/BKD/2026"]
    assert b.id not in {j.pegawai.id for j in desk.pegawai.penjagaan_kgb()}
    with pytest.raises(ValidationError, match="sudah dicatat"):
        desk.usulan_kp.catat_hasil(u.id, b.id, nomor_sk="x")
    with pytest.raises(ValidationError, match="alasan"):
        desk.usulan_kp.catat_hasil(u.id, c.id, disetujui=False)
    u = desk.usulan_kp.catat_hasil(u.id, c.id, disetujui=False, catatan="SKP belum diunggah")
    assert u.selesai and desk.pegawai.get(c.id).tmt_kgb == date(2024, 12, 1)

    # the Buku Register KP/KGB
    rows = desk.usulan_kp.register()
    assert [(r.nama, r.nomor_surat) for r in rows] == [
        ("Dewi Lestari", "800.1.11.13/001/2026"),
        ("Citra Handayani, S.E.", "800.1.11.13/001/2026"),
    ]
    assert rows[0].dari == "II/a, MKG 0 th 0 bl" and rows[0].menjadi == "II/a, MKG 1 th 0 bl"
    assert rows[0].hasil.startswith("SK 822.3/123/BKD/2026") and "1 Desember 2026" in rows[0].hasil
    assert rows[1].hasil == "Tidak disetujui: SKP belum diunggah"
    assert sorted(rows[0].langkah) == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [r.nama for r in desk.usulan_kp.register(teks="citra")] == ["Citra Handayani, S.E."]
    assert len(desk.usulan_kp.register(teks="800.1.11.13/001")) == 2
    assert desk.usulan_kp.register(dari=date(2026, 12, 1)) == []
    aksi = {r[0] for r in desk.conn.execute("SELECT aksi FROM audit")}
    assert {"usulan_kp.buat", "usulan_kp.eoffice", "usulan_kp.hasil", "nomor.terbit"} <= aksi
    assert desk.periksa_integritas() == []


def test_usulan_kp_reguler_dan_hasilnya(desk, kantor):
    c, d, e = kantor["c"], kantor["d"], kantor["e"]
    buku = {j.pegawai.id: j for j in desk.pegawai.penjagaan_kp()}
    assert buku[c.id].tmt == date(2026, 12, 1) and buku[c.id].golongan_ke == "III/b"
    assert d.id not in buku  # PPPK get no KP
    with pytest.raises(ValidationError, match="PPPK tidak mendapat kenaikan pangkat"):
        desk.usulan_kp.buat("kp-reguler", [c.id, d.id])
    assert desk.conn.execute("SELECT COUNT(*) FROM usulan_kp").fetchone()[0] == 0
    with pytest.raises(ValidationError, match="bukan periode KP"):
        desk.usulan_kp.buat("kp-reguler", [c.id], periode=date(2026, 11, 2))
    # the period is judged by the rule in force on it: 1 Sep 2025 was none (six a year) ...
    with pytest.raises(ValidationError, match="Periode berikutnya: 1 Oktober 2025"):
        desk.usulan_kp.buat("kp-reguler", [c.id], periode=date(2025, 9, 1))
    assert desk.conn.execute("SELECT COUNT(*) FROM usulan_kp").fetchone()[0] == 0
    u = desk.usulan_kp.buat("kp-reguler", [c.id, e.id], periode=date(2026, 12, 1))
    assert u.kode_klasifikasi == "800.1.3.2"
    ac, ae = u.anggota
    assert (ac.golongan_dari, ac.golongan_ke) == ("III/a", "III/b")
    assert (ae.golongan_dari, ae.golongan_ke) == ("II/d", "III/a")
    # the STLUD applies only to II/d -> III/a (and III/d -> IV/a)
    assert not any("STLUD" in x.item for x in ac.dokumen)
    assert any("STLUD" in x.item for x in ae.dokumen)
    assert ae.mkg_ke == (kp.mkg_pada(date(2022, 12, 1), 9, 0, date(2026, 12, 1))[0] - 5, 0)

    for a in u.anggota:
        desk.usulan_kp.centang_semua(u.id, a.pegawai_id)
    desk.usulan_kp.beritahu(u.id)
    desk.usulan_kp.periksa_berkas(u.id)
    u = desk.usulan_kp.buat_konsep(u.id)
    assert desk.surat_keluar.get(u.surat_keluar_id).hal == (
        "Usul Kenaikan Pangkat Periode 1 Desember 2026"
    )
    u = desk.usulan_kp.kirim_eoffice(u.id)
    assert u.nomor == "800.1.3.2/001/2026"
    desk.masuk("sekcam", SANDI)
    u = desk.usulan_kp.koreksi(u.id, setuju=True)  # the Sekcam signs a.n. Camat
    assert desk.surat_keluar.get(u.surat_keluar_id).mode_tanda_tangan == "an"
    u = desk.usulan_kp.kirim_bkd(u.id, cara="E-Office")
    u = desk.usulan_kp.catat_hasil(u.id, c.id, nomor_sk="823.3/77/2026")
    cc = desk.pegawai.get(c.id)
    assert (cc.golongan, cc.tmt_pangkat, cc.pangkat) == (
        "III/b",
        date(2026, 12, 1),
        "Penata Muda Tk I",
    )
    assert kp.kp_pegawai(cc) == date(2030, 12, 1)
    assert [r.golongan for r in desk.pegawai.riwayat_pangkat(c.id)] == ["III/a", "III/b"]
    # MKG carried over: 2 years at Dec 2022 + 4 years; the next KGB counts from there
    assert (cc.mkg_tahun, cc.mkg_bulan) == (6, 0)
    assert kp.kgb_pegawai(cc) == date(2028, 12, 1)
    assert c.id not in {j.pegawai.id for j in desk.pegawai.penjagaan_kp()}


def test_kode_dan_tujuan_dari_pengaturan(desk, kantor):
    desk.masuk("kasubbag", SANDI)
    with pytest.raises(AksesDitolak):
        desk.pengaturan.simpan_kepegawaian(Kepegawaian(kode_kgb="800.1.11.14"))
    desk.masuk("sekcam", SANDI)
    with pytest.raises(ValidationError) as e:
        desk.pengaturan.simpan_kepegawaian(Kepegawaian(kode_kgb="KGB"))
    assert e.value.field == "kode_kgb"
    # well formed but not in the Permendagri 83/2022 scheme, and an old 78/2012 code
    with pytest.raises(ValidationError, match="tidak ada dalam Permendagri 83/2022"):
        desk.pengaturan.simpan_kepegawaian(Kepegawaian(kode_kgb="800.1.11.14"))
    with pytest.raises(ValidationError, match="kode lama Permendagri 78/2012"):
        desk.pengaturan.simpan_kepegawaian(Kepegawaian(kode_kgb="822"))
    desk.pengaturan.simpan_kepegawaian(
        Kepegawaian(kode_kgb="800.1.11", tujuan="Kepala BKPSDM Kabupaten Banjarnegara")
    )
    u = desk.usulan_kp.buat("kgb", [kantor["b"].id])
    assert u.kode_klasifikasi == "800.1.11" and u.tujuan.startswith("Kepala BKPSDM")
    for a in u.anggota:
        desk.usulan_kp.centang_semua(u.id, a.pegawai_id)
    desk.usulan_kp.beritahu(u.id)
    desk.usulan_kp.periksa_berkas(u.id)
    desk.usulan_kp.buat_konsep(u.id)
    assert desk.usulan_kp.kirim_eoffice(u.id).nomor == "800.1.11/001/2026"


def test_kp_penyesuaian_ijazah(desk, kantor):
    b = kantor["b"]
    with pytest.raises(ValidationError, match="tidak lebih tinggi"):
        desk.usulan_kp.buat("kp-ijazah", [b.id])
    desk.pegawai.ubah(
        b.id,
        baru(NIP_B, nama="Dewi Lestari, S.E.", golongan="II/a", tmt_pangkat=date(2025, 12, 1),
             mkg_tahun=0, tmt_kgb=None, pendidikan="S1", atasan_nip=NIP_A),
    )  # fmt: skip
    u = desk.usulan_kp.buat("kp-ijazah", [b.id], periode=date(2027, 2, 1))
    a = u.anggota[0]
    assert u.kode_klasifikasi == "800.1.4.2" and a.golongan_ke == "III/a"
    assert not any("tahun dalam pangkat" in w for w in a.peringatan)  # 1 year 2 months
    assert any("STLU" in d.item for d in a.dokumen)


def test_batal_setelah_bernomor(desk, kantor):
    u = desk.usulan_kp.buat("kgb", [kantor["c"].id])
    desk.usulan_kp.centang_semua(u.id, kantor["c"].id)
    desk.usulan_kp.beritahu(u.id)
    desk.usulan_kp.periksa_berkas(u.id)
    desk.usulan_kp.buat_konsep(u.id)
    u = desk.usulan_kp.kirim_eoffice(u.id)
    with pytest.raises(AksesDitolak, match="Sekcam atau Camat"):
        desk.usulan_kp.batalkan(u.id, "Pegawai pindah tugas")
    desk.masuk("sekcam", SANDI)
    u = desk.usulan_kp.batalkan(u.id, "Pegawai pindah tugas")
    assert u.status == "batal"
    n = desk.penomoran.daftar("surat-keluar:800.1.11.13")[0]
    assert n.batal and n.alasan_batal == "Pegawai pindah tugas"
    assert desk.surat_keluar.get(u.surat_keluar_id).status == "batal"
    # the employee may be proposed again
    desk.masuk("kasubbag", SANDI)
    assert desk.usulan_kp.buat("kgb", [kantor["c"].id]).status == "disiapkan"


def test_peran_usulan(desk, kantor):
    for p in ("operator", "pengadministrasi", "camat"):
        desk.masuk(p, SANDI)
        with pytest.raises(AksesDitolak):
            desk.usulan_kp.buat("kgb", [kantor["b"].id])
    desk.masuk("pengadministrasi", SANDI)
    with pytest.raises(AksesDitolak):
        desk.pegawai.tambah(baru("198001012005031007"))
    desk.masuk("sekcam", SANDI)
    assert desk.usulan_kp.buat("kgb", [kantor["b"].id]).id
    with pytest.raises(ValidationError, match="Jenis usulan"):
        desk.usulan_kp.buat("mutasi", [kantor["b"].id])
    with pytest.raises(ValidationError, match="paling sedikit satu"):
        desk.usulan_kp.buat("kp-reguler", [])


def test_buku_beranda_dan_usulan_memakai_aturan_periode_yang_sama(desk, jam):
    """Issue 16: on 2 December 2026 a KP reguler of 4 years on 1 January 2027 falls on that day
    (Peraturan BKN 4/2025: every 1st), not 1 February, in the buku penjagaan, the Beranda's
    "KP/KGB jatuh tempo" card and a new usulan alike."""
    from bawang_desk.core import beranda
    from bawang_desk.core.teks import tanggal_pendek

    jam.now = jam.now.replace(year=2026, month=12, day=2)
    desk.masuk("kasubbag", SANDI)
    a = desk.pegawai.tambah(baru(NIP_A, golongan="III/d", tmt_pangkat=date(2024, 4, 1)))
    b = desk.pegawai.tambah(
        baru(NIP_B, nama="Dewi Lestari", golongan="III/a", tmt_pangkat=date(2023, 1, 1),
             pendidikan="S1", atasan_nip=NIP_A, tmt_kgb=None, mkg_tahun=4,
             skp={2026: "Baik", 2025: "Baik"})
    )  # fmt: skip
    assert kp.periode_kp_berikutnya(jam.hari_ini()) == date(2027, 1, 1)
    buku = {j.pegawai.id: j.tmt for j in desk.pegawai.penjagaan_kp()}
    assert buku[b.id] == date(2027, 1, 1)
    kartu = beranda.daftar(desk, "kp_kgb")
    baris = [r for i, r in zip(kartu.ids, kartu.baris, strict=True) if i == b.id]
    assert [r[1] for r in baris if r[0] == "KP"] == [tanggal_pendek(date(2027, 1, 1))]
    u = desk.usulan_kp.buat("kp-reguler", [b.id])
    assert u.anggota[0].tmt_usul == date(2027, 1, 1)
    assert a.id not in buku
