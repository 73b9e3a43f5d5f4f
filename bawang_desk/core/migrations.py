"""The database schema as numbered sqlite-utils migrations; a shipped migration is never edited.

Add a new function at the end for every schema change. The Desk backs the file up before it
applies any pending migration, so a failed upgrade can always be undone by hand.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from bawang_desk.core import skema

migrations = Migrations("bawang_desk")

POLA_BAKU = skema.POLA_BAKU


def _jalankan(db: Database, script: str) -> None:
    """Run a multi-statement script inside the migration's transaction.

    ``executescript`` would COMMIT the open transaction first, so statements are split with
    ``sqlite3.complete_statement`` (which understands trigger bodies) and run one by one.
    """
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                db.execute(buf)
            buf = ""
    if buf.strip():
        raise ValueError(f"Pernyataan SQL tidak lengkap di migrasi: {buf[:60]!r}")


@migrations(name="0001_dasar")
def m0001_dasar(db: Database) -> None:
    """Settings, accounts, the append-only audit chain and the gapless number books."""
    _jalankan(
        db,
        """
        CREATE TABLE pengaturan (
            kunci TEXT PRIMARY KEY,
            nilai TEXT NOT NULL
        );

        CREATE TABLE pengguna (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            nama TEXT NOT NULL,
            peran TEXT NOT NULL,
            hash_sandi TEXT NOT NULL,
            aktif INTEGER NOT NULL DEFAULT 1,
            gagal_masuk INTEGER NOT NULL DEFAULT 0,
            terkunci_sampai TEXT,
            dibuat_pada TEXT NOT NULL,
            diubah_pada TEXT
        );

        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            waktu TEXT NOT NULL,
            pengguna TEXT,
            aksi TEXT NOT NULL,
            objek TEXT,
            rincian TEXT,
            hash_sebelum TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE TRIGGER audit_tanpa_ubah BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'Catatan audit tidak boleh diubah'); END;
        CREATE TRIGGER audit_tanpa_hapus BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'Catatan audit tidak boleh dihapus'); END;

        CREATE TABLE register (
            kode TEXT PRIMARY KEY,
            nama TEXT NOT NULL,
            jenis TEXT NOT NULL,
            kode_klasifikasi TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            pola TEXT NOT NULL,
            dibuat_pada TEXT NOT NULL
        );

        CREATE TABLE nomor_counter (
            register TEXT NOT NULL REFERENCES register(kode),
            tahun INTEGER NOT NULL,
            terakhir INTEGER NOT NULL,
            PRIMARY KEY (register, tahun)
        );

        CREATE TABLE nomor (
            id INTEGER PRIMARY KEY,
            register TEXT NOT NULL REFERENCES register(kode),
            tahun INTEGER NOT NULL,
            nomor INTEGER NOT NULL,
            nomor_lengkap TEXT NOT NULL,
            tanggal TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'TERBIT' CHECK (status IN ('TERBIT', 'BATAL')),
            alasan_batal TEXT,
            perihal TEXT NOT NULL DEFAULT '',
            sumber TEXT NOT NULL DEFAULT '',
            dibuat_oleh TEXT,
            dibuat_pada TEXT NOT NULL,
            UNIQUE (register, tahun, nomor)
        );
        CREATE TRIGGER nomor_tanpa_hapus BEFORE DELETE ON nomor
        BEGIN SELECT RAISE(ABORT, 'Nomor register tidak boleh dihapus'); END;
        CREATE TRIGGER nomor_tetap BEFORE UPDATE OF register, tahun, nomor, nomor_lengkap ON nomor
        BEGIN SELECT RAISE(ABORT, 'Nomor register tidak boleh diubah'); END;
        CREATE TRIGGER nomor_batal_sekali BEFORE UPDATE OF status ON nomor
        WHEN OLD.status = 'BATAL'
        BEGIN SELECT RAISE(ABORT, 'Nomor yang sudah BATAL tidak dapat diaktifkan lagi'); END;
        """,
    )
    # The books the office keeps from day one (DOMAIN.md section 5); codes marked unconfirmed
    # there are defaults that the Sekcam can change in Pengaturan > Penomoran.
    waktu = "2026-01-01T00:00:00"
    # Several services share a classification code (and the surat keluar books use the codes
    # too), so each service book carries a unit code: no two books ever print the same number.
    pola = "{kode}/{nomor:03}/{unit}/{tahun}"
    for kode, nama, jenis, klasifikasi, unit, p in [
        ("surat-masuk", "Buku Agenda Surat Masuk", "surat_masuk", "", "", "{nomor:03}"),
        ("pindah", "Register Surat Keterangan Pindah", "layanan", "400.12.2.2", "PDH", pola),
        ("legalisasi", "Register Legalisasi", "layanan", "100.2.2.5", "LGS", pola),
        (
            "kredit-bank",
            "Register Rekomendasi Pengajuan Kredit Bank",
            "layanan",
            "100.2.2.5",
            "KRD",
            pola,
        ),
        ("skck", "Register Rekomendasi SKCK", "layanan", "100.2.2.5", "SKCK", pola),
        ("kk", "Register Pembuatan KK", "layanan", "400.12.2.1", "KK", pola),
        ("ktp-el", "Register Pembuatan KTP-el", "layanan", "400.12.2.1", "KTP", pola),
    ]:
        db.execute(
            "INSERT INTO register (kode, nama, jenis, kode_klasifikasi, unit, pola, dibuat_pada) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [kode, nama, jenis, klasifikasi, unit, p, waktu],
        )


@migrations(name="0002_register_inti")
def m0002_register_inti(db: Database) -> None:
    """The big registers' common columns: letters, citizen applications and staff.

    Each area's own issue adds what it needs in later migrations; these are the columns that
    DESIGN.md fixes and that the ten-year benchmark data fills.
    """
    _jalankan(
        db,
        """
        CREATE TABLE surat_masuk (
            id INTEGER PRIMARY KEY,
            nomor_id INTEGER NOT NULL UNIQUE REFERENCES nomor(id),
            tanggal_terima TEXT NOT NULL,
            pengirim TEXT NOT NULL,
            nomor_surat TEXT NOT NULL DEFAULT '',
            tanggal_surat TEXT,
            hal TEXT NOT NULL,
            sifat TEXT NOT NULL DEFAULT 'Biasa',
            kode_klasifikasi TEXT NOT NULL DEFAULT '',
            lampiran TEXT NOT NULL DEFAULT '',
            ringkasan TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'dicatat',
            dicatat_oleh TEXT,
            dicatat_pada TEXT NOT NULL
        );
        CREATE INDEX surat_masuk_tanggal ON surat_masuk(tanggal_terima);
        CREATE INDEX surat_masuk_status ON surat_masuk(status);

        CREATE TABLE surat_keluar (
            id INTEGER PRIMARY KEY,
            nomor_id INTEGER UNIQUE REFERENCES nomor(id),
            nomor_lengkap TEXT NOT NULL DEFAULT '',
            kode_klasifikasi TEXT NOT NULL,
            tanggal_surat TEXT,
            tujuan TEXT NOT NULL,
            hal TEXT NOT NULL,
            sifat TEXT NOT NULL DEFAULT 'Biasa',
            lampiran TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'konsep',
            penandatangan TEXT NOT NULL DEFAULT '',
            balasan_untuk INTEGER REFERENCES surat_masuk(id),
            dibuat_oleh TEXT,
            dibuat_pada TEXT NOT NULL
        );
        CREATE INDEX surat_keluar_tanggal ON surat_keluar(tanggal_surat);

        CREATE TABLE permohonan (
            id INTEGER PRIMARY KEY,
            layanan TEXT NOT NULL,
            varian TEXT NOT NULL DEFAULT '',
            nomor_id INTEGER UNIQUE REFERENCES nomor(id),
            tanggal_masuk TEXT NOT NULL,
            nik TEXT NOT NULL,
            nama TEXT NOT NULL,
            desa TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'antrian',
            petugas TEXT,
            data TEXT NOT NULL DEFAULT '{}',
            dibuat_pada TEXT NOT NULL,
            diubah_pada TEXT
        );
        CREATE INDEX permohonan_layanan_tanggal ON permohonan(layanan, tanggal_masuk);
        CREATE INDEX permohonan_tanggal ON permohonan(tanggal_masuk);
        CREATE INDEX permohonan_nik ON permohonan(nik);
        CREATE INDEX permohonan_status ON permohonan(status);

        CREATE TABLE permohonan_langkah (
            id INTEGER PRIMARY KEY,
            permohonan_id INTEGER NOT NULL REFERENCES permohonan(id),
            langkah INTEGER NOT NULL,
            selesai_pada TEXT NOT NULL,
            oleh TEXT,
            catatan TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX permohonan_langkah_permohonan ON permohonan_langkah(permohonan_id);

        CREATE TABLE permohonan_syarat (
            permohonan_id INTEGER NOT NULL REFERENCES permohonan(id),
            urutan INTEGER NOT NULL,
            item TEXT NOT NULL,
            ada INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (permohonan_id, urutan)
        );

        CREATE TABLE pegawai (
            id INTEGER PRIMARY KEY,
            nip TEXT NOT NULL UNIQUE,
            nama TEXT NOT NULL,
            golongan TEXT NOT NULL,
            tmt_pangkat TEXT NOT NULL,
            mkg_tahun INTEGER NOT NULL DEFAULT 0,
            mkg_bulan INTEGER NOT NULL DEFAULT 0,
            tmt_kgb TEXT,
            jabatan TEXT NOT NULL DEFAULT '',
            jenis_jabatan TEXT NOT NULL DEFAULT 'pelaksana',
            pendidikan TEXT NOT NULL DEFAULT '',
            atasan_id INTEGER REFERENCES pegawai(id),
            status TEXT NOT NULL DEFAULT 'PNS',
            aktif INTEGER NOT NULL DEFAULT 1,
            dibuat_pada TEXT NOT NULL
        );
        """,
    )
    for tabel, kolom in (
        ("surat_masuk", ("pengirim", "hal", "nomor_surat", "ringkasan")),
        ("surat_keluar", ("tujuan", "hal", "nomor_lengkap")),
        ("permohonan", ("nama", "nik")),
    ):
        _fts(db, tabel, kolom)


def _fts(db: Database, tabel: str, kolom: tuple[str, ...]) -> None:
    """An external-content FTS5 index kept in step by triggers, with prefix indexes.

    The prefix indexes (1-3 characters) keep search-as-you-type fast from the first keystroke;
    sqlite-utils' ``enable_fts`` cannot declare them.
    """
    cols = ", ".join(kolom)
    new = ", ".join(f"new.{c}" for c in kolom)
    old = ", ".join(f"old.{c}" for c in kolom)
    _jalankan(
        db,
        f"""
        CREATE VIRTUAL TABLE {tabel}_fts USING fts5(
            {cols}, content='{tabel}', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
        );
        CREATE TRIGGER {tabel}_ai AFTER INSERT ON {tabel} BEGIN
            INSERT INTO {tabel}_fts (rowid, {cols}) VALUES (new.id, {new});
        END;
        CREATE TRIGGER {tabel}_ad AFTER DELETE ON {tabel} BEGIN
            INSERT INTO {tabel}_fts ({tabel}_fts, rowid, {cols}) VALUES ('delete', old.id, {old});
        END;
        CREATE TRIGGER {tabel}_au AFTER UPDATE OF {cols} ON {tabel} BEGIN
            INSERT INTO {tabel}_fts ({tabel}_fts, rowid, {cols}) VALUES ('delete', old.id, {old});
            INSERT INTO {tabel}_fts (rowid, {cols}) VALUES (new.id, {new});
        END;
        """,
    )


@migrations(name="0003_surat")
def m0003_surat(db: Database) -> None:
    """SOP 001 and 002: the five steps of a letter in, disposition, outgoing letters, expedition.

    ``pengguna.jabatan`` links an account to the post it holds, so a Rahasia letter can be shown
    to exactly those it was disposed to.
    """
    _jalankan(
        db,
        """
        ALTER TABLE pengguna ADD COLUMN jabatan TEXT NOT NULL DEFAULT '';

        ALTER TABLE surat_masuk ADD COLUMN berkas TEXT NOT NULL DEFAULT '';
        ALTER TABLE surat_masuk ADD COLUMN berkas_sha256 TEXT NOT NULL DEFAULT '';
        ALTER TABLE surat_masuk ADD COLUMN batas_waktu TEXT;
        ALTER TABLE surat_masuk ADD COLUMN diubah_pada TEXT;
        CREATE INDEX surat_masuk_urgen ON surat_masuk(sifat, status);

        CREATE TABLE surat_masuk_langkah (
            id INTEGER PRIMARY KEY,
            surat_id INTEGER NOT NULL REFERENCES surat_masuk(id),
            langkah INTEGER NOT NULL CHECK (langkah BETWEEN 1 AND 5),
            mulai TEXT,
            waktu TEXT NOT NULL,
            oleh TEXT,
            UNIQUE (surat_id, langkah)
        );

        CREATE TABLE disposisi (
            surat_id INTEGER PRIMARY KEY REFERENCES surat_masuk(id),
            kepada TEXT NOT NULL,
            instruksi TEXT NOT NULL,
            catatan TEXT NOT NULL DEFAULT '',
            batas_waktu TEXT,
            oleh TEXT,
            waktu TEXT NOT NULL,
            penjabaran TEXT NOT NULL DEFAULT '',
            penjabaran_oleh TEXT,
            penjabaran_waktu TEXT
        );

        CREATE TABLE distribusi (
            id INTEGER PRIMARY KEY,
            surat_id INTEGER NOT NULL REFERENCES surat_masuk(id),
            kepada TEXT NOT NULL,
            waktu TEXT NOT NULL,
            diterima_oleh TEXT NOT NULL DEFAULT '',
            oleh TEXT
        );
        CREATE INDEX distribusi_surat ON distribusi(surat_id);

        ALTER TABLE surat_keluar ADD COLUMN isi TEXT NOT NULL DEFAULT '';
        ALTER TABLE surat_keluar ADD COLUMN catatan_koreksi TEXT NOT NULL DEFAULT '';
        ALTER TABLE surat_keluar ADD COLUMN mode_tanda_tangan TEXT NOT NULL DEFAULT '';
        ALTER TABLE surat_keluar ADD COLUMN cara_kirim TEXT NOT NULL DEFAULT '';
        ALTER TABLE surat_keluar ADD COLUMN tanggal_kirim TEXT;
        ALTER TABLE surat_keluar ADD COLUMN alasan_batal TEXT;
        ALTER TABLE surat_keluar ADD COLUMN diubah_pada TEXT;
        CREATE INDEX surat_keluar_status ON surat_keluar(status);

        CREATE TABLE surat_keluar_langkah (
            id INTEGER PRIMARY KEY,
            surat_id INTEGER NOT NULL REFERENCES surat_keluar(id),
            status TEXT NOT NULL,
            waktu TEXT NOT NULL,
            oleh TEXT,
            catatan TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX surat_keluar_langkah_surat ON surat_keluar_langkah(surat_id);

        CREATE TABLE ekspedisi (
            id INTEGER PRIMARY KEY,
            surat_keluar_id INTEGER REFERENCES surat_keluar(id),
            nomor_id INTEGER REFERENCES nomor(id),
            tanggal_kirim TEXT NOT NULL,
            nomor_surat TEXT NOT NULL,
            tanggal_surat TEXT,
            hal TEXT NOT NULL,
            kepada TEXT NOT NULL,
            penerima TEXT NOT NULL DEFAULT '',
            diterima_pada TEXT,
            oleh TEXT,
            dibuat_pada TEXT NOT NULL
        );
        CREATE INDEX ekspedisi_tanggal ON ekspedisi(tanggal_kirim);
        """,
    )


@migrations(name="0004_layanan")
def m0004_layanan(db: Database) -> None:
    """The counter services (SOP 004-011): address, signer, verification code, cancellation,
    the Sekcam's written reason for passing an incomplete checklist, and the SIAK backlog."""
    _jalankan(
        db,
        """
        ALTER TABLE permohonan ADD COLUMN alamat TEXT NOT NULL DEFAULT '';
        ALTER TABLE permohonan ADD COLUMN penandatangan TEXT NOT NULL DEFAULT '';
        ALTER TABLE permohonan ADD COLUMN kode_verifikasi TEXT NOT NULL DEFAULT '';
        ALTER TABLE permohonan ADD COLUMN alasan_batal TEXT;
        ALTER TABLE permohonan ADD COLUMN syarat_dilewati TEXT NOT NULL DEFAULT '';
        ALTER TABLE permohonan ADD COLUMN syarat_dilewati_oleh TEXT;
        ALTER TABLE permohonan ADD COLUMN siak TEXT NOT NULL DEFAULT '';
        ALTER TABLE permohonan ADD COLUMN siak_pada TEXT;
        CREATE INDEX permohonan_siak ON permohonan(siak) WHERE siak = 'menunggu';
        CREATE INDEX permohonan_kode ON permohonan(kode_verifikasi) WHERE kode_verifikasi <> '';
        ALTER TABLE permohonan_langkah ADD COLUMN mulai TEXT;
        """,
    )


@migrations(name="0005_kepegawaian")
def m0005_kepegawaian(db: Database) -> None:
    """SOP 003: staff details the KP/KGB rules need, pangkat and KGB history, SKP, and the usulan.

    ``pegawai.mkg_tahun``/``mkg_bulan`` are the MKG at ``tmt_pangkat``; the MKG at the last KGB
    gets its own columns. An usulan holds its employees (with the from/to golongan or salary
    step and the result), each employee's document ticks against the catalog list of its type,
    and a row per SOP step done (who and when). Its pengantar letter is a ``surat_keluar`` row.
    """
    _jalankan(
        db,
        """
        ALTER TABLE pegawai ADD COLUMN mkg_kgb_tahun INTEGER;
        ALTER TABLE pegawai ADD COLUMN mkg_kgb_bulan INTEGER;
        ALTER TABLE pegawai ADD COLUMN tmt_cpns TEXT;
        ALTER TABLE pegawai ADD COLUMN diubah_pada TEXT;
        CREATE INDEX pegawai_atasan ON pegawai(atasan_id);

        CREATE TABLE pegawai_skp (
            pegawai_id INTEGER NOT NULL REFERENCES pegawai(id),
            tahun INTEGER NOT NULL,
            predikat TEXT NOT NULL,
            PRIMARY KEY (pegawai_id, tahun)
        );

        CREATE TABLE usulan_kp (
            id INTEGER PRIMARY KEY,
            jenis TEXT NOT NULL
                CHECK (jenis IN ('kp-reguler', 'kp-pilihan', 'kp-ijazah', 'kgb')),
            status TEXT NOT NULL DEFAULT 'disiapkan',
            kode_klasifikasi TEXT NOT NULL,
            tujuan TEXT NOT NULL DEFAULT '',
            surat_keluar_id INTEGER UNIQUE REFERENCES surat_keluar(id),
            catatan TEXT NOT NULL DEFAULT '',
            alasan_batal TEXT,
            dibuat_oleh TEXT,
            dibuat_pada TEXT NOT NULL,
            diubah_pada TEXT
        );
        CREATE INDEX usulan_kp_status ON usulan_kp(status);

        CREATE TABLE usulan_kp_pegawai (
            usulan_id INTEGER NOT NULL REFERENCES usulan_kp(id),
            pegawai_id INTEGER NOT NULL REFERENCES pegawai(id),
            urutan INTEGER NOT NULL,
            nip TEXT NOT NULL,
            nama TEXT NOT NULL,
            golongan_dari TEXT NOT NULL,
            golongan_ke TEXT NOT NULL,
            mkg_dari_tahun INTEGER NOT NULL DEFAULT 0,
            mkg_dari_bulan INTEGER NOT NULL DEFAULT 0,
            mkg_ke_tahun INTEGER NOT NULL DEFAULT 0,
            mkg_ke_bulan INTEGER NOT NULL DEFAULT 0,
            tmt_usul TEXT NOT NULL,
            peringatan TEXT NOT NULL DEFAULT '[]',
            hasil TEXT NOT NULL DEFAULT '' CHECK (hasil IN ('', 'disetujui', 'ditolak')),
            nomor_sk TEXT NOT NULL DEFAULT '',
            tanggal_sk TEXT,
            tmt_hasil TEXT,
            catatan_hasil TEXT NOT NULL DEFAULT '',
            hasil_oleh TEXT,
            hasil_pada TEXT,
            PRIMARY KEY (usulan_id, pegawai_id)
        );
        CREATE INDEX usulan_kp_pegawai_pegawai ON usulan_kp_pegawai(pegawai_id);

        CREATE TABLE usulan_kp_dokumen (
            usulan_id INTEGER NOT NULL,
            pegawai_id INTEGER NOT NULL,
            urutan INTEGER NOT NULL,
            item TEXT NOT NULL,
            ada INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (usulan_id, pegawai_id, urutan),
            FOREIGN KEY (usulan_id, pegawai_id)
                REFERENCES usulan_kp_pegawai(usulan_id, pegawai_id)
        );

        CREATE TABLE usulan_kp_langkah (
            id INTEGER PRIMARY KEY,
            usulan_id INTEGER NOT NULL REFERENCES usulan_kp(id),
            langkah INTEGER NOT NULL CHECK (langkah BETWEEN 1 AND 8),
            waktu TEXT NOT NULL,
            oleh TEXT,
            catatan TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX usulan_kp_langkah_usulan ON usulan_kp_langkah(usulan_id);

        CREATE TABLE riwayat_pangkat (
            id INTEGER PRIMARY KEY,
            pegawai_id INTEGER NOT NULL REFERENCES pegawai(id),
            golongan TEXT NOT NULL,
            tmt TEXT NOT NULL,
            mkg_tahun INTEGER NOT NULL DEFAULT 0,
            mkg_bulan INTEGER NOT NULL DEFAULT 0,
            jenis TEXT NOT NULL DEFAULT '',
            nomor_sk TEXT NOT NULL DEFAULT '',
            tanggal_sk TEXT,
            usulan_id INTEGER REFERENCES usulan_kp(id),
            dicatat_oleh TEXT,
            dicatat_pada TEXT NOT NULL,
            UNIQUE (pegawai_id, tmt)
        );

        CREATE TABLE riwayat_kgb (
            id INTEGER PRIMARY KEY,
            pegawai_id INTEGER NOT NULL REFERENCES pegawai(id),
            tmt TEXT NOT NULL,
            golongan TEXT NOT NULL,
            mkg_tahun INTEGER NOT NULL DEFAULT 0,
            mkg_bulan INTEGER NOT NULL DEFAULT 0,
            nomor_sk TEXT NOT NULL DEFAULT '',
            tanggal_sk TEXT,
            usulan_id INTEGER REFERENCES usulan_kp(id),
            dicatat_oleh TEXT,
            dicatat_pada TEXT NOT NULL,
            UNIQUE (pegawai_id, tmt)
        );

        UPDATE pegawai SET tmt_cpns = substr(nip, 9, 4) || '-' || substr(nip, 13, 2) || '-01'
        WHERE length(nip) = 18 AND substr(nip, 13, 2) BETWEEN '01' AND '12';
        INSERT OR IGNORE INTO riwayat_pangkat
            (pegawai_id, golongan, tmt, mkg_tahun, mkg_bulan, jenis, dicatat_pada)
        SELECT id, golongan, tmt_pangkat, mkg_tahun, mkg_bulan, 'data awal', dibuat_pada
        FROM pegawai;
        """,
    )


@migrations(name="0007_serah_terima")
def m0007_serah_terima(db: Database) -> None:
    """SOP 010/011: the weekly handover of KK and KTP-el files to Dindukcapil, and their return.

    A batch (``serah_terima``) gets its number from its own register ("Register Serah Terima
    Berkas ke Dindukcapil", code 400.12.2.1 like the KK and KTP-el books, unit ST). An
    application is in at most one batch still waiting for its answer (the partial unique index):
    a file cannot be handed over twice; after "perbaikan" it may go again in a later batch.
    """
    _jalankan(
        db,
        """
        CREATE TABLE serah_terima (
            id INTEGER PRIMARY KEY,
            nomor_id INTEGER NOT NULL UNIQUE REFERENCES nomor(id),
            status TEXT NOT NULL DEFAULT 'disiapkan'
                CHECK (status IN ('disiapkan', 'dikirim', 'batal')),
            tanggal_kirim TEXT,
            folder TEXT NOT NULL DEFAULT '',
            sha256_manifest TEXT NOT NULL DEFAULT '',
            alasan_batal TEXT,
            dibuat_oleh TEXT,
            dibuat_pada TEXT NOT NULL,
            dikirim_oleh TEXT,
            diubah_pada TEXT
        );
        CREATE INDEX serah_terima_status ON serah_terima(status);

        CREATE TABLE serah_terima_item (
            serah_terima_id INTEGER NOT NULL REFERENCES serah_terima(id),
            permohonan_id INTEGER NOT NULL REFERENCES permohonan(id),
            hasil TEXT NOT NULL DEFAULT ''
                CHECK (hasil IN ('', 'ditandatangani', 'perbaikan')),
            keterangan TEXT NOT NULL DEFAULT '',
            kembali_pada TEXT,
            kembali_oleh TEXT,
            jumlah_berkas INTEGER NOT NULL DEFAULT 1 CHECK (jumlah_berkas >= 1),
            ditambah_pada TEXT NOT NULL,
            PRIMARY KEY (serah_terima_id, permohonan_id)
        );
        CREATE UNIQUE INDEX serah_terima_item_terbuka
            ON serah_terima_item(permohonan_id) WHERE hasil = '';
        CREATE INDEX serah_terima_item_permohonan ON serah_terima_item(permohonan_id);
        """,
    )
    db.execute(
        "INSERT OR IGNORE INTO register (kode, nama, jenis, kode_klasifikasi, unit, pola, "
        "dibuat_pada) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            "serah-terima",
            "Register Serah Terima Berkas ke Dindukcapil",
            "serah_terima",
            "400.12.2.1",
            "ST",
            "{kode}/{nomor:03}/{unit}/{tahun}",
            "2026-01-01T00:00:00",
        ],
    )


@migrations(name="0008_kinerja")
def m0008_kinerja(db: Database) -> None:
    """Kinerja: an index that hands the step records over in SOP order, and SOPs as tracked work.

    ``permohonan_langkah_urut`` covers (permohonan_id, langkah, id, selesai_pada, mulai, oleh):
    the kinerja report of a year reads 840,000 step records in exactly this order, and with the
    index SQLite computes every step's time without sorting them (half the report's time on the
    ten-year database). It is built once, here.

    ``pelacakan_sop`` is one run of any catalog SOP followed as work (the two kinerja SOPs first);
    ``pelacakan_langkah`` copies each step of the SOP as it stood when the run started (text,
    pelaksana, standard time), with its deadline and the app role responsible for it, so a later
    edit of the catalog never moves a deadline already given. The partial index serves the
    Beranda's "late steps of my role" query.
    """
    _jalankan(
        db,
        """
        CREATE INDEX permohonan_langkah_urut
            ON permohonan_langkah(permohonan_id, langkah, id, selesai_pada, mulai, oleh);

        CREATE TABLE pelacakan_sop (
            id INTEGER PRIMARY KEY,
            sop TEXT NOT NULL,
            nama_sop TEXT NOT NULL,
            judul TEXT NOT NULL,
            mulai TEXT NOT NULL,
            hari_kerja INTEGER NOT NULL DEFAULT 0 CHECK (hari_kerja IN (0, 1)),
            status TEXT NOT NULL DEFAULT 'berjalan'
                CHECK (status IN ('berjalan', 'selesai', 'batal')),
            alasan_batal TEXT,
            dibuat_oleh TEXT,
            dibuat_pada TEXT NOT NULL,
            diubah_pada TEXT
        );
        CREATE INDEX pelacakan_sop_status ON pelacakan_sop(status);

        CREATE TABLE pelacakan_langkah (
            pelacakan_id INTEGER NOT NULL REFERENCES pelacakan_sop(id),
            langkah INTEGER NOT NULL,
            uraian TEXT NOT NULL,
            pelaksana TEXT NOT NULL,
            peran TEXT NOT NULL,
            waktu_baku TEXT NOT NULL DEFAULT '',
            output_sop TEXT NOT NULL DEFAULT '',
            batas TEXT,
            selesai_pada TEXT,
            oleh TEXT,
            dokumen TEXT NOT NULL DEFAULT '',
            catatan TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (pelacakan_id, langkah)
        );
        CREATE INDEX pelacakan_langkah_terbuka
            ON pelacakan_langkah(peran, batas) WHERE selesai_pada IS NULL;
        """,
    )


@migrations(name="0040_skm")
def m0040_skm(db: Database) -> None:
    """Survei Kepuasan Masyarakat (PermenPANRB 14/2017): answers kept so that nothing links
    them to the applicant (see :mod:`bawang_desk.core.skm`).

    Counters, not rows per respondent: ``skm_jawaban`` counts each answer (1..4) of each unsur
    by month, service and source (counter screen or paper form); ``skm_responden`` counts the
    questionnaires; ``skm_profil`` counts each profile answer on its own, so a respondent's
    profile and answers are never stored together. The month only, never a day or a time.
    ``WITHOUT ROWID``: the rows are ordered by their key, there is no insertion order to read.
    ``skm_saran`` keeps the free-text saran under a random id. ``skm_tindak_lanjut`` is the
    Sekcam's rencana tindak lanjut per report period (``awal/akhir``).
    """
    _jalankan(
        db,
        """
        CREATE TABLE skm_jawaban (
            bulan TEXT NOT NULL CHECK (bulan GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
            layanan TEXT NOT NULL,
            sumber TEXT NOT NULL CHECK (sumber IN ('loket', 'kertas')),
            unsur INTEGER NOT NULL CHECK (unsur BETWEEN 1 AND 9),
            nilai INTEGER NOT NULL CHECK (nilai BETWEEN 1 AND 4),
            jumlah INTEGER NOT NULL CHECK (jumlah >= 0),
            PRIMARY KEY (bulan, layanan, sumber, unsur, nilai)
        ) WITHOUT ROWID;

        CREATE TABLE skm_responden (
            bulan TEXT NOT NULL CHECK (bulan GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
            layanan TEXT NOT NULL,
            sumber TEXT NOT NULL CHECK (sumber IN ('loket', 'kertas')),
            jumlah INTEGER NOT NULL CHECK (jumlah >= 0),
            PRIMARY KEY (bulan, layanan, sumber)
        ) WITHOUT ROWID;

        CREATE TABLE skm_profil (
            bulan TEXT NOT NULL CHECK (bulan GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
            layanan TEXT NOT NULL,
            atribut TEXT NOT NULL
                CHECK (atribut IN ('jenis_kelamin', 'usia', 'pendidikan', 'pekerjaan')),
            nilai TEXT NOT NULL,
            jumlah INTEGER NOT NULL CHECK (jumlah >= 0),
            PRIMARY KEY (bulan, layanan, atribut, nilai)
        ) WITHOUT ROWID;

        CREATE TABLE skm_saran (
            id INTEGER PRIMARY KEY,
            bulan TEXT NOT NULL CHECK (bulan GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
            layanan TEXT NOT NULL,
            teks TEXT NOT NULL CHECK (length(teks) BETWEEN 1 AND 1000)
        );
        CREATE INDEX skm_saran_bulan ON skm_saran(bulan);

        CREATE TABLE skm_tindak_lanjut (
            periode TEXT PRIMARY KEY,
            teks TEXT NOT NULL,
            oleh TEXT,
            diubah_pada TEXT NOT NULL
        );
        """,
    )


@migrations(name="0020_rahasia_tersamar")
def m0020_rahasia_tersamar(db: Database) -> None:
    """Scrub the copies of Rahasia letters' hal kept outside the letters (issue 13 item 8).

    The Buku Nomor's ``perihal`` becomes "(Rahasia)", and so does the hal in the audit rows
    that recorded it (number issued, letter changed, draft written). The audit chain is then
    re-hashed from the first scrubbed row on; each re-hashed row's old hash is kept in
    ``audit_rantai_lama``, so a chain head recorded earlier (a backup, a print) can still be
    found, and one audit row says what was done. ``secure_delete`` zeroes the old text's pages.
    Backups made before this migration still hold the old text: they age out with the backups.
    """
    conn = db.conn
    lama = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete=ON")
    try:
        _samarkan_rahasia(db)
    finally:
        conn.execute(f"PRAGMA secure_delete={int(lama)}")


def _samarkan_rahasia(db: Database) -> None:
    import json

    from bawang_desk.core import audit

    conn = db.conn
    samar = "(Rahasia)"

    def rahasia(tabel: str) -> str:
        # before 0021 the word sat in sifat; a file that got 0021 first has the flag
        kolom = {r[1] for r in conn.execute(f"PRAGMA table_info({tabel})")}
        return "(sifat = 'Rahasia' OR rahasia = 1)" if "rahasia" in kolom else "sifat = 'Rahasia'"

    nomor_ids = [
        r[0]
        for r in conn.execute(
            f"SELECT nomor_id FROM surat_masuk WHERE {rahasia('surat_masuk')} UNION "
            f"SELECT nomor_id FROM surat_keluar WHERE {rahasia('surat_keluar')} "
            "AND nomor_id IS NOT NULL"
        )
    ]
    for nid in nomor_ids:
        conn.execute("UPDATE nomor SET perihal = ? WHERE id = ?", (samar, nid))
    objek = {f"nomor:{n}" for n in nomor_ids}
    objek |= {
        f"surat_masuk:{r[0]}"
        for r in conn.execute(f"SELECT id FROM surat_masuk WHERE {rahasia('surat_masuk')}")
    }
    objek |= {
        f"surat_keluar:{r[0]}"
        for r in conn.execute(f"SELECT id FROM surat_keluar WHERE {rahasia('surat_keluar')}")
    }
    _jalankan(
        db,
        """
        CREATE TABLE audit_rantai_lama (
            id INTEGER PRIMARY KEY REFERENCES audit(id),
            hash_lama TEXT NOT NULL
        );
        """,
    )
    ubah: dict[int, str] = {}
    for id_, aksi, obj, rincian in conn.execute(
        "SELECT id, aksi, objek, rincian FROM audit WHERE aksi IN ('nomor.terbit', "
        "'surat_masuk.ubah', 'surat_keluar.konsep', 'surat_keluar.ubah', "
        "'surat_keluar.nomor_luar') AND rincian IS NOT NULL ORDER BY id"
    ).fetchall():
        if obj not in objek:
            continue
        r = json.loads(rincian)
        if aksi == "nomor.terbit" and r.get("perihal") not in (None, "", samar):
            r["perihal"] = samar
        elif aksi == "surat_masuk.ubah" and "hal" in r:
            r["hal"] = [samar, samar]
        elif aksi.startswith("surat_keluar.") and r.get("hal") not in (None, samar):
            r["hal"] = samar
        else:
            continue
        ubah[id_] = json.dumps(r, ensure_ascii=False, sort_keys=True, default=str)
    if not ubah:
        return
    head_lama = audit.hash_terakhir(conn)
    conn.execute("DROP TRIGGER audit_tanpa_ubah")
    awal = min(ubah)
    (sebelum,) = conn.execute("SELECT hash_sebelum FROM audit WHERE id = ?", (awal,)).fetchone()
    rows = conn.execute(
        "SELECT id, waktu, pengguna, aksi, objek, rincian, hash FROM audit WHERE id >= ? "
        "ORDER BY id",
        (awal,),
    ).fetchall()
    for id_, waktu, pengguna, aksi, obj, rincian, h_lama in rows:
        rincian = ubah.get(id_, rincian)
        h = audit.hitung_hash(sebelum, id_, waktu, pengguna, aksi, obj, rincian)
        conn.execute(
            "UPDATE audit SET rincian = ?, hash_sebelum = ?, hash = ? WHERE id = ?",
            (rincian, sebelum, h, id_),
        )
        conn.execute("INSERT INTO audit_rantai_lama (id, hash_lama) VALUES (?, ?)", (id_, h_lama))
        sebelum = h
    _jalankan(
        db,
        """
        CREATE TRIGGER audit_tanpa_ubah BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'Catatan audit tidak boleh diubah'); END;
        CREATE TRIGGER audit_rantai_lama_tetap BEFORE UPDATE ON audit_rantai_lama
        BEGIN SELECT RAISE(ABORT, 'Catatan audit tidak boleh diubah'); END;
        CREATE TRIGGER audit_rantai_lama_tanpa_hapus BEFORE DELETE ON audit_rantai_lama
        BEGIN SELECT RAISE(ABORT, 'Catatan audit tidak boleh dihapus'); END;
        """,
    )
    from datetime import datetime

    audit.tulis(
        conn,
        datetime.now().isoformat(timespec="seconds"),
        None,
        "audit.samarkan_rahasia",
        "audit",
        {
            "baris_disamarkan": sorted(ubah),
            "dihitung_ulang_dari": awal,
            "hash_terakhir_lama": head_lama,
            "nomor_disamarkan": len(nomor_ids),
        },
    )


@migrations(name="0060_atas_nama")
def m0060_atas_nama(db: Database) -> None:
    """Steps officials take on paper, recorded on their behalf (issue 14).

    Each step table gets ``atas_nama``: the JSON of :class:`bawang_desk.core.atas_nama.Pelaku`
    (official, mode, the official's time, the account that recorded it). Old rows keep NULL:
    they were done by the logged-in official himself. ``permohonan`` gets the printed-for-signing
    state of its letter: how often it was printed, the planned signature block, and the reason
    it came back unsigned; ``pengganti`` (JSON) is the Surat Keterangan Pengganti KTP-el's own
    record: its number, date, signature and masa berlaku (SOP 011 step 6).
    """
    _jalankan(
        db,
        """
        ALTER TABLE surat_masuk_langkah ADD COLUMN atas_nama TEXT;
        ALTER TABLE surat_keluar_langkah ADD COLUMN atas_nama TEXT;
        ALTER TABLE usulan_kp_langkah ADD COLUMN atas_nama TEXT;
        ALTER TABLE permohonan_langkah ADD COLUMN atas_nama TEXT;
        ALTER TABLE permohonan ADD COLUMN cetak_ke INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE permohonan ADD COLUMN alasan_kembali TEXT;
        ALTER TABLE permohonan ADD COLUMN pengganti TEXT;
        ALTER TABLE surat_keluar ADD COLUMN cetak_ke INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE surat_keluar ADD COLUMN alasan_kembali TEXT;
        """,
    )


@migrations(name="0061_pengganti_ktp")
def m0061_pengganti_ktp(db: Database) -> None:
    """The Surat Keterangan Pengganti KTP-el gets its own register (SOP 011 step 6, issue 14):
    its own numbers, never the pengantar's. Its code is that of identitas penduduk
    (400.12.2.1, DOMAIN.md section 5) with its own unit, so no other book prints the same number.
    """
    db.execute(
        "INSERT OR IGNORE INTO register (kode, nama, jenis, kode_klasifikasi, unit, pola, "
        "dibuat_pada) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            "ktp-el-pengganti",
            "Register Surat Keterangan Pengganti KTP-el",
            "layanan",
            "400.12.2.1",
            "SKP",
            "{kode}/{nomor:03}/{unit}/{tahun}",
            "2026-01-01T00:00:00",
        ],
    )


@migrations(name="0021_sifat_dua")
def m0021_sifat_dua(db: Database) -> None:
    """Sifat as two fields (issue 12 item 6): ``sifat`` keeps the urgency only (Biasa, Segera,
    Sangat Segera), the new ``rahasia`` the security (0 Biasa, 1 Rahasia).

    Existing letters: "Rahasia" becomes Biasa + rahasia, so a secret letter stays secret;
    "Penting" becomes Biasa (it spoke of importance, not of a deadline, and no SOP step hangs on
    it); "Amat Segera", should any row hold it, becomes Sangat Segera. One audit row counts what
    was converted, so an auditor comparing old prints knows where "Penting" went.
    """
    from datetime import datetime

    from bawang_desk.core import audit

    conn = db.conn
    hitung: dict[str, dict[str, int]] = {}
    for tabel in ("surat_masuk", "surat_keluar"):
        conn.execute(
            f"ALTER TABLE {tabel} ADD COLUMN rahasia INTEGER NOT NULL DEFAULT 0 "
            "CHECK (rahasia IN (0, 1))"
        )
        n = {
            "rahasia": conn.execute(
                f"UPDATE {tabel} SET rahasia = 1, sifat = 'Biasa' WHERE sifat = 'Rahasia'"
            ).rowcount,
            "penting": conn.execute(
                f"UPDATE {tabel} SET sifat = 'Biasa' WHERE sifat = 'Penting'"
            ).rowcount,
            "amat_segera": conn.execute(
                f"UPDATE {tabel} SET sifat = 'Sangat Segera' WHERE sifat = 'Amat Segera'"
            ).rowcount,
        }
        hitung[tabel] = n
    if any(v for n in hitung.values() for v in n.values()):
        audit.tulis(
            conn,
            datetime.now().isoformat(timespec="seconds"),
            None,
            "surat.sifat_dipisah",
            "surat",
            {
                "keterangan": "Rahasia -> Biasa + rahasia; Penting -> Biasa; "
                "Amat Segera -> Sangat Segera",
                **hitung,
            },
        )


@migrations(name="0022_gagal_tak_dikenal")
def m0022_gagal_tak_dikenal(db: Database) -> None:
    """Failed logins under a username that does not exist, counted and locked like a real
    account's (issue 13 item 10), so the lockout message does not tell which names exist. Rows
    whose lock has run out are removed at the next failure."""
    _jalankan(
        db,
        """
        CREATE TABLE masuk_gagal_tak_dikenal (
            username TEXT PRIMARY KEY,
            gagal INTEGER NOT NULL DEFAULT 0,
            terkunci_sampai TEXT
        ) WITHOUT ROWID;
        """,
    )


@migrations(name="0023_indeks_nomor_hilang")
def m0023_indeks_nomor_hilang(db: Database) -> None:
    """An index of the lost numbers alone (issue 17): every printed book notes its lost
    numbers, and without it the read walked a register's ten years of numbers while every
    save waited. A restore marks numbers lost rarely, so the index stays a few rows."""
    _jalankan(
        db,
        """
        CREATE INDEX nomor_hilang ON nomor (register, tanggal)
            WHERE sumber = 'pemulihan' AND status = 'BATAL';
        """,
    )


def _fts_samping(
    db: Database, nama: str, kolom: tuple[str, ...], syarat: str, kolom_syarat: tuple[str, ...]
) -> None:
    """A small FTS5 index ``surat_masuk_<nama>_fts`` of the letters ``syarat`` names (written
    with ``{t}`` for the row), holding its own copy of ``kolom``, filled now and kept in step by
    triggers: for searches over a few letters that the full index answers only by reading its
    lists for every keystroke."""
    cols = ", ".join(kolom)
    new = ", ".join(f"new.{c}" for c in kolom)
    ubah = ", ".join(dict.fromkeys((*kolom, *kolom_syarat)))
    t = f"surat_masuk_{nama}"
    _jalankan(
        db,
        f"""
        CREATE VIRTUAL TABLE {t}_fts USING fts5(
            {cols}, tokenize='unicode61 remove_diacritics 2'
        );
        INSERT INTO {t}_fts (rowid, {cols})
            SELECT id, {cols} FROM surat_masuk s WHERE {syarat.format(t="s")};
        CREATE TRIGGER {t}_ai AFTER INSERT ON surat_masuk
        WHEN {syarat.format(t="new")} BEGIN
            INSERT INTO {t}_fts (rowid, {cols}) VALUES (new.id, {new});
        END;
        CREATE TRIGGER {t}_ad AFTER DELETE ON surat_masuk BEGIN
            DELETE FROM {t}_fts WHERE rowid = old.id;
        END;
        CREATE TRIGGER {t}_au AFTER UPDATE OF {ubah} ON surat_masuk BEGIN
            DELETE FROM {t}_fts WHERE rowid = old.id;
            INSERT INTO {t}_fts (rowid, {cols})
                SELECT new.id, {new} WHERE {syarat.format(t="new")};
        END;
        """,
    )


@migrations(name="0024_indeks_rahasia")
def m0024_indeks_rahasia(db: Database) -> None:
    """A small search index of the Rahasia letters' sender and number alone (issue 17): those
    are all a hidden Rahasia letter may be found by, and testing them in the full index read
    its lists for every keystroke (up to 14 ms a keystroke on ten years of letters)."""
    _fts_samping(db, "rahasia", ("pengirim", "nomor_surat"), "{t}.rahasia = 1", ("rahasia",))


@migrations(name="0025_indeks_segera")
def m0025_indeks_segera(db: Database) -> None:
    """A small search index of the Sangat Segera letters not yet distributed (issue 17): they
    head every first page of the Buku Agenda, and finding them in the full index read its
    lists for every keystroke (8-11 ms for one letter typed, on ten years of letters)."""
    _fts_samping(
        db,
        "segera",
        ("pengirim", "hal", "nomor_surat", "ringkasan"),
        "{t}.sifat = 'Sangat Segera' AND {t}.status <> 'didistribusikan'",
        ("sifat", "status"),
    )


def apply(db: Database) -> None:
    migrations.apply(db)


def pending(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


if tuple(m.name for m in migrations._migrations) != skema.MIGRASI:  # pragma: no cover
    raise RuntimeError("bawang_desk.core.skema.MIGRASI tidak sama dengan daftar migrasi")
