# Iterator protocol with classes: __iter__/__next__, iter() with sentinel, iterables vs iterators.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

cd = Countdown(3)
print(list(cd), list(cd), sum(cd), 2 in cd, max(cd))
it = iter(cd)
print(next(it), next(it), list(it), list(it))

class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Squares(5)), 9 in Squares(5), 10 in Squares(5))

data = [5, 3, 0, 7]
pos = iter(range(len(data)))
print(list(iter(lambda: data[next(pos)], 0)))

class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
out = []
for v in Fib():
    if v > 50:
        break
    out.append(v)
print(out)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
a, b, c = Countdown(3)
print(a, b, c, [*Countdown(2)], dict.fromkeys(Countdown(2)))
