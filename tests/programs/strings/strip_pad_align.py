# strip family, padding, alignment, zfill, expandtabs, center.
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "www.example.com".lstrip("w."), "mississippi".rstrip("ips"))
print(repr("".strip()), repr("   ".strip()), "abc".strip(""))
print("|" + "ab".ljust(6) + "|" + "ab".rjust(6) + "|" + "ab".center(6) + "|" + "ab".center(7, "*") + "|")
print("abc".ljust(2), "abc".center(2), "x".center(4, "-"), "x".center(5, "-"), "xy".center(5, "-"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "ab\tc\n\td".expandtabs(3), repr("\t".expandtabs(0)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
table = [("Name", "Qty", "Price"), ("apple", 3, 1.25), ("banana", 12, 0.5), ("cherry", 100, 12.0)]
for name, qty, price in table:
    print(str(name).ljust(8) + str(qty).rjust(5) + str(price).rjust(8))
for name, qty, price in table[1:]:
    print(f"{name:<8}{qty:>5}{price:>8.2f}")
print("%-8s|%8s|%08.3f" % ("left", "right", 3.14159))
width = 20
for line in ["title", "a longer subtitle", "x"]:
    print("[" + line.center(width, ".") + "]")
