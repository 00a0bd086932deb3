# Float literal forms and their reprs.
print(1.0, 1., .5, 0.5e3, 1e10, 1E-3, 1_000.000_1, 3.14)
print(1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234)
print(1e308 * 10, -1e308 * 10, 5e-324, 2.5e-324, 1e-400)
print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 1e22, 1e23)
print(float("inf"), float("-inf"), float("nan"), float("  -1.5  "), float("1e3"), float("infinity"))
print(float("1_0.5"), float(".5"), float("5."), float(7), float(-0.0))
print(-0.0, 0.0 == -0.0, repr(-0.0))
print(type(1.0).__name__, type(1e3).__name__)
for bad in ["", "abc", "1.2.3", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(1.5e300 * 1.5e300)
print(float(2 ** 53), float(2 ** 53 + 1), 2.0 ** 0.5)
print(9007199254740993.0, 0.30000000000000004, 100.0, 1e2)
