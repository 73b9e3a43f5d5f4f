# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'disposisi_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from bawang_desk.ui.umum.tanggal import TanggalEdit

class Ui_DisposisiDialog(object):
    def setupUi(self, DisposisiDialog):
        if not DisposisiDialog.objectName():
            DisposisiDialog.setObjectName(u"DisposisiDialog")
        DisposisiDialog.resize(720, 520)
        self.verticalLayout = QVBoxLayout(DisposisiDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.suratLabel = QLabel(DisposisiDialog)
        self.suratLabel.setObjectName(u"suratLabel")
        self.suratLabel.setWordWrap(True)
        self.suratLabel.setTextFormat(Qt.RichText)

        self.verticalLayout.addWidget(self.suratLabel)

        self.pilihanLayout = QHBoxLayout()
        self.pilihanLayout.setObjectName(u"pilihanLayout")
        self.tujuanGroup = QGroupBox(DisposisiDialog)
        self.tujuanGroup.setObjectName(u"tujuanGroup")
        self.tujuanLayout = QVBoxLayout(self.tujuanGroup)
        self.tujuanLayout.setObjectName(u"tujuanLayout")

        self.pilihanLayout.addWidget(self.tujuanGroup)

        self.instruksiGroup = QGroupBox(DisposisiDialog)
        self.instruksiGroup.setObjectName(u"instruksiGroup")
        self.instruksiLayout = QVBoxLayout(self.instruksiGroup)
        self.instruksiLayout.setObjectName(u"instruksiLayout")

        self.pilihanLayout.addWidget(self.instruksiGroup)


        self.verticalLayout.addLayout(self.pilihanLayout)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.catatanEditLabel = QLabel(DisposisiDialog)
        self.catatanEditLabel.setObjectName(u"catatanEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.catatanEditLabel)

        self.catatanEdit = QPlainTextEdit(DisposisiDialog)
        self.catatanEdit.setObjectName(u"catatanEdit")
        self.catatanEdit.setTabChangesFocus(True)
        self.catatanEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.catatanEdit)

        self.batasWaktuEditLabel = QLabel(DisposisiDialog)
        self.batasWaktuEditLabel.setObjectName(u"batasWaktuEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.batasWaktuEditLabel)

        self.batasWaktuEdit = TanggalEdit(DisposisiDialog)
        self.batasWaktuEdit.setObjectName(u"batasWaktuEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.batasWaktuEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(DisposisiDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DisposisiDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.catatanEditLabel.setBuddy(self.catatanEdit)
        self.batasWaktuEditLabel.setBuddy(self.batasWaktuEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DisposisiDialog)

        QMetaObject.connectSlotsByName(DisposisiDialog)
    # setupUi

    def retranslateUi(self, DisposisiDialog):
        DisposisiDialog.setWindowTitle(QCoreApplication.translate("DisposisiDialog", u"Disposisi Camat", None))
        self.suratLabel.setText("")
#if QT_CONFIG(accessibility)
        self.suratLabel.setAccessibleName(QCoreApplication.translate("DisposisiDialog", u"Surat yang didisposisi", None))
#endif // QT_CONFIG(accessibility)
        self.tujuanGroup.setTitle(QCoreApplication.translate("DisposisiDialog", u"Diteruskan kepada Sdr.:", None))
#if QT_CONFIG(accessibility)
        self.tujuanGroup.setAccessibleName(QCoreApplication.translate("DisposisiDialog", u"Diteruskan kepada", None))
#endif // QT_CONFIG(accessibility)
        self.instruksiGroup.setTitle(QCoreApplication.translate("DisposisiDialog", u"Dengan hormat harap:", None))
#if QT_CONFIG(accessibility)
        self.instruksiGroup.setAccessibleName(QCoreApplication.translate("DisposisiDialog", u"Dengan hormat harap", None))
#endif // QT_CONFIG(accessibility)
        self.catatanEditLabel.setText(QCoreApplication.translate("DisposisiDialog", u"&Catatan Camat:", None))
#if QT_CONFIG(accessibility)
        self.catatanEdit.setAccessibleName(QCoreApplication.translate("DisposisiDialog", u"Catatan Camat", None))
#endif // QT_CONFIG(accessibility)
        self.batasWaktuEditLabel.setText(QCoreApplication.translate("DisposisiDialog", u"&Batas waktu:", None))
#if QT_CONFIG(accessibility)
        self.batasWaktuEdit.setAccessibleName(QCoreApplication.translate("DisposisiDialog", u"Batas waktu penyelesaian", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
        self.errorLabel.setStyleSheet(QCoreApplication.translate("DisposisiDialog", u"color: #a40000; font-weight: bold;", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("DisposisiDialog", u"Pesan kesalahan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("DisposisiDialog", u"Tombol simpan dan batal", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

