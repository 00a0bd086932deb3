# join() with a timeout on threads that are still blocked, is_alive(), then the release
# and a real join; 1, 2 and 8 threads.
import threading
import time

for n in (1, 2, 8):
    release = threading.Event()
    finished = []

    def worker(k):
        release.wait()
        finished.append(k)

    threads = [threading.Thread(target=worker, args=(k,), name=f"w{k}") for k in range(n)]
    for t in threads:
        t.start()
    start = time.monotonic()
    threads[0].join(timeout=0.05)
    waited = time.monotonic() - start
    print(n, "after timed join:", threads[0].is_alive(), waited >= 0.04, finished)
    threads[-1].join(0)
    print(n, "alive:", [t.is_alive() for t in threads], threading.active_count() - 1)
    release.set()
    for t in threads:
        t.join(timeout=30)
    print(n, "after release:", [t.is_alive() for t in threads], sorted(finished))
    print(n, "names:", [t.name for t in threads][:3], repr(threads[0]).startswith("<Thread(w0, stopped "))

t = threading.Thread(target=lambda: time.sleep(0.01))
for op in (t.join, lambda: threading.current_thread().join()):
    try:
        op()
    except RuntimeError as e:
        print("RuntimeError", e)
t.start()
t.join(-5)
t.join()
print(t.is_alive(), threading.active_count())
