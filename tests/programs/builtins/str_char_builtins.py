# chr, ord, str, repr, ascii, format, bin/hex/oct formatting, len on strings.
print(chr(65), chr(0x263A), chr(128512) == "😀", ord("A"), ord("☺"), ord("😀"))
print([chr(c) for c in range(97, 103)], "".join(chr(ord(c) + 1) for c in "HAL"))
print(str(42), str(-0.5), str([1, "a"]), str(b"x"), str(None), str(str), str(int))
print(repr("a\nb"), repr('it\'s'), repr("\\"), repr("\x00"), repr("\u00ff"), repr("\u0100"))
print(ascii("é"), ascii("\u20ac"), ascii("\U0001F600"), ascii("plain"), ascii(["é"]))
print(format(3.14159, ".2f"), format(42, "05d"), format("s", "^5"), format(255, "#x"), format(0.5, "%"))
print(format(1234567.891, ",.2f"), format(-42, "+"), format(42, "+"), format(7, "b"), format(8, "o"), format(255, "X"))
print(len("héllo"), len(""), len("😀😀"), len("\n\t"))
print(str(1e100), str(1e-100), repr(1e16), str(123456789.0), str(0.1 + 0.2))
print(str(3) * 3, str(True).lower(), str(12).zfill(4), str(-12).zfill(5))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, "q")
except ValueError as e:
    print(type(e).__name__, e)
print(format(True), format(None), format([1, 2]), format(2.0), format(1e20), format(1.5e-7))
