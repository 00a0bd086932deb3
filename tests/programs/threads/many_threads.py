# Many more threads than cores, started all at once and meeting at a barrier, each then
# appending to a shared list under a lock and yielding with sleep(0) now and then.
import threading
import time

for n in (1, 2, 8, 40):
    barrier = threading.Barrier(n)
    lock = threading.Lock()
    seen = []

    def worker(k):
        barrier.wait()
        for i in range(50):
            with lock:
                seen.append((k, i))
            if i % 10 == 0:
                time.sleep(0)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    per_thread = {}
    for k, i in seen:
        per_thread.setdefault(k, []).append(i)
    ordered = all(v == list(range(50)) for v in per_thread.values())
    print(n, len(seen), len(per_thread), ordered, threading.active_count())
