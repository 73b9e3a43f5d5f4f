# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pengaturan.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout)

class Ui_PengaturanDialog(object):
    def setupUi(self, PengaturanDialog):
        if not PengaturanDialog.objectName():
            PengaturanDialog.setObjectName(u"PengaturanDialog")
        PengaturanDialog.resize(900, 600)
        self.verticalLayout = QVBoxLayout(PengaturanDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.tabs = QTabWidget(PengaturanDialog)
        self.tabs.setObjectName(u"tabs")

        self.verticalLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(PengaturanDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PengaturanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Save)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(PengaturanDialog)

        QMetaObject.connectSlotsByName(PengaturanDialog)
    # setupUi

    def retranslateUi(self, PengaturanDialog):
        PengaturanDialog.setWindowTitle(QCoreApplication.translate("PengaturanDialog", u"Pengaturan - Bawang Desk", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("PengaturanDialog", u"Halaman pengaturan", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("PengaturanDialog", u"color: #a40000; font-weight: bold;", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("PengaturanDialog", u"Pesan kesalahan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("PengaturanDialog", u"Tombol simpan dan tutup", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

