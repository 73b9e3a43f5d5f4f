"""Counter services in the core: intake, checklist, signature with number and code, hand-over."""

from __future__ import annotations

from datetime import date

import pytest

from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.layanan import PemohonBaru, PermohonanBaru
from tests.helpers import ADMIN_SANDI, IDENTITAS, PENGANTAR, RUSAK, SANDI, SURAT_USAHA

NIK = "3304051203900001"
KK = "3304051203150007"


def pemohon(**kw) -> PemohonBaru:
    d = dict(
        nik=NIK,
        nama="Slamet Riyadi",
        desa="wanadri",
        alamat="Dusun Krajan",
        rt="2",
        rw="3",
        tempat_lahir="Banjarnegara",
    )
    d.update(kw)
    return PemohonBaru(**(IDENTITAS | d))


def skck(**kw) -> PermohonanBaru:
    return PermohonanBaru(
        "skck", "umum", pemohon(**kw), {"keperluan": "Melamar pekerjaan", **PENGANTAR}
    )


def siap_ttd(desk, p=None):
    desk.masuk("operator", SANDI)
    a = desk.layanan.baru(p or skck())
    for s in a.syarat:
        desk.layanan.centang(a.id, s.urutan)
    desk.layanan.periksa(a.id)
    return desk.layanan.minta_tanda_tangan(a.id)


def test_skck_dari_antrian_sampai_diserahkan(desk, jam):
    desk.masuk("operator", SANDI)
    mulai = jam.now
    jam.maju(minutes=2)
    a = desk.layanan.baru(skck(), mulai=mulai)
    assert a.status == "antrian" and a.desa == "Wanadri" and a.data["pemohon"]["rt"] == "002"
    assert next(s.item for s in a.syarat).startswith("Surat pengantar")
    with pytest.raises(ValidationError, match="Persyaratan belum lengkap"):
        desk.layanan.periksa(a.id)
    for s in a.syarat:
        desk.layanan.centang(a.id, s.urutan)
    jam.maju(minutes=4)
    desk.layanan.periksa(a.id)
    desk.layanan.minta_tanda_tangan(a.id)
    with pytest.raises(AksesDitolak):
        desk.layanan.tandatangani(a.id, mode="camat")
    desk.masuk("sekcam", SANDI)
    a = desk.layanan.tandatangani(a.id, mode="an")
    assert a.status == "siap_diserahkan" and a.nomor == "100.2.2.5/001/SKCK/2026"
    assert a.penandatangan["nama"] == "Siti Nur'aini, S.Sos." and a.penandatangan["mode"] == "an"
    assert desk.layanan.verifikasi(a.kode_verifikasi).id == a.id
    palsu = a.kode_verifikasi[:-1] + ("A" if a.kode_verifikasi[-1] != "A" else "B")
    assert desk.layanan.verifikasi(palsu) is None
    desk.masuk("operator", SANDI)
    a = desk.layanan.serahkan(a.id)
    assert a.status == "selesai"
    assert [lk.langkah for lk in a.langkah] == [1, 2, 3, 4, 5, 6]
    assert a.langkah[0].durasi.total_seconds() == 120 and not a.langkah[0].lewat_baku
    assert a.langkah[1].durasi.total_seconds() == 240


def test_bad_input_tidak_menyimpan(desk):
    desk.masuk("operator", SANDI)
    for p, field in [
        (skck(nik="330405120390000"), "nik"),  # 15 digits
        (skck(tanggal_lahir=date(1990, 3, 13)), "nik"),  # disagrees with the NIK
        (skck(desa="Kalibening"), "desa"),  # not a desa of Bawang
        (PermohonanBaru("skck", "umum", pemohon(), {}), "keperluan"),
        (
            PermohonanBaru(
                "pindah", "umum", pemohon(), {"no_kk": KK, "tujuan_kecamatan": "Bawang"}
            ),
            "tujuan_kecamatan",
        ),
        (PermohonanBaru("kredit-bank", "umum", pemohon(), {"jumlah": "0"}), "jumlah"),
        (PermohonanBaru("skck", "tidak-ada", pemohon(), {"keperluan": "x"}), "varian"),
    ]:
        with pytest.raises(ValidationError) as e:
            desk.layanan.baru(p)
        assert e.value.field == field, (field, str(e.value))
    assert desk.conn.execute("SELECT COUNT(*) FROM permohonan").fetchone()[0] == 0


def test_ktp_untuk_yang_belum_17_tahun_ditolak(desk):
    desk.masuk("operator", SANDI)
    muda = "3304051201100001"  # born 12-01-2010
    with pytest.raises(ValidationError, match="17 tahun") as e:
        desk.layanan.baru(
            PermohonanBaru(
                "ktp-el",
                "baru",
                pemohon(nik=muda, status_perkawinan="Belum Kawin"),
                {"no_kk": KK},
            )
        )
    assert e.value.field == "kawin"
    a = desk.layanan.baru(
        PermohonanBaru("ktp-el", "baru", pemohon(nik=muda), {"no_kk": KK, "kawin": True})
    )
    assert a.data["kawin"] is True


def test_sekcam_meloloskan_syarat_dengan_alasan(desk):
    desk.masuk("operator", SANDI)
    a = desk.layanan.baru(skck())
    with pytest.raises(AksesDitolak):
        desk.layanan.lewati_syarat(a.id, "Pemohon sudah dikenal baik oleh petugas")
    desk.masuk("sekcam", SANDI)
    with pytest.raises(ValidationError, match="alasan"):
        desk.layanan.lewati_syarat(a.id, "ok")
    a = desk.layanan.lewati_syarat(a.id, "Fotokopi KK menyusul besok, pemohon mendesak")
    assert a.syarat_lengkap and a.syarat_dilewati.startswith("Fotokopi")
    desk.masuk("operator", SANDI)
    assert desk.layanan.periksa(a.id).status == "diperiksa"


def test_kasi_menandatangani_ub_sesuai_sop(desk):
    desk.masuk("admin", ADMIN_SANDI)
    desk.pengguna.tambah("trantib", "Agus Trantib", "operator", SANDI, jabatan="kasi_trantibum")
    from bawang_desk.core.pengaturan import Pejabat

    pj = desk.pengaturan.semua_pejabat()
    pj["kasi_trantibum"] = Pejabat(
        "kasi_trantibum", "Agus Santoso, S.H.", "III/c", "198207112009011004"
    )
    desk.pengaturan.simpan(pejabat=pj)
    a = siap_ttd(desk)
    desk.masuk("trantib", SANDI)
    a = desk.layanan.tandatangani(a.id, mode="ub")
    assert a.penandatangan["jabatan"] == "kasi_trantibum"
    b = siap_ttd(
        desk,
        PermohonanBaru(
            "kredit-bank",
            "umum",
            pemohon(),
            {
                **PENGANTAR,
                **SURAT_USAHA,
                "bank": "BRI",
                "jumlah": "5.000.000",
                "usaha": "Warung",
                "agunan_jenis": "BPKB",
                "agunan_nomor": "K-1",
                "agunan_pemilik": "Slamet",
                "agunan_nilai": "8.000.000",
            },
        ),
    )
    desk.masuk("trantib", SANDI)
    with pytest.raises(AksesDitolak):  # SOP 007 names no Kasi Trantibum
        desk.layanan.tandatangani(b.id, mode="ub")


def test_gagal_sebelum_commit_tidak_memakai_nomor(desk, monkeypatch):
    a = siap_ttd(desk)
    desk.masuk("camat", SANDI)
    from bawang_desk.core import verifikasi

    def rusak(*_a, **_k):
        raise RuntimeError("gangguan saat membuat kode")

    monkeypatch.setattr(verifikasi, "buat_kode", rusak)
    with pytest.raises(RuntimeError):
        desk.layanan.tandatangani(a.id, mode="camat")
    monkeypatch.undo()
    assert desk.layanan.get(a.id).status == "menunggu_ttd"
    assert desk.layanan.tandatangani(a.id, mode="camat").nomor.endswith("/001/SKCK/2026")


def test_batal_menyimpan_nomor(desk):
    a = siap_ttd(desk)
    desk.masuk("camat", SANDI)
    a = desk.layanan.tandatangani(a.id, mode="camat")
    desk.masuk("operator", SANDI)
    with pytest.raises(AksesDitolak):
        desk.layanan.batalkan(a.id, "Pemohon membatalkan")
    desk.masuk("sekcam", SANDI)
    a = desk.layanan.batalkan(a.id, "Pemohon membatalkan")
    assert a.status == "batal" and desk.penomoran.get(a.nomor_id).batal


def test_kk_tanpa_siak_dan_dindukcapil(desk, tmp_path):
    p = PermohonanBaru("kk", "rusak-hilang", pemohon(), {"no_kk": KK, **RUSAK})
    a = siap_ttd(desk, p)
    desk.masuk("camat", SANDI)
    a = desk.layanan.tandatangani(a.id, mode="camat")
    assert a.status == "diproses" and a.nomor == "400.12.2.1/001/KK/2026"
    desk.masuk("operator", SANDI)
    a = desk.layanan.proses(a.id, siak_tersedia=False)
    # waits for the weekly handover: only a verified export moves it to Dindukcapil
    assert a.status == "siap_dikirim" and a.siak == "menunggu"
    with pytest.raises(ValidationError):
        desk.layanan.kembali_dari_dindukcapil(a.id)
    assert [x.id for x in desk.layanan.menunggu_siak()] == [a.id]
    desk.layanan.siak_selesai(a.id)
    assert desk.layanan.menunggu_siak() == []
    st = desk.serah_terima.buat([a.id])
    desk.serah_terima.kirim(st.id, tmp_path)
    assert desk.layanan.get(a.id).status == "di_dindukcapil"
    a = desk.layanan.kembali_dari_dindukcapil(a.id)
    a = desk.layanan.serahkan(a.id)
    assert a.status == "selesai"
    assert [lk.langkah for lk in a.langkah] == list(range(1, 10))


def test_nik_yang_pernah_datang_mengisi_form(desk):
    desk.masuk("operator", SANDI)
    desk.layanan.baru(skck())
    assert desk.layanan.cari_pemohon("3304 0512 0390 0001")["nama"] == "Slamet Riyadi"
    assert desk.layanan.cari_pemohon("3304051203900002") is None


def test_cari_nama_dan_awalan_nik(desk):
    desk.masuk("operator", SANDI)
    desk.layanan.baru(skck())
    desk.layanan.baru(skck(nik="3304054508900002", nama="Siti Aminah"))
    assert [b.nama for b in desk.layanan.cari("siti")] == ["Siti Aminah"]
    assert [b.nama for b in desk.layanan.cari("3304 0545")] == ["Siti Aminah"]
    assert len(desk.layanan.cari("330405")) == 2
    assert [b.nama for b in desk.layanan.cari("", layanan="skck")] == [
        "Siti Aminah",
        "Slamet Riyadi",
    ]


def test_identitas_ditanya_untuk_surat_yang_mencantumkannya(desk):
    """SKCK, kredit and KTP-el letters state agama, pekerjaan, status and kewarganegaraan: the
    counter cannot save them unasked; a legalisasi does not print them and does not need them."""
    desk.masuk("operator", SANDI)
    with pytest.raises(ValidationError, match="Agama belum dipilih") as e:
        desk.layanan.baru(skck(agama=""))
    assert e.value.field == "agama"
    with pytest.raises(ValidationError, match="Pekerjaan belum diisi"):
        desk.layanan.baru(skck(pekerjaan=""))
    ktp = PermohonanBaru(
        "ktp-el", "hilang-rusak", pemohon(golongan_darah=""), {"no_kk": KK, **RUSAK}
    )
    with pytest.raises(ValidationError, match="Golongan darah"):
        desk.layanan.baru(ktp)
    leg = PermohonanBaru(
        "legalisasi",
        "umum",
        pemohon(agama="", pekerjaan="", status_perkawinan="", kewarganegaraan=""),
        {"dokumen": [{"nama": "Surat keterangan ahli waris", "salinan": 1}], **PENGANTAR},
    )
    assert "agama" not in desk.layanan.baru(leg).data["pemohon"]


def test_pemohon_kembali_identitas_dari_kunjungan_terakhir(desk):
    """A returning applicant's agama, pekerjaan, status, kewarganegaraan and golongan darah come
    back from the last visit, so the counter only confirms them."""
    desk.masuk("operator", SANDI)
    desk.layanan.baru(skck(pekerjaan="Pedagang", status_perkawinan="Belum Kawin"))
    lama = desk.layanan.cari_pemohon(NIK)
    assert lama["pekerjaan"] == "Pedagang" and lama["status_perkawinan"] == "Belum Kawin"
    assert lama["agama"] == "Islam" and lama["kewarganegaraan"] == "WNI"
    assert lama["golongan_darah"] == "O"


def test_ktp_baru_status_kawin_menentukan(desk):
    """A 16-year-old's KTP-el needs a married status; 'Belum Kawin' with the married tick is a
    contradiction, refused at the status."""
    desk.masuk("operator", SANDI)
    nik16 = "3304051203100001"  # born 12-03-2010: 16 on 24-11-2026
    muda = PermohonanBaru(
        "ktp-el", "baru", pemohon(nik=nik16, status_perkawinan="Belum Kawin"), {"no_kk": KK}
    )
    with pytest.raises(ValidationError, match="17 tahun"):
        desk.layanan.baru(muda)
    muda.data["kawin"] = True
    with pytest.raises(ValidationError, match="tidak cocok") as e:
        desk.layanan.baru(muda)
    assert e.value.field == "status_perkawinan"
    muda.pemohon.status_perkawinan = "Kawin"
    muda.data["kawin"] = False
    assert desk.layanan.baru(muda).data["kawin"] is True


def test_ktp_perubahan_data_menyebut_elemen_yang_berubah(desk):
    """SOP 011: Dindukcapil processes a change of data only when it says which element."""
    desk.masuk("operator", SANDI)
    p = PermohonanBaru("ktp-el", "perubahan-data", pemohon(), {"no_kk": KK})
    with pytest.raises(ValidationError, match="Elemen data yang berubah") as e:
        desk.layanan.baru(p)
    assert e.value.field == "elemen_berubah"
    p.data["elemen_berubah"] = "Pekerjaan: Petani/Pekebun menjadi Wiraswasta"
    assert desk.layanan.baru(p).data["elemen_berubah"].startswith("Pekerjaan")


def test_register_menyebut_nama_varian_bukan_kodenya(desk):
    from bawang_desk.core.layanan import BarisRegister

    b = BarisRegister(1, "kk", "pindah-datang", "", "2026-11-24", "", "", "", "", {}, {}, "", False)
    assert b.rincian() == "Pembuatan KK baru karena pindah datang; KK belum ada"


def test_register_dibaca_per_halaman_tanpa_menahan_kunci_simpan(desk, monkeypatch):
    """A background print reads a register page by page: between two pages a save from the
    window's connection commits at once (the rollback journal lets no writer in while a read
    statement is open; one 5,000-row statement held the lock ~50-230 ms)."""
    from bawang_desk.core import layanan as modul
    from bawang_desk.core import massal
    from tests.core.test_massal import _mohon
    from tests.helpers import bisa_simpan_sekarang

    desk.masuk("operator", SANDI)
    rows = [_mohon(i, date(2025, 12, 20 + i % 10)) for i in range(10)]
    rows += [_mohon(i, date(2026, 1, 2 + i % 20)) for i in range(10, 25)]
    massal.tambah_permohonan_massal(desk, rows)
    semua = desk.layanan.register("skck", date(2025, 1, 1), date(2026, 12, 31))
    assert len(semua) == 25

    monkeypatch.setattr(modul, "BARIS_PER_HALAMAN", 4)
    halaman: list[str] = []
    simpan: list[bool] = []  # a save that may not wait at all, before every page but the first

    def jejak(sql: str) -> None:
        if sql.lstrip().startswith("SELECT") and "FROM nomor n JOIN permohonan" in sql:
            halaman.append(sql)
            if len(halaman) > 1:  # the page before is finished: its lock must be gone
                simpan.append(bisa_simpan_sekarang(desk.path))

    desk.conn.set_trace_callback(jejak)
    try:
        dibaca = desk.layanan.register("skck", date(2025, 12, 22), date(2026, 1, 19))
    finally:
        desk.conn.set_trace_callback(None)
    harap = [b for b in semua if "2025-12-22" <= b.tanggal <= "2026-01-19"]
    assert [b.nomor for b in dibaca] == [b.nomor for b in harap]
    assert len(halaman) >= len(harap) // 4
    assert simpan == [True] * (len(halaman) - 1)
