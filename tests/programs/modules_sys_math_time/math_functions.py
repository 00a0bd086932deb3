# math: exact functions printed directly, transcendental ones rounded.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.isqrt(10 ** 20 + 1), math.isqrt(99))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.modf(3.75), math.modf(-2.5))
print(math.factorial(20), math.factorial(0), math.gcd(48, 180), math.gcd(0, 0), math.gcd(-12, 18), math.lcm(4, 6))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.hypot(3, 4), math.dist((0, 0), (6, 8)))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.inf))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=0.01), math.isclose(0, 1e-12, abs_tol=1e-9))
for name, fn, args in [("exp", math.exp, (1,)), ("log", math.log, (10,)), ("log base 2", math.log, (8, 2)),
                       ("log2", math.log2, (1024,)), ("log10", math.log10, (0.001,)), ("sin", math.sin, (math.pi / 6,)),
                       ("cos", math.cos, (math.pi / 3,)), ("tan", math.tan, (math.pi / 4,)), ("atan2", math.atan2, (1, -1)),
                       ("asin", math.asin, (1,)), ("acos", math.acos, (0,)), ("atan", math.atan, (1,)), ("pow", math.pow, (2, 0.5)),
                       ("degrees", math.degrees, (math.pi,)), ("radians", math.radians, (180,)), ("sinh", math.sinh, (1,)),
                       ("cosh", math.cosh, (1,)), ("tanh", math.tanh, (0.5,)), ("log1p", math.log1p, (1e-10,)), ("expm1", math.expm1, (1e-10,))]:
    print(f"{name:10} {round(fn(*args), 12)}")
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.isqrt(-4), lambda: math.acos(2)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(math.floor(1e20), math.ceil(-0.5), math.trunc(1e20))
