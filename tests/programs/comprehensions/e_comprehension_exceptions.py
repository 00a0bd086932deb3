# Exceptions inside comprehensions propagate with partial results discarded; StopIteration inside generator expressions.
def risky(v):
    if v == 3:
        raise ValueError(f"bad value {v}")
    return v * 2
try:
    result = [risky(v) for v in range(5)]
except ValueError as e:
    print(type(e).__name__, e, "result" in dir())
try:
    {v: risky(v) for v in range(5)}
except ValueError as e:
    print("dict comp:", e)
try:
    {risky(v) for v in [1, 3]}
except ValueError as e:
    print("set comp:", e)
g = (risky(v) for v in range(5))
print(next(g), next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("genexp:", e)
print(next(g, "generator finished after exception"))
def stopper():
    raise StopIteration("inside")
try:
    [stopper() for _ in range(1)]
except StopIteration as e:
    print("list comp lets StopIteration through:", type(e).__name__, e)
try:
    list(stopper() for _ in range(1))
except RuntimeError as e:
    print("genexp converts it:", type(e).__name__, e)
try:
    [x for x in None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [y for x in [1] for y in x]
except TypeError as e:
    print(type(e).__name__, e)
safe = [v for v in range(6) if v != 3]
print([risky(v) for v in safe], sum(risky(v) for v in safe))
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print([safe_div(1, v) for v in (2, 0, -4)])
