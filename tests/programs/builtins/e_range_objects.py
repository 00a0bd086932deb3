# range objects: len, indexing, slicing into ranges, containment with non-ints, equality, reversed and errors.
r = range(3, 20, 4)
print(list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r[::2], list(r[::-1]), r.start, r.stop, r.step)
print(7 in r, 8 in r, 7.0 in r, True in range(2), "a" in r if False else "-", r.index(11), r.count(11), r.count(12))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 3) == range(0, 11, 3), range(1) != range(2))
print(list(range(10, 0, -3)), list(range(-5)), list(range(-5, -1)), len(range(0, -10, -2)), range(5)[-5])
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)), str(range(0)), bool(range(0)), bool(range(1)))
big = range(0, 10 ** 20, 3)
print(len(big) if False else big[10 ** 18], 10 ** 19 in big, big[-1], (10 ** 20 - 1) in big)
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range("3"), lambda: range(5)[5], lambda: range(5).index(7)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(list(reversed(range(1, 10, 3))), sum(range(101)), max(range(7)), sorted(range(5, 0, -1)), list(zip(range(3), range(10, 13))))
print(hash(range(3)) == hash(range(0, 3)), {range(3): "r"}[range(0, 3, 1)], range(2, 8)[2:10], range(10)[-3:])
