# Lazy generator pipelines: each stage pulls on demand, infinite sources with take, and stage tracing.
trace = []
def source(n):
    for i in range(n):
        trace.append(f"src{i}")
        yield i
def double(it):
    for v in it:
        trace.append(f"dbl{v}")
        yield v * 2
def keep_mod3(it):
    for v in it:
        if v % 3 == 0:
            yield v
pipe = keep_mod3(double(source(10)))
print(trace)
print(next(pipe), trace)
print(list(pipe))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for _, v in zip(range(n), it):
        yield v
print(list(take(5, (x * x for x in naturals() if x % 2))))
def window(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)), list(window("ab", 3)))
def running_mean(it):
    total = count = 0
    for v in it:
        total += v
        count += 1
        yield total / count
print([round(m, 2) for m in running_mean([2, 4, 9, 1])])
def unique(it):
    seen = set()
    for v in it:
        if v not in seen:
            seen.add(v)
            yield v
print(list(unique("abracadabra")), list(unique([3, 1, 3, 2, 1])))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(7)), 3)), list(chunks("abcdefg", 2)))
