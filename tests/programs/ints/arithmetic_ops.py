# Arithmetic between ints: precedence, pow, unary ops.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(10 - 3 - 2, 100 // 10 // 3, 2 * 3 % 4, 2 + 3 << 1, 1 | 2 ^ 3 & 4)
print(-3 * -3, +-3, -+-3, --3, ~~5, not 0 + 1)
print(7 / 2, 8 / 2, -7 / 2, type(8 / 2).__name__)
print(2 ** 10, 2 ** -2, (-2) ** -2, 0 ** 5, 5 ** 0, 1 ** 1000)
print(pow(2, 10), pow(2, 10, 1000), pow(7, 0, 1), pow(0, 0))
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
total = 0
for i in range(1, 101):
    total += i * i
print("sum of squares", total, total == 100 * 101 * 201 // 6)

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

print(gcd(48, 18), gcd(-48, 18), gcd(0, 7), gcd(2 ** 100, 6 ** 50))

def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

print(isqrt(10 ** 40), isqrt(99), isqrt(2 ** 101))
print(sum(range(1000)), sum(range(-5, 5)), max(3, -10, 7), min(3, -10, 7))
print(1 + True, 5 - False, 3 * (2 > 1))
try:
    1 + "1"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "1" - 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
