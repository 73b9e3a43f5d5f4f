# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'umum_form.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_UmumForm(object):
    def setupUi(self, UmumForm):
        if not UmumForm.objectName():
            UmumForm.setObjectName(u"UmumForm")
        UmumForm.resize(480, 200)
        self.verticalLayout = QVBoxLayout(UmumForm)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kertasComboLabel = QLabel(UmumForm)
        self.kertasComboLabel.setObjectName(u"kertasComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kertasComboLabel)

        self.kertasCombo = QComboBox(UmumForm)
        self.kertasCombo.setObjectName(u"kertasCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kertasCombo)

        self.batasDiamSpinLabel = QLabel(UmumForm)
        self.batasDiamSpinLabel.setObjectName(u"batasDiamSpinLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.batasDiamSpinLabel)

        self.batasDiamSpin = QSpinBox(UmumForm)
        self.batasDiamSpin.setObjectName(u"batasDiamSpin")
        self.batasDiamSpin.setMinimum(1)
        self.batasDiamSpin.setMaximum(240)
        self.batasDiamSpin.setValue(10)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.batasDiamSpin)

        self.meteraiEditLabel = QLabel(UmumForm)
        self.meteraiEditLabel.setObjectName(u"meteraiEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.meteraiEditLabel)

        self.meteraiEdit = QLineEdit(UmumForm)
        self.meteraiEdit.setObjectName(u"meteraiEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.meteraiEdit)

        self.batasCadanganSpinLabel = QLabel(UmumForm)
        self.batasCadanganSpinLabel.setObjectName(u"batasCadanganSpinLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.batasCadanganSpinLabel)

        self.batasCadanganSpin = QDoubleSpinBox(UmumForm)
        self.batasCadanganSpin.setObjectName(u"batasCadanganSpin")
        self.batasCadanganSpin.setDecimals(1)
        self.batasCadanganSpin.setMinimum(0.500000000000000)
        self.batasCadanganSpin.setMaximum(10000.000000000000000)
        self.batasCadanganSpin.setValue(5.000000000000000)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.batasCadanganSpin)


        self.verticalLayout.addLayout(self.formLayout)

        self.kertasInfoLabel = QLabel(UmumForm)
        self.kertasInfoLabel.setObjectName(u"kertasInfoLabel")
        self.kertasInfoLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.kertasInfoLabel)

        self.verticalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

#if QT_CONFIG(shortcut)
        self.kertasComboLabel.setBuddy(self.kertasCombo)
        self.batasDiamSpinLabel.setBuddy(self.batasDiamSpin)
        self.meteraiEditLabel.setBuddy(self.meteraiEdit)
        self.batasCadanganSpinLabel.setBuddy(self.batasCadanganSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UmumForm)

        QMetaObject.connectSlotsByName(UmumForm)
    # setupUi

    def retranslateUi(self, UmumForm):
        UmumForm.setWindowTitle(QCoreApplication.translate("UmumForm", u"Kertas dan keamanan", None))
        self.kertasComboLabel.setText(QCoreApplication.translate("UmumForm", u"Ukuran &kertas:", None))
#if QT_CONFIG(accessibility)
        self.kertasCombo.setAccessibleName(QCoreApplication.translate("UmumForm", u"Ukuran kertas", None))
#endif // QT_CONFIG(accessibility)
        self.batasDiamSpinLabel.setText(QCoreApplication.translate("UmumForm", u"Kunci layar setela&h diam:", None))
        self.batasDiamSpin.setSuffix(QCoreApplication.translate("UmumForm", u" menit", None))
#if QT_CONFIG(accessibility)
        self.batasDiamSpin.setAccessibleName(QCoreApplication.translate("UmumForm", u"Kunci layar setelah tidak ada kegiatan", None))
#endif // QT_CONFIG(accessibility)
        self.meteraiEditLabel.setText(QCoreApplication.translate("UmumForm", u"Nilai &meterai:", None))
        self.meteraiEdit.setPlaceholderText(QCoreApplication.translate("UmumForm", u"Rp10.000", None))
#if QT_CONFIG(accessibility)
        self.meteraiEdit.setAccessibleName(QCoreApplication.translate("UmumForm", u"Nilai meterai", None))
#endif // QT_CONFIG(accessibility)
        self.batasCadanganSpinLabel.setText(QCoreApplication.translate("UmumForm", u"&Ruang untuk cadangan:", None))
        self.batasCadanganSpin.setSuffix(QCoreApplication.translate("UmumForm", u" GB", None))
#if QT_CONFIG(tooltip)
        self.batasCadanganSpin.setToolTip(QCoreApplication.translate("UmumForm", u"Cadangan otomatis di folder cadangan/ tidak melebihi ruang ini; yang paling lama dihapus lebih dulu. Beranda memberi peringatan sebelum batas tercapai.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.batasCadanganSpin.setAccessibleName(QCoreApplication.translate("UmumForm", u"Ruang disk untuk cadangan otomatis", None))
#endif // QT_CONFIG(accessibility)
        self.kertasInfoLabel.setText(QCoreApplication.translate("UmumForm", u"F4 (215 x 330 mm) lazim di kantor-kantor Jawa Tengah; pedoman nasional memakai A4.", None))
    # retranslateUi

