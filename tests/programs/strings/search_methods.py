# find, rfind, index, rindex, count, startswith, endswith, in.
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.find(""), s.find("", 20))
print(s.rfind("a"), s.rfind("abra"), s.rfind("a", 0, 5), s.rfind("zz"))
print(s.index("c"), s.rindex("b"), s.count("a"), s.count("abra"), s.count(""), s.count("a", 5))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "".count(""), "abc".count("", 1))
try:
    s.index("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("x")
except ValueError as e:
    print(type(e).__name__, e)
print(s.startswith("abra"), s.startswith("cad", 4), s.endswith("bra"), s.endswith("abra", 0, 4))
print(s.startswith(("x", "ab")), s.endswith(("ra", "zz")), s.startswith(""), "".endswith(""))
try:
    s.startswith(["ab"])
except TypeError as e:
    print(type(e).__name__, e)
print("cad" in s, "dac" in s, "" in s, "A" in s, "a" not in s)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
text = "the cat sat on the mat with the hat"
positions = []
start = 0
while (i := text.find("the", start)) != -1:
    positions.append(i)
    start = i + 1
print(positions)
print([w for w in text.split() if w.endswith("at")])
print(text.replace("the", "a"), text.replace("the", "a", 2), text.replace("", "-", 3))
print("aaa".replace("a", "aa"), "abc".replace("", "|"), "xyz".replace("q", "r"))
print(s.removeprefix("abra"), s.removesuffix("abra"), s.removeprefix("zz"), s.removesuffix(""))
