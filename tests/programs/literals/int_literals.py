# Integer literal forms.
print(0, 7, -7, +7, 1_000_000, 0b1011, 0B11, 0o777, 0O17, 0xff, 0XDEAD_BEEF)
print(0b_1111_0000, 0x_ff_ff, 0o_7_7)
print(00, 0_0)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFF, -0x8000000000000000)
print(2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 63))
print(type(1), type(2 ** 100))
print(int("42"), int("-0x1f", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int(" 12 "))
print(int("1_000"), int("ff", 16), int("FF", 16), int("777", 8))
for bad in ["", "1.5", "12a", "_1", "1__0", "0x"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
print(int(3.99), int(-3.99), int(True), int("+5"))
print(hex(255), oct(8), bin(5), hex(-255), bin(0), oct(-8))
print(hex(2 ** 70), bin(2 ** 65 + 1))
