# accumulate (function, initial) and starmap
import operator
from itertools import accumulate, starmap, count, islice

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate("abc")))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)))
print(list(accumulate([])))
print(list(accumulate([1, 2], initial=None)))
print(list(accumulate(iterable=[1.5, 2.5], func=lambda a, b: a * b)))
print(list(islice(accumulate(count(1)), 6)))
print(list(accumulate([1, 2, 3], lambda acc, x: acc * 10 + x, initial=0)))

def noisy(a, b):
    print("  f", a, b)
    return a + b
acc = accumulate([1, 2, 3], noisy)
print("made")
print(next(acc))
print(next(acc))
print(list(acc))

for f in [lambda: accumulate(), lambda: accumulate([1], x=1), lambda: accumulate(1),
          lambda: accumulate([1], None, 5), lambda: list(accumulate([1, "a"]))]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(starmap(lambda *a: sum(a), [(), (1,), [1, 2], range(4)])))
print(list(starmap(max, ["ab", "zy"])))
print(list(starmap(divmod, zip(range(10, 14), [3] * 4))))
print(list(starmap(lambda **k: 1, [])))
sm = starmap(operator.add, iter([(1, 2), 3, (4, 5)]))
print(next(sm))
try:
    next(sm)
except TypeError as e:
    print(type(e).__name__, e)
print(next(sm))
for f in [lambda: starmap(pow), lambda: starmap(pow, 1), lambda: starmap(pow, [], x=1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(starmap(pow, [(1, 2, 3, 4)]))
except TypeError as e:
    print(type(e).__name__, e)
