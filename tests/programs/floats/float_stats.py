# A realistic numeric program: mean, variance, linear regression, Newton's method.
data = [2.5, 3.1, 4.7, 5.0, 6.2, 7.9, 8.1, 9.4]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / (n - 1)
print("mean", mean, "var", round(var, 10))
print("mean %.4f std %.4f" % (mean, var ** 0.5))

xs = list(range(1, 9))
mx = sum(xs) / len(xs)
sxy = sum((x - mx) * (y - mean) for x, y in zip(xs, data))
sxx = sum((x - mx) ** 2 for x in xs)
slope = sxy / sxx
intercept = mean - slope * mx
print(f"y = {slope:.5f} * x + {intercept:.5f}")
for x in (0, 4.5, 10):
    print(x, round(slope * x + intercept, 6))

def newton_sqrt(a, eps=1e-12):
    x = a if a > 1 else 1.0
    steps = 0
    while abs(x * x - a) > eps * a:
        x = (x + a / x) / 2
        steps += 1
    return x, steps

for a in (2.0, 10.0, 0.25, 1e10):
    r, steps = newton_sqrt(a)
    print(a, r, steps, abs(r - a ** 0.5) < 1e-9 * max(1.0, r))

def integrate(f, lo, hi, n=1000):
    h = (hi - lo) / n
    total = 0.5 * (f(lo) + f(hi))
    for i in range(1, n):
        total += f(lo + i * h)
    return total * h

print(round(integrate(lambda t: t * t, 0.0, 3.0), 6))
print(round(integrate(lambda t: 1 / (1 + t * t), 0.0, 1.0) * 4, 8))
cents = [19.99, 5.01, 0.10, 100.00]
print(sum(cents), round(sum(cents), 2), sum(int(round(c * 100)) for c in cents) / 100)
