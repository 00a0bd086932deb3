# Independent work per thread (no shared state but the result slots): 1, 2 and 8 threads,
# each result exactly what a serial run gives.
import threading


def collatz_steps(limit):
    best, best_n = 0, 0
    for n in range(1, limit):
        steps, x = 0, n
        while x != 1:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
    return best_n, best


def primes(limit):
    sieve = bytearray([1]) * limit
    sieve[0:2] = b"\x00\x00"
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, limit, i)))
    return sum(sieve)


def words(seed):
    text = " ".join(str((seed * k * 7919) % 1000) for k in range(3000))
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))


JOBS = [(collatz_steps, 3000), (primes, 20000), (words, 3), (collatz_steps, 2000),
        (primes, 5000), (words, 11), (collatz_steps, 1000), (words, 7)]

expected = [f(arg) for f, arg in JOBS]
print(expected)
for n in (1, 2, 8):
    results = [None] * len(JOBS)

    def worker(first):
        for i in range(first, len(JOBS), n):
            f, arg = JOBS[i]
            results[i] = f(arg)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(n, results == expected, [t.is_alive() for t in threads])
