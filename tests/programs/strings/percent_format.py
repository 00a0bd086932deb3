# printf-style % formatting.
print("%s|%5s|%-5s|%.2s" % ("abc", "abc", "abc", "abc"))
print("%d|%i|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%o|%#o|%c|%c" % (255, 255, 255, 8, 8, 65, "z"))
print("%f|%.1f|%10.3f|%-10.2f|%e|%.2E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.6789, 0.000123, 1e-7, 1e20))
print("%r|%s|%a" % ("q", [1, "a"], "é"))
print("%(name)s is %(age)d years" % {"name": "Bo", "age": 7})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("100%% sure" % (), "%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", (1, 2)))
print("%d" % 3.99, "%s" % 3.99, "%.0f" % 2.5, "%.0f" % 3.5, "%d" % True)
print("%5.1f%%" % 99.44)
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", (1,)), ("%(k)s", (1,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.125)]
for r in rows:
    print("%-6s %4d %8.3f" % r)
print("%s" % None, "%r" % None, "%s" % b"bytes", "%x" % -255, "%o" % -8)
