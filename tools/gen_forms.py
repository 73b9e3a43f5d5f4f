"""Regenerates bawang_desk/ui/forms/ui_<name>.py from every forms/<name>.ui with pyside6-uic.

    python tools/gen_forms.py            # regenerate (after editing a .ui in Qt Designer)
    python tools/gen_forms.py --check    # CI: exit 1 if the committed files are stale, missing or extra
    python tools/gen_forms.py --prune    # regenerate and delete ui_*.py that have no .ui any more

The comparison ignores the header lines starting with "##" (they carry the uic version) and line
endings, so a newer or older uic patch release alone does not fail the check.
``bawang_desk/ui/forms/__init__.py`` is never touched.

uic imports some thirty Qt classes into every form whether it uses them or not, and PySide6
builds each imported class's Python enums on import: for the login form that was 30-50 ms
before the first window could paint. The generated files import only the names they use.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FORMS_DIR = REPO / "forms"
OUT_DIR = REPO / "bawang_desk" / "ui" / "forms"

_UIC_VIA_PYTHON = (
    "import sys; from PySide6.scripts.pyside_tool import uic; sys.argv[0] = 'pyside6-uic'; uic()"
)


def uic_command() -> list[str]:
    """The pyside6-uic to run: the one next to this Python, then PATH, then PySide6's wrapper."""
    bindir = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        candidate = bindir / name
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    return [sys.executable, "-c", _UIC_VIA_PYTHON]


def output_name(ui_file: Path) -> str:
    return f"ui_{ui_file.stem}.py"


_IMPOR = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def impor_seperlunya(teks: str) -> str:
    """The uic output with each ``from PySide6.X import (...)`` cut to the names the code uses.

    A module left with no used name is not imported at all.
    """
    badan = re.sub(r"(?m)^\s*#.*$", "", _IMPOR.sub("", teks))  # code, not its comments
    dipakai = set(re.findall(r"\b\w+\b", badan))

    def ganti(m: re.Match[str]) -> str:
        nama = [n.strip() for n in m.group(2).split(",") if n.strip()]
        sisa = [n for n in nama if n in dipakai]
        if not sisa:
            return ""
        return f"from {m.group(1)} import ({', '.join(sisa)})\n"

    return _IMPOR.sub(ganti, teks)


def generate(forms_dir: Path, out_dir: Path) -> list[Path]:
    """Compile every forms_dir/*.ui into out_dir/ui_<name>.py; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    uic = uic_command()
    written = []
    for ui_file in sorted(forms_dir.glob("*.ui")):
        target = out_dir / output_name(ui_file)
        # Run from the forms folder so the header names only the file, never a machine's path.
        subprocess.run(
            [*uic, ui_file.name, "-o", str(target.resolve())],
            cwd=forms_dir,
            check=True,
        )
        teks = target.read_text(encoding="utf-8")
        target.write_text(impor_seperlunya(teks), encoding="utf-8", newline="")
        written.append(target)
    return written


def generated_files(out_dir: Path) -> dict[str, Path]:
    """The uic outputs present in out_dir (ui_*.py), by file name; __init__.py is not one."""
    return {p.name: p for p in sorted(out_dir.glob("ui_*.py"))} if out_dir.is_dir() else {}


def normalised(path: Path) -> list[str]:
    """The file's lines without the '##' header lines and without line-ending differences."""
    text = path.read_text(encoding="utf-8")
    return [line.rstrip() for line in text.splitlines() if not line.lstrip().startswith("##")]


def check(forms_dir: Path, out_dir: Path) -> list[str]:
    """Problems found (empty when the committed files match a fresh regeneration)."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="gen-forms-") as tmp:
        fresh = {p.name: p for p in generate(forms_dir, Path(tmp))}
        committed = generated_files(out_dir)
        for name, path in fresh.items():
            if name not in committed:
                problems.append(f"missing: {out_dir / name}")
            elif normalised(path) != normalised(committed[name]):
                problems.append(f"differs: {out_dir / name}")
        for name in committed:
            if name not in fresh:
                problems.append(f"extra (no .ui source): {out_dir / name}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=Path, default=FORMS_DIR, help="folder of .ui files")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder of generated ui_*.py")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--check", action="store_true", help="compare with a fresh generation, change nothing"
    )
    mode.add_argument(
        "--prune", action="store_true", help="also delete ui_*.py that have no .ui source"
    )
    args = parser.parse_args(argv)
    forms_dir: Path = args.forms
    out_dir: Path = args.out
    if not forms_dir.is_dir():
        print(f"no forms folder: {forms_dir}", file=sys.stderr)
        return 2

    if args.check:
        problems = check(forms_dir, out_dir)
        if problems:
            print("generated forms are out of date; run python tools/gen_forms.py", file=sys.stderr)
            for problem in problems:
                print(f"  {problem}", file=sys.stderr)
            return 1
        print(f"forms up to date ({len(list(forms_dir.glob('*.ui')))} .ui files)")
        return 0

    written = {p.name for p in generate(forms_dir, out_dir)}
    for name, path in generated_files(out_dir).items():
        if name in written:
            continue
        if args.prune:
            path.unlink()
            print(f"deleted {path} (no .ui source)")
        else:
            print(f"warning: {path} has no .ui source (--prune deletes it)", file=sys.stderr)
    print(f"generated {len(written)} file(s) in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
