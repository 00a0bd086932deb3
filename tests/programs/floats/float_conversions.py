# Conversions between floats, ints and strings.
print(float(10), float(-0), float(2 ** 100), float("12.5"), float(" 1e-3 "), float("+inf"), float("-NaN"))
print(int(1e15), int(1.9999999999999999), int(-2.5), int(2 ** 0.5 * 1e10))
print(str(0.1), repr(0.1), str(1e50), str(-1.5e-7))
print(float(True), float(False), float("0"), float("-0"))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.005, 2), round(0.045, 2), round(10.0 / 3, 4))
print(round(1e20, -5) == 1e20, round(123456.789, -3))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
print(float(F()), float(F()) * 2)
class I:
    def __index__(self):
        return 7
print(float(I()))
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float("1,5")
except ValueError as e:
    print(type(e).__name__, e)
for s in ["1e500", "-1e500", "1e-500", "10"]:
    print(s, float(s))
print(1e308 + 1e308, -(1e308 + 1e308))
print(float(10 ** 308), float(-10 ** 308))
try:
    float(10 ** 309)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 309 / 10 ** 300, 10 ** 20 / 10, 7 / 2, -7 / 2, (2 ** 64) / 2)
