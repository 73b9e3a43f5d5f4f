"""Prints a signed application's letter from the desk: the glue between the register and the
letter layouts in ``layanan``.

The signer printed is the one recorded at signature (a snapshot of name, pangkat and NIP), so a
reprint next year still shows who signed, whoever holds the post by then.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.layanan import Permohonan
from bawang_desk.core.pengaturan import Pejabat
from bawang_desk.documents.konsep import NOMOR_KONSEP
from bawang_desk.documents.kop import Penandatangan, penandatangan_kantor
from bawang_desk.documents.layanan import BUAT, JUDUL, Pemohon, SuratLayanan, Verifikasi
from bawang_desk.documents.surat_masuk import folder_cetak


def penandatangan(desk: Desk, p: Permohonan) -> Penandatangan:
    """The block of the signer recorded at signature (a Kasi signs a.n. Camat by post)."""
    t = p.penandatangan
    pj = Pejabat(t.get("jabatan", ""), t.get("nama", ""), t.get("golongan", ""), t.get("nip", ""))
    mode = t.get("mode")
    if mode not in ("camat", "an", "plh", "ub"):
        raise ValidationError("Permohonan ini belum ditandatangani.", "status")
    return penandatangan_kantor(mode, pj, desk.pengaturan.kantor().kecamatan)


def _pemohon(p: Permohonan) -> Pemohon:
    d = dict(p.data.get("pemohon", {}))
    if "tanggal_lahir" not in d:  # records made by the bulk path keep only the NIK
        from bawang_desk.core.identity import parse_nik

        nik = parse_nik(p.nik, p.tanggal_masuk)
        d["tanggal_lahir"], d["perempuan"] = nik.tanggal_lahir.isoformat(), nik.perempuan
    rt_rw = " ".join(
        x
        for x in (f"RT {d['rt']}" if d.get("rt") else "", f"RW {d['rw']}" if d.get("rw") else "")
        if x
    )
    alamat = " ".join(x for x in (p.alamat, rt_rw) if x)
    return Pemohon(
        nama=p.nama,
        nik=p.nik,
        tempat_lahir=d.get("tempat_lahir", ""),
        tanggal_lahir=date.fromisoformat(d["tanggal_lahir"]),
        perempuan=bool(d.get("perempuan")),
        agama=d.get("agama", ""),
        pekerjaan=d.get("pekerjaan", ""),
        status_perkawinan=d.get("status_perkawinan", ""),
        kewarganegaraan=d.get("kewarganegaraan", ""),
        golongan_darah=d.get("golongan_darah", ""),
        alamat=alamat,
        desa=p.desa,
        no_kk=p.data.get("no_kk", ""),
    )


def _data_surat(desk: Desk, p: Permohonan) -> dict:
    d = dict(p.data)
    if p.layanan == "kredit-bank":
        d["agunan_taksiran"] = d.get("agunan_nilai")
    elif p.layanan == "pindah":
        d["anggota"] = [(a["nik"], a["nama"], a["shdk"]) for a in d.get("anggota", [])]
    elif p.layanan == "legalisasi":
        dok = [(x["nama"], x["salinan"], x.get("jenis", "")) for x in d.get("dokumen", [])]
        d["dokumen"] = dok
        d["nomor_salinan"] = [p.nomor] * sum(x[1] for x in dok)  # one register act, no ".1"
    elif p.layanan in ("kk", "ktp-el"):
        d["varian_nama"] = desk.layanan.sop(p.layanan).varian_by_kode(p.varian).nama
        d["varian"] = p.varian
        d["anggota"] = [(a["nik"], a["nama"], a["shdk"]) for a in d.get("anggota") or []]
    return d


def surat_untuk(desk: Desk, p: Permohonan) -> SuratLayanan:
    if not p.nomor:
        raise ValidationError(
            "Surat baru dapat dicetak setelah ditandatangani dan bernomor.", "status"
        )
    return SuratLayanan(
        nomor=p.nomor,
        tanggal=desk.penomoran.get(p.nomor_id).tanggal,
        pemohon=_pemohon(p),
        penandatangan=penandatangan(desk, p),
        verifikasi=Verifikasi(p.kode_verifikasi, p.kode_verifikasi),
        tempat=desk.pengaturan.kantor().kecamatan,
        data=_data_surat(desk, p),
    )


#: Where a KONSEP may be printed: checked, before the number, or back for correction.
STATUS_KONSEP = ("diperiksa", "menunggu_ttd", "dikembalikan")


def konsep_untuk(desk: Desk, p: Permohonan, mode: str = "camat") -> SuratLayanan:
    """The draft of the letter: the same layout, no number, no verification code, KONSEP."""
    if p.status not in STATUS_KONSEP:
        raise ValidationError(
            f"KONSEP dicetak sebelum surat dicetak untuk ditandatangani; permohonan ini "
            f"berstatus \u201c{p.label_status}\u201d.",
            "status",
        )
    blok = (
        p.penandatangan if p.penandatangan.get("mode") else desk.layanan.blok_ttd(p.layanan, mode)
    )
    d = _data_surat(desk, replace(p, nomor=NOMOR_KONSEP))
    return SuratLayanan(
        nomor=NOMOR_KONSEP,
        tanggal=desk.sekarang().date(),
        pemohon=_pemohon(p),
        penandatangan=penandatangan(desk, replace(p, penandatangan=blok)),
        verifikasi=Verifikasi("KONSEP", "KONSEP"),
        tempat=desk.pengaturan.kantor().kecamatan,
        data=d,
        konsep=True,
    )


def jenis_surat(p: Permohonan) -> list[str]:
    """The letters an application prints: KTP-el has its pengantar and, once its own number is
    issued (``cetak_pengganti``), the Surat Keterangan Pengganti KTP-el."""
    if p.layanan == "ktp-el" and p.pengganti.get("nomor"):
        return ["ktp-el", "ktp-el-pengganti"]
    return [p.layanan]


def pengganti_untuk(desk: Desk, p: Permohonan) -> SuratLayanan:
    """The Pengganti with its own number, date, signature block and masa berlaku."""
    g = p.pengganti
    if not g.get("nomor"):
        raise ValidationError(
            "Surat Keterangan Pengganti belum bernomor: cetak untuk ditandatangani lebih dulu.",
            "status",
        )
    s = surat_untuk(desk, replace(p, penandatangan=g["blok"]))
    s.nomor = g["nomor"]
    s.tanggal = date.fromisoformat(g["tanggal"])
    s.data = {
        **s.data,
        "berlaku_sampai": date.fromisoformat(g["berlaku_sampai"]),
        "berlaku_bulan": g.get("berlaku_bulan"),
    }
    return s


def cetak_surat(
    desk: Desk,
    pid: int,
    target: Path | None = None,
    *,
    jenis: str | None = None,
    konsep: bool = False,
    mode: str = "camat",
) -> Path:
    """Write the letter of a numbered application (after COMMIT of its number) and return it;
    ``konsep`` writes the draft before the number (diagonal KONSEP, no number)."""
    desk.otorisasi("layanan.lihat")
    p = desk.layanan.get(pid)
    if konsep:
        jenis = jenis or p.layanan
        s = konsep_untuk(desk, p, mode)
        if target is None:
            target = folder_cetak(desk, "surat") / f"KONSEP-{jenis}-permohonan-{p.id}.pdf"
        BUAT[jenis](target, desk.pengaturan.kantor(), desk.pengaturan.umum().kertas, s)
        return target
    jenis = jenis or jenis_surat(p)[-1]
    if jenis not in jenis_surat(p):
        raise ValidationError(
            f"{JUDUL.get(jenis, jenis)} belum dapat dicetak untuk permohonan ini.", "jenis"
        )
    s = pengganti_untuk(desk, p) if jenis == "ktp-el-pengganti" else surat_untuk(desk, p)
    if target is None:
        nama = s.nomor.replace("/", "-")
        target = folder_cetak(desk, "surat") / f"{jenis}-{nama}.pdf"
    BUAT[jenis](target, desk.pengaturan.kantor(), desk.pengaturan.umum().kertas, s)
    return target
