# Concatenation, repetition, comparison, iteration, ord/chr, immutability.
s = "hello"
print(s + " world", s * 2, 0 * s + "|", -1 * s + "|", s[0] + s[-1])
print(s < "help", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "b" > "abc")
print(max("hello"), min("hello"), sorted("hello"), list(reversed(s)), "".join(reversed(s)))
print([c for c in "a1b2" if c.isdigit()], list(enumerate("ab")), len("héllo"))
print(ord("a"), ord("€"), chr(97), chr(8364), chr(0x1F600) == "\U0001F600", [ord(c) for c in "AZaz09"])
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s + 1
except TypeError as e:
    print(type(e).__name__, e)
print(str(123) + str(4.5) + str(True) + str([1]), repr("a'b"), repr('a"b'), repr("a'b\"c"))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "attack at dawn!")
print(caesar)
table = str.maketrans("abc", "xyz", "!")
print("aabbcc!!".translate(table), str.maketrans({"a": "1"}) == {97: "1"}, "hello".translate({ord("l"): None}))
print("hello"[1:], "hello"[:-1], "hello"[::2], "hello"[-2:], "hello"[10:])
vowels = sum(1 for c in "programming language" if c in "aeiou")
print("vowels:", vowels)
print("a" * 0 == "", "ab" * 3, "-" * 10)
print("abc".encode(), "héllo".encode("utf-8"), b"h\xc3\xa9llo".decode("utf-8"), "ab".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeError as e:
    print(type(e).__name__, e)
print(hash("abc") == hash("ab" + "c"), "abc" == "ab" + "c", "abc" != None)
print(str.upper("x"), "".join(map(str.upper, ["a", "b"])), "x".__len__(), "ab".__add__("c"))
