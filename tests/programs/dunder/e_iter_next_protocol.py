# Iterator protocol by hand: __iter__ returning self, __next__ raising StopIteration, reuse, and iterator errors.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), next(iter(Countdown(1))), sum(Countdown(4)), max(Countdown(5)))
class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Reusable("ab")
print(list(r), list(r), [x + y for x in r for y in r], "a" in r, sorted(r, reverse=True))
class NotAnIterator:
    def __iter__(self):
        return [1, 2]
try:
    for x in NotAnIterator():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NextOnly:
    def __next__(self):
        return 1
try:
    iter(NextOnly())
except TypeError as e:
    print(type(e).__name__, e)
class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("ignored value")
print(list(StopWithValue()), next(StopWithValue(), "default"))
class Raising:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("iteration failed")
try:
    list(Raising())
except ValueError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(zip(it, it)), list(it))
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        self.a, self.b = self.b, self.a + self.b
        return self.a
f = Fib()
print([next(f) for _ in range(10)], next(f))
for i, v in zip(range(3), Fib()):
    print(i, v)
