# Equal values of different types collapse in sets; membership uses hash + eq.
s = {1, 1.0, True}
print(s, len(s))
s2 = {0, False, 0.0, -0.0}
print(s2, len(s2))
print(1.0 in {1}, True in {1}, 2 in {2.0}, (1, 2) in {(1.0, 2.0)})

class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k % 10)
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __repr__(self):
        return f"Key({self.k})"

ks = {Key(1), Key(11), Key(1)}
print(len(ks), Key(11) in ks, Key(21) in ks)
print(sorted(ks, key=lambda k: k.k))
big = set(range(1000))
big -= set(range(0, 1000, 3))
print(len(big), min(big), max(big), 999 in big, 998 in big)
print(sorted({-1, -2, 0, 5, 3})[:3], {10, 20} - {20}, {2 ** 70, 2 ** 70} == {2 ** 70})
letters = set("hello")
print(len(letters), "h" in letters, sorted(letters))
frozen_keys = {frozenset("ab"): 1}
print(frozen_keys[frozenset("ba")])
print(set() < {1}, not set(), bool({0}))
