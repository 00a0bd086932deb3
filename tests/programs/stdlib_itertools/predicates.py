# dropwhile, takewhile, filterfalse: predicates called lazily, once per item
from itertools import dropwhile, takewhile, filterfalse, count, islice

def pred(x):
    print("  pred", x)
    return x < 3

print(list(dropwhile(pred, [1, 2, 3, 4, 1])))
print(list(takewhile(pred, [1, 2, 3, 4, 1])))
print(list(filterfalse(pred, [1, 5, 2, 6])))
print(list(filterfalse(None, [0, 1, "", "a", [], [0], None])))
print(list(filterfalse(bool, [0, 1, 2, 0])))
print(list(dropwhile(lambda x: True, [1, 2])))
print(list(takewhile(lambda x: True, [])))
print(list(islice(takewhile(lambda x: x < 100, count()), 0, 100, 25)))
print(list(takewhile(lambda x: x < 5, count(3))))

t = takewhile(lambda x: x < 2, iter([0, 1, 2, 3, 4]))
print(list(t), list(t))
it = iter([0, 1, 2, 3, 4])
t = takewhile(lambda x: x < 2, it)
print(list(t), next(it))

d = dropwhile(lambda x: x < 2, [0, 1, 2, 0, 1])
print(next(d), list(d))

def boom(x):
    raise ValueError("bad item %r" % (x,))
for f in [dropwhile, takewhile, filterfalse]:
    try:
        next(f(boom, [7]))
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
    for args in [(None,), (None, 1), (None, [1], [2])]:
        try:
            f(*args)
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        f(None, [1], x=1)
    except TypeError as e:
        print(type(e).__name__, e)
print(list(filterfalse(lambda s: s.startswith("a"), ["ab", "ba", "ac", "ca"])))
print(type(dropwhile(None, [])).__name__, type(takewhile(None, [])).__name__)
