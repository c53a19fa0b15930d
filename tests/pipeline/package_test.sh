#!/usr/bin/env bash
# The Debian package (issue 17): cpack builds it from the build folder; it
# holds the program, its default lexicon, register, bundled corpus and man
# page, and the program finds its data beside itself, from any folder. With
# RETURNS_TEST_INSTALL_DEB=1 (CI, as root) the package is installed with apt
# and removed afterwards; otherwise it is unpacked into a temporary folder.
# Either way: --version, a search of an index built from the packaged
# corpus with the packaged lexicon, and register add refusing to edit the
# packaged register.
# usage: package_test.sh BUILD_DIR
set -uo pipefail
build=$1
work=$(mktemp -d)
installed=0
cleanup() {
  [ "$installed" = 1 ] && dpkg -r returns >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
check() { if [ "$2" -eq 0 ]; then echo "ok: $1"; else echo "FAIL: $1"; failures=$((failures + 1)); fi; }

cpack -G DEB -B "$work/pkg" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1
check "cpack builds the package" $?
deb=$(ls "$work"/pkg/returns_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "FAIL: no .deb"; exit 1; }
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./usr/bin/returns ./usr/share/man/man1/returns.1 ./usr/share/returns/lexicon/themes.yaml \
         ./usr/share/returns/lexicon/CODEBOOK.md ./usr/share/returns/corpus/collaboratives.csv \
         ./usr/share/returns/corpus/kent-2013/q2-progress.txt ./usr/share/bash-completion/completions/returns \
         ./usr/lib/returns/libreturns_pdf.so ./usr/lib/returns/libreturns_http.so \
         ./usr/lib/returns/libreturns_zip.so ./usr/lib/returns/libreturns_xlsx.so; do
  grep -qx "$f" <<<"$contents"; check "the package holds $f" $?
done
dpkg-deb -f "$deb" Depends | grep -q libxapian; check "its dependencies are worked out (libxapian)" $?
# poppler and cpp-httplib are the modules' own dependencies (corpus/base/module.h): dpkg-shlibdeps finds them there.
for lib in libpoppler-cpp libzip libxlsxwriter libcpp-httplib; do
  dpkg-deb -f "$deb" Depends | grep -q "$lib"; check "a module's dependency is worked out ($lib)" $?
done

if [ "${RETURNS_TEST_INSTALL_DEB:-0}" = 1 ] && [ "$(id -u)" -eq 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1
  check "apt installs the package" $?
  installed=1
  root=""
else
  dpkg-deb -x "$deb" "$work/root"
  root="$work/root"
fi
returns="$root/usr/bin/returns"
share="$root/usr/share/returns"

# From a folder with nothing of ours in it, and no source tree to fall back on.
cd "$work"
"$returns" --version | grep -q '^returns [0-9]'; check "returns --version" $?
# The modules are found beside the program (the build tree's are not looked in).
"$returns" --version | grep -q 'libzip [0-9].*poppler [0-9]'; check "returns --version names libzip and poppler: the packaged modules load" $?
"$returns" index "$share/corpus/kent-2013" --round 2013-03 --db "$work/db" >/dev/null 2>"$work/index.log"
check "index the packaged corpus" $?
"$returns" info --db "$work/db" >"$work/info" 2>&1
grep -q "$share/lexicon/themes.yaml" "$work/info"; check "the index was tagged with the packaged lexicon" $?
"$returns" summary --db "$work/db" --format xlsx --out "$work/summary.xlsx" >/dev/null 2>&1 &&
  [ "$(head -c 2 "$work/summary.xlsx")" = "PK" ]
check "summary --format xlsx: the packaged Excel module loads" $?
n=$("$returns" search 'theme:moderation district:Dover' --db "$work/db" --format json |
    python3 -c "import json, sys; print(json.load(sys.stdin)['total'])")
[ "${n:-0}" -gt 0 ]; check "a search finds comments on moderation in Dover ($n)" $?
# register add: the installed register is the program's data, not the officer's file.
cp "$share/corpus/collaboratives.csv" "$work/installed-register.csv"
"$returns" register add --collaborative 'Harbour Schools Partnership' --district Dover >/dev/null 2>"$work/err"
[ $? -eq 2 ] && grep -q 'give --register FILE' "$work/err" &&
  cmp -s "$share/corpus/collaboratives.csv" "$work/installed-register.csv"
check "register add without --register refuses the installed register and leaves it as it was" $?
"$returns" register add --collaborative 'Harbour Schools Partnership' --district Dover --register "$work/mine.csv" \
  2>/dev/null && [ "$(tail -1 "$work/mine.csv")" = "Harbour Schools Partnership,Dover,,,added with returns register add" ]
check "register add --register FILE: the installed register copied, the row added" $?
if [ "$installed" = 1 ]; then
  man -w returns >/dev/null 2>&1; check "man returns is installed" $?
fi
echo "package: $failures failed"
[ "$failures" -eq 0 ]
