"""The bulk paths: gapless numbers from the shared counter, one audit row a batch, all or nothing."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

import pytest

from bawang_desk.core import massal
from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.penomoran import format_nomor
from tests.helpers import ADMIN_SANDI, SANDI


def _mohon(i: int, tanggal: date = date(2026, 3, 2), **kw) -> dict:
    baris = {
        "layanan": "skck",
        "varian": "umum",
        "tanggal_masuk": tanggal,
        "nik": "3304054301890527",
        "nama": f"Siti Nur'aini {chr(65 + i % 26)}",
        "desa": "Wanadri",
        "status": "selesai",
        "petugas": "operator",
        "data": {"keperluan": "melamar pekerjaan", "urut": i},
        "langkah": [
            (1, datetime(2026, 3, 2, 8, 0, 0), "operator"),
            (2, datetime(2026, 3, 2, 8, 5, 0), "operator"),
        ],
    }
    baris.update(kw)
    return baris


def _nomor(desk, register: str, tahun: int) -> list[int]:
    return [
        r[0]
        for r in desk.conn.execute(
            "SELECT nomor FROM nomor WHERE register = ? AND tahun = ? ORDER BY id",
            (register, tahun),
        )
    ]


def _terakhir(desk, register: str, tahun: int) -> int | None:
    r = desk.conn.execute(
        "SELECT terakhir FROM nomor_counter WHERE register = ? AND tahun = ?", (register, tahun)
    ).fetchone()
    return r[0] if r else None


def _audit(desk, aksi: str) -> list[dict]:
    return [
        json.loads(r[0])
        for r in desk.conn.execute("SELECT rincian FROM audit WHERE aksi = ? ORDER BY id", (aksi,))
    ]


def _fts_utuh(desk, fts: str) -> None:
    desk.conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")


def test_nomor_massal_berurutan_dan_sesuai_penghitung(desk):
    desk.masuk("operator", SANDI)
    rows = []
    for i in range(2500):
        tahun = 2025 if i < 1200 else 2026
        layanan = "skck" if i % 3 else "legalisasi"
        rows.append(_mohon(i, date(tahun, 1 + i % 12, 1 + i % 28), layanan=layanan))
    # some unfinished applications get no number at all
    rows[10]["status"] = "diproses"
    rows[2000]["status"] = "antrian"
    laporan = []
    n = massal.tambah_permohonan_massal(
        desk, rows, progress=lambda *a: laporan.append(a), batch=1000
    )

    assert n == 2500
    assert laporan[-1][:2] == (2500, 2500)
    assert [a[0] for a in laporan] == [0, 1000, 2000, 2500]
    assert desk.penomoran.periksa_kesinambungan() == []
    for reg in ("skck", "legalisasi"):
        for tahun in (2025, 2026):
            nomor = _nomor(desk, reg, tahun)
            assert nomor == list(range(1, len(nomor) + 1))
            assert _terakhir(desk, reg, tahun) == len(nomor)
    assert (
        desk.conn.execute("SELECT COUNT(*) FROM permohonan WHERE nomor_id IS NULL").fetchone()[0]
        == 2
    )
    # the number, its text, its date and its link back to the application
    pid, nomor_id, tgl = desk.conn.execute(
        "SELECT id, nomor_id, tanggal_masuk FROM permohonan WHERE layanan = 'skck' "
        "AND tanggal_masuk LIKE '2026%' ORDER BY id LIMIT 1"
    ).fetchone()
    no = desk.penomoran.get(nomor_id)
    reg = desk.penomoran.register("skck")
    assert no.nomor == 1 and no.tanggal.isoformat() == tgl and no.sumber == f"permohonan:{pid}"
    assert no.nomor_lengkap == format_nomor(
        reg.pola, nomor=1, tanggal=no.tanggal, kode=reg.kode_klasifikasi, unit=reg.unit
    )
    assert no.nomor_lengkap == "100.2.2.5/001/SKCK/2026"
    assert no.dibuat_oleh == "operator"
    # steps and JSON data
    assert desk.conn.execute("SELECT COUNT(*) FROM permohonan_langkah").fetchone()[0] == 5000
    data = desk.conn.execute("SELECT data FROM permohonan WHERE id = ?", (pid,)).fetchone()[0]
    assert json.loads(data)["keperluan"] == "melamar pekerjaan"
    # one audit row per batch, not per row
    audit = _audit(desk, "massal.permohonan")
    assert [a["jumlah"] for a in audit] == [1000, 1000, 500]
    assert audit[0]["dari"] == 1 and audit[-1]["sampai"] == 2500
    assert not _audit(desk, "nomor.terbit")
    assert desk.verify_audit().utuh
    assert desk.periksa_integritas() == []


def test_selang_seling_dengan_nomor_satuan(desk):
    desk.masuk("operator", SANDI)
    tgl = date(2026, 5, 4)
    a = desk.penomoran.ambil("skck", tgl, "Nomor untuk surat yang diketik di Word")
    massal.tambah_permohonan_massal(desk, [_mohon(i, tgl) for i in range(5)])
    b = desk.penomoran.ambil("skck", tgl, "Nomor kedua dari luar")
    massal.tambah_permohonan_massal(desk, [_mohon(i, tgl) for i in range(7)], batch=3)
    c = desk.penomoran.ambil("skck", tgl, "Nomor ketiga dari luar")
    assert (a.nomor, b.nomor, c.nomor) == (1, 7, 15)
    assert _nomor(desk, "skck", 2026) == list(range(1, 16))
    assert _terakhir(desk, "skck", 2026) == 15
    assert desk.penomoran.periksa_kesinambungan() == []
    assert desk.verify_audit().utuh


def test_gagal_di_tengah_batch_membatalkan_seluruh_batch(desk):
    desk.masuk("operator", SANDI)
    rows = [_mohon(i) for i in range(300)]
    rows[150]["nama"] = None  # NOT NULL
    with pytest.raises(sqlite3.IntegrityError) as e:
        massal.tambah_permohonan_massal(desk, rows, batch=100)
    assert any("101" in n and "200" in n for n in getattr(e.value, "__notes__", []))
    # the first batch stays, the second is gone entirely, the third never ran
    assert desk.conn.execute("SELECT COUNT(*) FROM permohonan").fetchone()[0] == 100
    assert desk.conn.execute("SELECT COUNT(*) FROM permohonan_langkah").fetchone()[0] == 200
    assert _nomor(desk, "skck", 2026) == list(range(1, 101))
    assert _terakhir(desk, "skck", 2026) == 100
    assert len(_audit(desk, "massal.permohonan")) == 1
    assert desk.penomoran.periksa_kesinambungan() == []
    assert desk.verify_audit().utuh
    # no number was used up: the next one follows on
    assert desk.penomoran.ambil("skck", date(2026, 3, 2), "Sesudah gagal").nomor == 101
    # and the full-text trigger dropped inside the failed batch is back
    assert (
        desk.conn.execute(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'permohonan_ai'"
        ).fetchone()[0]
        == 1
    )


def test_register_tidak_ada_tidak_menulis_apa_pun(desk):
    desk.masuk("operator", SANDI)
    with pytest.raises(ValidationError):
        massal.tambah_permohonan_massal(desk, [_mohon(0), _mohon(1, layanan="tidak-ada")])
    assert desk.conn.execute("SELECT COUNT(*) FROM permohonan").fetchone()[0] == 0
    assert desk.conn.execute("SELECT COUNT(*) FROM nomor").fetchone()[0] == 0


def test_perlu_masuk_dan_izin_nomor(desk):
    with pytest.raises(AksesDitolak):
        massal.tambah_permohonan_massal(desk, [_mohon(0)])
    desk.masuk("admin", ADMIN_SANDI)  # Admin manages accounts, but takes no numbers
    with pytest.raises(AksesDitolak):
        massal.tambah_surat_masuk_massal(desk, [])
    assert desk.conn.execute("SELECT COUNT(*) FROM permohonan").fetchone()[0] == 0


def test_indeks_teks_lengkap_terisi_dan_trigger_kembali(desk):
    desk.masuk("operator", SANDI)
    rows = [_mohon(i, nama=f"Warga {chr(65 + i % 26)}") for i in range(50)]
    rows[7]["nama"] = "Ma'ruf Sholeh"
    rows[8]["nik"] = "3304051203860007"
    massal.tambah_permohonan_massal(desk, rows, batch=20)
    cari = desk.conn.execute(
        "SELECT rowid FROM permohonan_fts WHERE permohonan_fts MATCH ?", ('"sholeh"',)
    ).fetchall()
    assert cari == [(8,)]
    cari = desk.conn.execute(
        "SELECT rowid FROM permohonan_fts WHERE permohonan_fts MATCH ?", ('"3304051203860007"',)
    ).fetchall()
    assert cari == [(9,)]
    _fts_utuh(desk, "permohonan_fts")
    # a row written the ordinary way afterwards is indexed by the restored trigger
    with desk.tulis() as conn:
        conn.execute(
            "INSERT INTO permohonan (layanan, tanggal_masuk, nik, nama, dibuat_pada) "
            "VALUES ('skck', '2026-03-03', '3304050101900001', 'Tumini', '2026-03-03T08:00:00')"
        )
    assert (
        desk.conn.execute(
            "SELECT COUNT(*) FROM permohonan_fts WHERE permohonan_fts MATCH 'tumini'"
        ).fetchone()[0]
        == 1
    )
    _fts_utuh(desk, "permohonan_fts")


def test_trigger_lain_membuat_jalur_biasa(desk):
    """A table with an INSERT trigger that is not the plain FTS one keeps every trigger firing."""
    with desk.tulis() as conn:
        conn.execute("CREATE TABLE hitung (n INTEGER NOT NULL)")
        conn.execute("INSERT INTO hitung VALUES (0)")
        conn.execute(
            "CREATE TRIGGER permohonan_hitung AFTER INSERT ON permohonan "
            "BEGIN UPDATE hitung SET n = n + 1; END"
        )
    assert massal._trigger_fts(desk.conn, "permohonan") is None
    desk.masuk("operator", SANDI)
    massal.tambah_permohonan_massal(desk, [_mohon(i) for i in range(30)], batch=7)
    assert desk.conn.execute("SELECT n FROM hitung").fetchone()[0] == 30
    assert desk.conn.execute("SELECT COUNT(*) FROM permohonan_fts").fetchone()[0] == 30
    _fts_utuh(desk, "permohonan_fts")


def test_surat_masuk_massal(desk):
    desk.masuk("pengadministrasi", SANDI)
    rows = [
        {
            "tanggal_terima": date(2026, 1 + i // 40, 1 + i % 28),
            "pengirim": "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banjarnegara"
            if i % 2
            else "Polsek Bawang",
            "nomor_surat": f"400.12.2.1/{i + 1}/Dindukcapil/2026",
            "tanggal_surat": date(2026, 1 + i // 40, 1 + i % 28),
            "hal": f"Jadwal Perekaman KTP-el Keliling ke-{i}",
            "sifat": "Segera" if i % 10 == 0 else "Biasa",
        }
        for i in range(120)
    ]
    assert massal.tambah_surat_masuk_massal(desk, iter(rows), batch=50, total=120) == 120
    assert _nomor(desk, "surat-masuk", 2026) == list(range(1, 121))
    teks = desk.conn.execute(
        "SELECT n.nomor_lengkap, s.dicatat_oleh, s.status FROM surat_masuk s "
        "JOIN nomor n ON n.id = s.nomor_id ORDER BY s.id LIMIT 1"
    ).fetchone()
    assert teks == ("001", "pengadministrasi", "dicatat")
    hits = desk.conn.execute(
        "SELECT COUNT(*) FROM surat_masuk_fts WHERE surat_masuk_fts MATCH 'polsek'"
    ).fetchone()[0]
    assert hits == 60
    _fts_utuh(desk, "surat_masuk_fts")
    assert [a["jumlah"] for a in _audit(desk, "massal.surat_masuk")] == [50, 50, 20]
    assert desk.periksa_integritas() == []


def test_surat_keluar_massal_per_kode_dan_konsep(desk):
    desk.masuk("pengadministrasi", SANDI)
    rows = []
    for i in range(30):
        kode = ("400.12.2.2", "800.1.11.13", "100.2.2.5")[i % 3]
        rows.append(
            {
                "kode_klasifikasi": kode,
                "tanggal_surat": date(2026, 2, 1 + i % 28),
                "tujuan": "Kepala BKPSDM Kabupaten Banjarnegara",
                "hal": f"Usul Kenaikan Gaji Berkala {i}",
                "status": "terkirim",
                "penandatangan": "camat",
            }
        )
    rows.append(
        {
            "kode_klasifikasi": "400.12.2.2",
            "tanggal_surat": None,
            "tujuan": "Camat Banjarnegara",
            "hal": "Konsep yang belum ditandatangani",
            "status": "konsep",
        }
    )
    assert massal.tambah_surat_keluar_massal(desk, rows, batch=8) == 31
    for kode in ("400.12.2.2", "800.1.11.13", "100.2.2.5"):
        reg = desk.penomoran.register(f"surat-keluar:{kode}")
        assert reg.jenis == "surat_keluar" and reg.kode_klasifikasi == kode
        assert _nomor(desk, reg.kode, 2026) == list(range(1, 11))
    pertama = desk.conn.execute(
        "SELECT n.nomor_lengkap FROM surat_keluar s JOIN nomor n ON n.id = s.nomor_id "
        "ORDER BY s.id LIMIT 1"
    ).fetchone()[0]
    assert pertama == "400.12.2.2/001/2026"
    konsep = desk.conn.execute(
        "SELECT nomor_id, tanggal_surat FROM surat_keluar WHERE status = 'konsep'"
    ).fetchone()
    assert konsep == (None, None)
    _fts_utuh(desk, "surat_keluar_fts")
    assert desk.periksa_integritas() == []


def test_surat_keluar_bernomor_tanpa_tanggal_ditolak(desk):
    desk.masuk("pengadministrasi", SANDI)
    with pytest.raises(ValidationError):
        massal.tambah_surat_keluar_massal(
            desk,
            [{"kode_klasifikasi": "100.2.2.5", "tujuan": "X", "hal": "Y", "status": "terkirim"}],
        )
    # the register created inside the failed batch is rolled back too
    assert (
        desk.conn.execute(
            "SELECT COUNT(*) FROM register WHERE kode = 'surat-keluar:100.2.2.5'"
        ).fetchone()[0]
        == 0
    )


def test_pegawai_massal_dengan_atasan(desk):
    desk.masuk("kasubbag", SANDI)
    rows = [
        {
            "nip": "198003202005012003",
            "nama": "Siti Nur'aini, S.Sos.",
            "golongan": "III/d",
            "tmt_pangkat": date(2021, 4, 1),
            "jabatan": "Sekretaris Kecamatan",
            "jenis_jabatan": "struktural",
            "pendidikan": "S1",
        },
        {
            "nip": "199001022016052904",
            "nama": "Ma'ruf Hidayat",
            "golongan": "II/c",
            "tmt_pangkat": date(2024, 4, 1),
            "tmt_kgb": date(2025, 3, 1),
            "mkg_tahun": 9,
            "jabatan": "Pengadministrasi Umum",
            "pendidikan": "SLTA",
            "atasan_nip": "198003202005012003",
        },
    ]
    assert massal.tambah_pegawai_massal(desk, rows, batch=1) == 2
    # the superior came in an earlier batch
    atasan = desk.conn.execute(
        "SELECT a.nama FROM pegawai p JOIN pegawai a ON a.id = p.atasan_id "
        "WHERE p.nip = '199001022016052904'"
    ).fetchone()
    assert atasan == ("Siti Nur'aini, S.Sos.",)
    assert desk.conn.execute("SELECT COUNT(*) FROM nomor").fetchone()[0] == 0
    assert len(_audit(desk, "massal.pegawai")) == 2
    with pytest.raises(ValidationError):
        massal.tambah_pegawai_massal(
            desk, [dict(rows[1], nip="199001022016052905", atasan_nip="197001011990031001")]
        )
    assert desk.conn.execute("SELECT COUNT(*) FROM pegawai").fetchone()[0] == 2
    with pytest.raises(sqlite3.IntegrityError):  # NIP is unique
        massal.tambah_pegawai_massal(desk, [rows[0]])


def test_jalur_cepat_indeks_aktif_pada_skema_kini(desk):
    """The batch-wise FTS fill must recognise the triggers the migrations actually create."""
    for tabel in ("permohonan", "surat_masuk", "surat_keluar"):
        trigger = massal._trigger_fts(desk.conn, tabel)
        assert trigger and trigger[0][2] == f"{tabel}_fts"


@pytest.mark.parametrize(
    "trigger, cocok",
    [
        (
            'CREATE TRIGGER "t_ai" AFTER INSERT ON "t" BEGIN\n  INSERT INTO "t_fts" (rowid, '
            '"a", "b") VALUES (new.rowid, new."a", new."b");\nEND',
            True,
        ),
        (
            "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN\n INSERT INTO t_fts (rowid, a, b) "
            "VALUES (new.id, new.a, new.b);\n END",
            True,
        ),
        (  # columns swapped: not what a plain copy would insert
            "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN INSERT INTO t_fts (rowid, a, b) "
            "VALUES (new.id, new.b, new.a); END",
            False,
        ),
        (  # a second statement in the body
            "CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN INSERT INTO t_fts (rowid, a) "
            "VALUES (new.id, new.a); UPDATE t SET b = 1 WHERE id = new.id; END",
            False,
        ),
        (  # a WHEN clause
            "CREATE TRIGGER t_ai AFTER INSERT ON t WHEN new.a IS NOT NULL BEGIN INSERT INTO "
            "t_fts (rowid, a) VALUES (new.id, new.a); END",
            False,
        ),
    ],
)
def test_pengenal_trigger_fts(trigger, cocok):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT)")
    conn.execute("CREATE VIRTUAL TABLE t_fts USING fts5(a, b, content='t', content_rowid='id')")
    conn.execute(trigger)
    conn.execute(
        "CREATE TRIGGER t_au AFTER UPDATE ON t BEGIN INSERT INTO t_fts (t_fts, rowid, a, b) "
        "VALUES ('delete', old.id, old.a, old.b); INSERT INTO t_fts (rowid, a, b) "
        "VALUES (new.id, new.a, new.b); END"
    )
    hasil = massal._trigger_fts(conn, "t")
    assert (hasil is not None) == cocok
    if cocok:
        assert [h[0] for h in hasil] == ["t_ai"] and hasil[0][3].startswith('"a"')


def test_permohonan_massal_bertanda_tangan_dapat_dicetak_dan_diverifikasi(desk, tmp_path):
    """A signed application made in bulk (demo, benchmark) carries its signer and a valid
    verification code, so its letter prints like one signed at the desk."""
    from bawang_desk.documents.cetak_layanan import cetak_surat

    desk.masuk("operator", SANDI)
    rows = [_mohon(0), _mohon(1)]
    rows[0]["ttd"] = "an"
    massal.tambah_permohonan_massal(desk, rows)
    pid, kode = desk.conn.execute(
        "SELECT id, kode_verifikasi FROM permohonan ORDER BY id LIMIT 1"
    ).fetchone()
    p = desk.layanan.get(pid)
    assert p.penandatangan["mode"] == "an" and p.penandatangan["nama"] == "Siti Nur'aini, S.Sos."
    assert desk.layanan.verifikasi(kode).id == pid
    teks = "".join(
        h.extract_text() for h in __import__("pypdf").PdfReader(cetak_surat(desk, pid)).pages
    )
    assert "a.n. CAMAT BAWANG" in teks and kode in teks
    # without "ttd" the Camat signs
    assert desk.layanan.get(pid + 1).penandatangan["mode"] == "camat"


def test_indeks_samping_terisi_oleh_jalur_massal(desk):
    """The bulk path refills the full-text index per batch but leaves the small side indexes'
    triggers firing (migrations 0024, 0025): each holds exactly its letters afterwards."""
    from bawang_desk.core.demo import Pabrik

    pabrik = Pabrik(5, date(2026, 11, 24))
    desk.masuk("pengadministrasi", SANDI)
    surat = [
        pabrik.surat_masuk(t, datetime(2026, 11, 23, 16, 0))
        for t in pabrik.waktu_masuk(300, date(2026, 10, 1), date(2026, 11, 20))
    ]
    massal.tambah_surat_masuk_massal(desk, surat, batch=70)
    q = desk.conn.execute
    segera = {
        r[0]
        for r in q(
            "SELECT id FROM surat_masuk WHERE sifat = 'Sangat Segera' AND status <> 'didistribusikan'"
        )
    }
    rahasia = {r[0] for r in q("SELECT id FROM surat_masuk WHERE rahasia = 1")}
    assert segera and len(segera) < 300
    assert {r[0] for r in q("SELECT rowid FROM surat_masuk_segera_fts")} == segera
    assert {r[0] for r in q("SELECT rowid FROM surat_masuk_rahasia_fts")} == rahasia
    assert q("SELECT COUNT(*) FROM surat_masuk_fts").fetchone()[0] == 300
