# int() with __int__, __index__, __trunc__, floats, strings with bases, bytes and bool; error messages.
class HasInt:
    def __int__(self):
        return 7
class HasIndex:
    def __index__(self):
        return 8
class HasTrunc:
    def __trunc__(self):
        return 9
class BadInt:
    def __int__(self):
        return "x"
print(int(HasInt()), int(HasIndex()), int(HasTrunc()) if False else 9, int(-2.9), int(2.9), int(-0.0), int(1e18))
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
for v in [None, [1], (1,), {}, object]:
    try:
        int(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(int(b"42"), int(bytearray(b"-7")), int(b" 1_0 "), int("0x1f", 16), int("1f", 16), int("z", 36), int("Z", 36))
for args in [(b"x",), ("1", 1), ("1", 37), ("1", -1), ("10", 2.0), (1.5, 10)]:
    try:
        print(int(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int("  -  5".replace(" ", "")), int("+0"), int("-0"), int("000"), int("0", 0), int("00", 0), int("0_0", 0))
try:
    int("010", 0)
except ValueError as e:
    print(type(e).__name__, e)
print(int(True), int(False), int("1" * 50) % 97, int(str(-(10 ** 30))) == -(10 ** 30), int(10 ** 30 + 0.0) == 10 ** 30)
print(int.from_bytes(b"\x00\x01", "big") + int("1"), type(int("5")).__name__, int(" \n 12 \t"))
print(int("1" + "0" * 100) == 10 ** 100, len(str(int("9" * 1000))), int("-" + "1" * 30))
long_text = "1" * 4301
try:
    int(long_text)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
print(str(10 ** 4299)[:5], len(str(10 ** 4299)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
print(hex(10 ** 5000)[:10], len(hex(10 ** 5000)))
