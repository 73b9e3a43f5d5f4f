# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'surat_keluar_dialog.ui'
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

class Ui_SuratKeluarDialog(object):
    def setupUi(self, SuratKeluarDialog):
        if not SuratKeluarDialog.objectName():
            SuratKeluarDialog.setObjectName(u"SuratKeluarDialog")
        SuratKeluarDialog.resize(640, 520)
        self.verticalLayout = QVBoxLayout(SuratKeluarDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.infoLabel = QLabel(SuratKeluarDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.infoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kodeComboLabel = QLabel(SuratKeluarDialog)
        self.kodeComboLabel.setObjectName(u"kodeComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kodeComboLabel)

        self.kodeLayout = QHBoxLayout()
        self.kodeLayout.setObjectName(u"kodeLayout")
        self.kodeCombo = QComboBox(SuratKeluarDialog)
        self.kodeCombo.setObjectName(u"kodeCombo")
        self.kodeCombo.setEditable(True)
        self.kodeCombo.setInsertPolicy(QComboBox.NoInsert)
        self.kodeCombo.setMinimumSize(QSize(220, 0))

        self.kodeLayout.addWidget(self.kodeCombo)

        self.kodeKetLabel = QLabel(SuratKeluarDialog)
        self.kodeKetLabel.setObjectName(u"kodeKetLabel")
        self.kodeKetLabel.setWordWrap(True)

        self.kodeLayout.addWidget(self.kodeKetLabel)

        self.kodeLayout.setStretch(1, 1)

        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kodeLayout)

        self.tujuanEditLabel = QLabel(SuratKeluarDialog)
        self.tujuanEditLabel.setObjectName(u"tujuanEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tujuanEditLabel)

        self.tujuanEdit = QLineEdit(SuratKeluarDialog)
        self.tujuanEdit.setObjectName(u"tujuanEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tujuanEdit)

        self.halEditLabel = QLabel(SuratKeluarDialog)
        self.halEditLabel.setObjectName(u"halEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.halEditLabel)

        self.halEdit = QLineEdit(SuratKeluarDialog)
        self.halEdit.setObjectName(u"halEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.halEdit)

        self.sifatComboLabel = QLabel(SuratKeluarDialog)
        self.sifatComboLabel.setObjectName(u"sifatComboLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sifatComboLabel)

        self.sifatCombo = QComboBox(SuratKeluarDialog)
        self.sifatCombo.setObjectName(u"sifatCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sifatCombo)

        self.lampiranEditLabel = QLabel(SuratKeluarDialog)
        self.lampiranEditLabel.setObjectName(u"lampiranEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.lampiranEditLabel)

        self.lampiranEdit = QLineEdit(SuratKeluarDialog)
        self.lampiranEdit.setObjectName(u"lampiranEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lampiranEdit)

        self.tanggalEditLabel = QLabel(SuratKeluarDialog)
        self.tanggalEditLabel.setObjectName(u"tanggalEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tanggalEditLabel)

        self.tanggalEdit = TanggalEdit(SuratKeluarDialog)
        self.tanggalEdit.setObjectName(u"tanggalEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tanggalEdit)

        self.balasanEditLabel = QLabel(SuratKeluarDialog)
        self.balasanEditLabel.setObjectName(u"balasanEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.balasanEditLabel)

        self.balasanLayout = QHBoxLayout()
        self.balasanLayout.setObjectName(u"balasanLayout")
        self.balasanEdit = QLineEdit(SuratKeluarDialog)
        self.balasanEdit.setObjectName(u"balasanEdit")
        self.balasanEdit.setReadOnly(True)

        self.balasanLayout.addWidget(self.balasanEdit)

        self.pilihBalasanButton = QPushButton(SuratKeluarDialog)
        self.pilihBalasanButton.setObjectName(u"pilihBalasanButton")
        self.pilihBalasanButton.setAutoDefault(False)

        self.balasanLayout.addWidget(self.pilihBalasanButton)

        self.hapusBalasanButton = QPushButton(SuratKeluarDialog)
        self.hapusBalasanButton.setObjectName(u"hapusBalasanButton")
        self.hapusBalasanButton.setAutoDefault(False)

        self.balasanLayout.addWidget(self.hapusBalasanButton)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.balasanLayout)

        self.isiEditLabel = QLabel(SuratKeluarDialog)
        self.isiEditLabel.setObjectName(u"isiEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.isiEditLabel)

        self.isiEdit = QPlainTextEdit(SuratKeluarDialog)
        self.isiEdit.setObjectName(u"isiEdit")
        self.isiEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.isiEdit)

        self.contohLabelLabel = QLabel(SuratKeluarDialog)
        self.contohLabelLabel.setObjectName(u"contohLabelLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contohLabelLabel)

        self.contohLabel = QLabel(SuratKeluarDialog)
        self.contohLabel.setObjectName(u"contohLabel")
        self.contohLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contohLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.nomorLabel = QLabel(SuratKeluarDialog)
        self.nomorLabel.setObjectName(u"nomorLabel")
        self.nomorLabel.setWordWrap(True)
        self.nomorLabel.setTextFormat(Qt.RichText)
        self.nomorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.verticalLayout.addWidget(self.nomorLabel)

        self.errorLabel = QLabel(SuratKeluarDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SuratKeluarDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kodeComboLabel.setBuddy(self.kodeCombo)
        self.tujuanEditLabel.setBuddy(self.tujuanEdit)
        self.halEditLabel.setBuddy(self.halEdit)
        self.sifatComboLabel.setBuddy(self.sifatCombo)
        self.lampiranEditLabel.setBuddy(self.lampiranEdit)
        self.tanggalEditLabel.setBuddy(self.tanggalEdit)
        self.balasanEditLabel.setBuddy(self.pilihBalasanButton)
        self.isiEditLabel.setBuddy(self.isiEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kodeCombo, self.tujuanEdit)
        QWidget.setTabOrder(self.tujuanEdit, self.halEdit)
        QWidget.setTabOrder(self.halEdit, self.sifatCombo)
        QWidget.setTabOrder(self.sifatCombo, self.lampiranEdit)
        QWidget.setTabOrder(self.lampiranEdit, self.tanggalEdit)
        QWidget.setTabOrder(self.tanggalEdit, self.balasanEdit)
        QWidget.setTabOrder(self.balasanEdit, self.pilihBalasanButton)
        QWidget.setTabOrder(self.pilihBalasanButton, self.hapusBalasanButton)
        QWidget.setTabOrder(self.hapusBalasanButton, self.isiEdit)
        QWidget.setTabOrder(self.isiEdit, self.contohLabel)
        QWidget.setTabOrder(self.contohLabel, self.nomorLabel)
        QWidget.setTabOrder(self.nomorLabel, self.buttonBox)

        self.retranslateUi(SuratKeluarDialog)

        QMetaObject.connectSlotsByName(SuratKeluarDialog)
    # setupUi

    def retranslateUi(self, SuratKeluarDialog):
        SuratKeluarDialog.setWindowTitle(QCoreApplication.translate("SuratKeluarDialog", u"Surat keluar", None))
        self.infoLabel.setText("")
#if QT_CONFIG(accessibility)
        self.infoLabel.setAccessibleName(QCoreApplication.translate("SuratKeluarDialog", u"Petunjuk", None))
#endif // QT_CONFIG(accessibility)
        self.kodeComboLabel.setText(QCoreApplication.translate("SuratKeluarDialog", u"&Kode klasifikasi:", None))
#if QT_CONFIG(accessibility)
        self.kodeCombo.setAccessibleName(QCoreApplication.translate("SuratKeluarDialog", u"Kode klasifikasi", None))
#endif // QT_CONFIG(accessibility)
        self.kodeKetLabel.setText("")
        self.kodeKetLabel.setStyleSheet(QCoreApplication.translate("SuratKeluarDialog", u"color: #444444;", None))
#if QT_CONFIG(accessibility)
        self.kodeKetLabel.setAccessibleName(QCoreApplication.translate("SuratKeluarDialog", u"Keterangan kode klasifikasi", None))
#endif // QT_CONFIG(accessibility)
        self.tujuanEditLabel.setText(QCoreApplication.translate("SuratKeluarDialog", u"Kepada (&Yth.):", None))
        self.tujuanEdit.setPlaceholderText(QCoreApplication.translate("SuratKeluarDialog", u"mis. Kepala BKPSDM Kabupaten Banjarnegara", None))
#if QT_CONFIG(accessibility)
        self.tujuanEdit.setAccessibleName(QCoreApplication.translate("SuratKeluarDialog", u"Kepada (Yth.)", None))
#endif // QT_CONFIG(accessibility)
        self.halEditLabel.setText(QCoreApplication.translate("SuratKeluarDialog", u"&Hal:", None))
        self.halEdit.setPlaceholderText(QCoreApplication.translate("SuratKeluarDialog", u"pokok surat, mis. Usulan kenaikan gaji berkala", None))
#if QT_CONFIG(accessibility)
        self.halEdit.setAccessibleName(QCoreApplication.translate("SuratKeluarDialog", u"Hal", None))
#endif // QT_CONFIG(accessibility)
        self.sifatComboLabel.setText(QCoreApplication.translate("SuratKeluarDialog", u"&Sifat:", None))
#if QT_CONFIG(accessibility)
        self.sifatCombo.setAccessibleName(QCoreApplication.translate("SuratKeluarDialog", u"Sifat surat", None))
#endif // QT_CONFIG(accessibility)
        self.lampiranEditLabel.setText(QCoreApplication.translate("SuratKeluarDialog", u"&Lampiran:", None))
        self.lampiranEdit.setPlaceholderText(QCoreApplication.translate("SuratKeluarDialog", u"mis. 1 (satu) berkas; kosongkan bila tidak ada", None))
#if QT_CONFIG(accessibility)
        self.lampiranEdit.setAccessibleName(QCoreApplication.translate("SuratKeluarDialog", u"Lampiran", None))
#endif // QT_CONFIG(accessibility)
        self.tanggalEditLabel.setText(QCoreApplication.translate("SuratKeluarDialog", u"&Tanggal surat:", None))
#if QT_CONFIG(accessibility)
        self.tanggalEdit.setAccessibleName(QCoreApplication.translate("SuratKeluarDialog", u"Tanggal surat", None))
#endif // QT_CONFIG(accessibility)
        self.balasanEditLabel.setText(QCoreApplication.translate("SuratKeluarDialog", u"Bala&san untuk:", None))
        self.balasanEdit.setPlaceholderText(QCoreApplication.translate("SuratKeluarDialog", u"bukan balasan (kosong)", None))
#if QT_CONFIG(accessibility)
        self.balasanEdit.setAccessibleName(QCoreApplication.translate("SuratKeluarDialog", u"Balasan untuk surat masuk", None))
#endif // QT_CONFIG(accessibility)
        self.pilihBalasanButton.setText(QCoreApplication.translate("SuratKeluarDialog", u"&Pilih...", None))
#if QT_CONFIG(accessibility)
        self.pilihBalasanButton.setAccessibleName(QCoreApplication.translate("SuratKeluarDialog", u"Pilih surat masuk yang dibalas", None))
#endif // QT_CONFIG(accessibility)
        self.hapusBalasanButton.setText(QCoreApplication.translate("SuratKeluarDialog", u"Hap&us", None))
#if QT_CONFIG(accessibility)
        self.hapusBalasanButton.setAccessibleName(QCoreApplication.translate("SuratKeluarDialog", u"Kosongkan surat masuk yang dibalas", None))
#endif // QT_CONFIG(accessibility)
        self.isiEditLabel.setText(QCoreApplication.translate("SuratKeluarDialog", u"&Isi surat:", None))
        self.isiEdit.setPlaceholderText(QCoreApplication.translate("SuratKeluarDialog", u"Dengan hormat, ...", None))
#if QT_CONFIG(accessibility)
        self.isiEdit.setAccessibleName(QCoreApplication.translate("SuratKeluarDialog", u"Isi surat", None))
#endif // QT_CONFIG(accessibility)
        self.contohLabelLabel.setText(QCoreApplication.translate("SuratKeluarDialog", u"Nomor berikutnya:", None))
        self.contohLabel.setText(QCoreApplication.translate("SuratKeluarDialog", u"-", None))
        self.contohLabel.setStyleSheet(QCoreApplication.translate("SuratKeluarDialog", u"font-weight: bold;", None))
#if QT_CONFIG(accessibility)
        self.contohLabel.setAccessibleName(QCoreApplication.translate("SuratKeluarDialog", u"Nomor berikutnya dari buku kode ini", None))
#endif // QT_CONFIG(accessibility)
        self.nomorLabel.setText("")
        self.nomorLabel.setStyleSheet(QCoreApplication.translate("SuratKeluarDialog", u"color: #0b3d17; padding: 8px; border: 1px solid #0b4f1c; background: #eef7ee;", None))
#if QT_CONFIG(accessibility)
        self.nomorLabel.setAccessibleName(QCoreApplication.translate("SuratKeluarDialog", u"Nomor yang diambil", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("SuratKeluarDialog", u"color: #a40000; font-weight: bold;", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("SuratKeluarDialog", u"Pesan kesalahan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("SuratKeluarDialog", u"Tombol simpan dan batal", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

