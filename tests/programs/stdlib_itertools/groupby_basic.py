# groupby: keys, key functions, consecutive runs only
from itertools import groupby

for k, g in groupby("aaabbcaa"):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([k for k, _ in groupby("AAAABBBCCDAABBB")])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in groupby(words, key=lambda w: w[0]):
    print(k, list(g))
for k, g in groupby(sorted(words, key=len), len):
    print(k, list(g))
print(list(groupby([])))
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])
print([(k, list(g)) for k, g in groupby(iterable=[3, 3], key=None)])

def keyf(x):
    print("  key", x)
    return x % 2
gb = groupby([1, 3, 2, 4, 5], keyf)
print("made")
k, g = next(gb)
print("first key", k)
print(list(g))
print([(k, list(g)) for k, g in gb])

for f in [lambda: groupby(), lambda: groupby(1), lambda: groupby([1], k=2), lambda: groupby([1], None, 3)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(groupby([1, 2], key=lambda x: 1 / (x - 2)))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(type(groupby("a")).__name__, type(next(groupby("a"))[1]).__name__)
