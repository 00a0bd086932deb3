# str.maketrans in its three forms and str.translate with deletions, ints, strs and None.
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()), "aabbcc-abc".translate(t1))
t2 = str.maketrans("abc", "xyz", "de")
print(sorted(t2.items()), "abcdef".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "333", "d": 100})
print(sorted(t3.items()), "abcde".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({104: 72, 111: "0"}), "abc".translate({}))
print("tab\there".translate(str.maketrans({"\t": "    "})), "été".translate(str.maketrans("é", "e")))
print("abc".translate([None, None, None] + list(range(3, 200))) == "abc", "abc".translate({97: "αβ"}))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({1.5: "x"})
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".translate({97: 1.5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".translate({97: 0x110000})
except ValueError as e:
    print(type(e).__name__, e)
class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return k + 1
print("abxz".translate(Table()))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
msg = "Hello, World!".translate(rot13)
print(msg, msg.translate(rot13))
vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming In Python".translate(vowels), str.maketrans("", ""), str.maketrans("", "", ""))
