# The time module: only deterministic properties are printed.
import time
t0 = time.time()
print(type(t0).__name__, t0 > 1_600_000_000)
p0 = time.perf_counter()
m0 = time.monotonic()
c0 = time.process_time()
total = 0
for i in range(20000):
    total += i * i
p1 = time.perf_counter()
m1 = time.monotonic()
c1 = time.process_time()
print(total, p1 - p0 >= 0, m1 - m0 >= 0, c1 - c0 >= 0)
s0 = time.perf_counter()
time.sleep(0.02)
s1 = time.perf_counter()
print("slept at least 15 ms:", s1 - s0 >= 0.015)
time.sleep(0)
readings = [time.monotonic() for _ in range(100)]
print("monotonic never decreases:", all(b >= a for a, b in zip(readings, readings[1:])))
print(type(time.perf_counter()).__name__, type(time.monotonic()).__name__, type(time.process_time()).__name__)
print(time.time() >= t0)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    elapsed = time.perf_counter() - start
    return result, elapsed >= 0
print(timed(sum, range(1000)), timed(sorted, [3, 1, 2]))
