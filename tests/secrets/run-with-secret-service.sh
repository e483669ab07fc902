#!/bin/sh
# LAUNCHER for the keychain suites: runs "$@" in a private D-Bus session with a freshly created and
# unlocked gnome-keyring Secret Service, in a throwaway HOME, TMPDIR and XDG directories. The caller's keyring
# is never touched, and no call can wait on an invisible unlock prompt (docs/platform-notes.md's hazard: no
# DISPLAY here, and the keyring is unlocked before the test starts).
set -eu
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (apt-get install dbus gnome-keyring)" >&2
        exit 77
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/vendo-keychain.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/home" "$scratch/runtime" "$scratch/tmp"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" TMPDIR="$scratch/tmp"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export XDG_STATE_HOME="$HOME/.local/state" VENDO_THROWAWAY_HOME="$HOME"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

dbus-run-session -- sh -c '
    set -eu
    printf %s vendo-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 200 ]; then
            echo "gnome-keyring-daemon did not provide org.freedesktop.secrets within 10 s" >&2
            exit 1
        fi
        sleep 0.05
    done
    "$@"' sh "$@"
