# Independent CPU work per thread: a fixed amount of work (UNITS units) split evenly over
# THREADS threads; each unit is an integer loop (a linear congruential generator), a float
# loop (a series) and an object loop (small __slots__ particles stepped in place). Threads
# share nothing while they work; each keeps its results in its own list, and the lists are
# combined at the end, so the checksum is the same for every thread count.
# Usage: par_independent.py THREADS [UNITS]
import sys
import threading

try:
    from pypystm import atomic
except ImportError:
    atomic = threading.Lock()


class Particle:
    __slots__ = ("x", "v", "bounces")

    def __init__(self, x, v):
        self.x = x
        self.v = v
        self.bounces = 0

    def step(self, dt):
        x = self.x + self.v * dt
        if x < 0.0 or x > 100.0:
            self.v = -self.v
            self.bounces += 1
        else:
            self.x = x


def int_work(seed, n):
    h = seed
    total = 0
    for i in range(n):
        h = (h * 1103515245 + 12345) & 0x7FFFFFFF
        total += (h >> 7) % 1000 ^ (i & 255)
    return total


def float_work(seed, n):
    s = 0.0
    for i in range(1, n):
        s += 1.0 / (i * i + seed) - 0.5 / (i + seed)
    return s


def object_work(seed, count, steps):
    particles = [Particle((seed * 7 + i * 13) % 100 + 0.5, (i % 7) - 3.25) for i in range(count)]
    for _ in range(steps):
        for p in particles:
            p.step(0.75)
    return sum(p.bounces for p in particles), sum(p.x for p in particles)


def unit(u):
    b, x = object_work(u, 40, 60)
    return (u, int_work(u, 6000), float_work(u, 6000), b, x)


def worker(units, results):
    local = [unit(u) for u in units]
    with atomic:
        results.extend(local)


def main():
    threads = int(sys.argv[1])
    units = int(sys.argv[2]) if len(sys.argv) > 2 else 336
    results = []
    workers = [threading.Thread(target=worker, args=(range(t * units // threads, (t + 1) * units // threads), results))
               for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    results.sort()
    print("units", len(results))
    print("int checksum", sum(r[1] for r in results))
    fsum = 0.0
    for r in results:
        fsum += r[2]
    print("float checksum %.9f" % fsum)
    print("bounces", sum(r[3] for r in results))
    xsum = 0.0
    for r in results:
        xsum += r[4]
    print("positions %.6f" % xsum)


main()
