#!/usr/bin/env bash
# The Debian package, end to end: build it with cpack from this build tree, check its control fields
# and file list, install it with apt (dependencies resolved from the archive), run the installed
# programs, validate the installed desktop entry and metainfo, purge it and check nothing is left.
# The RPM is built from the same tree and its header and file list are checked (Debian cannot
# install it).
#
# usage: deb_package_test.sh <build-dir> <project-version>
# Needs root or passwordless sudo to install; otherwise exits 77 (CTest: skipped). Whatever happens,
# the package is purged again on exit if this script installed it.
set -euo pipefail

build_dir=$1
version=$2
package=vendo-inspector

say() { printf 'deb_package_test: %s\n' "$*"; }
fail() {
    printf 'deb_package_test: FAIL: %s\n' "$*" >&2
    exit 1
}

if [[ $EUID -eq 0 ]]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
else
    say "SKIP: installing a package needs root or passwordless sudo, and this user has neither."
    exit 77
fi
for tool in cpack dpkg-deb apt-get desktop-file-validate appstreamcli rpmbuild rpm objdump file flock; do
    command -v "$tool" >/dev/null || fail "'$tool' is missing: run installer/bootstrap.sh"
done
# Two build trees may run this suite at once on one machine: one at a time installs the package.
exec 9>>"/tmp/vendo-inspector-deb-test.lock"
chmod a+rw "/tmp/vendo-inspector-deb-test.lock" 2>/dev/null || true
flock -w 600 9 || fail "another run of this test has held /tmp/vendo-inspector-deb-test.lock for 10 minutes"
# (No `cmd | grep -q` in this script: with pipefail, grep quitting early can fail the pipeline.)
if [[ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)" == installed ]]; then
    fail "$package is already installed on this system; this test would replace and then purge it." \
        "Remove it first: apt-get remove --purge $package"
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/vendo-deb-test.XXXXXX")
installed_by_us=false
cleanup() {
    local status=$?
    if $installed_by_us; then
        say "cleanup: purging $package"
        DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get remove --purge -y -qq "$package" >/dev/null 2>&1 || true
    fi
    rm -rf "$scratch"
    exit "$status"
}
trap cleanup EXIT
trap 'printf "deb_package_test: FAIL: line %s: %s\n" "$LINENO" "$BASH_COMMAND" >&2' ERR
trap 'exit 130' INT TERM

# --- build -------------------------------------------------------------------------------------
say "building the DEB and RPM with cpack"
cpack -G "DEB;RPM" -B "$scratch/out" --config "$build_dir/CPackConfig.cmake" >"$scratch/cpack.log" 2>&1 ||
    {
        cat "$scratch/cpack.log"
        fail "cpack failed"
    }
arch=$(dpkg --print-architecture)
deb="$scratch/out/${package}_${version}-1_${arch}.deb"
[[ -f "$deb" ]] || fail "expected $deb; cpack made: $(ls "$scratch/out")"
say "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

# --- control fields ----------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
expect_field() {
    local actual
    actual=$(field "$1")
    [[ "$actual" == "$2" ]] || fail "field $1 is '$actual', expected '$2'"
}
expect_field Package "$package"
expect_field Version "${version}-1"
expect_field Architecture "$arch"
expect_field Maintainer "Vendo Inspector maintainers <inspector@vendo.run>"
expect_field Section utils
expect_field Priority optional
expect_field Homepage "https://vendo.run"
expect_field Recommends "gnome-keyring | kwalletmanager"
description=$(field Description)
[[ "$(head -n1 <<<"$description")" == "Desktop admin and diagnostics tool for the Vendo credentials service" ]] ||
    fail "Description's synopsis is '$(head -n1 <<<"$description")'"
[[ $(wc -l <<<"$description") -ge 2 ]] || fail "Description has no extended description"

depends=$(field Depends)
say "Depends: $depends"
# One package name per line (version constraints dropped); each expected name must be a whole one.
depends_names=$(sed -e 's/, /\n/g' <<<"$depends" | sed -e 's/ (.*//')
for needed in qt6-qpa-plugins libsecret-1-0 libqt6core6 libqt6gui6 libqt6widgets6 libc6 libstdc++6; do
    grep -Fxq "$needed" <<<"$depends_names" || fail "Depends lacks $needed (shlibdeps or the fixed list)"
done
# Every library the binaries link must be covered by Depends: map each NEEDED entry to its package.
ldconfig -p >"$scratch/ldconfig"
for file in usr/bin/vendo-inspector usr/bin/vendo-inspector-cli usr/bin/vendo-sandbox; do
    binary=${file##*/}
    dpkg-deb --fsys-tarfile "$deb" | tar -xO "./$file" >"$scratch/$binary"
    for lib in $(objdump -p "$scratch/$binary" | awk '/NEEDED/ { print $2 }'); do
        path=$(awk -v l="$lib" '$1 == l { print $NF; exit }' "$scratch/ldconfig")
        [[ -n "$path" ]] || fail "$binary needs $lib, which this system does not have"
        # With merged /usr, ldconfig may name /lib/... where dpkg recorded /usr/lib/... (or back).
        owner=$( (dpkg-query -S "$path" || dpkg-query -S "/usr$path" || dpkg-query -S "${path#/usr}" || true) 2>/dev/null |
            sed -n '1s/:.*//p')
        [[ -n "$owner" ]] || fail "no package owns $path ($lib, needed by $binary)"
        grep -Fxq "$owner" <<<"$depends_names" || fail "$binary needs $lib from $owner, which Depends lacks"
    done
done

# --- contents ----------------------------------------------------------------------------------
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' | sort >"$scratch/files"
cat >"$scratch/expected" <<'EOF'
/usr/bin/vendo-inspector
/usr/bin/vendo-inspector-cli
/usr/bin/vendo-sandbox
/usr/share/applications/run.vendo.inspector.desktop
/usr/share/doc/vendo-inspector/CHANGELOG.md
/usr/share/doc/vendo-inspector/copyright
/usr/share/icons/hicolor/128x128/apps/vendo-inspector.png
/usr/share/icons/hicolor/256x256/apps/vendo-inspector.png
/usr/share/icons/hicolor/48x48/apps/vendo-inspector.png
/usr/share/icons/hicolor/scalable/apps/vendo-inspector.svg
/usr/share/metainfo/run.vendo.inspector.metainfo.xml
EOF
# Translations are optional: whatever .qm files the build installs under the app's data directory.
grep -v '^/usr/share/vendo-inspector/translations/[^/]*\.qm$' "$scratch/files" >"$scratch/files.core" || true
diff -u "$scratch/expected" "$scratch/files.core" || fail "the package's files differ from the expected list (- expected, + packaged)"
dpkg-deb -c "$deb" | awk '$1 ~ /^-/ && $2 != "root/root" { print; bad = 1 } END { exit bad }' ||
    fail "files not owned by root/root"

# --- RPM -----------------------------------------------------------------------------------------
rpm_file=$(find "$scratch/out" -maxdepth 1 -name "${package}-${version}-1.*.rpm" | head -n1)
[[ -n "$rpm_file" ]] || fail "cpack made no RPM: $(ls "$scratch/out")"
say "rpm: $(basename "$rpm_file"), $(stat -c %s "$rpm_file") bytes"
[[ "$(rpm -qp --queryformat '%{NAME} %{VERSION} %{RELEASE} %{LICENSE} %{URL}' "$rpm_file" 2>/dev/null)" == \
    "$package $version 1 MIT https://vendo.run" ]] || fail "RPM header: $(rpm -qip "$rpm_file" 2>&1)"
rpm -qp --requires "$rpm_file" 2>/dev/null >"$scratch/rpm-requires"
for needed in 'qt6-qtbase-gui' 'libsecret' 'libQt6Core.so.6()(64bit)'; do
    grep -Fxq "$needed" "$scratch/rpm-requires" || fail "RPM requires lacks $needed: $(tr '\n' ' ' <"$scratch/rpm-requires")"
done
rpm -qlp "$rpm_file" 2>/dev/null | sort >"$scratch/rpm-all"
# The RPM lists its directories too; the files must be exactly the DEB's, and it must not claim
# directories other packages own.
grep -Fxf "$scratch/files" "$scratch/rpm-all" >"$scratch/rpm-files" || true
diff -u "$scratch/files" "$scratch/rpm-files" || fail "the RPM's files differ from the DEB's"
for shared in /usr /usr/bin /usr/share /usr/share/applications /usr/share/metainfo /usr/share/icons \
    /usr/share/icons/hicolor /usr/share/icons/hicolor/48x48/apps /usr/share/doc; do
    ! grep -Fxq "$shared" "$scratch/rpm-all" || fail "the RPM claims the shared directory $shared"
done

# --- install -------------------------------------------------------------------------------------
say "installing with apt-get"
installed_by_us=true
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq -o DPkg::Lock::Timeout=300 \
    --no-install-recommends "$deb" >"$scratch/apt.log" 2>&1 || {
    cat "$scratch/apt.log"
    fail "apt-get install failed"
}
[[ "$(dpkg-query -W -f='${db:Status-Status} ${Version}' "$package")" == "installed ${version}-1" ]] ||
    fail "dpkg does not report $package ${version}-1 as installed"
dpkg -L "$package" | sort >"$scratch/listed"
grep -Fxf "$scratch/files" "$scratch/listed" | diff -u "$scratch/files" - || fail "dpkg -L does not list every packaged file"

# The installed programs, in a private environment with no display.
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" XDG_CONFIG_HOME="$scratch/home/.config"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY

out=$(QT_QPA_PLATFORM=offscreen /usr/bin/vendo-inspector --version)
[[ "$out" == "vendo-inspector $version" ]] || fail "vendo-inspector --version said '$out'"
out=$(/usr/bin/vendo-inspector-cli --version)
[[ "$out" == "vendo-inspector-cli $version" ]] || fail "vendo-inspector-cli --version said '$out'"
say "installed --version: OK"

# header {"alg":"HS256","typ":"JWT"}, payload {"sub":"user-42","iss":"https://vendo.run","exp":4102444800}
token='eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIiwiaXNzIjoiaHR0cHM6Ly92ZW5kby5ydW4iLCJleHAiOjQxMDI0NDQ4MDB9.c2lnbmF0dXJl'
decode_status=0
decode_out=$(/usr/bin/vendo-inspector-cli decode "$token" 2>&1) || decode_status=$?
[[ $decode_status -eq 0 ]] || fail "decode exited $decode_status: $decode_out"
grep -Fq 'user-42' <<<"$decode_out" || fail "decode did not show the subject: $decode_out"
grep -Fq 'https://vendo.run' <<<"$decode_out" || fail "decode did not show the issuer: $decode_out"
say "installed CLI decode: OK"

shot="$scratch/screenshot.png"
gui_status=0
QT_QPA_PLATFORM=offscreen /usr/bin/vendo-inspector --screenshot "$shot" >"$scratch/gui.log" 2>&1 || gui_status=$?
[[ $gui_status -eq 0 ]] || fail "vendo-inspector --screenshot exited $gui_status: $(cat "$scratch/gui.log")"
[[ -s "$shot" ]] || fail "vendo-inspector --screenshot wrote no file"
[[ "$(file -b "$shot")" =~ ^PNG\ image\ data,\ [0-9]{3,4}\ x\ [0-9]{3,4}, ]] ||
    fail "the screenshot is not a window-sized PNG: $(file -b "$shot")"
say "installed GUI screenshot: $(file -b "$shot")"

desktop-file-validate /usr/share/applications/run.vendo.inspector.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic /usr/share/metainfo/run.vendo.inspector.metainfo.xml ||
    fail "appstreamcli validate"
grep -Fq "<release version=\"$version\"" /usr/share/metainfo/run.vendo.inspector.metainfo.xml ||
    fail "the metainfo has no release entry for $version"

# --- remove --------------------------------------------------------------------------------------
say "purging"
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get remove --purge -y -qq -o DPkg::Lock::Timeout=300 "$package" \
    >"$scratch/apt-remove.log" 2>&1 || {
    cat "$scratch/apt-remove.log"
    fail "apt-get remove --purge failed"
}
installed_by_us=false
status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
[[ -z "$status" || "$status" == not-installed ]] || fail "dpkg still has $package as '$status' after purge"
left=()
while IFS= read -r path; do
    if [[ -e "$path" || -L "$path" ]]; then
        left+=("$path")
    fi
done <"$scratch/files"
if [[ -e /usr/share/doc/$package ]]; then
    left+=("/usr/share/doc/$package")
fi
[[ ${#left[@]} -eq 0 ]] || fail "left behind after purge: ${left[*]}"
say "PASS: built, checked, installed, ran, validated and purged $package $version"
