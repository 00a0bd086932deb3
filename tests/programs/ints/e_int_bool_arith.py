# bool is an int: arithmetic, bitwise results (bool & bool stays bool), comparisons, sums and indexing with bools.
print(True + True, True * 3, True - False, True / 2, True // 2, True % 2, True ** 10, -True, ~False)
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__, type(True & 1).__name__)
print(True == 1, False == 0, True is True, True > False, max(True, 0.5), min(False, -1), sorted([True, 0, False, 2]))
print(sum([True] * 5), [1, 2, 3][True], "ab"[False], {True: "t"}[1], {1: "one"}[True], (True, False).count(1))
print(int(True), float(False), str(True), repr(False), bool("False"), bool(0.0), True.real, True.numerator)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__[1].__name__, type(True).__name__, True.bit_length())
print(hash(True) == hash(1), len({True, 1, 1.0}), {0, False, 0.0}, divmod(True, True), pow(True, 5), round(True))
print(f"{True}", f"{True:d}", f"{True:>5}", f"{False:08b}", "%d %s %r" % (True, True, False), format(True, "x"))
try:
    bool.__new__(bool, 5) if False else bool(5)
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(True << 4, 1 >> True, (5 > 3) + (2 > 1), [x for x in range(5)][True:-True], abs(-True))
