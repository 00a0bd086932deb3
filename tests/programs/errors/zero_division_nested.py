# ZeroDivisionError deep in a computation.
def average(xs):
    return sum(xs) / len(xs)

def normalize(groups):
    return {k: [v / average(vs) for v in vs] for k, vs in groups.items()}

def run():
    print(normalize({"a": [1, 3]}))
    print(normalize({"b": [2, 2], "c": [0, 0]}))

run()
