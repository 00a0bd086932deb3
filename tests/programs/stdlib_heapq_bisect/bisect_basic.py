import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 3, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, lo=4, hi=6))
print(bisect.bisect_right(a, 2, hi=None), bisect.bisect_right(a, 5, 0, -1), bisect.bisect_right(a, 2, 5))
b = []
for v in [5, 1, 4, 1, 3, 9, 2, 6]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
bisect.insort(b, 0, 0, 0)
print(b)
print(bisect.bisect_left("abdf", "c"), bisect.bisect_right((1, 2, 3), 2), bisect.bisect_left(range(0, 100, 10), 35))
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
for bad in (lambda: bisect.bisect_right([1], 1, lo=-1), lambda: bisect.insort([1], 1, -5)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (lambda: bisect.bisect_right([1]), lambda: bisect.bisect_right(), lambda: bisect.bisect_right([1], 1, 0, 1, 2),
            lambda: bisect.bisect_right([1], 1, "a"), lambda: bisect.bisect_right([1], 1, hi="a"),
            lambda: bisect.bisect_right([1], 1, foo=1), lambda: bisect.bisect_right(5, 1), lambda: bisect.insort(5, 1),
            lambda: bisect.bisect_right(["a"], 1), lambda: bisect.insort_left([1], 1, 0, 1, key=None, x=1)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
for bad in (lambda: bisect.bisect_right([1, 2], 1, hi=5), lambda: bisect.bisect_left((1, 2), 1, hi=5)):
    try:
        print(bad())
    except IndexError as e:
        print(type(e).__name__, e)
print(bisect.bisect, bisect.insort, bisect.bisect_left)
