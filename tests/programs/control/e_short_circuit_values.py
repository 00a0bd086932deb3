# and/or return operand values, not bools; chained comparisons evaluate each operand once, left to right.
log = []
def v(x):
    log.append(x)
    return x
print(v(0) and v(1), log)
log.clear()
print(v(2) and v(3), log)
log.clear()
print(v("") or v([]) or v(None), log)
log.clear()
print(v(0) or v("x") or v("unused"), log)
log.clear()
print(not v(0), not v([1]), log)
log.clear()
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(1) < v(0) < v(3), log)
log.clear()
print(v(1) == v(1) != v(2) is not v(None), log)
log.clear()
print(v(5) in v([5]) not in v([[5]]), log)
log.clear()
print([] or {} or 0 or "", 1 and [] and 2, None or 0, "a" and "b", (1, 2) or 3, 0 and 1 / 0)
print(True + (1 and 2), (0 or 3) * 2, [x for x in [0, 1, "", "a"] if x and True])
x = 5
print(1 < x < 10 == 10, 1 < x > 3, x is x is x, (x < 10) == True, 2 < 3 in [True])
print(v(1) if v(0) else v(2), log)
log.clear()
class Truthy:
    def __init__(self, t):
        self.t = t
    def __bool__(self):
        log.append(("bool", self.t))
        return self.t
    def __repr__(self):
        return f"T{self.t}"
print(Truthy(False) or Truthy(True), log)
log.clear()
print(Truthy(True) and Truthy(False) and Truthy(True), log)
log.clear()
r = Truthy(True) if Truthy(False) else "else"
print(r, log)
log.clear()
while Truthy(False):
    pass
print(log, bool(Truthy(True)), not Truthy(False))
class Bad:
    def __bool__(self):
        return 1
try:
    print(bool(Bad()))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(Bad() or 5)
except TypeError as e:
    print(type(e).__name__, e)
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()), LenOnly() or "fallback", not LenOnly())
