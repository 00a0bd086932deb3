# functools.lru_cache and cache: statistics on recursive fib, maxsize eviction, typed,
# cache_clear, the decorator forms
import functools
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print([fib(i) for i in range(10)], fib.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, tuple(info), info[1], type(info).__name__)

@lru_cache
def plain(n):
    print("  compute", n)
    return n * n
print(plain(3), plain(3), plain(4), plain.cache_info())
print(plain.cache_parameters())

@lru_cache(maxsize=2)
def sq(n):
    print("  compute", n)
    return n * n
for n in [1, 2, 1, 3, 2, 1]:
    print(n, sq(n))
print(sq.cache_info())

@lru_cache(maxsize=4, typed=True)
def typed(x):
    print("  typed", type(x).__name__, x)
    return x
print(typed(1), typed(1.0), typed(1), typed(True), typed.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x + 1
print(nocache(1), nocache(1), nocache.cache_info())

@cache
def kw(a, b=2, *, c=3):
    print("  kw", a, b, c)
    return a + b + c
print(kw(1), kw(1), kw(1, b=2), kw(1, c=3), kw(a=1), kw.cache_info())
print(lru_cache(-5)(len).cache_info())
for bad in ["x", 1.5]:
    try:
        lru_cache(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    kw([1])
except TypeError as e:
    print(type(e).__name__, e)

@lru_cache(maxsize=None)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(200, (1, 2, 5, 10, 20, 50, 100, 200)), ways.cache_info().misses)
print(fib.__name__, fib.__wrapped__(10), plain.__qualname__)
