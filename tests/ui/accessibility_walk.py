#!/usr/bin/python3
"""The window through the real accessibility bus (issue 19, item 11).

Starts vendo-inspector --sandbox with Qt's AT-SPI bridge on, drives a support call through AT-SPI
actions only (a sample identity from the menu, every panel from the View menu, ask the server, probe
all; a log given on the command line is audited in the Audit panel), then walks the whole tree: every control a person can reach has a name, each main action is
exposed as a push button or menu item with its name, and each verdict badge says its state in words.
Run inside a D-Bus session and an X server (ctest runs it under dbus-run-session and xvfb-run).
"""
import base64
import json
import os
import subprocess
import sys
import tempfile
import time

import pyatspi

CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_LIST, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_SLIDER, pyatspi.ROLE_RADIO_BUTTON,
}
failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, flush=True)


def wait_for(predicate, what, seconds=20.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    fail("timed out waiting for " + what)
    return None


def nodes(root):
    """Every node under root, depth first (AT-SPI errors on dying nodes are skipped)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        yield node
        try:
            stack.extend(node.getChildAtIndex(i) for i in reversed(range(node.childCount)))
        except Exception:
            pass


def showing(node):
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def find(root, role, name=None, prefix=None):
    for node in nodes(root):
        try:
            if node.getRole() != role:
                continue
            if name is not None and node.name != name:
                continue
            if prefix is not None and not node.name.startswith(prefix):
                continue
            return node
        except Exception:
            continue
    return None


def act(node):
    action = node.queryAction()
    action.doAction(0)


def menu_item(app, menu, item_prefix):
    """Opens nothing: menu items are activated directly through their AT-SPI action."""
    top = find(app, pyatspi.ROLE_MENU_ITEM, menu)
    if top is None:
        fail("no menu " + menu)
        return None
    for node in nodes(top):
        try:
            if node.getRole() == pyatspi.ROLE_MENU_ITEM and node.name.startswith(item_prefix):
                return node
        except Exception:
            continue
    fail("no item %r in menu %r" % (item_prefix, menu))
    return None


def check_names(app):
    """Every control that shows has a name; returns how many controls show."""
    unnamed = []
    for node in nodes(app):
        try:
            if node.getRole() in CONTROL_ROLES and showing(node) and not node.name.strip():
                parent = node.parent.name if node.parent else ""
                unnamed.append("%s (description %r, in %r)" % (node.getRoleName(), node.description[:50], parent))
        except Exception:
            continue
    for entry in unnamed:
        fail("a control without a name: " + entry)
    controls = sum(1 for node in nodes(app) if showing(node) and node.getRole() in CONTROL_ROLES)
    print("%d showing controls walked, %d without a name" % (controls, len(unnamed)), flush=True)
    return controls


def support_log():
    """A log over 64 KiB with a few identity tokens in it: the window audits it (issue 20)."""
    def b64(data):
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
    lines = []
    for i in range(1500):
        line = "2026-11-24T21:10:%02d.000Z INFO  GET /health status=200 req=%d" % (i % 60, i)
        if i % 300 == 299:
            token = "%s.%s.%s" % (b64({"alg": "ES256", "kid": "k1", "typ": "JWT"}),
                                  b64({"sub": "user-%d" % i, "iss": "https://issuer.example", "exp": 1767225600}),
                                  "c2lnbmF0dXJl" * 7)
            line += " X-Vendo-User-JWT: " + token
        lines.append(line)
    handle, path = tempfile.mkstemp(suffix=".log")
    with os.fdopen(handle, "w") as out:
        out.write("\n".join(lines) + "\n")
    return path


def main():
    exe = sys.argv[1]
    if not os.environ.get("DISPLAY"):
        print("FAIL: no X server (DISPLAY is not set); run the suite under xvfb-run", flush=True)
        return 1
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
               XDG_CONFIG_HOME=tempfile.mkdtemp(), LANGUAGE="en", LC_ALL="C.UTF-8")
    log = support_log()
    process = subprocess.Popen([exe, "--sandbox", log], env=env)
    try:
        def application():
            desktop = pyatspi.Registry.getDesktop(0)
            for app in desktop:
                if app is not None and app.name == "vendo-inspector":
                    return app
            return None
        app = wait_for(application, "the application on the accessibility bus", 30)
        if app is None:
            return 1
        wait_for(lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Probe all"), "the main window")

        # The support call, by AT-SPI actions alone.
        sample = menu_item(app, "Sample identities", "Valid")
        if sample:
            act(sample)
        wait_for(lambda: find(app, pyatspi.ROLE_LABEL, prefix="Structure:"), "the verdict badges")
        ask = wait_for(lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Ask the server"), "Ask the server")
        if ask:
            act(ask)
        wait_for(lambda: find(app, pyatspi.ROLE_LABEL, prefix="Server:"), "the server's verdict")
        probe = find(app, pyatspi.ROLE_PUSH_BUTTON, "Probe all")
        act(probe)
        for panel in ("Identity", "Connections", "Token probe", "Request log", "Error decoder", "Events", "Webhook"):
            item = menu_item(app, "View", "Go to " + panel)
            if item:
                act(item)
                time.sleep(0.3)
        time.sleep(1.0)

        # Each main action and each badge, with a name and a role.
        for name in ("Paste", "Open", "Probe all", "Export", "Ask the server"):
            if find(app, pyatspi.ROLE_PUSH_BUTTON, name) is None:
                fail("no push button named %r" % name)
        if find(app, pyatspi.ROLE_PUSH_BUTTON, prefix="API key: Key ") is None:
            fail("no API key button that names the key's state")
        for prefix in ("Structure:", "Time:", "Signature:", "Server:"):
            badge = find(app, pyatspi.ROLE_LABEL, prefix=prefix)
            if badge is None:
                fail("no badge starting %r" % prefix)
            elif len(badge.name.split(":", 1)[1].strip()) < 2:
                fail("badge %r does not say its state in words" % badge.name)

        # Every control that shows has a name.
        controls = check_names(app)
        if controls < 40:
            fail("only %d controls were exposed; the bridge did not expose the window" % controls)

        # The log opened at start is in the Audit panel (issue 20): its tab forward, then its controls.
        audit_tab = find(app, pyatspi.ROLE_PAGE_TAB, "Audit")
        if audit_tab is None:
            fail("no Audit tab: the log given on the command line was not audited")
        else:
            act(audit_tab)
            table = wait_for(lambda: find(app, pyatspi.ROLE_TABLE, "Tokens found in the log"), "the audit table")
            if table is not None and table.childCount == 0:
                fail("the audit table is empty")
            if table is not None and not wait_for(lambda: showing(table), "the audit table to show", 5):
                fail("the audit table does not show after its tab was chosen")
            for name in ("Cancel audit", "Inspect selected token", "Export table…"):
                if find(app, pyatspi.ROLE_PUSH_BUTTON, name) is None:
                    fail("no push button named %r in the audit view" % name)
            if find(app, pyatspi.ROLE_PROGRESS_BAR, "Audit progress") is None:
                fail("no progress bar named 'Audit progress'")
            if find(app, pyatspi.ROLE_PROGRESS_BAR, prefix="Time: ") is None:
                fail("no chart bar that says its verdict and count in words")
            check_names(app)
    finally:
        process.terminate()
        process.wait(10)
        os.unlink(log)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
