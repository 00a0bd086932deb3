# split/rsplit/splitlines/strip, case mappings and is*() predicates on Latin-1 strs (the
# byte-table fast paths) next to the same operations on wide strs, with their edge cases.
SAMPLES = ["  a b\tc\n d  ", "", "   ", "x", "a,b,,c,", "ÿ é À ß µ", "aĀb Āc", "\x85x\xa0y\x1c"]

for t in SAMPLES:
    print(repr(t))
    print(" split", t.split(), t.split(","), t.split(None, 1), t.split(" ", 2), t.split(maxsplit=0))
    print(" rsplit", t.rsplit(), t.rsplit(None, 1), t.rsplit(",", 1), t.rsplit(" ", 0))
    print(" strip", repr(t.strip()), repr(t.lstrip()), repr(t.rstrip(" d")), repr(t.strip("a ")), repr(t.strip(None)))
    print(" case", repr(t.lower()), repr(t.upper()), repr(t.capitalize()), repr(t.casefold()), repr(t.swapcase()))
    print(" is", t.isupper(), t.islower(), t.isalpha(), t.isdigit(), t.isspace(), t.isalnum(), t.isdecimal())
    print(" lines", t.splitlines(), t.splitlines(True))

print("a\r\nb\rc\x1cd\x85e\x0bf".splitlines(), "a\r\nb\r".splitlines(keepends=True))
print("ÿ".upper(), "µ".upper(), "ß".upper(), "ßa".capitalize(), "ÿx".capitalize(), "ÀÉ".lower())
print("Hello World".swapcase(), "hello world".title())
print("ABC".isupper(), "AbC".isupper(), "123".isupper(), "A1".isupper(), "ǅ".isupper(), "abc".islower())
print("²".isdigit(), "²".isdecimal(), "½".isnumeric(), "ª".isalpha(), "٣".isdigit(), "x٣".isalnum())
print("1,2,3".split(",", -1), "1,2,3".rsplit(",", -5), "aXbXc".split("X", 1), "aXbXc".rsplit("X", 1))
print("éaé".strip("é"), "aĀa".strip("a"), "aĀa".strip("Ā"), "xyzzy".rstrip("zy"), "xyzzy".lstrip("yx"))

for bad in [lambda: "abc".split(""), lambda: "abc".rsplit(""), lambda: "abc".strip(3),
            lambda: "abc".split(1), lambda: "abc".lstrip([]), lambda: "a".split(",", "x"),
            lambda: "a".split(1, "x"), lambda: "a b".split(None, 1.0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)


class Two:
    def __index__(self):
        return 2


print("a b c d".split(None, Two()), "a,b,c,d".rsplit(",", Two()), "a\nb".splitlines(Two()))


class Words(str):
    def split(self, sep=None, maxsplit=-1):
        return ["overridden"]


print(Words("a b").split(), str.split(Words("a b")), Words(" q ").strip())
