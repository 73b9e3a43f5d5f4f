"""First-run setup and settings: validated whole, saved whole, kept across a restart."""

from __future__ import annotations

import pytest

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.pengaturan import Kantor, Pejabat, Umum, logo_dari_berkas
from tests.helpers import ADMIN_SANDI, kantor_contoh, pejabat_contoh


def awal(desk, **ubah):
    args = dict(
        kantor=kantor_contoh(),
        pejabat=pejabat_contoh(),
        umum=Umum(),
        admin_username="admin",
        admin_nama="Admin",
        admin_sandi=ADMIN_SANDI,
    )
    args.update(ubah)
    return desk.pengaturan_awal(**args)


@pytest.mark.parametrize(
    "ubah, field, pesan",
    [
        (dict(kantor=Kantor(nama_kantor="", alamat="Jl. Raya")), "nama_kantor", "Nama kantor"),
        (dict(kantor=Kantor(alamat="")), "alamat", "Alamat"),
        (dict(kantor=Kantor(alamat="Jl. A", kode_pos="5347")), "kode_pos", "5 angka"),
        (dict(kantor=Kantor(alamat="Jl. A", email="bukan-email")), "email", "pos-el"),
        (
            dict(
                pejabat={
                    "camat": Pejabat("camat", "Anton", "IV/a", "197513452000031002"),
                    "sekcam": pejabat_contoh()["sekcam"],
                }
            ),
            "camat.nip",
            "NIP Camat",
        ),
        (
            dict(
                pejabat={
                    "camat": Pejabat("camat", "Anton", "V/a", "197501152000031002"),
                    "sekcam": pejabat_contoh()["sekcam"],
                }
            ),
            "camat.golongan",
            "Golongan",
        ),
        (dict(pejabat={"camat": pejabat_contoh()["camat"]}), "sekcam.nama", "Sekretaris"),
        (dict(admin_sandi="123"), "sandi", "paling sedikit"),
        (dict(umum=Umum(kertas="Letter")), "kertas", "F4 atau A4"),
    ],
)
def test_input_salah_tidak_menyimpan_apa_pun(desk_baru, ubah, field, pesan):
    with pytest.raises(ValidationError, match=pesan) as e:
        awal(desk_baru, **ubah)
    assert e.value.field == field
    assert desk_baru.perlu_pengaturan_awal
    assert not desk_baru.pengaturan.sudah_diatur
    assert desk_baru.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == 0


def test_pengaturan_awal_tersimpan_setelah_buka_ulang(db_path, desk_baru):
    awal(desk_baru)
    assert not desk_baru.perlu_pengaturan_awal
    with pytest.raises(AksesDitolak):
        awal(desk_baru)
    desk_baru.close()
    d = Desk.open(db_path)
    try:
        k = d.pengaturan.kantor()
        assert k.nama_kantor == "KECAMATAN BAWANG" and k.kode_pos == "53471"
        camat = d.pengaturan.pejabat("camat")
        assert camat.nip == "197501152000031002"
        assert camat.pangkat_golongan == "Pembina (IV/a)"
        assert camat.nip_cetak == "19750115 200003 1 002"
        assert d.pengaturan.umum().kertas == "F4"
        assert d.masuk("admin", ADMIN_SANDI).peran == "admin"
    finally:
        d.close()


def test_logo_hanya_gambar():
    with pytest.raises(ValidationError, match="PNG atau JPEG"):
        logo_dari_berkas(b"%PDF-1.4 bukan gambar")
    assert logo_dari_berkas(b"\x89PNG\r\n\x1a\n" + b"0" * 10)


def test_tabel_tujuan_skck_dapat_diganti_kantor(desk):
    """The office replaces the SKCK addressee table (Sekcam, audited) and can restore the
    shipped one; a new application is addressed from the office's table."""
    from bawang_desk.core.errors import AksesDitolak
    from bawang_desk.core.naskah_layanan import tujuan_skck_bawaan
    from tests.helpers import SANDI

    assert desk.pengaturan.tujuan_skck() == tujuan_skck_bawaan()
    assert len(tujuan_skck_bawaan()) >= 4
    baru = [
        {"kode": "umum", "nama": "Umum", "kepada": "Kapolsek Bawang", "di": "Bawang"},
        {"kode": "cpns-pppk", "nama": "CPNS", "kepada": "Kapolres Banjarnegara", "di": "Bna"},
    ]
    desk.masuk("operator", SANDI)
    with pytest.raises(AksesDitolak):
        desk.pengaturan.simpan_tujuan_skck(baru)
    desk.masuk("sekcam", SANDI)
    t = desk.pengaturan.simpan_tujuan_skck(baru)
    assert [x.kepada for x in t] == ["Kapolsek Bawang", "Kapolres Banjarnegara"]
    assert (
        desk.conn.execute(
            "SELECT COUNT(*) FROM audit WHERE aksi = 'pengaturan.tujuan_skck'"
        ).fetchone()[0]
        == 1
    )
    assert desk.pengaturan.simpan_tujuan_skck(None) == tujuan_skck_bawaan()
