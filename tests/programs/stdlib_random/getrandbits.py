# getrandbits for small, word-sized and huge k; randbytes; errors.
import random

random.seed(77)
for k in [0, 1, 2, 7, 31, 32, 33, 63, 64, 65, 100, 128, 1000]:
    v = random.getrandbits(k)
    print(k, v, v.bit_length() <= k)

print(random.getrandbits(20000).bit_length())
print(random.randbytes(0), random.randbytes(5), len(random.randbytes(100)))

class Three:
    def __index__(self):
        return 3
print(random.getrandbits(Three()), random.getrandbits(True))

for k in [-1, 1.5, "8", 2**40, None]:
    try:
        print(random.getrandbits(k))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(k), type(e).__name__, e)
for f in [lambda: random.getrandbits(), lambda: random.getrandbits(1, 2), lambda: random.random(1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

random.seed(1)
x = random.getrandbits(64)
random.seed(1)
hi = random.getrandbits(32)
lo_then = random.getrandbits(32)
print(x == (lo_then << 32) | hi)
