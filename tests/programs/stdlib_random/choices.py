# choices with no weights, relative weights and cumulative weights; the errors.
import random

random.seed(3)
print(random.choices("abc", k=10))
print(random.choices(range(5)))
print(random.choices(["x", "y", "z"], weights=[10, 1, 1], k=10))
print(random.choices(["x", "y", "z"], [0, 0, 1], k=4))
print(random.choices(["x", "y", "z"], cum_weights=[1, 2, 30], k=10))
print(random.choices([1, 2, 3], weights=[0.5, 0.25, 0.25], k=8))
print(random.choices("ab", k=0))

cases = [
    (lambda: random.choices("abc", [1, 2], k=2), "weights size"),
    (lambda: random.choices("abc", [1, 1, 1], cum_weights=[1, 2, 3]), "both"),
    (lambda: random.choices("abc", [0, 0, 0]), "zero total"),
    (lambda: random.choices("abc", [1, float("inf"), 1]), "inf"),
    (lambda: random.choices("abc", 5), "int weights"),
    (lambda: random.choices("abc", cum_weights=[1, 2]), "cum size"),
    (lambda: random.choices([], k=2), "empty"),
    (lambda: random.choices("abc", k=2.5), "float k"),
]
for f, what in cases:
    try:
        print(what, f())
    except (ValueError, TypeError, IndexError) as e:
        print(what, type(e).__name__, e)

tally = dict.fromkeys("abc", 0)
for c in random.choices("abc", weights=[1, 2, 7], k=1000):
    tally[c] += 1
print(tally)
