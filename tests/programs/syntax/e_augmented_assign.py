# Augmented assignment on every operator, on attributes, subscripts and slices; evaluation happens once.
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 4; x >>= 1; x |= 5; x &= 13; x ^= 6
print(x)
f = 7.5
f /= 2; f -= 0.75; f *= -1; f //= 1; f %= 5; f **= 2
print(f)
s = "ab"
s += "c"; s *= 2
print(s)
lst = [1]
lst += (2, 3); lst *= 2; lst += "x"
print(lst)
st = {1, 2}
st |= {3}; st &= {1, 3, 4}; st -= {1}; st ^= {5}
print(st)
log = []
class Obj:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        log.append("get")
        return self._v
    @v.setter
    def v(self, value):
        log.append("set")
        self._v = value
o = Obj()
o.v += 10
print(o.v, log)
calls = []
def idx(i):
    calls.append(i)
    return i
arr = [0, 0, 0]
arr[idx(1)] += 5
print(arr, calls)
d = {"k": [1]}
d["k"] += [2]
d.setdefault("n", 0)
d["n"] += 1
print(d)
m = [[1, 2], [3, 4]]
m[0][1] *= 10
m[1][:1] += [9]
print(m)
t = (1, 2)
t += (3,)
print(t)
b = b"a"
b += b"b"
print(b)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
a = Acc()
a2 = a
a += 1
a += 2
print(a.items, a is a2)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
def local_aug():
    try:
        counter += 1
    except UnboundLocalError as e:
        return str(e)
print(local_aug())
