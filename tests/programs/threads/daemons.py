# Daemon threads still running (blocked or looping) when the main program ends do not keep
# the process alive; a non-daemon thread that is still working is waited for.
import threading
import time

never = threading.Event()
started = threading.Semaphore(0)


def blocked():
    started.release()
    never.wait()


def spinning():
    started.release()
    x = 0
    while True:
        x += 1


def late_writer():
    time.sleep(0.05)
    print("non-daemon thread finished last")


for n in (1, 2, 8):
    for k in range(n):
        threading.Thread(target=blocked if k % 2 else spinning, daemon=True).start()
    for k in range(n):
        started.acquire()
    print(n, "daemons running:", threading.active_count() - 1)
d = threading.Thread(target=blocked)
d.daemon = True
print(d.daemon)
d.start()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError", e)
print("main thread done")
threading.Thread(target=late_writer).start()
