# slice objects: attributes, indices(), use in custom __getitem__, equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None, -1))
data = list(range(20))
print(data[s], data[slice(None, None, -5)], data[slice(-3, None)], "abcdef"[slice(1, 4)])
print(s.indices(5), slice(-100, 100).indices(10), slice(None, None, -2).indices(7), slice(3, 1).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[..., 1], r[:, ::-1], r["k"])
class Seq:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.items))
            return Seq([self.items[i] for i in range(start, stop, step)])
        return self.items[key]
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f"Seq({self.items})"
q = Seq(list("abcdefgh"))
print(q[2], q[2:5], q[::-3], q[-2:], len(q[1:7:2]))
try:
    slice(1, 2, 0).indices(10)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
lst = list(range(10))
lst[slice(2, 5)] = ["x"]
print(lst)
del lst[slice(None, None, 2)]
print(lst)
