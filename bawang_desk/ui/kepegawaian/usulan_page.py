"""The Usulan page: SOP 003's eight steps of each usulan KP/KGB, documents, pengantar and result."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import (
    QItemSelectionModel,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.atas_nama import boleh_mencatat
from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError, ValidationError
from bawang_desk.core.usulan_kp import AnggotaUsulan, Usulan
from bawang_desk.ui.kepegawaian.model import AnggotaModel, LangkahModel, UsulanModel
from bawang_desk.ui.kepegawaian.umum import UR, Pelari, baris_terpilih, buat_tabel, pratinjau_pdf
from bawang_desk.ui.kepegawaian.usulan_dialog import (
    BuatUsulanDialog,
    HasilDialog,
    KirimBkdDialog,
    KoreksiDialog,
)
from bawang_desk.ui.umum import (
    beri_nama,
    konfirmasi,
    minta_alasan,
    pesan_galat,
)
from bawang_desk.ui.umum.tata import AlirLayout


class UsulanPage(QWidget):
    """The usulan list and, for the selected one, SOP 003's eight steps and their buttons."""

    LANGKAH_BERIKUT: ClassVar[dict[str, int]] = {
        "disiapkan": 2,
        "diberitahu": 3,
        "berkas_lengkap": 4,
        "konsep": 5,
        "bernomor": 6,
        "perbaikan": 6,
        "dikoreksi": 7,
        "dikirim": 8,
    }

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.hasil: Path | None = None
        self._mengisi = False
        lay = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        beri_nama(split, "usulanSplitter", "Daftar dan rincian usulan")
        kiri = QWidget()
        kl = QVBoxLayout(kiri)
        kl.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.baruButton = QPushButton("&Usulan baru...")
        beri_nama(self.baruButton, "usulanBaruButton", "Usulan KP/KGB baru")
        self.semuaCheck = QCheckBox("Ta&mpilkan yang selesai/batal")
        beri_nama(self.semuaCheck, "semuaUsulanCheck", "Tampilkan usulan selesai dan batal")
        self.semuaCheck.setChecked(True)
        bar.addWidget(self.baruButton)
        bar.addWidget(self.semuaCheck)
        bar.addStretch(1)
        kl.addLayout(bar)
        self.model = UsulanModel(self)
        self.table, self.proxy = buat_tabel("usulanTable", "Daftar usulan KP/KGB", self.model, self)
        kl.addWidget(self.table, 1)
        split.addWidget(kiri)

        kanan = QWidget()
        kr = QVBoxLayout(kanan)
        kr.setContentsMargins(0, 0, 0, 0)
        self.judulLabel = QLabel("Pilih usulan di daftar.")
        beri_nama(self.judulLabel, "judulUsulanLabel", "Rincian usulan")
        self.judulLabel.setWordWrap(True)
        self.judulLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        kr.addWidget(self.judulLabel)
        self.langkahModel = LangkahModel(self)
        self.langkahTable, _ = buat_tabel(
            "langkahTable", "Langkah SOP 003", self.langkahModel, self
        )
        self.langkahTable.setSortingEnabled(False)
        self.langkahTable.setWordWrap(True)
        self.langkahTable.setMaximumHeight(270)
        kr.addWidget(self.langkahTable)

        aksi = QGroupBox("Langkah")
        beri_nama(aksi, "aksiGroup", "Tombol langkah usulan")
        # the step buttons wrap rather than widen the window on a 1024 px screen
        al = AlirLayout(aksi)
        al2 = AlirLayout()

        def btn(teks: str, nama: str, aksesibel: str, slot, baris=al) -> QPushButton:
            b = QPushButton(teks)
            beri_nama(b, nama, aksesibel)
            b.clicked.connect(lambda _c=False: slot())
            baris.addWidget(b)
            return b

        self.beritahuButton = btn(
            "2 Beri&tahu", "beritahuButton", "Langkah 2: beritahu yang bersangkutan", self.beritahu
        )
        self.periksaButton = btn(
            "3 Per&iksa berkas", "periksaButton", "Langkah 3: periksa berkas", self.periksa
        )
        self.konsepButton = btn(
            "4 K&onsep surat", "konsepButton", "Langkah 4: konsep surat", self.konsep
        )
        self.eofficeButton = btn(
            "5 &E-Office", "eofficeButton", "Langkah 5: kirim lewat E-Office", self.eoffice
        )
        self.koreksiButton = btn(
            "6 Ko&reksi Camat", "koreksiButton", "Langkah 6: koreksi Camat", self.koreksi
        )
        self.kirimButton = btn("7 &Kirim ke BKD", "kirimButton", "Langkah 7: kirim", self.kirim)
        self.arsipButton = btn("8 &Arsip", "arsipButton", "Langkah 8: arsipkan", self.arsipkan)
        self.cetakButton = btn(
            "&Cetak pengantar...", "cetakPengantarButton", "Cetak surat pengantar", self.cetak,
            al2,
        )  # fmt: skip
        self.hasilButton = btn(
            "Catat &hasil (SK)...", "hasilButton", "Catat hasil dari BKD", self.catat_hasil, al2
        )
        self.batalButton = btn("Bata&lkan...", "batalButton", "Batalkan usulan", self.batalkan, al2)
        kr.addWidget(aksi)
        kr.addLayout(al2)

        self.anggotaModel = AnggotaModel(self)
        self.anggotaTable, self.anggotaProxy = buat_tabel(
            "anggotaTable", "Pegawai dalam usulan", self.anggotaModel, self
        )
        berkas = QHBoxLayout()
        kolom_dok = QVBoxLayout()
        label_dok = QLabel("Berkas pe&gawai terpilih (centang yang sudah diterima):")
        self.dokumenList = QListWidget()
        beri_nama(self.dokumenList, "dokumenList", "Daftar berkas persyaratan pegawai terpilih")
        label_dok.setBuddy(self.dokumenList)
        self.centangSemuaButton = QPushButton("Centang &semua berkas pegawai ini")
        beri_nama(self.centangSemuaButton, "centangSemuaButton", "Centang semua berkas")
        self.centangSemuaButton.clicked.connect(lambda _c=False: self.centang_semua())
        kolom_dok.addWidget(label_dok)
        kolom_dok.addWidget(self.dokumenList, 1)
        kolom_dok.addWidget(self.centangSemuaButton)
        self.kurangLabel = QLabel()
        beri_nama(self.kurangLabel, "kurangLabel", "Berkas yang belum ada")
        self.kurangLabel.setWordWrap(True)
        self.kurangLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.kurangLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        berkas.addLayout(kolom_dok, 3)
        berkas.addWidget(self.kurangLabel, 2)
        kr.addWidget(self.anggotaTable, 1)
        kr.addLayout(berkas, 1)
        split.addWidget(kanan)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        lay.addWidget(split, 1)
        self.info = QLabel()
        beri_nama(self.info, "infoLabel", "Keterangan")
        self.info.setWordWrap(True)
        lay.addWidget(self.info)
        self.pelari = Pelari(self, desk, self.info)

        self.baruButton.clicked.connect(lambda _c=False: self.usulan_baru())
        self.semuaCheck.toggled.connect(lambda _b: self.muat())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._tampilkan())
        self.anggotaTable.selectionModel().selectionChanged.connect(lambda *_a: self._isi_dokumen())
        self.dokumenList.itemChanged.connect(self._centang)

    # ---- reading

    def perbarui_izin(self) -> None:
        self._tampilkan()

    def muat(self, pilih: int | None = None) -> None:
        if pilih is None and (u := self.terpilih()) is not None:
            pilih = u.id
        if not self.desk.boleh("usulan_kp.lihat"):
            self.model.set_rows([])
            self._tampilkan()
            return
        try:
            rows = self.desk.usulan_kp.daftar()
        except BawangError as e:
            self.info.setText(str(e))
            return
        if not self.semuaCheck.isChecked():
            rows = [u for u in rows if u.status not in ("batal",) and not u.selesai]
        self.model.set_rows(rows)
        if pilih is not None:
            self.pilih(pilih)
        self._tampilkan()

    def pilih(self, uid: int) -> bool:
        r = self.model.baris_id(uid)
        if r < 0:
            return False
        idx = self.proxy.mapFromSource(self.model.index(r, 0))
        self.table.selectionModel().select(
            idx,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(idx)
        self.table.scrollTo(idx)
        return True

    def terpilih(self) -> Usulan | None:
        rows = baris_terpilih(self.table, self.proxy)
        return self.model.baris(rows[0]) if rows else None

    def anggota_terpilih(self) -> AnggotaUsulan | None:
        rows = baris_terpilih(self.anggotaTable, self.anggotaProxy)
        return self.anggotaModel.baris(rows[0]) if rows else None

    def _tampilkan(self) -> None:
        u = self.terpilih()
        pid = a.pegawai_id if (a := self.anggota_terpilih()) else None
        sop = self.desk.usulan_kp.sop()
        berikut = self.LANGKAH_BERIKUT.get(u.status) if u else None
        baris = []
        for lk in sop.langkah:
            dikerjakan = ""
            if u is not None:
                catatan = [x for x in u.langkah if x.langkah == lk.nomor]
                if catatan:
                    x = catatan[-1]
                    dikerjakan = f"{x.waktu:%d-%m-%Y %H:%M} oleh {x.oleh or '-'}"
                    if x.catatan:
                        dikerjakan += f" ({x.catatan})"
            baris.append(
                (
                    str(lk.nomor),
                    lk.uraian,
                    ", ".join(lk.pelaksana),
                    lk.waktu_teks or "-",
                    dikerjakan,
                    lk.nomor == berikut,
                )
            )
        self.langkahModel.set_rows(baris)
        self.langkahTable.resizeRowsToContents()
        if u is None:
            self.judulLabel.setText("Pilih usulan di daftar, atau buat usulan baru.")
            self.anggotaModel.set_rows([])
        else:
            teks = (
                f"<b>Usulan {u.id}: {u.label_jenis}</b> - {u.label_status}<br/>"
                f"Kepada Yth. {u.tujuan}; kode klasifikasi {u.kode_klasifikasi}; "
                f"nomor surat: {u.nomor or 'belum (diberikan pada langkah 5)'}"
            )
            if u.alasan_batal:
                teks += f"<br/>Alasan batal: {u.alasan_batal}"
            self.judulLabel.setText(teks)
            self.anggotaModel.set_rows(u.anggota)
            r = next((i for i, x in enumerate(u.anggota) if x.pegawai_id == pid), 0)
            if u.anggota:
                idx = self.anggotaProxy.mapFromSource(self.anggotaModel.index(r, 0))
                self.anggotaTable.selectionModel().select(
                    idx,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._isi_dokumen()
        self._isi_kurang(u)
        self._tombol(u)

    def _isi_kurang(self, u: Usulan | None) -> None:
        if u is None or u.status not in ("disiapkan", "diberitahu"):
            self.kurangLabel.setText("")
            return
        kurang = u.dokumen_kurang
        if not kurang:
            self.kurangLabel.setText("Semua berkas sudah diterima. Lanjutkan ke langkah 3.")
            return
        self.kurangLabel.setText(
            "Berkas belum lengkap; beritahukan kepada yang bersangkutan:\n"
            + "\n".join(f"- {n}: {'; '.join(items)}" for n, items in kurang.items())
        )

    def _isi_dokumen(self) -> None:
        self._mengisi = True
        try:
            self.dokumenList.clear()
            u, a = self.terpilih(), self.anggota_terpilih()
            boleh = (
                u is not None
                and u.status in ("disiapkan", "diberitahu")
                and self.desk.boleh("usulan_kp.berkas")
            )
            if a is None:
                self.centangSemuaButton.setEnabled(False)
                return
            for d in a.dokumen:
                it = QListWidgetItem(d.item)
                it.setData(UR, d.urutan)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if boleh:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                it.setFlags(flags)
                it.setCheckState(Qt.CheckState.Checked if d.ada else Qt.CheckState.Unchecked)
                self.dokumenList.addItem(it)
            self.centangSemuaButton.setEnabled(boleh and bool(a.dokumen_kurang))
        finally:
            self._mengisi = False

    def _tombol(self, u: Usulan | None) -> None:
        b = self.desk.boleh
        st = u.status if u else ""
        ada_hasil = bool(u) and any(a.hasil for a in u.anggota)
        self.baruButton.setEnabled(b("usulan_kp.buat"))
        self._langkah_bertip(st)
        self.koreksiButton.setEnabled(
            boleh_mencatat(self.desk, "usulan_kp", "usulan_kp.koreksi")
            and st in ("bernomor", "perbaikan")
        )
        self.cetakButton.setEnabled(
            b("usulan_kp.lihat") and bool(u and u.surat_keluar_id) and st != "batal"
        )
        self.hasilButton.setEnabled(
            b("usulan_kp.hasil") and st in ("dikirim", "diarsipkan") and bool(u and not u.selesai)
        )
        self.batalButton.setEnabled(
            b("usulan_kp.batal") and st not in ("", "diarsipkan", "batal") and not ada_hasil
        )

    def _langkah_bertip(self, st: str) -> None:
        """The SOP 003 step buttons: enabled for the role at the right step; disabled, their
        tooltip says who may do the step or which step must come first (issue 12 item 5)."""
        from bawang_desk.core.usulan_kp import LABEL_STATUS
        from bawang_desk.ui.umum.izin import atur_tombol

        for tb, izin, tindakan, perlu in (
            (
                self.beritahuButton,
                "usulan_kp.berkas",
                "memberi tahu pegawai",
                ("disiapkan", "diberitahu"),
            ),
            (self.periksaButton, "usulan_kp.berkas", "memeriksa berkas", ("diberitahu",)),
            (self.konsepButton, "usulan_kp.berkas", "membuat konsep surat", ("berkas_lengkap",)),
            (self.eofficeButton, "usulan_kp.eoffice", "mengirim lewat E-Office", ("konsep",)),
            (self.kirimButton, "usulan_kp.kirim", "mengirim ke BKD", ("dikoreksi",)),
            (self.arsipButton, "usulan_kp.arsip", "mengarsipkan", ("dikirim",)),
        ):
            if not st:
                belum = "Pilih dulu usulan di daftar."
            else:
                harus = " atau ".join(f"\u201c{LABEL_STATUS[x]}\u201d" for x in perlu)
                belum = (
                    f"Langkah ini untuk usulan berstatus {harus}; usulan ini berstatus "
                    f"\u201c{LABEL_STATUS.get(st, st)}\u201d."
                )
            atur_tombol(tb, self.desk, izin, tindakan, siap=st in perlu, belum=belum)

    # ---- steps

    def _langkah(self, judul: str, fn: Callable[[Usulan], Any], pesan: str) -> bool:
        u = self.terpilih()
        if u is None:
            pesan_galat(self, judul, ValidationError("Pilih dulu usulan di daftar."))
            return False
        try:
            fn(u)
        except BawangError as e:
            pesan_galat(self, judul, e)
            self.muat(pilih=u.id)
            return False
        self.muat(pilih=u.id)
        self.info.setText(pesan)
        return True

    def usulan_baru(self, jenis: str = "kgb", terpilih: Sequence[int] = ()) -> Usulan | None:
        dlg = BuatUsulanDialog(self.desk, jenis, terpilih, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat(pilih=dlg.hasil.id)
            self.info.setText(
                f"Usulan {dlg.hasil.id} ({dlg.hasil.label_jenis}) dibuat untuk "
                f"{len(dlg.hasil.anggota)} pegawai. Langkah berikut: beritahu yang bersangkutan."
            )
            return dlg.hasil
        return None

    def _centang(self, it: QListWidgetItem) -> None:
        if self._mengisi:
            return
        u, a = self.terpilih(), self.anggota_terpilih()
        if u is None or a is None:
            return
        ada = it.checkState() == Qt.CheckState.Checked
        try:
            self.desk.usulan_kp.centang(u.id, a.pegawai_id, int(it.data(UR)), ada)
        except BawangError as e:
            pesan_galat(self, "Centang berkas", e)
        self.muat(pilih=u.id)

    def centang_semua(self) -> None:
        """Tick every document of the selected employee, then go on to what comes next: the
        button disables itself, and Qt would send the focus back to "Usulan baru"."""
        a = self.anggota_terpilih()
        if a is not None and self._langkah(
            "Centang berkas",
            lambda u: self.desk.usulan_kp.centang_semua(u.id, a.pegawai_id),
            f"Semua berkas {a.nama} dicentang.",
        ):
            self._fokus_setelah_centang()

    def _fokus_setelah_centang(self) -> None:
        """The next employee still missing a document (selected, the list of his documents
        shown), or when none is, the step that follows (2 Beritahu or 3 Periksa berkas)."""
        u = self.terpilih()
        if u is None:
            return
        kurang = [r for r, x in enumerate(u.anggota) if x.dokumen_kurang]
        if kurang:
            idx = self.anggotaProxy.mapFromSource(self.anggotaModel.index(kurang[0], 0))
            self.anggotaTable.selectRow(idx.row())
            self.anggotaTable.setFocus()
            return
        tombol = {2: self.beritahuButton, 3: self.periksaButton}.get(
            self.LANGKAH_BERIKUT.get(u.status, 0)
        )
        (tombol if tombol is not None and tombol.isEnabled() else self.anggotaTable).setFocus()

    def beritahu(self) -> None:
        kurang: dict[str, tuple[str, ...]] = {}

        def fn(u: Usulan) -> None:
            kurang.update(self.desk.usulan_kp.beritahu(u.id))

        if self._langkah("Beritahu yang bersangkutan", fn, ""):
            if kurang:
                self.info.setText(
                    "Pemberitahuan dicatat. Yang masih harus mengumpulkan berkas: "
                    + "; ".join(f"{n} ({len(v)} berkas)" for n, v in kurang.items())
                )
            else:
                self.info.setText("Pemberitahuan dicatat; semua berkas sudah ada.")

    def periksa(self) -> None:
        self._langkah(
            "Periksa berkas",
            lambda u: self.desk.usulan_kp.periksa_berkas(u.id),
            "Berkas lengkap (langkah 3). Langkah berikut: konsep surat pengantar.",
        )

    def konsep(self) -> None:
        self._langkah(
            "Konsep surat",
            lambda u: self.desk.usulan_kp.buat_konsep(u.id),
            "Konsep surat pengantar dibuat di Surat Keluar (langkah 4); dapat dicetak sebagai "
            "KONSEP. Langkah berikut: kirim lewat E-Office.",
        )

    def eoffice(self) -> None:
        hasil: list[Usulan] = []
        if self._langkah(
            "Kirim lewat E-Office",
            lambda u: hasil.append(self.desk.usulan_kp.kirim_eoffice(u.id)),
            "",
        ):
            self.info.setText(
                f"Nomor surat {hasil[0].nomor} diberikan (langkah 5). Cetak surat pengantar "
                "untuk dikoreksi Camat."
            )

    def _koreksi_atas_nama(self) -> None:
        """SOP 003 step 6 on paper: the Camat corrects the printed pengantar in his room; the
        Kasubbag records it with his name and time, the pengantar on screen."""
        from PySide6.QtWidgets import QLineEdit, QRadioButton, QVBoxLayout

        from bawang_desk.documents.kepegawaian import cetak_pengantar_usulan
        from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog

        u = self.terpilih()
        if u is None:
            return
        try:
            pdf = cetak_pengantar_usulan(self.desk, u.id)
        except (BawangError, OSError) as e:
            pesan_galat(self, "Koreksi Camat", e)
            return
        ekstra = QWidget()
        el = QVBoxLayout(ekstra)
        el.setContentsMargins(0, 0, 0, 0)
        setuju = QRadioButton("&Setuju: surat dan lampiran benar, ditandatangani")
        beri_nama(setuju, "setujuRadio", "Setuju")
        perbaikan = QRadioButton("Perlu &perbaikan (nomor tetap, dicetak ulang)")
        beri_nama(perbaikan, "perbaikanRadio", "Perlu perbaikan")
        setuju.setChecked(True)
        catatan = QLineEdit()
        beri_nama(catatan, "catatanEdit", "Catatan koreksi")
        catatan.setPlaceholderText("Catatan Camat (wajib bila perlu perbaikan)")
        for w in (setuju, perbaikan, catatan):
            el.addWidget(w)
        dlg = CatatPejabatDialog(
            self.desk,
            "Catat koreksi Camat (langkah 6)",
            area="usulan_kp",
            mode_boleh=("camat", "an", "plh"),
            pdf=pdf,
            ekstra=ekstra,
            simpan=lambda an: self.desk.usulan_kp.koreksi(
                u.id, setuju=setuju.isChecked(), catatan=catatan.text(), atas_nama=an
            ),
            parent=self,
        )
        self._dialog = dlg
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.muat(pilih=u.id)
            self.info.setText(
                "Koreksi Camat dicatat: "
                + ("disetujui dan ditandatangani (langkah 6)." if setuju.isChecked() else
                   "perlu perbaikan; nomor tetap, cetak ulang pengantarnya.")
            )  # fmt: skip

    def koreksi(self, *, setuju: bool | None = None, catatan: str = "") -> None:
        if setuju is None and not self.desk.boleh("usulan_kp.koreksi"):
            self._koreksi_atas_nama()
            return
        if setuju is None:
            dlg = KoreksiDialog(self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            setuju, catatan = dlg.setujuRadio.isChecked(), dlg.catatanEdit.text()
        self._langkah(
            "Koreksi Camat",
            lambda u: self.desk.usulan_kp.koreksi(u.id, setuju=bool(setuju), catatan=catatan),
            "Surat disetujui dan ditandatangani (langkah 6)."
            if setuju
            else "Surat dikembalikan untuk diperbaiki; nomor tetap.",
        )

    def kirim(self, *, cara: str | None = None, tanggal: date | None = None) -> None:
        if cara is None:
            dlg = KirimBkdDialog(self.desk, self)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return
            cara, tanggal = dlg.caraCombo.currentText(), dlg.tanggal
        self._langkah(
            "Kirim ke BKD",
            lambda u: self.desk.usulan_kp.kirim_bkd(u.id, cara=str(cara), tanggal=tanggal),
            f"Surat dan berkas dikirim ke BKD ({cara}, langkah 7).",
        )

    def arsipkan(self) -> None:
        self._langkah(
            "Arsip",
            lambda u: self.desk.usulan_kp.arsipkan(u.id),
            "Surat dan berkas diarsipkan (langkah 8). Catat hasilnya saat SK diterima.",
        )

    def catat_hasil(self) -> None:
        u = self.terpilih()
        if u is None:
            return
        a = self.anggota_terpilih()
        dlg = HasilDialog(self.desk, u, a.pegawai_id if a and not a.hasil else None, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.hasil:
            self.muat(pilih=u.id)
            self.info.setText("Hasil dicatat; data pegawai dan jatuh tempo berikutnya diperbarui.")

    def batalkan(self) -> None:
        u = self.terpilih()
        if u is None:
            return
        if u.nomor and not self.desk.boleh("surat_keluar.batal"):
            self._batal_atas_nama(u)
            return
        alasan = minta_alasan(
            self,
            "Batalkan usulan",
            f"Usulan {u.id} dibatalkan. Tulis alasannya:",
            teks_ok="&Lanjut" if u.nomor else "Batalkan &usulan",
        )
        if alasan is None:
            return
        if u.nomor and not konfirmasi(
            self,
            "Batalkan usulan",
            f"Nomor {u.nomor} akan tercatat BATAL di buku surat keluar dan tidak dipakai lagi.",
            "Batalkan",
        ):
            return
        self._langkah(
            "Batalkan usulan",
            lambda x: self.desk.usulan_kp.batalkan(x.id, alasan),
            f"Usulan {u.id} dibatalkan.",
        )

    def _batal_atas_nama(self, u: Usulan) -> None:
        """A numbered pengantar is cancelled by the Sekcam or the Camat; the Kasubbag records
        their decision, the pengantar on screen."""
        from bawang_desk.documents.kepegawaian import cetak_pengantar_usulan
        from bawang_desk.ui.umum import KotakAlasan
        from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog

        try:
            pdf = cetak_pengantar_usulan(self.desk, u.id)
        except (BawangError, OSError) as e:
            pesan_galat(self, "Batalkan usulan", e)
            return
        alasan = KotakAlasan()
        beri_nama(alasan, "alasanEdit", "Alasan pembatalan")
        alasan.setPlaceholderText("Alasan pembatalan, seperti diputuskan pejabat")
        dlg = CatatPejabatDialog(
            self.desk,
            "Batalkan usulan",
            area="usulan_kp",
            mode_boleh=("sekcam", "camat"),
            pdf=pdf,
            keterangan=f"Nomor {u.nomor} akan tercatat BATAL di buku surat keluar. Pembatalan "
            "diputuskan oleh:",
            ekstra=alasan,
            simpan=lambda an: self.desk.usulan_kp.batalkan(u.id, alasan.teks(), atas_nama=an),
            teks_ok="Batalk&an usulan",
            parent=self,
        )
        self._dialog = dlg
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.muat(pilih=u.id)
            self.info.setText(f"Usulan {u.id} dibatalkan; Nomor {u.nomor} BATAL.")

    def cetak(self) -> None:
        u = self.terpilih()
        if u is None:
            return
        uid = u.id

        def job(d: Desk, _progress) -> Path:
            from bawang_desk.documents.kepegawaian import cetak_pengantar_usulan

            return cetak_pengantar_usulan(d, uid)

        self.hasil = None
        judul = f"Surat Pengantar Usulan {uid}"
        self.pelari.jalankan(
            "Menyusun surat pengantar", job, lambda p: pratinjau_pdf(self, p, judul)
        )
