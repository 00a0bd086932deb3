# Condition, Event, Semaphore, BoundedSemaphore and Barrier handshakes between 1, 2 and 8
# threads, in an order that the primitives alone make deterministic.
import threading


def ping_pong(n, rounds=30):
    cond = threading.Condition()
    state = {"turn": 0, "log": []}

    def player(k):
        for r in range(rounds):
            with cond:
                cond.wait_for(lambda: state["turn"] % n == k)
                state["log"].append(k)
                state["turn"] += 1
                cond.notify_all()

    threads = [threading.Thread(target=player, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return state["log"] == [i % n for i in range(n * rounds)], len(state["log"])


def gate(n):
    go, done = threading.Event(), threading.Semaphore(0)
    limit = threading.BoundedSemaphore(2)
    inside, peak = [0], [0]
    lock = threading.Lock()

    def worker():
        go.wait()
        with limit:
            with lock:
                inside[0] += 1
                peak[0] = max(peak[0], inside[0])
            for _ in range(300):
                pass
            with lock:
                inside[0] -= 1
        done.release()

    threads = [threading.Thread(target=worker) for _ in range(n)]
    for t in threads:
        t.start()
    print("  waiting before set:", go.is_set(), done.acquire(timeout=0.01))
    go.set()
    for _ in range(n):
        done.acquire()
    for t in threads:
        t.join()
    return peak[0] <= 2, inside[0]


def barrier(n):
    results = []
    b = threading.Barrier(n, action=lambda: results.append("action"))

    def worker(k):
        b.wait()
        results.append(k)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results[0], sorted(results[1:]) == list(range(n)), b.broken, b.n_waiting


for n in (1, 2, 8):
    print(n, ping_pong(n), gate(n), barrier(n))
c = threading.Condition(threading.Lock())
for op in (c.notify, c.wait, lambda: threading.Semaphore(-1), lambda: threading.BoundedSemaphore(1).release(),
           lambda: threading.Semaphore().acquire(False, 1)):
    try:
        op()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
with c:
    print(c.wait(0.01), c.wait_for(lambda: 42, 0.01))
print(threading.Event().wait(0.01), threading.Semaphore(0).acquire(timeout=0.01))
b = threading.Barrier(2, timeout=0.01)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), b.broken)
