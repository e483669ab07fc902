#!/usr/bin/env bash
# The README's two quick-start commands.
#   installer/quickstart.sh run    install what is missing, build, launch `vendo-inspector --sandbox`
#   installer/quickstart.sh test   install what is missing, build, run the whole test suite (all labels
#                                  but bench) inside a private D-Bus session with an unlocked
#                                  gnome-keyring Secret Service and an Xvfb display
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/.." && pwd)
mode=${1:-}

case "$mode" in
    run | test) ;;
    *)
        echo "usage: installer/quickstart.sh run|test" >&2
        exit 2
        ;;
esac

"$here/bootstrap.sh"
cd "$source_dir"

jobs=$(nproc 2>/dev/null || echo 2)

if [[ "$mode" == run ]]; then
    cmake --preset release >/dev/null
    cmake --build --preset release --target vendo-inspector -j "$jobs"
    exec "$source_dir/build/release/bin/vendo-inspector" --sandbox "${@:2}"
fi

cmake --preset dev
cmake --build --preset dev -j "$jobs"

# A clean, private environment: nothing of the caller's keyring, settings or temp files is touched.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/vendo-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime" "$scratch/tmp"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" TMPDIR="$scratch/tmp"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export XDG_STATE_HOME="$HOME/.local/state"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
export VENDO_BUILD_DIR="$source_dir/build/dev" VENDO_CTEST_ARGS="${*:2}"

dbus-run-session -- bash -c '
    set -euo pipefail
    # Unlock (and create) the login keyring so no call can wait on an invisible unlock prompt.
    echo -n vendo-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    for _ in $(seq 1 200); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
            break
        fi
        sleep 0.05
    done
    # shellcheck disable=SC2086
    exec xvfb-run -a -s "-screen 0 1280x800x24" \
        ctest --test-dir "$VENDO_BUILD_DIR" --output-on-failure -LE bench $VENDO_CTEST_ARGS'
