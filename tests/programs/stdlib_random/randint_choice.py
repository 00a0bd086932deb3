# randint and choice on every kind of sequence, with the errors for empty input.
import random

random.seed(11)
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-3, 3) for _ in range(10)])
print(random.randint(0, 0), random.randint(10**20, 10**20 + 5))
for a, b in [(5, 4), (3, 1), ("a", 2)]:
    try:
        print(random.randint(a, b))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print([random.choice("abcdef") for _ in range(8)])
print([random.choice((10, 20, 30)) for _ in range(6)])
print([random.choice(range(100, 200, 10)) for _ in range(6)])
print(random.choice([None]), random.choice(b"xyz"))
for empty in [[], "", (), range(0)]:
    try:
        random.choice(empty)
    except IndexError as e:
        print(repr(empty), type(e).__name__, e)
try:
    random.choice({1: 2, 3: 4})
except KeyError as e:
    print("dict", type(e).__name__, e)

counts = {}
for _ in range(600):
    k = random.randint(1, 3)
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))
