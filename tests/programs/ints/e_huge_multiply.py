# Huge multiplications and divisions: results checked by identities and by digits.
a = 12345678901234567890 ** 20
b = 98765432109876543210 ** 15
p = a * b
print(len(str(p)), str(p)[:20], str(p)[-20:])
print(p // a == b, p // b == a, p % a, p % b)
q, r = divmod(p + 12345, b)
print(q == a, r)
f = 1
for i in range(1, 301):
    f *= i
print(len(str(f)), str(f)[:30], f % (10 ** 9 + 7))
zeros = len(str(f)) - len(str(f).rstrip("0"))
print("trailing zeros", zeros, sum(300 // 5 ** k for k in range(1, 5)))
m = (1 << 4000) - 1
print(m.bit_length(), (m * m).bit_length(), (m * m) % 1000000007, m * m == (m << 4000) - m - m + 1 - 1 + 1 - 1 + 0 or (m * m) == (1 << 8000) - (1 << 4001) + 1)
x = 3 ** 1000
y = 3 ** 999
print(x // y, x % y, -x // y, (-x) % y, x // -y)
print((x + 1) // y, (x - 1) // y, divmod(x - 1, y)[1] == y - 1)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
f1000 = fib(1000)
print(len(str(f1000)), str(f1000)[:25])
print(fib(999) * fib(1001) - f1000 * f1000)
print(sum(int(c) for c in str(2 ** 1000)))
n = 10 ** 100
print(n * n == 10 ** 200, (n + 1) * (n - 1) == n * n - 1, -n * n < 0, n * -1 == -n)
print(int(str(n)[::-1]), 10 ** 100 // 7 % 1000, 10 ** 100 % 7)
print(abs(-n) == n, n - n, n * 0, 0 * -n, n // n, n ** 0)
print((2 ** 521 - 1) % 1000000, (2 ** 607 - 1) // (2 ** 600))
