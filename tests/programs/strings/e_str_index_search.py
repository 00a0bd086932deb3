# Indexing and searching in non-ASCII and astral strings: len, slicing, find, count and iteration by code point.
s = "aé€😀b"
print(len(s), [c for c in s], s[3], s[-2], s[1:4], s[::-1], s.find("😀"), s.index("b"), s.count("€"))
print([ord(c) for c in s], [hex(ord(c)) for c in s[2:4]], "😀" in s, s.encode("utf-8"), len(s.encode("utf-8")))
print(s.upper(), s.center(9, "*"), s.rjust(7, "😀"), repr(s), ascii(s), s.split("€"), s.partition("😀"))
t = "😀" * 3 + "x"
print(len(t), t[1], t.rfind("😀"), t.replace("😀", "-", 2), t.count("😀😀"), t.startswith("😀"), t.endswith("x"))
print(sorted("b😀aé"), max("a😀"), min("é€"), "😀" > "€", "\U0001F600" == "😀")
u = "naïve café"
print(u.title(), u.upper(), u.split(), u.find("é"), u[5:], u.encode("latin-1"), u.encode("utf-8")[:6])
print("".join(reversed(u)), u.replace("ï", "i").replace("é", "e"), u.isascii(), "ascii".isascii())
combining = "e\u0301"
print(len(combining), combining == "é", combining.upper(), [hex(ord(c)) for c in combining])
print("ß".upper(), "ß".lower(), "ß".casefold(), len("ß".upper()), "ﬃ".upper(), len("ﬃ".upper()))
h = "hello"
print(h[0], h[-1], h[10:], h[-10:2], h[::2], h[1:-1:2], h[4:1:-1])
try:
    h[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    h[-6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    h[1] = "a"
except TypeError as e:
    print(type(e).__name__, e)
print(h.find("l", 3), h.find("l", -2), h.rfind("l", 0, 3), h.index("lo"), h.count("l", 0, 3), h.find("hello world"))
print("aaa".find("aa", 1), "aaa".rfind("aa"), "abcabc".index("c", 3), "abc".find("c", -1), "abc".find("", 4))
print(str(12) + "3", "x".join("abc"), "%s" % "😀", f"{'😀':>3}|", format("😀", "^5"), "{:.1}".format("😀x"))
