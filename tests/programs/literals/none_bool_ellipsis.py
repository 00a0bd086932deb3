# Singletons and their behaviour.
print(None is None, type(None)() is None, bool(None))
print(True is True, bool(1) is True, bool(0) is False, bool("x") is True)
print(True + 1, False * 5, True / 2, True // 1, True & False, True | False, True ^ True)
print(~True, -False, abs(True), int(True), float(False), str(True), repr(False))
print(sum([True, True, False, True]))
print(Ellipsis is ..., type(...)() is ..., str(...))
print(NotImplemented, type(NotImplemented).__name__)
print(hash(True), hash(False), hash(None) == hash(None))
print({None: 1}[None], [True, 1, 1.0].count(1))
print(isinstance(False, int), issubclass(bool, int), bool.__mro__)
try:
    class Sub(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
print(True and None, None or False, not None)
print(max(True, 2), min(False, -1), sorted([True, False, 2, -1]))
x = None
if not x:
    print("None is falsy")
print(bin(True), True.bit_length(), (5).real, True.real)
