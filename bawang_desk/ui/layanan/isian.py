"""Field widgets of the intake form: named line edits and combos, form layout, the members table."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.layanan_isian import (
    AGAMA,
    GOLONGAN_DARAH,
    KEWARGANEGARAAN,
    LAYANAN_GOLONGAN_DARAH,
    LAYANAN_IDENTITAS,
    PEKERJAAN,
    SHDK,
    STATUS_PERKAWINAN,
)
from bawang_desk.ui.umum import TanggalEdit, beri_nama


def edit_baris(nama: str, aksesibel: str, placeholder: str = "", maks: int = 0) -> QLineEdit:
    w = QLineEdit()
    beri_nama(w, nama, aksesibel)
    if placeholder:
        w.setPlaceholderText(placeholder)
    if maks:
        w.setMaxLength(maks)
    return w


def combo_pilihan(nama: str, aksesibel: str, pilihan: tuple[str, ...] | list[str]) -> QComboBox:
    w = QComboBox()
    beri_nama(w, nama, aksesibel)
    w.setMinimumWidth(220)
    for p in pilihan:
        w.addItem(p, p)
    return w


def form_halaman(halaman: QWidget) -> QFormLayout:
    f = QFormLayout(halaman)
    f.setContentsMargins(0, 0, 0, 0)
    f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return f


class AnggotaEditor(QWidget):
    """Family members as rows of NIK, nama and SHDK, with buttons to add and remove rows."""

    def __init__(self, nama: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        beri_nama(self, nama, "Anggota keluarga")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3)
        beri_nama(self.table, f"{nama}Table", "Anggota keluarga: NIK, nama, SHDK")
        self.table.setHorizontalHeaderLabels(["NIK", "Nama", "SHDK"])
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(2, 150)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(110)
        self.table.setTabKeyNavigation(False)
        lay.addWidget(self.table)
        tombol = QHBoxLayout()
        self.tambahButton = QPushButton("Tambah anggota")
        beri_nama(self.tambahButton, f"{nama}TambahButton", "Tambah anggota keluarga")
        self.hapusButton = QPushButton("Hapus anggota")
        beri_nama(self.hapusButton, f"{nama}HapusButton", "Hapus anggota keluarga terpilih")
        self.tambahButton.setAutoDefault(False)
        self.hapusButton.setAutoDefault(False)
        tombol.addWidget(self.tambahButton)
        tombol.addWidget(self.hapusButton)
        tombol.addStretch(1)
        lay.addLayout(tombol)
        self.tambahButton.clicked.connect(lambda: self.tambah_baris())
        self.hapusButton.clicked.connect(self.hapus_baris)

    def tambah_baris(self, nik: str = "", nama: str = "", shdk: str = "") -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(nik))
        self.table.setItem(r, 1, QTableWidgetItem(nama))
        combo = combo_pilihan(f"shdkCombo{r}", f"SHDK anggota ke-{r + 1}", SHDK)
        if shdk:
            combo.setCurrentIndex(max(0, combo.findData(shdk)))
        self.table.setCellWidget(r, 2, combo)
        # a combo made now would come last in the Tab order (after Simpan); keep it between the
        # rows above and "Tambah anggota", so Tab from SHDK then Space adds a row, never saves
        sebelum = self.table if r == 0 else self.table.cellWidget(r - 1, 2)
        QWidget.setTabOrder(sebelum, combo)
        QWidget.setTabOrder(combo, self.tambahButton)
        QWidget.setTabOrder(self.tambahButton, self.hapusButton)
        self.table.setCurrentCell(r, 0)
        return r

    def hapus_baris(self) -> None:
        r = self.table.currentRow()
        if r >= 0:
            self.table.removeRow(r)

    def data(self) -> list[dict[str, str]]:
        hasil = []
        for r in range(self.table.rowCount()):
            nik, nama = self.table.item(r, 0), self.table.item(r, 1)
            combo = self.table.cellWidget(r, 2)
            hasil.append(
                {
                    "nik": nik.text() if nik else "",
                    "nama": nama.text() if nama else "",
                    "shdk": combo.currentData() if isinstance(combo, QComboBox) else "",
                }
            )
        return hasil


def pasang_pemisah_ribuan(edit: QLineEdit) -> None:
    """Thousands separators ("15.000.000") appear as the amount is typed, the caret staying
    after the same digit; text that is not a plain number (",00", "Rp") is left as typed."""

    def ketik(teks: str) -> None:
        if not teks or not all(c.isdigit() or c == "." for c in teks):
            return
        angka = teks.replace(".", "").lstrip("0") or ("0" if teks.replace(".", "") else "")
        baru = f"{int(angka):,}".replace(",", ".") if angka else ""
        if baru == teks:
            return
        sebelum = sum(c.isdigit() for c in teks[: edit.cursorPosition()])
        sebelum -= len(teks.replace(".", "")) - len(angka)  # leading zeros dropped
        edit.setText(baru)
        pos, dilihat = 0, 0
        while pos < len(baru) and dilihat < max(sebelum, 0):
            if baru[pos].isdigit():
                dilihat += 1
            pos += 1
        edit.setCursorPosition(pos)

    edit.textEdited.connect(ketik)


class IdentitasPemohon:
    """Agama, status perkawinan, pekerjaan, kewarganegaraan and golongan darah of the applicant:
    rows of the Pemohon form, shown for the services whose letter states them.

    The choices start empty ("- pilih -") so a question not asked is refused by the core, not
    printed as "-"; kewarganegaraan starts at WNI (the counter serves residents); the pekerjaan
    is an editable list of the common KTP-el entries. A returning applicant's last answers are
    filled in by :meth:`isi`.
    """

    KOSONG = "- pilih -"

    def __init__(self) -> None:
        self.agamaCombo = self._pilihan("agamaCombo", "Agama", AGAMA)
        self.statusKawinCombo = self._pilihan(
            "statusKawinCombo", "Status perkawinan", STATUS_PERKAWINAN
        )
        self.pekerjaanCombo = combo_pilihan("pekerjaanCombo", "Pekerjaan", PEKERJAAN)
        self.pekerjaanCombo.setEditable(True)
        self.pekerjaanCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.pekerjaanCombo.setCurrentIndex(-1)
        self.pekerjaanCombo.lineEdit().setMaxLength(60)
        self.pekerjaanCombo.lineEdit().setPlaceholderText("pilih atau ketik, seperti di KTP-el")
        self.wargaCombo = combo_pilihan("wargaCombo", "Kewarganegaraan", KEWARGANEGARAAN)
        self.golDarahCombo = self._pilihan("golDarahCombo", "Golongan darah", GOLONGAN_DARAH)
        self._form: QFormLayout | None = None

    def _pilihan(self, nama: str, aksesibel: str, pilihan: tuple[str, ...]) -> QComboBox:
        w = combo_pilihan(nama, aksesibel, pilihan)
        w.insertItem(0, self.KOSONG, "")
        w.setCurrentIndex(0)
        return w

    def pasang(self, form: QFormLayout) -> None:
        """Add the rows to the Pemohon form (agama and status, pekerjaan, kewarganegaraan and
        golongan darah)."""
        self._form = form
        baris1 = QHBoxLayout()
        baris1.addWidget(self.agamaCombo, 1)
        baris1.addWidget(QLabel("Status ka&win:"))
        baris1.addWidget(self.statusKawinCombo, 1)
        label_st = baris1.itemAt(1).widget()
        assert isinstance(label_st, QLabel)
        label_st.setBuddy(self.statusKawinCombo)
        baris2 = QHBoxLayout()
        baris2.addWidget(self.wargaCombo)
        self.golDarahLabel = QLabel("Gol. &darah:")
        self.golDarahLabel.setBuddy(self.golDarahCombo)
        baris2.addWidget(self.golDarahLabel)
        baris2.addWidget(self.golDarahCombo)
        baris2.addStretch(1)
        self._baris = (baris1, self.pekerjaanCombo, baris2)  # rows found by field, not index
        for teks, isi, buddy in (
            ("A&gama:", baris1, self.agamaCombo),
            ("Peker&jaan:", self.pekerjaanCombo, self.pekerjaanCombo),
            ("Kewarga&negaraan:", baris2, self.wargaCombo),
        ):
            label = QLabel(teks)
            label.setBuddy(buddy)
            form.addRow(label, isi)

    def atur_layanan(self, kode: str) -> None:
        """Show the rows only where the letter prints them."""
        if self._form is None:
            return
        tampil = kode in LAYANAN_IDENTITAS
        for isi in self._baris:
            self._form.setRowVisible(isi, tampil)
        gol = kode in LAYANAN_GOLONGAN_DARAH
        self.golDarahLabel.setVisible(gol)
        self.golDarahCombo.setVisible(gol)

    def data(self, kode: str) -> dict[str, str]:
        """The answers for the service ``kode`` (none for a service that does not print them)."""
        if kode not in LAYANAN_IDENTITAS:
            return {}
        hasil = {
            "agama": self.agamaCombo.currentData() or "",
            "status_perkawinan": self.statusKawinCombo.currentData() or "",
            "pekerjaan": self.pekerjaanCombo.currentText(),
            "kewarganegaraan": self.wargaCombo.currentData() or "",
        }
        if kode in LAYANAN_GOLONGAN_DARAH:
            hasil["golongan_darah"] = self.golDarahCombo.currentData() or ""
        return hasil

    def isi(self, lama: dict[str, str]) -> None:
        """Fill in what the last visit recorded, where the field is still unanswered."""
        for w, kunci in (
            (self.agamaCombo, "agama"),
            (self.statusKawinCombo, "status_perkawinan"),
            (self.golDarahCombo, "golongan_darah"),
        ):
            i = w.findData(lama.get(kunci) or None)
            if lama.get(kunci) and i > 0 and w.currentIndex() <= 0:
                w.setCurrentIndex(i)
        if lama.get("pekerjaan") and not self.pekerjaanCombo.currentText().strip():
            self.pekerjaanCombo.setCurrentText(lama["pekerjaan"])
        i = self.wargaCombo.findData(lama.get("kewarganegaraan") or None)
        if lama.get("kewarganegaraan") and i >= 0:
            self.wargaCombo.setCurrentIndex(i)

    def ikat_kawin(self, kawin: QCheckBox) -> None:
        """Keep the KTP-el page's "Sudah/pernah kawin" tick and the status perkawinan in step:
        ticking it sets "Kawin" when the status said otherwise, and the status sets the tick."""

        def dari_status() -> None:
            st = self.statusKawinCombo.currentData() or ""
            if st:
                kawin.setChecked(st != "Belum Kawin")

        def dari_centang(on: bool) -> None:
            st = self.statusKawinCombo.currentData() or ""
            if on and st in ("", "Belum Kawin"):
                self.statusKawinCombo.setCurrentIndex(self.statusKawinCombo.findData("Kawin"))
            elif not on and st and st != "Belum Kawin":
                self.statusKawinCombo.setCurrentIndex(self.statusKawinCombo.findData("Belum Kawin"))

        self.statusKawinCombo.currentIndexChanged.connect(lambda _i: dari_status())
        kawin.toggled.connect(dari_centang)

    def widgets(self) -> dict[str, QWidget]:
        return {
            "agama": self.agamaCombo,
            "status_perkawinan": self.statusKawinCombo,
            "pekerjaan": self.pekerjaanCombo,
            "kewarganegaraan": self.wargaCombo,
            "golongan_darah": self.golDarahCombo,
        }


class RujukanEditor(QWidget):
    """Number and date (and, when asked, the issuer) of a document the letter cites: the
    village pengantar, the Surat Keterangan Usaha, the police loss report, the SKPWNI."""

    def __init__(self, nama: str, aksesibel: str, penerbit: str | None = None) -> None:
        super().__init__()
        beri_nama(self, nama, aksesibel)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.nomorEdit = edit_baris(f"{nama}NomorEdit", f"Nomor {aksesibel}", "nomor surat", 60)
        self.tanggalEdit = TanggalEdit()
        beri_nama(self.tanggalEdit, f"{nama}TanggalEdit", f"Tanggal {aksesibel}")
        self.tanggalEdit.setMaximumWidth(130)
        lay.addWidget(self.nomorEdit, 2)
        lay.addWidget(QLabel("tgl."))
        lay.addWidget(self.tanggalEdit)
        self.penerbitEdit: QLineEdit | None = None
        if penerbit is not None:
            self.penerbitEdit = edit_baris(f"{nama}PenerbitEdit", penerbit, penerbit, 120)
            lay.addWidget(self.penerbitEdit, 2)
        self.setFocusProxy(self.nomorEdit)

    def data(self) -> dict[str, str]:
        """As typed: the core checks it and names this field when something is missing."""
        d = {"nomor": self.nomorEdit.text(), "tanggal": self.tanggalEdit.text()}
        if self.penerbitEdit is not None:
            d["penerbit"] = self.penerbitEdit.text()
        return d

    def isi(self, nomor: str, tanggal: date, penerbit: str = "") -> None:
        self.nomorEdit.setText(nomor)
        self.tanggalEdit.setTanggal(tanggal)
        if self.penerbitEdit is not None:
            self.penerbitEdit.setText(penerbit)
