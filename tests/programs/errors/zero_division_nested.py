# ZeroDivisionError deep in a computation, raised inside nested comprehensions.
def average(xs):
    return sum(xs) / len(xs)

def normalize(groups):
    return {k: [v / average(vs) for v in vs] for k, vs in groups.items()}

def run(batches):
    for batch in batches:
        print(normalize(batch))

print(average([1, 2, 3, 4]))
try:
    average([])
except ZeroDivisionError as e:
    print("caught:", e)
run([{"a": [1, 3]}, {"b": [2, 2, 8]}])
run([{"b": [2, 2]}, {"c": [0, 0]}])
