# shuffle in place (Fisher-Yates with _randbelow), on lists of various sizes.
import random

random.seed(5)
for n in [0, 1, 2, 5, 10, 30]:
    items = list(range(n))
    print(n, random.shuffle(items), items)

words = ["alpha", "beta", "gamma", "delta", "epsilon"]
random.shuffle(words)
print(words)

random.seed(5)
a = list(range(10))
random.shuffle(a)
random.seed(5)
b = list(range(10))
random.shuffle(b)
print(a == b, sorted(a) == list(range(10)))

try:
    random.shuffle((1, 2, 3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    random.shuffle("abc")
except TypeError as e:
    print(type(e).__name__, e)

big = list(range(1000))
random.shuffle(big)
print(big[:10], sum(big))
