# TypeError messages for bad calls.
def two(a, b):
    return a + b

def opt(a, b=2, *, c):
    return a, b, c

class K:
    def method(self, x):
        return x
    @staticmethod
    def smeth(y):
        return y

five = 5
text = "s"
tests = [
    ("two(1)", lambda: two(1)),
    ("two(1, 2, 3)", lambda: two(1, 2, 3)),
    ("two()", lambda: two()),
    ("two(1, a=1)", lambda: two(1, a=1)),
    ("two(1, b=2, z=3)", lambda: two(1, b=2, z=3)),
    ("opt(1)", lambda: opt(1)),
    ("opt(1, 2, 3)", lambda: opt(1, 2, 3)),
    ("K().method()", lambda: K().method()),
    ("K().method(1, 2)", lambda: K().method(1, 2)),
    ("K.method(1)", lambda: K.method(1)),
    ("K.smeth()", lambda: K.smeth()),
    ("five()", lambda: five()),
    ("text()", lambda: text()),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len(1, 2)),
    ("len(5)", lambda: len(5)),
    ("abs('x')", lambda: abs("x")),
    ("int('5', x=2)", lambda: int("5", x=2)),
    ("K(1)", lambda: K(1)),
    ("[].append()", lambda: [].append()),
    ("{}.get()", lambda: {}.get()),
    ("'x'.join(1)", lambda: "x".join(1)),
]
for label, fn in tests:
    try:
        fn()
        print(label, "no error")
    except TypeError as e:
        print(f"{label:24} TypeError: {e}")
