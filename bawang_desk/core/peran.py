"""The roles of the office and the matrix of what each may do, checked by the core itself.

The GUI hides what a role cannot use, but the check that counts is here: a call made without
the right role raises, whatever any screen shows.
"""

from __future__ import annotations

OPERATOR = "operator"
PENGADMINISTRASI = "pengadministrasi"
KASUBBAG = "kasubbag"
SEKCAM = "sekcam"
CAMAT = "camat"
ADMIN = "admin"

#: Role key to the label shown to users, in the order they appear in lists.
PERAN: dict[str, str] = {
    OPERATOR: "Operator",
    PENGADMINISTRASI: "Pengadministrasi Umum",
    KASUBBAG: "Kasubbag Umum dan Kepegawaian",
    SEKCAM: "Sekretaris Kecamatan",
    CAMAT: "Camat",
    ADMIN: "Admin",
}

SEMUA = frozenset(PERAN)
STAF_KANTOR = frozenset({OPERATOR, PENGADMINISTRASI, KASUBBAG, SEKCAM, CAMAT})

#: Permission to the roles that hold it. Later areas add their own permissions here.
IZIN: dict[str, frozenset[str]] = {
    "pengaturan.ubah": frozenset({ADMIN, SEKCAM}),
    "pengguna.kelola": frozenset({ADMIN}),
    "nomor.ambil": STAF_KANTOR,
    "nomor.batal": frozenset({SEKCAM, CAMAT}),
    # a number dated in last year's book (the first days of January), with a written reason
    "nomor.mundur": frozenset({SEKCAM, CAMAT}),
    "nomor.lihat": SEMUA,
    "audit.periksa": frozenset({ADMIN, SEKCAM, CAMAT}),
    # SOP 068/001 surat masuk
    "surat_masuk.lihat": STAF_KANTOR,
    "surat_masuk.catat": frozenset({PENGADMINISTRASI, OPERATOR, SEKCAM}),
    "surat_masuk.ubah": frozenset({PENGADMINISTRASI, OPERATOR, SEKCAM}),
    "surat_masuk.ubah_tanggal": frozenset({PENGADMINISTRASI, SEKCAM}),
    "surat_masuk.sampaikan": frozenset({PENGADMINISTRASI, OPERATOR, SEKCAM}),
    "surat_masuk.disposisi": frozenset({CAMAT}),
    "surat_masuk.jabarkan": frozenset({SEKCAM}),
    "surat_masuk.distribusi": frozenset({PENGADMINISTRASI, OPERATOR, SEKCAM}),
    # SOP 068/002 surat keluar
    "surat_keluar.lihat": STAF_KANTOR,
    "surat_keluar.konsep": STAF_KANTOR,
    "surat_keluar.koreksi": frozenset({SEKCAM, CAMAT}),
    "surat_keluar.tandatangan": frozenset({SEKCAM, CAMAT}),
    "surat_keluar.nomor": frozenset({PENGADMINISTRASI, SEKCAM}),
    "surat_keluar.kirim": frozenset({PENGADMINISTRASI, OPERATOR, SEKCAM}),
    "surat_keluar.arsip": frozenset({PENGADMINISTRASI, SEKCAM}),
    "surat_keluar.batal": frozenset({SEKCAM, CAMAT}),
    "ekspedisi.catat": frozenset({PENGADMINISTRASI, OPERATOR, SEKCAM}),
    "buku.cetak": STAF_KANTOR,
    # SOP 004-011 citizen services; signing is checked per service (Camat, Sekcam, or the Kasi
    # the SOP names, by the account's jabatan) in LayananManager.tandatangani
    "layanan.lihat": STAF_KANTOR,
    "layanan.catat": frozenset({OPERATOR, PENGADMINISTRASI, SEKCAM}),
    "layanan.periksa": frozenset({OPERATOR, PENGADMINISTRASI, SEKCAM}),
    "layanan.lewati_syarat": frozenset({SEKCAM}),
    "layanan.serahkan": frozenset({OPERATOR, PENGADMINISTRASI, SEKCAM}),
    "layanan.batal_bernomor": frozenset({SEKCAM, CAMAT}),
    # SOP 068/003 KP/KGB: only the Kasubbag Umum dan Kepegawaian and the Sekcam change personnel
    # data; the SOP's other actors do their own steps of an usulan
    "pegawai.lihat": frozenset({PENGADMINISTRASI, KASUBBAG, SEKCAM, CAMAT}),
    "pegawai.ubah": frozenset({KASUBBAG, SEKCAM}),
    "usulan_kp.lihat": STAF_KANTOR,
    "usulan_kp.buat": frozenset({KASUBBAG, SEKCAM}),  # step 1 (and changing the employees)
    "usulan_kp.berkas": frozenset({KASUBBAG, PENGADMINISTRASI, SEKCAM}),  # steps 2-4
    "usulan_kp.eoffice": frozenset({OPERATOR, PENGADMINISTRASI, KASUBBAG, SEKCAM}),  # step 5
    "usulan_kp.koreksi": frozenset({CAMAT, SEKCAM}),  # step 6
    "usulan_kp.kirim": frozenset({KASUBBAG, PENGADMINISTRASI, SEKCAM}),  # step 7
    "usulan_kp.arsip": frozenset({PENGADMINISTRASI, KASUBBAG, SEKCAM}),  # step 8
    "usulan_kp.hasil": frozenset({KASUBBAG, SEKCAM}),  # the SK: changes the employee
    "usulan_kp.batal": frozenset({KASUBBAG, SEKCAM}),
    # UU 27/2022: purging closed applications' personal fields after the retention period
    "data_pribadi.hapus": frozenset({ADMIN, SEKCAM}),
    # backups: every account may copy to a flashdisk (audited: the file holds NIKs); restoring
    # replaces the registers and is for Admin or Sekcam
    "cadangan.flashdisk": SEMUA,
    "cadangan.pulihkan": frozenset({ADMIN, SEKCAM}),
    # SOP 010/011 step 6: the weekly handover of KK/KTP-el files to Dindukcapil and their
    # return; the operator who processes the files hands them over. A batch that already has a
    # number is cancelled like any number: by the Sekcam or the Camat
    "serah_terima.lihat": STAF_KANTOR,
    "serah_terima.kelola": frozenset({OPERATOR, PENGADMINISTRASI, SEKCAM}),
    "serah_terima.batal": frozenset({SEKCAM, CAMAT}),
    # kinerja from the registers (the Tim Penyusun: Kasubbag Kinerja dan RB, Sekcam, Camat) and
    # catalog SOPs followed as work; a step is ticked by its role or by the Sekcam/Camat
    # (checked in PelacakanManager.centang)
    "kinerja.lihat": frozenset({KASUBBAG, SEKCAM, CAMAT}),
    "pelacakan.lihat": STAF_KANTOR,
    "pelacakan.mulai": frozenset({KASUBBAG, SEKCAM, CAMAT}),
    "pelacakan.centang": STAF_KANTOR,
    "pelacakan.batal": frozenset({SEKCAM, CAMAT}),
    # Survei Kepuasan Masyarakat (PermenPANRB 14/2017): whoever hands a service over opens the
    # citizen's survey; paper forms are typed in by the counter staff; the index and its report
    # are read by the Tim Penyusun; the rencana tindak lanjut is the Sekcam's
    "skm.isi": frozenset({OPERATOR, PENGADMINISTRASI, SEKCAM}),
    "skm.kertas": frozenset({OPERATOR, PENGADMINISTRASI, SEKCAM}),
    "skm.lihat": frozenset({KASUBBAG, SEKCAM, CAMAT}),
    "skm.tindak_lanjut": frozenset({SEKCAM}),
}


def label(peran: str) -> str:
    return PERAN.get(peran, peran)


def boleh(peran: str | None, izin: str) -> bool:
    """Whether ``peran`` holds ``izin``; an unknown permission is a programming error."""
    if izin not in IZIN:
        raise KeyError(f"izin tidak dikenal: {izin}")
    return peran is not None and peran in IZIN[izin]


def yang_berwenang(izin: str) -> str:
    """The roles holding ``izin`` in words ("Sekretaris Kecamatan atau Camat"), for messages and
    the tooltips of disabled buttons, so no internal permission key ever reaches the screen."""
    nama = [PERAN[p] for p in PERAN if p in IZIN[izin]]
    if len(nama) <= 1:
        return "".join(nama)
    return ", ".join(nama[:-1]) + " atau " + nama[-1]


def pesan_ditolak(peran: str | None, izin: str, tindakan: str = "tindakan ini") -> str:
    """The refusal sentence: who is refused, what, and who may do it instead."""
    return (
        f"Peran {label(peran or '')} tidak berwenang untuk {tindakan}. "
        f"Yang berwenang: {yang_berwenang(izin)}."
    )
