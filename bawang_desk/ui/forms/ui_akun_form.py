# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'akun_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AkunForm(object):
    def setupUi(self, AkunForm):
        if not AkunForm.objectName():
            AkunForm.setObjectName(u"AkunForm")
        AkunForm.resize(420, 200)
        self.verticalLayout = QVBoxLayout(AkunForm)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.usernameEditLabel = QLabel(AkunForm)
        self.usernameEditLabel.setObjectName(u"usernameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameEditLabel)

        self.usernameEdit = QLineEdit(AkunForm)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.namaEditLabel = QLabel(AkunForm)
        self.namaEditLabel.setObjectName(u"namaEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.namaEditLabel)

        self.namaEdit = QLineEdit(AkunForm)
        self.namaEdit.setObjectName(u"namaEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.namaEdit)

        self.peranComboLabel = QLabel(AkunForm)
        self.peranComboLabel.setObjectName(u"peranComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.peranComboLabel)

        self.peranCombo = QComboBox(AkunForm)
        self.peranCombo.setObjectName(u"peranCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.peranCombo)

        self.sandiEditLabel = QLabel(AkunForm)
        self.sandiEditLabel.setObjectName(u"sandiEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sandiEditLabel)

        self.sandiEdit = QLineEdit(AkunForm)
        self.sandiEdit.setObjectName(u"sandiEdit")
        self.sandiEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sandiEdit)

        self.sandiUlangEditLabel = QLabel(AkunForm)
        self.sandiUlangEditLabel.setObjectName(u"sandiUlangEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sandiUlangEditLabel)

        self.sandiUlangEdit = QLineEdit(AkunForm)
        self.sandiUlangEdit.setObjectName(u"sandiUlangEdit")
        self.sandiUlangEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sandiUlangEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

#if QT_CONFIG(shortcut)
        self.usernameEditLabel.setBuddy(self.usernameEdit)
        self.namaEditLabel.setBuddy(self.namaEdit)
        self.peranComboLabel.setBuddy(self.peranCombo)
        self.sandiEditLabel.setBuddy(self.sandiEdit)
        self.sandiUlangEditLabel.setBuddy(self.sandiUlangEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.namaEdit)
        QWidget.setTabOrder(self.namaEdit, self.peranCombo)
        QWidget.setTabOrder(self.peranCombo, self.sandiEdit)
        QWidget.setTabOrder(self.sandiEdit, self.sandiUlangEdit)

        self.retranslateUi(AkunForm)

        QMetaObject.connectSlotsByName(AkunForm)
    # setupUi

    def retranslateUi(self, AkunForm):
        AkunForm.setWindowTitle(QCoreApplication.translate("AkunForm", u"Akun", None))
        self.usernameEditLabel.setText(QCoreApplication.translate("AkunForm", u"Nama &pengguna:", None))
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("AkunForm", u"contoh: budi.santoso", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("AkunForm", u"Nama pengguna baru", None))
#endif // QT_CONFIG(accessibility)
        self.namaEditLabel.setText(QCoreApplication.translate("AkunForm", u"Nama &lengkap:", None))
#if QT_CONFIG(accessibility)
        self.namaEdit.setAccessibleName(QCoreApplication.translate("AkunForm", u"Nama lengkap", None))
#endif // QT_CONFIG(accessibility)
        self.peranComboLabel.setText(QCoreApplication.translate("AkunForm", u"&Peran:", None))
#if QT_CONFIG(accessibility)
        self.peranCombo.setAccessibleName(QCoreApplication.translate("AkunForm", u"Peran", None))
#endif // QT_CONFIG(accessibility)
        self.sandiEditLabel.setText(QCoreApplication.translate("AkunForm", u"Kata &sandi:", None))
        self.sandiEdit.setPlaceholderText(QCoreApplication.translate("AkunForm", u"paling sedikit 8 karakter", None))
#if QT_CONFIG(accessibility)
        self.sandiEdit.setAccessibleName(QCoreApplication.translate("AkunForm", u"Kata sandi", None))
#endif // QT_CONFIG(accessibility)
        self.sandiUlangEditLabel.setText(QCoreApplication.translate("AkunForm", u"&Ulangi kata sandi:", None))
#if QT_CONFIG(accessibility)
        self.sandiUlangEdit.setAccessibleName(QCoreApplication.translate("AkunForm", u"Ulangi kata sandi", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

