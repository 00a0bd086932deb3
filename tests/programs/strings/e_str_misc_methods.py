# join, count, encode, format_map, __mul__, comparisons and other str methods with odd arguments.
print(",".join([]), ",".join(["a"]), ",".join("abc"), "".join(("x", "y")), "-".join({"k": 1, "j": 2}))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, ("x" * 2) * 2)
try:
    "ab" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    "ab" + 1
except TypeError as e:
    print(type(e).__name__, e)
print("{name} is {age}".format_map({"name": "Ann", "age": 30}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b} {c}".format_map(Default(a=1)))
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z")
print(min(["b", "aa", "ab"]), max("hello"), sorted("banana"), "abc" == "abc", "a" != "A")
print("abc".encode(), "é€".encode("utf-8"), "é".encode("latin-1"), "abc".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeError as e:
    print(type(e).__name__, e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), "aé".encode("utf-8").decode())
print(str(b"abc"), str(b"abc", "ascii"), str(b"\xc3\xa9", "utf-8"), str(), str(None), str([1, "a"]))
try:
    str(b"\xff", "utf-8")
except UnicodeError as e:
    print(type(e).__name__, e)
print("hello"[1:3].upper().center(6, "*").replace("*", "-"), len("€" * 3), "abc".__len__())
print("abc".__contains__("b"), "abc".__getitem__(-1), "a".__add__("b"), "ab".__mul__(2), "ab".__rmul__(3))
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
print("" in "abc", "" in "", "abc" in "abc", "ac" in "abc", "abc".__eq__(1))
print("%s-%s" % ("a", "b"), "x".__mod__(()) if False else "ok", str.join("+", ["1", "2"]), str.upper("q"))
