#!/usr/bin/env python3
"""Before and after, side by side: bench/compare.py bench/results/<before> bench/results/<after>
(the directories run.sh wrote beside each results file). Prints a Markdown table; absolute
numbers of two runs are disturbed differently, the ratios to each run's own ceilings compare."""
import json
import os
import sys


def load(directory):
    directory = directory[:-3] if directory.endswith(".md") else directory
    with open(os.path.join(directory, "measurements.json")) as file:
        runs = json.load(file)
    with open(os.path.join(directory, "info.json")) as file:
        info = json.load(file)
    levels = {(s["name"], level["connections"]): (s, level) for s in runs["scenarios"] for level in s["levels"]}
    return info, runs, levels


def ratio(level, ceiling):
    value = level[ceiling]
    return level["app"]["per_second"] / value["per_second"] if value and value["per_second"] else None


def show(value, digits=0):
    return "–" if value is None else f"{value:,.{digits}f}"


def main(before_dir, after_dir):
    before_info, before_runs, before = load(before_dir)
    after_info, after_runs, after = load(after_dir)
    print(f"Before: `{before_info['commit']}` ({before_info['date']}); after: `{after_info['commit']}` ({after_info['date']}).")
    print()
    print("| scenario | conns | pages/s before → after | p99 ms before → after | ÷ static before → after "
          "| ÷ raw SQL before → after | statements per page before → after |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for key in list(before) + [key for key in after if key not in before]:
        b, a = before.get(key), after.get(key)
        cell = lambda pick, digits=0: f"{show(pick(b) if b else None, digits)} → {show(pick(a) if a else None, digits)}"
        print(f"| {key[0]} | {key[1]} | {cell(lambda x: x[1]['app']['per_second'])} | {cell(lambda x: x[1]['app']['p99_ms'])} "
              f"| {cell(lambda x: ratio(x[1], 'static'), 3)} | {cell(lambda x: ratio(x[1], 'raw'), 3)} "
              f"| {cell(lambda x: x[0].get('statements'))} |")
    cut_b, cut_a = before_runs.get("cutoff") or {}, after_runs.get("cutoff") or {}
    print()
    print("| | before | after |")
    print("| --- | ---: | ---: |")
    for label, field in (("cutoff: group-buy locked, ms", "lock_ms"), ("cutoff: close request, ms", "request_ms"),
                         ("cutoff: set-based SQL locked, ms", "raw_lock_ms")):
        print(f"| {label} | {show(cut_b.get(field))} | {show(cut_a.get(field))} |")
    print(f"| start-up to ready, s | {', '.join(map(str, before_info['startup_seconds'])) or '–'} "
          f"| {', '.join(map(str, after_info['startup_seconds'])) or '–'} |")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
