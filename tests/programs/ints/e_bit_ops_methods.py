# int methods: bit_length, bit_count, as_integer_ratio, conjugate, is_integer-free helpers, attributes.
for v in [0, 1, 7, 8, -8, -9, 2 ** 31, 2 ** 63 - 1, -(2 ** 63), 10 ** 50]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator)
print((True).bit_length(), (False).bit_count(), True.as_integer_ratio(), True.numerator)
print(int.bit_length(255), int.bit_count(-255), (-1) .bit_length())
print(abs(-5), abs(-(10 ** 30)), -(-(2 ** 63)), +(-4))
print((255).__index__(), (12).__int__(), (12).__float__(), (12).__bool__(), (0).__bool__())
print((5).__add__(3), (5).__radd__(3), (5).__sub__(3), (5).__rsub__(3), (5).__mul__(2.0))
print((5).__floordiv__(2), (5).__rtruediv__(10), (5).__mod__(-3), (5).__pow__(2), (5).__rpow__(2))
print((5).__lt__(6), (5).__eq__(5.0), (5).__ne__("5"), (5).__neg__(), (5).__invert__())
print((5).__round__(), (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2))
print(round(15, -1), round(25, -1), round(-35, -1), round(123456, -10), round(7, 2))
print((10).__trunc__(), (10).__floor__(), (10).__ceil__())
print(int.__name__, type(5).__name__, isinstance(True, int), issubclass(bool, int))
print((7).__divmod__(2), (7).__rdivmod__(20), (3).__and__(5), (3).__rxor__(5), (3).__lshift__(4))
print((2).__truediv__(0.5), (7).__format__("05d"), (3).__hash__())
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
print(hash(1) == hash(1.0), hash(2 ** 70) == hash(float(2 ** 70)))
print(sorted([3, -1, 10 ** 20, -(10 ** 20), 0, True]))
print(max(2 ** 100, 2 ** 100 + 1), min(-5, -(2 ** 80)))
try:
    (5).__add__("x")
    print((5).__add__("x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1.5).bit_length()
except AttributeError as e:
    print(type(e).__name__, e)
