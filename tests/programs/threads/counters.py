# Counters incremented by 1, 2 and 8 threads, under a Lock, an RLock and `with atomic:`,
# with enough iterations that the GIL changes hands inside the loops: totals are exact.
import threading
from _atomic import atomic

ITERATIONS = 6000


class Counter:
    def __init__(self):
        self.value = 0


def run(n, worker):
    counter = Counter()
    threads = [threading.Thread(target=worker, args=(counter,)) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter.value


lock = threading.Lock()
rlock = threading.RLock()


def with_lock(c):
    for _ in range(ITERATIONS):
        with lock:
            c.value += 1


def with_rlock(c):
    for _ in range(ITERATIONS):
        with rlock:
            with rlock:
                v = c.value
                c.value = v + 1


def with_atomic(c):
    for _ in range(ITERATIONS):
        with atomic:
            v = c.value
            c.value = v + 1


def acquire_release(c):
    for i in range(ITERATIONS):
        lock.acquire()
        try:
            c.value += i % 3
        finally:
            lock.release()


for n in (1, 2, 8):
    print(n, "lock", run(n, with_lock), n * ITERATIONS)
    print(n, "rlock", run(n, with_rlock), n * ITERATIONS)
    print(n, "atomic", run(n, with_atomic), n * ITERATIONS)
    print(n, "acquire/release", run(n, acquire_release), n * sum(i % 3 for i in range(ITERATIONS)))
print("locked at end:", lock.locked(), rlock._is_owned())
