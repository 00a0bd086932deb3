# A realistic program using math: primes, statistics, geometry and numerical integration.
import math

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True

print([n for n in range(100) if is_prime(n)][-5:], sum(1 for n in range(1000) if is_prime(n)))
data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
mean = math.fsum(data) / len(data)
std = math.sqrt(math.fsum((x - mean) ** 2 for x in data) / len(data))
print(mean, std)
points = [(0, 0), (3, 0), (3, 4), (0, 4)]
perimeter = sum(math.dist(points[i], points[(i + 1) % len(points)]) for i in range(len(points)))
area = abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]))) / 2
print(perimeter, area, math.hypot(3, 4, 12))
def simpson(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += f(a + i * h) * (4 if i % 2 else 2)
    return s * h / 3
print(round(simpson(math.sin, 0, math.pi), 10), round(simpson(lambda x: math.exp(-x * x), -5, 5) ** 2, 10), round(math.pi, 10))
angles = [0, 30, 45, 60, 90]
print([round(math.sin(math.radians(a)), 9) for a in angles])
print(math.gcd(*[84, 126, 210]) if True else 0, math.lcm(3, 4, 5), math.comb(52, 5), math.perm(10))
def binom_prob(n, k, p):
    return math.comb(n, k) * p ** k * (1 - p) ** (n - k)
print(round(sum(binom_prob(10, k, 0.5) for k in range(11)), 12), round(binom_prob(10, 5, 0.5), 12))
print(f"{math.pi:.10f} {math.e:.5e} {math.sqrt(2):g} {math.inf} {-math.inf:>6}")
