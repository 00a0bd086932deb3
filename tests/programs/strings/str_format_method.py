# str.format: positional, keyword, index/attribute access, specs, conversions.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))

class P:
    def __init__(self):
        self.x = 3
        self.y = 4
    def __repr__(self):
        return "P(3, 4)"
    def __str__(self):
        return "point"

p = P()
print("{0.x},{0.y}".format(p), "{!r} {!s} {}".format(p, p, p), "{0!r:>10}|".format("s"))
print("{:>8}|{:<8}|{:^8}|{:*^8}|".format("r", "l", "c", "s"))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{:x}|{:#b}|{:,}".format(42, 42, 42, 42, 255, 5, 1234567))
print("{:.2f} {:10.3e} {:.1%} {:g}".format(3.14159, 12345.678, 0.256, 0.00001))
print("{{literal}} {}".format("x"), "{:{w}.{p}f}".format(3.14159, w=10, p=3), "{:{}}|".format("ab", 5))
print("{0:{1}}|".format(7, 4), "{:{fill}>6}".format("z", fill="#"))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
for bad, args in [("{0} {1}", (1,)), ("{x}", ()), ("{", ()), ("}", ()), ("{:d}", ("s",)), ("{0:q}", (1,))]:
    try:
        print(bad.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(bad, type(e).__name__, e)
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
print(format("abc", "5"), format("abc", ">5"), format("abcdef", ".3"), format(True, ""), format(None, ""))
print("{:s}".format("text"), "{!a}".format("é"), str.format("{}+{}", 1, 2))
