# An exception that ends a thread goes to threading.excepthook (here one that prints on
# stdout); SystemExit ends a thread silently; the other threads and the main one go on.
import sys
import threading


def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name,
          args.exc_traceback is not None)


threading.excepthook = hook


def fails(k):
    if k % 2:
        raise ValueError(f"bad {k}")
    return k


def exits():
    sys.exit(3)


for n in (1, 2, 8):
    threads = [threading.Thread(target=fails, args=(k,), name=f"T{n}-{k}") for k in range(n)]
    for t in threads:
        t.start()
        t.join()
    print(n, [t.is_alive() for t in threads])

t = threading.Thread(target=exits)
t.start()
t.join()
print("after SystemExit:", t.is_alive())


class Custom(threading.Thread):
    def run(self):
        raise KeyError("k")


c = Custom(name="custom")
c.start()
c.join()
threading.excepthook = threading.__excepthook__
print("hook restored:", threading.excepthook is threading.__excepthook__)
