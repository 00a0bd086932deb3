# functools.reduce: with and without initial, order of calls, errors
import functools
from functools import reduce
import operator

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.add, [1, 2, 3, 4], 100))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(operator.add, ["a", "b", "c"]))
print(reduce(operator.add, [[1], [2], [3]], []))
print(reduce(max, [3, 9, 2]), reduce(min, (5,)), reduce(min, [], "init"))
print(reduce(lambda acc, x: acc + [x * x], range(5), []))
print(reduce(operator.or_, [{1}, {2}, {3}]))

def f(a, b):
    print("  f(%r, %r)" % (a, b))
    return a - b
print(reduce(f, [10, 1, 2, 3]))
print(reduce(f, iter([5]), 100))

def gen():
    yield 1
    print("  gen middle")
    yield 2
print(reduce(operator.add, gen()))

for args in [(max, []), (max, 1), (max,), (max, [1], 2, 3), ()]:
    try:
        reduce(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    reduce(max, [1], initial=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(lambda a, b: a / b, [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(reduce is functools.reduce, reduce.__name__)
print(reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4, 5, 6, 7, 8, 9] * 3))
