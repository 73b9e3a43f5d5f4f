# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ambil_nomor.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from bawang_desk.ui.umum.tanggal import TanggalEdit

class Ui_AmbilNomorDialog(object):
    def setupUi(self, AmbilNomorDialog):
        if not AmbilNomorDialog.objectName():
            AmbilNomorDialog.setObjectName(u"AmbilNomorDialog")
        AmbilNomorDialog.resize(520, 300)
        self.verticalLayout = QVBoxLayout(AmbilNomorDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.infoLabel = QLabel(AmbilNomorDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.infoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.registerComboLabel = QLabel(AmbilNomorDialog)
        self.registerComboLabel.setObjectName(u"registerComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.registerComboLabel)

        self.registerCombo = QComboBox(AmbilNomorDialog)
        self.registerCombo.setObjectName(u"registerCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.registerCombo)

        self.tanggalEditLabel = QLabel(AmbilNomorDialog)
        self.tanggalEditLabel.setObjectName(u"tanggalEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tanggalEditLabel)

        self.tanggalEdit = TanggalEdit(AmbilNomorDialog)
        self.tanggalEdit.setObjectName(u"tanggalEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tanggalEdit)

        self.perihalEditLabel = QLabel(AmbilNomorDialog)
        self.perihalEditLabel.setObjectName(u"perihalEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.perihalEditLabel)

        self.perihalEdit = QLineEdit(AmbilNomorDialog)
        self.perihalEdit.setObjectName(u"perihalEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.perihalEdit)

        self.baris3Label = QLabel(AmbilNomorDialog)
        self.baris3Label.setObjectName(u"baris3Label")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.baris3Label)

        self.contohLabel = QLabel(AmbilNomorDialog)
        self.contohLabel.setObjectName(u"contohLabel")
        self.contohLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contohLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(AmbilNomorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(AmbilNomorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.registerComboLabel.setBuddy(self.registerCombo)
        self.tanggalEditLabel.setBuddy(self.tanggalEdit)
        self.perihalEditLabel.setBuddy(self.perihalEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.registerCombo, self.tanggalEdit)
        QWidget.setTabOrder(self.tanggalEdit, self.perihalEdit)

        self.retranslateUi(AmbilNomorDialog)

        QMetaObject.connectSlotsByName(AmbilNomorDialog)
    # setupUi

    def retranslateUi(self, AmbilNomorDialog):
        AmbilNomorDialog.setWindowTitle(QCoreApplication.translate("AmbilNomorDialog", u"Ambil nomor", None))
        self.infoLabel.setText(QCoreApplication.translate("AmbilNomorDialog", u"Nomor diambil dari buku register yang sama dengan surat yang dibuat di aplikasi, tanpa perlu jaringan. Nomor yang sudah diambil tidak dapat dihapus; bila tidak jadi dipakai, batalkan dengan alasan.", None))
        self.registerComboLabel.setText(QCoreApplication.translate("AmbilNomorDialog", u"&Register:", None))
#if QT_CONFIG(accessibility)
        self.registerCombo.setAccessibleName(QCoreApplication.translate("AmbilNomorDialog", u"Register", None))
#endif // QT_CONFIG(accessibility)
        self.tanggalEditLabel.setText(QCoreApplication.translate("AmbilNomorDialog", u"&Tanggal:", None))
#if QT_CONFIG(accessibility)
        self.tanggalEdit.setAccessibleName(QCoreApplication.translate("AmbilNomorDialog", u"Tanggal", None))
#endif // QT_CONFIG(accessibility)
        self.perihalEditLabel.setText(QCoreApplication.translate("AmbilNomorDialog", u"&Hal / perihal:", None))
        self.perihalEdit.setPlaceholderText(QCoreApplication.translate("AmbilNomorDialog", u"untuk apa nomor ini diambil", None))
#if QT_CONFIG(accessibility)
        self.perihalEdit.setAccessibleName(QCoreApplication.translate("AmbilNomorDialog", u"Hal atau perihal", None))
#endif // QT_CONFIG(accessibility)
        self.baris3Label.setText(QCoreApplication.translate("AmbilNomorDialog", u"Contoh nomor:", None))
        self.contohLabel.setText(QCoreApplication.translate("AmbilNomorDialog", u"-", None))
#if QT_CONFIG(accessibility)
        self.contohLabel.setAccessibleName(QCoreApplication.translate("AmbilNomorDialog", u"Contoh nomor berikutnya", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("AmbilNomorDialog", u"color: #a40000; font-weight: bold;", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("AmbilNomorDialog", u"Pesan kesalahan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("AmbilNomorDialog", u"Tombol simpan dan batal", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

