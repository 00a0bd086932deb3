# Traceback frames for comprehensions and lambdas.
normalize = lambda xs: [x / sum(xs) for x in xs]
scale = lambda k: (lambda xs: [x * k for x in xs])

def report(groups):
    return {name: normalize(values) for name, values in groups.items()}

groups = {"a": [1, 1, 2], "b": [3, 1]}
print(report(groups))
print(scale(10)([1, 2]), [f(2) for f in (scale(1), scale(3))])
print(sorted(groups, key=lambda g: -sum(groups[g])))
groups["c"] = [0, 0]
print(report(groups))
print("never printed")
def unused():
    return None
