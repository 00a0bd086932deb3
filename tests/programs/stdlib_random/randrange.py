# randrange in all its forms, with CPython's error messages.
import random

random.seed(2024)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 10) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(100, 0, -3) for _ in range(10)])
print([random.randrange(-50, -10) for _ in range(5)])
print(random.randrange(10**30), random.randrange(-10**25, 10**25, 3))
print(random.randrange(1), random.randrange(5, 6), random.randrange(0, 10, 100))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(random.randrange(Idx(3), Idx(30), Idx(4)))

cases = [(0,), (-5,), (5, 5), (10, 2), (0, 10, 0), (0, 10, -1), (10, 0, 1),
         ("a",), (0, "b"), (None,), (0, None, 2)]
for args in cases:
    try:
        print(args, random.randrange(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)

try:
    random.randrange(10, step=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    random.randrange()
except TypeError as e:
    print(type(e).__name__, e)
