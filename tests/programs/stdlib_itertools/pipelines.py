# itertools composed into lazy pipelines, with heavy allocation (exercises the collector)
from itertools import (accumulate, chain, combinations, count, cycle, groupby, islice,
                       pairwise, product, starmap, takewhile, tee, zip_longest)

primes = []
def is_prime(n):
    return all(n % p for p in takewhile(lambda p: p * p <= n, primes))
for n in islice(count(2), 2000):
    if is_prime(n):
        primes.append(n)
print(len(primes), primes[:10], primes[-3:])

runs = [(k, len(list(g))) for k, g in groupby(str(2 ** 2000))]
print(len(runs), max(r[1] for r in runs))

gaps = [b - a for a, b in pairwise(primes)]
print(max(gaps), sum(gaps) == primes[-1] - primes[0])

a, b = tee(islice(count(), 5000))
print(sum(x * y for x, y in zip(a, islice(b, 1, None))))

total = 0
for combo in combinations(range(30), 3):
    total += sum(combo)
print(total)

strs = ["".join(p) for p in product("abc", repeat=6)]
print(len(strs), strs[0], strs[-1], strs[400])

pal = list(islice((s for s in strs if s == s[::-1]), 5))
print(pal)

acc = list(accumulate((str(i) for i in range(300)), lambda x, y: (x + y)[-20:]))
print(acc[-1], len(acc))

colors = cycle(["red", "green", "blue"])
labels = [f"{c}{i}" for c, i in zip(colors, range(7))]
print(labels)

grid = list(zip_longest(*[iter(range(10))] * 3, fillvalue=-1))
print(grid)

print(list(starmap(lambda x, y: x * y, zip(count(1), chain(range(3), [10, 20])))))
