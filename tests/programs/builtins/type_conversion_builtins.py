# bool/int/float/str/list conversions through dunder protocols.
class Meters:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __bool__(self):
        return self.v != 0
    def __str__(self):
        return f"{self.v} m"
    def __repr__(self):
        return f"Meters({self.v})"
    def __len__(self):
        return 99
    def __round__(self, ndigits=None):
        return Meters(round(self.v, ndigits))
    def __abs__(self):
        return Meters(abs(self.v))
m = Meters(-3.75)
print(int(m), float(m), bool(m), bool(Meters(0)), str(m), repr(m), len(m))
print(round(m), round(m, 1), abs(m), hex(Meters(255)), bin(Meters(5)), oct(Meters(8)))
print([0, 1, 2, 3][Meters(2)], "abcdef"[Meters(1):Meters(4)])
print(int(True), int(False), float(True), str(False), bool(0.0), bool(-0.0), bool(1e-300))
print(int("  42  "), int("-0"), int("+17"), float("  3.5\n"), float("-.5"), float("1_000.5"))
print(list("ab"), list((1,)), tuple([1]), str([1, 2]), str((1,)), str({1: 2}), str({1}))
print(int(float("1e10")), int(2.9999), int(-2.9999), float(int("9" * 20)))
print(bool([]), bool([0]), bool({}), bool({0: 0}), bool(""), bool(" "), bool(range(0)), bool(None))
print(type(int("5")) is int, type(float(5)) is float, type(bool(5)) is bool, type(str(5)) is str)
print(int.__name__, float.__name__, bool.__name__, str.__name__)
