# zip (strict=), enumerate(start=), iter(callable, sentinel), next with default, reversed and map/filter laziness.
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(10), "xyz")), dict(zip("ab", [1, 2])))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in [([1, 2, 3], [1, 2]), ([1], [1, 2]), ([], [1])]:
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate("ab", start=-2)), list(enumerate([], 5)))
print(list(enumerate("ab", 2 ** 70)))
try:
    enumerate("a", 1.5)
except TypeError as e:
    print(type(e).__name__, e)
data = [5, 3, 0, 8]
it = iter(data)
print(list(iter(lambda: next(it), 0)), list(it))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
i = iter([1])
print(next(i), next(i, "default"), next(i, None))
try:
    next(i)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))), list(reversed({1: 2, 3: 4})))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 100
print(list(reversed(Seq())))
calls = []
m = map(lambda v: calls.append(v) or v * 2, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
print(list(map(pow, [2, 3], [5, 2], [100, 7])), list(map(len, ["a", "bb"])), list(filter(str.isdigit, "a1b2")))
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z), list(z))
e = enumerate(iter("xyz"))
print(next(e), list(e))
print(type(zip()).__name__, type(map(len, [])).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
