# Random transfers between accounts by 1, 2 and 8 threads: the total never changes, and
# an auditor thread checks it (under the same lock) while the transfers run.
import random
import threading
from _atomic import atomic

ACCOUNTS = 20
TRANSFERS = 3000


def simulate(n, use_atomic):
    balances = [1000] * ACCOUNTS
    lock = threading.Lock()
    audits = []
    stop = threading.Event()

    def guard():
        return atomic if use_atomic else lock

    def transfer(seed):
        rng = random.Random(seed)
        for _ in range(TRANSFERS):
            a, b = rng.randrange(ACCOUNTS), rng.randrange(ACCOUNTS)
            amount = rng.randrange(1, 50)
            with guard():
                if balances[a] >= amount:
                    balances[a] -= amount
                    balances[b] += amount

    def audit():
        while not stop.is_set():
            with guard():
                audits.append(sum(balances))

    auditor = threading.Thread(target=audit)
    auditor.start()
    workers = [threading.Thread(target=transfer, args=(i,)) for i in range(n)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    stop.set()
    auditor.join()
    with guard():
        audits.append(sum(balances))
    bad = [s for s in audits if s != ACCOUNTS * 1000]
    return sum(balances), len(bad), min(balances) >= 0


for n in (1, 2, 8):
    print(n, "threads, lock:", simulate(n, False))
    print(n, "threads, atomic:", simulate(n, True))
