# A shared read-mostly dictionary: the main thread builds two dicts once (str keys to
# records, int keys to str keys); THREADS threads then only read them, each looking up a
# deterministic pseudo-random key sequence per work unit (hits and misses, str and int
# keys, .get and `in` and subscripts), and counts into its own result dict. The per-thread
# results are merged at the end, so the output is the same for every thread count.
# Usage: par_dict.py THREADS [UNITS]
import sys
import threading

try:
    from pypystm import atomic
except ImportError:
    atomic = threading.Lock()

KEYS = 20000
LOOKUPS = 4000


def build():
    by_name = {}
    by_id = {}
    for i in range(KEYS):
        name = "item-%d-%s" % (i, "abcdefghij"[i % 10] * (i % 5 + 1))
        by_name[name] = (i, i * 7 % 113, "group%d" % (i % 17))
        by_id[i * 3] = name
    return by_name, by_id


def unit(u, by_name, by_id, counts):
    h = u * 2654435761 % 4294967296
    total = misses = 0
    for _ in range(LOOKUPS):
        h = (h * 1103515245 + 12345) & 0x7FFFFFFF
        ident = h % (KEYS * 3)
        name = by_id.get(ident)
        if name is None:
            misses += 1
            continue
        record = by_name[name]
        total += record[1]
        group = record[2]
        counts[group] = counts.get(group, 0) + 1
        if name + "x" in by_name:
            total += 1
    return total, misses


def worker(units, by_name, by_id, results):
    counts = {}
    total = misses = 0
    for u in units:
        t, m = unit(u, by_name, by_id, counts)
        total += t
        misses += m
    with atomic:
        results.append((total, misses, counts))


def main():
    threads = int(sys.argv[1])
    units = int(sys.argv[2]) if len(sys.argv) > 2 else 480
    by_name, by_id = build()
    results = []
    workers = [threading.Thread(target=worker, args=(range(t * units // threads, (t + 1) * units // threads), by_name, by_id, results))
               for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    merged = {}
    for _, _, counts in results:
        for group, n in counts.items():
            merged[group] = merged.get(group, 0) + n
    print("lookups", units * LOOKUPS)
    print("total", sum(r[0] for r in results))
    print("misses", sum(r[1] for r in results))
    for group in sorted(merged):
        print(group, merged[group])


main()
