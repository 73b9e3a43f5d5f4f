"""Generated office data that looks real: a demo database for training and a ten-year benchmark.

Everything comes from one seeded ``random.Random``, so the same seed gives the same registers.
People have Javanese/Indonesian names (some with apostrophes: Nur'aini, Ma'ruf), live in the 18
desa of Bawang and carry NIKs that :func:`~bawang_desk.core.identity.parse_nik` accepts (mostly
first registered in Bawang, some elsewhere in Banjarnegara or beyond: a NIK keeps its region
when people move). Staff come from :mod:`bawang_desk.core.pegawai_contoh`: NIPs that
:func:`~bawang_desk.core.identity.parse_nip` accepts (NI PPPK for PPPK), careers walked with the
KP/KGB rules, so the buku penjagaan of the demo is a believable one. Letters come from the offices that
really write to a kecamatan, with the classification codes of Permendagri 83/2022 that
DOMAIN.md lists; applications walk the steps of the SOP catalog at the catalog's standard times.

Nothing here is a real person, and the office address and contacts are placeholders. The registers are
written through :mod:`bawang_desk.core.massal`, the core's bulk paths; the staff through
``desk.pegawai.tambah_banyak`` (validated, with pangkat/KGB history).
"""

from __future__ import annotations

import bisect
import functools
import random
import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from bawang_desk.core import massal, peran
from bawang_desk.core.akun import hash_sandi
from bawang_desk.core.desk import Desk
from bawang_desk.core.kepegawaian import STATUS_AKTIF
from bawang_desk.core.layanan import LAYANAN as INFO_LAYANAN
from bawang_desk.core.layanan_isian import LAYANAN_IDENTITAS
from bawang_desk.core.pegawai import PegawaiBaru
from bawang_desk.core.pegawai_contoh import buat_pegawai_contoh
from bawang_desk.core.pengaturan import Kantor, Pejabat, Umum
from bawang_desk.core.referensi import desa_banjarnegara, desa_bawang, kecamatan_banjarnegara
from bawang_desk.core.surat_masuk import STATUS as STATUS_SURAT_MASUK
from bawang_desk.core.teks import BULAN, bulan_romawi, tanggal_panjang

__all__ = ["SANDI_DEMO", "buat_demo", "generate_ten_years"]

Progress = Callable[[int, int, str], None]

#: Every demo account (username = role key) has this password. It is shorter than the password
#: policy on purpose, so nobody mistakes a demo database for a real one.
SANDI_DEMO = "demo"

LAYANAN = ("ktp-el", "kk", "legalisasi", "pindah", "skck", "kredit-bank")
_BOBOT_LAYANAN = (34, 30, 12, 10, 9, 5)


def _kumulatif(bobot: Sequence[float]) -> tuple[float, ...]:
    """Cumulative shares without the last 1.0, for ``seq[bisect(kum, random())]``."""
    jumlah, kum, hasil = sum(bobot), 0.0, []
    for b in bobot[:-1]:
        kum += b
        hasil.append(kum / jumlah)
    return tuple(hasil)


_KUM_LAYANAN = _kumulatif(_BOBOT_LAYANAN)


def status_setelah_langkah(layanan: str, langkah: int) -> tuple[str, bool]:
    """Where the app's own flow leaves an application whose last SOP step was ``langkah``,
    and whether its letter has been signed (so it holds a register number)."""
    inf = INFO_LAYANAN[layanan]
    aksi = "terima"
    for nama, nomor in inf.aksi.items():  # in flow order
        if nomor and min(nomor) <= langkah:
            aksi = nama
    status = {
        "terima": "antrian",
        "periksa": "diperiksa",
        "minta_ttd": "menunggu_ttd",
        "tandatangani": "diproses" if inf.siak else "siap_diserahkan",
        "proses": "di_dindukcapil" if inf.dindukcapil else "siap_diserahkan",
        "kembali": "siap_diserahkan",
        "serahkan": "selesai",
    }[aksi]
    return status, aksi not in ("terima", "periksa", "minta_ttd")


_VARIAN_BAKU = {
    "kk": ("pindah-datang", "pemecahan", "kelahiran", "kematian", "numpang", "rusak-hilang"),
    "ktp-el": ("baru", "hilang-rusak", "sudah-rekam", "perubahan-data"),
}
_BOBOT_VARIAN = {
    "pindah-datang": 12,
    "pemecahan": 20,
    "kelahiran": 30,
    "kematian": 12,
    "numpang": 8,
    "rusak-hilang": 18,
    "baru": 40,
    "hilang-rusak": 30,
    "sudah-rekam": 18,
    "perubahan-data": 12,
}

# --------------------------------------------------------------------------- names

_LAKI = (
    "Agus", "Ahmad", "Arif", "Bambang", "Budi", "Dwi", "Eko", "Fajar", "Hadi", "Heri", "Imam",
    "Joko", "Khoirul", "Ma'ruf", "Muhammad", "Mu'in", "Nur", "Rohmat", "Slamet", "Sugeng",
    "Teguh", "Tri", "Wahyu", "Yusuf", "Ja'far", "Sya'roni", "Taufik", "Ilham", "Rizki", "Dimas",
    "Aditya", "Bagus", "Rendi", "Yogi", "Fauzan", "Nasrul", "Mustofa", "Syamsul", "Zainal",
    "Iskandar", "Gunawan", "Suparno", "Darsono", "Karyono", "Warsito", "Kuswanto", "Purnomo",
    "Edi", "Hendra", "Anton", "Rudi", "Andi", "Galih", "Sigit", "Wawan", "Ridwan", "Abdul",
    "Ali", "Ikhsan", "Lukman", "Nanang", "Priyo", "Sapto", "Tanto", "Yanto", "Danang",
)  # fmt: skip
_PEREMPUAN = (
    "Siti", "Sri", "Nur'aini", "Dewi", "Endang", "Yuni", "Lestari", "Ani", "Fitri", "Umi",
    "Rina", "Ratna", "Wulan", "Indah", "Puji", "Eni", "Dian", "Novi", "Putri", "Nabila", "Anisa",
    "Ika", "Evi", "Yanti", "Nurul", "Laila", "Sa'adah", "Ni'mah", "Mu'awanah", "Ma'rifah",
    "Zulaikha", "Aisyah", "Ayu", "Tri", "Dwi", "Rohmah", "Khotimah", "Salsabila", "Tutik",
    "Heni", "Erna", "Retno", "Wiwik", "Suci", "Nining", "Asih", "Desi", "Mega", "Rizka",
)  # fmt: skip
_LAKI_TUA = (
    "Sutrisno", "Sukirno", "Paryono", "Ngadiman", "Tarno", "Wartono", "Suyatno", "Karto",
    "Darmo", "Sarno", "Kasmin", "Rasimin", "Sumardi", "Tukiman", "Marsono", "Kardi", "Wagiman",
    "Dulah", "Tasman", "Sanwikarta",
)  # fmt: skip
_PEREMPUAN_TUA = (
    "Tumini", "Painem", "Ngatinah", "Wartini", "Sumiyati", "Suwarni", "Partini", "Sarmi",
    "Tarsih", "Warsih", "Kasinah", "Sulastri", "Kartini", "Rasinah", "Sutini", "Darsih",
    "Tasmirah", "Karsinah",
)  # fmt: skip
_BELAKANG_LAKI = (
    "Santoso", "Prasetyo", "Wibowo", "Susilo", "Nugroho", "Setiawan", "Hidayat", "Saputra",
    "Kurniawan", "Purnomo", "Wahyudi", "Hartono", "Riyanto", "Suryanto", "Pamungkas",
    "Firmansyah", "Maulana", "Ramadhan", "Hakim", "Mubarok", "Syafi'i", "Mas'ud", "Sholeh",
    "Nur Hidayat", "Budiman", "Utomo", "Raharjo", "Sudrajat", "Arifin", "Anshori",
)  # fmt: skip
_BELAKANG_PEREMPUAN = (
    "Rahayu", "Lestari", "Wulandari", "Susanti", "Handayani", "Purwaningsih", "Setyaningsih",
    "Kusumawati", "Maryani", "Rahmawati", "Fitriani", "Safitri", "Nurhayati", "Khasanah",
    "Hidayah", "Mu'arofah", "Solikhah", "Istiqomah", "Anggraeni", "Ningsih", "Pertiwi",
    "Utami", "Oktaviani", "Nur'aeni",
)  # fmt: skip

# --------------------------------------------------------------------------- regions

_WILAYAH_LUAR = (  # (kabupaten/kota code, number of kecamatan codes used)
    ("3303", 18),  # Purbalingga
    ("3307", 15),  # Wonosobo
    ("3302", 27),  # Banyumas
    ("3305", 26),  # Kebumen
    ("3374", 16),  # Kota Semarang
    ("3175", 10),  # Jakarta Timur
    ("3273", 30),  # Kota Bandung
    ("3404", 17),  # Sleman
)

# --------------------------------------------------------------------------- letters

_SIFAT = ("Biasa", "Penting", "Segera", "Sangat Segera", "Rahasia")
_BOBOT_SIFAT = (72, 12, 10, 3, 3)

# Topics: (hal templates, classification code from DOMAIN.md section 5 or "").
_TOPIK_MASUK: dict[str, tuple[tuple[str, ...], str]] = {
    "ktp": (
        (
            "Jadwal Perekaman KTP-el Keliling di Kecamatan Bawang",
            "Penyampaian Blangko KTP-el Bulan {bulan} {tahun}",
            "Pengembalian Berkas KK dan KTP-el Minggu ke-{minggu} Bulan {bulan}",
            "Undangan Sosialisasi Identitas Kependudukan Digital (IKD)",
            "Permintaan Data Penduduk Wajib KTP-el Belum Rekam",
        ),
        "400.12.2.1",
    ),
    "pindah": (
        (
            "Penyampaian Rekapitulasi Pindah Datang Penduduk Bulan {bulan} {tahun}",
            "Verifikasi Surat Keterangan Pindah a.n. {nama}",
        ),
        "400.12.2.2",
    ),
    "kp": (
        (
            "Usul Kenaikan Pangkat Periode {periode}",
            "Pemberitahuan Batas Waktu Usul Kenaikan Pangkat Periode {periode}",
        ),
        "800.1.3.2",
    ),
    "ijazah": (("Ujian Penyesuaian Kenaikan Pangkat Tahun {tahun}",), "800.1.4.2"),
    "kgb": (
        (
            "Pemberitahuan Kenaikan Gaji Berkala a.n. {pegawai}",
            "Daftar Pegawai yang Memasuki KGB Bulan {bulan} {tahun}",
        ),
        "800.1.11.13",
    ),
    "pelayanan": (
        (
            "Undangan Rapat Koordinasi Pelayanan Publik",
            "Permintaan Laporan Pelayanan Administrasi Terpadu Kecamatan Triwulan {triwulan}",
            "Evaluasi Standar Pelayanan Kecamatan Tahun {tahun}",
            "Survei Kepuasan Masyarakat Semester {semester} Tahun {tahun}",
        ),
        "100.2.2.5",
    ),
    "desa": (
        (
            "Permohonan Rekomendasi Pencairan Dana Desa Tahap {tahap}",
            "Laporan Realisasi APBDes Semester {semester} Tahun {tahun}",
            "Permohonan Fasilitasi Musyawarah Desa",
            "Pemberitahuan Kegiatan Merti Desa {desa}",
            "Permohonan Pengesahan Pengangkatan Perangkat Desa",
        ),
        "400.10.2",  # Pemerintahan Desa dan Kelurahan (Permendagri 83/2022)
    ),
    "umum": (
        (
            "Undangan Rapat Koordinasi Camat se-Kabupaten Banjarnegara",
            "Penyampaian Surat Edaran Bupati tentang Hari Jadi Kabupaten Banjarnegara",
            "Undangan Upacara Peringatan Hari Kemerdekaan RI",
            "Permintaan Data Kinerja Kecamatan Triwulan {triwulan}",
            "Monitoring dan Evaluasi Penyelenggaraan Pemerintahan Kecamatan",
        ),
        "",
    ),
    "trantib": (
        (
            "Laporan Situasi Kamtibmas Wilayah Kecamatan Bawang Bulan {bulan}",
            "Permohonan Izin Keramaian a.n. {nama}",
            "Koordinasi Pengamanan Kegiatan Masyarakat di Desa {desa}",
        ),
        "",
    ),
    "kesehatan": (
        (
            "Undangan Lokakarya Mini Lintas Sektor Triwulan {triwulan}",
            "Pemberitahuan Pelaksanaan Bulan Imunisasi Anak Nasional",
            "Laporan Kasus Demam Berdarah di Desa {desa}",
        ),
        "",
    ),
    "kredit": (("Konfirmasi Rekomendasi Pengajuan Kredit a.n. {nama}",), "100.2.2.5"),
}

# (name, abbreviation for their numbers, weight, topics); {desa} is filled per letter.
_PENGIRIM: tuple[tuple[str, str, int, tuple[str, ...]], ...] = (
    (
        "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banjarnegara",
        "Dindukcapil",
        18,
        ("ktp", "ktp", "pindah"),
    ),
    ("Sekretariat Daerah Kabupaten Banjarnegara", "Setda", 15, ("umum", "pelayanan")),
    ("Badan Kepegawaian Daerah Kabupaten Banjarnegara", "BKD", 9, ("kp", "kgb", "ijazah")),
    ("Kepala Desa {desa}", "", 22, ("desa", "desa", "trantib")),
    ("Polsek Bawang", "Sek Bawang", 6, ("trantib",)),
    ("Puskesmas Bawang 1", "Pusk", 4, ("kesehatan",)),
    ("Puskesmas Bawang 2", "Pusk", 3, ("kesehatan",)),
    ("Koramil Bawang", "Ramil", 2, ("trantib",)),
    ("Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Banjarnegara", "Dispermades", 6, ("desa",)),
    ("Bappeda dan Litbang Kabupaten Banjarnegara", "Bappedalitbang", 4, ("umum", "pelayanan")),
    ("Inspektorat Kabupaten Banjarnegara", "Inspektorat", 3, ("umum",)),
    ("BRI Unit Bawang", "BRI", 3, ("kredit",)),
    ("KUA Kecamatan Bawang", "KUA", 2, ("umum",)),
)

# Outgoing: (weight, classification code, hal templates, addressees, signer role).
_TOPIK_KELUAR: tuple[tuple[int, str, tuple[str, ...], tuple[str, ...], str], ...] = (
    (
        22,
        "400.12.2.1",
        (
            "Pengiriman Berkas Permohonan KK dan KTP-el Minggu ke-{minggu} Bulan {bulan}",
            "Permohonan Blangko KTP-el",
            "Laporan Perekaman KTP-el Bulan {bulan} {tahun}",
        ),
        ("Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banjarnegara",),
        "sekcam",
    ),
    (
        14,
        "400.12.2.2",
        (
            "Penyampaian Surat Keterangan Pindah a.n. {nama}",
            "Laporan Rekapitulasi Pindah Datang Penduduk Bulan {bulan} {tahun}",
        ),
        (
            "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Banjarnegara",
            "Camat {kecamatan}",
        ),
        "camat",
    ),
    (
        10,
        "800.1.3.2",
        ("Usul Kenaikan Pangkat Periode {periode} a.n. {pegawai}",),
        ("Kepala Badan Kepegawaian Daerah Kabupaten Banjarnegara",),
        "camat",
    ),
    (
        4,
        "800.1.4.2",
        ("Usul Kenaikan Pangkat Penyesuaian Ijazah a.n. {pegawai}",),
        ("Kepala Badan Kepegawaian Daerah Kabupaten Banjarnegara",),
        "camat",
    ),
    (
        12,
        "800.1.11.13",
        ("Usul Kenaikan Gaji Berkala a.n. {pegawai}",),
        (
            "Kepala Badan Kepegawaian Daerah Kabupaten Banjarnegara",
            "Kepala BPPKAD Kabupaten Banjarnegara",
        ),
        "sekcam",
    ),
    (
        38,
        "100.2.2.5",
        (
            "Undangan Rapat Koordinasi Kepala Desa se-Kecamatan Bawang",
            "Laporan Pelayanan Administrasi Terpadu Kecamatan Triwulan {triwulan} Tahun {tahun}",
            "Rekomendasi Pengajuan Kredit a.n. {nama}",
            "Pemberitahuan Jadwal Pelayanan Kecamatan Selama Libur Hari Raya",
            "Penyampaian Hasil Survei Kepuasan Masyarakat Semester {semester}",
        ),
        (
            "Bupati Banjarnegara",
            "Sekretaris Daerah Kabupaten Banjarnegara",
            "Kepala Desa se-Kecamatan Bawang",
            "Kepala Desa {desa}",
            "Kapolsek Bawang",
            "Pimpinan BRI Unit Bawang",
        ),
        "camat",
    ),
)
# The statuses of the letter modules (surat_masuk.STATUS, surat_keluar.STATUS) that recent
# letters may still be in; older ones are finished.
_STATUS_MASUK_BARU = ("dicatat", "disampaikan", "didisposisi", "dijabarkan", "didistribusikan")
#: Steps of the demo's outgoing-letter flow that lead to each status (koreksi, tanda tangan,
#: nomor, kirim, arsip).
_LANGKAH_KELUAR = {
    "konsep": 0,
    "perbaikan": 0,
    "disetujui": 1,
    "ditandatangani": 2,
    "bernomor": 3,
    "dikirim": 4,
    "diarsipkan": 5,
}
_STATUS_KELUAR_BARU = ("konsep", "disetujui", "ditandatangani", "bernomor", "dikirim")
_LAMPIRAN = ("-", "-", "-", "-", "-", "-", "1 (satu) berkas", "1 (satu) lembar", "2 (dua) lembar")

# --------------------------------------------------------------------------- permohonan data

_ALASAN_PINDAH = (
    "Pekerjaan",
    "Pendidikan",
    "Keamanan",
    "Kesehatan",
    "Perumahan",
    "Keluarga",
    "Lainnya",
)
_JENIS_PINDAH = (
    "Kepala keluarga",
    "Kepala keluarga dan seluruh anggota keluarga",
    "Kepala keluarga dan sebagian anggota keluarga",
    "Anggota keluarga",
)
_ALASAN_LAIN_CONTOH = ("Merawat orang tua", "Ikut suami/istri", "Menempati rumah warisan")


def pindah_sesuai(data: dict[str, Any], nik: str, nama: str) -> dict[str, Any]:
    """A demo pindah made consistent as the counter now requires (F-1.03): the applicant is the
    kepala keluarga among the movers, the jenis kepindahan fits the members, items 10 and 11
    and the kode pos tujuan are filled, a "Lainnya" reason says what it is. No draw from the
    generator, so the other demo records stay as they were."""
    anggota = [dict(a) for a in data.get("anggota") or []]
    if anggota:
        anggota[0] = {"nik": nik, "nama": nama, "shdk": "Kepala Keluarga"}
    else:
        anggota = [{"nik": nik, "nama": nama, "shdk": "Kepala Keluarga"}]
    n = int(nik[-4:])
    if len(anggota) == 1:  # alone: a one-person KK leaves nobody behind
        jenis, seluruh = _JENIS_PINDAH[0], n % 2 == 1
    else:  # with the whole family or part of it
        jenis = _JENIS_PINDAH[1 + n % 2]
        seluruh = jenis == _JENIS_PINDAH[1]
    hasil = {
        **data,
        "anggota": anggota,
        "jenis_kepindahan": jenis,
        "nama_kepala_keluarga": nama,
        # demo values in the 534xx range of Banjarnegara; the counter types the real one
        "tujuan_kode_pos": f"534{11 + n % 80:02d}",
        "status_kk_tidak_pindah": "Tidak ada anggota keluarga yang ditinggal"
        if seluruh
        else "Nomor KK tetap",
        "status_kk_pindah": "Nama kepala keluarga dan nomor KK tetap"
        if seluruh
        else "Membuat KK baru",
    }
    if hasil.get("alasan") == "Lainnya":
        hasil["alasan_lain"] = _ALASAN_LAIN_CONTOH[n % len(_ALASAN_LAIN_CONTOH)]
    return hasil


_DOKUMEN_LEGALISASI = (
    "Surat Keterangan Ahli Waris",
    "Surat Keterangan Tidak Mampu",
    "Surat Keterangan Usaha",
    "Surat Keterangan Domisili",
    "Surat Pernyataan Jual Beli Tanah",
    "Surat Keterangan Penghasilan Orang Tua",
)
_BANK = (
    "BRI Unit Bawang",
    "Bank Jateng Cabang Banjarnegara",
    "BPR BKK Banjarnegara",
    "Bank Mandiri KCP Banjarnegara",
    "BNI KCP Banjarnegara",
)
_AGUNAN = ("Sertifikat Hak Milik", "SPPT dan kutipan Buku Letter C", "BPKB")
_USAHA = (
    "budidaya salak",
    "warung kelontong",
    "ternak kambing",
    "bengkel sepeda motor",
    "dagang sayur",
    "produksi dawet ayu",
    "kerajinan bambu",
    "penggilingan padi",
)
_AGAMA_CONTOH = ("Islam",) * 18 + ("Kristen", "Katolik")
_PEKERJAAN_CONTOH = (
    "Petani/Pekebun",
    "Petani/Pekebun",
    "Wiraswasta",
    "Pedagang",
    "Karyawan Swasta",
    "Buruh Harian Lepas",
    "Mengurus Rumah Tangga",
    "Guru",
    "Sopir",
    "Peternak",
)
_GOLONGAN_DARAH_CONTOH = ("O", "O", "A", "B", "AB", "Tidak Tahu")


def identitas_contoh(nik: str, pada: date) -> dict[str, str]:
    """Agama, pekerjaan, status perkawinan, kewarganegaraan and golongan darah of a demo
    applicant, read off the NIK's digits (no draw from the generator, so adding them left
    every other demo record as it was)."""
    from bawang_desk.core.identity import parse_nik

    n = int(nik[-4:]) * 7 + int(nik[6:8])
    umur = pada.year - parse_nik(nik, pada).tanggal_lahir.year
    if umur < 21:
        pekerjaan, status = "Pelajar/Mahasiswa", "Belum Kawin"
    else:
        pekerjaan = _PEKERJAAN_CONTOH[n % len(_PEKERJAAN_CONTOH)]
        status = "Kawin" if umur >= 25 or n % 3 else "Belum Kawin"
        if umur > 65 and n % 4 == 0:
            status = "Cerai Mati"
    return {
        "agama": _AGAMA_CONTOH[n % len(_AGAMA_CONTOH)],
        "pekerjaan": pekerjaan,
        "status_perkawinan": status,
        "kewarganegaraan": "WNI",
        "golongan_darah": _GOLONGAN_DARAH_CONTOH[(n // 3) % len(_GOLONGAN_DARAH_CONTOH)],
    }


def rujukan_contoh(
    layanan: str, varian: str, hari: date, nik: str, data: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The documents a demo application cites (village pengantar, Surat Keterangan Usaha,
    police loss report, SKPWNI), numbered from the NIK and dated a few days before ``hari``
    (no draw from the generator)."""
    n = int(nik[-4:]) + int(nik[6:8])
    tgl = (hari - timedelta(days=1 + n % 6)).isoformat()
    hasil: dict[str, Any] = {}
    if layanan in ("pindah", "kredit-bank", "skck", "legalisasi"):
        hasil["pengantar_desa"] = {"nomor": f"470/{10 + n % 290:03d}/{hari.year}", "tanggal": tgl}
    if layanan == "kredit-bank":
        hasil["surat_usaha"] = {"nomor": f"510/{5 + n % 90:03d}/{hari.year}", "tanggal": tgl}
        if (data or {}).get("agunan_jenis") == "SPPT":
            hasil["agunan_tahun"] = hari.year
            hasil["letter_c_data"] = {
                "nomor": f"C {100 + n % 900}",
                "persil": str(1 + n % 120),
                "kelas": ("D.I", "D.II", "S.II", "S.III")[n % 4],
                "luas": f"{(2 + n % 30) * 50:,}".replace(",", "."),
                "lokasi": f"Blok {('Lor', 'Kidul', 'Wetan', 'Kulon')[n % 4]}",
            }
    lama = (data or {}).get("surat_kehilangan")
    if (layanan, varian) in (("kk", "rusak-hilang"), ("ktp-el", "hilang-rusak")):
        hilang = bool(lama) or (layanan == "kk" and n % 3 == 0)
        hasil["sebab"] = "Hilang" if hilang else "Rusak"
        if hilang:
            hasil["laporan_polisi"] = {
                "nomor": f"SKTLK/{20 + n % 180}/{bulan_romawi(hari.month)}/{hari.year}/Sek Bwg",
                "tanggal": tgl,
                "penerbit": "Polsek Bawang",
            }
    if (layanan, varian) == ("ktp-el", "perubahan-data"):
        hasil["elemen_berubah"] = (
            "Pekerjaan: Pelajar/Mahasiswa menjadi Karyawan Swasta",
            "Status perkawinan: Belum Kawin menjadi Kawin",
            "Alamat: pindah RT dalam desa yang sama",
        )[n % 3]
    if (layanan, varian) == ("kk", "pindah-datang"):
        asal = str((data or {}).get("asal") or "")
        hasil["skpwni"] = {
            "nomor": f"3304-PWNI-{hari.year}-{n % 9000 + 1:04d}",
            "tanggal": (hari - timedelta(days=7 + n % 20)).isoformat(),
            "penerbit": "Dindukcapil Kabupaten Banjarnegara"
            if asal.startswith("Kecamatan")
            else "Dindukcapil Kabupaten Purbalingga",
        }
    return hasil


_KEPERLUAN_SKCK = (
    "melamar pekerjaan",
    "pendaftaran CPNS/PPPK",
    "pendaftaran TNI/Polri",
    "melanjutkan pendidikan",
    "bekerja di luar negeri (PMI)",
    "pencalonan perangkat desa",
)
#: Which row of the SKCK addressee table each demo keperluan falls under.
_JENIS_KEPERLUAN = {
    "pendaftaran CPNS/PPPK": "cpns-pppk",
    "pendaftaran TNI/Polri": "tni-polri",
    "bekerja di luar negeri (PMI)": "luar-negeri",
}

# --------------------------------------------------------------------------- staff

# The structural posts of pegawai_contoh's office, by jabatan: the Pejabat settings key of each
# and the staff behind the demo accounts are found through it.
_KUNCI_STRUKTURAL: dict[str, str] = {
    "Camat": "camat",
    "Sekretaris Kecamatan": "sekcam",
    "Kepala Seksi Tata Pemerintahan": "kasi_tapem",
    "Kepala Seksi Ketenteraman dan Ketertiban Umum": "kasi_trantibum",
    "Kepala Seksi Pemberdayaan Masyarakat dan Desa": "kasi_pmd",
    "Kepala Seksi Kesejahteraan Sosial": "kasi_kesos",
    "Kepala Subbagian Umum dan Kepegawaian": "kasubbag_umum",
    "Kepala Subbagian Kinerja dan Reformasi Birokrasi": "kasubbag_kinerja",
}
_KK_AWAL = date(2005, 1, 1).toordinal()

# --------------------------------------------------------------------------- calendar


def _hari_kerja(mulai: date, akhir: date) -> list[date]:
    """Working days from ``mulai`` up to and including ``akhir``: Monday to Friday, minus the
    fixed-date national holidays (the moving ones are left as ordinary days)."""
    libur = {(1, 1), (5, 1), (6, 1), (8, 17), (12, 25)}
    hasil, d = [], mulai
    while d <= akhir:
        if d.weekday() < 5 and (d.month, d.day) not in libur:
            hasil.append(d)
        d += timedelta(days=1)
    return hasil


def _bagi_per_hari(n: int, hari: list[date], tumbuh: float = 0.0) -> Iterator[tuple[date, int]]:
    """Spread ``n`` records over ``hari`` (busier Mondays, quiet Fridays, ``tumbuh`` growth a
    year); the counts add up to exactly ``n``."""
    if not hari or n <= 0:
        return
    y0 = hari[0].year
    faktor_hari = (1.25, 1.05, 1.0, 1.0, 0.6, 0.3, 0.3)
    bobot = [faktor_hari[d.weekday()] * (1 + tumbuh * (d.year - y0)) for d in hari]
    jumlah = sum(bobot)
    kum, sebelum = 0.0, 0
    for d, b in zip(hari, bobot, strict=True):
        kum += b
        sampai = round(n * kum / jumlah)
        if sampai > sebelum:
            yield d, sampai - sebelum
            sebelum = sampai


def _periode_kp(d: date) -> date:
    """The first KP period on or after ``d``: 1 Apr / 1 Oct, and six a year since 2024."""
    for y in (d.year, d.year + 1):
        bulan = (2, 4, 6, 8, 10, 12) if y >= 2024 else (4, 10)
        for m in bulan:
            p = date(y, m, 1)
            if p >= d:
                return p
    raise AssertionError("unreachable")


def _tambah_tahun(d: date, tahun: int) -> date:
    try:
        return d.replace(year=d.year + tahun)
    except ValueError:  # 29 February
        return d.replace(year=d.year + tahun, day=28)


# --------------------------------------------------------------------------- the generator


@dataclass
class Pegawai:
    """One generated staff member: the record written through ``desk.pegawai`` plus extras.

    ``data`` comes from :mod:`bawang_desk.core.pegawai_contoh`, whose careers follow the KP/KGB
    rules (MKG at the TMT pangkat, the last KGB with its MKG, SKP); ``baris`` is the same record
    as a dict for the generators that pick names and officials from it.
    """

    kunci: str
    data: PegawaiBaru
    baris: dict[str, Any]
    perempuan: bool
    tmt_cpns: date | None

    @property
    def nama(self) -> str:
        return self.baris["nama"]


class Pabrik:
    """The seeded source of every generated person, letter and application."""

    def __init__(self, seed: int, hari_ini: date) -> None:
        self.rng = random.Random(seed)
        self.hari_ini = hari_ini
        self.desa = tuple(d.nama for d in desa_bawang())
        kec = kecamatan_banjarnegara()
        self.kode_kec_bawang = next(k.kode for k in kec if k.nama == "Bawang").replace(".", "")
        self.kecamatan_lain = tuple(k for k in kec if k.nama != "Bawang")
        self.kode_kec_lain = tuple(k.kode.replace(".", "") for k in self.kecamatan_lain)
        self.acak = self.rng.random
        self._rentang: dict[tuple[date, int, int], tuple[int, int]] = {}
        self._orang: list[tuple[str, str, str]] = []  # recent applicants, who come back
        self._layanan = self._baca_layanan()
        self.pegawai: list[Pegawai] = []

    # ---- people
    # The hot paths below draw with ``self.acak()`` (random()) and index by hand instead of
    # random.choice/randint: the ten-year set calls them millions of times.

    def pilih(self, seq: Sequence[Any]) -> Any:
        return seq[int(self.acak() * len(seq))]

    def nama(self, perempuan: bool, lahir_tahun: int = 1985) -> str:
        acak, pilih = self.acak, self.pilih
        tua = lahir_tahun < 1965 and acak() < 0.6
        if perempuan:
            if tua:
                return pilih(_PEREMPUAN_TUA)
            depan, belakang, lama = _PEREMPUAN, _BELAKANG_PEREMPUAN, _PEREMPUAN_TUA
        else:
            if tua:
                return pilih(_LAKI_TUA)
            depan, belakang, lama = _LAKI, _BELAKANG_LAKI, _LAKI_TUA
        x = acak()
        if x < 0.1:
            return pilih(depan)
        if x < 0.15:
            return pilih(lama)
        if x < 0.8:
            return f"{pilih(depan)} {pilih(belakang)}"
        a = pilih(depan)
        b = pilih(depan)
        while b == a:
            b = pilih(depan)
        return f"{a} {b} {pilih(belakang)}"

    def _wilayah_nik(self) -> str:
        x = self.acak()
        if x < 0.85:
            return self.kode_kec_bawang
        if x < 0.95:
            return self.pilih(self.kode_kec_lain)
        kab, n = self.pilih(_WILAYAH_LUAR)
        return f"{kab}{1 + int(self.acak() * n):02d}"

    def nik(self, lahir: date, perempuan: bool) -> str:
        """A NIK of region (first registration) + DDMMYY (women: day + 40) + serial 0001-2999."""
        hari = lahir.day + (40 if perempuan else 0)
        return (
            f"{self._wilayah_nik()}{hari:02d}{lahir.month:02d}{lahir.year % 100:02d}"
            f"{1 + int(self.acak() * 2999):04d}"
        )

    def no_kk(self, tanggal: date) -> str:
        d = date.fromordinal(max(tanggal.toordinal() - int(self.acak() * 7000), _KK_AWAL))
        return f"{self.kode_kec_bawang}{d.day:02d}{d.month:02d}{d.year % 100:02d}" + (
            f"{1 + int(self.acak() * 9999):04d}"
        )

    def _rentang_lahir(self, pada: date, usia_min: int, usia_maks: int) -> tuple[int, int]:
        kunci = (pada, usia_min, usia_maks)
        r = self._rentang.get(kunci)
        if r is None:
            lo = max(date(1940, 1, 1), _tambah_tahun(pada, -usia_maks))
            hi = min(date(2008, 12, 31), _tambah_tahun(pada, -usia_min))
            if hi < lo:  # the window is outside 1940-2008: take the nearest end
                hi = lo = min(max(hi, date(1940, 1, 1)), date(2008, 12, 31))
            if len(self._rentang) > 64:
                self._rentang.clear()
            r = self._rentang[kunci] = (lo.toordinal(), hi.toordinal() - lo.toordinal() + 1)
        return r

    def lahir(self, pada: date, usia_min: int = 17, usia_maks: int = 80) -> date:
        """A birth date between 1940 and 2008 that makes the person that old on ``pada``."""
        lo, n = self._rentang_lahir(pada, usia_min, usia_maks)
        return date.fromordinal(lo + int(self.acak() * n))

    def penduduk(self, pada: date, usia_min: int = 17, usia_maks: int = 80) -> tuple[str, ...]:
        """(nik, nama, desa) of an applicant; some come back for a second service."""
        acak = self.acak
        orang_lama = self._orang
        if orang_lama and usia_min <= 17 and usia_maks >= 70 and acak() < 0.12:
            return self.pilih(orang_lama)
        perempuan = acak() < 0.5
        lahir = self.lahir(pada, usia_min, usia_maks)
        orang = (
            self.nik(lahir, perempuan),
            self.nama(perempuan, lahir.year),
            self.pilih(self.desa),
        )
        if len(orang_lama) < 5000:
            orang_lama.append(orang)
        else:
            orang_lama[int(acak() * 5000)] = orang
        return orang

    # ---- staff

    def roster(self, n: int) -> list[Pegawai]:
        """The staff list from :func:`~bawang_desk.core.pegawai_contoh.buat_pegawai_contoh`:
        the structural officials first, then pelaksana, fungsional and PPPK."""
        seed = self.rng.randrange(2**31)
        hasil = []
        for d in buat_pegawai_contoh(n, seed=seed, hari_ini=self.hari_ini):
            baris = asdict(d) | {"aktif": d.status in STATUS_AKTIF}
            # the NIP's 15th digit (and the NI PPPK's) is the sex: 1 male, 2 female
            hasil.append(
                Pegawai(_KUNCI_STRUKTURAL.get(d.jabatan, ""), d, baris, d.nip[14] == "2",
                        d.tmt_cpns)
            )  # fmt: skip
        self.pegawai = hasil
        return self.pegawai

    def pejabat(self) -> dict[str, Pejabat]:
        hasil = {}
        for p in self.pegawai:
            if p.kunci in ("camat", "sekcam", "kasi_tapem", "kasi_trantibum", "kasubbag_umum"):
                b = p.baris
                hasil[p.kunci] = Pejabat(p.kunci, b["nama"], b["golongan"], b["nip"])
        return hasil

    def nama_pejabat(self, kunci: str) -> str:
        for p in self.pegawai:
            if p.kunci == kunci:
                return p.nama
        return ""

    def nama_pegawai_acak(self) -> str:
        aktif = [p for p in self.pegawai if p.baris["aktif"]] or self.pegawai
        return self.rng.choice(aktif).nama if aktif else self.nama(self.rng.random() < 0.5)

    # ---- letters

    def _isian(self, tanggal: date) -> dict[str, Any]:
        r = self.rng
        periode = _periode_kp(tanggal + timedelta(days=40))
        return {
            "bulan": BULAN[tanggal.month - 1],
            "tahun": tanggal.year,
            "minggu": (tanggal.day - 1) // 7 + 1,
            # reports are about the quarter that has just ended
            "triwulan": ("IV", "I", "II", "III")[(tanggal.month - 1) // 3],
            "semester": "I" if tanggal.month <= 6 else "II",
            "tahap": r.choice(("I", "II", "III")),
            "periode": tanggal_panjang(periode),
        }

    def _isi(self, templat: str, tanggal: date, desa: str) -> str:
        if "{" not in templat:
            return templat
        nilai = self._isian(tanggal)
        nilai["desa"] = desa
        if "{nama}" in templat:
            p = self.rng.random() < 0.5
            nilai["nama"] = self.nama(p, self.rng.randint(1950, 2000))
        if "{pegawai}" in templat:
            nilai["pegawai"] = self.nama_pegawai_acak()
        if "{kecamatan}" in templat:
            nilai["kecamatan"] = self.rng.choice(self.kecamatan_lain).nama
        return templat.format(**nilai)

    def _sifat(self) -> str:
        return self.rng.choices(_SIFAT, _BOBOT_SIFAT)[0]

    def surat_masuk(self, diterima: datetime, batas: datetime) -> dict[str, Any]:
        r = self.rng
        nama, singkat, _, topik = r.choices(_PENGIRIM, [p[2] for p in _PENGIRIM])[0]
        desa = r.choice(self.desa)
        templat, kode = _TOPIK_MASUK[r.choice(topik)]
        hal = self._isi(r.choice(templat), diterima.date(), desa)
        tgl_surat = diterima.date() - timedelta(days=r.choice((0, 1, 1, 2, 3, 5, 7)))
        lama = tgl_surat.year < 2023  # Permendagri 83/2022 codes are used from 2023 on
        if singkat == "Sek Bawang":
            bulan = bulan_romawi(tgl_surat.month)
            nomor = f"B/{r.randint(1, 900)}/{bulan}/{tgl_surat.year}/{singkat}"
        elif not singkat:
            # 140 was Pemerintahan Desa in 78/2012; 100.3 is HUKUM in 83/2022, not the desa's
            awal = "140" if lama else (kode or "400.10.2")
            nomor = f"{awal}/{r.randint(1, 200)}/{tgl_surat.year}"
        else:
            kl = {"400.12.2.1": "471", "400.12.2.2": "471.21", "800.1.3.2": "823"}
            k = (kl.get(kode, "005") if lama else kode) or "000"
            nomor = f"{k}/{r.randint(1, 3000)}/{singkat}/{tgl_surat.year}"
        # the five steps of SOP 001; older letters have been through all of them
        if diterima < batas - timedelta(days=7):
            status = "didistribusikan"
        else:
            status = r.choice(_STATUS_MASUK_BARU)
        ringkasan = ""
        if hal.startswith("Undangan"):
            hari_acara = diterima.date() + timedelta(days=r.randint(2, 10))
            ringkasan = (
                f"Dilaksanakan pada {tanggal_panjang(hari_acara)} pukul 09.00 WIB. Mohon hadir tepat "
                "waktu."
            )
        return {
            "tanggal_terima": diterima.date(),
            "pengirim": nama.format(desa=desa),
            "nomor_surat": nomor,
            "tanggal_surat": tgl_surat,
            "hal": hal,
            "sifat": self._sifat(),
            "kode_klasifikasi": kode,
            "lampiran": r.choice(_LAMPIRAN),
            "ringkasan": ringkasan,
            "status": status,
            "dicatat_oleh": peran.PENGADMINISTRASI,
            "dicatat_pada": diterima,
        }

    def surat_keluar(self, dibuat: datetime, batas: datetime) -> dict[str, Any]:
        r = self.rng
        _, kode, templat, tujuan, ttd = r.choices(_TOPIK_KELUAR, [t[0] for t in _TOPIK_KELUAR])[0]
        desa = r.choice(self.desa)
        hal = self._isi(r.choice(templat), dibuat.date(), desa)
        kepada = self._isi(r.choice(tujuan), dibuat.date(), desa)
        if dibuat > batas - timedelta(days=3):
            status = r.choice(_STATUS_KELUAR_BARU)
        else:
            status = "diarsipkan" if dibuat < batas - timedelta(days=14) else "dikirim"
        bernomor = status not in massal.STATUS_KELUAR_TANPA_NOMOR
        if r.random() >= 0.8:
            ttd = peran.SEKCAM  # a.n. Camat
        return {
            "kode_klasifikasi": kode,
            "tanggal_surat": dibuat.date() if bernomor else None,
            "tujuan": kepada,
            "hal": hal,
            "sifat": self._sifat(),
            "lampiran": r.choice(_LAMPIRAN),
            "status": status,
            "penandatangan": self.nama_pejabat(ttd)
            if bernomor or status == "ditandatangani"
            else "",
            "dibuat_oleh": peran.PENGADMINISTRASI,
            "dibuat_pada": dibuat,
        }

    # ---- applications

    def _baca_layanan(self) -> dict[str, tuple[Any, ...]]:
        """Per service: variant kodes, their cumulative weights, the steps and checklists.

        A step is (nomor, standard seconds, who may record it, days-long?, signed by the Camat?).
        """
        try:
            from bawang_desk.core.catalog import load_catalog

            katalog = load_catalog()
        except Exception:  # pragma: no cover - the catalog is read at start anyway
            katalog = None
        hasil = {}
        for kode in LAYANAN:
            sop = katalog.get(kode) if katalog is not None else None
            varian = tuple(v.kode for v in sop.varian) if sop and sop.varian else None
            varian = varian or _VARIAN_BAKU.get(kode, ("umum",))
            langkah = []
            if sop is not None:
                for lk in sop.langkah:
                    detik = lk.waktu.total_seconds() if lk.waktu is not None else 300.0
                    oleh = _oleh(lk.pelaksana)
                    langkah.append((lk.nomor, detik, oleh, detik >= 86400, oleh[0] == peran.CAMAT))
            else:  # pragma: no cover
                langkah = [(i, 300.0, (peran.OPERATOR,), False, False) for i in range(1, 7)]
            syarat = {v.kode: v.persyaratan_untuk("Rp10.000") for v in sop.varian} if sop else {}
            hasil[kode] = (
                varian,
                _kumulatif([_BOBOT_VARIAN.get(v, 10) for v in varian]),
                tuple(langkah),
                syarat,
            )
        return hasil

    def permohonan(
        self, masuk: datetime, batas: datetime, *, dengan_syarat: bool = False
    ) -> dict[str, Any]:
        acak = self.acak
        layanan = LAYANAN[bisect.bisect(_KUM_LAYANAN, acak())]
        varian_kode, varian_kum, langkah_sop, syarat_sop = self._layanan[layanan]
        varian = varian_kode[bisect.bisect(varian_kum, acak())]
        usia_min, usia_maks = (17, 24) if varian == "baru" else (17, 80)
        if layanan == "skck":
            usia_min, usia_maks = 17, 40
        hari = masuk.date()
        nik, nama, desa = self.penduduk(hari, usia_min, usia_maks)
        data = self._data(layanan, varian, hari)
        if layanan in LAYANAN_IDENTITAS:  # the letter states them: the counter asked
            data["pemohon"] = identitas_contoh(nik, hari)
        data.update(rujukan_contoh(layanan, varian, hari, nik, data))
        if layanan == "pindah":
            data = pindah_sesuai(data, nik, nama)

        ditolak = acak() < 0.015
        tunda = acak() < 0.08  # the signer is out of the office (dinas luar) for a day or two
        # The clock of the steps runs as (day, seconds into the day), written with a table of
        # "HH:MM:SS" strings: this loop runs eight million times for the ten-year set.
        jam = _jam_teks()
        t_hari, awalan = hari, hari.isoformat() + "T"
        detik_ini = masuk.hour * 3600 + masuk.minute * 60 + masuk.second
        batas_hari = _batas_detik(t_hari, batas)
        langkah = []
        for nomor, detik, oleh, berhari, camat in langkah_sop:
            pindah_hari = None
            if berhari:  # days away (Dindukcapil): back on a working morning
                pindah_hari = round(detik / 86400 * (0.8 + 0.4 * acak()))
            elif tunda and camat:
                pindah_hari = 1 + int(2 * acak())
                tunda = False
            else:
                detik_ini += int(detik * (0.6 + acak()) + 240 * acak())
            if pindah_hari is not None or detik_ini >= 86400:
                t = datetime.combine(t_hari, time()) + timedelta(seconds=detik_ini)
                if pindah_hari is not None:
                    t = _pagi_kerja(t, pindah_hari, acak())
                t_hari, awalan = t.date(), t.date().isoformat() + "T"
                detik_ini = t.hour * 3600 + t.minute * 60 + t.second
                batas_hari = _batas_detik(t_hari, batas)
            if detik_ini > batas_hari:
                break
            langkah.append(
                (
                    nomor,
                    awalan + jam[detik_ini],
                    oleh[0] if len(oleh) == 1 else oleh[int(acak() * len(oleh))],
                )
            )
            if ditolak and nomor >= 2:
                break
        alasan_batal = None
        bernomor = False
        if ditolak and len(langkah) >= 2:
            status = "batal"
            alasan_batal = "Berkas belum lengkap; pemohon diminta melengkapi."
        elif len(langkah) == len(langkah_sop):
            status, bernomor = "selesai", True
        elif langkah:
            status, bernomor = status_setelah_langkah(layanan, langkah[-1][0])
        else:
            status = "antrian"
        ttd = None
        if bernomor:  # the Sekcam signs a.n. Camat when the SOP step was theirs
            n_ttd = min(INFO_LAYANAN[layanan].aksi["tandatangani"])
            oleh_ttd = next((o for n, _w, o in langkah if n == n_ttd), None)
            ttd = "an" if oleh_ttd == peran.SEKCAM else "camat"
        baris = {
            "layanan": layanan,
            "varian": varian,
            "tanggal_masuk": hari,
            "nik": nik,
            "nama": nama,
            "desa": desa,
            "status": status,
            "selesai": bernomor,
            "ttd": ttd,
            "alasan_batal": alasan_batal,
            "petugas": peran.OPERATOR,
            "data": data,
            "langkah": langkah,
            "dibuat_pada": masuk,
            "diubah_pada": langkah[-1][1] if langkah else None,
        }
        if dengan_syarat:
            items = syarat_sop.get(varian, ())
            lengkap = status != "ditolak"
            baris["syarat"] = [(it, lengkap or i % 2 == 0) for i, it in enumerate(items)]
        return baris

    def _data(self, layanan: str, varian: str, tanggal: date) -> dict[str, Any]:
        acak, pilih = self.acak, self.pilih
        # the same shapes the counter's validators produce (core.layanan_isian)
        if layanan == "pindah":
            n = 1 + int(acak() * 4)
            anggota = []
            for i in range(n):
                nik, nama, _desa = self.penduduk(tanggal)
                anggota.append(
                    {
                        "nik": nik,
                        "nama": nama,
                        "shdk": "Kepala Keluarga" if i == 0 else pilih(("Istri", "Anak")),
                    }
                )
            tujuan = pilih(self.kecamatan_lain)
            return {
                "no_kk": self.no_kk(tanggal),
                "tujuan_kecamatan": tujuan.nama,
                # a real desa of that kecamatan (it used to be one of Bawang's own)
                "tujuan_desa": pilih(desa_banjarnegara(tujuan.kode)).nama,
                "tujuan_alamat": f"RT {1 + int(acak() * 9):03d} RW {1 + int(acak() * 5):03d}",
                "alasan": pilih(_ALASAN_PINDAH),
                "jenis_kepindahan": pilih(_JENIS_PINDAH),
                "anggota": anggota,
            }
        if layanan == "legalisasi":
            from bawang_desk.core.naskah_layanan import kenali_legalisasi

            nama = pilih(_DOKUMEN_LEGALISASI)
            j = kenali_legalisasi(nama)
            return {
                "dokumen": [
                    {
                        "jenis": j.kode if j else "surat-desa",
                        "nama": nama,
                        "salinan": 1 + int(acak() * 5),
                    }
                ]
            }
        if layanan == "kredit-bank":
            jumlah = pilih((5, 10, 15, 20, 25, 50, 75, 100)) * 1_000_000
            jenis = pilih(("Sertifikat", "SPPT", "BPKB"))
            return {
                "bank": pilih(_BANK),
                "jumlah": jumlah,
                "usaha": pilih(_USAHA),
                "agunan_jenis": jenis,
                "agunan_nomor": f"{jenis[:3].upper()}-{int(acak() * 90000) + 10000}",
                "agunan_pemilik": self.nama(acak() < 0.5, 1975),
                "agunan_berlaku": None,
                "agunan_nilai": jumlah * pilih((1, 2, 3)),
                "letter_c": jenis == "SPPT",
            }
        if layanan == "skck":
            from bawang_desk.core.naskah_layanan import tujuan_skck_bawaan, tujuan_untuk

            keperluan = pilih(_KEPERLUAN_SKCK)
            t = tujuan_untuk(tujuan_skck_bawaan(), _JENIS_KEPERLUAN.get(keperluan, "umum"))
            return {
                "keperluan": keperluan,
                "keperluan_jenis": t.kode,
                "keperluan_jenis_nama": t.nama,
                "kepada": t.kepada,
                "kepada_di": t.di,
            }
        if layanan == "kk":
            d: dict[str, Any] = {"no_kk": self.no_kk(tanggal)}
            if varian == "kelahiran":
                d["nama_anak"] = self.nama(acak() < 0.5, tanggal.year)
            elif varian == "kematian":
                d["nama_almarhum"] = self.nama(acak() < 0.5, 1945)
            elif varian == "pindah-datang":
                d["asal"] = f"Kecamatan {pilih(self.kecamatan_lain).nama}"
            return d
        if layanan == "ktp-el" and varian == "hilang-rusak" and acak() < 0.6:
            return {"surat_kehilangan": f"Polsek Bawang {tanggal:%d-%m-%Y}"}
        return {}

    # ---- spreading records over time

    def waktu_masuk(
        self, n: int, mulai: date, akhir: date, tumbuh: float = 0.0
    ) -> Iterator[datetime]:
        """``n`` arrival times in order over the working days, in office hours."""
        for d, k in _bagi_per_hari(n, _hari_kerja(mulai, akhir), tumbuh):
            buka = datetime.combine(d, time(7, 30))
            tutup_menit = 180 if d.weekday() == 4 else 420  # Friday ends at 10:30
            acak, detik = self.acak, tutup_menit * 60
            for s in sorted(int(acak() * detik) for _ in range(k)):
                yield buka + timedelta(seconds=s)


@functools.cache
def _jam_teks() -> tuple[str, ...]:
    """ "HH:MM:SS" for every second of a day."""
    return tuple(
        f"{j:02d}:{m:02d}:{d:02d}" for j in range(24) for m in range(60) for d in range(60)
    )


def _batas_detik(hari: date, batas: datetime) -> int:
    """The last second of ``hari`` that is not after ``batas`` (-1: the whole day is after)."""
    if hari < batas.date():
        return 86400
    if hari > batas.date():
        return -1
    return batas.hour * 3600 + batas.minute * 60 + batas.second


def _pagi_kerja(t: datetime, hari: int, acak: float) -> datetime:
    """``hari`` days after ``t``, moved to a working day, between 08:00 and 11:00."""
    d = t.date() + timedelta(days=max(1, hari))
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return datetime.combine(d, time(8, 0)) + timedelta(seconds=int(acak * 10800))


def _oleh(pelaksana: tuple[str, ...]) -> tuple[str, ...]:
    """Which demo account records a step, from the SOP's pelaksana column."""
    pertama = (pelaksana[0] if pelaksana else "").lower()
    if pertama.startswith("camat"):
        return (peran.CAMAT, peran.CAMAT, peran.SEKCAM)
    if "sekcam" in pertama or "sekretaris" in pertama:
        return (peran.SEKCAM,)
    if "kasubbag" in pertama:
        return (peran.KASUBBAG,)
    if "pengadministrasi" in pertama or "subbag umum" in pertama:
        return (peran.PENGADMINISTRASI,)
    return (peran.OPERATOR,)


# --------------------------------------------------------------------------- the database


def _kantor_demo() -> Kantor:
    return Kantor(
        pemerintah="PEMERINTAH KABUPATEN BANJARNEGARA",
        nama_kantor="KECAMATAN BAWANG",
        kecamatan="Bawang",
        kabupaten="Banjarnegara",
        # Demo placeholders: the real address, telephone and e-mail are typed at first run.
        alamat="Jl. Raya Bawang No. 1, Bawang",
        telepon="(0286) 000000",
        kode_pos="53471",
        email="demo@contoh.go.id",
    )


# The staff member behind each demo account: a structural post, or a jabatan for the others.
_AKUN_PEGAWAI = {
    peran.CAMAT: "camat",
    peran.SEKCAM: "sekcam",
    peran.KASUBBAG: "kasubbag_umum",
    peran.PENGADMINISTRASI: "Pengadministrasi Umum",
    peran.OPERATOR: "Operator Layanan Operasional",
    peran.ADMIN: "Pranata Komputer Ahli Pertama",
}


def _nama_akun(pabrik: Pabrik, kunci: str) -> str:
    cari = _AKUN_PEGAWAI[kunci]
    for p in pabrik.pegawai:
        if p.baris["aktif"] and cari in (p.kunci, p.baris["jabatan"]):
            return p.nama
    return f"{peran.label(kunci)} Demo"


def _buka_baru(path: Path) -> Desk:
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(f"Berkas {path} sudah ada; data contoh hanya dibuat di berkas baru.")
    return Desk.open(path, kunci=False)


def _buang(desk: Desk, path: Path) -> None:
    """Remove a half-made generated database after a failure, so a retry starts clean."""
    desk.close()
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)


def _siapkan_kantor(desk: Desk, pabrik: Pabrik) -> None:
    """First-run settings with the generated officials, and one demo account per role."""
    desk.pengaturan_awal(
        kantor=_kantor_demo(),
        pejabat=pabrik.pejabat(),
        umum=Umum(),
        admin_username=peran.ADMIN,
        admin_nama=_nama_akun(pabrik, peran.ADMIN),
        # a throw-away strong password, replaced by the demo one just below
        admin_sandi=secrets.token_urlsafe(24),
    )
    _akun_demo(desk, pabrik)


def _akun_demo(desk: Desk, pabrik: Pabrik) -> None:
    """DEMO ONLY: accounts whose password is ``SANDI_DEMO``, shorter than the password policy.

    This is the one place that bypasses :func:`~bawang_desk.core.akun.validasi_sandi`, and only
    its length rule: usernames, names and roles are still checked by ``Akun._sisipkan``, and
    every account is audited like any other.
    """
    admin = desk.pengguna.get(peran.ADMIN)
    assert admin is not None
    with desk.tulis() as conn:
        desk.pengguna_aktif = admin
        try:
            conn.execute(
                "UPDATE pengguna SET hash_sandi = ? WHERE id = ?",
                (hash_sandi(SANDI_DEMO), admin.id),
            )
            desk.catat_audit("pengguna.atur_sandi", f"pengguna:{admin.username}", {"demo": True})
            for kunci in peran.PERAN:
                if kunci == peran.ADMIN:
                    continue
                nama = _nama_akun(pabrik, kunci)
                desk.pengguna._sisipkan(conn, kunci, nama, kunci, SANDI_DEMO)
        finally:
            desk.pengguna_aktif = None


class _Kemajuan:
    """Maps each phase's own progress onto one overall ``progress(done, total, message)``."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.selesai = 0

    def fase(self) -> Progress | None:
        if self.progress is None:
            return None
        awal = self.selesai

        def lapor(done: int, _total: int, message: str) -> None:
            self.progress(awal + done, self.total, message)  # type: ignore[misc]

        return lapor


def _isi_data(
    desk: Desk,
    pabrik: Pabrik,
    *,
    mulai: date,
    akhir: date,
    batas: datetime,
    n_masuk: int,
    n_keluar: int,
    n_permohonan: int,
    kemajuan: _Kemajuan,
    batch: int,
    tumbuh: float,
    syarat: bool,
) -> None:
    desk.masuk(peran.KASUBBAG, SANDI_DEMO)
    # A couple of hundred records: the ordinary validated path (NIP decoded, superiors
    # checked, pangkat/KGB history and SKP written), as an import would.
    desk.pegawai.tambah_banyak([p.data for p in pabrik.pegawai], progress=kemajuan.fase())
    kemajuan.selesai += len(pabrik.pegawai)

    desk.masuk(peran.PENGADMINISTRASI, SANDI_DEMO)
    masuk = (pabrik.surat_masuk(t, batas) for t in pabrik.waktu_masuk(n_masuk, mulai, akhir))
    massal.tambah_surat_masuk_massal(
        desk, masuk, progress=kemajuan.fase(), batch=batch, total=n_masuk
    )
    kemajuan.selesai += n_masuk
    keluar = (pabrik.surat_keluar(t, batas) for t in pabrik.waktu_masuk(n_keluar, mulai, akhir))
    massal.tambah_surat_keluar_massal(
        desk, keluar, progress=kemajuan.fase(), batch=batch, total=n_keluar
    )
    kemajuan.selesai += n_keluar

    desk.masuk(peran.OPERATOR, SANDI_DEMO)
    mohon = (
        pabrik.permohonan(t, batas, dengan_syarat=syarat)
        for t in pabrik.waktu_masuk(n_permohonan, mulai, akhir, tumbuh)
    )
    massal.tambah_permohonan_massal(
        desk, mohon, progress=kemajuan.fase(), batch=batch, total=n_permohonan
    )
    kemajuan.selesai += n_permohonan
    desk.keluar()


def _surat_lewat_sop(
    desk: Desk,
    pabrik: Pabrik,
    n: int,
    mulai: date,
    akhir: date,
    batas: datetime,
    n_keluar: int = 25,
) -> None:
    """The demo's letters walk the real SOPs (001: catat to distribusi; 002: konsep to arsip)
    at plausible times, so their steps, dispositions, signers and histories are what the app
    records.

    The clock of the desk is moved by hand while doing so; the ten-year benchmark keeps using
    the bulk path.
    """
    from bawang_desk.core.surat_masuk import SuratMasukBaru

    r = pabrik.rng
    jam_asli = desk._jam
    akun = {u.username: u for u in desk.pengguna._daftar()}

    def sebagai(username: str) -> None:
        # the generator acts for each role without an argon2 check per step (200 of them)
        desk.pengguna_aktif = akun[username]
        desk._terakhir_aktif = desk.monoton()

    sekarang = [datetime.combine(mulai, time(8, 0))]
    desk._jam = lambda: sekarang[0]
    tujuan = [k for k, _ in desk.surat_masuk.pilihan_tujuan()]
    instruksi = desk.surat_masuk.pilihan_instruksi()
    try:
        for t in pabrik.waktu_masuk(n, mulai, akhir):
            d = pabrik.surat_masuk(t, batas)
            sekarang[0] = t
            sebagai(peran.PENGADMINISTRASI)
            mulai_catat = t - timedelta(minutes=r.choice((1, 2, 2, 3)))
            s = desk.surat_masuk.catat(
                SuratMasukBaru(
                    d["tanggal_terima"],
                    d["pengirim"],
                    d["hal"],
                    d["nomor_surat"],
                    d["tanggal_surat"],
                    d["sifat"],
                    d["kode_klasifikasi"],
                    d["lampiran"],
                    d["ringkasan"],
                ),
                mulai=mulai_catat,
            )
            urutan = STATUS_SURAT_MASUK.index(d["status"])
            if d["sifat"] == "Sangat Segera" and t.date() >= akhir - timedelta(days=3):
                urutan = 1  # a recent urgent letter waits on the Camat's desk, as in real life
            langkah = [
                (peran.PENGADMINISTRASI, lambda s=s: desk.surat_masuk.sampaikan(s.id)),
                (
                    peran.CAMAT,
                    lambda s=s: desk.surat_masuk.disposisi(
                        s.id,
                        kepada=r.sample(tujuan, r.choice((1, 1, 2))),
                        instruksi=r.sample(instruksi, r.choice((1, 2))),
                        catatan=r.choice(("", "Segera ditindaklanjuti.", "Laporkan hasilnya.")),
                    ),
                ),
                (
                    peran.SEKCAM,
                    lambda s=s: desk.surat_masuk.jabarkan(
                        s.id, "Mohon ditindaklanjuti sesuai disposisi Camat dan dilaporkan."
                    ),
                ),
                (
                    peran.PENGADMINISTRASI,
                    lambda s=s: desk.surat_masuk.distribusikan(
                        s.id,
                        [
                            (desk.surat_masuk.label_tujuan(k), pabrik.nama_pegawai_acak())
                            for k in desk.surat_masuk.get(s.id).disposisi.kepada
                        ],
                    ),
                ),
            ]
            for siapa, fn in langkah[:urutan]:
                sekarang[0] += timedelta(minutes=r.choice((1, 2, 4, 5, 6, 8, 15, 40)))
                sebagai(siapa)
                fn()
        # outgoing letters through SOP 002's flow, so each has its history and signer
        from bawang_desk.core.surat_keluar import SuratKeluarBaru

        sk = desk.surat_keluar
        for t in pabrik.waktu_masuk(n_keluar, mulai, akhir):
            d = pabrik.surat_keluar(t, batas)
            sekarang[0] = t
            sebagai(peran.PENGADMINISTRASI)
            k = sk.buat_konsep(
                SuratKeluarBaru(
                    d["kode_klasifikasi"], d["tujuan"], d["hal"], d["sifat"], d["lampiran"]
                )
            )
            camat = r.random() < 0.5
            alur = [
                (peran.SEKCAM, lambda k=k: sk.koreksi(k.id, setuju=True)),
                (
                    peran.CAMAT if camat else peran.SEKCAM,
                    lambda k=k, c=camat: sk.tandatangani(k.id, mode="camat" if c else "an"),
                ),
                (peran.PENGADMINISTRASI, lambda k=k: sk.beri_nomor(k.id, sekarang[0].date())),
                (
                    peran.PENGADMINISTRASI,
                    lambda k=k: sk.kirim(
                        k.id,
                        cara=r.choice(("E-Office", "E-Office", "Diantar langsung")),
                        tanggal=sekarang[0].date(),
                    ),
                ),
                (peran.PENGADMINISTRASI, lambda k=k: sk.arsipkan(k.id)),
            ]
            # how many steps of ``alur`` lead to the letter's status (by name: the flow's
            # STATUS tuple gains statuses, e.g. printed for signing, that the demo skips)
            langkah = _LANGKAH_KELUAR.get(d["status"], 0)
            for siapa, fn in alur[:langkah]:
                sekarang[0] += timedelta(minutes=r.choice((3, 5, 10, 20, 45)))
                sebagai(siapa)
                fn()

        # one urgent letter on the Camat's desk, so the demo shows how they stand out
        sekarang[0] = datetime.combine(akhir, time(14, 5))
        sebagai(peran.PENGADMINISTRASI)
        s = desk.surat_masuk.catat(
            SuratMasukBaru(
                akhir,
                "BPBD Kabupaten Banjarnegara",
                "Peringatan dini cuaca ekstrem dan potensi tanah longsor",
                f"300.2.3/{r.randint(100, 900)}/BPBD/{akhir.year}",
                akhir,
                "Sangat Segera",
                "300.2.3",  # Pencegahan dan Kesiapsiagaan (83/2022), not 78/2012's 360
                "1 (satu) lembar",
            ),
            mulai=sekarang[0] - timedelta(minutes=2),
        )
        sekarang[0] += timedelta(minutes=1)
        desk.surat_masuk.sampaikan(s.id)
    finally:
        desk._jam = jam_asli
        desk.keluar()


def buat_demo(
    path: Path,
    *,
    seed: int = 2026,
    hari_ini: date | None = None,
    progress: Progress | None = None,
) -> Path:
    """Create a fresh demo database: Bawang's kop, generated officials, one account per role
    (username = role key, password ``"demo"``) and about sixty days of office work: ~40 letters
    in, ~25 out, ~300 applications across the six services with their steps, ~25 staff.

    Everything is dated before ``hari_ini`` (default today) except the counter's first hour of
    that day (:func:`_loket_pagi_ini`), so a newcomer finds a queue to work on.
    """
    hari_ini = hari_ini or date.today()
    pabrik = Pabrik(seed, hari_ini)
    pabrik.roster(25)
    kemajuan = _Kemajuan(progress, 25 + 40 + 25 + 300)
    path = Path(path)
    desk = _buka_baru(path)
    try:
        _siapkan_kantor(desk, pabrik)
        akhir = hari_ini - timedelta(days=1)
        _isi_data(
            desk,
            pabrik,
            mulai=hari_ini - timedelta(days=60),
            akhir=akhir,
            batas=datetime.combine(hari_ini, time(0, 0)),
            n_masuk=0,
            n_keluar=0,
            n_permohonan=300,
            kemajuan=kemajuan,
            batch=massal.BATCH_BAKU,
            tumbuh=0.0,
            syarat=True,
        )
        _surat_lewat_sop(
            desk,
            pabrik,
            40,
            hari_ini - timedelta(days=60),
            akhir,
            datetime.combine(hari_ini, time(0, 0)),
        )
        kemajuan.selesai += 65
        if progress is not None:
            progress(kemajuan.selesai, kemajuan.total, "Surat: 40 masuk dan 25 keluar melalui SOP")
        _loket_pagi_ini(desk, pabrik, hari_ini)
    except BaseException:
        _buang(desk, path)
        raise
    else:
        desk.close()
    return path


def _loket_pagi_ini(desk: Desk, pabrik: Pabrik, hari_ini: date) -> None:
    """The counter's first hour of ``hari_ini``, walked through the real SOP flows: two
    applicants waiting, files being checked, one waiting for the signature, letters signed and
    one handed over, and two KK ready for the weekly handover (one of them while SIAK was down).
    """
    from bawang_desk.core.layanan import PemohonBaru, PermohonanBaru

    akun = {u.username: u for u in desk.pengguna._daftar()}
    jam_asli = desk._jam
    sekarang = [datetime.combine(hari_ini, time(7, 35))]
    desk._jam = lambda: sekarang[0]

    def sebagai(username: str, menit: int = 3) -> None:
        sekarang[0] += timedelta(minutes=menit)
        desk.pengguna_aktif = akun[username]
        desk._terakhir_aktif = desk.monoton()

    def baru(layanan: str, varian: str, data: dict[str, Any]) -> int:
        sebagai(peran.OPERATOR)
        nik, nama, desa = pabrik.penduduk(hari_ini, 19, 60)
        data = {**data, **rujukan_contoh(layanan, varian, hari_ini, nik, data)}
        if data.get("agunan_pemilik") == "":  # the applicant's own collateral
            data["agunan_pemilik"] = nama
        return desk.layanan.baru(
            PermohonanBaru(
                layanan,
                varian,
                PemohonBaru(
                    nik,
                    nama,
                    desa,
                    alamat=f"Dusun {desa}",
                    rt=str(1 + pabrik.rng.randrange(6)),
                    rw=str(1 + pabrik.rng.randrange(4)),
                    tempat_lahir="Banjarnegara",
                    **identitas_contoh(nik, hari_ini),
                ),
                data,
            ),
            mulai=sekarang[0] - timedelta(minutes=2),
        ).id

    def sampai(pid: int, langkah: str) -> None:
        L = desk.layanan
        if langkah == "antrian":
            return
        sebagai(peran.OPERATOR)
        for sy in L.get(pid).syarat:
            L.centang(pid, sy.urutan)
        L.periksa(pid)
        if langkah == "diperiksa":
            return
        L.minta_tanda_tangan(pid)
        if langkah == "menunggu_ttd":
            return
        camat = L.get(pid).layanan in ("pindah", "kredit-bank")
        sebagai(peran.CAMAT if camat else peran.SEKCAM, 10)
        L.tandatangani(pid, mode="camat" if camat else "an")
        if L.get(pid).status == "diproses":
            sebagai(peran.OPERATOR)
            L.proses(pid, siak_tersedia=langkah != "siak_putus")
        if langkah == "selesai":
            sebagai(peran.OPERATOR)
            L.serahkan(pid)

    kk = pabrik.no_kk(hari_ini)
    try:
        for layanan, varian, data, langkah in (
            ("pindah", "umum", None, "selesai"),
            ("skck", "umum", {"keperluan": "Melamar pekerjaan"}, "siap"),
            ("kk", "rusak-hilang", {"no_kk": kk}, "siak_putus"),
            ("kk", "rusak-hilang", {"no_kk": pabrik.no_kk(hari_ini)}, "siap"),
            (
                "kredit-bank",
                "umum",
                {
                    "bank": "BRI Unit Bawang",
                    "jumlah": "15.000.000",
                    "usaha": "Warung kelontong",
                    "agunan_jenis": "BPKB",
                    "agunan_nomor": "N-0457812",
                    "agunan_pemilik": "",
                    "agunan_nilai": "25.000.000",
                },
                "menunggu_ttd",
            ),
            (
                "legalisasi",
                "umum",
                {"dokumen": [{"nama": "Surat Keterangan Ahli Waris", "salinan": 2}]},
                "diperiksa",
            ),
            (
                "skck",
                "umum",
                {"keperluan": "Persyaratan kerja di Taiwan", "keperluan_jenis": "luar-negeri"},
                "antrian",
            ),
            ("ktp-el", "hilang-rusak", {"no_kk": pabrik.no_kk(hari_ini)}, "antrian"),
        ):
            if data is None:  # pindah: the applicant moves alone to another kecamatan
                nik, nama, desa = pabrik.penduduk(hari_ini, 25, 50)
                data = {
                    "no_kk": pabrik.no_kk(hari_ini),
                    "tujuan_kecamatan": "Susukan",
                    "tujuan_desa": "Gumelem Wetan",
                    "tujuan_alamat": "RT 002 RW 001",
                    "alasan": "Pekerjaan",
                    "jenis_kepindahan": "Kepala keluarga",
                    "anggota": [{"nik": nik, "nama": nama, "shdk": "Kepala Keluarga"}],
                    **rujukan_contoh("pindah", varian, hari_ini, nik),
                }
                data = pindah_sesuai(data, nik, nama)
                sebagai(peran.OPERATOR)
                pid = desk.layanan.baru(
                    PermohonanBaru(
                        "pindah",
                        varian,
                        PemohonBaru(nik, nama, desa, alamat=f"Dusun {desa}", rt="2", rw="1"),
                        data,
                    ),
                    mulai=sekarang[0] - timedelta(minutes=2),
                ).id
            else:
                pid = baru(layanan, varian, data)
            sampai(pid, langkah)
    finally:
        desk._jam = jam_asli
        desk.pengguna_aktif = None


def generate_ten_years(
    path: Path,
    *,
    permohonan: int = 1_000_000,
    surat: int = 150_000,
    pegawai: int = 200,
    seed: int = 2026,
    hari_ini: date | None = None,
    progress: Progress | None = None,
    batch: int = 20_000,
) -> Path:
    """The benchmark database: the demo's office with ten years of registers, 2016 to today.

    ``surat`` letters are split about 60% incoming and 40% outgoing. Applications grow a little
    every year; requirement checklists are left out to keep the file a sensible size.
    """
    hari_ini = hari_ini or date.today()
    pabrik = Pabrik(seed, hari_ini)
    pabrik.roster(pegawai)
    n_masuk = round(surat * 0.6)
    n_keluar = surat - n_masuk
    kemajuan = _Kemajuan(progress, len(pabrik.pegawai) + surat + permohonan)
    path = Path(path)
    desk = _buka_baru(path)
    try:
        _siapkan_kantor(desk, pabrik)
        _isi_data(
            desk,
            pabrik,
            mulai=date(2016, 1, 1),
            akhir=hari_ini - timedelta(days=1),
            batas=datetime.combine(hari_ini, time(0, 0)),
            n_masuk=n_masuk,
            n_keluar=n_keluar,
            n_permohonan=permohonan,
            kemajuan=kemajuan,
            batch=batch,
            tumbuh=0.04,
            syarat=False,
        )
        desk.conn.execute("PRAGMA optimize")
    except BaseException:
        _buang(desk, path)
        raise
    else:
        desk.close()
    return path
