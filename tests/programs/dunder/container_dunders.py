# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class SparseList:
    def __init__(self, size, default=0):
        self.size = size
        self.default = default
        self.data = {}
    def __len__(self):
        return self.size
    def _norm(self, i):
        if not isinstance(i, int):
            raise TypeError(f"indices must be integers, not {type(i).__name__}")
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("SparseList index out of range")
        return i
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        return self.data.get(self._norm(i), self.default)
    def __setitem__(self, i, v):
        self.data[self._norm(i)] = v
    def __delitem__(self, i):
        self.data.pop(self._norm(i), None)
    def __contains__(self, v):
        return v in self.data.values() or (v == self.default and len(self.data) < self.size)
    def __iter__(self):
        for i in range(self.size):
            yield self[i]
    def __reversed__(self):
        for i in range(self.size - 1, -1, -1):
            yield self[i]
    def __repr__(self):
        return f"SparseList({list(self)})"

s = SparseList(8)
s[1] = 10
s[-1] = 99
s[3] = 5
print(s, len(s), s[1], s[-1], s[2], s[1:4], s[::3], s[::-2])
print(10 in s, 0 in s, 7 in s, list(reversed(s)), sum(s), max(s), sorted(s)[-2:])
del s[1]
print(s)
for bad in [8, -9]:
    try:
        s[bad]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(bool(SparseList(0)), bool(s), list(enumerate(SparseList(3, "d"))))

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        r, c = key
        return self.rows[r][c]
    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m[0, 1], m[1, 0], m.rows)
class OnlyGetitem:
    def __getitem__(self, k):
        return k * 2
og = OnlyGetitem()
print(og[5], og["ab"], og[-1])
try:
    len(og)
except TypeError as e:
    print(type(e).__name__, e)
