# zip_longest (fillvalue, exhaustion order) and pairwise
from itertools import zip_longest, pairwise, count, islice

print(list(zip_longest("abc", [1, 2])))
print(list(zip_longest("ab", range(4), fillvalue="-")))
print(list(zip_longest()))
print(list(zip_longest("xy")))
print(list(zip_longest([], [], fillvalue=0)))
print(list(islice(zip_longest(count(), "ab"), 4)))
print(dict(zip_longest("abc", [1], fillvalue=None)))

def src(name, n):
    for i in range(n):
        print("  ", name, i)
        yield i
z = zip_longest(src("a", 1), src("b", 3), fillvalue="F")
print(list(z))
print(list(z))

for f in [lambda: zip_longest(x=1), lambda: zip_longest([1], fillvalue=1, other=2), lambda: zip_longest(1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

def boom():
    yield 1
    raise ValueError("boom")
zb = zip_longest(boom(), "abc")
print(next(zb))
try:
    next(zb)
except ValueError as e:
    print(type(e).__name__, e)
print(list(zb))

print(list(pairwise("abcd")))
print(list(pairwise([1])), list(pairwise([])))
print(list(pairwise(range(5))))
print(list(islice(pairwise(count()), 3)))
p = pairwise(src("p", 3))
print("made")
print(next(p))
print(list(p), list(p))
for args in [(), (1,), ([1], [2])]:
    try:
        pairwise(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    pairwise(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])
