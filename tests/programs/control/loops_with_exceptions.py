# Exceptions interacting with loops: try inside loops, else clauses, retries.
def parse_all(tokens):
    results = []
    for tok in tokens:
        try:
            value = int(tok)
        except ValueError:
            results.append(f"bad:{tok}")
            continue
        else:
            results.append(value * 2)
        finally:
            results.append("|")
    return results
print(parse_all(["1", "x", "3", ""]))

attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts} failed")
    return "ok"

for i in range(5):
    try:
        print(flaky(), "after", attempts, "attempts")
        break
    except ConnectionError as e:
        print("retry:", e)
else:
    print("all retries failed")

def first_error(funcs):
    for f in funcs:
        try:
            f()
        except Exception as e:
            return type(e).__name__
    return "none"
print(first_error([lambda: 1, lambda: [][0], lambda: {}["x"]]))
print(first_error([lambda: 1]))
it = iter([1, 2, 3])
while True:
    try:
        v = next(it)
    except StopIteration:
        print("exhausted")
        break
    print("got", v)
results = []
for d in [2, 0, 5, "x"]:
    try:
        results.append(10 / d)
    except ZeroDivisionError:
        results.append("inf")
    except TypeError as e:
        results.append(str(e))
print(results)
def loop_return():
    for i in range(10):
        try:
            if i == 2:
                return i
        finally:
            print("finally for", i)
print("returned", loop_return())
