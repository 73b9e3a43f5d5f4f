"""tools/gen_forms.py: regenerates ui_*.py from .ui files and --check finds stale, missing and extra."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "tools" / "gen_forms.py"
_spec = importlib.util.spec_from_file_location("gen_forms", _PATH)
assert _spec and _spec.loader
gen_forms = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("gen_forms", gen_forms)
_spec.loader.exec_module(gen_forms)

UI = """<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0">
 <class>{cls}</class>
 <widget class="QDialog" name="{cls}">
  <layout class="QVBoxLayout" name="verticalLayout">
   <item>
    <widget class="QLabel" name="label">
     <property name="text">
      <string>{text}</string>
     </property>
    </widget>
   </item>
  </layout>
 </widget>
 <resources/>
 <connections/>
</ui>
"""


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    forms = tmp_path / "forms"
    out = tmp_path / "out"
    forms.mkdir()
    out.mkdir()
    (forms / "coba.ui").write_text(UI.format(cls="CobaDialog", text="Halo"), encoding="utf-8")
    (out / "__init__.py").write_text('"""keep me"""\n', encoding="utf-8")
    return forms, out


def _run(forms: Path, out: Path, *extra: str) -> int:
    return gen_forms.main(["--forms", str(forms), "--out", str(out), *extra])


def test_generate_lalu_check_bersih(dirs, capsys) -> None:
    forms, out = dirs
    assert _run(forms, out) == 0
    generated = out / "ui_coba.py"
    text = generated.read_text(encoding="utf-8")
    assert "class Ui_CobaDialog(object):" in text
    assert "## Created by: Qt User Interface Compiler version" in text
    assert str(forms) not in text  # the header names the file, not this machine's path
    assert (out / "__init__.py").read_text(encoding="utf-8") == '"""keep me"""\n'
    assert _run(forms, out, "--check") == 0


def test_check_abaikan_versi_uic_di_header(dirs) -> None:
    forms, out = dirs
    _run(forms, out)
    generated = out / "ui_coba.py"
    text = generated.read_text(encoding="utf-8")
    text = text.replace("Compiler version 6.", "Compiler version 9.")
    generated.write_text(text.replace("\n", "\r\n"), encoding="utf-8", newline="")
    assert _run(forms, out, "--check") == 0


def test_check_temukan_beda_hilang_dan_lebih(dirs, capsys) -> None:
    forms, out = dirs
    _run(forms, out)
    capsys.readouterr()

    (forms / "coba.ui").write_text(UI.format(cls="CobaDialog", text="Berubah"), encoding="utf-8")
    (forms / "baru.ui").write_text(UI.format(cls="BaruDialog", text="Baru"), encoding="utf-8")
    (out / "ui_yatim.py").write_text("# no source\n", encoding="utf-8")
    before = (out / "ui_coba.py").read_text(encoding="utf-8")

    assert _run(forms, out, "--check") == 1
    err = capsys.readouterr().err
    assert f"differs: {out / 'ui_coba.py'}" in err
    assert f"missing: {out / 'ui_baru.py'}" in err
    assert f"extra (no .ui source): {out / 'ui_yatim.py'}" in err
    assert "__init__" not in err
    # --check changes nothing.
    assert (out / "ui_coba.py").read_text(encoding="utf-8") == before
    assert not (out / "ui_baru.py").exists()

    assert _run(forms, out, "--prune") == 0
    assert not (out / "ui_yatim.py").exists()
    assert (out / "__init__.py").exists()
    assert _run(forms, out, "--check") == 0


def test_uic_lewat_python_bila_tidak_ada_executable(dirs, monkeypatch) -> None:
    forms, out = dirs
    monkeypatch.setattr(
        gen_forms, "uic_command", lambda: [sys.executable, "-c", gen_forms._UIC_VIA_PYTHON]
    )
    assert _run(forms, out) == 0
    assert "class Ui_CobaDialog(object):" in (out / "ui_coba.py").read_text(encoding="utf-8")


def test_folder_forms_tidak_ada(tmp_path: Path) -> None:
    assert _run(tmp_path / "tidak-ada", tmp_path / "out", "--check") == 2


def test_form_repo_sesuai() -> None:
    assert gen_forms.main(["--check"]) == 0


def test_impor_seperlunya_hanya_nama_yang_dipakai() -> None:
    teks = (
        "## Created by: Qt User Interface Compiler\n"
        "from PySide6.QtCore import (QCoreApplication, QDate,\n    QMetaObject, Qt)\n"
        "from PySide6.QtGui import (QBrush, QColor)\n"
        "from PySide6.QtWidgets import (QApplication, QLabel,\n    QVBoxLayout)\n"
        "\n"
        "class Ui_X(object):\n"
        "    # Qt in a comment is no use of Qt\n"
        "    def setupUi(self, X):\n"
        "        self.l = QLabel(X)\n"
        "        QVBoxLayout(X).addWidget(self.l)\n"
        "        QMetaObject.connectSlotsByName(X)\n"
        "        X.setWindowTitle(QCoreApplication.translate('X', 'x', None))\n"
    )
    hasil = gen_forms.impor_seperlunya(teks)
    assert "from PySide6.QtCore import (QCoreApplication, QMetaObject)\n" in hasil
    assert "from PySide6.QtWidgets import (QLabel, QVBoxLayout)\n" in hasil
    assert "QtGui" not in hasil  # nothing of it used: not imported at all
    assert hasil.endswith(teks[teks.index("\nclass Ui_X") :])


def test_form_login_tanpa_namespace_qt() -> None:
    """The login paints before the Qt namespace's enums are built (see LoginDialog)."""
    teks = (gen_forms.OUT_DIR / "ui_login.py").read_text(encoding="utf-8")
    assert "Qt." not in teks and "QDialogButtonBox(" not in teks
