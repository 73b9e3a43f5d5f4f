"""An application's details as the HTML shown beside the queue and in the signing dialog."""

from __future__ import annotations

from datetime import date
from html import escape

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.identity import IdentityError, parse_nik
from bawang_desk.core.layanan import LAYANAN, MODE_TTD, Permohonan
from bawang_desk.core.teks import rupiah, tanggal_pendek
from bawang_desk.ui.layanan.antrian import nama_varian

#: Labels of the service fields in the detail panel, in display order.
LABEL_ISIAN = {
    "no_kk": "Nomor KK",
    "tujuan_kecamatan": "Kecamatan tujuan",
    "tujuan_desa": "Desa tujuan",
    "tujuan_alamat": "Alamat tujuan",
    "alasan": "Alasan pindah",
    "jenis_kepindahan": "Jenis kepindahan",
    "bank": "Bank",
    "jumlah": "Jumlah pinjaman",
    "usaha": "Jenis usaha",
    "agunan_jenis": "Jenis agunan",
    "agunan_nomor": "Nomor agunan",
    "agunan_pemilik": "Pemilik agunan",
    "agunan_berlaku": "Agunan berlaku sampai",
    "agunan_nilai": "Taksiran nilai agunan",
    "letter_c": "Kutipan Letter C",
    "keperluan": "Keperluan",
    "kawin": "Sudah/pernah kawin",
}


def html_permohonan(desk: Desk, p: Permohonan) -> str:
    """The detail of an application: applicant, fields, warnings, checklist, steps vs SOP."""
    from bawang_desk.core.catalog import format_waktu

    e = escape
    inf = LAYANAN.get(p.layanan)
    pem = p.data.get("pemohon", {})
    bagian: list[str] = []
    if p.status == "batal":
        bagian.append(
            "<p style='background:#303030;color:white;padding:4px'><b>BATAL</b>: "
            f"{e(p.alasan_batal or '')}</p>"
        )
    for teks in p.data.get("peringatan") or []:
        bagian.append(
            f"<p style='background:#ffe3e3;color:#7a0000;padding:4px'><b>\u26a0 Peringatan</b>: "
            f"{e(teks)}</p>"
        )
    if p.siak == "menunggu":
        bagian.append(
            "<p style='background:#fff3c4;color:#4a3b00;padding:4px'><b>Menunggu input "
            "SIAK</b>: masukkan data ke SIAK bila jaringan tersedia, lalu centang di daftar "
            "\u201cMenunggu input SIAK\u201d.</p>"
        )
    judul = inf.nama if inf else p.layanan
    varian = nama_varian(desk, p)
    if varian.lower() != judul.lower() and p.varian != "umum":
        judul += f" ({varian})"
    bagian.append(f"<h3>No. {p.id} &mdash; {e(judul)} &mdash; {e(p.label_status)}</h3>")
    lahir, perempuan = pem.get("tanggal_lahir"), pem.get("perempuan")
    if not lahir:  # bulk-entered or imported rows: the NIK still tells
        try:
            n = parse_nik(p.nik)
            lahir, perempuan = n.tanggal_lahir.isoformat(), n.perempuan
        except IdentityError:
            lahir = None
    lahir_teks = ""
    if lahir:
        jk = "perempuan" if perempuan else "laki-laki"
        tempat = f"{pem.get('tempat_lahir')}, " if pem.get("tempat_lahir") else ""
        lahir_teks = f"{e(tempat)}{tanggal_pendek(date.fromisoformat(lahir))} ({jk})"
    rtrw = ""
    if pem.get("rt") or pem.get("rw"):
        rtrw = f" RT {e(pem.get('rt') or '-')}/RW {e(pem.get('rw') or '-')}"
    bagian += [
        "<table cellpadding='2'>",
        f"<tr><td><b>Pemohon</b></td><td>{e(p.nama)}</td></tr>",
        f"<tr><td><b>NIK</b></td><td>{e(p.nik)}</td></tr>",
        f"<tr><td><b>Lahir</b></td><td>{lahir_teks or '-'}</td></tr>",
        f"<tr><td><b>Alamat</b></td><td>{e(p.alamat or '-')}{rtrw}, Desa {e(p.desa)}</td></tr>",
        f"<tr><td><b>Masuk</b></td><td>{tanggal_pendek(p.tanggal_masuk)} "
        f"(dicatat {e(p.petugas or '-')})</td></tr>",
    ]
    for kunci, label in LABEL_ISIAN.items():
        if kunci not in p.data:
            continue
        v = p.data[kunci]
        if kunci in ("jumlah", "agunan_nilai"):
            teks = rupiah(int(v or 0))
        elif kunci == "agunan_berlaku":
            teks = tanggal_pendek(date.fromisoformat(v)) if v else "-"
        elif isinstance(v, bool):
            teks = "ya" if v else "tidak"
        else:
            teks = e(str(v or "-"))
        bagian.append(f"<tr><td><b>{e(label)}</b></td><td>{teks}</td></tr>")
    if p.data.get("dokumen"):
        dok = "; ".join(f"{e(d['nama'])} ({d['salinan']} salinan)" for d in p.data["dokumen"])
        bagian.append(f"<tr><td><b>Dokumen</b></td><td>{dok}</td></tr>")
    if p.nomor:
        bagian.append(f"<tr><td><b>Nomor</b></td><td><b>{e(p.nomor)}</b></td></tr>")
    if p.penandatangan:
        t = p.penandatangan
        judul = (
            "Dicetak untuk ditandatangani"
            if p.status in ("dicetak", "dikembalikan")
            else ("Ditandatangani")
        )
        bagian.append(
            f"<tr><td><b>{judul}</b></td><td>{e(t.get('nama', ''))} "
            f"({e(MODE_TTD.get(t.get('mode', ''), t.get('mode', '')))})"
            + (f", cetakan ke-{p.cetak_ke}" if p.cetak_ke > 1 else "")
            + "</td></tr>"
        )
    if p.pengganti.get("nomor"):
        g = p.pengganti
        status = {
            "dicetak": "dicetak, belum ditandatangani",
            "dikembalikan": f"dikembalikan: {g.get('alasan_kembali') or ''}",
            "ditandatangani": "ditandatangani " + (g.get("ditandatangani") or {}).get("nama", ""),
        }.get(g.get("status", ""), g.get("status", ""))
        bagian.append(
            f"<tr><td><b>Pengganti KTP-el</b></td><td><b>{e(g['nomor'])}</b>, berlaku sampai "
            f"{e(tanggal_pendek(date.fromisoformat(g['berlaku_sampai'])))}; {e(status)}</td></tr>"
        )
    if p.alasan_kembali:
        bagian.append(f"<tr><td><b>Dikembalikan</b></td><td>{e(p.alasan_kembali)}</td></tr>")
    if p.kode_verifikasi:
        bagian.append(
            f"<tr><td><b>Kode verifikasi</b></td><td><tt>{e(p.kode_verifikasi)}</tt></td></tr>"
        )
    bagian.append("</table>")
    if p.data.get("anggota"):
        bagian.append(
            "<h4>Anggota keluarga</h4><table border='1' cellspacing='0' cellpadding='3'>"
            "<tr><th>NIK</th><th>Nama</th><th>SHDK</th></tr>"
            + "".join(
                f"<tr><td>{e(a['nik'])}</td><td>{e(a['nama'])}</td><td>{e(a['shdk'])}</td></tr>"
                for a in p.data["anggota"]
            )
            + "</table>"
        )
    if p.syarat:
        ada = sum(1 for s in p.syarat if s.ada)
        bagian.append(f"<h4>Persyaratan ({ada} dari {len(p.syarat)} ada)</h4><ul>")
        for s in p.syarat:
            tanda = "\u2611" if s.ada else "\u2610 <i>belum</i>"
            bagian.append(f"<li>{tanda} {e(s.item)}</li>")
        bagian.append("</ul>")
    if p.syarat_dilewati:
        bagian.append(
            f"<p><b>Diloloskan Sekcam</b> walau belum lengkap: {e(p.syarat_dilewati)}</p>"
        )
    rows = []
    for lk in p.langkah:
        dur = format_waktu(lk.durasi) if lk.durasi is not None else "-"
        baku = format_waktu(lk.baku) if lk.baku else "-"
        warna = " style='color:#7a0000'" if lk.lewat_baku else ""
        ket = (
            "melebihi waktu baku" if lk.lewat_baku else ("sesuai" if lk.durasi is not None else "")
        )
        rows.append(
            f"<tr><td>{lk.langkah}</td><td>{e(lk.uraian)}</td>"
            f"<td>{lk.waktu:%d-%m-%Y %H:%M}</td>"
            f"<td>{e(lk.pelaku.kedua_nama if lk.pelaku else lk.oleh or '-')}</td>"
            f"<td{warna}>{dur}</td><td>{baku}</td><td{warna}>{ket}</td></tr>"
        )
    try:
        nomor_sop = desk.layanan.sop(p.layanan).nomor
    except BawangError:
        nomor_sop = p.layanan
    bagian.append(
        f"<h4>Langkah SOP {e(nomor_sop)}</h4>"
        "<table border='1' cellspacing='0' cellpadding='3'>"
        "<tr><th>No</th><th>Langkah</th><th>Waktu</th><th>Oleh</th><th>Lama</th>"
        "<th>Baku</th><th></th></tr>" + "".join(rows) + "</table>"
    )
    return "".join(bagian)
