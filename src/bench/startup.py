#!/usr/bin/env python3
"""Start-up measurement: time from process start to the first 200 of /q/health/ready and resident
memory after start, on an empty data directory (migrations + seed) and again on the data it left.

  python3 src/bench/startup.py [--runs 3] [--java-opts="..."] [--jar path] [--class-load]

Uses $JAVA_HOME/bin/java (else java on PATH). Each run gets a fresh temporary H2 directory
(CASEFUNNEL_DATA_DIR). Prints one line per start and the medians; --json writes them to a file.
With --class-load, counts the classes the JVM loaded until ready (-Xlog:class+load), and how many
of them came from the AOT cache or CDS archive ("source: shared objects file").
"""

import argparse
import json
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402


def settle_rss(service, seconds=2.0):
    """RSS (and its anonymous part) once the start is over and the JIT and GC have settled."""
    time.sleep(seconds)
    r = service.rss()
    return r["VmRSS"], r.get("RssAnon")


def cpu_seconds(pid):
    """User + system CPU time of the process so far (all its threads: JIT, GC, application).

    Less sensitive than wall time to other work on a shared machine.
    """
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def class_counts(path):
    total = shared = 0
    with open(path, errors="replace") as f:
        for line in f:
            if "[class,load]" in line and " source: " in line:
                total += 1
                if "shared objects file" in line:
                    shared += 1
    return total, shared


def one(jar, opts, out_dir, class_load, tag):
    """(empty-start seconds, RSS, restart seconds, RSS, classes...) for one fresh data directory."""
    row = {}
    service = None
    for phase in ("empty", "existing"):
        extra = []
        log_cl = os.path.join(out_dir, "classload-%s-%s.log" % (tag, phase))
        if class_load:
            extra = ["-Xlog:class+load=info:file=%s" % log_cl]
        if service is None:
            service = bench.Service(
                jar, opts + extra, os.path.join(out_dir, "startup-service.log"),
                int(os.environ.get("BENCH_PORT", "0")))
        else:
            service.cmd = [service.cmd[0]] + opts + extra + service.cmd[-3:]
        ready, _ = service.start()
        row[phase + "_ready_s"] = round(ready, 2)
        row[phase + "_cpu_s"] = round(cpu_seconds(service.proc.pid), 1)
        if class_load:
            # counted at ready; the log file is complete up to here
            row[phase + "_classes"], row[phase + "_classes_shared"] = class_counts(log_cl)
        row[phase + "_rss_mb"], row[phase + "_rss_anon_mb"] = settle_rss(service)
        service.stop(keep=(phase == "empty"))
    return row


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--jar", default=os.path.join(bench.ROOT, "target", "quarkus-app", "quarkus-run.jar"))
    p.add_argument(
        "--java-opts",
        default=os.environ.get("BENCH_JAVA_OPTS"),
        help="JVM options (write --java-opts=...); by default the run command's, with the AOT cache"
        " next to the jar",
    )
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--class-load", action="store_true")
    p.add_argument("--out", default=os.path.join(bench.ROOT, "target", "bench"))
    p.add_argument("--json")
    args = p.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.java_opts is None:
        args.java_opts = bench.RUN_OPTIONS + " -XX:AOTCache=" + os.path.join(os.path.dirname(args.jar), "app.aot")
    opts = args.java_opts.split()
    rows = []
    for i in range(args.runs):
        row = one(args.jar, opts, args.out, args.class_load, str(i))
        rows.append(row)
        print("[startup] run %d: %s" % (i + 1, json.dumps(row)), flush=True)
    med = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
    res = {
        "java": bench.java_cmd(),
        "java_opts": opts,
        "runs": rows,
        "median": med,
        "load_average": os.getloadavg(),
    }
    print(
        "[startup] median of %d: empty data %.2f s to ready (CPU %.1f s), RSS %.0f MiB;"
        " existing data %.2f s (CPU %.1f s), RSS %.0f MiB; load average %.1f"
        % (
            args.runs,
            med["empty_ready_s"],
            med["empty_cpu_s"],
            med["empty_rss_mb"],
            med["existing_ready_s"],
            med["existing_cpu_s"],
            med["existing_rss_mb"],
            os.getloadavg()[0],
        )
    )
    if args.json:
        with open(args.json, "w") as f:
            json.dump(res, f, indent=2)
    return res


if __name__ == "__main__":
    main()
