# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kantor_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_KantorForm(object):
    def setupUi(self, KantorForm):
        if not KantorForm.objectName():
            KantorForm.setObjectName(u"KantorForm")
        KantorForm.resize(560, 380)
        self.verticalLayout = QVBoxLayout(KantorForm)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.pemerintahEditLabel = QLabel(KantorForm)
        self.pemerintahEditLabel.setObjectName(u"pemerintahEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pemerintahEditLabel)

        self.pemerintahEdit = QLineEdit(KantorForm)
        self.pemerintahEdit.setObjectName(u"pemerintahEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pemerintahEdit)

        self.namaKantorEditLabel = QLabel(KantorForm)
        self.namaKantorEditLabel.setObjectName(u"namaKantorEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.namaKantorEditLabel)

        self.namaKantorEdit = QLineEdit(KantorForm)
        self.namaKantorEdit.setObjectName(u"namaKantorEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.namaKantorEdit)

        self.kecamatanEditLabel = QLabel(KantorForm)
        self.kecamatanEditLabel.setObjectName(u"kecamatanEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kecamatanEditLabel)

        self.kecamatanEdit = QLineEdit(KantorForm)
        self.kecamatanEdit.setObjectName(u"kecamatanEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kecamatanEdit)

        self.kabupatenEditLabel = QLabel(KantorForm)
        self.kabupatenEditLabel.setObjectName(u"kabupatenEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kabupatenEditLabel)

        self.kabupatenEdit = QLineEdit(KantorForm)
        self.kabupatenEdit.setObjectName(u"kabupatenEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kabupatenEdit)

        self.alamatEditLabel = QLabel(KantorForm)
        self.alamatEditLabel.setObjectName(u"alamatEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.alamatEditLabel)

        self.alamatEdit = QLineEdit(KantorForm)
        self.alamatEdit.setObjectName(u"alamatEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.alamatEdit)

        self.teleponEditLabel = QLabel(KantorForm)
        self.teleponEditLabel.setObjectName(u"teleponEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.teleponEditLabel)

        self.teleponEdit = QLineEdit(KantorForm)
        self.teleponEdit.setObjectName(u"teleponEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.teleponEdit)

        self.kodePosEditLabel = QLabel(KantorForm)
        self.kodePosEditLabel.setObjectName(u"kodePosEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.kodePosEditLabel)

        self.kodePosEdit = QLineEdit(KantorForm)
        self.kodePosEdit.setObjectName(u"kodePosEdit")
        self.kodePosEdit.setMaxLength(5)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.kodePosEdit)

        self.emailEditLabel = QLabel(KantorForm)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(KantorForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.websiteEditLabel = QLabel(KantorForm)
        self.websiteEditLabel.setObjectName(u"websiteEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.websiteEditLabel)

        self.websiteEdit = QLineEdit(KantorForm)
        self.websiteEdit.setObjectName(u"websiteEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.websiteEdit)

        self.logoLabel = QLabel(KantorForm)
        self.logoLabel.setObjectName(u"logoLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(KantorForm)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(64, 64))
        self.logoPreview.setAlignment(Qt.AlignCenter)
        self.logoPreview.setFrameShape(QFrame.StyledPanel)

        self.logoLayout.addWidget(self.logoPreview)

        self.pilihLogoButton = QPushButton(KantorForm)
        self.pilihLogoButton.setObjectName(u"pilihLogoButton")

        self.logoLayout.addWidget(self.pilihLogoButton)

        self.hapusLogoButton = QPushButton(KantorForm)
        self.hapusLogoButton.setObjectName(u"hapusLogoButton")

        self.logoLayout.addWidget(self.hapusLogoButton)

        self.logoSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoLayout.addItem(self.logoSpacer)


        self.formLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.logoLayout)


        self.verticalLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

#if QT_CONFIG(shortcut)
        self.pemerintahEditLabel.setBuddy(self.pemerintahEdit)
        self.namaKantorEditLabel.setBuddy(self.namaKantorEdit)
        self.kecamatanEditLabel.setBuddy(self.kecamatanEdit)
        self.kabupatenEditLabel.setBuddy(self.kabupatenEdit)
        self.alamatEditLabel.setBuddy(self.alamatEdit)
        self.teleponEditLabel.setBuddy(self.teleponEdit)
        self.kodePosEditLabel.setBuddy(self.kodePosEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.websiteEditLabel.setBuddy(self.websiteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KantorForm)

        QMetaObject.connectSlotsByName(KantorForm)
    # setupUi

    def retranslateUi(self, KantorForm):
        KantorForm.setWindowTitle(QCoreApplication.translate("KantorForm", u"Identitas kantor", None))
        self.pemerintahEditLabel.setText(QCoreApplication.translate("KantorForm", u"Baris kop &1 (pemerintah):", None))
        self.pemerintahEdit.setPlaceholderText(QCoreApplication.translate("KantorForm", u"PEMERINTAH KABUPATEN BANJARNEGARA", None))
#if QT_CONFIG(accessibility)
        self.pemerintahEdit.setAccessibleName(QCoreApplication.translate("KantorForm", u"Baris kop pertama", None))
#endif // QT_CONFIG(accessibility)
        self.namaKantorEditLabel.setText(QCoreApplication.translate("KantorForm", u"Baris kop &2 (kantor):", None))
        self.namaKantorEdit.setPlaceholderText(QCoreApplication.translate("KantorForm", u"KECAMATAN BAWANG", None))
#if QT_CONFIG(accessibility)
        self.namaKantorEdit.setAccessibleName(QCoreApplication.translate("KantorForm", u"Nama kantor", None))
#endif // QT_CONFIG(accessibility)
        self.kecamatanEditLabel.setText(QCoreApplication.translate("KantorForm", u"Ke&camatan:", None))
        self.kecamatanEdit.setPlaceholderText(QCoreApplication.translate("KantorForm", u"Bawang", None))
#if QT_CONFIG(accessibility)
        self.kecamatanEdit.setAccessibleName(QCoreApplication.translate("KantorForm", u"Nama kecamatan", None))
#endif // QT_CONFIG(accessibility)
        self.kabupatenEditLabel.setText(QCoreApplication.translate("KantorForm", u"Ka&bupaten:", None))
        self.kabupatenEdit.setPlaceholderText(QCoreApplication.translate("KantorForm", u"Banjarnegara", None))
#if QT_CONFIG(accessibility)
        self.kabupatenEdit.setAccessibleName(QCoreApplication.translate("KantorForm", u"Nama kabupaten", None))
#endif // QT_CONFIG(accessibility)
        self.alamatEditLabel.setText(QCoreApplication.translate("KantorForm", u"&Alamat kantor:", None))
        self.alamatEdit.setPlaceholderText(QCoreApplication.translate("KantorForm", u"Jl. ... No. ..., Bawang", None))
#if QT_CONFIG(accessibility)
        self.alamatEdit.setAccessibleName(QCoreApplication.translate("KantorForm", u"Alamat kantor", None))
#endif // QT_CONFIG(accessibility)
        self.teleponEditLabel.setText(QCoreApplication.translate("KantorForm", u"Telepon:", None))
        self.teleponEdit.setPlaceholderText(QCoreApplication.translate("KantorForm", u"(0286) ...", None))
#if QT_CONFIG(accessibility)
        self.teleponEdit.setAccessibleName(QCoreApplication.translate("KantorForm", u"Telepon kantor", None))
#endif // QT_CONFIG(accessibility)
        self.kodePosEditLabel.setText(QCoreApplication.translate("KantorForm", u"Kode &pos:", None))
        self.kodePosEdit.setPlaceholderText(QCoreApplication.translate("KantorForm", u"5 angka", None))
#if QT_CONFIG(accessibility)
        self.kodePosEdit.setAccessibleName(QCoreApplication.translate("KantorForm", u"Kode pos", None))
#endif // QT_CONFIG(accessibility)
        self.emailEditLabel.setText(QCoreApplication.translate("KantorForm", u"Pos-el (&e-mail):", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("KantorForm", u"kecamatan@contoh.go.id", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("KantorForm", u"Alamat e-mail kantor", None))
#endif // QT_CONFIG(accessibility)
        self.websiteEditLabel.setText(QCoreApplication.translate("KantorForm", u"La&man (website):", None))
        self.websiteEdit.setPlaceholderText(QCoreApplication.translate("KantorForm", u"opsional", None))
#if QT_CONFIG(accessibility)
        self.websiteEdit.setAccessibleName(QCoreApplication.translate("KantorForm", u"Alamat laman kantor", None))
#endif // QT_CONFIG(accessibility)
        self.logoLabel.setText(QCoreApplication.translate("KantorForm", u"Lambang daerah:", None))
        self.logoPreview.setText(QCoreApplication.translate("KantorForm", u"(belum ada logo)", None))
#if QT_CONFIG(accessibility)
        self.logoPreview.setAccessibleName(QCoreApplication.translate("KantorForm", u"Pratinjau logo", None))
#endif // QT_CONFIG(accessibility)
        self.pilihLogoButton.setText(QCoreApplication.translate("KantorForm", u"Pili&h logo...", None))
#if QT_CONFIG(accessibility)
        self.pilihLogoButton.setAccessibleName(QCoreApplication.translate("KantorForm", u"Pilih berkas logo", None))
#endif // QT_CONFIG(accessibility)
        self.hapusLogoButton.setText(QCoreApplication.translate("KantorForm", u"Hapus logo", None))
#if QT_CONFIG(accessibility)
        self.hapusLogoButton.setAccessibleName(QCoreApplication.translate("KantorForm", u"Hapus logo", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

