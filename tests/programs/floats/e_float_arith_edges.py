# Float arithmetic edge cases: overflow to inf, underflow to 0, mixed int/float ops, large int conversions.
big = 10 ** 300
print(big * 1.0, big * 10.0, float(big) * 10 ** 8 if False else 1e300 * 1e8, 1e-300 * 1e-300, -1e-300 * 1e-300)
print(2 ** 1023 * 2.0, 2.0 ** 1023 * 2, 0.5 ** 1074, 0.5 ** 1075, 2 ** -1074, (2 ** 1024 - 1) // 2 ** 1000 * 1.0)
for expr in [lambda: 2 ** 1024 * 1.0, lambda: float(2 ** 1024), lambda: 2.0 ** 1024, lambda: 10 ** 400 / 1, lambda: 1e308 ** 2]:
    try:
        print(expr())
    except OverflowError as e:
        print(type(e).__name__, e)
print(10 ** 400 / 10 ** 399, (10 ** 400 + 1) / 10 ** 400, 1 / 10 ** 400, 7 / 2 ** 2000 if False else 0.0)
print(3 * 0.1, 0.1 * 3, 0.1 + 0.1 + 0.1, sum([0.1, 0.1, 0.1]), 1 - 1e-16, 1 + 1e-16, 1 + 2.220446049250313e-16)
print(0.1 + 0.2 - 0.3, (0.1 + 0.2) + 0.3 == 0.1 + (0.2 + 0.3), 1e16 + 1.0 - 1e16, 2 ** 53 + 1.0 == 2 ** 53)
print(5 / 2, -5 / 2, 5 / -2, 0 / 5, -0 / 5, 0 / -5, 0.0 / -5, 1 / 3 * 3, 2 / 3 + 1 / 3)
print(float(2 ** 53 + 1), float(2 ** 54 + 3), float(-(2 ** 63)), float(10 ** 23), float(123456789012345678901234567890))
print(int(1e23), int(float(10 ** 23)), int(-1e-300), int(9.999999999999999e22), 10 ** 23 == 1e23)
print(7.0 // 0.5, 7.0 % 0.5, -7.0 % 0.3, 1e16 % 3, 5e-324 * 2, 5e-324 / 2, 1.5e-323 / 3)
print(abs(-1e308 * 10), -(1e308 * 10), 1e308 * 10 - 1e308 * 10 != 0, (1e308 * 10) * 0 != 0)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0, abs(x - 1.0) < 1e-9)
acc = 1.0
for i in range(1, 30):
    acc /= i
print(acc, acc * 1e30)
print(1.0 == 1, 0.5 == 1 / 2, 2.0 ** 0.5 == 2 ** 0.5, 4 ** 0.5 == 2, 8 ** (1 / 3))
