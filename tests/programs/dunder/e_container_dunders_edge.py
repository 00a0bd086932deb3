# __getitem__/__setitem__/__delitem__ with slices and tuples, __missing__, __len__ and __reversed__ hooks.
class Recorder:
    def __init__(self):
        self.log = []
    def __getitem__(self, key):
        self.log.append(("get", key))
        return key
    def __setitem__(self, key, value):
        self.log.append(("set", key, value))
    def __delitem__(self, key):
        self.log.append(("del", key))
r = Recorder()
r[1]
r[1:2]
r[::3]
r[1, 2]
r[1:2, ::-1]
r[...]
r["k"] = "v"
r[0:5] = [1]
del r[3]
del r[::2]
for entry in r.log:
    print(entry)
print(r[:], r[1:], r[:-1:], r[None:None:None])
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {pos} out of range")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __len__(self):
        return self.w * self.h
    def __reversed__(self):
        return iter(["custom", "reversed"])
g = Grid(3, 2)
g[1, 1] = "#"
g[0, 0] = "@"
print("".join(g[x, y] for y in range(2) for x in range(3)), len(g), list(reversed(g)))
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    for cell in g:
        pass
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = value = len(key)
        return value
dd = DefaultDict()
print(dd["abc"], dd["x"], dd, dd.get("zz"), "zz" in dd)
class ReadOnly:
    def __getitem__(self, i):
        return i
try:
    ReadOnly()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ReadOnly()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(ReadOnly())
except TypeError as e:
    print(type(e).__name__, e)
