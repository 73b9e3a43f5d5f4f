# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pejabat_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QGridLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PejabatForm(object):
    def setupUi(self, PejabatForm):
        if not PejabatForm.objectName():
            PejabatForm.setObjectName(u"PejabatForm")
        PejabatForm.resize(760, 260)
        self.verticalLayout = QVBoxLayout(PejabatForm)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.gridLayout = QGridLayout()
        self.gridLayout.setObjectName(u"gridLayout")
        self.h0 = QLabel(PejabatForm)
        self.h0.setObjectName(u"h0")

        self.gridLayout.addWidget(self.h0, 0, 0, 1, 1)

        self.h1 = QLabel(PejabatForm)
        self.h1.setObjectName(u"h1")

        self.gridLayout.addWidget(self.h1, 0, 1, 1, 1)

        self.h2 = QLabel(PejabatForm)
        self.h2.setObjectName(u"h2")

        self.gridLayout.addWidget(self.h2, 0, 2, 1, 1)

        self.h3 = QLabel(PejabatForm)
        self.h3.setObjectName(u"h3")

        self.gridLayout.addWidget(self.h3, 0, 3, 1, 1)

        self.camatLabel = QLabel(PejabatForm)
        self.camatLabel.setObjectName(u"camatLabel")

        self.gridLayout.addWidget(self.camatLabel, 1, 0, 1, 1)

        self.camatNamaEdit = QLineEdit(PejabatForm)
        self.camatNamaEdit.setObjectName(u"camatNamaEdit")

        self.gridLayout.addWidget(self.camatNamaEdit, 1, 1, 1, 1)

        self.camatGolonganCombo = QComboBox(PejabatForm)
        self.camatGolonganCombo.setObjectName(u"camatGolonganCombo")
        self.camatGolonganCombo.setEditable(False)

        self.gridLayout.addWidget(self.camatGolonganCombo, 1, 2, 1, 1)

        self.camatNipEdit = QLineEdit(PejabatForm)
        self.camatNipEdit.setObjectName(u"camatNipEdit")

        self.gridLayout.addWidget(self.camatNipEdit, 1, 3, 1, 1)

        self.sekcamLabel = QLabel(PejabatForm)
        self.sekcamLabel.setObjectName(u"sekcamLabel")

        self.gridLayout.addWidget(self.sekcamLabel, 2, 0, 1, 1)

        self.sekcamNamaEdit = QLineEdit(PejabatForm)
        self.sekcamNamaEdit.setObjectName(u"sekcamNamaEdit")

        self.gridLayout.addWidget(self.sekcamNamaEdit, 2, 1, 1, 1)

        self.sekcamGolonganCombo = QComboBox(PejabatForm)
        self.sekcamGolonganCombo.setObjectName(u"sekcamGolonganCombo")
        self.sekcamGolonganCombo.setEditable(False)

        self.gridLayout.addWidget(self.sekcamGolonganCombo, 2, 2, 1, 1)

        self.sekcamNipEdit = QLineEdit(PejabatForm)
        self.sekcamNipEdit.setObjectName(u"sekcamNipEdit")

        self.gridLayout.addWidget(self.sekcamNipEdit, 2, 3, 1, 1)

        self.kasiTapemLabel = QLabel(PejabatForm)
        self.kasiTapemLabel.setObjectName(u"kasiTapemLabel")

        self.gridLayout.addWidget(self.kasiTapemLabel, 3, 0, 1, 1)

        self.kasiTapemNamaEdit = QLineEdit(PejabatForm)
        self.kasiTapemNamaEdit.setObjectName(u"kasiTapemNamaEdit")

        self.gridLayout.addWidget(self.kasiTapemNamaEdit, 3, 1, 1, 1)

        self.kasiTapemGolonganCombo = QComboBox(PejabatForm)
        self.kasiTapemGolonganCombo.setObjectName(u"kasiTapemGolonganCombo")
        self.kasiTapemGolonganCombo.setEditable(False)

        self.gridLayout.addWidget(self.kasiTapemGolonganCombo, 3, 2, 1, 1)

        self.kasiTapemNipEdit = QLineEdit(PejabatForm)
        self.kasiTapemNipEdit.setObjectName(u"kasiTapemNipEdit")

        self.gridLayout.addWidget(self.kasiTapemNipEdit, 3, 3, 1, 1)

        self.kasiTrantibumLabel = QLabel(PejabatForm)
        self.kasiTrantibumLabel.setObjectName(u"kasiTrantibumLabel")

        self.gridLayout.addWidget(self.kasiTrantibumLabel, 4, 0, 1, 1)

        self.kasiTrantibumNamaEdit = QLineEdit(PejabatForm)
        self.kasiTrantibumNamaEdit.setObjectName(u"kasiTrantibumNamaEdit")

        self.gridLayout.addWidget(self.kasiTrantibumNamaEdit, 4, 1, 1, 1)

        self.kasiTrantibumGolonganCombo = QComboBox(PejabatForm)
        self.kasiTrantibumGolonganCombo.setObjectName(u"kasiTrantibumGolonganCombo")
        self.kasiTrantibumGolonganCombo.setEditable(False)

        self.gridLayout.addWidget(self.kasiTrantibumGolonganCombo, 4, 2, 1, 1)

        self.kasiTrantibumNipEdit = QLineEdit(PejabatForm)
        self.kasiTrantibumNipEdit.setObjectName(u"kasiTrantibumNipEdit")

        self.gridLayout.addWidget(self.kasiTrantibumNipEdit, 4, 3, 1, 1)

        self.kasubbagUmumLabel = QLabel(PejabatForm)
        self.kasubbagUmumLabel.setObjectName(u"kasubbagUmumLabel")

        self.gridLayout.addWidget(self.kasubbagUmumLabel, 5, 0, 1, 1)

        self.kasubbagUmumNamaEdit = QLineEdit(PejabatForm)
        self.kasubbagUmumNamaEdit.setObjectName(u"kasubbagUmumNamaEdit")

        self.gridLayout.addWidget(self.kasubbagUmumNamaEdit, 5, 1, 1, 1)

        self.kasubbagUmumGolonganCombo = QComboBox(PejabatForm)
        self.kasubbagUmumGolonganCombo.setObjectName(u"kasubbagUmumGolonganCombo")
        self.kasubbagUmumGolonganCombo.setEditable(False)

        self.gridLayout.addWidget(self.kasubbagUmumGolonganCombo, 5, 2, 1, 1)

        self.kasubbagUmumNipEdit = QLineEdit(PejabatForm)
        self.kasubbagUmumNipEdit.setObjectName(u"kasubbagUmumNipEdit")

        self.gridLayout.addWidget(self.kasubbagUmumNipEdit, 5, 3, 1, 1)

        self.catatanLabel = QLabel(PejabatForm)
        self.catatanLabel.setObjectName(u"catatanLabel")
        self.catatanLabel.setWordWrap(True)

        self.gridLayout.addWidget(self.catatanLabel, 6, 0, 1, 4)


        self.verticalLayout.addLayout(self.gridLayout)

        self.verticalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

#if QT_CONFIG(shortcut)
        self.camatLabel.setBuddy(self.camatNamaEdit)
        self.sekcamLabel.setBuddy(self.sekcamNamaEdit)
        self.kasiTapemLabel.setBuddy(self.kasiTapemNamaEdit)
        self.kasiTrantibumLabel.setBuddy(self.kasiTrantibumNamaEdit)
        self.kasubbagUmumLabel.setBuddy(self.kasubbagUmumNamaEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.camatNamaEdit, self.camatGolonganCombo)
        QWidget.setTabOrder(self.camatGolonganCombo, self.camatNipEdit)
        QWidget.setTabOrder(self.camatNipEdit, self.sekcamNamaEdit)
        QWidget.setTabOrder(self.sekcamNamaEdit, self.sekcamGolonganCombo)
        QWidget.setTabOrder(self.sekcamGolonganCombo, self.sekcamNipEdit)
        QWidget.setTabOrder(self.sekcamNipEdit, self.kasiTapemNamaEdit)
        QWidget.setTabOrder(self.kasiTapemNamaEdit, self.kasiTapemGolonganCombo)
        QWidget.setTabOrder(self.kasiTapemGolonganCombo, self.kasiTapemNipEdit)
        QWidget.setTabOrder(self.kasiTapemNipEdit, self.kasiTrantibumNamaEdit)
        QWidget.setTabOrder(self.kasiTrantibumNamaEdit, self.kasiTrantibumGolonganCombo)
        QWidget.setTabOrder(self.kasiTrantibumGolonganCombo, self.kasiTrantibumNipEdit)
        QWidget.setTabOrder(self.kasiTrantibumNipEdit, self.kasubbagUmumNamaEdit)
        QWidget.setTabOrder(self.kasubbagUmumNamaEdit, self.kasubbagUmumGolonganCombo)
        QWidget.setTabOrder(self.kasubbagUmumGolonganCombo, self.kasubbagUmumNipEdit)

        self.retranslateUi(PejabatForm)

        QMetaObject.connectSlotsByName(PejabatForm)
    # setupUi

    def retranslateUi(self, PejabatForm):
        PejabatForm.setWindowTitle(QCoreApplication.translate("PejabatForm", u"Pejabat penandatangan", None))
        self.h0.setText(QCoreApplication.translate("PejabatForm", u"Jabatan", None))
        self.h0.setStyleSheet(QCoreApplication.translate("PejabatForm", u"font-weight: bold;", None))
        self.h1.setText(QCoreApplication.translate("PejabatForm", u"Nama lengkap dengan gelar", None))
        self.h1.setStyleSheet(QCoreApplication.translate("PejabatForm", u"font-weight: bold;", None))
        self.h2.setText(QCoreApplication.translate("PejabatForm", u"Golongan", None))
        self.h2.setStyleSheet(QCoreApplication.translate("PejabatForm", u"font-weight: bold;", None))
        self.h3.setText(QCoreApplication.translate("PejabatForm", u"NIP (18 angka)", None))
        self.h3.setStyleSheet(QCoreApplication.translate("PejabatForm", u"font-weight: bold;", None))
        self.camatLabel.setText(QCoreApplication.translate("PejabatForm", u"Camat *", None))
#if QT_CONFIG(accessibility)
        self.camatNamaEdit.setAccessibleName(QCoreApplication.translate("PejabatForm", u"Nama Camat", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.camatGolonganCombo.setAccessibleName(QCoreApplication.translate("PejabatForm", u"Golongan Camat", None))
#endif // QT_CONFIG(accessibility)
        self.camatNipEdit.setPlaceholderText(QCoreApplication.translate("PejabatForm", u"19860926 201505 1 001", None))
#if QT_CONFIG(accessibility)
        self.camatNipEdit.setAccessibleName(QCoreApplication.translate("PejabatForm", u"NIP Camat", None))
#endif // QT_CONFIG(accessibility)
        self.sekcamLabel.setText(QCoreApplication.translate("PejabatForm", u"Sekretaris Kecamatan *", None))
#if QT_CONFIG(accessibility)
        self.sekcamNamaEdit.setAccessibleName(QCoreApplication.translate("PejabatForm", u"Nama Sekretaris Kecamatan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sekcamGolonganCombo.setAccessibleName(QCoreApplication.translate("PejabatForm", u"Golongan Sekretaris Kecamatan", None))
#endif // QT_CONFIG(accessibility)
        self.sekcamNipEdit.setPlaceholderText(QCoreApplication.translate("PejabatForm", u"19860926 201505 1 001", None))
#if QT_CONFIG(accessibility)
        self.sekcamNipEdit.setAccessibleName(QCoreApplication.translate("PejabatForm", u"NIP Sekretaris Kecamatan", None))
#endif // QT_CONFIG(accessibility)
        self.kasiTapemLabel.setText(QCoreApplication.translate("PejabatForm", u"Kasi Tata Pemerintahan", None))
#if QT_CONFIG(accessibility)
        self.kasiTapemNamaEdit.setAccessibleName(QCoreApplication.translate("PejabatForm", u"Nama Kasi Tata Pemerintahan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kasiTapemGolonganCombo.setAccessibleName(QCoreApplication.translate("PejabatForm", u"Golongan Kasi Tata Pemerintahan", None))
#endif // QT_CONFIG(accessibility)
        self.kasiTapemNipEdit.setPlaceholderText(QCoreApplication.translate("PejabatForm", u"19860926 201505 1 001", None))
#if QT_CONFIG(accessibility)
        self.kasiTapemNipEdit.setAccessibleName(QCoreApplication.translate("PejabatForm", u"NIP Kasi Tata Pemerintahan", None))
#endif // QT_CONFIG(accessibility)
        self.kasiTrantibumLabel.setText(QCoreApplication.translate("PejabatForm", u"Kasi Trantibum", None))
#if QT_CONFIG(accessibility)
        self.kasiTrantibumNamaEdit.setAccessibleName(QCoreApplication.translate("PejabatForm", u"Nama Kasi Trantibum", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kasiTrantibumGolonganCombo.setAccessibleName(QCoreApplication.translate("PejabatForm", u"Golongan Kasi Trantibum", None))
#endif // QT_CONFIG(accessibility)
        self.kasiTrantibumNipEdit.setPlaceholderText(QCoreApplication.translate("PejabatForm", u"19860926 201505 1 001", None))
#if QT_CONFIG(accessibility)
        self.kasiTrantibumNipEdit.setAccessibleName(QCoreApplication.translate("PejabatForm", u"NIP Kasi Trantibum", None))
#endif // QT_CONFIG(accessibility)
        self.kasubbagUmumLabel.setText(QCoreApplication.translate("PejabatForm", u"Kasubbag Umum dan Kepegawaian", None))
#if QT_CONFIG(accessibility)
        self.kasubbagUmumNamaEdit.setAccessibleName(QCoreApplication.translate("PejabatForm", u"Nama Kasubbag Umum dan Kepegawaian", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kasubbagUmumGolonganCombo.setAccessibleName(QCoreApplication.translate("PejabatForm", u"Golongan Kasubbag Umum dan Kepegawaian", None))
#endif // QT_CONFIG(accessibility)
        self.kasubbagUmumNipEdit.setPlaceholderText(QCoreApplication.translate("PejabatForm", u"19860926 201505 1 001", None))
#if QT_CONFIG(accessibility)
        self.kasubbagUmumNipEdit.setAccessibleName(QCoreApplication.translate("PejabatForm", u"NIP Kasubbag Umum dan Kepegawaian", None))
#endif // QT_CONFIG(accessibility)
        self.catatanLabel.setText(QCoreApplication.translate("PejabatForm", u"* wajib diisi. Nama, pangkat dan NIP ini dicetak di bawah tanda tangan surat.", None))
    # retranslateUi

