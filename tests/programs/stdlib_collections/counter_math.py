from collections import Counter

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
x = Counter(a=3, b=1)
x += Counter(b=-5, c=2)
print(x)
x -= Counter(a=1)
print(x)
x |= Counter(a=10, z=1)
print(x)
x &= Counter(a=4, z=1)
print(x)
try:
    a + {"a": 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
inventory = Counter(apples=5, pears=2)
order = Counter(apples=3, pears=4)
left = inventory - order
print(left, inventory, order)
total = sum([Counter("ab"), Counter("bc"), Counter("cd")], Counter())
print(total)
print(Counter("hello") & Counter("world"), Counter("hello") | Counter("world"))
print(Counter("aab").most_common()[0], Counter().most_common(), Counter().total())
def anagram(s, t):
    return Counter(s) == Counter(t)
print(anagram("listen", "silent"), anagram("abc", "abd"))
class Tally(Counter):
    pass
t = Tally("xxy")
print(t, t.copy(), type(t + t).__name__)
