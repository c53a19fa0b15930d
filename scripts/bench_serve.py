#!/usr/bin/env python3
"""Times search pages of a running `returns serve` (scripts/bench-serve runs it).

usage: bench_serve.py URL CORPUS.jsonl REQUESTS

Sends REQUESTS GET requests, one at a time on one kept-alive connection, of
five kinds in turn: two words; a quoted phrase; a filter only (theme and
district, as a facet click makes); a word and a theme; a common word's
results at page 2-5
(past the last page the server answers 303, counted apart). Words and phrases are drawn with a fixed seed from the corpus's
first 20,000 comments. For each kind prints (JSON on stdout) the median, p99
and max of the server's own time (its Server-Timing header) and of the time
seen here; any status but 200 stops the run with the URL.
"""
import http.client
import json
import random
import re
import sys
import time
import urllib.parse


def percentile(values, p):
    s = sorted(values)
    return round(s[min(len(s) - 1, int(p / 100.0 * len(s)))], 1)


def main():
    url, corpus, requests = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(13)
    texts = []
    with open(corpus, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 20000:
                break
            texts.append(json.loads(line)["text"])
    words = sorted({w.lower() for t in texts for w in re.findall(r"[A-Za-z]{5,}", t)})
    counts = {}
    for t in texts:
        for w in set(re.findall(r"[A-Za-z]{5,}", t.lower())):
            counts[w] = counts.get(w, 0) + 1
    common = sorted(counts, key=lambda w: (-counts[w], w))[:200]  # words with pages 2-5 to show
    pairs = sorted({m.lower() for t in texts for m in re.findall(r"\b[A-Za-z]{4,} [A-Za-z]{4,}\b", t)})
    themes = ["moderation", "learning_walks", "governance", "literacy", "leadership", "ofsted", "parents", "transition"]
    districts = ["Dover", "Thanet", "Ashford", "Maidstone", "Tonbridge and Malling", "Shepway"]
    kinds = ["two words", "phrase", "filter only", "word and theme", "word, page 2-5"]
    paths = []
    for i in range(requests):
        kind = kinds[i % len(kinds)]
        if kind == "two words":
            params = {"q": " ".join(rng.sample(words, 2))}
        elif kind == "phrase":
            params = {"q": '"%s"' % rng.choice(pairs)}
        elif kind == "filter only":
            params = {"theme": rng.choice(themes), "district": rng.choice(districts)}
        elif kind == "word and theme":
            params = {"q": rng.choice(words), "theme": rng.choice(themes)}
        else:
            params = {"q": rng.choice(common), "page": str(rng.randint(2, 5))}
        paths.append((kind, "/?" + urllib.parse.urlencode(params)))

    parsed = urllib.parse.urlparse(url)
    conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=120)
    server, client = {k: [] for k in kinds}, {k: [] for k in kinds}
    redirected = 0
    for n, (kind, path) in enumerate(paths):
        start = time.perf_counter()
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        elapsed = (time.perf_counter() - start) * 1000.0
        if response.status == 303 and kind == "word, page 2-5":
            redirected += 1  # past the last page: the page sends the reader to the last one
        elif response.status != 200:
            sys.exit(f"bench_serve.py: {path} answered {response.status}")
        timing = response.getheader("Server-Timing", "")
        m = re.match(r"app;dur=([0-9.]+)", timing)
        if not m:
            sys.exit(f"bench_serve.py: {path} has no Server-Timing header")
        server[kind].append(float(m.group(1)))
        client[kind].append(elapsed)
        if sys.stderr.isatty() and n % 20 == 0:
            print(f"\r{n}/{len(paths)} requests", end="", file=sys.stderr)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    out = {"kinds": {}, "pages_past_the_end": redirected}
    every_server = [v for k in kinds for v in server[k]]
    every_client = [v for k in kinds for v in client[k]]
    for kind, s, c in [(k, server[k], client[k]) for k in kinds] + [("all", every_server, every_client)]:
        out["kinds"][kind] = {"requests": len(s), "server_median_ms": percentile(s, 50), "server_p99_ms": percentile(s, 99),
                              "server_max_ms": round(max(s), 1), "client_median_ms": percentile(c, 50),
                              "client_p99_ms": percentile(c, 99)}
    json.dump(out, sys.stdout, indent=2)
    print()


main()
