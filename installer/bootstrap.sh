#!/usr/bin/env bash
# Installs every build and test dependency of Vendo Inspector on Debian 12 / Ubuntu 24.04+ (g++ 12 or newer: the build is C++23) with apt.
# Idempotent: when everything is present it says so and changes nothing.
# Usage: installer/bootstrap.sh [--check]   (--check: only report what is missing; exit 1 if anything is)
set -euo pipefail

PACKAGES=(
    # toolchain
    cmake ninja-build g++ pkg-config git dpkg-dev file clang-format ccache
    # libraries
    libssl-dev qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-l10n-tools qt6-svg-dev
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libqt6test6 qt6-qpa-plugins
    libgl-dev libxkbcommon-dev rapidjson-dev
    # test environment: X server, Secret Service, D-Bus, fonts for screenshots
    xvfb xauth gnome-keyring libsecret-tools dbus dbus-x11 fonts-dejavu-core
    # the accessibility bus and a client to walk it (tst_ui_accessibility)
    at-spi2-core python3-pyatspi
    # fuzzing (libFuzzer with ASan/UBSan; clang 19: the first clang that uses libstdc++ 12's <expected>) and packaging checks
    clang-19 libclang-rt-19-dev desktop-file-utils appstream rpm python3-yaml
    # baselines for benchmarks
    curl openssl
)

say() { printf 'bootstrap: %s\n' "$*" >&2; }

if [[ ! -r /etc/os-release ]]; then
    say "cannot tell which system this is (no /etc/os-release)."
    say "See README.md, section 'Building on Windows and macOS', for other systems."
    exit 1
fi
# shellcheck disable=SC1091
. /etc/os-release
case " ${ID:-} ${ID_LIKE:-} " in
    *" debian "* | *" ubuntu "*) ;;
    *)
        say "this script knows Debian and Ubuntu (apt); this system is '${PRETTY_NAME:-$ID}'."
        say "See README.md, section 'Building on Windows and macOS', for the packages to install by hand."
        exit 1
        ;;
esac

missing=()
for package in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "installed" ]] || missing+=("$package")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    say "all ${#PACKAGES[@]} packages are installed; nothing to do."
    exit 0
fi
if [[ "${1:-}" == "--check" ]]; then
    say "missing: ${missing[*]}"
    exit 1
fi

say "installing ${#missing[@]} missing package(s): ${missing[*]}"
if [[ $EUID -eq 0 ]]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    say "installing packages needs root, and sudo is not available. Run this script as root,"
    say "or install the packages above yourself."
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
say "done."
