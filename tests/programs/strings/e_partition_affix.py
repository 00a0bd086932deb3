# partition/rpartition, removeprefix/removesuffix, startswith/endswith with tuples and ranges.
for s in ["key=value", "key=val=ue", "novalue", "=lead", "trail=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("aXbXc".partition("X"), "aXbXc".rpartition("X"), "abc".partition("abc"), "abc".rpartition("abcd"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print(type(e).__name__, e)
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("x"), "abc".removeprefix(""), "aaa".removeprefix("a"))
print("file.tar.gz".removesuffix(".gz"), "file".removesuffix("file"), "abc".removesuffix(""), "abc".removesuffix("abcd"))
s = "hello world"
print(s.startswith("hello"), s.startswith(("x", "he")), s.startswith("world", 6), s.startswith("wor", 6, 8))
print(s.endswith("world"), s.endswith(("lo", "ld")), s.endswith("lo", 0, 5), s.endswith("", 20), s.startswith("", 11))
print(s.startswith("", 12), s.endswith("d", -1), s.startswith("h", -100), s.endswith("hello", -100, -6))
try:
    s.startswith(["he"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(("a", 1))
except TypeError as e:
    print(type(e).__name__, e)
print(s.find("o"), s.rfind("o"), s.find("o", 5), s.find("o", 5, 7), s.find("z"), s.find(""), s.find("", 11), s.find("", 12))
print(s.index("world"), s.rindex("l"), s.count("l"), s.count("l", 4), s.count(""), "aaaa".count("aa"))
for meth in ("index", "rindex"):
    try:
        getattr(s, meth)("z")
    except ValueError as e:
        print(meth, type(e).__name__, e)
print(s.find("l", -3), s.rfind("l", 0, -8), s.count("o", -5, -1), "".find(""), "".count("a"))
print("mississippi".replace("ss", "SS"), "mississippi".replace("i", "I", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("aaa".replace("a", "bb", 0), "aaa".replace("a", "", -1), "".replace("", "x"), "abc".replace("b", "b"))
