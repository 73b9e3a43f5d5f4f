"""The Beranda's figures: counted from the registers, by role, each with the list behind it."""

from __future__ import annotations

from datetime import date

import pytest

from bawang_desk.core import beranda
from bawang_desk.core.errors import AksesDitolak
from bawang_desk.core.layanan import PemohonBaru, PermohonanBaru
from bawang_desk.core.surat_masuk import SuratMasukBaru
from tests.helpers import IDENTITAS, PENGANTAR, RUSAK, SANDI

KK = "3304051203150007"


def mohon(i: int, layanan: str = "skck") -> PermohonanBaru:
    nik = f"33040512039{i + 1:05d}"
    pem = PemohonBaru(nik, f"Pemohon {chr(65 + i)}", "Wanadri", "Dusun Krajan", **IDENTITAS)
    if layanan == "kk":
        return PermohonanBaru("kk", "rusak-hilang", pem, {"no_kk": KK, **RUSAK})
    return PermohonanBaru("skck", "umum", pem, {"keperluan": "Melamar pekerjaan", **PENGANTAR})


def sampai_ttd(desk, p: PermohonanBaru) -> int:
    desk.masuk("operator", SANDI)
    a = desk.layanan.baru(p)
    for s in a.syarat:
        desk.layanan.centang(a.id, s.urutan)
    desk.layanan.periksa(a.id)
    desk.layanan.minta_tanda_tangan(a.id)
    return a.id


def angka(desk) -> dict[str, beranda.Angka]:
    return {a.kunci: a for a in beranda.ringkasan(desk)}


def test_angka_layanan_mengikuti_register(desk, jam, tmp_path):
    # twenty days ago: one KK signed and handed to Dindukcapil without SIAK
    jam.maju(days=-20)
    kk = sampai_ttd(desk, mohon(0, "kk"))
    desk.masuk("camat", SANDI)
    desk.layanan.tandatangani(kk, mode="camat")
    desk.masuk("operator", SANDI)
    desk.layanan.proses(kk, siak_tersedia=False)
    desk.serah_terima.kirim(desk.serah_terima.buat([kk]).id, tmp_path)
    jam.maju(days=20)
    # today: one waiting for the signature, one handed over, one just received
    sampai_ttd(desk, mohon(1))
    selesai = sampai_ttd(desk, mohon(2))
    desk.masuk("sekcam", SANDI)
    desk.layanan.tandatangani(selesai, mode="an")
    desk.masuk("operator", SANDI)
    desk.layanan.serahkan(selesai)
    desk.layanan.baru(mohon(3))

    a = angka(desk)
    assert a["antrian"].nilai == 2 and a["antrian"].keterangan.startswith("3 permohonan masuk")
    assert a["selesai"].nilai == 1
    assert a["ttd"].nilai == 1 and a["ttd"].perlu_perhatian
    assert a["siak"].nilai == 1
    assert a["dindukcapil"].nilai == 1 and a["dindukcapil"].perlu_perhatian
    assert "urgen" not in a  # the operator does not dispose letters

    d = beranda.daftar(desk, "dindukcapil")
    assert d.ids == [kk] and d.tab == "serahTerimaTab" and d.baris[0][3] == "Pemohon A"
    assert [r[3] for r in beranda.daftar(desk, "antrian").baris] == ["Pemohon B", "Pemohon D"]
    assert beranda.daftar(desk, "selesai").ids == [selesai]
    # the KK comes back: the flag goes
    desk.layanan.kembali_dari_dindukcapil(kk)
    assert angka(desk)["dindukcapil"].nilai == 0


def test_kk_belum_14_hari_tidak_ditandai(desk, jam, tmp_path):
    jam.maju(days=-14)
    kk = sampai_ttd(desk, mohon(0, "kk"))
    desk.masuk("camat", SANDI)
    desk.layanan.tandatangani(kk, mode="camat")
    desk.masuk("operator", SANDI)
    desk.layanan.proses(kk, siak_tersedia=True)
    desk.serah_terima.kirim(desk.serah_terima.buat([kk]).id, tmp_path)
    jam.maju(days=14)
    desk.masuk("operator", SANDI)  # a new day's login (the idle lock has long closed)
    assert angka(desk)["dindukcapil"].nilai == 0
    jam.maju(days=1)
    desk.masuk("operator", SANDI)
    assert angka(desk)["dindukcapil"].nilai == 1


def test_sangat_segera_untuk_camat_sampai_didisposisi(desk, jam):
    desk.masuk("pengadministrasi", SANDI)
    s = desk.surat_masuk.catat(
        SuratMasukBaru(date(2026, 11, 24), "BPBD", "Tanah longsor", sifat="Sangat Segera")
    )
    desk.surat_masuk.catat(SuratMasukBaru(date(2026, 11, 24), "Dinas", "Undangan"))
    assert angka(desk)["urgen"].nilai == 1
    desk.masuk("camat", SANDI)
    a = angka(desk)
    assert a["urgen"].nilai == 1 and a["urgen"].perlu_perhatian
    d = beranda.daftar(desk, "urgen")
    assert d.ids == [s.id] and d.tab == "suratMasukTab" and d.baris[0][2] == "BPBD"
    desk.masuk("pengadministrasi", SANDI)
    desk.surat_masuk.sampaikan(s.id)
    desk.masuk("camat", SANDI)
    tujuan = desk.surat_masuk.pilihan_tujuan()[0][0]
    desk.surat_masuk.disposisi(s.id, kepada=[tujuan], instruksi=["Segera laksanakan"])
    assert angka(desk)["urgen"].nilai == 0


@pytest.mark.parametrize(
    ("username", "harap"),
    [
        ("operator", {"antrian", "selesai", "ttd", "dindukcapil", "siak"}),
        ("pengadministrasi", {"urgen"}),
        ("camat", {"antrian", "selesai", "urgen", "ttd"}),
        ("sekcam", {"antrian", "selesai", "urgen", "ttd", "dindukcapil", "siak"}),
    ],
)
def test_angka_per_peran(desk, username, harap):
    desk.masuk(username, SANDI)
    assert set(angka(desk)) >= harap
    assert not ({"antrian", "urgen", "ttd", "dindukcapil", "siak", "selesai"} - harap) & set(
        angka(desk)
    )


def test_daftar_yang_bukan_untuk_perannya_ditolak(desk):
    desk.masuk("pengadministrasi", SANDI)
    with pytest.raises(AksesDitolak):
        beranda.daftar(desk, "siak")
    desk.keluar()
    assert beranda.ringkasan(desk) == []


def test_kp_kgb_jatuh_tempo_untuk_kasubbag_sesuai_buku_penjagaan(desk):
    from bawang_desk.core.pegawai_contoh import isi_pegawai_contoh

    desk.masuk("kasubbag", SANDI)
    isi_pegawai_contoh(desk, 60, seed=7)
    jatuh = desk.pegawai.segera(2)
    assert jatuh  # a 60-person office has someone due within two months
    a = angka(desk)["kp_kgb"]
    assert a.nilai == len(jatuh) and a.perlu_perhatian
    d = beranda.daftar(desk, "kp_kgb")
    assert d.ids == [j.pegawai.id for j in jatuh] and d.tab == "kepegawaianTab"
    assert {r[0].split()[0] for r in d.baris} <= {"KP", "KGB"}
    desk.masuk("operator", SANDI)
    assert "kp_kgb" not in angka(desk)


def test_cadangan_terakhir_untuk_semua_dan_peringatan_bila_usang(desk, jam):
    from bawang_desk.core.cadangan import cadangkan

    desk.masuk("operator", SANDI)
    a = angka(desk)["cadangan"]
    # a database made today: no backup yet is not an alarm, nor "more than a day ago"
    assert a.nilai == "Belum ada" and not a.perlu_perhatian
    assert "Belum ada cadangan" in a.keterangan and "sehari" not in a.keterangan
    cadangkan(desk.path, sekarang=jam())
    a = angka(desk)["cadangan"]
    assert a.nilai == "24-11-2026 08.00" and not a.perlu_perhatian
    assert len(beranda.daftar(desk, "cadangan").baris) == 1
    jam.maju(days=1, minutes=1)
    desk.masuk("operator", SANDI)
    assert angka(desk)["cadangan"].perlu_perhatian


def test_langkah_sop_terlambat_di_beranda_peran_yang_menangani(desk, jam):
    desk.masuk("sekcam", SANDI)
    run = desk.pelacakan.mulai("kinerja-pengukuran", jam(), judul="Pengukuran Kinerja 2026")
    assert angka(desk)["sop"].nilai == 0
    desk.keluar()
    jam.maju(days=30)  # every minute-scale step is long past its deadline
    for lk in run.langkah:
        desk.masuk(lk.peran, SANDI)
        a = angka(desk)["sop"]
        mine = [x for x in desk.pelacakan.terlambat(lk.peran, jam()) if x.pelacakan_id == run.id]
        assert a.nilai == len(mine) and a.perlu_perhatian
        d = beranda.daftar(desk, "sop")
        assert set(d.ids) == {run.id} and d.tab == "pelacakanTab"
        assert d.baris[0][0] == "Pengukuran Kinerja 2026"


def test_ikm_bulan_berjalan_untuk_sekcam_dan_camat(desk):
    from bawang_desk.core.skm import Jawaban

    desk.masuk("operator", SANDI)
    assert "ikm" not in angka(desk)
    desk.masuk("pengadministrasi", SANDI)
    assert "ikm" not in angka(desk)
    desk.masuk("camat", SANDI)
    a = angka(desk)["ikm"]
    assert a.nilai == "-" and "Belum ada responden" in a.keterangan and not a.perlu_perhatian
    desk.masuk("pengadministrasi", SANDI)
    desk.skm.simpan_kertas("kk", date(2026, 11, 2), Jawaban((3, 3, 3, 2, 2, 3, 3, 2, 2)))
    desk.skm.simpan_kertas("kk", date(2026, 10, 2), Jawaban((4,) * 9))  # last month: not counted
    for username in ("sekcam", "camat"):
        desk.masuk(username, SANDI)
        a = angka(desk)["ikm"]
        # Σ NRR = 23, × 1/9 × 25 = 63.888... -> 63.89, mutu D: it needs attention
        assert a.nilai == "63,89 (D)" and a.perlu_perhatian
        assert a.keterangan == "Tidak Baik, 1 responden, November 2026"
    d = beranda.daftar(desk, "ikm")
    assert d.baris[3][:5] == ("U4", "Biaya/tarif", "1", "2,000", "D (Tidak Baik)")
    assert [r[0] for r in d.baris if r[5] == "terendah"] == ["U4", "U5", "U8", "U9"]


def test_surat_di_meja_pejabat_tetap_menunggu_tanda_tangan(desk, jam):
    """Issue 14: a letter printed for signing (or sent back) is still waiting for a signature
    and still open work; the Beranda must not lose it between the counter and the official."""
    from bawang_desk.core.atas_nama import AtasNama

    dicetak = sampai_ttd(desk, mohon(0))
    desk.layanan.cetak_untuk_ttd(dicetak, mode="camat")
    kembali = sampai_ttd(desk, mohon(1))
    desk.layanan.cetak_untuk_ttd(kembali, mode="camat")
    desk.layanan.dikembalikan(kembali, "Nama salah ketik")
    a = angka(desk)
    assert a["ttd"].nilai == 2
    assert set(beranda.daftar(desk, "ttd").ids) == {dicetak, kembali}
    assert a["antrian"].nilai == 2
    desk.layanan.sudah_ditandatangani(dicetak, AtasNama("camat"))
    assert angka(desk)["ttd"].nilai == 1


def test_tanpa_cadangan_sama_sekali_setelah_sehari_perlu_perhatian(desk, jam):
    jam.maju(days=2)
    desk.masuk("operator", SANDI)
    a = angka(desk)["cadangan"]
    assert a.perlu_perhatian and a.keterangan == "Belum ada cadangan: buat cadangan sekarang"
