# str.replace (counts, empty old, results that stop or start needing UCS-4), join of
# Latin-1 and wide pieces, indexing and slicing of strs (steps, negatives, __index__),
# `in` on strs, f-string assembly, and int(str)/str(int) round trips.
class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


s = "banana"
print(s.replace("a", "o"), s.replace("a", "o", 2), s.replace("an", ""), s.replace("", "-"), s.replace("", "-", 3))
print(s.replace("x", "y"), s.replace("a", "o", 0), s.replace("na", "ĀĀ"), "aĀbĀ".replace("Ā", "z"), "".replace("", "x"))
print("ĀbĀ".replace("b", ""), "ab".replace("a", "😀"), "a.b.c".replace(".", ", ", -1), "aaa".replace("aa", "b"))
print("".join([]), "".join(["a"]), "-".join("xyz"), ", ".join(["é", "Ā", "b"]), "Ā".join(["a", "b"]), "".join(("p", "q")))
print("".join(c for c in "gen"), " ".join(map(str, range(5))), "".join(["", "", "x", ""]))
print(s[0], s[-1], s[1:4], s[::2], s[::-1], s[-3:], s[10:], s[2:100:3], "aĀb"[1], "aĀbc"[::2], "aĀbc"[::-2])
print(s[Idx(2)], s[Idx(1):Idx(5):Idx(2)], "xyz"[True])
print("an" in s, "" in s, "x" in s, "Ā" in s, "Ā" in "aĀ", "na" not in s)
for bad in [lambda: s[6], lambda: s[-7], lambda: s["1"], lambda: s[1.5], lambda: 3 in s, lambda: s[::0],
            lambda: "".join(["a", 1]), lambda: "".join(5), lambda: s.replace(1, "a"), lambda: s.replace("a", None), lambda: "a".find(None)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for t in ["0", "-5", "+12", "007", " 42 ", "1_000", "123456789012345678", "-1234567890123456789012", "-", "", "+", "١٢", "12a", "0x1f"]:
    try:
        print(repr(t), int(t), int(t) + 1)
    except ValueError as e:
        print(type(e).__name__, e)
for x in [0, -1, 7, 10, -1234567890123, 2 ** 62, -2 ** 62, 2 ** 63, True, False]:
    print(str(x), repr(x), f"{x}|{x!r}|{x:>5}", "%s %d" % (x, x), len(str(x)))
a, b = "é", "Ā"
print(f"{a}{b}", f"{a}-{a}", f"", f"{'x'}", "ab" + "cd", a + b, "" + a, b + "", a * 3)
t = "ab"
t += "cd"
t += "Ā"
print(t, len(t))
