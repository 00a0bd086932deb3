# Float arithmetic, special values, comparisons.
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf > 1e308, -inf < -1e308)
print(nan + 1, nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print([nan] == [nan], nan in [nan], (nan, 1) == (nan, 1))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(2.0 ** 10, 2.0 ** -1, 4.0 ** 0.5, (-8.0) ** 2, 10.0 ** 308 * 10)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(7.0 // 2, -7.0 // 2, 7.0 % 2, -7.0 % 2, 7.5 % -2, -0.0 % 5)
print(divmod(10.5, 3), divmod(-10.5, 3))
print(abs(-2.5), -(-2.5), +2.5, max(1.5, 2), min(-0.0, 0.0), max(0.0, -0.0))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
print(int(2.5 * 4), float(3) / 2, 3 / 2.0, 1e3 == 1000)
print(sorted([3.5, -1.0, 2, 0.0, -0.5, 10]))
print(1.0 < 2, 2 < 2.5, 3 == 3.0, 2 ** 60 == 2.0 ** 60, 2 ** 60 + 1 == 2.0 ** 60)
acc = 0.0
for i in range(1, 1001):
    acc += 1.0 / (i * i)
print(acc, round(acc, 6))
x = 1.0
while x / 2 > 0:
    x /= 2
print(x, x == 5e-324)
print(float.__name__, isinstance(1.0, float), isinstance(1, float))
