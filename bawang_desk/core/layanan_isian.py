"""Validation of the counter services' own fields (SOP 004-011), as pure functions.

Each service asks for different things (a destination kecamatan, a loan and its collateral, the
documents to legalise, the members of a family card); every check says in Indonesian which
field is wrong and how to fix it, and returns the cleaned values, so the counter screen, the
core and the tests refuse the same input with the same words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from bawang_desk.core.errors import ValidationError
from bawang_desk.core.identity import IdentityError, parse_nik, parse_no_kk
from bawang_desk.core.referensi import desa_di_kecamatan, kecamatan_banjarnegara
from bawang_desk.core.teks import normalisasi_nama, parse_rupiah, parse_tanggal, rupiah

ALASAN_PINDAH = (
    "Pekerjaan",
    "Pendidikan",
    "Keamanan",
    "Kesehatan",
    "Perumahan",
    "Keluarga",
    "Lainnya",
)
JENIS_KEPINDAHAN = (
    "Kepala keluarga",
    "Kepala keluarga dan seluruh anggota keluarga",
    "Kepala keluarga dan sebagian anggota keluarga",
    "Anggota keluarga",
)
#: F-1.03 item 10: the KK of the members who stay behind.
STATUS_KK_TIDAK_PINDAH = (
    "Numpang KK",
    "Membuat KK baru",
    "Tidak ada anggota keluarga yang ditinggal",
    "Nomor KK tetap",
)
#: F-1.03 item 11: the KK of the members who move.
STATUS_KK_PINDAH = (
    "Numpang KK",
    "Membuat KK baru",
    "Nama kepala keluarga dan nomor KK tetap",
)
#: Status hubungan dalam keluarga, as on the KK.
SHDK = (
    "Kepala Keluarga",
    "Suami",
    "Istri",
    "Anak",
    "Menantu",
    "Cucu",
    "Orang Tua",
    "Mertua",
    "Famili Lain",
    "Pembantu",
    "Lainnya",
)
JENIS_AGUNAN = ("BPKB", "Sertifikat", "SPPT")
#: KK variants whose form lists family members (DOMAIN.md section 2, SOP 010).
KK_DENGAN_ANGGOTA = ("pemecahan", "kelahiran", "numpang", "kematian", "pindah-datang")
USIA_KTP = 17

#: Agama as the KTP-el and SIAK write them (UU 24/2013 as amended; "Kepercayaan" since the
#: Constitutional Court ruling 97/PUU-XIV/2016).
AGAMA = (
    "Islam",
    "Kristen",
    "Katolik",
    "Hindu",
    "Buddha",
    "Khonghucu",
    "Kepercayaan terhadap Tuhan YME",
)
STATUS_PERKAWINAN = ("Belum Kawin", "Kawin", "Cerai Hidup", "Cerai Mati")
KEWARGANEGARAAN = ("WNI", "WNA")
GOLONGAN_DARAH = ("A", "B", "AB", "O", "Tidak Tahu")
#: Pekerjaan offered at the counter (the common ones of SIAK's list); any other may be typed.
PEKERJAAN = (
    "Belum/Tidak Bekerja",
    "Mengurus Rumah Tangga",
    "Pelajar/Mahasiswa",
    "Petani/Pekebun",
    "Peternak",
    "Pedagang",
    "Wiraswasta",
    "Karyawan Swasta",
    "Buruh Harian Lepas",
    "Buruh Tani/Perkebunan",
    "Pegawai Negeri Sipil",
    "Guru",
    "Sopir",
    "Perangkat Desa",
    "Pensiunan",
)
#: The services whose letters state the applicant's identity in full (agama, pekerjaan, status
#: perkawinan, kewarganegaraan): the counter must ask for them (issue 15 item 2).
LAYANAN_IDENTITAS = ("skck", "kredit-bank", "ktp-el")
#: ... and those whose letter stands in for the card, which also states the golongan darah.
LAYANAN_GOLONGAN_DARAH = ("ktp-el",)
IDENTITAS = ("agama", "pekerjaan", "status_perkawinan", "kewarganegaraan", "golongan_darah")


def _teks(
    data: dict[str, Any], kunci: str, label: str, *, wajib: bool = True, maks: int = 200
) -> str:
    v = " ".join(str(data.get(kunci) or "").split())
    if wajib and not v:
        raise ValidationError(f"{label} belum diisi.", kunci)
    if len(v) > maks:
        raise ValidationError(f"{label} terlalu panjang (maksimal {maks} huruf).", kunci)
    return v


def _pilihan(data: dict[str, Any], kunci: str, label: str, pilihan: tuple[str, ...]) -> str:
    v = " ".join(str(data.get(kunci) or "").split())
    for p in pilihan:
        if p.lower() == v.lower():
            return p
    if not v:
        raise ValidationError(f"{label} belum dipilih.", kunci)
    raise ValidationError(f"{label} '{v}' tidak dikenal. Pilih: {', '.join(pilihan)}.", kunci)


def identitas(
    data: dict[str, Any], *, wajib: bool = False, golongan_darah: bool = False
) -> dict[str, str]:
    """Agama, pekerjaan, status perkawinan, kewarganegaraan (and golongan darah): each checked
    against the KTP-el's lists when given; required when ``wajib`` (the letter prints them).

    Returns only the fields that were given, cleaned (choices in their canonical spelling)."""
    hasil: dict[str, str] = {}
    for kunci, label, pilihan, perlu in (
        ("agama", "Agama", AGAMA, wajib),
        ("status_perkawinan", "Status perkawinan", STATUS_PERKAWINAN, wajib),
        ("kewarganegaraan", "Kewarganegaraan", KEWARGANEGARAAN, wajib),
        ("golongan_darah", "Golongan darah", GOLONGAN_DARAH, wajib and golongan_darah),
    ):
        if " ".join(str(data.get(kunci) or "").split()) or perlu:
            hasil[kunci] = _pilihan(data, kunci, label, pilihan)
    pekerjaan = _teks(data, "pekerjaan", "Pekerjaan", wajib=wajib, maks=60)
    if pekerjaan:
        if any(ch.isdigit() for ch in pekerjaan):
            raise ValidationError(
                "Pekerjaan ditulis dengan huruf, seperti di KTP-el (misalnya Petani/Pekebun).",
                "pekerjaan",
            )
        baku = {p.lower(): p for p in PEKERJAAN}
        hasil["pekerjaan"] = baku.get(pekerjaan.lower(), pekerjaan)
    return hasil


def _nomor_kk(data: dict[str, Any], *, wajib: bool = True) -> str:
    teks = str(data.get("no_kk") or "").strip()
    if not teks and not wajib:
        return ""
    try:
        return parse_no_kk(teks).nomor
    except IdentityError as e:
        raise ValidationError(str(e), "no_kk") from e


def anggota(data: dict[str, Any], hari_ini: date, *, wajib: bool = True) -> list[dict[str, str]]:
    """Family members (NIK, nama, SHDK): each NIK valid, nobody listed twice."""
    baris = data.get("anggota") or []
    hasil: list[dict[str, str]] = []
    dilihat: dict[str, int] = {}
    for i, a in enumerate(baris, start=1):
        nik_teks = str(a.get("nik") or "").strip()
        nama_teks = str(a.get("nama") or "").strip()
        if not nik_teks and not nama_teks:
            continue
        try:
            nik = parse_nik(nik_teks, hari_ini).nomor
        except IdentityError as e:
            raise ValidationError(f"Anggota ke-{i}: {e}", "anggota") from e
        if nik in dilihat:
            raise ValidationError(
                f"Anggota ke-{i} (NIK {nik}) sudah tercantum sebagai anggota ke-{dilihat[nik]}.",
                "anggota",
            )
        dilihat[nik] = i
        try:
            nama = normalisasi_nama(nama_teks)
        except ValidationError as e:
            raise ValidationError(f"Anggota ke-{i}: {e.message}", "anggota") from e
        shdk = _pilihan({"shdk": a.get("shdk")}, "shdk", f"SHDK anggota ke-{i}", SHDK)
        hasil.append({"nik": nik, "nama": nama, "shdk": shdk})
    if wajib and not hasil:
        raise ValidationError(
            "Tulis paling sedikit satu anggota keluarga (NIK, nama, SHDK).", "anggota"
        )
    return hasil


def _rupiah(data: dict[str, Any], kunci: str, label: str, *, positif: bool) -> int:
    v = data.get(kunci)
    try:
        n = v if isinstance(v, int) and not isinstance(v, bool) else parse_rupiah(str(v or ""))
    except ValidationError as e:
        raise ValidationError(f"{label}: {e.message}", kunci) from e
    if positif and n <= 0:
        raise ValidationError(f"{label} harus lebih dari nol.", kunci)
    if n < 0:
        raise ValidationError(f"{label} tidak boleh negatif.", kunci)
    return n


def _tanggal(data: dict[str, Any], kunci: str, label: str) -> date | None:
    v = data.get(kunci)
    if v in (None, ""):
        return None
    if isinstance(v, date):
        return v
    try:
        return parse_tanggal(str(v))
    except ValidationError as e:
        raise ValidationError(f"{label}: {e.message}", kunci) from e


def rujukan(
    data: dict[str, Any],
    kunci: str,
    label: str,
    hari_ini: date,
    *,
    wajib: bool = True,
    penerbit: str | None = None,
) -> dict[str, str] | None:
    """A document the letter cites (the village pengantar, a Surat Keterangan Usaha, the police
    loss report, the SKPWNI): its number and date, and its issuer when ``penerbit`` (the
    issuer's label) is given. Returns ``{"nomor", "tanggal" (ISO)[, "penerbit"]}``, or None when
    not ``wajib`` and nothing was written."""
    r = data.get(kunci) or {}
    if not isinstance(r, dict):
        raise ValidationError(f"{label}: tulis nomor dan tanggalnya.", kunci)
    nomor = " ".join(str(r.get("nomor") or "").split())
    oleh = " ".join(str(r.get("penerbit") or "").split())
    teks_tgl = r.get("tanggal")
    if not wajib and not nomor and teks_tgl in (None, "") and not oleh:
        return None
    if not nomor:
        raise ValidationError(f"Nomor {label} belum diisi (lihat suratnya).", kunci)
    if len(nomor) > 60:
        raise ValidationError(f"Nomor {label} terlalu panjang (maksimal 60 huruf).", kunci)
    if teks_tgl in (None, ""):
        raise ValidationError(f"Tanggal {label} belum diisi.", kunci)
    try:
        tgl = teks_tgl if isinstance(teks_tgl, date) else parse_tanggal(str(teks_tgl))
    except ValidationError as e:
        raise ValidationError(f"Tanggal {label}: {e.message}", kunci) from e
    if tgl > hari_ini:
        raise ValidationError(
            f"Tanggal {label} ({tgl:%d-%m-%Y}) sesudah hari ini; periksa tanggal suratnya.", kunci
        )
    if tgl.year < hari_ini.year - 30:
        raise ValidationError(f"Tanggal {label} ({tgl:%d-%m-%Y}) terlalu lama.", kunci)
    hasil = {"nomor": nomor, "tanggal": tgl.isoformat()}
    if penerbit is not None:
        if not oleh:
            raise ValidationError(f"{penerbit} belum diisi.", kunci)
        if len(oleh) > 120:
            raise ValidationError(f"{penerbit} terlalu panjang (maksimal 120 huruf).", kunci)
        hasil["penerbit"] = oleh
    return hasil


def pengantar_desa(data: dict[str, Any], hari_ini: date) -> dict[str, str]:
    """The village pengantar (SOP 004, 006, 007, 008): number and date, cited in the letter."""
    r = rujukan(data, "pengantar_desa", "surat pengantar desa", hari_ini)
    assert r is not None
    return r


#: The variants for a lost or damaged card: a lost one needs the police loss report (SOP 010,
#: SOP 011).
VARIAN_HILANG = {"kk": "rusak-hilang", "ktp-el": "hilang-rusak"}
SEBAB_GANTI = ("Hilang", "Rusak")


def sebab_ganti(data: dict[str, Any], hari_ini: date) -> dict[str, Any]:
    """Lost or damaged; a lost card is replaced on the police loss report (its number, date and
    the police office that issued it)."""
    sebab = _pilihan(data, "sebab", "Sebab penggantian (hilang atau rusak)", SEBAB_GANTI)
    hasil: dict[str, Any] = {"sebab": sebab}
    if sebab == "Hilang":
        hasil["laporan_polisi"] = rujukan(
            data,
            "laporan_polisi",
            "surat keterangan kehilangan dari kepolisian",
            hari_ini,
            penerbit="Kantor polisi yang menerbitkan surat kehilangan",
        )
    return hasil


@dataclass(frozen=True)
class HasilIsian:
    """Cleaned service fields, plus warnings the operator must see but that do not block."""

    data: dict[str, Any]
    peringatan: tuple[str, ...] = ()


def isian_pindah(data: dict[str, Any], hari_ini: date, kecamatan_kantor: str) -> HasilIsian:
    """SOP 004 / F-1.03: destination inside the regency but not this kecamatan, and members."""
    tujuan = _teks(data, "tujuan_kecamatan", "Kecamatan tujuan")
    kec = {k.nama.lower(): k for k in kecamatan_banjarnegara()}
    k = kec.get(tujuan.lower())
    if k is None:
        raise ValidationError(
            f"Kecamatan tujuan '{tujuan}' tidak ada di Kabupaten Banjarnegara. Pindah antar "
            "kabupaten dilayani Dindukcapil.",
            "tujuan_kecamatan",
        )
    if k.nama.lower() == kecamatan_kantor.lower():
        raise ValidationError(
            f"Kecamatan tujuan tidak boleh Kecamatan {kecamatan_kantor} sendiri: pindah dalam "
            "kecamatan tidak memakai surat keterangan pindah antar kecamatan.",
            "tujuan_kecamatan",
        )
    alasan = _pilihan(data, "alasan", "Alasan pindah", ALASAN_PINDAH)
    alasan_lain = _teks(
        data, "alasan_lain", "Alasan pindah lainnya (sebutkan)", wajib=alasan == "Lainnya", maks=100
    )
    kode_pos = "".join(str(data.get("tujuan_kode_pos") or "").split())
    if not (len(kode_pos) == 5 and kode_pos.isdigit()):
        raise ValidationError(
            "Kode pos tujuan ditulis 5 angka (lihat kode pos desa tujuan).", "tujuan_kode_pos"
        )
    jenis = _pilihan(data, "jenis_kepindahan", "Jenis kepindahan", JENIS_KEPINDAHAN)
    pindah = anggota(data, hari_ini)
    st_tinggal = _pilihan(
        data,
        "status_kk_tidak_pindah",
        "Status KK bagi yang tidak pindah",
        STATUS_KK_TIDAK_PINDAH,
    )
    st_pindah = _pilihan(data, "status_kk_pindah", "Status KK bagi yang pindah", STATUS_KK_PINDAH)
    _cocokkan_kepindahan(jenis, pindah, st_tinggal, st_pindah)
    try:
        kepala = normalisasi_nama(str(data.get("nama_kepala_keluarga") or ""))
    except ValidationError as e:
        raise ValidationError(
            f"Nama kepala keluarga (seperti di KK): {e.message}", "nama_kepala_keluarga"
        ) from e
    hasil = {
        "no_kk": _nomor_kk(data),
        "nama_kepala_keluarga": kepala,
        "tujuan_kecamatan": k.nama,
        "tujuan_desa": desa_di_kecamatan(
            _teks(data, "tujuan_desa", "Desa/kelurahan tujuan"), k
        ).nama,
        "tujuan_alamat": _teks(data, "tujuan_alamat", "Alamat tujuan"),
        "tujuan_kode_pos": kode_pos,
        "alasan": alasan,
        "jenis_kepindahan": jenis,
        "status_kk_tidak_pindah": st_tinggal,
        "status_kk_pindah": st_pindah,
        "anggota": pindah,
        "pengantar_desa": pengantar_desa(data, hari_ini),
    }
    if alasan == "Lainnya":
        hasil["alasan_lain"] = alasan_lain
    return HasilIsian(hasil)


def _cocokkan_kepindahan(
    jenis: str, pindah: list[dict[str, str]], st_tinggal: str, st_pindah: str
) -> None:
    """F-1.03's jenis kepindahan must agree with who moves and with the status KK of items 10
    and 11: the kepala keluarga moves in the first three and not in "Anggota keluarga"; "seluruh
    anggota" leaves nobody behind; the others do."""
    kepala = [a for a in pindah if a["shdk"] == "Kepala Keluarga"]
    if len(kepala) > 1:
        raise ValidationError(
            "Yang pindah hanya boleh satu Kepala Keluarga (periksa SHDK di KK).", "anggota"
        )
    if jenis == "Anggota keluarga":
        if kepala:
            raise ValidationError(
                f"Jenis kepindahan 'Anggota keluarga' tetapi {kepala[0]['nama']} (Kepala "
                "Keluarga) ikut pindah: pilih jenis 'Kepala keluarga ...' atau ubah SHDK-nya.",
                "jenis_kepindahan",
            )
    elif not kepala:
        raise ValidationError(
            f"Jenis kepindahan '{jenis}' memerlukan Kepala Keluarga di antara yang pindah. "
            "Tambahkan kepala keluarga, atau pilih 'Anggota keluarga'.",
            "jenis_kepindahan",
        )
    if jenis == "Kepala keluarga" and len(pindah) > 1:
        raise ValidationError(
            "Jenis kepindahan 'Kepala keluarga' berarti hanya kepala keluarga yang pindah; "
            f"tercantum {len(pindah)} orang. Pilih 'Kepala keluarga dan sebagian/seluruh "
            "anggota keluarga'.",
            "jenis_kepindahan",
        )
    if jenis == "Kepala keluarga dan sebagian anggota keluarga" and len(pindah) < 2:
        raise ValidationError(
            "Jenis 'Kepala keluarga dan sebagian anggota keluarga': tulis juga anggota "
            "keluarga yang ikut pindah.",
            "anggota",
        )
    seluruh = jenis == "Kepala keluarga dan seluruh anggota keluarga"
    kosong = "Tidak ada anggota keluarga yang ditinggal"
    if seluruh and st_tinggal != kosong:
        raise ValidationError(
            f"Seluruh anggota keluarga pindah: status KK bagi yang tidak pindah adalah '{kosong}'.",
            "status_kk_tidak_pindah",
        )
    if jenis in JENIS_KEPINDAHAN[2:] and st_tinggal == kosong:
        raise ValidationError(
            f"Jenis kepindahan '{jenis}' meninggalkan anggota keluarga: pilih status KK bagi "
            "yang tidak pindah (numpang KK, membuat KK baru, atau nomor KK tetap).",
            "status_kk_tidak_pindah",
        )
    if jenis == "Anggota keluarga" and st_pindah == STATUS_KK_PINDAH[2]:
        raise ValidationError(
            "Anggota keluarga yang pindah tanpa kepala keluarga tidak membawa nomor KK lama: "
            "pilih 'Numpang KK' atau 'Membuat KK baru'.",
            "status_kk_pindah",
        )
    if st_tinggal == "Nomor KK tetap" and st_pindah == STATUS_KK_PINDAH[2]:
        raise ValidationError(
            "Nomor KK lama tidak dapat tetap dipakai oleh yang tinggal dan yang pindah sekaligus.",
            "status_kk_pindah",
        )


def _letter_c(data: dict[str, Any]) -> dict[str, str]:
    """The kutipan Buku Letter C of an SPPT collateral (SOP 007): nomor C, persil, kelas, luas
    (m\u00b2) and lokasi (blok/dusun), as the desa's extract states them."""
    d = data.get("letter_c_data") or {}
    hasil = {}
    for kunci, label, maks in (
        ("nomor", "Nomor Letter C", 30),
        ("persil", "Nomor persil", 30),
        ("kelas", "Kelas tanah (mis. D.II atau S.III)", 20),
        ("luas", "Luas tanah (m\u00b2)", 12),
        ("lokasi", "Lokasi tanah (blok/dusun)", 100),
    ):
        v = " ".join(str(d.get(kunci) or "").split())
        if not v:
            raise ValidationError(
                f"Agunan SPPT: {label} dari kutipan Buku Letter C belum diisi (SOP 007).",
                "letter_c_data",
            )
        if len(v) > maks:
            raise ValidationError(
                f"{label} terlalu panjang (maksimal {maks} huruf).", "letter_c_data"
            )
        hasil[kunci] = v
    luas = hasil["luas"].replace(".", "").replace(",", ".")
    try:
        ok = float(luas) > 0
    except ValueError:
        ok = False
    if not ok:
        raise ValidationError(
            "Luas tanah pada Letter C ditulis angka meter persegi (mis. 1.250).", "letter_c_data"
        )
    return hasil


def isian_kredit(data: dict[str, Any], hari_ini: date) -> HasilIsian:
    """SOP 007: the loan, the business and the collateral described by its kind (no masa
    berlaku for a BPKB or an SHM, the tax year of an SPPT and its Letter C extract); SOP 007's
    warnings (expired, below the loan) go with the application and onto the letter."""
    from bawang_desk.core.naskah_layanan import jenis_agunan

    jumlah = _rupiah(data, "jumlah", "Jumlah pinjaman", positif=True)
    jenis = _pilihan(data, "agunan_jenis", "Jenis agunan", JENIS_AGUNAN)
    ja = jenis_agunan(jenis)
    berlaku = _tanggal(data, "agunan_berlaku", "Masa berlaku agunan") if ja.masa_berlaku else None
    nilai = _rupiah(data, "agunan_nilai", "Taksiran nilai agunan", positif=False)
    hasil = {
        "bank": _teks(data, "bank", "Nama bank"),
        "jumlah": jumlah,
        "usaha": _teks(data, "usaha", "Jenis usaha"),
        "agunan_jenis": jenis,
        "agunan_nomor": _teks(data, "agunan_nomor", f"{ja.label_nomor} agunan"),
        "agunan_pemilik": _teks(data, "agunan_pemilik", "Pemilik agunan"),
        "agunan_berlaku": berlaku.isoformat() if berlaku else None,
        "agunan_nilai": nilai,
        "letter_c": bool(data.get("letter_c")) if ja.letter_c else False,
        "pengantar_desa": pengantar_desa(data, hari_ini),
        "surat_usaha": rujukan(data, "surat_usaha", "Surat Keterangan Usaha", hari_ini),
    }
    if ja.tahun_pajak:
        teks = str(data.get("agunan_tahun") or "").strip()
        if not (teks.isdigit() and len(teks) == 4):
            raise ValidationError(
                "Tahun pajak SPPT ditulis 4 angka (lihat SPPT PBB, mis. 2026).", "agunan_tahun"
            )
        tahun = int(teks)
        if not hari_ini.year - 10 <= tahun <= hari_ini.year:
            raise ValidationError(
                f"Tahun pajak SPPT {tahun} tidak masuk akal untuk agunan tahun {hari_ini.year}.",
                "agunan_tahun",
            )
        hasil["agunan_tahun"] = tahun
    if ja.letter_c:
        hasil["letter_c_data"] = _letter_c(data)
    peringatan = []
    if ja.letter_c and not hasil["letter_c"]:
        peringatan.append("Agunan SPPT harus disertai kutipan Buku Letter C (SOP 007).")
    if ja.tahun_pajak and hasil["agunan_tahun"] < hari_ini.year:
        peringatan.append(
            f"SPPT tahun pajak {hasil['agunan_tahun']}, bukan tahun berjalan "
            f"{hari_ini.year}; periksa pelunasan PBB-nya (SOP 007)."
        )
    if berlaku is not None and berlaku < hari_ini:
        peringatan.append(
            f"Masa berlaku agunan sudah habis ({berlaku:%d-%m-%Y}); periksa keabsahannya (SOP 007)."
        )
    if nilai < jumlah:
        peringatan.append(
            f"Taksiran nilai agunan ({rupiah(nilai)}) di bawah jumlah pinjaman "
            f"({rupiah(jumlah)}); periksa kesesuaiannya (SOP 007)."
        )
    return HasilIsian(hasil, tuple(peringatan))


def isian_skck(data: dict[str, Any], hari_ini: date, tujuan: tuple | None = None) -> HasilIsian:
    """SOP 008: the keperluan and, from the office's table (``tujuan``), the police office the
    recommendation is addressed to; the addressee is kept with the application, so a later
    change of the table does not change a letter already issued."""
    from bawang_desk.core.naskah_layanan import tujuan_skck_bawaan, tujuan_untuk

    t = tujuan_untuk(tujuan or tujuan_skck_bawaan(), str(data.get("keperluan_jenis") or ""))
    return HasilIsian(
        {
            "keperluan_jenis": t.kode,
            "keperluan_jenis_nama": t.nama,
            "keperluan": _teks(data, "keperluan", "Keperluan SKCK"),
            "kepada": t.kepada,
            "kepada_di": t.di,
            "pengantar_desa": pengantar_desa(data, hari_ini),
        }
    )


def isian_legalisasi(data: dict[str, Any], hari_ini: date) -> HasilIsian:
    """SOP 006: which documents, of which kind, how many sheets of each.

    The kind (catalog data, ``naskah_layanan.toml``) decides the stamp's wording: a copy is
    certified "sesuai dengan aslinya", a village original is "diketahui dan dikuatkan"; a
    document the kecamatan does not legalise (a KK photocopy, a KTP-el, an akta) is refused
    here with the reason, so the applicant hears it at the counter."""
    from bawang_desk.core.naskah_layanan import jenis_legalisasi, kenali_legalisasi

    dokumen = []
    for i, d in enumerate(data.get("dokumen") or [], start=1):
        nama = " ".join(str(d.get("nama") or "").split())
        kode = str(d.get("jenis") or "").strip()
        if not nama and not kode:
            continue
        j = kenali_legalisasi(nama, kode or None)
        if j is None:
            raise ValidationError(
                f"Dokumen ke-{i} ({nama}): pilih jenis dokumennya ("
                + ", ".join(x.nama for x in jenis_legalisasi() if x.cara != "ditolak")
                + ").",
                "dokumen",
            )
        if j.cara == "ditolak":
            raise ValidationError(
                f"Dokumen ke-{i} ({nama or j.nama}) tidak dilegalisasi di kecamatan. {j.alasan}",
                "dokumen",
            )
        try:
            n = int(d.get("salinan") or 0)
        except (TypeError, ValueError):
            n = 0
        if not 1 <= n <= 50:
            raise ValidationError(
                f"Jumlah lembar dokumen ke-{i} ({nama or j.nama}) harus 1 sampai 50.", "dokumen"
            )
        dokumen.append({"jenis": j.kode, "nama": nama or j.nama, "salinan": n})
    if not dokumen:
        raise ValidationError("Tulis paling sedikit satu dokumen yang dilegalisasi.", "dokumen")
    return HasilIsian({"dokumen": dokumen, "pengantar_desa": pengantar_desa(data, hari_ini)})


def isian_kk(data: dict[str, Any], hari_ini: date, varian: str) -> HasilIsian:
    """SOP 010: the KK number (a new KK from pindah datang may not have one yet) and members;
    a pindah datang cites its SKPWNI (number, date, issuing Dindukcapil) and lists the members
    who come; a lost KK cites the police loss report."""
    hasil: dict[str, Any] = {
        "no_kk": _nomor_kk(data, wajib=varian != "pindah-datang"),
        "anggota": anggota(data, hari_ini, wajib=varian in KK_DENGAN_ANGGOTA),
    }
    if varian == "pindah-datang":
        hasil["skpwni"] = rujukan(
            data,
            "skpwni",
            "SKPWNI (surat keterangan pindah dari daerah asal)",
            hari_ini,
            penerbit="Dindukcapil yang menerbitkan SKPWNI",
        )
    if varian == VARIAN_HILANG["kk"]:
        hasil.update(sebab_ganti(data, hari_ini))
    return HasilIsian(hasil)


def elemen_berubah(data: dict[str, Any]) -> str:
    """A KTP-el change of data says which element changes and how ("Pekerjaan: Petani/Pekebun
    menjadi Wiraswasta"): Dindukcapil cannot process a change that does not name it."""
    return _teks(
        data,
        "elemen_berubah",
        "Elemen data yang berubah (mis. Pekerjaan: Petani menjadi Wiraswasta)",
        maks=200,
    )


def usia(lahir: date, pada: date) -> int:
    return pada.year - lahir.year - ((pada.month, pada.day) < (lahir.month, lahir.day))


def isian_ktp(data: dict[str, Any], hari_ini: date, lahir: date) -> HasilIsian:
    """SOP 011's warning: a KTP-el only from 17 years of age, or once married."""
    kawin = bool(data.get("kawin"))
    u = usia(lahir, hari_ini)
    if u < USIA_KTP and not kawin:
        raise ValidationError(
            f"Pemohon baru berusia {u} tahun menurut NIK dan belum kawin: KTP-el baru dapat "
            f"dibuat mulai usia {USIA_KTP} tahun atau bila sudah/pernah kawin (SOP 011).",
            "kawin",
        )
    return HasilIsian({"no_kk": _nomor_kk(data), "kawin": kawin})
