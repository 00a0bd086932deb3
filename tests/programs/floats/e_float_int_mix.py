# Arithmetic between small ints, big ints and floats on the interpreter's fast paths: exact
# results (no fused multiply-add), int overflow into big ints, true division, comparisons.
big = 2 ** 62
print(big - 1 + 1, -big - big, (big - 1) + (big - 1), 4611686018427387903 + 1)
print(5 - 7, -3 + 2, 7 // 2, -7 // 2, 7 % -3, -7 % 3, 2 ** 10, 1 << 62, -(1 << 62) - 1)
a, b, c = 0.1, 0.2, 0.3
print(a + b, a + b == c, a * b + c, (a * b) + c == a * b + c, a - b - c)
print(1e308 * 10, -1e308 * 10, 1e-320 * 1e-5, 0.5 * 3, 3 * 0.5, 3 - 0.5, 0.5 - 3)
print(2 ** 53 + 1.0, float(2 ** 53 + 1), (2 ** 53 + 1) * 1.0, (2 ** 53 + 1) + 0.0)
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 10 ** 20 < 1e20, 10 ** 20 == 1e20)
print(1 / 3, 2 / 4, -1 / 3, (2 ** 60) / 3, 7.0 / 2, 7 / 2.0)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, 1.0 < nan, nan > 1, 1 >= nan)
print(0.0 == -0.0, -0.0 + 0.0, 0.0 - 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1)
print(True + True, True - 1.5, True * 2.5, False + 0.25, 3 < True, True == 1.0)
s = 0.0
for i in range(1, 1000):
    s += 1.0 / (i * i)
    s -= i * 1e-12
print(s)
acc = 0
for i in range(-50, 50, 7):
    acc += i * i - i
    acc -= i
print(acc)
ops = {"+": lambda l, r: l + r, "-": lambda l, r: l - r, "*": lambda l, r: l * r,
       "/": lambda l, r: l / r, "//": lambda l, r: l // r, "%": lambda l, r: l % r,
       "**": lambda l, r: l ** r}
for op, fn in ops.items():
    for l, r in ((3, 0.0), (2.5, 0), (0, 0)):
        try:
            print(op, l, r, fn(l, r))
        except ZeroDivisionError as e:
            print(op, l, r, type(e).__name__, e)
try:
    print(1.5 + "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(2.0 < "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = 1.0
    x -= None
except TypeError as e:
    print(type(e).__name__, e)
