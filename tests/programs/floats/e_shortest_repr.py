# Shortest round-tripping float repr, exponent thresholds and str() of floats.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.00001234,
        1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0,
        100.0, 1e100, 12345.6789, -0.0, 0.5, 1.5e-7, 4.35, 2.675, 1.1 * 3, 3.0 * 1.1]
for v in vals:
    print(repr(v), str(v), v == float(repr(v)))
print(float("1e16"), float("9999999999999998"), float("0.000099999"), 1e-4 / 10)
print(1.0, 10.0, 1e1, 1.e2, .5e1, 1_000.5, 0x10 * 1.0, float(2 ** 60))
print(repr(float("inf")), repr(float("-inf")), repr(float("nan")), str(-float("inf")))
print([0.1] * 3, (0.1, 0.25), {0.5: 1.25})
print(float("  -1.5e3 "), float("+.5"), float("5."), float("1_0.2_5"), float("-0"), float("1E+2"))
print(float("infinity"), float("-Infinity"), float("NaN"), float("-nan"), float("iNf"))
for bad in ["", "1e", "e1", ".", "1..2", "1_", "_1", "0x10", "1e1.5", "inf inity", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
print(float(10 ** 308), 2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075)
try:
    float(10 ** 309)
except OverflowError as e:
    print(type(e).__name__, e)
print(sum([0.1] * 10), 0.1 * 10, 1 - 0.9, 100 * 1.1, 0.3 - 0.1)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0, 1e308 * 10, -1e308 * 10)
