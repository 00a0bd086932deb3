# str.format: auto/manual numbering, attribute and index fields, nested specs, !conversions and errors.
print("{} {} {}".format(1, "a", [2]), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}{1}".format("x", "y"))
print("{name}-{0}-{name}".format(7, name="n"), "{0[0]}{0[1]}".format("ab"), "{d[key]} {d[1]}".format(d={"key": "v", 1: "int"}))
class P:
    x = 3
    inner = {"k": [10, 20]}
print("{0.x} {0.inner[k][1]} {p.x:>4}".format(P(), p=P()), "{.__name__}".format(int), "{[0]:02}".format([5]))
print("{:<{}}|".format("ab", 5), "{:{fill}^{w}}".format("mid", fill="*", w=9), "{0:{1}.{2}f}".format(3.14159, 8, 2))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:^10}".format("q"), "{:%}".format(0.25), "{:,}".format(10 ** 7))
print("{{{}}}".format("braces"), "{{}}".format(), "{:{{}}}".format if False else "ok", "{}".format({"a": 1}))
print("{0:>5}{1:<5}{2:^5}|".format(1, 2, 3), "{:b} {:o} {:x} {:#X}".format(10, 10, 255, 255), "{:e}".format(1234.5))
for fmt, args, kw in [("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{3}", (1,), {}), ("{x}", (), {}),
                      ("{0.missing}", (1,), {}), ("{0[5]}", ([1],), {}), ("{0[a]}", ({"b": 1},), {}),
                      ("{:d}", ("s",), {}), ("{!q}", (1,), {}), ("{:>>>}", (1,), {}), ("{0:{1}}", (1, "zz"), {}),
                      ("{", (), {}), ("}", (), {}), ("{0]", (1,), {})]:
    try:
        print(repr(fmt), fmt.format(*args, **kw))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{0[-1]}".format({"-1": "string key"}), "{0[01]}".format({"01": "x"}) if False else "-")
print(format(3.5, "08.2f"), format("s", "*>3"), format(255, "#010b"), format(-3, "=+6"), format(1e6, ",.0f"))
print("{:{}}".format(12, 5), "{:{}{}}".format("x", ">", 3), "{0:{0}}".format(4))
print("%(a)s {b}".format(b=1), "{} %s".format("a") % "b", "{0}".format(*["first", "second"]), "{x}".format(**{"x": "kw"}))
