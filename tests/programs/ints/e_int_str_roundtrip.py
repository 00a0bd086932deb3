# int <-> str conversions in every base, with underscores, signs, whitespace and big values.
for s in ["0", "-0", "+17", "  42  ", "1_000_000", "-1_2_3", "\t7\n", "0000123"]:
    print(repr(s), int(s))
for s, base in [("ff", 16), ("0xff", 16), ("0xFF", 0), ("0o17", 0), ("0b101", 0), ("z", 36),
                ("-101", 2), ("0_1", 0) if False else ("10", 0), ("Zz", 36), ("0b_1_0", 0), ("777", 8)]:
    print(s, base, int(s, base))
for s, base in [("", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("12", 2), ("08", 0),
                ("1.5", 10), ("abc", 10), ("9", 37), (" ", 10), ("--1", 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
big = 3 ** 2000
s = str(big)
print(len(s), s[:15], s[-15:], int(s) == big, int("-" + s) == -big)
h = hex(big)
print(len(h), int(h, 16) == big, int(h, 0) == big, int(bin(big), 0) == big, int(oct(-big), 0) == -big)
print(int("1" * 4000) % 1000007, str(10 ** 4000 - 1)[-3:])
for v in [0, 1, -1, 255, -255, 2 ** 65]:
    print(bin(v), oct(v), hex(v), f"{v:b}", f"{v:o}", f"{v:x}", f"{v:X}", f"{v:#x}")
print(int("٣٤"), int("１２"), int(" -٥ "))
print(int(3.99), int(-3.99), int(1e20), int(-0.5), int(True), int("  +0  "))
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(int), int(), int("10", base=2), int(x="11", base=3) if False else int("11", 3))
