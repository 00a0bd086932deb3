# int(), round(), conversions among numbers and strings, formatting of ints.
print(int(7.9), int(-7.9), int(1e20), int(-0.5), int("  -42\n"), int("0042"))
print(round(7.5), round(8.5), round(-0.5), round(1.5), round(2.5), round(-2.5))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2))
print(round(123.456, 1), round(123.456, -1), round(0.125, 2), round(0.375, 2))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0))
for s in ["0x10", "0o10", "0b10", "10", "-0x10"]:
    print(s, int(s, 0))
print(int("Z", 36), int("zz", 36), int("-1010", 2))
print(str(-0), str(10 ** 20), repr(-123), format(1234567, ","), format(1234567, "_"))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "08b"), format(-255, "#o"))
print(format(42, "+d"), format(42, " d"), format(-42, "05d"), format(42, "<6d") + "|", format(42, "^7") + "|")
print(format(3, "e"), format(1234, ".2e"), format(7, "%"), format(7, ".1f"), format(10 ** 20, ",d"))
print("%d %5d %-5d| %05d %x %o %X %+d" % (1, 2, 3, 4, 255, 8, 255, 5))
print("%s %r %%" % ("str", "repr"))
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, "x")
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 6
print(bin(Idx()), [0, 1, 2, 3, 4, 5, 6, 7][Idx()], hex(Idx()), range(Idx())[-1])
print(abs(-10 ** 20), -abs(3), abs(0))
