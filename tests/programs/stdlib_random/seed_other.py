# Float and None seeds, unsupported seed types, and seed() argument errors.
import random

for seed in [0.0, 1.5, -2.5, 3.0, 1e300, float("inf")]:
    random.seed(seed)
    print(seed, random.random())

random.seed(3.0)
a = random.random()
random.seed(3)
print("3.0 and 3 agree:", a == random.random())

random.seed(None)
print(0.0 <= random.random() < 1.0)
random.seed()
print(type(random.random()).__name__)

for bad in [[1, 2], (1, 2), {1: 2}, {1}, object]:
    try:
        random.seed(bad)
    except TypeError as e:
        print(type(bad).__name__, type(e).__name__, e)

r = random.Random()
for args in [(1, 2, 3), ()]:
    try:
        r.seed(*args)
        print("seed", args, "ok")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    random.Random(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(r.gauss_next)
