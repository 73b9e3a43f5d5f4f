#!/usr/bin/env bash
# Builds the one-folder bundle with build.spec and smoke-tests it: dist/BawangDesk/BawangDesk --smoke.
#
#   tools/build_check.sh                  (uses the pyinstaller on PATH or $PYINSTALLER)
#   PYINSTALLER=/opt/bd-venv/bin/pyinstaller tools/build_check.sh
#
# Exit status 0 when the build succeeds and the built app opens its main window offscreen and exits 0.
set -euo pipefail

cd "$(dirname "$0")/.."
PYINSTALLER="${PYINSTALLER:-pyinstaller}"
if ! command -v "$PYINSTALLER" >/dev/null 2>&1 && [ -x /opt/bd-venv/bin/pyinstaller ]; then
    PYINSTALLER=/opt/bd-venv/bin/pyinstaller
fi

case "$(uname -s)" in
    MINGW* | MSYS* | CYGWIN*) EXE=dist/BawangDesk/BawangDesk.exe ;;
    *) EXE=dist/BawangDesk/BawangDesk ;;
esac

start=$(date +%s)
"$PYINSTALLER" --noconfirm --clean --distpath dist --workpath build build.spec
end=$(date +%s)
echo "build: $((end - start)) s, dist/BawangDesk: $(du -sh dist/BawangDesk | cut -f1)"

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/bawang-desk-smoke.XXXXXX")
trap 'rm -rf "$tmpdir"' EXIT
db="$tmpdir/smoke.sqlite"

set +e
QT_QPA_PLATFORM=offscreen "$EXE" --smoke --db "$db"
rc=$?
set -e
if [ "$rc" -ne 0 ]; then
    echo "smoke test FAILED: $EXE --smoke exited $rc" >&2
    exit 1
fi
echo "smoke test passed: $EXE --smoke --db $db exited 0"

# the frozen app reports the SQLite it carries and the journal mode it runs in
info=$("$EXE" info)
echo "$info"
if ! grep -q "^Mode jurnal: \(WAL\|DELETE\)" <<<"$info"; then
    echo "info FAILED: $EXE info does not report the journal mode" >&2
    exit 1
fi
if [ -n "${BAWANG_SQLITE_DLL:-}" ] && ! grep -q "^Mode jurnal: WAL" <<<"$info"; then
    echo "info FAILED: built with BAWANG_SQLITE_DLL but the app does not run in WAL" >&2
    exit 1
fi
