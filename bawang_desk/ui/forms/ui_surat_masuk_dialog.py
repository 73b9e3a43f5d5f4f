# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'surat_masuk_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

from bawang_desk.ui.umum.tanggal import TanggalEdit

class Ui_SuratMasukDialog(object):
    def setupUi(self, SuratMasukDialog):
        if not SuratMasukDialog.objectName():
            SuratMasukDialog.setObjectName(u"SuratMasukDialog")
        SuratMasukDialog.resize(640, 560)
        self.verticalLayout = QVBoxLayout(SuratMasukDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.agendaLabel = QLabel(SuratMasukDialog)
        self.agendaLabel.setObjectName(u"agendaLabel")
        self.agendaLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.agendaLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.tanggalTerimaEditLabel = QLabel(SuratMasukDialog)
        self.tanggalTerimaEditLabel.setObjectName(u"tanggalTerimaEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tanggalTerimaEditLabel)

        self.tanggalTerimaEdit = TanggalEdit(SuratMasukDialog)
        self.tanggalTerimaEdit.setObjectName(u"tanggalTerimaEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tanggalTerimaEdit)

        self.pengirimEditLabel = QLabel(SuratMasukDialog)
        self.pengirimEditLabel.setObjectName(u"pengirimEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pengirimEditLabel)

        self.pengirimEdit = QLineEdit(SuratMasukDialog)
        self.pengirimEdit.setObjectName(u"pengirimEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pengirimEdit)

        self.nomorSuratEditLabel = QLabel(SuratMasukDialog)
        self.nomorSuratEditLabel.setObjectName(u"nomorSuratEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nomorSuratEditLabel)

        self.nomorSuratEdit = QLineEdit(SuratMasukDialog)
        self.nomorSuratEdit.setObjectName(u"nomorSuratEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nomorSuratEdit)

        self.tanggalSuratEditLabel = QLabel(SuratMasukDialog)
        self.tanggalSuratEditLabel.setObjectName(u"tanggalSuratEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tanggalSuratEditLabel)

        self.tanggalSuratEdit = TanggalEdit(SuratMasukDialog)
        self.tanggalSuratEdit.setObjectName(u"tanggalSuratEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tanggalSuratEdit)

        self.halEditLabel = QLabel(SuratMasukDialog)
        self.halEditLabel.setObjectName(u"halEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.halEditLabel)

        self.halEdit = QLineEdit(SuratMasukDialog)
        self.halEdit.setObjectName(u"halEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.halEdit)

        self.sifatComboLabel = QLabel(SuratMasukDialog)
        self.sifatComboLabel.setObjectName(u"sifatComboLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sifatComboLabel)

        self.sifatCombo = QComboBox(SuratMasukDialog)
        self.sifatCombo.setObjectName(u"sifatCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sifatCombo)

        self.kodeKlasifikasiEditLabel = QLabel(SuratMasukDialog)
        self.kodeKlasifikasiEditLabel.setObjectName(u"kodeKlasifikasiEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.kodeKlasifikasiEditLabel)

        self.kodeKlasifikasiEdit = QLineEdit(SuratMasukDialog)
        self.kodeKlasifikasiEdit.setObjectName(u"kodeKlasifikasiEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.kodeKlasifikasiEdit)

        self.lampiranEditLabel = QLabel(SuratMasukDialog)
        self.lampiranEditLabel.setObjectName(u"lampiranEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.lampiranEditLabel)

        self.lampiranEdit = QLineEdit(SuratMasukDialog)
        self.lampiranEdit.setObjectName(u"lampiranEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.lampiranEdit)

        self.ringkasanEditLabel = QLabel(SuratMasukDialog)
        self.ringkasanEditLabel.setObjectName(u"ringkasanEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ringkasanEditLabel)

        self.ringkasanEdit = QPlainTextEdit(SuratMasukDialog)
        self.ringkasanEdit.setObjectName(u"ringkasanEdit")
        self.ringkasanEdit.setTabChangesFocus(True)
        self.ringkasanEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ringkasanEdit)

        self.berkasLabel = QLabel(SuratMasukDialog)
        self.berkasLabel.setObjectName(u"berkasLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.berkasLabel)

        self.berkasLayout = QHBoxLayout()
        self.berkasLayout.setObjectName(u"berkasLayout")
        self.berkasEdit = QLineEdit(SuratMasukDialog)
        self.berkasEdit.setObjectName(u"berkasEdit")
        self.berkasEdit.setReadOnly(True)

        self.berkasLayout.addWidget(self.berkasEdit)

        self.pilihBerkasButton = QPushButton(SuratMasukDialog)
        self.pilihBerkasButton.setObjectName(u"pilihBerkasButton")

        self.berkasLayout.addWidget(self.pilihBerkasButton)

        self.hapusBerkasButton = QPushButton(SuratMasukDialog)
        self.hapusBerkasButton.setObjectName(u"hapusBerkasButton")

        self.berkasLayout.addWidget(self.hapusBerkasButton)


        self.formLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.berkasLayout)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SuratMasukDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SuratMasukDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.tanggalTerimaEditLabel.setBuddy(self.tanggalTerimaEdit)
        self.pengirimEditLabel.setBuddy(self.pengirimEdit)
        self.nomorSuratEditLabel.setBuddy(self.nomorSuratEdit)
        self.tanggalSuratEditLabel.setBuddy(self.tanggalSuratEdit)
        self.halEditLabel.setBuddy(self.halEdit)
        self.sifatComboLabel.setBuddy(self.sifatCombo)
        self.kodeKlasifikasiEditLabel.setBuddy(self.kodeKlasifikasiEdit)
        self.lampiranEditLabel.setBuddy(self.lampiranEdit)
        self.ringkasanEditLabel.setBuddy(self.ringkasanEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tanggalTerimaEdit, self.pengirimEdit)
        QWidget.setTabOrder(self.pengirimEdit, self.nomorSuratEdit)
        QWidget.setTabOrder(self.nomorSuratEdit, self.tanggalSuratEdit)
        QWidget.setTabOrder(self.tanggalSuratEdit, self.halEdit)
        QWidget.setTabOrder(self.halEdit, self.sifatCombo)
        QWidget.setTabOrder(self.sifatCombo, self.kodeKlasifikasiEdit)
        QWidget.setTabOrder(self.kodeKlasifikasiEdit, self.lampiranEdit)
        QWidget.setTabOrder(self.lampiranEdit, self.ringkasanEdit)
        QWidget.setTabOrder(self.ringkasanEdit, self.pilihBerkasButton)

        self.retranslateUi(SuratMasukDialog)

        QMetaObject.connectSlotsByName(SuratMasukDialog)
    # setupUi

    def retranslateUi(self, SuratMasukDialog):
        SuratMasukDialog.setWindowTitle(QCoreApplication.translate("SuratMasukDialog", u"Catat surat masuk", None))
        self.agendaLabel.setText(QCoreApplication.translate("SuratMasukDialog", u"Nomor agenda diberikan otomatis saat disimpan, lalu Lembar Disposisi dicetak.", None))
#if QT_CONFIG(accessibility)
        self.agendaLabel.setAccessibleName(QCoreApplication.translate("SuratMasukDialog", u"Keterangan nomor agenda", None))
#endif // QT_CONFIG(accessibility)
        self.tanggalTerimaEditLabel.setText(QCoreApplication.translate("SuratMasukDialog", u"Tanggal &terima:", None))
#if QT_CONFIG(accessibility)
        self.tanggalTerimaEdit.setAccessibleName(QCoreApplication.translate("SuratMasukDialog", u"Tanggal terima", None))
#endif // QT_CONFIG(accessibility)
        self.pengirimEditLabel.setText(QCoreApplication.translate("SuratMasukDialog", u"&Pengirim (surat dari):", None))
        self.pengirimEdit.setPlaceholderText(QCoreApplication.translate("SuratMasukDialog", u"instansi atau orang yang mengirim", None))
#if QT_CONFIG(accessibility)
        self.pengirimEdit.setAccessibleName(QCoreApplication.translate("SuratMasukDialog", u"Pengirim", None))
#endif // QT_CONFIG(accessibility)
        self.nomorSuratEditLabel.setText(QCoreApplication.translate("SuratMasukDialog", u"&Nomor surat:", None))
        self.nomorSuratEdit.setPlaceholderText(QCoreApplication.translate("SuratMasukDialog", u"contoh: 470/1234/2026", None))
#if QT_CONFIG(accessibility)
        self.nomorSuratEdit.setAccessibleName(QCoreApplication.translate("SuratMasukDialog", u"Nomor surat pengirim", None))
#endif // QT_CONFIG(accessibility)
        self.tanggalSuratEditLabel.setText(QCoreApplication.translate("SuratMasukDialog", u"Tanggal s&urat:", None))
#if QT_CONFIG(accessibility)
        self.tanggalSuratEdit.setAccessibleName(QCoreApplication.translate("SuratMasukDialog", u"Tanggal surat", None))
#endif // QT_CONFIG(accessibility)
        self.halEditLabel.setText(QCoreApplication.translate("SuratMasukDialog", u"&Hal:", None))
#if QT_CONFIG(accessibility)
        self.halEdit.setAccessibleName(QCoreApplication.translate("SuratMasukDialog", u"Hal surat", None))
#endif // QT_CONFIG(accessibility)
        self.sifatComboLabel.setText(QCoreApplication.translate("SuratMasukDialog", u"&Sifat:", None))
#if QT_CONFIG(accessibility)
        self.sifatCombo.setAccessibleName(QCoreApplication.translate("SuratMasukDialog", u"Sifat surat", None))
#endif // QT_CONFIG(accessibility)
        self.kodeKlasifikasiEditLabel.setText(QCoreApplication.translate("SuratMasukDialog", u"&Kode klasifikasi:", None))
        self.kodeKlasifikasiEdit.setPlaceholderText(QCoreApplication.translate("SuratMasukDialog", u"opsional, contoh: 400.12.2.1", None))
#if QT_CONFIG(accessibility)
        self.kodeKlasifikasiEdit.setAccessibleName(QCoreApplication.translate("SuratMasukDialog", u"Kode klasifikasi arsip", None))
#endif // QT_CONFIG(accessibility)
        self.lampiranEditLabel.setText(QCoreApplication.translate("SuratMasukDialog", u"&Lampiran:", None))
        self.lampiranEdit.setPlaceholderText(QCoreApplication.translate("SuratMasukDialog", u"contoh: 1 berkas", None))
#if QT_CONFIG(accessibility)
        self.lampiranEdit.setAccessibleName(QCoreApplication.translate("SuratMasukDialog", u"Lampiran", None))
#endif // QT_CONFIG(accessibility)
        self.ringkasanEditLabel.setText(QCoreApplication.translate("SuratMasukDialog", u"&Ringkasan isi:", None))
#if QT_CONFIG(accessibility)
        self.ringkasanEdit.setAccessibleName(QCoreApplication.translate("SuratMasukDialog", u"Ringkasan isi", None))
#endif // QT_CONFIG(accessibility)
        self.berkasLabel.setText(QCoreApplication.translate("SuratMasukDialog", u"Pindaian:", None))
        self.berkasEdit.setPlaceholderText(QCoreApplication.translate("SuratMasukDialog", u"tidak ada (opsional: PDF atau gambar hasil pindai)", None))
#if QT_CONFIG(accessibility)
        self.berkasEdit.setAccessibleName(QCoreApplication.translate("SuratMasukDialog", u"Berkas pindaian", None))
#endif // QT_CONFIG(accessibility)
        self.pilihBerkasButton.setText(QCoreApplication.translate("SuratMasukDialog", u"Pilih &berkas...", None))
#if QT_CONFIG(accessibility)
        self.pilihBerkasButton.setAccessibleName(QCoreApplication.translate("SuratMasukDialog", u"Pilih berkas pindaian", None))
#endif // QT_CONFIG(accessibility)
        self.hapusBerkasButton.setText(QCoreApplication.translate("SuratMasukDialog", u"Kosongkan", None))
#if QT_CONFIG(accessibility)
        self.hapusBerkasButton.setAccessibleName(QCoreApplication.translate("SuratMasukDialog", u"Kosongkan berkas pindaian", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("SuratMasukDialog", u"color: #a40000; font-weight: bold;", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("SuratMasukDialog", u"Pesan kesalahan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("SuratMasukDialog", u"Tombol simpan dan batal", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

