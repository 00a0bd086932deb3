# split/rsplit with and without separators and maxsplit; splitlines with every line boundary.
s = "  a  b c   d  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2), s.rsplit(maxsplit=2))
print(s.split(" "), s.split(" ", 2), s.rsplit(" ", 2), s.split(maxsplit=0), s.rsplit(maxsplit=0))
t = "a,b,,c,"
print(t.split(","), t.split(",", 1), t.rsplit(",", 1), t.split(",", -1), t.rsplit(",", 0))
print("".split(), "".split(","), "   ".split(), "   ".split(" "), ",".split(","))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaa".split("a"), "aaaa".split("aa"))
print("x".split("x"), "abc".split("abc"), "abcabc".rsplit("bc", 5))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rsplit("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
print("a\tb\nc\x0bd\x0ce\rf\x1cg\u2028h\u00a0i".split())
lines = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(lines.splitlines())
print("a\nb\r\n\nc\n".splitlines(), "a\nb\r\n\nc\n".splitlines(True), "a\nb".splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "no newline".splitlines())
print("1 2 3".split(" ", maxsplit=1), "1 2 3".rsplit(sep=" ", maxsplit=1))
print(" x ".split(None), "\u3000a\u3000b".split(), "a\u200bb".split())
words = "the quick  brown\tfox\njumps".split()
print(len(words), "|".join(words), "-".join(reversed(words)))
print("k1=v1;k2=v2;k3".split(";"), [p.split("=", 1) for p in "k1=v1;k2=v=2".split(";")])
