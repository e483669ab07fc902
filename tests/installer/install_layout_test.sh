#!/usr/bin/env bash
# `cmake --install` into a scratch prefix (no root needed): the exact set of files, a desktop entry
# and metainfo that validate, and installed programs that report the project's version.
#
# usage: install_layout_test.sh <build-dir> <project-version>
set -euo pipefail

build_dir=$1
version=$2
fail() {
    printf 'install_layout_test: FAIL: %s\n' "$*" >&2
    exit 1
}
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || fail "'$tool' is missing: run installer/bootstrap.sh"
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/vendo-layout-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
prefix="$scratch/prefix"

cmake --install "$build_dir" --prefix "$prefix" >"$scratch/install.log" 2>&1 || {
    cat "$scratch/install.log"
    fail "cmake --install failed"
}
(cd "$prefix" && find . -type f -o -type l | sed 's|^\./||' | sort) >"$scratch/files"
grep -v '^share/vendo-inspector/translations/[^/]*\.qm$' "$scratch/files" >"$scratch/files.core" || true
diff -u - "$scratch/files.core" <<'LIST' || fail "installed files differ from the expected layout (- expected, + installed)"
bin/vendo-inspector
bin/vendo-inspector-cli
bin/vendo-sandbox
share/applications/run.vendo.inspector.desktop
share/doc/vendo-inspector/CHANGELOG.md
share/doc/vendo-inspector/copyright
share/icons/hicolor/128x128/apps/vendo-inspector.png
share/icons/hicolor/256x256/apps/vendo-inspector.png
share/icons/hicolor/48x48/apps/vendo-inspector.png
share/icons/hicolor/scalable/apps/vendo-inspector.svg
share/metainfo/run.vendo.inspector.metainfo.xml
LIST

for size in 48 128 256; do
    [[ "$(file -b "$prefix/share/icons/hicolor/${size}x${size}/apps/vendo-inspector.png")" == "PNG image data, $size x $size,"* ]] ||
        fail "the ${size}x${size} icon is not a $size x $size PNG"
done
desktop-file-validate "$prefix/share/applications/run.vendo.inspector.desktop" || fail "desktop-file-validate"
metainfo="$prefix/share/metainfo/run.vendo.inspector.metainfo.xml"
appstreamcli validate --no-net --pedantic "$metainfo" || fail "appstreamcli validate"
grep -Eq "<release version=\"${version//./\\.}\" date=\"[0-9]{4}-[0-9]{2}-[0-9]{2}\">" "$metainfo" ||
    fail "the metainfo has no dated release entry for $version"
grep -q "^Icon=vendo-inspector$" "$prefix/share/applications/run.vendo.inspector.desktop" || fail "desktop Icon= is not the installed icon's name"
grep -q "^## \[$version\] - " "$prefix/share/doc/vendo-inspector/CHANGELOG.md" || fail "the installed CHANGELOG.md has no section for $version"

out=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/vendo-inspector" --version)
[[ "$out" == "vendo-inspector $version" ]] || fail "installed vendo-inspector --version said '$out'"
out=$("$prefix/bin/vendo-inspector-cli" --version)
[[ "$out" == "vendo-inspector-cli $version" ]] || fail "installed vendo-inspector-cli --version said '$out'"
echo "install_layout_test: PASS ($(wc -l <"$scratch/files") files)"
