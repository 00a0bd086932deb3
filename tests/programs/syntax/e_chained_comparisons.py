# Chained comparisons: each operand evaluated once, short-circuit stops later operands, mixed operators.
calls = []
def v(x, tag=None):
    calls.append(tag if tag is not None else x)
    return x
print(v(1) < v(2) < v(3) < v(4), calls)
calls.clear()
print(v(1) < v(3) < v(2) < v(4), calls)
calls.clear()
print(v(5) > v(4) >= v(4) > v(1) != v(0), calls)
calls.clear()
print(v(1) == v(1.0) == v(True) is not v(None), calls)
calls.clear()
print(v("a") in v("abc") in v(["abc"]), calls)
calls.clear()
print(v(3) not in v([1, 2]) != v(True), calls)
calls.clear()
x = 5
print(0 <= x < 10, 0 <= x <= 4, -1 < -x < 0, x < x + 1 > x - 1, 1 < 2 == 2 < 3, (1 < 2) < 3 > 2)
print([n for n in range(20) if 3 < n % 7 <= 5], all(0 <= c < 256 for c in b"bytes"))
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print(f"  {self.n} < {o.n}")
        return self.n < o.n
    def __bool__(self):
        print(f"  bool({self.n})")
        return True
a, b, c = Loud(1), Loud(2), Loud(3)
print(a < b < c)
print(b < a < c)
class Weird:
    def __lt__(self, o):
        return "truthy-string"
    def __gt__(self, o):
        return 0
w = Weird()
print(w < w, w < w < w, w > w, w > w < w, 1 < 2 < w if False else "-")
try:
    print(1 < "a" < 2)
except TypeError as e:
    print(type(e).__name__, e)
print(1 > 2 < "a", "short-circuit skipped the bad comparison")
def compare_chain(*vals):
    return all(x <= y for x, y in zip(vals, vals[1:]))
print(compare_chain(1, 2, 2, 5), compare_chain(3, 1), compare_chain())
s = "m"
print("a" <= s <= "z", "A" <= s <= "Z", s in "xyz" or s == "m", None is None is not False)
