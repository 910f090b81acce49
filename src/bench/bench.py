#!/usr/bin/env python3
"""Benchmark driver: starts the packaged service, loads synthetic funnels, measures reads with wrk.

Run through src/bench/benchmark.sh (which builds the service and installs wrk). Standard library
only. Writes target/bench/results-<time>.json and target/bench/latest.json, prints a Markdown table.
"""

import argparse
import base64
import datetime
import hashlib
import json
import mmap
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dataset  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LUA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "requests.lua")
# the JVM options of the README's run command and the container image (docs/performance.md)
RUN_OPTIONS = (
    "-XX:+UseCompactObjectHeaders -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=5"
    " -Xms8m -Xmx256m -Xss512k -XX:TrimNativeHeapInterval=5000 -XX:SweeperThreshold=30"
)
# the run command's environment: two malloc arenas instead of 8 per core (docs/performance.md)
RUN_ENV = {"MALLOC_ARENA_MAX": "2"}
WORKING_SET = 10  # reads cycle over the same 10 funnels at both sizes, so only the data size differs


def log(msg):
    print("[bench] " + msg, flush=True)


# ---------------------------------------------------------------- HTTP helpers


def http(port, path, headers=None, method="GET", body=None, timeout=10):
    """(status, headers dict with lower-case names, body bytes); never raises for HTTP statuses."""
    req = urllib.request.Request(
        "http://127.0.0.1:%d%s" % (port, path), data=body, method=method, headers=headers or {}
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid):
    """Resident set size (VmRSS), its peak (VmHWM), and its anonymous and file-backed parts (the
    AOT cache is a mapped file: its pages count in RSS but are shared), in MiB."""
    out = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:", "RssAnon:", "RssFile:")):
                key, kb = line.split()[0:2]
                out[key.rstrip(":")] = round(int(kb) / 1024.0, 1)
    return out


# ---------------------------------------------------------------- the service process


def benchmark_editor():
    """A random editor for this run only, as system properties (PBKDF2 hash as PasswordHashes
    writes it; 1,000 iterations, so that checking it on each import costs the load little)."""
    password = secrets.token_urlsafe(18)
    salt = os.urandom(16)
    iterations = 1000
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations, 32)
    b64 = lambda b: base64.b64encode(b).decode().rstrip("=")
    return "bench", password, [
        "-Dcasefunnel.security.users.bench.password-hash=pbkdf2-sha256:%d:%s:%s" % (iterations, b64(salt), b64(digest)),
        "-Dcasefunnel.security.users.bench.roles=editor",
        "-Dcasefunnel.rate-limit.enabled=false",
    ]


def java_cmd():
    """The java launcher of $JAVA_HOME (benchmark.sh points it at JDK 25), else the one on PATH."""
    home = os.environ.get("JAVA_HOME")
    return os.path.join(home, "bin", "java") if home else "java"


class Service:
    def __init__(self, jar, java_opts, log_path, port=0):
        self.port = port or free_port()
        self.data_dir = tempfile.mkdtemp(prefix="casefunnel-bench-")
        self.log_path = log_path
        self.cmd = (
            [java_cmd()] + java_opts + ["-Dquarkus.http.port=%d" % self.port, "-jar", jar]
        )
        self.proc = None

    def start(self, timeout=120):
        """Starts the service; (seconds to the first 200 of /q/health/ready, to the first API read).

        Readiness includes the datasource check and comes after migrations and the seed.
        """
        env = dict(RUN_ENV, **os.environ)
        env["CASEFUNNEL_DATA_DIR"] = self.data_dir
        self.log_file = open(self.log_path, "a")
        t0 = time.monotonic()
        self.proc = subprocess.Popen(
            self.cmd, env=env, stdout=self.log_file, stderr=subprocess.STDOUT, cwd=ROOT
        )
        first = None
        while time.monotonic() - t0 < timeout:
            if self.proc.poll() is not None:
                raise SystemExit("service exited on start; see " + self.log_path)
            try:
                status, _, _ = http(self.port, "/q/health/ready", timeout=1)
                if status == 200:
                    first = time.monotonic() - t0
                    break
            except OSError:
                pass
            time.sleep(0.005)
        if first is None:
            raise SystemExit("service did not answer within %ds; see %s" % (timeout, self.log_path))
        # first successful API read (database open, seed loaded)
        while True:
            try:
                if http(self.port, "/api/funnels?size=1", timeout=5)[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.005)
        first_api = time.monotonic() - t0
        return first, first_api

    def rss(self):
        return rss_mb(self.proc.pid)

    def stop(self, keep=False):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if not keep:
            shutil.rmtree(self.data_dir, ignore_errors=True)


def event_loop_answers(port):
    """Reads the service answered on the event loop (304 or kept body) since it started, from
    /q/metrics; None when the counter is not there."""
    try:
        status, _, body = http(port, "/q/metrics")
    except OSError:
        return None
    for line in body.decode("utf-8", "replace").splitlines():
        if line.startswith("casefunnel_http_event_loop_answers_total"):
            return int(float(line.split()[-1]))
    return None


# ---------------------------------------------------------------- endpoint discovery


def openapi_paths(port):
    status, _, body = http(port, "/q/openapi?format=json")
    if status != 200:
        return {}
    return json.loads(body).get("paths", {})


def discover(port, media_type, prefer):
    """GET operations on one funnel ('/api/funnels/{id}...') whose responses offer media_type."""
    found = []
    for path, item in openapi_paths(port).items():
        op = item.get("get")
        if not op or not path.startswith("/api/funnels/{") or path.count("{") != 1:
            continue
        for resp in op.get("responses", {}).values():
            if media_type in resp.get("content", {}):
                found.append(path)
                break
    found.sort(key=lambda p: (prefer not in p, len(p)))
    return found


def fill(path, fid):
    head, _, rest = path.partition("{")
    return head + fid + rest.partition("}")[2]


def probe(port, fids, auth):
    """Which read endpoints exist now; each as (name, label, [(path, headers)] per funnel).

    Missing ones are reported as not available instead of failing the run.
    """
    fid = fids[0]
    endpoints = [("health", "/q/health/live (baseline)", [("/q/health/live", {})])]
    missing = []
    view = [("/api/funnels/" + f, {}) for f in fids]
    endpoints.append(("view", "GET /api/funnels/{id}", view))

    stats = [("/api/funnels/%s/statistics" % f, {}) for f in fids]
    status, headers, _ = http(port, stats[0][0])
    has_stats = status == 200
    if has_stats:
        endpoints.append(("statistics", "GET /api/funnels/{id}/statistics", stats))
    else:
        missing.append(("statistics", "GET /api/funnels/{id}/statistics", "HTTP %d" % status))

    # 304: revalidate statistics (or the funnel view while statistics do not exist)
    base304 = stats if has_stats else view
    name304 = "statistics 304" if has_stats else "view 304"
    revalidate = []
    for path, _ in base304:
        s, h, _ = http(port, path)
        etag = h.get("etag")
        if s == 200 and etag and http(port, path, {"If-None-Match": etag})[0] == 304:
            revalidate.append((path, {"If-None-Match": etag}))
    if len(revalidate) == len(base304):
        endpoints.append(
            ("revalidate", "%s, If-None-Match (304)" % base304[0][0].replace(fid, "{id}"), revalidate)
        )
    else:
        missing.append(("revalidate", name304, "no ETag or no 304"))

    svg = None
    for cand in ["/api/funnels/{id}/chart.svg"] + discover(port, "image/svg+xml", "chart"):
        s, h, _ = http(port, fill(cand, fid), {"Accept": "image/svg+xml"})
        if s == 200 and h.get("content-type", "").startswith("image/svg+xml"):
            svg = cand
            break
    if svg:
        endpoints.append(
            ("chart", "GET %s (SVG)" % svg, [(fill(svg, f), {"Accept": "image/svg+xml"}) for f in fids])
        )
    else:
        missing.append(("chart", "SVG chart", "no endpoint answers image/svg+xml"))

    csv = None
    cands = [(p, {"Accept": "text/csv"}) for p in discover(port, "text/csv", "figures")]
    cands.append(("/api/funnels/{id}?format=csv", {}))
    cands.append(("/api/funnels/{id}", {"Accept": "text/csv"}))
    for cand, hdr in cands:
        s, h, _ = http(port, fill(cand, fid), hdr)
        if s == 200 and h.get("content-type", "").startswith("text/csv"):
            csv = (cand, hdr)
            break
    if csv:
        endpoints.append(
            (
                "csv",
                "GET %s (CSV)" % csv[0],
                [(fill(csv[0], f), csv[1]) for f in fids],
            )
        )
    else:
        missing.append(("csv", "CSV export", "no endpoint answers text/csv"))
    return endpoints, missing


# ---------------------------------------------------------------- wrk


def run_wrk(port, requests, args, seconds, connections=None, delay_ms=0, tag="run", max_requests=0):
    work = os.path.join(args.out, "wrk")
    os.makedirs(work, exist_ok=True)
    targets = os.path.join(work, tag + ".targets")
    out = os.path.join(work, tag + ".json")
    with open(targets, "w") as f:
        for path, headers in requests:
            f.write("\t".join([path] + ["%s: %s" % kv for kv in headers.items()]) + "\n")
    if os.path.exists(out):
        os.remove(out)
    env = dict(
        os.environ,
        BENCH_TARGETS=targets,
        BENCH_OUT=out,
        BENCH_DELAY_MS=str(delay_ms),
        BENCH_MAX_REQUESTS=str(max_requests // args.threads if max_requests else 0),
    )
    cmd = [
        "wrk",
        "-t%d" % args.threads,
        "-c%d" % (connections or args.connections),
        "-d%ds" % seconds,
        "--timeout",
        "5s",
        "-s",
        LUA,
        "http://127.0.0.1:%d" % port,
    ]
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True, timeout=seconds + 60)
    with open(out) as f:
        r = json.load(f)
    r["p50_ms"] = r["p50_us"] / 1000.0
    r["p99_ms"] = r["p99_us"] / 1000.0
    r["non_2xx_3xx"] = r["errors"]["status"]
    return r


def warm_up(port, endpoints, args, label):
    log(
        "%s: warm-up per endpoint: %d requests or %ds, whichever comes first"
        % (label, args.warmup_requests, args.warmup)
    )
    for name, _, reqs in endpoints:
        w = run_wrk(
            port, reqs, args, args.warmup, tag="warmup-%s" % name, max_requests=args.warmup_requests
        )
        log("%s warm-up %-12s %d requests" % (label, name, w["requests"]))


def measure(port, endpoints, args, label):
    """Warm-up, then `rounds` rounds that alternate every endpoint; medians per endpoint."""
    warm_up(port, endpoints, args, label)
    runs = {name: [] for name, _, _ in endpoints}
    for r in range(args.rounds):
        for name, _, reqs in endpoints:
            res = run_wrk(port, reqs, args, args.duration, tag="%s-%s-%d" % (label, name, r))
            runs[name].append(res)
            log(
                "%s round %d %-12s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms%s"
                % (
                    label,
                    r + 1,
                    name,
                    res["rps"],
                    res["p50_ms"],
                    res["p99_ms"],
                    "  (%d errors)" % res["non_2xx_3xx"] if res["non_2xx_3xx"] else "",
                )
            )
    summary = {}
    for name, text, _ in endpoints:
        rs = runs[name]
        ratios = [rs[i]["rps"] / runs["health"][i]["rps"] for i in range(len(rs))]
        summary[name] = {
            "label": text,
            "rps": statistics.median(x["rps"] for x in rs),
            "p50_ms": statistics.median(x["p50_ms"] for x in rs),
            "p99_ms": statistics.median(x["p99_ms"] for x in rs),
            "ratio_to_baseline": statistics.median(ratios),
            "errors": sum(sum(x["errors"].values()) for x in rs),
            "runs": rs,
        }
    return summary


def paced_side_by_side(args, java_opts, large, endpoints, res, headers):
    """The paced runs of both sizes again, with both datasets live and taking turns: a second
    service is loaded with the small dataset (the same funnels) and put through the same warm-up
    and saturation rounds as the first round's service was, then each size gets max(3, rounds) paced runs at its own half-maximum rate, alternated. The
    sizes' own paced runs lie a long load apart, and a machine that slows in between (seen: a fixed
    CPU loop 87 ms at the start of a run and 131 ms at its end) made the same reads seem to grow
    with the data; alternated, a slower phase slows both alike. Its medians are the growth goal's
    figures; the sequential ones stay in `sizes`."""
    small_size, large_size = growth_sizes(res)
    paced = {k: res["sizes"][k]["paced"] for k in (small_size, large_size)}
    name = paced[small_size]["endpoint"]
    reqs = next(r for n, _, r in endpoints if n == name)
    small = Service(args.jar, java_opts, os.path.join(args.out, "service-small.log"))
    try:
        small.start()
        _, failures = dataset.load(small.port, 0, int(small_size), args.load_clients, headers)
        if failures:
            raise SystemExit("import failed: %s" % (failures[:3],))
        # warmed up as the first round's service was: warm-up and saturation rounds
        measure(small.port, endpoints, args, "%s again" % small_size)
        runs = {small_size: [], large_size: []}
        for r in range(max(3, args.rounds)):
            for size, port in ((small_size, small.port), (large_size, large.port)):
                p = paced[size]
                res_run = run_wrk(
                    port, reqs, args, args.duration, connections=p["connections"],
                    delay_ms=p["delay_ms_per_connection"], tag="alternated-%s-%d" % (size, r),
                )
                runs[size].append(res_run)
                log("alternated round %d, %s funnels: paced %s p50 %.2f ms, p99 %.2f ms at %.0f req/s"
                    % (r + 1, size, name, res_run["p50_ms"], res_run["p99_ms"], res_run["rps"]))
    finally:
        small.stop()
    out = {"endpoint": name, "rounds": len(runs[small_size]), "sizes": {}}
    for size, rs in runs.items():
        out["sizes"][size] = {
            "p50_ms": statistics.median(x["p50_ms"] for x in rs),
            "p99_ms": statistics.median(x["p99_ms"] for x in rs),
            "achieved_rps": statistics.median(x["rps"] for x in rs),
            "runs": rs,
        }
    for q in ("p50", "p99"):
        out[q + "_ratio"] = out["sizes"][large_size][q + "_ms"] / out["sizes"][small_size][q + "_ms"]
    return out


def fixed_rate(port, endpoints, summary, args, label):
    """The statistics endpoint (or the view while it does not exist) at half its measured maximum."""
    name = "statistics" if "statistics" in summary else "view"
    reqs = next(r for n, _, r in endpoints if n == name)
    target = summary[name]["rps"] / 2
    conns = args.paced_connections
    delay_ms = max(1, int(round(conns * 1000.0 / target)))
    res = run_wrk(port, reqs, args, args.duration, connections=conns, delay_ms=delay_ms, tag="%s-paced" % label)
    log(
        "%s paced %s: target %.0f req/s, achieved %.0f req/s, p50 %.2f ms, p99 %.2f ms"
        % (label, name, target, res["rps"], res["p50_ms"], res["p99_ms"])
    )
    return {
        "endpoint": name,
        "target_rps": round(target, 1),
        "connections": conns,
        "delay_ms_per_connection": delay_ms,
        "achieved_rps": res["rps"],
        "p50_ms": res["p50_ms"],
        "p99_ms": res["p99_ms"],
        "errors": res["non_2xx_3xx"],
    }


# ---------------------------------------------------------------- report


def machine_speed():
    """What a start's time depends on besides the service: the cost of a page fault on fresh
    anonymous memory (a restart faults in about 37,000 pages, and on this project's virtual
    machine one fault can cost 12 microseconds) and a fixed CPU-bound loop.
    Measured at the start and the end of a run, so that runs on a faster or slower machine can be
    told apart (docs/performance.md)."""
    page = mmap.PAGESIZE
    pages = 16384
    region = mmap.mmap(-1, pages * page)
    if hasattr(mmap, "MADV_NOHUGEPAGE"):
        region.madvise(mmap.MADV_NOHUGEPAGE)  # one fault per page, whatever the THP setting
    t0 = time.perf_counter()
    for offset in range(0, pages * page, page):
        region[offset] = 1
    fault_us = (time.perf_counter() - t0) / pages * 1e6
    region.close()
    t0 = time.perf_counter()
    total = 0
    for i in range(2_000_000):
        total += i * i % 7
    return {"page_fault_us": round(fault_us, 2), "cpu_loop_ms": round((time.perf_counter() - t0) * 1000)}


def machine():
    model = ""
    try:
        with open("/proc/cpuinfo") as f:
            model = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
    except OSError:
        pass
    mem = ""
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem = "%.1f GiB" % (int(line.split()[1]) / 1024.0 / 1024.0)
    java = subprocess.run([java_cmd(), "-version"], capture_output=True, text=True).stderr.splitlines()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "memory": mem,
        "java": java[0] if java else "",
        "wrk": subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.splitlines()[0],
        "load_average_at_start": os.getloadavg(),
        "speed_at_start": machine_speed(),
        "commit": commit,
    }


def target(name, goal, measured, met, note=""):
    return {"target": name, "goal": goal, "measured": measured, "met": met, "note": note}


def measured_start(service):
    """One start of the service: seconds to ready and to the first API read, RSS 1 s later."""
    first, first_api = service.start()
    time.sleep(1)
    return {
        "first_request_s": round(first, 3),
        "first_api_read_s": round(first_api, 3),
        "rss_mb": service.rss()["VmRSS"],
    }


def median_start(runs):
    """The run with the median time to ready, with its own RSS, and every run's figures.

    Start times on a small virtual machine vary by half a second from one start to the next, so
    one start is not a measurement; the median of an odd number of starts is.
    """
    ordered = sorted(runs, key=lambda r: r["first_request_s"])
    mid = dict(ordered[len(ordered) // 2])
    mid["runs"] = runs
    return mid


def evaluate(res):
    """The rows of issue 17's table (and the latency and growth rows), each against its goal."""
    t = []
    s = res["startup"]
    t.append(
        target(
            "first start on an empty database to ready",
            "<= 3 s",
            "%.2f s" % s["first_request_s"],
            s["first_request_s"] <= 3,
        )
    )
    r = res.get("restart")
    if r:
        t.append(
            target(
                "restart on existing data (%d funnels) to ready" % r["funnels"],
                "<= 2 s",
                "%.2f s" % r["first_request_s"],
                r["first_request_s"] <= 2 and not res.get("restart_failed"),
            )
        )
    elif res.get("restart_failed"):
        t.append(target("restart on existing data to ready", "<= 2 s", "failed", False))
    # the goal is in MB (10^6 bytes), /proc gives KiB: both, so "191 MiB" is not read as under 200
    t.append(
        target(
            "resident memory after start",
            "<= 200 MB",
            "%.1f MiB (%.1f MB)" % (s["rss_mb"], s["rss_mb"] * 1.048576),
            s["rss_mb"] * 1.048576 <= 200,
        )
    )
    if r:
        # a restart on the loaded database holds more: H2 keeps a record per chunk of its file
        t.append(
            target(
                "resident memory after a restart (%d funnels)" % r["funnels"],
                "documented",
                "%.0f MiB" % r["rss_mb"],
                None,
            )
        )
    after = res.get("rss_after_load_mb")
    if after:
        t.append(
            target(
                "resident memory after the load",
                "documented",
                "%.0f MiB (peak %.0f MiB)" % (after["VmRSS"], after["VmHWM"]),
                None,
            )
        )
    for size in res["sizes"]:
        m = res["sizes"][size]["endpoints"]
        if "statistics" in m:
            r = m["statistics"]["ratio_to_baseline"]
            t.append(target("statistics req/s relative to /q/health/live (%s funnels)" % size, ">= 0.8x", "%.2fx" % r, r >= 0.8))
        else:
            t.append(target("statistics req/s relative to /q/health/live (%s funnels)" % size, ">= 0.8x", "not available", None))
        if "revalidate" in m:
            r = m["revalidate"]["ratio_to_baseline"]
            t.append(
                target(
                    "304 revalidation req/s relative to /q/health/live (%s funnels)" % size,
                    ">= 0.9x",
                    "%.2fx" % r,
                    r >= 0.9,
                    m["revalidate"]["label"],
                )
            )
        p = res["sizes"][size]["paced"]
        t.append(
            target(
                "p50 / p99 of %s at half its max rate (%s funnels)" % (p["endpoint"], size),
                "p99 < 10 ms",
                "%.2f / %.2f ms at %.0f req/s" % (p["p50_ms"], p["p99_ms"], p["achieved_rps"]),
                p["p99_ms"] < 10,
                "" if p["endpoint"] == "statistics" else "statistics not available; measured the view",
            )
        )
    paced = res.get("paced_growth")
    if paced:
        # issue 17's goal: p50/p99 of statistics at half the maximum rate, large dataset / small
        small, large = growth_sizes(res)
        alternated = paced.get("measured") == "alternated"
        how = " (both live, alternated)" if alternated else ""
        for q in ("p50", "p99"):
            r = paced[q + "_ratio"]
            t.append(
                target(
                    "%s of %s at half its max rate, %s funnels relative to %s%s" % (q, paced["endpoint"], large, small, how),
                    "<= 1.2x",
                    "%.2fx" % r,
                    r <= 1.2,
                )
            )
        seq = res.get("paced_growth_sequential")
        if alternated and seq:
            t.append(
                target(
                    "p50 / p99 of %s at half its max rate, %s funnels relative to %s (each size's own round)"
                    % (seq["endpoint"], large, small),
                    "documented",
                    "%.2fx / %.2fx" % (seq["p50_ratio"], seq["p99_ratio"]),
                    None,
                )
            )
    growth = res.get("growth")
    if growth:
        # at saturation the p50 is mostly queueing (the baseline's own grows too): shown, not a goal
        for name, g in growth.items():
            if name == "health":
                continue
            t.append(
                target(
                    "p50 at saturation, %s funnels relative to %s (%s)" % (growth_sizes(res)[1], growth_sizes(res)[0], name),
                    "documented",
                    "%.2fx (baseline %.2fx)" % (g["p50_ratio"], growth["health"]["p50_ratio"] if "health" in growth else float("nan")),
                    None,
                )
            )
    return t


def growth_sizes(res):
    sizes = sorted(res["sizes"], key=int)
    return sizes[0], sizes[-1]


def markdown(res):
    m0 = res["machine"]
    lines = [
        "Commit %s, %s, `%s`, %d CPUs, load average at start %.1f."
        % (m0["commit"], m0["java"], " ".join(res["java_opts"]), m0["cpus"], m0["load_average_at_start"][0]),
        "",
    ]
    speeds = [m0[k] for k in ("speed_at_start", "speed_at_end") if k in m0]
    if speeds:
        lines[0] += " Machine speed (start, end of the run): a page fault on fresh memory %s us, a fixed CPU loop %s ms." % (
            " / ".join("%.1f" % x["page_fault_us"] for x in speeds),
            " / ".join("%d" % x["cpu_loop_ms"] for x in speeds),
        )
    sizes = sorted(res["sizes"], key=int)
    lines.append(
        "| endpoint | funnels | req/s | p50 ms | p99 ms | ratio to baseline |"
    )
    lines.append("|---|---:|---:|---:|---:|---:|")
    for size in sizes:
        for name, m in res["sizes"][size]["endpoints"].items():
            lines.append(
                "| %s | %s | %.0f | %.2f | %.2f | %.2f |"
                % (m["label"], size, m["rps"], m["p50_ms"], m["p99_ms"], m["ratio_to_baseline"])
            )
    for name, why in res["not_available"]:
        lines.append("| %s | | not available (%s) | | | |" % (name, why))
    lines.append("")
    for size in sizes:
        p = res["sizes"][size]["paced"]
        lines.append(
            "Paced %s, %s funnels: %.0f req/s (target %.0f, half the max), p50 %.2f ms, p99 %.2f ms."
            % (p["endpoint"], size, p["achieved_rps"], p["target_rps"], p["p50_ms"], p["p99_ms"])
        )
    alt = res.get("paced_alternated")
    if alt:
        lines.append(
            "Paced %s with both datasets live, alternated over %d rounds: p50 %s ms, p99 %s ms at %s funnels."
            % (
                alt["endpoint"],
                alt["rounds"],
                " / ".join("%.2f" % alt["sizes"][k]["p50_ms"] for k in sorted(alt["sizes"], key=int)),
                " / ".join("%.2f" % alt["sizes"][k]["p99_ms"] for k in sorted(alt["sizes"], key=int)),
                " / ".join(sorted(alt["sizes"], key=int)),
            )
        )
    answers = [(size, res["sizes"][size].get("event_loop_answers")) for size in sizes]
    if any(a is not None for _, a in answers):
        lines.append(
            "Reads answered on the event loop since the start (304 or kept body, no worker thread): "
            + ", ".join("%s after the %s-funnel round" % (a, size) for size, a in answers)
            + "."
        )
    if res.get("growth"):
        lines.append("")
        lines.append("| endpoint | p50 %s → %s funnels | p99 %s → %s funnels |" % (sizes[0], sizes[-1], sizes[0], sizes[-1]))
        lines.append("|---|---:|---:|")
        for name, g in res["growth"].items():
            lines.append("| %s | %.2fx | %.2fx |" % (g["label"], g["p50_ratio"], g["p99_ratio"]))
    s = res["startup"]
    lines.append("")
    lines.append(
        "First start on an empty database: ready after %.2f s (median of %s s; first API read %.2f s); RSS after start %.0f MiB, after loading"
        " and measuring %.0f MiB (peak %.0f MiB); JVM options `%s`."
        % (
            s["first_request_s"],
            ", ".join("%.2f" % r["first_request_s"] for r in s.get("runs", [s])),
            s["first_api_read_s"],
            s["rss_mb"],
            res["rss_after_load_mb"]["VmRSS"],
            res["rss_after_load_mb"]["VmHWM"],
            " ".join(res["java_opts"]),
        )
    )
    if res.get("restart_failed"):
        lines.append("Restart on the existing database failed: %s." % res["restart_failed"])
    if res.get("restart"):
        r = res["restart"]
        lines.append(
            "Restart on the existing database (%d funnels): ready after %.2f s (median of %s s), RSS after start %.0f MiB."
            % (r["funnels"], r["first_request_s"], ", ".join("%.2f" % x["first_request_s"] for x in r.get("runs", [r])),
               r["rss_mb"])
        )
    for size, l in res["loads"].items():
        lines.append(
            "Loading %s funnels (%d figures) through `POST /api/funnel-documents` took %.1f s"
            " (%.0f funnels/s, %d parallel clients)."
            % (l["funnels"], l["figures"], l["seconds"], l["funnels"] / max(l["seconds"], 1e-9), l["clients"])
        )
    lines.append("")
    lines.append("| target | goal | measured | met |")
    lines.append("|---|---|---|---|")
    for t in res["targets"]:
        met = "n/a" if t["met"] is None else ("yes" if t["met"] else "**no**")
        lines.append("| %s | %s | %s | %s |" % (t["target"], t["goal"], t["measured"], met))
    return "\n".join(lines)


# ---------------------------------------------------------------- main


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--jar", default=os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar"))
    p.add_argument(
        "--java-opts",
        default=os.environ.get("BENCH_JAVA_OPTS"),
        help="JVM options; by default the README's run command's (docs/performance.md), with the"
        " AOT cache next to the jar",
    )
    p.add_argument("--sizes", default="10,10000", help="funnel counts to measure, ascending")
    p.add_argument("--starts", type=int, default=3,
                   help="starts measured each way (empty database, restart); the median is reported")
    p.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    p.add_argument("--warmup", type=int, default=60, help="most seconds of warm-up per endpoint and size")
    p.add_argument("--warmup-requests", type=int, default=20000, help="warm-up requests per endpoint and size")
    p.add_argument("--rounds", type=int, default=2, help="rounds alternating all endpoints")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--connections", type=int, default=16)
    p.add_argument("--paced-connections", type=int, default=16)
    p.add_argument("--load-clients", type=int, default=4)
    p.add_argument("--user", default=os.environ.get("BENCH_USER"),
                   help="an editor the service knows; by default the benchmark configures its own")
    p.add_argument("--password", default=os.environ.get("BENCH_PASSWORD"))
    p.add_argument("--out", default=os.path.join(ROOT, "target", "bench"))
    p.add_argument("--keep-data", action="store_true")
    p.add_argument("--port", type=int, default=int(os.environ.get("BENCH_PORT", "0")),
                   help="the service's HTTP port (BENCH_PORT); by default a free one")
    args = p.parse_args()
    args.out = os.path.abspath(args.out)
    os.makedirs(args.out, exist_ok=True)
    sizes = [int(x) for x in args.sizes.split(",")]
    if args.starts < 1 or args.starts % 2 == 0:
        p.error("--starts must be odd and at least 1 (its median is reported)")
    if args.java_opts is None:
        args.java_opts = RUN_OPTIONS + " -XX:AOTCache=" + os.path.join(os.path.dirname(args.jar), "app.aot")
    java_opts = args.java_opts.split()
    settings = []
    if not args.user:
        # the packaged service has no users: give it a one-off editor for the dataset load, and
        # lift the write rate limit (60 a minute per client) that would throttle the import
        args.user, args.password, settings = benchmark_editor()

    res = {
        "started_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "java_opts": java_opts,
        "settings": {
            "duration_s": args.duration,
            "warmup_s_max": args.warmup,
            "warmup_requests": args.warmup_requests,
            "rounds": args.rounds,
            "wrk_threads": args.threads,
            "connections": args.connections,
            "paced_connections": args.paced_connections,
            "working_set_funnels": WORKING_SET,
        },
        "sizes": {},
        "loads": {},
    }
    service = Service(args.jar, java_opts + settings, os.path.join(args.out, "service.log"), args.port)
    log("starting %s on port %d, data in %s" % (" ".join(service.cmd), service.port, service.data_dir))
    try:
        starts = []
        for _ in range(args.starts - 1):
            # each on an empty database of its own, then thrown away
            extra = Service(args.jar, java_opts + settings, os.path.join(args.out, "service.log"), args.port)
            try:
                starts.append(measured_start(extra))
            finally:
                extra.stop()
            log("first start %d: ready after %.2f s" % (len(starts), starts[-1]["first_request_s"]))
        starts.append(measured_start(service))
        res["startup"] = median_start(starts)
        log("first start: median ready after %.2f s of %s, RSS %s MiB"
            % (res["startup"]["first_request_s"], [r["first_request_s"] for r in starts], res["startup"]["rss_mb"]))

        headers = dataset.auth_header(args.user, args.password)
        status = http(service.port, "/api/funnel-documents", {"Content-Type": "application/json"}, "POST", b"{}")[0]
        if status in (401, 403) and not headers:
            raise SystemExit(
                "writes need credentials (HTTP %d): set BENCH_USER and BENCH_PASSWORD to an editor" % status
            )

        loaded = 0
        fids = [dataset.funnel_id(i) for i in range(min(WORKING_SET, sizes[0]))]
        endpoints = None
        for size in sizes:
            log("loading funnels %d..%d" % (loaded, size - 1))
            secs, failures = dataset.load(
                service.port, loaded, size, args.load_clients, headers,
                progress=lambda n: log("  %d funnels loaded" % n),
            )
            if failures:
                raise SystemExit("import failed: %s" % (failures[:3],))
            res["loads"][str(size)] = {
                "funnels": size - loaded,
                "figures": dataset.figure_count(loaded, size),
                "seconds": round(secs, 1),
                "clients": args.load_clients,
            }
            log("loaded %d funnels in %.1f s" % (size - loaded, secs))
            loaded = size
            if endpoints is None:
                endpoints, missing = probe(service.port, fids, headers)
                res["not_available"] = [(label, why) for _, label, why in missing]
                for _, label, why in missing:
                    log("not available: %s (%s)" % (label, why))
            summary = measure(service.port, endpoints, args, str(size))
            paced = fixed_rate(service.port, endpoints, summary, args, str(size))
            res["sizes"][str(size)] = {
                "endpoints": summary,
                "paced": paced,
                "rss_mb": service.rss(),
                "event_loop_answers": event_loop_answers(service.port),
            }
            log("%d: reads answered on the event loop so far: %s"
                % (size, res["sizes"][str(size)]["event_loop_answers"]))
        res["rss_after_load_mb"] = service.rss()
        if len(sizes) > 1:
            try:
                res["paced_alternated"] = paced_side_by_side(args, java_opts + settings, service, endpoints, res, headers)
            except (SystemExit, subprocess.CalledProcessError, OSError) as e:
                # keep what was measured; the growth goal falls back to each size's own round
                res["paced_alternated_failed"] = str(e)
                log("side-by-side paced runs failed: %s" % e)
        if len(sizes) > 1:
            small, large = res["sizes"][str(sizes[0])], res["sizes"][str(sizes[-1])]
            res["growth"] = {
                name: {
                    "label": m["label"],
                    "p50_ratio": large["endpoints"][name]["p50_ms"] / m["p50_ms"],
                    "p99_ratio": large["endpoints"][name]["p99_ms"] / m["p99_ms"],
                    "rps_ratio": large["endpoints"][name]["rps"] / m["rps"],
                }
                for name, m in small["endpoints"].items()
            }
            sp, lp = small["paced"], large["paced"]
            if sp["endpoint"] == lp["endpoint"]:
                # the goal's figures come from the alternated runs; the sequential ones are shown
                res["paced_growth_sequential"] = {
                    "endpoint": sp["endpoint"],
                    "p50_ratio": lp["p50_ms"] / sp["p50_ms"],
                    "p99_ratio": lp["p99_ms"] / sp["p99_ms"],
                }
                alt = res.get("paced_alternated")
                res["paced_growth"] = (
                    {
                        "endpoint": alt["endpoint"],
                        "p50_ratio": alt["p50_ratio"],
                        "p99_ratio": alt["p99_ratio"],
                        "measured": "alternated",
                    }
                    if alt
                    else res["paced_growth_sequential"]
                )
        # a new replica starts on a database that exists already: no migration, no seed
        # the first restart follows the load (its database just closed after 10,000 imports), the
        # others a restart; all are restarts on the existing data, and every run is reported
        restarts = []
        try:
            for _ in range(args.starts):
                service.stop(keep=True)
                restarts.append(measured_start(service))
        except SystemExit as e:
            # keep the measurements made so far; report the failed restart
            res["restart_failed"] = str(e)
            log("restart failed: %s" % e)
        if restarts:
            res["restart"] = dict(median_start(restarts), funnels=sizes[-1])
            log("restart on %d funnels: median ready after %.2f s of %s, RSS %s MiB"
                % (sizes[-1], res["restart"]["first_request_s"], [r["first_request_s"] for r in restarts],
                   res["restart"]["rss_mb"]))
    finally:
        service.stop(args.keep_data)
    res["machine"]["speed_at_end"] = machine_speed()
    res["targets"] = evaluate(res)
    res["table_markdown"] = markdown(res)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    for name in ("results-%s.json" % stamp, "latest.json"):
        with open(os.path.join(args.out, name), "w") as f:
            json.dump(res, f, indent=2)
    print()
    print(res["table_markdown"])
    print()
    log("results in %s" % os.path.join(args.out, "latest.json"))


if __name__ == "__main__":
    main()
