# Conditional expressions, nested if/elif chains, truthiness of containers and numbers in conditions.
def classify(v):
    if isinstance(v, bool):
        return "bool"
    elif isinstance(v, int) and v < 0:
        return "negative int"
    elif isinstance(v, int):
        return "zero" if v == 0 else "small" if v < 10 else "big"
    elif isinstance(v, (list, tuple)):
        return "empty seq" if not v else f"seq of {len(v)}"
    elif v is None:
        return "none"
    else:
        return type(v).__name__
for v in [True, -3, 0, 5, 50, [], (1, 2), None, "s", 1.5, {}]:
    print(repr(v), classify(v))
for v in [0, 0.0, -0.0, "", " ", [], [0], (), ((),), {}, {0: 0}, set(), None, float("nan"), range(0), range(1)]:
    print(repr(v), "truthy" if v else "falsy")
x = 7
print("odd" if x % 2 else "even", ("a" if x > 5 else "b") + "!", x if x < 0 else -x if x > 5 else 0)
print([("F" if n % 15 == 0 else "fz" if n % 5 == 0 else "fb" if n % 3 == 0 else n) for n in range(1, 16)])
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 5, 90, 80)])
if x:
    pass
elif 1 / 0:
    print("no")
print("elif not evaluated")
y = 0
if y:
    print("no")
elif not y and x:
    print("elif taken")
else:
    print("no")
assert x, "x must be truthy"
try:
    assert y, f"y was {y}"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ()
except AssertionError as e:
    print(type(e).__name__, repr(e.args))
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, e.args)
