# threading.local: each of 1, 2 and 8 threads sees its own attributes; a subclass's
# __init__ runs again in every thread that touches the object; missing attributes fail.
import threading


class Counter(threading.local):
    inits = 0

    def __init__(self, start):
        Counter.inits += 1
        self.value = start


plain = threading.local()
plain.name = "main"
counter = Counter(100)


def work(k, out):
    plain.name = f"worker-{k}"
    for i in range(2000):
        counter.value += 1
    out[k] = (plain.name, counter.value, hasattr(plain, "other"))


for n in (1, 2, 8):
    Counter.inits = 0
    out = [None] * n
    threads = [threading.Thread(target=work, args=(k, out)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(n, out, Counter.inits)
print(plain.name, counter.value)
plain.other = 1
del plain.other
for op in (lambda: plain.missing, lambda: counter.missing, lambda: delattr(plain, "missing")):
    try:
        op()
    except AttributeError as e:
        print("AttributeError", e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
