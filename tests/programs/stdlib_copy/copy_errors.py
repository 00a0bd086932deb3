# Objects that cannot be copied, and values that copy keeps as they are.
import copy
import sys

def gen():
    yield 1

for bad in [gen(), sys]:
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(bad)
            print("copied", type(bad).__name__)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)

# a broken __reduce__
class BadReduce:
    def __reduce__(self):
        return (1, 2, 3, 4, 5, 6, 7)
try:
    copy.copy(BadReduce())
except TypeError as e:
    print(type(e).__name__, e)

class RaisingReduce:
    def __reduce__(self):
        raise ValueError("no reduce today")
try:
    copy.deepcopy([RaisingReduce()])
except ValueError as e:
    print(type(e).__name__, e)

# errors raised while copying propagate out of deepcopy
class Fails:
    def __deepcopy__(self, memo):
        raise RuntimeError("deep copy failed at " + str(len(memo)))
try:
    copy.deepcopy([1, 2, (3, Fails())])
except RuntimeError as e:
    print(type(e).__name__, e)

# copy.Error can be raised and caught like any exception
try:
    raise copy.Error("custom")
except copy.error as e:
    print(type(e).__name__, e, isinstance(e, Exception))

# deepcopy with memo=None twice gives independent copies
x = {"a": [1]}
y, z = copy.deepcopy(x), copy.deepcopy(x)
print(y == z, y is z, y["a"] is z["a"])

# int and str subclasses keep their class and value
class Celsius(float):
    pass
class Name(str):
    pass
t = copy.copy(Celsius(21.5))
n = copy.deepcopy(Name("Ada"))
print(type(t).__name__, t, type(n).__name__, n)
