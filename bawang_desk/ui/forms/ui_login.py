# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(420, 260)
        self.verticalLayout = QVBoxLayout(LoginDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.kantorLabel = QLabel(LoginDialog)
        self.kantorLabel.setObjectName(u"kantorLabel")

        self.verticalLayout.addWidget(self.kantorLabel)

        self.petunjukLabel = QLabel(LoginDialog)
        self.petunjukLabel.setObjectName(u"petunjukLabel")
        self.petunjukLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.petunjukLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usernameEditLabel = QLabel(LoginDialog)
        self.usernameEditLabel.setObjectName(u"usernameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameEditLabel)

        self.usernameEdit = QLineEdit(LoginDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordEditLabel = QLabel(LoginDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(LoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LoginDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

#if QT_CONFIG(shortcut)
        self.usernameEditLabel.setBuddy(self.usernameEdit)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)

        self.retranslateUi(LoginDialog)

        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Masuk - Bawang Desk", None))
        self.kantorLabel.setText(QCoreApplication.translate("LoginDialog", u"KECAMATAN BAWANG", None))
        self.kantorLabel.setStyleSheet(QCoreApplication.translate("LoginDialog", u"font-size: 14pt; font-weight: bold; qproperty-alignment: AlignCenter;", None))
#if QT_CONFIG(accessibility)
        self.kantorLabel.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Nama kantor", None))
#endif // QT_CONFIG(accessibility)
        self.petunjukLabel.setText(QCoreApplication.translate("LoginDialog", u"Masuk dengan akun Anda untuk mulai melayani.", None))
        self.petunjukLabel.setStyleSheet(QCoreApplication.translate("LoginDialog", u"qproperty-alignment: AlignCenter;", None))
        self.usernameEditLabel.setText(QCoreApplication.translate("LoginDialog", u"&Nama pengguna:", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("LoginDialog", u"contoh: budi.santoso", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Nama pengguna", None))
#endif // QT_CONFIG(accessibility)
        self.passwordEditLabel.setText(QCoreApplication.translate("LoginDialog", u"&Kata sandi:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Kata sandi", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("LoginDialog", u"color: #a40000; font-weight: bold;", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Pesan kesalahan", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

