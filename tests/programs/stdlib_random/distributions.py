# The real-valued distributions (uniform, triangular, normal, gauss with its cached
# second value, lognormal, exponential, von Mises, gamma, beta, Pareto, Weibull).
import random

random.seed(12)
print([random.uniform(1, 2) for _ in range(3)])
print(random.uniform(5, -5), random.uniform(3, 3))
print([random.triangular() for _ in range(3)])
print(random.triangular(0, 10, 2), random.triangular(5, 5), random.triangular(2, 8, 8))
print([random.normalvariate(0, 1) for _ in range(3)])
print(random.normalvariate(), random.normalvariate(100, 15))
print([random.gauss(0, 1) for _ in range(4)])
print(random.gauss(), random.gauss(mu=10, sigma=2))
print([random.lognormvariate(0, 0.5) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(3)])
print([random.vonmisesvariate(1.0, 4.0) for _ in range(3)], random.vonmisesvariate(0, 0))
for alpha in [0.5, 1.0, 2.5, 20.0]:
    print(alpha, random.gammavariate(alpha, 2.0))
print([random.betavariate(2, 5) for _ in range(3)])
print(random.paretovariate(3), random.weibullvariate(1, 1.5))

for f, what in [(lambda: random.gammavariate(0, 1), "gamma alpha"),
                (lambda: random.gammavariate(1, -1), "gamma beta"),
                (lambda: random.expovariate(0), "expo zero"),
                (lambda: random.triangular(1, 1, 5), "triangular"),
                (lambda: random.uniform(1), "uniform arity")]:
    try:
        print(what, f())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(what, type(e).__name__, e)

random.seed(1)
g1 = random.gauss()
state = random.getstate()
g2 = random.gauss()
random.setstate(state)
print(g1, g2, random.gauss() == g2)
