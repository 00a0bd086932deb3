# Tuples as multiple return values, records and dictionary keys.
def min_max_avg(xs):
    return min(xs), max(xs), sum(xs) / len(xs)

lo, hi, avg = min_max_avg([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
result = min_max_avg([1, 2])
print(result, type(result).__name__, result[2])

def divide(a, b):
    if b == 0:
        return None, "division by zero"
    return (a // b, a % b), None

for a, b in [(17, 5), (-17, 5), (1, 0)]:
    value, err = divide(a, b)
    print(a, b, value, err)

points = [(3, 4), (-1, 2), (0, 0), (5, -12), (1, 1)]
def dist2(p):
    x, y = p
    return x * x + y * y
print(sorted(points, key=dist2), max(points, key=dist2))
print([(x, y) for x, y in points if x > 0 and y > 0])

grid = {}
for x in range(3):
    for y in range(3):
        grid[x, y] = x * 3 + y
print(grid[2, 1], grid[(0, 2)], len(grid), sorted(grid)[:4])
neighbours = lambda x, y: [(x + dx, y + dy) for dx, dy in ((0, 1), (1, 0), (0, -1), (-1, 0)) if (x + dx, y + dy) in grid]
print(neighbours(0, 0), neighbours(1, 1))

inventory = [("apples", 3, 0.5), ("pears", 0, 0.75), ("plums", 12, 0.2)]
for name, count, price in inventory:
    status = "out" if not count else f"{count * price:.2f}"
    print(f"{name:>7}: {status}")
total = sum(count * price for _, count, price in inventory)
print(round(total, 2))
nested = ((1, 2), (3, (4, (5, 6))))
(a, b), (c, (d, (e, f))) = nested
print(a + b + c + d + e + f)
def swap_pairs(pairs):
    return tuple((b, a) for a, b in pairs)
print(swap_pairs(((1, 2), ("x", "y"))))
