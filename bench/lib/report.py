"""Renders one run (measurements.json and info.json in the directory given) as Markdown."""
import json
import os
import sys

# issue 8's, 10's and 12's goals, checked against each run: (scenario, connections, least share of the
# static ceiling, least share of the raw SQL, highest p99 in ms). The API's scenarios count orders
# placed (201) against the raw SQL, not their refusals.
GOALS = [
    ("community-home", 32, 0.4, None, 50),
    ("group-buy", 32, 0.3, None, 60),
    ("my-orders", 32, 0.3, None, 60),
    ("hot-order", 64, None, 0.5, None),
    ("api-hot-order", 8, None, 0.5, None),
    ("api-hot-order", 32, None, 0.5, None),
    ("api-hot-order", 64, None, 0.5, 250),
    ("api-spread", 32, None, 0.35, 50),
    ("admin-dashboard", 4, None, None, 300),
    ("admin-dashboard-community", 4, None, None, 100),
    ("leader-dashboard", 4, None, None, 100),
]
SELL_OUT_REFUSALS_PER_SECOND = 2000
CUTOFF_LOCK_MS, CUTOFF_TIMES_RAW, STARTUP_SECONDS = 1000, 3, 10


def number(value, digits=0):
    return "–" if value is None else f"{value:,.{digits}f}"


def responses(result):
    parts = [f"{status}×{count}" for status, count in sorted(result["statuses"].items())]
    parts += [f"{kind} errors×{count}" for kind, count in result["socket_errors"].items() if count]
    if not result["requests"]:
        parts.insert(0, f"no response within the {result['seconds']:.0f} s")
    if result.get("drain_seconds", 0) >= 2:
        parts.append(f"still busy {result['drain_seconds']:.0f} s after the load stopped")
    if result.get("stalled"):
        parts.append("**then stopped answering (restarted)**")
    return ", ".join(parts)


def raw_rate(raw):
    if raw is None:
        return "no SQL"
    return number(raw["per_second"]) + (" (pgbench failed, see JSON)" if raw["error"] else "")


def placed_per_second(name, app):
    """Requests per second, or for the API's order scenarios orders placed (201) per second."""
    if name.startswith("api-"):
        return app["statuses"].get("201", 0) / app["seconds"] if app["seconds"] else 0
    return app["per_second"]


def server_errors(result):
    return sum(count for status, count in result["statuses"].items() if status.startswith("5"))


def yes(met):
    return "yes" if met else "**no**"


def main(directory):
    info = json.load(open(os.path.join(directory, "info.json")))
    runs = json.load(open(os.path.join(directory, "measurements.json")))
    scale = info["scale"]
    out = []
    say = out.append
    say(f"# Linli benchmark, {info['date']}: {info['label']}")
    say("")
    if info["commit"]:
        say(f"Commit `{info['commit']}`" + (" with uncommitted changes" if info.get("uncommitted") else "")
            + f", jar `{info['jar']}`.")
    else:
        say(f"Jar `{info['jar']}`, outside a git worktree: its commit is unknown (set `BENCH_COMMIT`).")
    say("")
    say(f"**Machine:** `nproc` = {info['nproc']}, {info['cpu']}, {info['memory']} RAM, Linux {info['kernel']}; "
        f"{info['java']}; {scale['postgres'].split(' on ')[0]} (the binaries embedded in the jar); "
        f"{info['wrk'].split(' Copyright')[0]}; {info['pgbench']}.")
    say("")
    say(f"**Load on the machine:** load average {info['load_before']} before the measurements and "
        f"{info['load_after']} after them (1, 5, 15 minutes). The load generators (wrk, pgbench) share the machine "
        "with the application and PostgreSQL, and anything else running disturbs every absolute number: compare "
        "the ratios to the ceilings, measured in the same minute as each page.")
    say("")
    say(f"**Command:** `{info['command'].strip()}`")
    say("")
    say(f"Linli from the jar with a fixed heap of {info['heap']} (`-Xms{info['heap']} -Xmx{info['heap']}"
        f"{' ' + info['java_opts'] if info['java_opts'] else ''}`) and a fixed pool of {info['pool']} connections; "
        f"wrk with 2 threads, {runs['duration']} s per page after a warm-up at 32 connections in rounds of "
        f"{runs['warmup']} s until the JIT's compiler threads spend less than a twentieth of a round "
        f"(at most {runs.get('warmup_max', runs['warmup'])} s); "
        f"each page's ceilings for {runs['ceiling_duration']} s at the same concurrency: the static file "
        f"`/css/linli.css` from the app right before it, the page's own SQL in pgbench (`-M prepared`, one "
        "transaction = all statements one request issued, captured from PostgreSQL's log) right after it.")
    say("")
    say(f"**Data:** {scale['communities']:,} communities, {scale['members']:,} users, {scale['memberships']:,} "
        f"memberships, {scale['products']:,} products, {scale['group_buys']:,} group-buys "
        f"({scale['open_group_buys']:,} open with {scale['open_items']:,} items; the busiest community has "
        f"{scale['busiest_open_group_buys']} open), {scale['orders']:,} orders with {scale['order_lines']:,} lines, "
        f"{scale['order_transitions']:,} transitions and {scale['notifications']:,} notifications; "
        f"{scale['database_size']}.")
    say("")
    if runs.get("stopped"):
        say(f"**The measurements stopped early: {runs['stopped']}.**")
        say("")
    say("## Pages")
    say("")
    say("| scenario | conns | pages/s | p50 ms | p99 ms | responses | app CPU ms/page | static file/s | page ÷ static | raw SQL tx/s | page ÷ raw SQL |")
    say("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for scenario in runs["scenarios"]:
        for level in scenario["levels"]:
            app, static, raw = level["app"], level["static"], level["raw"]
            say(f"| {scenario['title']} `{scenario['method']} {scenario['path']}` | {level['connections']} "
                f"| {number(app['per_second'])} | {number(app['p50_ms'])} | {number(app['p99_ms'])} | {responses(app)} "
                f"| {number(app.get('app_cpu_ms'), 1)} | {number(static['per_second'])} | {number(app['per_second'] / static['per_second'], 3)} "
                f"| {raw_rate(raw)} | {number(app['per_second'] / raw['per_second'], 3) if raw and raw['per_second'] else '–'} |")
        if scenario.get("out_of_memory_errors"):
            say(f"| {scenario['title']} | | {scenario['out_of_memory_errors']} OutOfMemoryError in the application's "
                "log during this scenario (restarted before the next one) | | | | | | | | |")
        if "stalled_at" in scenario:
            for connections in [c for c in runs["levels"] if c > scenario["stalled_at"]]:
                say(f"| {scenario['title']} | {connections} | not measured: Linli stopped answering at "
                    f"{scenario['stalled_at']} connections | | | | | | | | |")
    say("")
    say("### Each page by itself")
    say("")
    say("| scenario | HTTP | response | one request alone | SQL statements | transactions (BEGIN … COMMIT) |")
    say("| --- | ---: | ---: | ---: | ---: | ---: |")
    for scenario in runs["scenarios"]:
        if "statements" in scenario:
            size = f"{number(scenario['response_bytes'] / 1024)} KB" if "response_bytes" in scenario else "–"
            say(f"| {scenario['name']} | {scenario['capture_status']} | {size} | {number(scenario.get('alone_ms'))} ms "
                f"| {scenario['statements']} | {scenario['transactions']} |")
    say("")
    say("One request alone: a single request of a logged-in session with nothing else running (for the order, "
        "the captured one, while PostgreSQL logged every statement).")
    say("")
    say(f"In `{os.path.basename(directory)}/` beside this file: the SQL each page issued (`<scenario>.sql`), the "
        "pgbench script made of it (`<scenario>.pgbench.sql`) and every number measured, the raw SQL's p50 and p99 "
        "included (`measurements.json`).")
    checks = [(s, level) for s in runs["scenarios"] for level in s["levels"] if "check" in level]
    if checks:
        say("")
        say("## Stock invariant after the orders")
        say("")
        say("| scenario | conns | after the page's orders | after the raw SQL's orders |")
        say("| --- | ---: | --- | --- |")
        for scenario, level in checks:
            show = lambda rows: "; ".join(("holds: " if row["holds"] else "**BROKEN**: ") + row["detail"] for row in rows)
            say(f"| {scenario['name']} | {level['connections']} | {show(level['check'])} | {show(level.get('raw_check', []))} |")
    cutoff = runs.get("cutoff")
    if cutoff:
        say("")
        say("## Cutoff at scale")
        say("")
        say(f"The leader closes a group-buy of {cutoff['orders']:,} orders over {cutoff['items']} items early "
            f"(`POST /leader/group-buys/{{id}}/close`) while another session takes its row `FOR SHARE` every 2 ms, "
            "as placing an order does: its longest wait is how long the group-buy stayed locked. "
            "Raw: the same work as set-based SQL (`bench/sql/cutoff-set-based.sql`) in pgbench, on the same fixture, same probe.")
        say("")
        say("| | request | group-buy locked | orders after |")
        say("| --- | ---: | ---: | --- |")
        say(f"| Linli (HTTP {cutoff['http_status']}, group-buy {cutoff['group_buy_status']}) | {number(cutoff['request_ms'])} ms "
            f"| {number(cutoff['lock_ms'])} ms | {', '.join(f'{s} {n}' for s, n in cutoff['outcome'])} |")
        say(f"| set-based SQL | {number(cutoff['raw_ms'])} ms | {number(cutoff['raw_lock_ms'])} ms "
            f"| {', '.join(f'{s} {n}' for s, n in cutoff['raw_outcome'])} |")
    if info["startup_seconds"]:
        say("")
        say("## Start-up")
        say("")
        say("From `java -jar` to the \"Linli is ready\" line, with the application starting its embedded PostgreSQL "
            f"on the generated data directory (warm: data and binaries in place): "
            f"{', '.join(f'{s} s' for s in info['startup_seconds'])}; as README.md's production start (the jar "
            f"extracted, with a class data sharing archive): "
            f"{', '.join(f'{s} s' for s in info.get('startup_cds_seconds', [])) or 'not measured'}.")
    say("")
    say("## Goals of issues 8, 10 and 12 in this run")
    say("")
    say("| goal | measured | met |")
    say("| --- | --- | --- |")
    by_name = {s["name"]: s for s in runs["scenarios"]}
    for name, connections, static_share, raw_share, p99 in GOALS:
        level = next((l for l in by_name.get(name, {}).get("levels", []) if l["connections"] == connections), None)
        if not level:
            continue
        app = level["app"]
        if static_share:
            share = app["per_second"] / level["static"]["per_second"]
            say(f"| {name} @{connections} ≥ {static_share} of the static file | {share:.3f} | {yes(share >= static_share)} |")
        if raw_share:
            share = placed_per_second(name, app) / level["raw"]["per_second"] if level["raw"] and level["raw"]["per_second"] else 0
            say(f"| {name} @{connections} ≥ {raw_share} of the raw SQL | {share:.3f} | {yes(share >= raw_share)} |")
        if p99:
            measured = f"{app['p99_ms']:.0f} ms" if app["requests"] else "no page within the measurement"
            say(f"| {name} @{connections} p99 ≤ {p99} ms | {measured} | {yes(app['requests'] and app['p99_ms'] <= p99)} |")
        if name in ("group-buy", "my-orders") or name.startswith("api-"):
            say(f"| {name} @{connections} zero 5xx | {server_errors(app)} | {yes(server_errors(app) == 0)} |")
    for level in by_name.get("api-sell-out", {}).get("levels", []):
        app = level["app"]
        refusals = app["statuses"].get("409", 0) / app["seconds"] if app["seconds"] else 0
        say(f"| api-sell-out @{level['connections']} ≥ {SELL_OUT_REFUSALS_PER_SECOND:,} refusals (409) per second "
            f"| {refusals:,.0f}/s | {yes(refusals >= SELL_OUT_REFUSALS_PER_SECOND)} |")
        say(f"| api-sell-out @{level['connections']} zero 5xx | {server_errors(app)} | {yes(server_errors(app) == 0)} |")
    # the application's runs; the raw SQL's own check is printed with it (a slow replay may not sell out in time)
    holds = all(row["holds"] for _, level in checks for row in level["check"])
    if checks:
        say(f"| stock invariant after every run | {'holds' if holds else 'broken'} | {yes(holds)} |")
    if cutoff:
        say(f"| cutoff: group-buy locked ≤ {CUTOFF_LOCK_MS} ms | {cutoff['lock_ms']:.0f} ms | {yes(cutoff['lock_ms'] <= CUTOFF_LOCK_MS)} |")
        if cutoff["raw_lock_ms"]:
            times = cutoff["lock_ms"] / cutoff["raw_lock_ms"]
            say(f"| cutoff: ≤ {CUTOFF_TIMES_RAW}× the set-based SQL | {times:.1f}× | {yes(times <= CUTOFF_TIMES_RAW)} |")
    if info["startup_seconds"]:
        best = min(info["startup_seconds"])
        say(f"| start-up to ready ≤ {STARTUP_SECONDS} s, `java -jar` | {best} s | {yes(best <= STARTUP_SECONDS)} |")
        if info.get("startup_cds_seconds"):
            best = min(info["startup_cds_seconds"])
            say(f"| start-up to ready ≤ {STARTUP_SECONDS} s, extracted with class data sharing | {best} s "
                f"| {yes(best <= STARTUP_SECONDS)} |")
    say(f"| heap of {info['heap']} holds every scenario | {info['out_of_memory_errors']} OutOfMemoryError in the log "
        f"| {yes(info['out_of_memory_errors'] == 0)} |")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
