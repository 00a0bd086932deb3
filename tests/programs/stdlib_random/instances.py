# Random instances have their own state; subclasses may replace random() or
# getrandbits(), and _randbelow follows (__init_subclass__), as in CPython.
import random
import _random

a = random.Random(1)
b = random.Random(1)
print(a.random() == b.random(), a.random(), b.randint(1, 100))
random.seed(1)
print(random.random() == random.Random(1).random())
print(isinstance(a, random.Random), isinstance(a, _random.Random), type(a).__name__)
print([c.__name__ for c in random.Random.__mro__], random.Random.VERSION)
print(sorted(vars(a)))

class Fixed(random.Random):
    def random(self):
        return 0.5

f = Fixed(3)
print(f.random(), f.uniform(0, 10), f.randrange(10), f.choice("abcd"), f._randbelow.__name__)

class Bits(random.Random):
    def getrandbits(self, k):
        return k - 1

g = Bits(0)
print(g.randrange(5), g._randbelow.__name__, g.random() < 1)

class Counting(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def random(self):
        self.calls += 1
        return super().random()

c = Counting(9)
print(c.gauss(), c.calls, c.choices("xy", k=3), c.calls)

class Bare(_random.Random):
    def __init__(self, a, b):
        pass

z = Bare(1, 2)
print(z.random(), z.getrandbits(32))
n = _random.Random(42)
print(n.random() == random.Random(42).random())
try:
    _random.Random(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    random.Random.random(5)
except TypeError as e:
    print(type(e).__name__, e)
