# range objects: arguments, negative steps, membership, indexing, len.
print(list(range(5)), list(range(2, 8)), list(range(0, 10, 3)), list(range(10, 0, -2)), list(range(5, 5)))
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(0, -10, -4)), list(range(1, 0)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2:4], r[::-1], 7 in r, 8 in r, r.index(11), r.count(15))
print(range(0), len(range(0)), bool(range(0)), bool(range(1)), range(10)[-3])
print(range(1, 10, 2) == range(1, 11, 2), range(0) == range(5, 1), list(range(10 ** 20, 10 ** 20 + 3)))
print((10 ** 19) in range(0, 10 ** 20, 10), (10 ** 19 + 1) in range(0, 10 ** 20, 10), range(0, 10 ** 20, 10)[-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(5)[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3).index(7)
except ValueError as e:
    print(type(e).__name__, e)
total = 0
for i in range(100, 0, -7):
    total += i
print(total, sum(range(100, 0, -7)))
print([i * j for i in range(1, 4) for j in range(i, 4)])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), max(range(7)), min(range(3, 9)))
print(range(2, 20, 3).start, range(2, 20, 3).stop, range(2, 20, 3).step, range(7).step)
