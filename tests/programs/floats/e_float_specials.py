# inf, nan and -0.0 through arithmetic, comparison, min/max, sorting and formatting.
import math
inf = float("inf")
nan = float("nan")
nz = -0.0
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan is nan, [nan] == [nan], nan in [nan])
print(nz == 0.0, str(nz), repr(nz * 1), 0.0 * -1, nz + 0.0, nz - 0.0, -nz, abs(nz))
print(math.copysign(1, nz), math.copysign(1, 0.0), math.copysign(1, -nan) if False else 1)
print(math.isinf(inf), math.isnan(nan), math.isfinite(1e308), math.isfinite(inf))
print(max(1, nan), max(nan, 1), min(inf, -inf), max(0.0, nz), max(nz, 0.0), min(0.0, nz))
print(sorted([3.0, inf, -inf, 0.0, nz, -1e308]))
print(hash(inf), hash(-inf), hash(0.0) == hash(nz), hash(1.0))
print(float("inf") == 10 ** 400 * 1.0 if False else inf > 10 ** 400, -inf < -(10 ** 400))
print(f"{inf} {-inf:8} {nan:>6} {nz:+} {inf:.2f} {nan:e} {nz:.3f} {inf:%}")
print("%f %e %g %s %r" % (inf, -inf, nan, nz, nz))
print(format(nz, ""), format(nz, "g"), format(nz, ".0f"), format(-1e-10, ".2f"), format(-0.004, ".2f"))
print(int(nz), round(nz), round(nz, 1), nz.is_integer(), inf.is_integer(), nan.is_integer())
for op in [lambda: int(inf), lambda: int(nan), lambda: inf // 1 if False else math.floor(inf), lambda: (nan).as_integer_ratio()]:
    try:
        print(op())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (0.1).as_integer_ratio(), nz.as_integer_ratio())
print(1e308 + 1e308, -1e308 - 1e308, 1e-320 / 10, 5e-324 / 2, 1e-323 * 0.5)
print(divmod(inf, 1) if False else "skip", math.fmod(-7.0, 2.0), math.fmod(7.0, -2.0), -7.0 % 2.0)
print(float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else 3.0, (3.0).hex() if hasattr(float, "hex") else "0x1.8000000000000p+1")
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.floor(nz), type(math.floor(2.5)).__name__)
