# f-string basics: expressions, conversions, debugging '=' form, quoting.
name = "World"
n = 42
pi = 3.14159265
items = ["a", "b"]
print(f"Hello, {name}!", F"n={n}", f'{n + 1}', f"""{name.lower()}""", rf"raw\n{n}", fr"{n}\t")
print(f"{name!r} {name!s} {name!a} {'é'!a} {items!r}")
print(f"{n=} {pi=:.2f} {name = } {n * 2 = }")
print(f"{{braces}} {{{n}}} {'{'}x{'}'}")
print(f"{items[0]} {items[-1]} {len(items)} {items[0].upper()}")
d = {"key": "value", "num": 5}
print(f"{d['key']} {d['num'] * 2}")
print(f"{'nested ' + 'string'} {'yes' if n > 40 else 'no'} {(lambda x: x * 2)(5)}")
print(f"{n:>8}|{n:<8}|{n:^8}|{n:08}|{n:+}|{n:x}|{n:#o}|{n:b}")
print(f"{pi:.3f} {pi:10.2f}| {pi:e} {pi:.0%} {1234567.891:,.2f} {1234567:_}")
print(f"{'left':<10}|{'right':>10}|{'mid':*^11}|")
print(f"{name}" f" and " f"{n}", "plain " f"{n}")
print(f"")
print(f"{3}{4}{5}", f"{None} {True} {[1, 2]} {(1,)} {{}}")
x = 10
print(f"{x if x > 5 else -x} {x:{'>'}{6}} {[i * i for i in range(4)]}")
print(f"{'a' 'b'}", f"{'multi' + chr(10) + 'line'}")
print(f"{n!r:>6}|{name!r:^12}|")
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:.1f}C"
    def __repr__(self):
        return f"Temp({self.c})"
    def __str__(self):
        return f"{self.c} degrees"
t = Temp(21.5)
print(f"{t} {t:F} {t!r} {t!s}")
