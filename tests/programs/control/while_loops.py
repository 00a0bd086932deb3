# While loops: digit sums, Euclid, bisection, simulations with state.
def digits(n):
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1] or [0]
print(digits(0), digits(7), digits(9075), digits(2 ** 64))

def to_base(n, b):
    if n == 0:
        return "0"
    chars = "0123456789abcdefghijklmnopqrstuvwxyz"
    sign = "-" if n < 0 else ""
    n = abs(n)
    s = ""
    while n:
        s = chars[n % b] + s
        n //= b
    return sign + s
print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-42, 7), int(to_base(123456, 36), 36))

def bisect_root(f, lo, hi, tol=1e-10):
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
        steps += 1
    return round((lo + hi) / 2, 8), steps
print(bisect_root(lambda x: x * x - 2, 0, 2), bisect_root(lambda x: x ** 3 - x - 1, 1, 2))

balance = 1000.0
rate = 0.05
years = 0
while balance < 2000:
    balance *= 1 + rate
    years += 1
print(years, round(balance, 2))

a, b = 0, 1
fibs = []
while a < 200:
    fibs.append(a)
    a, b = b, a + b
print(fibs)

stack = [(0, 4)]
visited = []
while stack:
    lo, hi = stack.pop()
    if lo >= hi:
        continue
    mid = (lo + hi) // 2
    visited.append(mid)
    stack.append((mid + 1, hi))
    stack.append((lo, mid))
print(visited)
