# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pengaturan_awal.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_PengaturanAwalDialog(object):
    def setupUi(self, PengaturanAwalDialog):
        if not PengaturanAwalDialog.objectName():
            PengaturanAwalDialog.setObjectName(u"PengaturanAwalDialog")
        PengaturanAwalDialog.resize(800, 520)
        self.verticalLayout = QVBoxLayout(PengaturanAwalDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.judulLabel = QLabel(PengaturanAwalDialog)
        self.judulLabel.setObjectName(u"judulLabel")

        self.verticalLayout.addWidget(self.judulLabel)

        self.keteranganLabel = QLabel(PengaturanAwalDialog)
        self.keteranganLabel.setObjectName(u"keteranganLabel")
        self.keteranganLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.keteranganLabel)

        self.halaman = QStackedWidget(PengaturanAwalDialog)
        self.halaman.setObjectName(u"halaman")
        self.halaman1 = QWidget()
        self.halaman1.setObjectName(u"halaman1")
        self.halaman1Layout = QVBoxLayout(self.halaman1)
        self.halaman1Layout.setObjectName(u"halaman1Layout")
        self.halaman1Layout.setContentsMargins(0, 0, 0, 0)
        self.halaman.addWidget(self.halaman1)
        self.halaman2 = QWidget()
        self.halaman2.setObjectName(u"halaman2")
        self.halaman2Layout = QVBoxLayout(self.halaman2)
        self.halaman2Layout.setObjectName(u"halaman2Layout")
        self.halaman2Layout.setContentsMargins(0, 0, 0, 0)
        self.halaman.addWidget(self.halaman2)
        self.halaman3 = QWidget()
        self.halaman3.setObjectName(u"halaman3")
        self.halaman3Layout = QVBoxLayout(self.halaman3)
        self.halaman3Layout.setObjectName(u"halaman3Layout")
        self.halaman3Layout.setContentsMargins(0, 0, 0, 0)
        self.halaman.addWidget(self.halaman3)
        self.halaman4 = QWidget()
        self.halaman4.setObjectName(u"halaman4")
        self.halaman4Layout = QVBoxLayout(self.halaman4)
        self.halaman4Layout.setObjectName(u"halaman4Layout")
        self.halaman4Layout.setContentsMargins(0, 0, 0, 0)
        self.halaman.addWidget(self.halaman4)

        self.verticalLayout.addWidget(self.halaman)

        self.errorLabel = QLabel(PengaturanAwalDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.navLayout = QHBoxLayout()
        self.navLayout.setObjectName(u"navLayout")
        self.langkahLabel = QLabel(PengaturanAwalDialog)
        self.langkahLabel.setObjectName(u"langkahLabel")

        self.navLayout.addWidget(self.langkahLabel)

        self.navSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navLayout.addItem(self.navSpacer)

        self.batalButton = QPushButton(PengaturanAwalDialog)
        self.batalButton.setObjectName(u"batalButton")
        self.batalButton.setAutoDefault(False)

        self.navLayout.addWidget(self.batalButton)

        self.kembaliButton = QPushButton(PengaturanAwalDialog)
        self.kembaliButton.setObjectName(u"kembaliButton")
        self.kembaliButton.setAutoDefault(False)

        self.navLayout.addWidget(self.kembaliButton)

        self.lanjutButton = QPushButton(PengaturanAwalDialog)
        self.lanjutButton.setObjectName(u"lanjutButton")

        self.navLayout.addWidget(self.lanjutButton)


        self.verticalLayout.addLayout(self.navLayout)


        self.retranslateUi(PengaturanAwalDialog)

        self.lanjutButton.setDefault(True)


        QMetaObject.connectSlotsByName(PengaturanAwalDialog)
    # setupUi

    def retranslateUi(self, PengaturanAwalDialog):
        PengaturanAwalDialog.setWindowTitle(QCoreApplication.translate("PengaturanAwalDialog", u"Pengaturan awal - Bawang Desk", None))
        self.judulLabel.setText(QCoreApplication.translate("PengaturanAwalDialog", u"Selamat datang di Bawang Desk", None))
        self.judulLabel.setStyleSheet(QCoreApplication.translate("PengaturanAwalDialog", u"font-size: 14pt; font-weight: bold;", None))
#if QT_CONFIG(accessibility)
        self.judulLabel.setAccessibleName(QCoreApplication.translate("PengaturanAwalDialog", u"Judul", None))
#endif // QT_CONFIG(accessibility)
        self.keteranganLabel.setText("")
#if QT_CONFIG(accessibility)
        self.keteranganLabel.setAccessibleName(QCoreApplication.translate("PengaturanAwalDialog", u"Keterangan langkah", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.halaman.setAccessibleName(QCoreApplication.translate("PengaturanAwalDialog", u"Halaman pengaturan awal", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("PengaturanAwalDialog", u"color: #a40000; font-weight: bold;", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("PengaturanAwalDialog", u"Pesan kesalahan", None))
#endif // QT_CONFIG(accessibility)
        self.langkahLabel.setText(QCoreApplication.translate("PengaturanAwalDialog", u"Langkah 1 dari 4", None))
#if QT_CONFIG(accessibility)
        self.langkahLabel.setAccessibleName(QCoreApplication.translate("PengaturanAwalDialog", u"Langkah", None))
#endif // QT_CONFIG(accessibility)
        self.batalButton.setText(QCoreApplication.translate("PengaturanAwalDialog", u"Batal", None))
#if QT_CONFIG(accessibility)
        self.batalButton.setAccessibleName(QCoreApplication.translate("PengaturanAwalDialog", u"Batal", None))
#endif // QT_CONFIG(accessibility)
        self.kembaliButton.setText(QCoreApplication.translate("PengaturanAwalDialog", u"< &Kembali", None))
#if QT_CONFIG(accessibility)
        self.kembaliButton.setAccessibleName(QCoreApplication.translate("PengaturanAwalDialog", u"Kembali", None))
#endif // QT_CONFIG(accessibility)
        self.lanjutButton.setText(QCoreApplication.translate("PengaturanAwalDialog", u"&Lanjut >", None))
#if QT_CONFIG(accessibility)
        self.lanjutButton.setAccessibleName(QCoreApplication.translate("PengaturanAwalDialog", u"Lanjut", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

