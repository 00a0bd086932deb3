# Formatting floats: format specs, % formatting, str.format.
x = 1234.5678
for spec in ["", "f", ".2f", ".0f", "10.3f", "<10.1f", "^10.1f", "+.1f", "e", ".3e", "E",
             "g", ".3g", ".10g", "%", ".1%", ",.2f", "_.1f", "012.2f", "-^12.2f", "#.0f"]:
    print(repr(spec), "->", repr(format(x, spec)))
for v in [0.0, -0.0, 1e-10, 1e20, 123456789.0, 0.000123456, 1.5, 2.5, float("inf"), float("nan"), -float("inf")]:
    print(repr(v), format(v, "g"), format(v, ".2f"), format(v, ".3e"), "%s" % v, "%.3g" % v)
print("%f %.2f %10.4f|%-10.1f|%e %g" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.00001))
print("{:.3f} {:8.2f} {:<8.2f}| {:+.2e}".format(2.71828, 2.71828, 2.71828, 2.71828))
print(format(1e16, ""), format(1e16, "g"), format(123456.0, "g"), format(1234567.0, "g"))
print(format(0.1, ".20f"), format(1 / 3, ".17g"), format(2.5, ".0f"), format(3.5, ".0f"))
print(format(1.0, ""), format(1.0, "g"), format(10.0, "n"), str(1.0), format(1e-5, ""))
print(round(3.14159, 3), round(-3.14159, 1), round(1e-10, 5), round(123.5), round(124.5))
print(format(12.5, "08.2f"), format(-12.5, "08.2f"), format(12.5, "=+8.1f"))
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
