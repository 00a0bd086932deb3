# Allocation-steady threads, for the "RSS stays flat" check: THREADS threads run for SECONDS
# seconds, each allocating all the time (dicts, lists, strings, objects) into a ring of a
# fixed number of slots, so that the live data stays constant and everything else is
# garbage. Every slot is verified when it is overwritten. stdout is deterministic (the
# amount of work done is not: it goes to stderr, with the resident set size every
# REPORT seconds read from /proc/self/status where there is one).
# Usage: par_steady.py THREADS [SECONDS]     (the 5-minute check: par_steady.py 4 300)
import sys
import threading
import time

try:
    from pypystm import atomic
except ImportError:
    atomic = threading.Lock()

RING = 512
REPORT = 10.0


class Record:
    __slots__ = ("key", "items", "meta")

    def __init__(self, key, items, meta):
        self.key = key
        self.items = items
        self.meta = meta


def make(t, n):
    items = [n * 3 + i for i in range(n % 13 + 3)]
    meta = {"owner": t, "name": "rec-%d-%d" % (t, n), "tags": ("a", "b", str(n % 7))}
    return Record(n, items, meta)


def valid(t, r):
    n = r.key
    return (r.items == [n * 3 + i for i in range(n % 13 + 3)] and r.meta["owner"] == t
            and r.meta["name"] == "rec-%d-%d" % (t, n) and r.meta["tags"][2] == str(n % 7))


def worker(t, deadline, results):
    ring = [make(t, i) for i in range(RING)]
    n = RING
    bad = 0
    while True:
        for _ in range(RING):
            slot = n % RING
            if not valid(t, ring[slot]):
                bad += 1
            ring[slot] = make(t, n)
            n += 1
        if time.monotonic() >= deadline:
            break
    with atomic:
        results.append((t, n - RING, bad))


def rss_mb():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return "%.1f MB" % (int(line.split()[1]) / 1024)
    except OSError:
        pass
    return "unknown"


def report(start, when=""):
    sys.stderr.write("%6.1f s%s: RSS %s\n" % (time.monotonic() - start, when, rss_mb()))


def main():
    threads = int(sys.argv[1])
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
    start = time.monotonic()
    deadline = start + seconds
    results = []
    workers = [threading.Thread(target=worker, args=(t, deadline, results)) for t in range(threads)]
    for w in workers:
        w.start()
    last = start
    for w in workers:
        while w.is_alive():
            w.join(max(0.0, last + REPORT - time.monotonic()))
            if time.monotonic() >= last + REPORT:
                last += REPORT
                report(start)
    report(start, " (end)")
    results.sort()
    print("threads", len(results))
    print("every thread allocated", all(r[1] >= RING for r in results))
    print("bad records", sum(r[2] for r in results))
    sys.stderr.write("records made: %d\n" % sum(r[1] for r in results))


main()
