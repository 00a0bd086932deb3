# round(): banker's rounding, ndigits positive and negative, on floats and ints.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 1), round(v, 2), type(round(v)).__name__, type(round(v, 0)).__name__)
for v in [1234.5678, -1234.5678, 5e-324, 1e300, 123.456]:
    print(v, round(v, -1), round(v, -2), round(v, -3), round(v, 3), round(v, -400), round(v, 400))
print(round(2.5, None), round(-0.4), round(-0.0), round(0.0, 2), round(-0.001, 2))
print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(45, -1))
print(round(10 ** 20 + 5 * 10 ** 4, -5), round(123, 0), round(123, 5), round(True), round(True, 2))
print(round(1e22), round(1.5e16), round(-2.5e15 + 0.5))
for bad in [float("inf"), float("-inf")]:
    try:
        round(bad)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3), round(R(), -1))
print([round(x / 8, 2) for x in range(-8, 9)])
print([round(x + 0.5) for x in range(-4, 5)])
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {-0.5:.0f} {1.45:.1f}")
print("%.0f %.0f %.1f %.2f" % (0.5, 1.5, 0.25, 2.675))
