#!/usr/bin/env python3
"""Collects the rows every bench wrote (JSON lines) into one Markdown table, prints it and saves it.

Usage: collect_results.py --results DIR --output FILE [--build-type TYPE]
"""
import argparse
import json
import math
import os
import platform
import re
import sys
from pathlib import Path

SECTIONS = ["Startup", "Memory", "Sweep", "Responsiveness", "Throughput"]


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown RAM"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = "%.1f GiB RAM" % (int(line.split()[1]) / 1024 / 1024)
    except OSError:
        pass
    load = ""
    try:
        load = ", load average %s" % Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        pass
    return "%d × %s, %s, %s%s" % (os.cpu_count() or 0, cpu, ram, platform.platform(terse=True), load)


def number(value, unit=""):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if abs(value) >= 1000:
        text = "{:,.0f}".format(value)
    elif abs(value) >= 100:
        text = "%.0f" % value
    elif abs(value) >= 10:
        text = "%.1f" % value
    else:
        text = "%.2f" % value
    return text + (" " + unit if unit else "")


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--results", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--build-type", default="")
    args = parser.parse_args()

    rows = []
    broken = []
    results = Path(args.results)
    for path in sorted(results.glob("*.jsonl")) if results.is_dir() else []:
        for number_, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                broken.append("%s:%d: %s" % (path.name, number_, error))

    order = {name: i for i, name in enumerate(SECTIONS)}
    # Stable: within a bench, rows keep the order it wrote them; benches sort naturally (sweep_24 < sweep_100).
    # Startup figures first, then the in-process GUI run, then the rest.
    first = {"startup-offscreen": 0, "startup-xvfb": 1, "gui": 2}
    natural = lambda name: [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]
    rows.sort(key=lambda r: (order.get(r.get("section"), len(SECTIONS)), first.get(r.get("bench", ""), 3),
                             natural(r.get("bench", ""))))

    out = []
    out.append("Machine: %s" % machine())
    build = args.build_type or "unknown"
    out.append("Build type: %s%s" % (build, "" if build in ("Release", "RelWithDebInfo")
                                       else " — NOT an optimised build: these figures are not representative"))
    out.append("")
    out.append("| Section | Measure | Value | Baseline (same run) | Ratio | Target | Met | Notes |")
    out.append("|---|---|---|---|---|---|---|---|")
    misses = 0
    for r in rows:
        unit = r.get("unit", "")
        baseline = r.get("baseline", "")
        if r.get("baseline_value") is not None:
            baseline = "%s: %s" % (baseline, number(r["baseline_value"], unit))
        ratio = "%.3g×" % r["ratio"] if r.get("ratio") is not None else "—"
        met = r.get("met")
        if met is False:
            misses += 1
        out.append("| %s |" % " | ".join(cell(c) for c in [
            r.get("section", ""), r.get("measure", ""), number(r.get("value"), unit), baseline or "—", ratio,
            r.get("target", "") or "—", "—" if met is None else ("yes" if met else "**no**"), r.get("note", "")]))
    if not rows:
        out.append("| — | no bench wrote any row | | | | | | |")
    out.append("")
    out.append("%d rows, %d targets missed." % (len(rows), misses))
    for line in broken:
        out.append("Unreadable row: " + line)

    text = "\n".join(out) + "\n"
    Path(args.output).write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    sys.stdout.write("Saved as %s\n" % args.output)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
