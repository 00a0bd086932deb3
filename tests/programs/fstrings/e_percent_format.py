# printf-style % formatting: flags, width, precision, '*', mappings, and its errors.
print("%d %i %u" % (42, -42, 7), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%08.3f|%-8.2f|%+.1e" % (3.14159, 2.5, 12345.678))
print("%s %r %a" % ("é", "é", "é"), "%5s|%-5s|%.2s" % ("ab", "ab", "abc"), "%c%c" % (65, "B"))
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d years; %(name)r" % {"name": "Ann", "age": 30})
print("%%" % (), "100%%" % (), "%s%%" % 5, "%g %G %e %E" % (1e-5, 1e20, 0.5, 12.0))
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%d" % 3.99, "%d" % True, "%x" % -255, "%.0f" % 0.5)
print("%s" % None, "%r" % "q", "%i" % -0, "%.3s" % "abcdef", "%10.4f" % -1.5, "%-+6d|" % 3)
print("%e" % 0, "%.2g" % 123456, "%#.3g" % 1, "%#o" % 0, "%#x" % 0, "%5%" % () if False else "%")
cases = [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", 5), ("%(a)s %s", {"a": 1}),
         ("%c", "ab"), ("%c", 0x110000), ("%x", 1.5), ("%(a", {"a": 1}), ("%", ()), ("%*d", ("a", 1)), ("%.*f", (1.5, 2.0))]
for fmt, args in cases:
    try:
        print(repr(fmt), fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
    def __index__(self):
        return 7
    def __float__(self):
        return 2.5
print("%s %r %d %x %f %c" % (S(), S(), S(), S(), S(), S()))
print(b"%s %d %x %c %%" % (b"bytes", 5, 255, 65), b"%5s|%-4d|" % (b"ab", 3), b"%r" % b"q" if False else b"%a" % "é")
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
print("%s and %s" % ("a", "b"), "%-10s|" % "left", "%10s|" % "right", "%(x)s%(x)s" % {"x": "ab"})
print("%3c|%-3c|" % ("a", 98), "%.1f %.1f %.1f %.1f" % (0.25, 0.35, 2.5, -0.05), "%.15g" % 0.1, "%.17g" % 0.1)
