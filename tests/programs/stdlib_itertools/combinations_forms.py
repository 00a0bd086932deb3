# combinations and combinations_with_replacement: order, r larger than n, errors
from itertools import combinations, combinations_with_replacement as cwr
import math

print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("abc", 0)), list(combinations("abc", 4)), list(combinations("", 0)))
print(list(combinations([3, 1, 3], 2)))
print(list(combinations(iterable="xyz", r=3)))
print(len(list(combinations(range(20), 4))), math.comb(20, 4))

print(list(cwr("abc", 2)))
print(list(cwr(range(3), 3)))
print(list(cwr("ab", 0)), list(cwr("", 2)), list(cwr("", 0)))
print(list(cwr("a", 3)))
print(len(list(cwr(range(6), 4))), math.comb(6 + 4 - 1, 4))

for f in [lambda: combinations([1]), lambda: combinations([1], -1), lambda: cwr([1], -1),
          lambda: combinations([1], r="x"), lambda: combinations(1, 2), lambda: cwr([1]),
          lambda: combinations([1], 1, 2), lambda: combinations([1], 1, r=1)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

c = combinations(range(4), 3)
print(next(c), list(c), list(c))
w = cwr("xy", 2)
print(next(w), list(w), list(w))
print(type(c).__name__, type(w).__name__)
pairs = [(a, b) for a, b in combinations(range(1, 7), 2) if a + b == 7]
print(pairs)
