# Calls the interpreter runs inline: functions with defaults, cell and free variables,
# bound methods of them; __defaults__ reassigned between calls; errors from inline frames.

def add(a, b=10, c=100):
    return a + b + c

for args in [(1,), (1, 2), (1, 2, 3)]:
    print("add", args, add(*args), add(args[0]) if len(args) == 1 else "")
print(add(5), add(5, 6), add(5, 6, 7))
add.__defaults__ = (1, 2)
print("new defaults", add(0), add(0, 0))
add.__defaults__ = (3,)
print("one default", add(0, 0))
try:
    add(0)
except TypeError as e:
    print(type(e).__name__, e)
add.__defaults__ = None
try:
    add(0, 1)
except TypeError as e:
    print(type(e).__name__, e)

def bucket(x, acc=[]):
    acc.append(x)
    return len(acc)
print("shared default", [bucket(i) for i in range(4)])

def make_counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
c = make_counter(5)
print("closure", c(), c(), c(10), c(by=2))

def capture(x, y=2):
    def get():
        return x * y
    x += 1
    return get
print("cell params", capture(3)(), capture(3, 5)())

def queens(n):
    found = []
    def place(row, cols=()):
        if row == n:
            found.append(cols)
            return
        for c in range(n):
            if all(c != q and abs(c - q) != row - r for r, q in enumerate(cols)):
                place(row + 1, cols + (c,))
    place(0)
    return len(found), found[0]
print("queens", queens(5), queens(6))

class Acc:
    def __init__(self):
        self.total = 0
    def add(self, v, times=1):
        def bump():
            self.total += v * times
        bump()
        return self.total
a = Acc()
print("method", a.add(2), a.add(3, 4), Acc.add(a, 1))

def fails(x, y=0):
    def inner():
        return x / y
    return inner()
for y in (2, 0):
    try:
        print("fails", fails(4, y) if y else fails(4))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
