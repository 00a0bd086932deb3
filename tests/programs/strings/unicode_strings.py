# Non-ASCII text: length, indexing, encoding, escapes, ordering.
s = "naïve café – 日本語 😀"
print(len(s), s[2], s[-1] == "\U0001F600", s[11:14], s.upper())
print([hex(ord(c)) for c in "é日😀"])
enc = s.encode("utf-8")
print(len(enc), enc[:8], enc.decode("utf-8") == s)
print("日本".encode("utf-8"), b"\xe6\x97\xa5".decode("utf-8"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"\xe6\x97".decode("utf-8")
except UnicodeError as e:
    print(type(e).__name__, isinstance(e, ValueError), e)
print(b"caf\xc3\xa9".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print(sorted(["é", "e", "z", "É", "a", "日"]), "é" > "z", ord(max(s)))
print(repr("日本"), ascii("日本"), ascii("😀"), repr("\x00\t\u200b"))
print(s.find("日"), s.index("😀"), s.count("a"), "😀" in s, s.split(" "))
print("".join(reversed("añb😀")), "😀" * 3, len("😀" * 3), "e\u0301" == "é", len("e\u0301"))
print(str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), bytes("é", "utf-8"))
