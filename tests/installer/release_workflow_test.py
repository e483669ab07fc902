#!/usr/bin/env python3
"""Checks .github/workflows/release.yml, which only runs on GitHub: it parses as YAML, has the
version / package / publish jobs, a windows-macos-ubuntu matrix with each platform's CPack generator
and artifact, the Qt 6.8 LTS and QtKeychain installs, the tests before packaging (Linux every label
installer/quickstart.sh runs; Windows and macOS the same labels except keychain and installer),
pinned actions, and bash steps that `bash -n` accepts.

usage: release_workflow_test.py <source-dir>
"""
import re
import subprocess
import sys
from pathlib import Path

try:
    import yaml
except ImportError:
    print("release_workflow_test: FAIL: PyYAML is missing (Debian package python3-yaml; "
          "installer/bootstrap.sh installs it)", file=sys.stderr)
    sys.exit(1)

source = Path(sys.argv[1])
workflow_path = source / ".github" / "workflows" / "release.yml"
errors = []


def check(condition, message):
    if not condition:
        errors.append(message)
    return condition


workflow = yaml.safe_load(workflow_path.read_text(encoding="utf-8"))
# YAML 1.1 reads the bare key `on` as the boolean true.
triggers = workflow.get("on", workflow.get(True)) or {}
check("v*" in (triggers.get("push") or {}).get("tags", []), "not triggered by pushing a v* tag")
check("workflow_dispatch" in triggers, "cannot be started by hand (workflow_dispatch)")

jobs = workflow.get("jobs", {})
check(set(jobs) == {"version", "package", "publish"}, f"jobs are {sorted(jobs)}, expected version, package, publish")

# --- version job: one source of truth -------------------------------------------------------
version_steps = {step.get("id"): step for step in jobs.get("version", {}).get("steps", [])}
version_run = version_steps.get("version", {}).get("run", "")
check("CMakeLists.txt" in version_run and "CHANGELOG.md" in version_run,
      "the version job does not read project(VERSION) and check CHANGELOG.md")
# The sed expression must find the real version in the real CMakeLists.txt.
sed = re.search(r"sed -n '([^']+)' CMakeLists\.txt", version_run)
if check(sed, "the version job does not read the version with sed"):
    found = subprocess.run(["sed", "-n", sed.group(1), str(source / "CMakeLists.txt")],
                           capture_output=True, text=True, check=False).stdout.strip()
    declared = re.search(r"project\(VendoInspector\s+VERSION\s+([0-9.]+)",
                         (source / "CMakeLists.txt").read_text(encoding="utf-8"))
    check(declared and found == declared.group(1),
          f"the version job's sed reads '{found}' from CMakeLists.txt, project(VERSION) is "
          f"'{declared.group(1) if declared else None}'")

# --- package job: the matrix --------------------------------------------------------------------
package = jobs.get("package", {})
check(package.get("needs") == "version", "package does not need the version job")
strategy = package.get("strategy", {})
check(strategy.get("fail-fast") is False, "one platform's failure must not cancel the others (fail-fast: false)")
include = strategy.get("matrix", {}).get("include", [])
by_name = {entry.get("name"): entry for entry in include}
check(set(by_name) == {"windows", "macos", "ubuntu"}, f"matrix entries are {sorted(by_name)}")
expected = {
    "windows": ("windows-", "NSIS", r"\.exe$"),
    "macos": ("macos-", "DragNDrop", r"\.dmg$"),
    "ubuntu": ("ubuntu-", "DEB;RPM", r"\.deb$"),
}
for name, (os_prefix, generator, artifact) in expected.items():
    entry = by_name.get(name, {})
    check(str(entry.get("os", "")).startswith(os_prefix), f"{name}: runs on '{entry.get('os')}'")
    check(entry.get("generator") == generator, f"{name}: generator '{entry.get('generator')}', expected {generator}")
    artifacts = str(entry.get("artifacts", "")).split()
    check(any(re.search(artifact, a) for a in artifacts), f"{name}: no artifact matching {artifact}")
check(by_name.get("ubuntu", {}).get("container") == "debian:12",
      "ubuntu: the .deb must be built in debian:12 against Debian's Qt packages it depends on")
check(package.get("runs-on") == "${{ matrix.os }}", "package does not run on the matrix's os")

steps = package.get("steps", [])
ids = [step.get("id") for step in steps]
check(all(ids) and len(ids) == len(set(ids)), "every package step needs a unique id")
step = {step.get("id"): step for step in steps}
order = ["checkout", "qt", "qtkeychain", "configure", "build", "test", "package", "upload"]
if check(all(i in ids for i in order), f"package steps lack some of {order}: have {ids}"):
    check([i for i in ids if i in order] == order, f"package steps out of order: {ids}")

qt = step.get("qt", {})
check(str(qt.get("uses", "")).startswith("jurplel/install-qt-action@"), "Qt is not installed with install-qt-action")
qt_version = str(qt.get("with", {}).get("version", ""))
if qt_version.startswith("${{ env."):
    qt_version = str(workflow.get("env", {}).get(qt_version[len("${{ env."):].rstrip("} ").strip(), ""))
check(re.match(r"^6\.8(\.|$)", qt_version), f"Qt version is '{qt_version}', expected 6.8 LTS")
modules = str(qt.get("with", {}).get("modules", "")).split()
check({"qthttpserver", "qtwebsockets"} <= set(modules), f"Qt modules {modules} lack qthttpserver/qtwebsockets")
check(qt.get("if") == "runner.os != 'Linux'", "Qt 6.8 must be installed on Windows and macOS only")
keychain = step.get("qtkeychain", {})
check("frankosterfeld/qtkeychain" in keychain.get("run", "") and keychain.get("if") == "runner.os != 'Linux'",
      "QtKeychain is not built from source on Windows and macOS")
check("installer/bootstrap.sh" in step.get("deps-linux", {}).get("run", ""),
      "Linux dependencies are not installed with installer/bootstrap.sh")
check((source / "installer" / "bootstrap.sh").is_file(), "installer/bootstrap.sh does not exist")

# --- the tests: one set of labels on every platform ------------------------------------------------
# Linux runs what installer/quickstart.sh test runs (every label but those it excludes with -LE);
# Windows and macOS the same, except keychain (no Secret Service on a hosted runner) and installer
# (the .deb/.rpm checks). A label set is what `ctest -LE <regex>` leaves out.
def excluded_labels(regex):
    return {label for label in str(regex or "").split("|") if label}


quickstart = (source / "installer" / "quickstart.sh").read_text(encoding="utf-8")
quickstart_exclude = re.search(r"ctest [^\n]*-LE (\S+)", quickstart)
if check(quickstart_exclude, "installer/quickstart.sh test does not select its labels with ctest -LE"):
    linux_excluded = excluded_labels(quickstart_exclude.group(1).strip("'\""))
    check(excluded_labels(by_name.get("ubuntu", {}).get("ctest-exclude")) == linux_excluded,
          f"ubuntu: excludes labels {sorted(excluded_labels(by_name.get('ubuntu', {}).get('ctest-exclude')))}, "
          f"installer/quickstart.sh test excludes {sorted(linux_excluded)}")
    for name in ("windows", "macos"):
        got = excluded_labels(by_name.get(name, {}).get("ctest-exclude"))
        check(got == linux_excluded | {"keychain", "installer"},
              f"{name}: excludes labels {sorted(got)}, expected Linux's {sorted(linux_excluded)} plus keychain "
              f"and installer")
test_step = step.get("test", {})
test_run = test_step.get("run", "")
exclude_ref = "${{ matrix.ctest-exclude }}"
exclude_env = [k for k, v in (test_step.get("env") or {}).items() if v == exclude_ref]
ctest_calls = re.findall(r"ctest [^\n']*", test_run)
check(ctest_calls, "the tests are not run with ctest")
for call in ctest_calls:
    check(re.search(r"-L\s", call) is None, f"the test step selects labels with -L: '{call.strip()}'")
    check(any(f'-LE "${name}"' in call for name in exclude_env) or f"-LE \"{exclude_ref}\"" in call,
          f"the test step does not leave out the matrix's ctest-exclude labels: '{call.strip()}'")
check("dbus-run-session" in test_run and "gnome-keyring-daemon" in test_run and "xvfb-run" in test_run,
      "Linux runs the keychain and ui labels without a private D-Bus session, a Secret Service and Xvfb")
check("cpack" in step.get("package", {}).get("run", "") and "matrix.generator" in step.get("package", {}).get("run", ""),
      "the installer is not built with cpack and the matrix's generator")
upload = step.get("upload", {})
check(str(upload.get("uses", "")).startswith("actions/upload-artifact@"), "installers are not uploaded as artifacts")
check(upload.get("with", {}).get("path") == "${{ matrix.artifacts }}", "upload does not take the matrix's artifacts")
check(upload.get("with", {}).get("if-no-files-found") == "error", "a missing installer must fail the upload")

publish = jobs.get("publish", {})
check(publish.get("if", "").startswith("startsWith(github.ref, 'refs/tags/v')"), "publish runs on other refs than v* tags")
check(publish.get("permissions", {}).get("contents") == "write", "publish cannot write the release")
check(workflow.get("permissions", {}).get("contents") == "read", "the workflow's default token is not read-only")

# --- every step ----------------------------------------------------------------------------------
for job_name, job in jobs.items():
    for s in job.get("steps", []):
        label = f"{job_name}/{s.get('id') or s.get('name')}"
        uses = s.get("uses")
        if uses:
            check(re.match(r"^[\w.-]+/[\w.-]+@v\d+$", uses), f"{label}: action '{uses}' is not pinned to a major version")
        run = s.get("run")
        if run and s.get("shell") == "bash":
            # Expressions are substituted by GitHub before bash sees the script.
            script = re.sub(r"\$\{\{[^}]*\}\}", "EXPR", run)
            result = subprocess.run(["bash", "-n"], input=script, capture_output=True, text=True, check=False)
            check(result.returncode == 0, f"{label}: bash -n: {result.stderr.strip()}")
        elif run:
            check(s.get("shell") in ("bash", "pwsh"), f"{label}: give run steps an explicit shell (bash or pwsh)")

if errors:
    for error in errors:
        print(f"release_workflow_test: FAIL: {error}", file=sys.stderr)
    sys.exit(1)
print(f"release_workflow_test: PASS ({len(include)} platforms, {len(steps)} package steps)")
