# Threads that conflict on purpose: shared dict, list, set and object attributes changed
# inside `with atomic:`, transfers between accounts whose total readers check inside
# atomic blocks, classes made and attributes named at run time in every thread, work in
# generators, sort keys and keyword calls (guest code called from native code). With
# 1, 2 and 8 threads every total must be exact and every invariant hold.
import threading
from _atomic import atomic

ROUNDS = 1500


class Account:
    def __init__(self, balance):
        self.balance = balance


def squares(n):
    for i in range(n):
        yield i * i


def weighted(x, *, weight=1):
    return x * weight


def worker(tid, shared, accounts, broken):
    kind = type("Kind%d" % tid, (object,), {"tid": tid})
    mine = kind()
    for i in range(ROUNDS):
        with atomic:
            shared["count"] = shared.get("count", 0) + 1
            shared["items"].append(tid)
            shared["seen"].add(i % 50)
            a = accounts[(i + tid) % len(accounts)]
            b = accounts[(i * 7 + tid + 1) % len(accounts)]
            if a is not b:
                a.balance -= 3
                b.balance += 3
        if i % 10 == 0:
            with atomic:
                if sum(x.balance for x in accounts) != 1000 * len(accounts):
                    broken.append(i)
        setattr(mine, "attr_%d" % (i % 20), i)
        if i % 100 == 0:
            total = sum(squares(30)) + weighted(i, weight=2)
            order = sorted(range(10), key=lambda k: -k)
            with atomic:
                shared["checks"].append((total - 2 * i, order[0]))
    with atomic:
        shared["kinds"].append((kind.__name__, mine.tid, len(vars(mine))))


def run(n):
    shared = {"items": [], "seen": set(), "checks": [], "kinds": []}
    accounts = [Account(1000) for _ in range(7)]
    broken = []
    threads = [threading.Thread(target=worker, args=(t, shared, accounts, broken)) for t in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(n, "threads: count", shared["count"], "items", len(shared["items"]),
          "per thread ok", all(shared["items"].count(t) == ROUNDS for t in range(n)))
    print("  seen", len(shared["seen"]), "total", sum(a.balance for a in accounts), "broken", broken)
    print("  checks", len(shared["checks"]), set(shared["checks"]))
    print("  kinds", sorted(shared["kinds"]))


for n in (1, 2, 8):
    run(n)
