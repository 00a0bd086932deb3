# A small tour of what stmvm runs: classes, generators, closures, big ints, f-strings.

class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.141592653589793 * self.r ** 2


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


shapes = sorted([Rect(3, 4), Circle(1.5), Rect(1, 1)], key=lambda s: s.area())
print(shapes)
print([n for n, _ in zip(fib(), range(15))])
f = fib()
for _ in range(200):
    big = next(f)
print("fib(200) =", big)
bump = counter()
bump(); bump(5)
print("counter:", bump())
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print({w: c for w, c in freq.items() if c > 1})
try:
    {}["missing"]
except KeyError as e:
    print("caught", repr(e))
