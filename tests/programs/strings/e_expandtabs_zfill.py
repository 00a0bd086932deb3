# expandtabs with tab sizes and newlines, zfill with signs, center/ljust/rjust odd widths.
s = "a\tbc\tdef\tg"
for n in [8, 4, 1, 0, 3, -1]:
    print(repr(s.expandtabs(n)))
print(repr("x\ty\nab\tc\r\td".expandtabs(4)), repr("\t".expandtabs()), repr("".expandtabs(2)))
print(repr("12345678\t9".expandtabs()), repr("1234567\t8".expandtabs()), repr("é\tx".expandtabs(tabsize=3)))
for v in ["42", "-42", "+42", "", "-", "abc", "--1", "0", "-0.5", "+"]:
    print(repr(v), repr(v.zfill(5)), repr(v.zfill(1)), repr(v.zfill(-3)))
for w in [0, 1, 4, 5, 6, 7]:
    print(w, "[" + "abc".center(w) + "]", "[" + "ab".center(w, "*") + "]", "[" + "abc".ljust(w, "-") + "]", "[" + "abc".rjust(w, ".") + "]")
print("[" + "a".center(2) + "]", "[" + "a".center(4) + "]", "[" + "ab".center(3) + "]", "[" + "ab".center(5) + "]")
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".ljust(5, "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".zfill("5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".expandtabs(2.0)
except TypeError as e:
    print(type(e).__name__, e)
print("  xx  ".strip(), "xxhixx".strip("x"), "abcHIcba".strip("abc"), "  \t\n x".lstrip(), "y \n".rstrip())
print("www.example.com".lstrip("w."), "www.example.com".rstrip(".moc"), "aaa".strip("a"), "".strip(), " ".strip(" "))
print("\u3000 text \xa0".strip(), "\x00a\x00".strip("\x00"), "abc".strip(""), "abc".strip(None))
try:
    "abc".strip(1)
except TypeError as e:
    print(type(e).__name__, e)
