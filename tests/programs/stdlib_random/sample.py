# sample: the pool algorithm (small populations) and the set algorithm (large ones),
# counts=, and the errors.
import random

random.seed(8)
print(random.sample(range(10), 3))
print(random.sample(range(10), 10))
print(random.sample("abcdefgh", 4))
print(random.sample((1, 2, 3), 0))
print(random.sample(range(1000), 5))
print(random.sample(range(10**12), 4))
print(random.sample(list(range(30)), 25))
print(random.sample(range(100), 30))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample("ab", k=4, counts=[3, 1]))

cases = [
    (lambda: random.sample(range(5), 6), "too many"),
    (lambda: random.sample(range(5), -1), "negative"),
    (lambda: random.sample({1, 2, 3}, 2), "set"),
    (lambda: random.sample({1: 2}, 1), "dict"),
    (lambda: random.sample("ab", 1, counts=[1]), "counts size"),
    (lambda: random.sample("ab", 1, counts=[0, 0]), "zero counts"),
    (lambda: random.sample("ab", 1, counts=[1.5, 1]), "float counts"),
    (lambda: random.sample(range(3)), "no k"),
]
for f, what in cases:
    try:
        print(what, f())
    except (ValueError, TypeError) as e:
        print(what, type(e).__name__, e)

pop = list(range(50))
s = random.sample(pop, 50)
print(sorted(s) == pop, pop[:5])
