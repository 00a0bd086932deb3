# float methods and conversions: is_integer, as_integer_ratio, int(), float() of strings, dunders.
for v in [0.0, 1.0, -2.5, 1e20, 0.1, 3.0000000000000004, 2.0 ** 60]:
    print(v, v.is_integer(), v.as_integer_ratio(), int(v), v.real, v.imag, v.conjugate())
print((2.5).__floor__() if hasattr(2.5, "__floor__") else 2, (2.5).__trunc__(), (-2.5).__trunc__())
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__add__("x"), (1.5).__mul__(2), (3.0).__rtruediv__(1))
print((7.0).__floordiv__(2), (7.0).__mod__(-2), (7.0).__divmod__(2), (2.0).__pow__(0.5), (2.0).__rpow__(3))
print((1.0).__eq__(1), (1.0).__lt__(2), (1.0).__eq__("1"), (1.5).__neg__(), (1.5).__abs__(), (1.5).__bool__())
print(float(True), float(-7), float(2 ** 80), float("  3.25\n"), float(" 1e-3 "))
print(1.5 + True, 2 * 0.5, 7 / 2, 8 / 4, -7 / 2, 1 / 3 + 1 / 3, 10 / 3 * 3)
print(3.7 // 1, -3.7 // 1, 3.7 % 1 < 0.71, -3.7 % 1 > 0.29, 2.0 ** 0.5 * 2.0 ** 0.5)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5.5 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2 ** 10000 / 1.0
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (2 ** 10000) / 3
except OverflowError as e:
    print(type(e).__name__, e)
print((2 ** 1000) / (2 ** 999), (10 ** 400) / (10 ** 399), 1 / (2 ** 2000) if False else (7 ** 300) // (7 ** 299))
print(float.__name__, type(1.5) is float, isinstance(1, float), float() == 0, float(".5") == 0.5)
print(sum([1.5, 2.5], 10), sum([0.1] * 3) == 0.30000000000000004, abs(-0.0), -(0.0))
print(1.0 == 1, hash(1.5), hash(-1.5), hash(0.1) == hash(0.1), hash(float(2 ** 61)))
print(min(1.0, 1), max(1, 1.0), type(max(1, 1.0)).__name__, sorted([2, 1.5, True]))
x = 1.0
for _ in range(5):
    x /= 3
print(x, x * 243, round(x * 243, 12))
