# __enter__/__exit__: with statements with several items, exception suppression, ordering.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        status = exc_type.__name__ if exc_type else "ok"
        print(f"exit {self.name} ({status}: {exc})")
        return self.suppress

with Resource("a") as a, Resource("b") as b:
    print("body", a, b)

with Resource("outer", suppress=True):
    with Resource("inner"):
        raise ValueError("problem in body")
print("after suppressed error")

try:
    with Resource("x") as x, Resource("y", suppress=True) as y, Resource("z") as z:
        raise KeyError("k")
except KeyError:
    print("should not reach: suppressed by y")
print("after multi-item with")

try:
    with Resource("only"):
        raise RuntimeError("not suppressed")
except RuntimeError as e:
    print("caught outside:", e)

def uses_with():
    with Resource("in-func"):
        return "returned value"
print(uses_with())

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class Failing:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *args):
        print("never called")
try:
    with Resource("first"), Failing():
        print("never runs")
except OSError as e:
    print(type(e).__name__, e)

class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, *exc):
        self.exited = True
        return False
with Timer() as t:
    pass
print(t.entered, t.exited)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
