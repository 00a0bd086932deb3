# Comparisons between ints, big ints, floats, bools and infinities; exactness of int/float compare.
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) < big, big - 1 == float(big - 1))
print(10 ** 400 > float("inf"), 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(10 ** 400 == float("inf"), 1 < float("nan"), 1 > float("nan"), 1 == float("nan"))
print(2 ** 1000 > 1e300, 2 ** 1024 > 1.7976931348623157e308, -(2 ** 1024) < -1.7976931348623157e308)
print(0 == -0.0, 0 == 0.0, True == 1.0, False == 0, True is not None)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 2 > 0, 1 == 1.0 == True, 2 ** 64 > 2 ** 63 > -1)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), (2 ** 70,) > (2 ** 69, 5))
try:
    1 < "1"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None > 0
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", 1 != "1", None == 0, [] == (), 1 in [1.0], 2 ** 70 in {float(2 ** 70)})
vals = [3, 2.5, True, -1, 2 ** 70, -0.5, False, 1e30]
print(sorted(vals))
print(sorted(vals, reverse=True))
print(max(vals), min(vals), vals.index(1e30), vals.count(1))
print(float(2 ** 63) == 2 ** 63, float(2 ** 63) == 2 ** 63 + 1, int(float(2 ** 63)))
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(hash(9007199254740992) == hash(9007199254740992.0))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1 / 3 * 3 == 1)
x = 5
print(0 < x < 10, 0 < x < 3, not 0 < x, (0 < x) < 10)
