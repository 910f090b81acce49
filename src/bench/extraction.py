#!/usr/bin/env python3
"""Extraction benchmark: time and answer size of POST /api/extractions for 10 KB, 100 KB and 1 MB
of prose, of the same prose without full stops, and without full stops or digits (so that few
quantities stop nothing before the end), with /q/health/live probed meanwhile.

Starts the packaged service (target/quarkus-app; build it with ./mvnw package -DskipTests) with a
throw-away editor, like bench.py. Standard library only. Prints a Markdown table:

    python3 src/bench/extraction.py [--port 18100] [--runs 3]
    python3 src/bench/extraction.py --max-suggestions 1000000 --deadline 60s   # the raw cost
"""

import argparse
import base64
import glob
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402

ROOT = bench.ROOT
SIZES = [("10 KB", 10_000), ("100 KB", 100_000), ("1 MB", 1_000_000)]


def prose():
    """The labelled evaluation texts (articles, minutes, a written answer), one after another."""
    files = sorted(glob.glob(os.path.join(ROOT, "src", "test", "resources", "extraction", "*.txt")))
    return "\n\n".join(open(f, encoding="utf-8").read() for f in files)


def without_full_stops(text):
    """The same words with no sentence end at all: no . ! ? and no line breaks."""
    return re.sub(r"\s+", " ", re.sub(r"[.!?]", "", text))


def sized(unit, size):
    return (unit * (size // len(unit) + 1))[:size]


class Prober(threading.Thread):
    """GET /q/health/live in a loop; keeps the slowest answer, to show the service stays responsive."""

    def __init__(self, port):
        super().__init__(daemon=True)
        self.port, self.stop, self.times = port, threading.Event(), []

    def run(self):
        while not self.stop.is_set():
            t0 = time.monotonic()
            bench.http(self.port, "/q/health/live", timeout=30)
            self.times.append(time.monotonic() - t0)
            time.sleep(0.01)


def extract(port, auth, text):
    body = json.dumps({"text": text}).encode()
    headers = {"Content-Type": "application/json", "Authorization": auth}
    prober = Prober(port)
    prober.start()
    t0 = time.monotonic()
    status, _, answer = bench.http(port, "/api/extractions", headers, "POST", body, timeout=120)
    took = time.monotonic() - t0
    prober.stop.set()
    prober.join()
    if status != 200:
        raise SystemExit("HTTP %d: %s" % (status, answer[:300]))
    return took, answer, max(prober.times) if prober.times else None


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--jar", default=os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar"))
    p.add_argument("--java-opts", default=os.environ.get("BENCH_JAVA_OPTS", "-Xmx256m"))
    p.add_argument("--port", type=int, default=0, help="HTTP port (default: a free one)")
    p.add_argument("--runs", type=int, default=3, help="measured runs per text (median shown)")
    p.add_argument("--max-suggestions", type=int, help="casefunnel.extraction.max-suggestions to set")
    p.add_argument("--deadline", help="casefunnel.extraction.deadline to set, e.g. 60s")
    args = p.parse_args()

    user, password, props = bench.benchmark_editor()
    if args.max_suggestions:
        props.append("-Dcasefunnel.extraction.max-suggestions=%d" % args.max_suggestions)
    if args.deadline:
        props.append("-Dcasefunnel.extraction.deadline=%s" % args.deadline)
    auth = "Basic " + base64.b64encode(("%s:%s" % (user, password)).encode()).decode()
    log = os.path.join(tempfile.gettempdir(), "casefunnel-extraction-bench.log")
    svc = bench.Service(args.jar, args.java_opts.split() + props, log)
    if args.port:
        svc.port = args.port
        svc.cmd = ["java"] + args.java_opts.split() + props + ["-Dquarkus.http.port=%d" % args.port, "-jar", args.jar]
    svc.start()
    try:
        base = prose()
        texts = [
            ("prose", base),
            ("no full stops", without_full_stops(base)),
            # few quantities, so that even 1 MB is read to its end under the suggestion limit
            ("no full stops, no digits", without_full_stops(re.sub(r"[0-9]", "", base))),
        ]
        for _ in range(3):  # warm-up: the JIT compiles the extractor
            extract(svc.port, auth, sized(texts[1][1], 100_000))
        print("| text | size | time (median of %d) | answer | quantities | sentences | truncated | slowest /q/health/live meanwhile |" % args.runs)
        print("|---|---|---|---|---|---|---|---|")
        for name, unit in texts:
            for label, size in SIZES:
                text = sized(unit, size)
                runs = [extract(svc.port, auth, text) for _ in range(args.runs)]
                took = statistics.median(r[0] for r in runs)
                answer = json.loads(runs[-1][1])
                probe = max((r[2] for r in runs if r[2] is not None), default=None)
                print("| %s | %s | %.0f ms | %s | %d | %d | %s | %s |" % (
                    name, label, took * 1000, human(len(runs[-1][1])), len(answer["quantities"]),
                    len(answer["sentences"]),
                    answer["truncation"] if answer["truncated"] else "no",
                    "%.0f ms" % (probe * 1000) if probe is not None else "-"))
        print()
        print("Machine: %s" % machine())
    finally:
        svc.stop()


def machine():
    model = ""
    with open("/proc/cpuinfo") as f:
        model = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=ROOT).stdout.strip()
    return "%d CPUs (%s), %s, commit %s, load average %.1f at the end" % (
        os.cpu_count(), model, java[0] if java else "java ?", commit, os.getloadavg()[0])


def human(n):
    return "%.1f MB" % (n / 1e6) if n >= 1e6 else "%.0f KB" % (n / 1e3) if n >= 1e3 else "%d B" % n


if __name__ == "__main__":
    main()
