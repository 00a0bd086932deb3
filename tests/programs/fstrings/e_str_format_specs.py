# String format specs: precision truncation, alignment with fill, '=' errors, !r !s !a conversions.
s = "héllo"
print(f"[{s:10}][{s:>10}][{s:^10}][{s:*<10}][{s:.2}][{s:8.3}][{s:^9.1}][{s:.0}][{s:.10}]")
print(f"[{s!r}][{s!s}][{s!a}][{s!r:>12}][{'€'!a}][{'a'!r:3}]")
print(format("abc", ""), format("abc", "s"), format("abc", "5s"), format("", "x^4"), format("ab", "\u2603^6"))
for bad in ["d", "=5", "+", " ", "#", ",", "05", "x", ".2f"]:
    try:
        print(bad, format("abc", bad))
    except ValueError as e:
        print(bad, type(e).__name__, e)
print("{!r}".format("q"), "{0!s:>4}".format(12), "{:}".format("z"), "{0.real}".format(3), "{0[1]}".format("xy"))
print("{a[k]} {b.imag} {0} {1}".format(5, 6, a={"k": "v"}, b=2))
print("{{}} {{{}}} {{{}}}".format(1, 2), "{:{w}.{p}}".format("abcdef", w=8, p=3))
for fmt in ["{", "}", "{0", "{!x}", "{0!}", "{:}}", "{a}", "{0}{}", "{}{0}", "{1}", "{0[}"]:
    try:
        print(repr(fmt), fmt.format(1))
    except (ValueError, KeyError, IndexError) as e:
        print(repr(fmt), type(e).__name__, e)
class P:
    def __format__(self, spec):
        return "P(" + spec + ")"
    def __repr__(self):
        return "P!"
p = P()
print(f"{p}", f"{p:xyz}", f"{p!r}", f"{p!r:>5}", format(p, "q"), "{:abc}".format(p), "{0!s:}".format(p) if False else "-")
class NoFormat:
    def __str__(self):
        return "nf"
print(f"{NoFormat()}", f"{NoFormat()!s:>4}", format(NoFormat()))
try:
    format(NoFormat(), "5")
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
print(f"{'nested ' + f'{1 + 1:03}'}", f"{'a' if 1 else 'b':>3}", f"{[1, 2][-1]:+}", f"{ {'k': 3}['k'] }")
print(f"{3.14159:.{2}f}", f"{'x':{'>'}{4}}", f"{12:{'+'}}")
x = 10
print(f"{x=}", f"{x = }", f"{x=:>5}", f"{x*2=}")
