# Transactions that abort in the middle of deep frames must re-run exactly: recursive
# calls that write shared state at every depth, try/except/finally, generators suspended
# between transactions, exceptions raised and caught, all while 1, 2 and 8 threads keep
# writing the same objects (so conflicts and aborts are frequent). Every total is exact.
import threading
from _atomic import atomic

shared = {"hits": 0, "depths": [0] * 12, "caught": 0, "finally": 0}


class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


def descend(depth, chain):
    shared["depths"][depth] += 1
    if depth == 11:
        shared["hits"] += 1
        return Node(depth, chain)
    try:
        node = descend(depth + 1, Node(depth, chain))
        if depth % 4 == 0:
            raise ValueError(depth)
        return node
    except ValueError as e:
        shared["caught"] += 1
        return Node(e.args[0], chain)
    finally:
        shared["finally"] += 1


def numbers(n):
    for i in range(n):
        yield i * 3 + 1


def length(node):
    n = 0
    while node is not None:
        n += 1
        node = node.next
    return n


def worker(k, out):
    gen = numbers(10 ** 6)
    total = 0
    for i in range(300):
        chain = descend(0, None)
        total += length(chain) + next(gen)
    out.append((k, total))


def run(n):
    for key in ("hits", "caught", "finally"):
        shared[key] = 0
    shared["depths"] = [0] * 12
    out = []
    threads = [threading.Thread(target=worker, args=(k, out)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(n, "threads:", shared["hits"], shared["caught"], shared["finally"], set(shared["depths"]))
    print("  totals", sorted(set(t for _, t in out)), len(out))


for n in (1, 2, 8):
    run(n)
