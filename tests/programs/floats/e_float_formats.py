# Float format specs: f, e, g, %, with precision, sign, grouping, alignment, fill and '#'.
vals = [0.0, -0.0, 1.0, -1.5, 123456.789, 1e-5, 1e16, 0.000123456, 12345678.9, 2.5]
for v in vals:
    print(f"{v:f}|{v:.2f}|{v:e}|{v:.3e}|{v:g}|{v:.3g}|{v:%}|{v:.1%}|{v}")
for v in [1234567.891, -1234567.891, 0.5]:
    print(f"{v:,}|{v:_}|{v:,.2f}|{v:_.3f}|{v:+,.1f}|{v: .2f}|{v:015,.2f}|{v:>15,.1f}|")
for spec in ["10.3f", "<10.3f", "^10.3f", ">10.3f", "=+10.3f", "*^12.2e", "#.0f", "#g", "#.3g", ".0e", "#.0e", "010.2f", "-10.1f", "G", "E", "F", "n"]:
    print(spec, "[" + format(3.14159, spec) + "]", "[" + format(-271.828, spec) + "]")
for v in [1e-4, 1e-5, 123456.0, 1234567.0, 1e15, 1e16, 0.0001234, 100.0]:
    print(format(v, "g"), format(v, ".10g"), format(v, ".1g"), format(v, "#.4g"), format(v, ""), str(v))
print(format(float("inf"), "010.2f"), format(float("nan"), "^9"), format(float("-inf"), "+e"), format(1.5, "F"))
print("{:.2f} {:>8.3e} {:g} {:,.0f}".format(2 / 3, 12345.678, 1e-7, 1e9))
for bad in ["d", "x", ",d", "c", "b", ".2s", "=s" if False else "z"]:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format(1.5, ",_")
except ValueError as e:
    print(type(e).__name__, e)
print(format(0.1, ".17f"), format(0.1, ".20g"), format(1 / 3, ".30f"), format(2 ** 70 * 1.0, "f"))
print(format(1e300, ".3f")[:20], len(format(1e300, "f")), format(5e-324, ".3e"), format(5e-324, "g"))
