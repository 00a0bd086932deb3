# chain, chain.from_iterable and compress: laziness, errors, exhaustion
from itertools import chain, compress, count, islice

print(list(chain()))
print(list(chain([1, 2], (3,), "ab", range(2))))
print(list(chain.from_iterable(["ab", [1], ()])))
print(list(islice(chain.from_iterable(repeat_ for repeat_ in (range(3) for _ in count())), 7)))

def src(name, n):
    print("open", name)
    for i in range(n):
        print("  yield", name, i)
        yield name + str(i)

c = chain(src("a", 2), src("b", 1))
print("chain made")
print(next(c))
print(list(c))
print(list(c))

def outer():
    print("outer 1")
    yield [1, 2]
    print("outer 2")
    yield [3]
print(list(chain.from_iterable(outer())))

bad = chain([1], 5, [2])
print(next(bad))
try:
    next(bad)
except TypeError as e:
    print(type(e).__name__, e)
print(list(bad))
for f in [lambda: chain(x=1), lambda: chain.from_iterable(), lambda: chain.from_iterable(3)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(type(chain.from_iterable([])).__name__)

print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(compress("abcdef", [True, False])))
print(list(compress("ab", [1, 1, 1, 1])))
print(list(compress(range(10), (x % 3 == 0 for x in range(10)))))
print(list(compress(data=[1, 2, 3], selectors=[0, 1, 1])))
print(list(islice(compress(count(), [0, 1] * 5), 10)))
for f in [lambda: compress([1]), lambda: compress(1, [1]), lambda: compress([1], 2),
          lambda: compress([1], [1], x=1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

class Sel:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v > 1
print(list(compress("xyz", [Sel(1), Sel(2), Sel(3)])))
