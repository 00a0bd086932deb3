from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], len(c), "z" in c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(10))
print(sorted(c.elements()), c.total())
c.update("aaz")
print(c)
c.update({"b": 10, "q": 1})
print(c)
c.subtract("aaaa")
c.subtract({"q": 3})
print(c)
print(Counter(), Counter(a=3, b=1), Counter({"x": 2}))
words = "the quick the lazy the dog quick".split()
wc = Counter(words)
print(wc.most_common(1), wc["the"])
del wc["the"]
del wc["not there"]
print(wc)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(type(e).__name__, e)
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1) != Counter(a=2), Counter() == {})
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) < Counter(a=3), Counter(a=3) >= Counter(a=1))
n = Counter(a=2, b=-1, c=0)
print(n, +n, -n)
cp = n.copy()
cp["a"] += 1
print(cp, n, type(cp).__name__)
print(Counter({"x": 1.5, "y": 0.5}).most_common())
print(Counter({1: "a", 2: 3}))
print(Counter(range(5)).total(), sum(Counter("aab").values()))
mixed = Counter("bbaacc")
print(mixed, list(mixed))
