# The module-level functions share one hidden Random instance; the public names.
import random

print(sorted(random.__all__))
print(random.random.__self__ is random.randint.__self__, type(random.random.__self__).__name__)
random.seed(31)
x = random.random()
inst = random.random.__self__
inst.seed(31)
print(x == random.random())
print(random.BPF, random.RECIP_BPF, random.TWOPI, round(random.NV_MAGICCONST, 12))
sr = random.SystemRandom()
v = sr.random()
print(type(sr).__name__, 0 <= v < 1, 0 <= sr.randrange(10) < 10, len(sr.randbytes(4)))
try:
    sr.getstate()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(sr.seed(5))
from random import randint, choice, shuffle
random.seed(4)
print(randint(1, 10), choice([1, 2, 3]))
