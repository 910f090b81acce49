"""Synthetic funnel documents for the benchmark, and a parallel loader through the import API.

Every funnel is clearly synthetic (organisation "Benchmark Force NNNNN", a made-up source text);
nothing here is a real figure, date or quote. Funnel i has 4 + i % 5 stages (4 to 8), a history
of 10 figures per stage, two sources with text, and four statements quoting those texts.
"""

import base64
import http.client
import json
import threading
import time

FIGURES_PER_STAGE = 10


def funnel_id(i):
    return "bench-%05d" % i


def document(i):
    """The funnel document of synthetic funnel i (deterministic)."""
    fid = funnel_id(i)
    stages = 4 + i % 5
    text1 = (
        "Synthetic benchmark source %d, part one.\n"
        "The review lead said that 5,000 cases were found and 2,000 were reviewed.\n"
        "A later update said 1,100 of the reviewed cases remained in scope." % i
    )
    text2 = (
        "Synthetic benchmark source %d, part two.\n"
        "The panel heard that perhaps 400 or 600 cases would be reinvestigated.\n"
        "Figures were revised each month as the review went on." % i
    )
    sources = [
        {
            "id": "s1",
            "title": "Synthetic benchmark minutes %d" % i,
            "publisher": "Benchmark Panel",
            "url": "https://example.org/bench/%d/minutes" % i,
            "publishedOn": "2025-01-15",
            "retrievedOn": "2025-02-01",
            "text": text1,
        },
        {
            "id": "s2",
            "title": "Synthetic benchmark update %d" % i,
            "publisher": "Benchmark Panel",
            "url": None,
            "publishedOn": None,
            "retrievedOn": "2025-02-01",
            "text": text2,
        },
    ]
    statements = [
        {
            "id": "st1",
            "sourceId": "s1",
            "speaker": "Review Lead %d" % i,
            "speakerRole": "Head of the synthetic review",
            "venue": "Benchmark panel",
            "madeOn": "2025-01-10",
            "kind": "reported_speech",
            "quote": "The review lead said that 5,000 cases were found and 2,000 were reviewed.",
        },
        {
            "id": "st2",
            "sourceId": "s1",
            "speaker": "Review Lead %d" % i,
            "speakerRole": "Head of the synthetic review",
            "venue": "Benchmark panel",
            "madeOn": None,
            "kind": "paraphrase",
            "quote": "A later update said 1,100 of the reviewed cases remained in scope.",
        },
        {
            "id": "st3",
            "sourceId": "s2",
            "speaker": "Panel Chair %d" % i,
            "speakerRole": None,
            "venue": "Benchmark panel",
            "madeOn": None,
            "kind": "reported_speech",
            "quote": "The panel heard that perhaps 400 or 600 cases would be reinvestigated.",
        },
        {
            "id": "st4",
            "sourceId": "s2",
            "speaker": "Panel Chair %d" % i,
            "speakerRole": None,
            "venue": None,
            "madeOn": None,
            "kind": "paraphrase",
            "quote": "Figures were revised each month as the review went on.",
        },
    ]
    stage_specs = []
    for s in range(stages):
        spec = {
            "key": "stage-%d" % s,
            "label": "Synthetic stage %d" % s,
            "baseStage": None if s == 0 else "stage-%d" % (s - 1),
            "definition": "cases at synthetic step %d" % s,
            "definitionStatementIds": ["st1"] if s == 0 else [],
        }
        if s == 1:
            spec["selection"] = "random"
        stage_specs.append(spec)
    figures = []
    for s in range(stages):
        for j in range(FIGURES_PER_STAGE):
            # every stage at most its base at each date: base value shrinks by 0.55 per step
            value = int((5000 + 100 * j + i % 97) * (0.55**s))
            as_of = "2025-%02d-28" % (j + 1)
            fig = {
                "stage": "stage-%d" % s,
                "status": "reported",
                "asOf": as_of,
                "wording": "%d cases" % value,
                "statementIds": ["st1"] if s < 2 else ["st2", "st4"],
            }
            if s == stages - 1 and j % 2 == 1:
                low = max(1, int(value * 0.8))
                fig.update(
                    {
                        "low": low,
                        "high": value,
                        "status": "projected",
                        "wording": "perhaps %d or %d" % (low, value),
                        "statementIds": ["st3"],
                    }
                )
            else:
                fig["count"] = value
            figures.append(fig)
    return {
        "funnel": {
            "id": fid,
            "title": "Synthetic benchmark funnel %d" % i,
            "organisation": "Benchmark Force %05d" % (i % 500),
            "jurisdiction": "Benchmarkshire",
            "programme": "Synthetic benchmark programme",
            "unit": "case",
            "description": "Generated by src/bench/dataset.py for the benchmark; not real data.",
        },
        "sources": sources,
        "statements": statements,
        "stages": stage_specs,
        "figures": figures,
    }


def figure_count(first, last):
    return sum((4 + i % 5) * FIGURES_PER_STAGE for i in range(first, last))


def auth_header(user, password):
    if not user:
        return {}
    token = base64.b64encode(("%s:%s" % (user, password)).encode()).decode()
    return {"Authorization": "Basic " + token}


def load(port, first, last, threads=4, headers=None, progress=None):
    """Imports funnels first..last-1 with parallel keep-alive connections.

    Returns (seconds, failures) where failures lists (funnel id, status, body excerpt).
    """
    headers = dict(headers or {})
    headers["Content-Type"] = "application/json"
    lock = threading.Lock()
    state = {"next": first, "done": 0}
    failures = []

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        while True:
            with lock:
                i = state["next"]
                if i >= last or len(failures) > 20:
                    break
                state["next"] += 1
            body = json.dumps(document(i)).encode()
            for attempt in range(3):
                try:
                    conn.request("POST", "/api/funnel-documents", body, headers)
                    resp = conn.getresponse()
                    data = resp.read()
                    break
                except (http.client.HTTPException, OSError):
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                    if attempt == 2:
                        raise
            with lock:
                if resp.status != 201:
                    failures.append((funnel_id(i), resp.status, data[:300].decode("utf-8", "replace")))
                state["done"] += 1
                if progress and state["done"] % 1000 == 0:
                    progress(state["done"])
        conn.close()

    start = time.monotonic()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return time.monotonic() - start, failures


if __name__ == "__main__":
    import sys

    # python3 dataset.py N  -> prints funnel document N (for inspection)
    print(json.dumps(document(int(sys.argv[1]) if len(sys.argv) > 1 else 0), indent=2))
