# __index__ in slicing, range, bin/hex/oct, sequence repetition, list indexing; __int__ vs __index__.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
a = list(range(10))
print(a[I(2)], a[I(-1)], a[I(1):I(4)], a[::I(3)], "hello"[I(1)], (1, 2, 3)[I(0)])
print(list(range(I(3))), list(range(I(1), I(7), I(2))), range(10)[I(5)], bin(I(5)), hex(I(255)), oct(I(8)))
print([0] * I(3), I(2) * "ab", b"x" * I(2), (1,) * I(2))
print(format(I(10) if False else 10, "b"), int(I(7)) if hasattr(int, "__index__") else 7)
b = [0] * 5
b[I(1)] = "set"
del b[I(0)]
print(b)
print(slice(I(1), I(3)).indices(10) if False else "skip", a[I(8):], round(2.5, I(0)) if False else "-")
class IntOnly:
    def __int__(self):
        return 3
try:
    a[IntOnly()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(IntOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin(IntOnly())
except TypeError as e:
    print(type(e).__name__, e)
print(int(IntOnly()))
class BadIndex:
    def __index__(self):
        return "nope"
try:
    a[BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hex(BadIndex())
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.5]
except TypeError as e:
    print(type(e).__name__, e)
seqs = ["abc", (1, 2)]
try:
    seqs[0][None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    seqs[1]["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(5)[1.0]
except TypeError as e:
    print(type(e).__name__, e)
print(a[True], a[False:True], operator_free := "no operator module")
huge = I(2 ** 70)
try:
    a[huge]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [0] * huge
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(a[I(-100):I(100)] == a, len(range(I(0), I(2 ** 40))), I(3).__index__())
print(chr(I(65)), "%x" % I(255), f"{I(5).__index__():03d}")
