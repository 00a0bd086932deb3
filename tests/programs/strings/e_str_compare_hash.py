# String comparison, equality and hashing: code-point order, interning-free identity tests, str subclasses.
pairs = [("a", "b"), ("B", "a"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("é", "z"), ("😀", "€"), ("Z", "z"), ("10", "9")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a > b, max(a, b), min(a, b))
print(sorted(["banana", "Apple", "apple", "Banana", "_x", "1", "é"]))
print("a" * 3 == "aaa", "abc" == "ab" + "c", "x" != "X", "abc".__eq__("abc"), "abc".__lt__(5))
print(hash("abc") == hash("ab" + "c"), hash("") == hash(str()), {"k": 1}["".join(["k"])], "k" in {"k"})
class Tag(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower())
    def __hash__(self):
        return hash(self.lower())
t = Tag("Hello")
print(t == "hello", "hello" == t, t == "HELLO", t != "x", {t: 1}.get(Tag("HELLO")), len({Tag("a"), Tag("A")}))
print(t.upper(), type(t.upper()).__name__, type(t + "!").__name__, isinstance(t, str), t[1:], type(t[1:]).__name__)
class Reversed(str):
    def __lt__(self, other):
        return str.__gt__(self, other)
print(sorted([Reversed("a"), Reversed("c"), Reversed("b")]), Reversed("a") < Reversed("b"))
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" >= None
except TypeError as e:
    print(type(e).__name__, e)
print("a" == 1, "1" == 1, "" == [], "abc" != b"abc", "a" in ["a"], ["a"] == ["a"])
s1 = "".join(["dyn", "amic"])
s2 = "dynamic"
print(s1 == s2, s1 is s2 or True, hash(s1) == hash(s2), {s1: "x"}[s2])
words = ["b", "a", "c", "a"]
print(sorted(set(words)), sorted(words, reverse=True), words.index("a"), words.count("a"), max(words), min(words))
print(str.__eq__("a", "a"), str.__ne__("a", "b"), str.__gt__("b", "a"), str.__hash__("q") == hash("q"))
