# Traceback frames for comprehensions and lambdas.
normalize = lambda xs: [x / sum(xs) for x in xs]

def report(groups):
    return {name: normalize(values) for name, values in groups.items()}

groups = {"a": [1, 1, 2], "b": [3, 1]}
print(report(groups))
groups["c"] = [0, 0]
print(report(groups))
