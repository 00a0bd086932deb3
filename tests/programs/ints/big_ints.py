# Arbitrary precision arithmetic.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f50 = fact(50)
print(f50)
print(len(str(fact(100))), str(fact(100))[:20])
print(f50 // fact(48), f50 % 1000003)
a = 2 ** 200
b = 3 ** 120
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a ^ b, a & b, a | (b >> 50))
print(a >> 190, a << 3 == a * 8)
print(-a >> 195, ~a)
print((a * b) // b == a, pow(a, 3) == a * a * a)
print(pow(3, 1000, 10 ** 9 + 7), pow(b, 2, a + 1))
print(abs(-a) == a, -(-a) == a, a > b, -a < -b, a == 2 ** 200)
print(int("9" * 40) + 1)
print(10 ** 40 - 1 == int("9" * 40))
x = 1
for _ in range(100):
    x = x * 3 + 1
print(x)
print(x % 97, x // 10 ** 40)
fib = [0, 1]
for _ in range(148):
    fib.append(fib[-1] + fib[-2])
print(fib[-1], len(fib))
print(max(a, b) == a, min(-a, b) == -a, sum([a, b, -a]) == b)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30))
print(float(2 ** 1000) > 1e300)
try:
    float(2 ** 1100)
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 1100 / 2 ** 1090)
print(round(10 ** 30 / 7), 10 ** 30 // 7)
