#!/usr/bin/env python3
"""Checks the Windows and macOS resource templates this machine cannot compile, and that the Linux
desktop integration files agree with each other:

- macos/Info.plist.in, with CMake's ${MACOSX_BUNDLE_*} values filled in, is a property list with the
  bundle identifier, version, icon and executable keys macOS needs;
- windows/vendo-inspector.rc.in has balanced BEGIN/END blocks, an ICON and the version fields, and
  every @VAR@ in it is one VendoAppResources.cmake provides;
- the desktop file, the metainfo and the icons share one application id and icon name.

usage: platform_files_test.py <source-dir>
"""
import plistlib
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

resources = Path(sys.argv[1]) / "resources"
errors = []


def check(condition, message):
    if not condition:
        errors.append(message)


# --- macOS -------------------------------------------------------------------------------------
bundle = {
    "MACOSX_BUNDLE_BUNDLE_NAME": "Vendo Inspector",
    "MACOSX_BUNDLE_EXECUTABLE_NAME": "vendo-inspector",
    "MACOSX_BUNDLE_ICON_FILE": "vendo-inspector.icns",
    "MACOSX_BUNDLE_GUI_IDENTIFIER": "run.vendo.inspector",
    "MACOSX_BUNDLE_SHORT_VERSION_STRING": "1.2.3",
    "MACOSX_BUNDLE_BUNDLE_VERSION": "1.2.3",
    "MACOSX_BUNDLE_COPYRIGHT": "Copyright Vendo.",
}
template = (resources / "macos" / "Info.plist.in").read_text(encoding="utf-8")
unknown = set(re.findall(r"\$\{(\w+)\}", template)) - set(bundle)
check(not unknown, f"Info.plist.in uses variables CMake does not set from the target: {sorted(unknown)}")
filled = re.sub(r"\$\{(\w+)\}", lambda m: bundle.get(m.group(1), ""), template)
try:
    plist = plistlib.loads(filled.encode("utf-8"))
except Exception as error:  # noqa: BLE001 - any parse failure is the finding
    errors.append(f"Info.plist.in is not a valid property list: {error}")
    plist = {}
for key, value in {
    "CFBundleIdentifier": "run.vendo.inspector",
    "CFBundleExecutable": "vendo-inspector",
    "CFBundleIconFile": "vendo-inspector.icns",
    "CFBundleShortVersionString": "1.2.3",
    "CFBundleVersion": "1.2.3",
    "CFBundlePackageType": "APPL",
    "NSHighResolutionCapable": True,
}.items():
    check(plist.get(key) == value, f"Info.plist {key} is {plist.get(key)!r}, expected {value!r}")
check((resources / "macos" / "vendo-inspector.icns").is_file(), "macos/vendo-inspector.icns is missing")

# --- Windows -----------------------------------------------------------------------------------
rc = (resources / "windows" / "vendo-inspector.rc.in").read_text(encoding="utf-8")
code = "\n".join(line for line in rc.splitlines() if not line.lstrip().startswith("//"))
tokens = re.findall(r"^\s*(BEGIN|END)\s*$", code, re.MULTILINE)
depth = 0
for token in tokens:
    depth += 1 if token == "BEGIN" else -1
    check(depth >= 0, "vendo-inspector.rc.in closes a block it never opened")
check(depth == 0 and tokens, "vendo-inspector.rc.in has unbalanced BEGIN/END")
check(re.search(r'^IDI_ICON1 ICON "@VENDO_ICO@"$', code, re.MULTILINE), "vendo-inspector.rc.in has no ICON line")
provided = {"VENDO_ICO", "PROJECT_VERSION", "PROJECT_VERSION_MAJOR", "PROJECT_VERSION_MINOR", "PROJECT_VERSION_PATCH"}
used = set(re.findall(r"@(\w+)@", code))
check(used <= provided, f"vendo-inspector.rc.in uses variables nobody sets: {sorted(used - provided)}")
for field in ("FileVersion", "ProductVersion", "ProductName", "OriginalFilename"):
    check(f'VALUE "{field}"' in code, f"vendo-inspector.rc.in lacks {field}")
check((resources / "windows" / "vendo-inspector.ico").is_file(), "windows/vendo-inspector.ico is missing")
check("set(VENDO_ICO " in (resources / "VendoAppResources.cmake").read_text(encoding="utf-8"),
      "VendoAppResources.cmake does not set VENDO_ICO")

# --- Linux: one id, one icon name ----------------------------------------------------------------
desktop_files = sorted((resources / "linux").glob("*.desktop"))
metainfo_files = sorted((resources / "linux").glob("*.metainfo.xml.in"))
check(len(desktop_files) == 1 and len(metainfo_files) == 1, "expected one .desktop and one metainfo template")
if desktop_files and metainfo_files:
    app_id = desktop_files[0].name[: -len(".desktop")]
    check(metainfo_files[0].name == f"{app_id}.metainfo.xml.in", f"metainfo is not named after {app_id}")
    entry = dict(line.split("=", 1) for line in desktop_files[0].read_text(encoding="utf-8").splitlines() if "=" in line)
    component = ElementTree.fromstring(metainfo_files[0].read_text(encoding="utf-8"))
    check(component.findtext("id") == app_id, f"metainfo <id> is {component.findtext('id')}, expected {app_id}")
    check(component.findtext("launchable") == f"{app_id}.desktop", "metainfo <launchable> is not the desktop file")
    icon = entry.get("Icon", "")
    check(component.findtext("icon") == icon, "metainfo <icon> and desktop Icon= differ")
    check((resources / "icons" / f"{icon}.svg").is_file(), f"no scalable icon named {icon}.svg")
    check(entry.get("Exec", "").split()[0] == "vendo-inspector", "desktop Exec= does not start vendo-inspector")
    binaries = {b.text for b in component.iter("binary")}
    check(binaries == {"vendo-inspector", "vendo-inspector-cli", "vendo-sandbox"}, f"metainfo provides {binaries}")

if errors:
    for error in errors:
        print(f"platform_files_test: FAIL: {error}", file=sys.stderr)
    sys.exit(1)
print("platform_files_test: PASS (Info.plist, .rc, desktop/metainfo/icon ids)")
