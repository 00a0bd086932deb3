# pypystm.count(): a new integer at every call, without conflicts between threads: unique,
# and increasing within each thread. hint_commit_soon() changes nothing visible. Under
# CPython (no pypystm) a locked itertools.count stands in.
import threading
try:
    from pypystm import count, hint_commit_soon
except ImportError:
    import itertools
    _counter = itertools.count()
    _lock = threading.Lock()

    def count():
        with _lock:
            return next(_counter)

    def hint_commit_soon():
        pass


def worker(out):
    mine = []
    for i in range(500):
        mine.append(count())
        if i % 100 == 0:
            hint_commit_soon()
    out.append(mine)


for n in (1, 2, 8):
    out = []
    threads = [threading.Thread(target=worker, args=(out,)) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ids = [x for mine in out for x in mine]
    print(n, "threads:", len(ids), "ids, unique", len(set(ids)) == len(ids),
          "increasing per thread", all(m == sorted(m) for m in out), "ints", all(type(x) is int for x in ids))
