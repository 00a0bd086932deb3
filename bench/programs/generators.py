# Generator pipelines: a chain of generators (sources, filters, maps, windows, a
# merge of sorted streams, send() coroutines, yield from), plus generator
# expressions consumed by builtins.
import sys


def lcg(seed, count):
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state >> 4


def take_while_small(stream, limit):
    for x in stream:
        if x >= limit:
            return
        yield x


def scaled(stream, mod):
    for x in stream:
        yield x % mod


def evens_then_odds(stream):
    odds = []
    for x in stream:
        if x & 1:
            odds.append(x)
        else:
            yield x
    yield from odds


def windows(stream, size):
    window = []
    for x in stream:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def merge(a, b):
    x = next(a, None)
    y = next(b, None)
    while x is not None and y is not None:
        if x <= y:
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
    while x is not None:
        yield x
        x = next(a, None)
    while y is not None:
        yield y
        y = next(b, None)


def counting(start):
    n = start
    while True:
        yield n
        n += 3


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return total
        total += value
        count += 1
        average = total // count


def tree_walk(depth, label):
    if depth == 0:
        yield label
        return
    yield from tree_walk(depth - 1, label * 2)
    yield label
    yield from tree_walk(depth - 1, label * 2 + 1)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 250000
    pipeline = windows(evens_then_odds(scaled(take_while_small(lcg(1, n), 1 << 30), 1000)), 4)
    acc = 0
    for w in pipeline:
        acc = (acc * 17 + sum(w) + max(w) - min(w)) % 1000000007
    print("windows", acc)

    merged = merge(iter(sorted(lcg(5, n // 2))), counting(0))
    first = [next(merged) for _ in range(n)]
    print("merge", len(first), first[:5], sum(first) % 1000003)

    avg = averager()
    next(avg)
    last = 0
    for x in scaled(lcg(9, n), 997):
        last = avg.send(x)
    try:
        avg.send(None)
    except StopIteration as stop:
        print("averager", last, stop.value)

    leaves = sum(x for x in tree_walk(12, 1) if x % 3 == 0)
    squares = sum(x * x for x in range(n) if x % 7 != 0)
    print("tree", leaves, "squares", squares, "any", any(x > n for x in range(n)))


main()
